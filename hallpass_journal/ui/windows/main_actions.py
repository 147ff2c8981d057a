"""The main window's actions and menus (File, Edit, Entry, Help), with standard shortcuts.

The Entry menu is filled by :class:`~hallpass_journal.ui.windows.entry_menu.EntryMenu`
with the actions of the entry open in the shown section.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from hallpass_journal.ui import resources
from hallpass_journal.ui.dialogs.script_picker import ScriptInsertion


@dataclass
class MainActions:
    """Every action of the main window."""

    new_journal: QAction
    open_journal: QAction
    new_entry: QAction
    lock: QAction
    preferences: QAction
    quit: QAction
    find: QAction
    about: QAction
    change_passphrase: QAction
    back_up_now: QAction
    restore_backup: QAction
    export_json: QAction
    import_json: QAction
    #: Edit > Insert a script…: enabled while the cursor is in a text field.
    insert_script: QAction
    script_insertion: ScriptInsertion | None = None
    #: Entry > what can be done with the open entry (filled by ``EntryMenu``).
    entry_menu: QMenu | None = None

    def set_unlocked(self, unlocked: bool) -> None:
        """Enable what needs an unlocked journal."""
        for action in (
            self.new_entry,
            self.lock,
            self.find,
            self.change_passphrase,
            self.back_up_now,
            self.restore_backup,
            self.export_json,
            self.import_json,
        ):
            action.setEnabled(unlocked)
        if self.script_insertion is not None:
            self.script_insertion.update()  # also needs the cursor in a text field
        else:
            self.insert_script.setEnabled(False)

    def refresh_icons(self) -> None:
        """Re-tint icons after a theme change."""
        for action, name in (
            (self.new_journal, "new-journal"),
            (self.open_journal, "open"),
            (self.lock, "lock"),
            (self.preferences, "settings"),
            (self.find, "search"),
            (self.about, "about"),
            (self.quit, "quit"),
            (self.restore_backup, "restore"),
            (self.export_json, "export"),
        ):
            action.setIcon(resources.icon(name))


def _keys(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Shortcuts without duplicates or empties (standard keys differ by platform)."""
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(key)
        else:
            candidates = [QKeySequence(key)]
        for seq in candidates:
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


def build_menus(window: QMainWindow) -> MainActions:
    """Create the actions, add them to the window's menu bar and return them."""
    translate = QCoreApplication.translate

    def action(text: str, tip: str) -> QAction:
        act = QAction(text, window)
        act.setStatusTip(tip)
        act.setToolTip(tip)
        return act

    actions = MainActions(
        new_journal=action(
            translate("MainWindow", "&New journal…"),
            translate("MainWindow", "Create another encrypted journal"),
        ),
        open_journal=action(
            translate("MainWindow", "&Open journal…"),
            translate("MainWindow", "Open a journal file"),
        ),
        new_entry=action(
            translate("MainWindow", "New &entry"),
            translate("MainWindow", "Write a new journal entry"),
        ),
        lock=action(
            translate("MainWindow", "&Lock"), translate("MainWindow", "Lock the journal now")
        ),
        preferences=action(
            translate("MainWindow", "&Preferences…"),
            translate("MainWindow", "Theme, auto-lock and backups"),
        ),
        quit=action(
            translate("MainWindow", "&Quit"), translate("MainWindow", "Lock the journal and quit")
        ),
        find=action(
            translate("MainWindow", "&Find…"), translate("MainWindow", "Search the journal")
        ),
        about=action(
            translate("MainWindow", "&About Hall Pass Journal"),
            translate("MainWindow", "Version and privacy"),
        ),
        change_passphrase=action(
            translate("MainWindow", "&Change passphrase…"),
            translate("MainWindow", "Choose a new passphrase for this journal"),
        ),
        back_up_now=action(
            translate("MainWindow", "&Back up now"),
            translate("MainWindow", "Make an encrypted backup of the journal now"),
        ),
        restore_backup=action(
            translate("MainWindow", "&Restore from a backup…"),
            translate("MainWindow", "Replace the journal with one of its backups"),
        ),
        export_json=action(
            translate("MainWindow", "E&xport everything (JSON)…"),
            translate("MainWindow", "Write the whole journal to a file (not encrypted)"),
        ),
        import_json=action(
            translate("MainWindow", "&Import (JSON)…"),
            translate("MainWindow", "Merge a JSON export into this journal"),
        ),
        insert_script=action(
            translate("MainWindow", "Insert a &script…"),
            translate("MainWindow", "Insert words from the scripts library where the cursor is"),
        ),
    )
    actions.open_journal.setShortcuts(_keys(QKeySequence.StandardKey.Open))
    actions.new_entry.setShortcuts(_keys(QKeySequence.StandardKey.New))
    actions.lock.setShortcuts(_keys("Ctrl+L"))
    actions.preferences.setShortcuts(_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
    actions.quit.setShortcuts(_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    actions.find.setShortcuts(_keys(QKeySequence.StandardKey.Find))
    actions.insert_script.setShortcuts(_keys("Ctrl+Shift+I"))
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.refresh_icons()

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(actions.new_entry)
    file_menu.addSeparator()
    file_menu.addAction(actions.new_journal)
    file_menu.addAction(actions.open_journal)
    file_menu.addSeparator()
    file_menu.addAction(actions.lock)
    file_menu.addAction(actions.change_passphrase)
    file_menu.addSeparator()
    file_menu.addAction(actions.back_up_now)
    file_menu.addAction(actions.restore_backup)
    file_menu.addAction(actions.export_json)
    file_menu.addAction(actions.import_json)
    file_menu.addSeparator()
    file_menu.addAction(actions.preferences)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addAction(actions.find)
    edit_menu.addAction(actions.insert_script)
    actions.script_insertion = ScriptInsertion(window, actions.insert_script)
    actions.entry_menu = bar.addMenu(translate("MainWindow", "Entr&y"))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(actions.about)
    actions.set_unlocked(False)
    return actions
