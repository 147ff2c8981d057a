"""The Journal section with real widgets over a real encrypted journal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import DiskProblem
from hallpass_journal.domain.listing import HL_END, HL_START
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.ui.models.entry_list_model import EntryRoles
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.widgets.entry_editor import EntryEditor


@pytest.fixture
def view(qtbot, journal) -> JournalListView:  # noqa: ANN001
    widget = JournalListView(journal)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def fast_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """Autosave after 50 ms instead of 2 s (the 2 s path has its own test).

    Request it before ``view``: an editor reads the interval when it is built.
    """
    monkeypatch.setattr(EntryEditor, "autosave_ms", 50)


def select_row(view: JournalListView, row: int) -> None:
    view.list_view.setCurrentIndex(view.model.index(row))


def test_typing_is_autosaved_and_survives_reopening(
    qtbot, host, journal, journal_path, reopen
) -> None:
    view = JournalListView(journal)
    host(view)
    view.new_entry()
    qtbot.keyClicks(view.editor.title_edit, "Thursday")
    states: list[str] = []
    view.save_state.connect(states.append)
    with qtbot.waitSignal(view.editor.saved, timeout=5000) as saved:
        qtbot.keyClicks(view.editor.body_edit, "We talked for an hour.")
    entry = saved.args[0]
    assert states[-2:] == ["Saving…", "Saved"]
    assert view.model.row_of(entry.uuid) == 0  # shown in the list without a reload
    assert view.list_view.currentIndex().row() == 0
    view.flush()  # the shell calls this before locking
    view.wipe()
    journal.close()

    again = reopen().entries.get(entry.uuid)
    assert again is not None
    assert (again.title, again.body) == ("Thursday", "We talked for an hour.")


def test_switching_entries_saves_the_open_one_first(
    qtbot, fast_autosave, view, journal, make_entries
) -> None:
    first, second = make_entries(2)
    view.refresh()
    select_row(view, 0)
    assert view.editor.current_uuid() == first.uuid
    qtbot.keyClicks(view.editor.body_edit, " More.")
    select_row(view, 1)  # before the autosave timer fires
    assert view.editor.current_uuid() == second.uuid
    assert journal.entries.get(first.uuid).body == "Body of entry number 0. More."


def test_a_failed_save_keeps_the_text_and_retries(
    qtbot, fast_autosave, view, journal, make_entries, file_size_limit
) -> None:
    entry, other = make_entries(2)
    view.refresh()
    select_row(view, 0)
    states: list[str] = []
    view.save_state.connect(states.append)
    # A long text the journal cannot write while files are capped at 256 KiB: every
    # save fails with a real I/O error until the cap is lifted.
    file_size_limit(256 * 1024)
    view.editor.body_edit.insertPlainText("\n" + "calm words\n" * 40_000)
    qtbot.keyClicks(view.editor.body_edit, " Unsaved words.")
    assert not view.editor.flush()
    assert isinstance(view.editor.last_error, DiskProblem)
    assert states[-1] == view.editor.last_error.text
    assert view.editor.body_edit.toPlainText().endswith("Unsaved words.")
    assert not view.editor._error.isHidden()
    # Choosing another entry must not throw the unsaved text away.
    select_row(view, 1)
    assert view.editor.current_uuid() == entry.uuid
    assert view.list_view.currentIndex().row() == 0
    assert view.editor.body_edit.toPlainText().endswith("Unsaved words.")
    assert journal.entries.get(entry.uuid).body == "Body of entry number 0."
    # Room again: the next change saves everything.
    file_size_limit(None)
    with qtbot.waitSignal(view.editor.saved, timeout=5000):
        qtbot.keyClicks(view.editor.body_edit, "!")
    stored = journal.entries.get(entry.uuid).body
    assert stored.startswith("Body of entry number 0.\ncalm words\ncalm words\n")
    assert stored.endswith("Unsaved words.!")
    assert view.editor._error.isHidden()
    assert journal.vault.verify() == []


def test_search_as_you_type_finds_and_marks(qtbot, view, journal, make_entries) -> None:
    make_entries(30)
    journal.save_entry(
        Entry.new(
            EntryKind.FREE, title="Walk", body="The lighthouse at dusk.", about=date(2020, 1, 1)
        )
    )
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        qtbot.keyClicks(view.search_edit, "lighthouse")
    assert view.model.rowCount() == 1
    snippet = view.model.index(0).data(EntryRoles.SNIPPET)
    assert f"{HL_START}lighthouse{HL_END}" in snippet
    view.list_view.grab()  # the delegate paints marked text
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        qtbot.keyClicks(view.search_edit, "zzz")
    assert view.model.rowCount() == 0
    assert view.empty_label.text().startswith("No entries match")
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        view.search_edit.clear()
    assert view.model.rowCount() == 31


def test_empty_journal_says_so_gently(view) -> None:
    assert view.model.rowCount() == 0
    assert view.empty_label.text().startswith("Nothing here yet")


def test_filters_by_kind_and_tag_narrow_the_list(qtbot, view, journal, make_entries) -> None:
    make_entries(8, tags=["evenings"])
    make_entries(4, start=date(2023, 5, 1))
    journal.save_entry(Entry.new(EntryKind.FEELINGS, about=date(2024, 1, 2), tags=["evenings"]))
    view.refresh()
    assert view.model.rowCount() == 13
    view.tag_combo.setCurrentIndex(view.tag_combo.findData("evenings"))
    assert view.model.rowCount() == 9
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(EntryKind.FEELINGS.value))
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "1 entry"
    view.tag_combo.setCurrentIndex(0)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(EntryKind.FREE.value))
    assert view.model.rowCount() == 12
    view.date_combo.setCurrentIndex(view.date_combo.findData(-1))  # between dates
    view.since_edit.setDate(date(2023, 4, 1))
    view.until_edit.setDate(date(2023, 5, 31))
    assert view.model.rowCount() == 4


def test_delete_asks_once_and_undo_restores(qtbot, view, journal, make_entries, dialogs) -> None:
    entries = make_entries(3)
    view.refresh()
    select_row(view, 1)
    target = entries[1]
    dialogs.confirm_answers = [True]
    with qtbot.waitSignal(view.editor.deleted):
        qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["confirm"]
    assert journal.entries.get(target.uuid) is None
    assert view.model.row_of(target.uuid) == -1
    assert view.model.rowCount() == 2
    assert view.editor.undo_bar.isVisibleTo(view)
    with qtbot.waitSignal(view.editor.restored):
        qtbot.mouseClick(view.editor.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    back = journal.entries.get(target.uuid)
    assert back is not None
    assert (back.title, back.body, back.created_at) == (
        target.title,
        target.body,
        target.created_at,
    )
    assert view.model.row_of(target.uuid) == 1
    assert view.editor.current_uuid() == target.uuid
    assert not view.editor.undo_bar.isVisibleTo(view)


def test_declining_the_question_deletes_nothing(view, make_entries, journal, dialogs) -> None:
    (entry,) = make_entries(1)
    view.refresh()
    select_row(view, 0)
    dialogs.confirm_answers = [False]
    assert not view.editor.delete_entry()
    assert journal.entries.get(entry.uuid) is not None


def test_feelings_entry_round_trips_through_the_editor(qtbot, fast_autosave, view, journal) -> None:
    view.new_entry(EntryKind.FEELINGS)
    picker = view.editor.picker
    assert picker.isVisibleTo(view.editor)
    with qtbot.waitSignal(view.editor.saved, timeout=2000) as saved:
        picker.set_intensity("jealousy", 8)
        picker.set_intensity("hope", 3)
        picker.need_chips["reassurance"].click()
        qtbot.keyClicks(picker.telling_me, "I want to feel chosen.")
        qtbot.keyClicks(view.editor.tags_edit, "week one")
        view.editor.private_check.setChecked(True)
    stored = journal.entries.get(saved.args[0].uuid)
    assert {e.name: e.intensity for e in stored.emotions} == {"jealousy": 8, "hope": 3}
    assert stored.answers.needs == ["reassurance"]
    assert stored.answers.telling_me == "I want to feel chosen."
    assert stored.tags == ["week one"] and stored.private
    # Reloading shows the same values.
    view.new_entry()
    view.open_entry(stored.uuid)
    assert picker.emotions() == stored.emotions
    assert picker.needs() == ["reassurance"]


def test_an_untouched_new_entry_is_not_stored(view, journal) -> None:
    view.new_entry()
    view.flush()
    assert journal.entries.count() == 0


def test_tags_complete_after_the_last_comma(view, make_entries) -> None:
    make_entries(1, tags=["evenings", "work"])
    view.new_entry()
    completer = view.editor.tags_edit.completer()
    view.editor.tags_edit.setText("work, eve")
    assert completer.splitPath("work, eve") == ["eve"]
    completer.setCompletionPrefix("eve")
    assert completer.currentCompletion() == "work, evenings, "


def test_wipe_forgets_text_and_undo_history(qtbot, view, make_entries) -> None:
    make_entries(1)
    view.refresh()
    select_row(view, 0)
    qtbot.keyClicks(view.editor.title_edit, " secret")
    qtbot.keyClicks(view.editor.body_edit, " secret")
    view.flush()
    view.wipe()
    editor = view.editor
    assert editor.title_edit.text() == "" and not editor.title_edit.isUndoAvailable()
    assert editor.body_edit.toPlainText() == ""
    assert not editor.body_edit.document().isUndoAvailable()
    assert view.model.rowCount() == 0
    assert editor.current_uuid() is None


def test_new_entry_and_focus_search_for_the_shell(qtbot, host, journal) -> None:
    view = JournalListView(journal)
    host(view)
    view.focus_search()
    qtbot.waitUntil(view.search_edit.hasFocus)
    assert view.new_entry(EntryKind.FEELINGS)
    assert view.editor.entry().kind == EntryKind.FEELINGS
    assert not view.list_view.currentIndex().isValid()
    assert view.model.canFetchMore(QModelIndex()) is False


def test_undo_while_searching_puts_the_entry_back_in_the_results(
    qtbot, view, journal, make_entries, dialogs
) -> None:
    make_entries(5)
    kept, target = (
        journal.save_entry(
            Entry.new(EntryKind.FREE, title=title, body="By the lighthouse.", about=about)
        )
        for title, about in (("Kept", date(2024, 7, 2)), ("Target", date(2024, 7, 1)))
    )
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        qtbot.keyClicks(view.search_edit, "lighthouse")
    assert view.model.rowCount() == 2 and view.count_label.text() == "2 found"
    view.open_entry(target.uuid)
    dialogs.confirm_answers = [True]
    with qtbot.waitSignal(view.editor.deleted):
        view.editor.delete_button.click()
    assert view.model.row_of(target.uuid) == -1
    assert view.count_label.text() == "1 found"

    with qtbot.waitSignal(view.editor.restored):
        qtbot.mouseClick(view.editor.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert view.search_edit.text() == "lighthouse"  # still searching
    assert [view.model.uuid_at(r) for r in range(view.model.rowCount())] == [
        kept.uuid,
        target.uuid,
    ]
    assert view.count_label.text() == "2 found"
    assert view.list_view.currentIndex().row() == 1  # the restored entry, open and selected
    assert view.editor.current_uuid() == target.uuid
    snippet = view.model.index(1).data(EntryRoles.SNIPPET)
    assert f"{HL_START}lighthouse{HL_END}" in snippet  # a search row, marks and all
