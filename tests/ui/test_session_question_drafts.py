"""A question being written is never lost: locking (automatic or chosen), Cancel or Esc
keep it as a draft inside the encrypted journal, and the dialog offers it again the next
time it opens for the same thing (Home, the same entry, the same question).

A real window on a real encrypted journal; the dialog is filled in with key clicks, the
window locked and unlocked as a person does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from menu_support import journal_with, unlock
from PySide6.QtCore import QSize, Qt
from shell_support import ScriptedBackend, widgets_containing

from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.dialogs.session_question_dialog import (
    SessionQuestionDialog,
    question_draft_key,
)
from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.windows.main_window import MainWindow

WORDS = "What do we do with the quiet after an argument"


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: ScriptedBackend) -> Iterator[MainWindow]:  # noqa: ANN001
    """A main window unlocked on a journal of two entries."""
    paths = AppPaths.under(tmp_path)
    journal_with(paths.default_journal, "Walk by the river", "Sunday lunch")
    win = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(win)
    win.resize(QSize(1100, 720))
    win.start()
    win.show()
    qtbot.waitExposed(win)
    unlock(qtbot, win)
    yield win
    win.shutdown()
    operations.shutdown()


def journal_of(window: MainWindow) -> Journal:
    assert window.journal is not None
    return window.journal


def home_of(window: MainWindow) -> HomeView:
    assert window.workspace is not None
    window.workspace.show_section("home")
    view = window.workspace.view("home", create=False)
    assert isinstance(view, HomeView)
    return view


def journal_section(window: MainWindow) -> JournalListView:
    assert window.workspace is not None
    window.workspace.show_section("journal")
    view = window.workspace.view("journal", create=False)
    assert isinstance(view, JournalListView)
    return view


def uuid_of(window: MainWindow, title: str):  # noqa: ANN201
    return next(e.uuid for e in journal_of(window).entries.iter_all() if e.title == title)


def shown(qtbot, dialog: SessionQuestionDialog | None) -> SessionQuestionDialog:  # noqa: ANN001
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def add_from_home(qtbot, window: MainWindow) -> SessionQuestionDialog:  # noqa: ANN001
    card = home_of(window).session
    qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    return shown(qtbot, card.question_dialog)


def add_from_entry(qtbot, window: MainWindow, title: str) -> SessionQuestionDialog:  # noqa: ANN001
    view = journal_section(window)
    assert view.open_entry(uuid_of(window, title))
    controls = view.editor.session
    qtbot.mouseClick(controls.question_button, Qt.MouseButton.LeftButton)
    return shown(qtbot, controls.question_dialog)


def locked_and_gone(window: MainWindow, path: Path) -> None:
    assert window.journal is None
    assert widgets_containing(WORDS) == []  # nothing of it left in any widget
    assert WORDS.encode() not in path.read_bytes()  # kept, but encrypted


def test_an_automatic_lock_keeps_the_question_being_written(qtbot, window) -> None:  # noqa: ANN001
    dialog = add_from_home(qtbot, window)
    qtbot.keyClicks(dialog.text_edit, WORDS)
    path = journal_of(window).path

    with qtbot.waitSignal(window.locked):
        window.auto_lock()  # what idleness or minimising does: the dialog is closed first
    locked_and_gone(window, path)

    unlock(qtbot, window)
    again = add_from_home(qtbot, window)
    assert again.text_edit.toPlainText() == WORDS
    assert again.restored_draft and again.restored_label.isVisible()
    with qtbot.waitSignal(again.accepted):
        qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    journal = journal_of(window)
    assert [q.text for q in journal.session.questions()] == [WORDS]
    assert journal.drafts.get(question_draft_key()) is None  # stored: nothing kept aside

    fresh = add_from_home(qtbot, window)
    assert fresh.text_edit.toPlainText() == ""
    assert not fresh.restored_label.isVisible()


def test_locking_from_the_menu_keeps_it_for_the_same_entry_only(qtbot, window) -> None:  # noqa: ANN001
    dialog = add_from_entry(qtbot, window, "Sunday lunch")
    qtbot.keyClicks(dialog.text_edit, WORDS)
    path = journal_of(window).path

    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()  # at once: no time for the draft's own timer
    locked_and_gone(window, path)

    unlock(qtbot, window)
    other = add_from_entry(qtbot, window, "Walk by the river")
    assert other.text_edit.toPlainText() == ""  # another entry: not offered here
    other.reject()
    home = add_from_home(qtbot, window)
    assert home.text_edit.toPlainText() == ""  # nor on Home
    home.reject()

    again = add_from_entry(qtbot, window, "Sunday lunch")
    assert again.text_edit.toPlainText() == WORDS
    assert again.context_label.text() == "It is kept with this entry: “Sunday lunch”."
    with qtbot.waitSignal(again.accepted):
        qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    (question,) = journal_of(window).session.questions()
    assert (question.text, question.entry_uuid) == (WORDS, uuid_of(window, "Sunday lunch"))


def test_cancel_keeps_the_words_for_next_time_and_emptying_forgets_them(
    qtbot,
    window,  # noqa: ANN001
) -> None:
    journal = journal_of(window)
    question = journal.session.add_question("How do we pause kindly?")
    card = home_of(window).session
    qtbot.waitUntil(lambda: str(question.uuid) in card.rows)
    qtbot.mouseClick(card.rows[str(question.uuid)].edit_button, Qt.MouseButton.LeftButton)
    dialog = shown(qtbot, card.question_dialog)
    qtbot.keyClicks(dialog.text_edit, ", without leaving")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert journal.session.question(question.uuid) == question  # unchanged: not saved

    qtbot.mouseClick(card.rows[str(question.uuid)].edit_button, Qt.MouseButton.LeftButton)
    again = shown(qtbot, card.question_dialog)
    assert again.text_edit.toPlainText() == "How do we pause kindly?, without leaving"
    again.text_edit.setPlainText("How do we pause kindly?")  # back as it was
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    assert journal.drafts.get(question_draft_key(question=question.uuid)) is None

    qtbot.mouseClick(card.rows[str(question.uuid)].edit_button, Qt.MouseButton.LeftButton)
    plain = shown(qtbot, card.question_dialog)
    assert plain.text_edit.toPlainText() == "How do we pause kindly?"
    assert not plain.restored_draft
