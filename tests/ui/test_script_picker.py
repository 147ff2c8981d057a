"""The scripts library: listing, adding one's own, and inserting at the cursor anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from menu_support import journal_with, unlock
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from shell_support import ScriptedBackend

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.scripts import SCRIPTS, ScriptCategory, script
from hallpass_journal.paths import AppPaths
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.dialogs.script_picker import ScriptPicker, insert_text, is_text_field
from hallpass_journal.ui.guided.form import GuidedForm
from hallpass_journal.ui.views.guides_view import GuidesView
from hallpass_journal.ui.widgets.entry_editor import EntryEditor
from hallpass_journal.ui.windows.main_window import MainWindow


@pytest.fixture
def picker(qtbot, journal) -> ScriptPicker:  # noqa: ANN001
    dialog = ScriptPicker(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_script_is_listed_with_when_to_use_it(picker) -> None:  # noqa: ANN001
    listed = picker.scripts()
    assert [s.id for s in listed] == [s.id for s in SCRIPTS]
    first = picker.chosen()
    assert first is not None and first.id == SCRIPTS[0].id
    assert picker.preview_title.text() == first.title
    assert picker.preview_when.text() == first.when_to_use
    assert picker.preview.toPlainText() == first.text
    assert picker.preview.isReadOnly()
    # Group names head the list but cannot be chosen.
    assert not picker.list.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert picker.select("pause_phrase")
    assert picker.preview.toPlainText() == script("pause_phrase").text


def test_a_script_of_ones_own_is_kept_and_listed(qtbot, picker, journal) -> None:  # noqa: ANN001
    dialog = picker.add_own()
    qtbot.waitExposed(dialog)
    dialog.ok_button.click()  # nothing written yet: said plainly, nothing added
    assert dialog.isVisible()
    assert "title" in dialog.message.text()
    qtbot.keyClicks(dialog.title_edit, "Our word for slow down")
    qtbot.keyClicks(dialog.when_edit, "When one of us talks too fast")
    dialog.text_edit.setPlainText("“Snail,” and we both take a breath.")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    own = [s for s in journal.guided.scripts() if s.category is ScriptCategory.OWN]
    assert [(s.title, s.when_to_use) for s in own] == [
        ("Our word for slow down", "When one of us talks too fast")
    ]
    chosen = picker.chosen()
    assert chosen is not None and chosen.id == own[0].id  # the new one is chosen
    assert picker.preview.toPlainText() == "“Snail,” and we both take a breath."


def test_insert_button_of_a_text_prompt_inserts_at_the_cursor(qtbot, host, journal) -> None:  # noqa: ANN001
    view = GuidesView(journal)
    host(view)
    assert view.handle_action("guided.start", "conversation")
    form = view.form
    assert isinstance(form, GuidedForm)
    control = form.control("what_went_well")
    control.edit.setPlainText("Before. After.")
    cursor = control.edit.textCursor()
    cursor.setPosition(len("Before. "))
    control.edit.setTextCursor(cursor)
    qtbot.mouseClick(control.script_button, Qt.MouseButton.LeftButton)
    picker = view.picker
    assert picker is not None and picker.isVisible()
    assert picker.select("repair_apology")
    with qtbot.waitSignal(picker.finished):
        qtbot.mouseClick(picker.insert_button, Qt.MouseButton.LeftButton)
    words = script("repair_apology").text
    assert control.value() == f"Before. {words}After."
    assert form.has_changes()  # like typing: it becomes part of the draft


def test_a_line_field_gets_the_script_on_one_line() -> None:
    line = QLineEdit("Say: ")
    line.setCursorPosition(len("Say: "))
    assert insert_text(line, "First line.\nSecond line.")
    assert line.text() == "Say: First line. Second line."
    secret = QLineEdit()
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    read_only = QPlainTextEdit("fixed")
    read_only.setReadOnly(True)
    assert not is_text_field(secret) and not is_text_field(read_only)
    assert not insert_text(secret, "x") and secret.text() == ""


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: ScriptedBackend):  # noqa: ANN001, ANN201
    paths = AppPaths.under(tmp_path)
    journal_with(paths.default_journal, "First")
    win = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    unlock(qtbot, win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.shutdown()
    operations.shutdown()


def test_edit_insert_a_script_works_in_any_text_field_of_the_window(qtbot, window) -> None:  # noqa: ANN001
    action = window.menu_actions.insert_script
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    workspace = window.workspace
    workspace.show_section("journal")
    view = workspace.view("journal")
    editor = view.findChild(EntryEditor)
    assert editor is not None
    view.new_entry()
    editor.body_edit.setFocus()
    qtbot.waitUntil(editor.body_edit.hasFocus)
    assert action.isEnabled()
    qtbot.keyClicks(editor.body_edit, "I said: ")
    editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(
        editor.body_edit,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    picker = window.menu_actions.script_insertion.picker
    assert picker is not None and picker.isVisible()
    assert picker.select("pause_phrase")
    with qtbot.waitSignal(picker.finished):
        qtbot.mouseClick(picker.insert_button, Qt.MouseButton.LeftButton)
    assert editor.body_edit.toPlainText() == "I said: " + script("pause_phrase").text
    # Where the cursor is not in a text field, there is nothing to insert into.
    workspace.sidebar.setFocus()
    qtbot.waitUntil(workspace.sidebar.hasFocus)
    assert not action.isEnabled()
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not action.isEnabled()


def test_guided_templates_with_text_have_the_button(qtbot, host, journal) -> None:  # noqa: ANN001
    template = guided_content.template("debrief")
    form = GuidedForm(journal, template)
    host(form)
    button = form.control("how_feeling").script_button
    assert button.isVisible()
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus  # Ctrl+Shift+I from the keyboard
