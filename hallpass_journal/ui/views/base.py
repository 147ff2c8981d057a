"""The contract between the main window and each section it shows."""

from __future__ import annotations

import uuid as uuid_mod

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal


class JournalView(QWidget):
    """A section of the main window that shows journal content.

    The main window creates views after unlock and destroys them on lock, so a view
    may hold journal text freely while it lives. Before destroying a view (lock, close,
    switching journal) the window calls :meth:`flush`, then :meth:`wipe`.

    A view keeps itself current: it names the parts of the journal it shows in
    :attr:`watches`, and :meth:`journal_changed` is called for every committed change
    touching them, whoever made it (another view, a background import).
    """

    #: "Saving…", "Saved", or a save problem, for the status bar.
    save_state = Signal(str)
    #: Ask the window to show another section (by its ``section_id``).
    navigate = Signal(str)
    #: Ask the window to open an entry (its UUID as text) where entries are edited.
    open_entry_requested = Signal(str)
    #: Ask the window to route an action to the section that handles it:
    #: ``(action, argument)``, e.g. ``("guided.start", "reflection")``. The window shows
    #: the section whose :attr:`Section.actions` names the action and calls its
    #: :meth:`handle_action`. Actions in use are listed in ``ui/windows/sections.py``.
    action_requested = Signal(str, str)
    #: :meth:`entry_actions` would now return other actions (another entry was opened
    #: here, or none is); the window's Entry menu asks again.
    entry_actions_changed = Signal()

    section_id = "base"
    #: The parts of the journal this view shows.
    watches: frozenset[Area] = frozenset()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.stale = False

    # -- what the window calls -------------------------------------------------------

    def flush(self) -> None:
        """Save any pending edit now; raise the :class:`VaultError` if that failed."""

    def wipe(self) -> None:
        """Forget journal text held outside widgets (the journal is being locked)."""

    def refresh(self) -> None:
        """Reload what is shown."""

    def journal_changed(self, change: Change) -> None:
        """A change touching :attr:`watches` was committed: refresh now or when shown."""
        if self.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def shown(self) -> None:
        """The window brought this view to the front: catch up on missed changes."""
        if self.stale:
            self.stale = False
            self.refresh()

    # -- menu actions a section may take on (False: not here) -------------------------

    def open_entry(self, entry_uuid: str | uuid_mod.UUID) -> bool:
        """Show one entry for editing."""
        return False

    def new_entry(self) -> bool:
        """File > New entry."""
        return False

    def focus_search(self) -> bool:
        """Edit > Find."""
        return False

    def handle_action(self, action: str, argument: str) -> bool:
        """Carry out an action routed here (see :attr:`action_requested`); False: not here."""
        return False

    def entry_actions(self) -> list[QAction]:
        """Actions on the entry open here, for the window's Entry menu (none: no entry here).

        The view owns them and keeps them current (enabled, checked, and a tip saying
        why not); the menu shows them while this view's section is shown.
        """
        return []
