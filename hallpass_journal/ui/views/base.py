"""The contract between the main window and each section it shows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hallpass_journal.services.journal import Journal


class JournalView(QWidget):
    """A section of the main window that shows journal content.

    The main window creates views after unlock and destroys them on lock, so a view
    may hold journal text freely while it lives. Before destroying a view (lock, close,
    switching journal) the window calls :meth:`flush`.
    """

    #: "Saving…", "Saved", or a save problem, for the status bar.
    save_state = Signal(str)
    #: Ask the window to show another section (by its ``section_id``).
    navigate = Signal(str)

    section_id = "base"

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal

    def flush(self) -> None:
        """Save any pending edit now."""

    def refresh(self) -> None:
        """Reload what is shown (another view changed the journal)."""
