"""Marking entries "bring to my next session": the list, its filter, the editor, the menus.

A real window on a real encrypted journal; clicks, keys and menus as a person uses them,
and what the journal stored read back. Nothing is mocked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from menu_support import journal_with, unlocked_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QMenu
from shell_support import ScriptedBackend

from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.models.entry_list_model import EntryListModel, EntryRoles
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.widgets.entry_editor import EntryEditor
from hallpass_journal.ui.windows.main_window import MainWindow

TIMEOUT = 5000
#: The offscreen platform has no real popups (menus say so).
popups = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: ScriptedBackend, monkeypatch):  # noqa: ANN001, ANN201
    """A main window unlocked on a journal of two entries and a private one."""
    monkeypatch.setattr(EntryEditor, "autosave_ms", 50)
    paths = AppPaths.under(tmp_path)
    journal_with(paths.default_journal, "Walk by the river", "Sunday lunch", private=("Mine",))
    with unlocked_window(qtbot, paths) as win:
        yield win


def journal_of(window: MainWindow) -> Journal:
    assert window.journal is not None
    return window.journal


def journal_section(window: MainWindow) -> JournalListView:
    assert window.workspace is not None
    window.workspace.show_section("journal")
    view = window.workspace.view("journal", create=False)
    assert isinstance(view, JournalListView)
    return view


def row_of(view: JournalListView, title: str) -> int:
    for row in range(view.model.rowCount()):
        if view.model.index(row).data(Qt.ItemDataRole.DisplayRole) == title:
            return row
    raise AssertionError(f"{title!r} is not listed")


def uuid_of(view: JournalListView, title: str):  # noqa: ANN201
    found = view.model.uuid_at(row_of(view, title))
    assert found is not None
    return found


def right_click_row(qtbot, view: JournalListView, title: str) -> QMenu:  # noqa: ANN001
    """Right-click a row, as a person would; returns the menu that opened.

    The press selects the row; the context menu event is the one the platform sends
    with it (QTest's clicks go to the widget and never make one).
    """
    index = view.model.index(row_of(view, title))
    viewport = view.list_view.viewport()
    centre = view.list_view.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=centre)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, viewport.mapToGlobal(centre))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: view.row_menu is not None and view.row_menu.isVisible())
    assert view.row_menu is not None
    return view.row_menu


def choose(qtbot, menu: QMenu, text: str) -> None:  # noqa: ANN001
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def row_image(view: JournalListView, title: str) -> QImage:
    rect = view.list_view.visualRect(view.model.index(row_of(view, title)))
    return view.list_view.viewport().grab(rect).toImage()


@popups
def test_marking_from_the_row_menu_tags_the_row_and_the_filter_lists_it(qtbot, window) -> None:  # noqa: ANN001
    view = journal_section(window)
    river = uuid_of(view, "Walk by the river")
    menu = right_click_row(qtbot, view, "Walk by the river")
    plain = row_image(view, "Walk by the river")  # selected, not marked yet
    assert view.editor.current_uuid() == river  # the row clicked is the one acted on
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "Bring to my next session",
        "Add a question for my session…",
    ]
    choose(qtbot, menu, "Bring to my next session")

    assert journal_of(window).session.is_marked(river)
    index = view.model.index(row_of(view, "Walk by the river"))
    assert index.data(EntryRoles.MARKED) is True
    assert "marked for your next session" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert row_image(view, "Walk by the river") != plain  # the tag is drawn
    other = view.model.index(row_of(view, "Sunday lunch"))
    assert other.data(EntryRoles.MARKED) is False
    assert "marked" not in other.data(Qt.ItemDataRole.AccessibleTextRole)
    assert view.editor.session.check.isChecked()  # the editor shows the same state
    assert window.statusBar().currentMessage() == "Marked for your next session"

    with qtbot.waitSignal(view.list_updated):
        qtbot.mouseClick(view.filters.marked_check, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    assert view.model.uuid_at(0) == river
    assert view.count_label.text() == "1 entry"

    # Unmarked again (the row's menu acts on the same entry): it leaves the marked list.
    choose(qtbot, right_click_row(qtbot, view, "Walk by the river"), "Bring to my next session")
    assert not journal_of(window).session.is_marked(river)
    assert view.model.rowCount() == 0
    assert "No entries are marked" in view.empty_label.text()
    with qtbot.waitSignal(view.list_updated):
        qtbot.mouseClick(view.filters.marked_check, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 3


@popups
def test_a_private_entry_cannot_be_marked_and_says_why(qtbot, window) -> None:  # noqa: ANN001
    view = journal_section(window)
    mine = uuid_of(view, "Mine")
    menu = right_click_row(qtbot, view, "Mine")
    mark = next(a for a in menu.actions() if a.isCheckable())
    assert not mark.isEnabled()
    assert "Private entries" in mark.toolTip() and "untick Private" in mark.toolTip()
    assert mark.statusTip() == mark.toolTip()
    menu.close()
    check = view.editor.session.check
    assert not check.isEnabled() and not check.isChecked()
    assert "Private entries" in check.toolTip()
    # The Entry menu holds the very same action; its shortcut does nothing here.
    assert mark in window.entry_menu.actions()
    qtbot.keyClick(view.list_view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not journal_of(window).session.is_marked(mine)
    # A question can still come from it: only the question's words are exported.
    assert view.editor.session.question_action.isEnabled()


def test_making_a_marked_entry_private_unmarks_it(qtbot, window) -> None:  # noqa: ANN001
    view = journal_section(window)
    view.list_view.setCurrentIndex(view.model.index(row_of(view, "Sunday lunch")))
    lunch = uuid_of(view, "Sunday lunch")
    qtbot.mouseClick(view.editor.session.check, Qt.MouseButton.LeftButton)
    assert journal_of(window).session.is_marked(lunch)
    view.editor.private_check.click()
    assert not view.editor.session.check.isEnabled()  # at once, before the save
    with qtbot.waitSignal(view.editor.saved, timeout=TIMEOUT):
        pass
    assert not journal_of(window).session.is_marked(lunch)
    assert view.model.index(row_of(view, "Sunday lunch")).data(EntryRoles.MARKED) is False


def test_the_editor_toggle_marks_at_once_and_saving_keeps_it(qtbot, window) -> None:  # noqa: ANN001
    view = journal_section(window)
    journal = journal_of(window)
    view.list_view.setCurrentIndex(view.model.index(row_of(view, "Sunday lunch")))
    lunch = uuid_of(view, "Sunday lunch")
    qtbot.keyClicks(view.editor.body_edit, " With soup.")  # an edit waiting to be saved
    qtbot.mouseClick(view.editor.session.check, Qt.MouseButton.LeftButton)
    assert journal.session.is_marked(lunch)  # now, not with the entry's save
    assert journal.entries.get(lunch).body == "Sunday lunch body."
    assert view.model.index(row_of(view, "Sunday lunch")).data(EntryRoles.MARKED) is True
    with qtbot.waitSignal(view.editor.saved, timeout=TIMEOUT):
        pass
    assert journal.entries.get(lunch).body == "Sunday lunch body. With soup."
    assert journal.session.is_marked(lunch)
    assert view.editor.session.check.isChecked()

    # The shortcut (Entry menu) takes the mark away again, wherever the focus is.
    mark = view.editor.session.mark_action
    assert mark in window.entry_menu.actions() and mark.shortcut().toString() == "Ctrl+B"
    qtbot.keyClick(view.editor.title_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not journal.session.is_marked(lunch)
    assert not view.editor.session.check.isChecked() and not mark.isChecked()


def test_a_new_entry_can_be_marked_once_it_is_saved(qtbot, window) -> None:  # noqa: ANN001
    view = journal_section(window)
    view.new_entry()
    check = view.editor.session.check
    assert not check.isEnabled()
    assert "once it is saved" in check.toolTip()
    assert not view.editor.session.question_button.isEnabled()
    with qtbot.waitSignal(view.editor.saved, timeout=TIMEOUT) as saved:
        qtbot.keyClicks(view.editor.body_edit, "A thought to bring.")
    assert check.isEnabled() and view.editor.session.question_button.isEnabled()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert journal_of(window).session.is_marked(saved.args[0].uuid)


def test_undoing_a_delete_brings_the_mark_back(qtbot, window, dialogs) -> None:  # noqa: ANN001
    view = journal_section(window)
    view.list_view.setCurrentIndex(view.model.index(row_of(view, "Walk by the river")))
    river = uuid_of(view, "Walk by the river")
    qtbot.mouseClick(view.editor.session.check, Qt.MouseButton.LeftButton)
    dialogs.confirm_answers.append(True)
    with qtbot.waitSignal(view.editor.deleted):
        qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    assert not journal_of(window).session.is_marked(river)  # it went with the entry
    with qtbot.waitSignal(view.editor.restored):
        qtbot.mouseClick(view.editor.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert journal_of(window).session.is_marked(river)
    assert view.model.index(row_of(view, "Walk by the river")).data(EntryRoles.MARKED) is True
    assert view.editor.session.check.isChecked()


def test_a_mark_made_elsewhere_shows_in_the_list(qtbot, window) -> None:  # noqa: ANN001
    view = journal_section(window)
    lunch = uuid_of(view, "Sunday lunch")
    journal_of(window).session.mark(lunch)  # e.g. an import; the change notice follows
    assert view.model.index(row_of(view, "Sunday lunch")).data(EntryRoles.MARKED) is True
    with qtbot.waitSignal(view.list_updated):
        view.filters.marked_check.click()
    journal_of(window).session.mark(uuid_of(view, "Sunday lunch"), False)
    assert view.model.rowCount() == 0


def test_the_entry_menu_outside_the_journal_says_where_entries_are(qtbot, window) -> None:  # noqa: ANN001
    assert window.workspace is not None
    window.workspace.show_section("home")
    actions = window.entry_menu.actions()
    assert [a.text().replace("&", "") for a in actions] == [
        "Bring to my next session",
        "Add a question for my session…",
    ]
    assert not any(a.isEnabled() for a in actions)
    assert "Open an entry in the Journal" in actions[0].toolTip()
    view = journal_section(window)
    assert window.entry_menu.actions() == view.entry_actions()
    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()
    assert window.entry_menu.actions() == actions  # the stand-ins again, nothing of the view
    assert not any(a.isEnabled() for a in window.entry_menu.actions())


@popups
def test_the_row_menu_opens_from_the_keyboard_too(qtbot, window) -> None:  # noqa: ANN001
    view = journal_section(window)
    index = view.model.index(row_of(view, "Sunday lunch"))
    view.list_view.setCurrentIndex(index)
    # The Menu key: Qt asks the list where its cursor is (the current row) and sends this.
    at = view.list_view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    viewport = view.list_view.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        viewport.mapFrom(view.list_view, at),
        view.list_view.mapToGlobal(at),
    )
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: view.row_menu is not None and view.row_menu.isVisible())
    assert view.editor.current_uuid() == uuid_of(view, "Sunday lunch")
    choose(qtbot, view.row_menu, "Bring to my next session")
    assert journal_of(window).session.is_marked(uuid_of(view, "Sunday lunch"))


def test_the_model_follows_marks_and_passes_the_model_tester(
    qtmodeltester,  # noqa: ANN001
    journal: Journal,
    make_entries,  # noqa: ANN001
) -> None:
    entries = make_entries(8)
    journal.session.mark(entries[2].uuid)
    model = EntryListModel(journal.entries, is_marked=journal.session.is_marked)
    model.setFilter(EntryFilter(marked_only=True, include_private=False))
    qtmodeltester.check(model)
    assert [model.uuid_at(r) for r in range(model.rowCount())] == [entries[2].uuid]
    journal.session.mark(entries[5].uuid)
    model.update_marks({entries[5].uuid}, journal.entries.get)  # joins, in date order
    assert [model.uuid_at(r) for r in range(model.rowCount())] == [
        entries[2].uuid,
        entries[5].uuid,
    ]
    journal.session.mark(entries[2].uuid, False)
    model.update_marks({entries[2].uuid}, journal.entries.get)  # leaves
    assert [model.uuid_at(r) for r in range(model.rowCount())] == [entries[5].uuid]
    qtmodeltester.check(model)

    model.setFilter(EntryFilter())
    row = model.row_of(entries[5].uuid)
    assert model.index(row).data(EntryRoles.MARKED) is True
    assert model.index(model.row_of(entries[2].uuid)).data(EntryRoles.MARKED) is False
    qtmodeltester.check(model)
