"""The main window: welcome, unlock, or the unlocked journal; menus; locking.

The window title is always just "Hall Pass Journal" (" — Locked" while locked): never
journal text, never the file name. Locking flushes every view, destroys every widget
that held journal text, closes the journal and shows the unlock page.

With "keep running in the tray" chosen (and a tray), closing the window locks and hides
it, reminders still come (:mod:`hallpass_journal.ui.tray`); Quit always quits.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from hallpass_journal.domain.errors import DiskProblem, VaultError
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import SETTING_BACKUPS_KEPT, Journal
from hallpass_journal.ui import messages, operations, resources, wipe
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.clipboard import ClipboardGuard
from hallpass_journal.ui.dialogs.about_dialog import AboutDialog
from hallpass_journal.ui.dialogs.settings_dialog import SettingsDialog
from hallpass_journal.ui.idle_lock import IdleWatcher
from hallpass_journal.ui.operations import describe_failure
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.welcome_page import WelcomePage
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.theme import ThemeManager
from hallpass_journal.ui.tray import Tray
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.windows.data_actions import DataActions
from hallpass_journal.ui.windows.entry_menu import EntryMenu
from hallpass_journal.ui.windows.journal_actions import JournalActions
from hallpass_journal.ui.windows.journal_flows import JournalFlows
from hallpass_journal.ui.windows.main_actions import build_menus
from hallpass_journal.ui.windows.sections import Section, default_sections

log = logging.getLogger(__name__)
APP_TITLE = "Hall Pass Journal"


class MainWindow(QMainWindow):
    """One window, one journal at a time."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        paths: AppPaths,
        settings: AppSettings,
        theme: ThemeManager | None = None,
        *,
        sections: list[Section] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.theme = theme
        self.sections = sections if sections is not None else default_sections()
        self.journal: Journal | None = None
        self.workspace: WorkspacePage | None = None
        self.page: QWidget | None = None
        #: False for the demo: its temporary path is never remembered.
        self.remember_journal = True
        #: Shown on the unlock page (the demo's throwaway passphrase).
        self.unlock_note = ""
        self._lock_deferred = False
        #: Quit was chosen: closing the window really closes it, tray or not.
        self._quitting = False
        #: The section shown when the journal was locked, to return to after unlocking
        #: the same journal (kept in this window only, never on disk).
        self._left_section: tuple[Path, str] | None = None
        #: The last Preferences / About dialog opened (tests drive them).
        self.preferences_dialog: SettingsDialog | None = None
        self.about_dialog: AboutDialog | None = None

        self.setMinimumSize(QSize(760, 540))
        self.setAccessibleName(self.tr("Hall Pass Journal"))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.menu_actions = build_menus(self)
        assert self.menu_actions.entry_menu is not None
        #: Entry > the actions of the entry open in the shown section.
        self.entry_menu = EntryMenu(self.menu_actions.entry_menu, self)
        self.encrypted_icon = QLabel(self)
        self.encrypted_icon.setAccessibleName(self.tr("Encrypted"))
        self.encrypted_label = QLabel(self.tr("Encrypted on this computer"), self)
        self.encrypted_label.setAccessibleName(self.tr("Journal status"))
        self.statusBar().addPermanentWidget(self.encrypted_icon)
        self.statusBar().addPermanentWidget(self.encrypted_label)
        self._set_encrypted_shown(False)

        self.idle = IdleWatcher(self)
        self.idle.set_timeout_ms(settings.auto_lock_ms)
        self.idle.idle.connect(self.auto_lock)
        self.flows = JournalFlows(self, parent=self)
        #: File menu: change passphrase, back up, restore; export and import JSON.
        self.journal_actions = JournalActions(self, parent=self)
        self.data_actions = DataActions(self, parent=self)
        self.tray = Tray(self)
        self.tray.quit_requested.connect(self.quit_app)
        #: Copied journal text: marked secret for clipboard managers, cleared later.
        self.clipboard_guard = ClipboardGuard(self, settings.clipboard_clear_seconds)

        a = self.menu_actions
        a.new_journal.triggered.connect(self.flows.choose_new_journal)
        a.open_journal.triggered.connect(self.flows.choose_journal)
        a.new_entry.triggered.connect(self.new_entry)
        a.lock.triggered.connect(self.lock)
        a.preferences.triggered.connect(self.show_preferences)
        a.quit.triggered.connect(self.quit_app)
        a.find.triggered.connect(self.find_in_journal)
        a.about.triggered.connect(self.show_about)
        a.change_passphrase.triggered.connect(self.journal_actions.change_passphrase)
        a.back_up_now.triggered.connect(self.journal_actions.back_up_now)
        a.restore_backup.triggered.connect(self.journal_actions.restore)
        a.export_json.triggered.connect(self.data_actions.export_everything)
        a.import_json.triggered.connect(self.data_actions.import_file)
        if theme is not None:
            theme.changed.connect(self._on_theme_changed)

        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromHex(settings.window_geometry.encode()))
        else:
            self.resize(1100, 720)
        self._update_title()

    # -- starting --------------------------------------------------------------------

    def start(self, journal: Path | None = None) -> None:
        """Show the right first page: unlock a known journal, or welcome."""
        if journal is not None:
            self.show_unlock(Path(journal))
        elif self.settings.last_journal_path is not None:
            self.show_unlock(self.settings.last_journal_path)
        elif self.paths.default_journal.exists():
            self.show_unlock(self.paths.default_journal)
        else:
            self.show_welcome(self.paths.default_journal)

    def start_demo(self, folder: Path) -> None:
        """Create a demo journal in ``folder`` and open it (see JournalFlows)."""
        self.remember_journal = False
        self.flows.start_demo(folder)

    # -- pages -----------------------------------------------------------------------

    def set_page(self, page: QWidget) -> None:
        """Show ``page``, destroying the previous one (it may hold a passphrase)."""
        self.flows.cancel_pending()
        old = self.page
        self.page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None and old is not page:
            self.stack.removeWidget(old)
            wipe.destroy(old)
        self._update_title()

    def show_welcome(self, target: Path | None = None) -> WelcomePage:
        """The first-run page, creating a journal at ``target``."""
        page = WelcomePage(target or self.paths.default_journal, self.stack)
        page.create_requested.connect(self.flows.create)
        page.open_requested.connect(self.flows.choose_journal)
        page.new_elsewhere_requested.connect(self.flows.choose_new_journal)
        self.set_page(page)
        page.focus_first()
        return page

    def show_unlock(self, path: Path) -> UnlockPage:
        """The unlock page for ``path``."""
        page = UnlockPage(path, self.stack)
        page.set_note(self.unlock_note)
        page.unlock_requested.connect(self.flows.unlock)
        page.restore_requested.connect(self.flows.restore)
        page.locate_requested.connect(self.flows.choose_journal)
        page.create_requested.connect(lambda: self.show_welcome(page.path))
        page.open_requested.connect(self.flows.choose_journal)
        page.new_requested.connect(self.flows.choose_new_journal)
        self.set_page(page)
        page.focus_passphrase()
        return page

    def open_journal(self, journal: Journal) -> None:
        """Show an unlocked journal (from create, unlock, restore or the demo)."""
        self.journal = journal
        path = Path(journal.path).resolve()
        left = self._left_section
        self.workspace = WorkspacePage(
            journal,
            self.sections,
            self.stack,
            sidebar_collapsed=self.settings.sidebar_collapsed,
            start_section=left[1] if left is not None and left[0] == path else None,
        )
        self._left_section = None
        self.workspace.save_state.connect(self._show_save_state)
        self.workspace.sidebar_collapse_chosen.connect(self._remember_sidebar)
        self.set_page(self.workspace)
        self.entry_menu.attach(self.workspace)
        self.menu_actions.set_unlocked(True)
        self._set_encrypted_shown(True)
        if self.remember_journal:
            self.settings.last_journal = str(Path(journal.path).resolve())
            self.save_settings()
        self.idle.start()
        self.tray.attach(journal)
        problem = journal.last_open.backup_problem
        if problem:  # the journal is fine; only today's automatic backup could not be made
            self.statusBar().showMessage(
                self.tr("Today's automatic backup could not be made: {problem}").format(
                    problem=problem
                )
            )
        self.unlocked.emit()

    # -- locking ---------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        """Whether a journal is open in this window."""
        return self.journal is not None

    def lock(self) -> bool:
        """Lock now (Ctrl+L). If an edit cannot be saved, say so and stay unlocked."""
        return self._lock(force=False)

    def auto_lock(self) -> None:
        """Lock because of idleness or minimising: always locks."""
        if self.journal is None:
            return
        if wipe.close_modal_dialogs() and not self._lock_deferred:
            # A dialog's own event loop is running; lock once it has returned.
            self._lock_deferred = True
            QTimer.singleShot(0, self.auto_lock)
            return
        self._lock_deferred = False
        self._lock(force=True)

    def _lock(self, *, force: bool) -> bool:
        journal, workspace = self.journal, self.workspace
        if journal is None:
            return True
        # An import or backup still running on the journal finishes first (its own
        # transaction must never be cut off by closing the connection under it).
        operations.wait_for_journal_work()
        if workspace is not None:
            try:
                workspace.flush_all()
            except Exception as exc:  # noqa: BLE001 - a forced lock must always finish
                if not isinstance(exc, VaultError):
                    log.error("saving before lock failed: %s", describe_failure(exc))
                    exc = DiskProblem()
                if not force:
                    messages.warn(
                        self,
                        self.tr("Not locked yet"),
                        self.tr(
                            "{problem}\n\nThe journal stays unlocked so that your last "
                            "change is not lost. Lock again once it is saved."
                        ).format(problem=exc.text),
                    )
                    return False
                log.warning("locking without saving the last change: %s", type(exc).__name__)
        self.idle.stop()
        self.clipboard_guard.clear()
        self.tray.detach(journal)  # keeps the coming due times only, for reminders
        if workspace is not None and (section := workspace.current_section()) is not None:
            self._left_section = (Path(journal.path).resolve(), section)
        self.journal = None
        self.workspace = None
        self.entry_menu.detach()
        if workspace is not None:
            workspace.wipe_views()
        try:
            journal.close()
        except Exception as exc:  # noqa: BLE001 - locking must finish regardless
            log.error("closing the journal failed: %s", describe_failure(exc))
        # Destroy the widgets only once the journal is closed: nothing they do while
        # going away can write to it any more.
        if workspace is not None:
            workspace.teardown()
        wipe.clear_own_clipboard()
        self.statusBar().clearMessage()
        self._set_encrypted_shown(False)
        self.menu_actions.set_unlocked(False)
        self.show_unlock(journal.path)  # destroys the workspace page
        self.locked.emit()
        return True

    # -- menu actions ----------------------------------------------------------------

    def _journal_view(self) -> JournalView | None:
        """Bring the Journal section to the front and return its view, if unlocked."""
        if self.workspace is None:
            return None
        self.workspace.show_section("journal")
        return self.workspace.view("journal", create=False)

    def find_in_journal(self) -> None:
        """Edit > Find: the Journal view's search box."""
        view = self._journal_view()
        if view is not None:
            view.focus_search()

    def new_entry(self) -> None:
        """File > New entry: a fresh entry in the Journal view."""
        view = self._journal_view()
        if view is not None:
            view.new_entry()

    def show_preferences(self) -> None:
        """Preferences (non-blocking); applied when OK is chosen."""
        kept = partner = None
        if self.journal is not None:
            try:
                kept, partner = self.journal.backups_kept, self.journal.settings.get(PARTNER_NAME)
            except VaultError:
                kept = partner = None
        dialog = SettingsDialog(
            self.settings,
            backups_kept=kept,
            partner_name=partner,
            preview_theme=self._preview_theme,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._apply_preferences(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.preferences_dialog = dialog
        dialog.open()

    def _apply_preferences(self, dialog: SettingsDialog) -> None:
        chosen = dialog.result_settings
        self.settings.theme = chosen.theme
        self.settings.auto_lock_minutes = chosen.auto_lock_minutes
        self.settings.lock_on_minimise = chosen.lock_on_minimise
        self.settings.keep_in_tray = chosen.keep_in_tray
        self.settings.clipboard_clear_seconds = chosen.clipboard_clear_seconds
        self.clipboard_guard.set_clear_after(chosen.clipboard_clear_seconds)
        self.idle.set_timeout_ms(self.settings.auto_lock_ms)
        self._preview_theme(chosen.theme)
        self.save_settings()
        if self.journal is not None and dialog.result_backups_kept is not None:
            try:
                if dialog.result_backups_kept != self.journal.backups_kept:
                    self.journal.settings.set(SETTING_BACKUPS_KEPT, dialog.result_backups_kept)
                partner = dialog.result_partner_name
                if partner is not None and partner != self.journal.settings.get(PARTNER_NAME):
                    self.journal.settings.set(PARTNER_NAME, partner)
            except VaultError as exc:
                messages.warn(self, self.tr("Not saved"), exc.text)

    def _preview_theme(self, mode: str) -> None:
        if self.theme is not None:
            self.theme.set_mode(mode)

    def show_about(self) -> None:
        """Help > About (non-blocking)."""
        dialog = AboutDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    # -- settings, title, events -----------------------------------------------------

    def save_settings(self) -> None:
        """Write the app settings file (never journal text)."""
        self.settings.window_geometry = bytes(self.saveGeometry().toHex().data()).decode()
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as exc:
            log.warning("settings not saved: %s", type(exc).__name__)

    def _update_title(self) -> None:
        locked = self.journal is None and isinstance(self.page, UnlockPage)
        self.setWindowTitle(
            self.tr("Hall Pass Journal — Locked") if locked else self.tr("Hall Pass Journal")
        )

    def _remember_sidebar(self, collapsed: bool) -> None:
        self.settings.sidebar_collapsed = collapsed
        self.save_settings()

    def _show_save_state(self, text: str) -> None:
        self.statusBar().showMessage(text, 0 if text.endswith("…") else 8000)

    def _set_encrypted_shown(self, shown: bool) -> None:
        if shown:
            size = self.encrypted_label.fontMetrics().height()
            self.encrypted_icon.setPixmap(resources.icon("lock").pixmap(size, size))
        self.encrypted_icon.setVisible(shown)
        self.encrypted_label.setVisible(shown)

    def _on_theme_changed(self, _scheme: str) -> None:
        self._set_encrypted_shown(self.journal is not None)
        self.menu_actions.refresh_icons()
        if self.workspace is not None:
            self.workspace.refresh_icons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Lock on minimise when the setting asks for it."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.settings.lock_on_minimise
            and self.journal is not None
        ):
            QTimer.singleShot(0, self.auto_lock)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Save, lock and close the journal before the window goes (or hides in the tray)."""
        if self.journal is not None and not self._lock(force=False):
            event.ignore()
            self._quitting = False
            return
        if self.keeps_running_in_tray:
            # Locked above: a hidden window never holds an open journal, nor a
            # passphrase half typed into the unlock page.
            event.ignore()
            if isinstance(self.page, UnlockPage):
                self.show_unlock(self.page.path)
            self.save_settings()
            self.tray.hide_window()
            return
        self.shutdown()
        event.accept()

    @property
    def keeps_running_in_tray(self) -> bool:
        """Whether closing the window hides it in the tray (chosen, and a tray exists)."""
        return self.settings.keep_in_tray and self.tray.available and not self._quitting

    def quit_app(self) -> None:
        """File > Quit and the tray's Quit: lock, close and end the app, tray or not."""
        self._quitting = True
        hidden = not self.isVisible()
        QApplication.setQuitOnLastWindowClosed(True)
        if self.close() and hidden:
            QApplication.quit()  # closing a hidden window does not end the app by itself

    def shutdown(self) -> None:
        """Close everything (idempotent): used on close and by ``run_gui`` on exit."""
        if self.journal is not None:
            self._lock(force=True)
        self.flows.cancel_pending()
        operations.shutdown()
        if self.page is not None:
            self.stack.removeWidget(self.page)
            wipe.destroy(self.page)
            self.page = None
        self.idle.shutdown()
        self.tray.shutdown()
        self.clipboard_guard.clear()
        self.save_settings()
