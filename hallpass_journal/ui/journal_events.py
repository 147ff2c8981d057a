"""The journal's change notices as one Qt signal, delivered on the GUI thread.

Services announce each committed change on the journal's hub, on whichever thread made
it. :class:`JournalEvents` lives on the GUI thread and re-emits every notice as
:attr:`JournalEvents.changed`; a notice from a worker thread is queued to the GUI
thread, so views always react there, once per change, whoever made it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from hallpass_journal.services.changes import Change
from hallpass_journal.services.journal import Journal


class JournalEvents(QObject):
    """Re-emits one journal's change notices; call :meth:`detach` before it is closed."""

    #: A committed :class:`~hallpass_journal.services.changes.Change`.
    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Direct when the change was made on the GUI thread (views are current as soon
        # as the call returns), queued when a worker made it.
        self._arrived.connect(self._relay, Qt.ConnectionType.AutoConnection)
        self._unsubscribe = journal.subscribe(self._arrived.emit)

    @Slot(object)
    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        """Stop listening (the journal is being locked); idempotent."""
        self._unsubscribe()
        self._unsubscribe = lambda: None
