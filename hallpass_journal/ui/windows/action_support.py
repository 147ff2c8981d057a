"""What the File menu's journal actions share: their window, messages, progress.

Each action runs its slow step as a :class:`~hallpass_journal.ui.operations.JournalOp`
(autosave waits, lists do not fetch, locking waits for it) and ends with one clear
message. Messages are shown a moment later, never from inside the op's callback: that
callback may run while the window is locking (locking waits for journal work and
delivers its result), and a message box there would hold the lock open behind it.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.export_json import Cancelled
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.operations import describe_failure
from hallpass_journal.ui.widgets.page_parts import friendly_path

if TYPE_CHECKING:
    from hallpass_journal.ui.windows.journal_flows import JournalFlows

log = logging.getLogger(__name__)
#: How often, at most, a worker's progress reaches the GUI thread.
PROGRESS_EVERY_S = 0.05


class ActionsHost(Protocol):
    """What the actions need from the main window."""

    journal: Journal | None
    paths: AppPaths
    flows: JournalFlows

    def lock(self) -> bool:
        """Lock the open journal (saving first); False if it had to stay unlocked."""


class ProgressRelay(QObject):
    """Carries ``(done, total)`` from a worker thread to the GUI thread; stops the work.

    :meth:`report` is the ``progress`` callback handed to the services: it runs on the
    worker thread, emits at most every :data:`PROGRESS_EVERY_S`, and raises
    :class:`Cancelled` once :meth:`stop` was called, which ends the work (an export then
    writes nothing; an import rolls back).
    """

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._last = 0.0

    def report(self, done: int, total: int) -> None:
        """Called by the service on the worker thread."""
        if self._stop.is_set():
            raise Cancelled()
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.progressed.emit(done, total)

    def stop(self) -> None:
        """Ask the work to stop at its next step (from the GUI thread)."""
        self._stop.set()

    @property
    def stopped(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stop.is_set()


class ActionFlows(QObject):
    """Base of the File menu's journal actions: one result message per action."""

    #: An action has ended (its name), after its result was shown (tests wait for it).
    finished = Signal(str)

    def __init__(self, host: ActionsHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _journal_for(self, title: str) -> Journal | None:
        """The open journal, if it is free for a new task (else say why not)."""
        journal = self.host.journal
        if journal is None:
            return None
        if operations.journal_busy():
            messages.inform(
                self._window(),
                title,
                self.tr(
                    "Something else is still being done with the journal. Please try again "
                    "when it has finished."
                ),
            )
            return None
        return journal

    def _tell(self, action: str, title: str, text: str, *, problem: bool = False) -> None:
        """Show the result of ``action`` once the current event is over, then announce it."""

        def show() -> None:
            if text:
                (messages.warn if problem else messages.inform)(self._window(), title, text)
            self.finished.emit(action)

        QTimer.singleShot(0, self, show)

    def _problem_text(self, exc: BaseException, unchanged: str) -> str:
        """A known problem's own message; for a bug, ``unchanged`` (and a log line)."""
        if isinstance(exc, VaultError):
            return QCoreApplication.translate("VaultError", exc.text)
        log.error("a journal action failed: %s", describe_failure(exc))
        return self.tr("Something unexpected went wrong. {unchanged}").format(unchanged=unchanged)

    @staticmethod
    def where(path: Path) -> str:
        """A file's name, and on a line of its own the folder it is in, for a message."""
        return QCoreApplication.translate("ActionFlows", "{name}\nin {folder}").format(
            name=path.name, folder=friendly_path(path.parent)
        )
