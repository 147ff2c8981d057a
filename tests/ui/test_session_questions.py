"""Questions for the next session: Home's card (add, edit, remove, talked about), questions
added from an entry, and the count of marked entries with its way into the Journal.

Real widgets over a real encrypted journal: buttons clicked, dialogs filled in and the
journal read back. Only the yes/no confirmation goes through the scripted dialog backend.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from menu_support import journal_with, unlocked_window
from PySide6.QtCore import QLocale, Qt
from shell_support import ScriptedBackend, widgets_containing

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.session import MAX_QUESTION_CHARS
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.dialogs.session_question_dialog import SessionQuestionDialog
from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.widgets.session_card import SHOWN, SessionCard


@pytest.fixture
def home(qtbot, host, journal: Journal, dialogs: ScriptedBackend) -> HomeView:  # noqa: ANN001
    view = HomeView(journal)
    host(view)
    return view


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: ScriptedBackend):  # noqa: ANN001, ANN201
    """A main window unlocked on a journal of two entries and a private one."""
    paths = AppPaths.under(tmp_path)
    journal_with(paths.default_journal, "Walk by the river", "Sunday lunch", private=("Mine",))
    with unlocked_window(qtbot, paths) as win:
        yield win


def open_dialog(qtbot, card: SessionCard, button) -> SessionQuestionDialog:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = card.question_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def write(qtbot, dialog: SessionQuestionDialog, text: str) -> None:  # noqa: ANN001
    dialog.text_edit.clear()
    if text:
        qtbot.keyClicks(dialog.text_edit, text)


def submit(qtbot, dialog: SessionQuestionDialog) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def shown_texts(card: SessionCard) -> list[str]:
    return [row.text_label.text() for row in card.rows.values()]


def test_the_card_is_there_to_add_the_first_question(qtbot, home: HomeView, journal) -> None:  # noqa: ANN001
    card = home.session
    assert card.isVisible()
    assert card.heading.text() == "Questions for my next session"
    assert card.rows == {} and card.empty_label.isVisible()
    assert card.marked_label.isHidden() and card.marked_button.isHidden()

    dialog = open_dialog(qtbot, card, card.add_button)
    assert dialog.windowTitle() == "Add a question for my session"
    assert dialog.context_label.isHidden()  # not from an entry
    write(qtbot, dialog, "  How do I ask for what I need?  ")
    submit(qtbot, dialog)

    (question,) = journal.session.questions()
    assert question.text == "How do I ask for what I need?"
    assert question.entry_uuid is None
    assert shown_texts(card) == ["How do I ask for what I need?"]
    assert card.empty_label.isHidden()
    row = next(iter(card.rows.values()))
    assert row.entry_button is None
    assert row.done_button.accessibleName() == "Talked about: How do I ask for what I need?"


def test_an_empty_question_is_explained_and_nothing_is_lost(qtbot, home: HomeView, journal) -> None:  # noqa: ANN001
    card = home.session
    journal.session.add_question("What does a good week look like?")
    home.refresh()

    dialog = open_dialog(qtbot, card, card.add_button)
    write(qtbot, dialog, "   ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # still open, nothing added
    assert dialog.message.isVisible()
    assert dialog.message.text() == "A question needs a few words. Nothing was added."
    assert [q.text for q in journal.session.questions()] == ["What does a good week look like?"]
    qtbot.keyClicks(dialog.text_edit, "x")
    assert dialog.message.isHidden()  # writing again clears the message
    dialog.reject()

    # Emptying an existing question: the question keeps its words.
    row = next(iter(card.rows.values()))
    dialog = open_dialog(qtbot, card, row.edit_button)
    assert dialog.text_edit.toPlainText() == "What does a good week look like?"
    write(qtbot, dialog, "")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "A question needs a few words. Nothing was changed."
    assert [q.text for q in journal.session.questions()] == ["What does a good week look like?"]
    dialog.reject()


def test_a_too_long_question_keeps_what_was_written(qtbot, home: HomeView, journal) -> None:  # noqa: ANN001
    card = home.session
    dialog = open_dialog(qtbot, card, card.add_button)
    long_text = "why " * (MAX_QUESTION_CHARS // 4 + 1)
    dialog.text_edit.setPlainText(long_text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    limit = QLocale().toString(MAX_QUESTION_CHARS)  # in the person's own way of writing numbers
    assert f"up to {limit} characters" in dialog.message.text()
    assert dialog.text_edit.toPlainText() == long_text
    assert journal.session.questions() == []
    dialog.reject()


def test_editing_a_question_from_home(qtbot, home: HomeView, journal) -> None:  # noqa: ANN001
    card = home.session
    asked = journal.session.add_question("Why Sundays?")
    home.refresh()
    dialog = open_dialog(qtbot, card, card.rows[str(asked.uuid)].edit_button)
    assert dialog.windowTitle() == "Edit question"
    write(qtbot, dialog, "Why do Sunday evenings feel heavy?")
    submit(qtbot, dialog)
    assert journal.session.question(asked.uuid).text == "Why do Sunday evenings feel heavy?"
    assert shown_texts(card) == ["Why do Sunday evenings feel heavy?"]


def test_removing_asks_once_and_cancel_keeps_it(qtbot, home: HomeView, journal, dialogs) -> None:  # noqa: ANN001
    card = home.session
    asked = journal.session.add_question("Is this normal?")
    home.refresh()
    dialogs.confirm_answers.extend([False, True])
    qtbot.mouseClick(card.rows[str(asked.uuid)].remove_button, Qt.MouseButton.LeftButton)
    assert journal.session.question(asked.uuid) is not None
    assert shown_texts(card) == ["Is this normal?"]
    qtbot.mouseClick(card.rows[str(asked.uuid)].remove_button, Qt.MouseButton.LeftButton)
    assert journal.session.question(asked.uuid) is None
    assert card.rows == {} and card.empty_label.isVisible()
    assert [c[1] for c in dialogs.calls] == ["Remove question", "Remove question"]


def test_talked_about_takes_it_off_the_list_and_the_journal_keeps_it(
    qtbot,
    home: HomeView,
    journal,  # noqa: ANN001
) -> None:
    card = home.session
    first = journal.session.add_question("First question")
    journal.session.add_question("Second question")
    home.refresh()
    qtbot.mouseClick(card.rows[str(first.uuid)].done_button, Qt.MouseButton.LeftButton)
    assert shown_texts(card) == ["Second question"]
    assert [q.text for q in journal.session.questions()] == ["Second question"]
    done = journal.session.question(first.uuid)
    assert done is not None and done.done_at is not None


def test_a_few_questions_then_and_n_more(qtbot, home: HomeView, journal) -> None:  # noqa: ANN001
    card = home.session
    for n in range(SHOWN + 2):
        journal.session.add_question(f"Question {n}")
    home.refresh()
    assert shown_texts(card) == [f"Question {n}" for n in range(SHOWN)]
    assert card.more_button.isVisible() and card.more_button.text() == "and 2 more"
    qtbot.mouseClick(card.more_button, Qt.MouseButton.LeftButton)
    assert shown_texts(card) == [f"Question {n}" for n in range(SHOWN + 2)]
    assert card.more_button.text() == "Show fewer"
    qtbot.mouseClick(card.more_button, Qt.MouseButton.LeftButton)
    assert len(card.rows) == SHOWN


def test_the_card_counts_marked_entries_never_private_ones(home: HomeView, journal) -> None:  # noqa: ANN001
    card = home.session
    shared = [journal.save_entry(Entry.new(EntryKind.FREE, title=f"E{n}")) for n in range(3)]
    mine = journal.save_entry(Entry.new(EntryKind.FREE, title="Mine", private=True))
    for entry in (*shared, mine):
        journal.session.mark(entry.uuid)
    home.refresh()
    assert card.marked_label.text() == "3 entries marked to bring"
    assert card.marked_button.isVisible()
    journal.session.mark(shared[0].uuid, False)
    journal.session.mark(shared[1].uuid, False)
    home.refresh()
    assert card.marked_label.text() == "1 entry marked to bring"


def test_show_them_lists_the_marked_entries_in_the_journal(qtbot, window) -> None:  # noqa: ANN001
    journal = window.journal
    assert window.workspace is not None and journal is not None
    river = next(e for e in journal.entries.iter_all() if e.title == "Walk by the river")
    home = window.workspace.view("home", create=False)
    assert isinstance(home, HomeView)
    journal.session.mark(river.uuid)  # the change notice refreshes Home
    assert home.session.marked_label.text() == "1 entry marked to bring"
    window.workspace.show_section("journal")
    view = window.workspace.view("journal", create=False)
    assert isinstance(view, JournalListView)
    with qtbot.waitSignal(view.list_updated):  # a search left in the Journal
        qtbot.keyClicks(view.search_edit, "lunch")
    view.filters.kind_combo.setCurrentIndex(2)  # and a kind
    window.workspace.show_section("home")
    qtbot.mouseClick(home.session.marked_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_section() == "journal"
    assert view.filters.marked_check.isChecked()
    assert view.search_edit.text() == "" and view.filters.kind_combo.currentIndex() == 0
    assert view.model.rowCount() == 1 and view.model.uuid_at(0) == river.uuid


def test_a_question_added_from_an_entry_is_linked_to_it(qtbot, window) -> None:  # noqa: ANN001
    journal = window.journal
    assert window.workspace is not None and journal is not None
    window.workspace.show_section("journal")
    view = window.workspace.view("journal", create=False)
    assert isinstance(view, JournalListView)
    lunch = next(e for e in journal.entries.iter_all() if e.title == "Sunday lunch")
    assert view.open_entry(lunch.uuid)
    controls = view.editor.session
    qtbot.mouseClick(controls.question_button, Qt.MouseButton.LeftButton)
    dialog = controls.question_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.context_label.text() == "It is kept with this entry: “Sunday lunch”."
    write(qtbot, dialog, "Why was lunch so quiet?")
    submit(qtbot, dialog)
    (question,) = journal.session.questions()
    assert (question.text, question.entry_uuid) == ("Why was lunch so quiet?", lunch.uuid)

    # Home lists it with the way back to its entry.
    home = window.workspace.view("home", create=False)
    assert isinstance(home, HomeView)
    window.workspace.show_section("home")
    row = home.session.rows[str(question.uuid)]
    assert row.entry_button is not None
    assert row.entry_button.text().startswith("From your entry of ")
    assert view.open_entry(next(e.uuid for e in journal.entries.iter_all() if e.title == "Mine"))
    qtbot.mouseClick(row.entry_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_section() == "journal"
    assert view.editor.current_uuid() == lunch.uuid


def test_a_question_from_a_private_entry_says_what_goes_out(qtbot, window) -> None:  # noqa: ANN001
    journal = window.journal
    assert window.workspace is not None and journal is not None
    window.workspace.show_section("journal")
    view = window.workspace.view("journal", create=False)
    assert isinstance(view, JournalListView)
    mine = next(e for e in journal.entries.iter_all() if e.title == "Mine")
    assert view.open_entry(mine.uuid)
    view.editor.session.question_action.trigger()  # Entry > Add a question for my session…
    dialog = view.editor.session.question_dialog
    assert dialog is not None
    assert "private" in dialog.context_label.text()
    assert "only the question's words" in dialog.context_label.text()
    write(qtbot, dialog, "What am I keeping to myself?")
    submit(qtbot, dialog)
    (question,) = journal.session.questions()
    assert question.entry_uuid == mine.uuid


def test_locking_forgets_the_questions_shown(qtbot, window) -> None:  # noqa: ANN001
    journal = window.journal
    assert window.workspace is not None and journal is not None
    window.workspace.show_section("home")
    home = window.workspace.view("home", create=False)
    assert isinstance(home, HomeView)
    journal.session.add_question("Something only I know")
    qtbot.waitUntil(lambda: bool(home.session.rows))
    assert widgets_containing("Something only I know")
    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()
    assert widgets_containing("Something only I know") == []
    assert window.workspace is None


def _long_question() -> str:
    words = "When the evening goes quiet I start wondering what the other one is doing "
    return (words * 40)[:MAX_QUESTION_CHARS].strip()


def test_a_long_question_shows_three_lines_and_the_whole_of_it_on_hover(
    qtbot,  # noqa: ANN001
    home: HomeView,
    journal,  # noqa: ANN001
) -> None:
    text = _long_question()
    question = journal.session.add_question(text)
    journal.session.add_question("Short and whole")
    home.refresh()
    label = home.session.rows[str(question.uuid)].text_label
    qtbot.waitUntil(lambda: label.width() > 0 and label.clipped)
    shown = label.text()
    assert shown.endswith("…") and len(shown) < 400
    assert text.startswith(shown[:-1].rstrip())
    assert label.toolTip() == text and label.accessibleDescription() == text
    lines = label.height() / label.fontMetrics().lineSpacing()
    assert lines < 3.5, f"{lines:.1f} lines"
    short = next(r for r in home.session.rows.values() if r.question.text == "Short and whole")
    assert short.text_label.text() == "Short and whole"
    assert short.text_label.toolTip() == "" and not short.text_label.clipped


def test_where_a_question_came_from_is_read_in_one_query(
    home: HomeView,
    journal,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    entries = [
        journal.save_entry(Entry.new(EntryKind.FREE, title=f"Evening {i}", body="x" * 5000))
        for i in range(SHOWN)
    ]
    for entry in entries:
        journal.session.add_question(f"About {entry.title}", entry_uuid=entry.uuid)
    reads: list[object] = []

    def whole_entry(entry_uuid):  # noqa: ANN001, ANN202
        reads.append(entry_uuid)
        raise AssertionError("Home read a whole entry to say where a question came from")

    summaries = journal.entries.summaries
    monkeypatch.setattr(journal.entries, "get", whole_entry)
    monkeypatch.setattr(
        journal.entries, "summaries", lambda uuids: reads.append(set(uuids)) or summaries(uuids)
    )
    home.refresh()
    assert reads == [{e.uuid for e in entries}]  # one read, for every row shown
    for row in home.session.rows.values():
        assert row.entry_button is not None
        assert row.entry_button.text().startswith("From your entry of ")
