"""The tray icon, and the check-in reminders it shows while the app runs.

A reminder is one fixed sentence and nothing else: never a title, a name, a date or any
other journal text, and the same words whatever the check-in is about (a notification
can be read by anyone passing the screen, and some desktops keep a history of them).

While the journal is locked there is no journal to read. Before locking, the clock keeps
the due *times* of the open check-ins still to come, in memory only (never on disk,
never their titles), so that a reminder still comes at the right time; after unlocking
it reads the journal again.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations, resources

log = logging.getLogger(__name__)

#: The only words a reminder ever says (unlocked, and while the journal is locked).
DUE_TEXT = QT_TRANSLATE_NOOP("Tray", "A check-in is due.")
DUE_TEXT_LOCKED = QT_TRANSLATE_NOOP("Tray", "A check-in is due in Hall Pass Journal.")
TITLE = QT_TRANSLATE_NOOP("Tray", "Hall Pass Journal")
TICK_MS = 60_000
#: How many future due times are kept while locked (the soonest).
KEPT_TIMES = 20
MESSAGE_MS = 10_000


def reminder_text(*, locked: bool) -> str:
    """The whole text of a reminder: a fixed sentence, whatever is due."""
    return QCoreApplication.translate("Tray", str(DUE_TEXT_LOCKED if locked else DUE_TEXT))


def _now() -> datetime:
    return datetime.now(UTC)


class ReminderClock(QObject):
    """Notices check-ins that have newly come due, once each, and says so.

    "Newly due" means due after the previous look and by this one: a check-in already
    overdue when the app started is on Home, not announced again; a snoozed one is
    announced when its new time comes.
    """

    #: A reminder's whole text (:func:`reminder_text`).
    remind = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        #: While locked: the due times still to come (no text, no identifiers).
        self._due_times: list[datetime] = []
        self._checked_at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        """Whether the clock looks every minute."""
        return self._timer.isActive()

    @property
    def kept_times(self) -> int:
        """How many due times are held while locked."""
        return len(self._due_times)

    def start(self) -> None:
        """Look every minute from now on (the first look only sets the starting point)."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """Stop looking, and forget every due time held."""
        self._timer.stop()
        self._journal = None
        self._due_times = []

    def attach(self, journal: Journal, now: datetime | None = None) -> None:
        """The journal was unlocked: read it from now on, and look at once."""
        self._journal = journal
        self._due_times = []
        self.check(now)

    def detach(self, journal: Journal, now: datetime | None = None) -> None:
        """The journal is about to be locked: keep the coming due times, then let it go."""
        now = now or _now()
        times: list[datetime] = []
        try:
            check_ins = journal.check_ins.all()
            times = sorted(c.due_at for c in check_ins if c.is_open and c.due_at > now)
        except VaultError as exc:  # reminders are a courtesy; locking goes on regardless
            log.warning("check-in times not kept for reminders: %s", type(exc).__name__)
        self.check(now)
        self._journal = None
        self._due_times = times[:KEPT_TIMES]

    def check(self, now: datetime | None = None) -> None:
        """Say so once if any check-in came due since the last look.

        While background work holds the journal (an import), reading it would freeze the
        window until the work is done: this look is skipped, and the next one covers the
        time since the last look that was made.
        """
        journal = self._journal
        if journal is not None and operations.journal_busy():
            return
        now = now or _now()
        since, self._checked_at = self._checked_at, now
        if journal is not None:
            try:
                due = [c.due_at for c in journal.schedule.open_check_ins(now)]
            except VaultError:
                return
        else:
            due = self._due_times
            self._due_times = [t for t in due if t > now]
        if since is not None and any(since < t <= now for t in due):
            self.remind.emit(reminder_text(locked=journal is None))


class Tray(QObject):
    """The tray icon (where the desktop has a tray), its menu and the reminders.

    ``window`` is the one the icon shows again (its Show item, a click on the icon or
    on a reminder), and the one :meth:`hide_window` hides.
    """

    #: The window was asked for (the icon, its Show item or a reminder was clicked).
    show_requested = Signal()
    #: Quit the app (the menu's Quit).
    quit_requested = Signal()

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.show_requested.connect(self.show_window)
        self.clock = ReminderClock(self)
        self.clock.remind.connect(self._notify)
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        #: The text of the last reminder shown (what the desktop was given).
        self.last_message: str | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._build()

    @property
    def available(self) -> bool:
        """Whether the icon is in the tray (the desktop has one)."""
        return self.icon is not None

    def _build(self) -> None:
        translate = QCoreApplication.translate
        icon = QSystemTrayIcon(resources.icon("app"), self)
        icon.setToolTip(translate("Tray", str(TITLE)))
        menu = QMenu()
        self.show_action = QAction(translate("Tray", "&Show Hall Pass Journal"), menu)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action = QAction(translate("Tray", "&Quit"), menu)
        self.quit_action.triggered.connect(self.quit_requested)
        menu.addAction(self.show_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        icon.setContextMenu(menu)
        icon.activated.connect(self._on_activated)
        icon.messageClicked.connect(self.show_requested)
        icon.show()
        self.icon, self.menu = icon, menu
        self.clock.start()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def _notify(self, text: str) -> None:
        if self.icon is None:
            return
        self.last_message = text
        title = QCoreApplication.translate("Tray", str(TITLE))
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    # -- what the window calls -------------------------------------------------------

    def hide_window(self) -> None:
        """Hide the window; the app keeps running in the tray."""
        # Hiding the last window must not end the app, nor a dialog closing later.
        QApplication.setQuitOnLastWindowClosed(False)
        if self.window is not None:
            self.window.hide()

    def show_window(self) -> None:
        """Bring the window back, in front."""
        QApplication.setQuitOnLastWindowClosed(True)
        window = self.window
        if window is None:
            return
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def attach(self, journal: Journal) -> None:
        """A journal was unlocked."""
        if self.available:
            self.clock.attach(journal)

    def detach(self, journal: Journal) -> None:
        """The journal is about to be locked (it is still open)."""
        if self.available:
            self.clock.detach(journal)

    def shutdown(self) -> None:
        """Take the icon out of the tray and forget everything held (on quit)."""
        self.clock.stop()
        if self.icon is not None:
            self.icon.hide()
            self.icon.setContextMenu(None)  # type: ignore[arg-type]
            self.icon.deleteLater()
            self.icon = None
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
