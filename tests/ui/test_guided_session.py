"""A guided entry and the next session: the form's "Bring to my next session" and "Add a
question…", the Entry menu and Ctrl+B while it is open in Guides.

A guided entry clicked in the Journal opens in its own form, so that is where it is
marked. A real window on a real encrypted journal; clicks and keys as a person uses them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from menu_support import PASSPHRASE, unlock
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication
from shell_support import ScriptedBackend

from hallpass_journal.domain.entries import Entry
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.guided.form import GuidedForm
from hallpass_journal.ui.views.guides_view import GuidesView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.windows.main_window import MainWindow
from hallpass_journal.ui.windows.sections import GUIDED_START


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: ScriptedBackend) -> Iterator[MainWindow]:  # noqa: ANN001
    """A main window unlocked on a journal holding one saved guided entry."""
    paths = AppPaths.under(tmp_path)
    with Journal.create(paths.default_journal, PASSPHRASE) as journal:
        journal.guided.save(
            "conversation", {"what_went_well": "We laughed"}, title="After the talk"
        )
    win = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(win)
    win.resize(QSize(1100, 720))
    win.start()
    win.show()
    qtbot.waitExposed(win)
    unlock(qtbot, win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # key events go to the active window only
    yield win
    win.shutdown()
    operations.shutdown()


def journal_of(window: MainWindow) -> Journal:
    assert window.journal is not None
    return window.journal


def the_entry(window: MainWindow) -> Entry:
    (entry,) = journal_of(window).entries.iter_all()
    return entry


def guides_of(window: MainWindow) -> GuidesView:
    assert window.workspace is not None
    view = window.workspace.view("guides", create=False)
    assert isinstance(view, GuidesView)
    return view


def open_from_the_journal(qtbot, window: MainWindow) -> GuidedForm:  # noqa: ANN001
    """Click the guided entry in the Journal list, as a person does."""
    assert window.workspace is not None
    window.workspace.show_section("journal")
    journal_view = window.workspace.view("journal", create=False)
    assert isinstance(journal_view, JournalListView)
    index = journal_view.model.index(journal_view.model.row_of(the_entry(window).uuid))
    rect = journal_view.list_view.visualRect(index)
    qtbot.mouseClick(
        journal_view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.workspace.current_section() == "guides"
    form = guides_of(window).form
    assert form is not None and form.entry is not None
    return form


def ctrl_b(qtbot) -> None:  # noqa: ANN001
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)


def test_a_guided_entry_opened_from_the_journal_is_brought_and_asked_about(
    qtbot,
    window,  # noqa: ANN001
) -> None:
    journal = journal_of(window)
    form = open_from_the_journal(qtbot, window)
    entry = the_entry(window)
    controls = form.session
    assert controls.isVisible() and controls.check.isEnabled()
    assert not controls.check.isChecked()

    # The box marks at once; the Journal list shows the mark.
    qtbot.mouseClick(controls.check, Qt.MouseButton.LeftButton)
    assert journal.session.is_marked(entry.uuid)
    assert window.statusBar().currentMessage() == "Marked for your next session"

    # The Entry menu holds this form's own actions, and Ctrl+B works here too.
    menu_actions = window.entry_menu.actions()
    assert menu_actions == [controls.mark_action, controls.question_action]
    assert all(a.isEnabled() for a in menu_actions) and menu_actions[0].isChecked()
    form.focus_first()
    ctrl_b(qtbot)
    assert not journal.session.is_marked(entry.uuid)
    assert not controls.check.isChecked()
    ctrl_b(qtbot)
    assert journal.session.is_marked(entry.uuid) and controls.check.isChecked()
    assert journal.entries.page()[0].marked

    # Entry > Add a question for my session…, linked to this entry.
    controls.question_action.trigger()
    dialog = controls.question_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.context_label.text() == "It is kept with this entry: “After the talk”."
    qtbot.keyClicks(dialog.text_edit, "Why did laughing help so much?")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (question,) = journal.session.questions()
    assert (question.text, question.entry_uuid) == ("Why did laughing help so much?", entry.uuid)

    # A mark made elsewhere shows in the open form.
    journal.session.mark(entry.uuid, False)
    assert not controls.check.isChecked() and not controls.mark_action.isChecked()


def test_a_new_guided_entry_can_be_marked_once_saved_and_never_when_private(
    qtbot,
    window,  # noqa: ANN001
) -> None:
    journal = journal_of(window)
    assert window.workspace is not None
    assert window.workspace.route_action(GUIDED_START, "hurt_step_1")
    form = guides_of(window).form
    assert form is not None and form.entry is None
    controls = form.session
    assert not controls.isVisible()  # nothing to mark before it is saved
    mark, _question = window.entry_menu.actions()
    assert mark is controls.mark_action and not mark.isEnabled()
    assert mark.toolTip() == "A guided entry can be marked once it is saved."

    form.control("what_i_feel").edit.setPlainText("Numb, then angry")
    saved = form.save()
    assert saved is not None
    assert controls.isVisible() and controls.check.isEnabled() and mark.isEnabled()
    form.focus_first()
    ctrl_b(qtbot)
    assert journal.session.is_marked(saved.uuid)

    # Saved as private, it is unmarked: private entries never go with an export.
    box = form.private_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert not controls.check.isEnabled()
    assert "Private entries are always left out" in controls.check.toolTip()
    assert form.save() is not None
    assert not journal.session.is_marked(saved.uuid)
    ctrl_b(qtbot)
    assert not journal.session.is_marked(saved.uuid)


def test_the_entry_menu_follows_what_guides_shows(qtbot, window) -> None:  # noqa: ANN001
    form = open_from_the_journal(qtbot, window)
    assert window.entry_menu.actions() == [form.session.mark_action, form.session.question_action]
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)  # back to the list
    stand_ins = window.entry_menu.actions()
    assert form.session.mark_action not in stand_ins
    assert not any(a.isEnabled() for a in stand_ins)
    again = open_from_the_journal(qtbot, window)
    assert window.entry_menu.actions()[0] is again.session.mark_action
    tab_stops = [form.private_check, form.session.check, form.session.question_button]
    form.private_check.setFocus()
    for here, following in zip(tab_stops, tab_stops[1:], strict=False):
        assert QApplication.focusWidget() is here
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
