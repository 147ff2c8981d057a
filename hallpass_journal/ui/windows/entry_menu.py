"""The window's Entry menu: what can be done with the entry open in the shown section.

The shown view owns those actions (:meth:`JournalView.entry_actions`), keeps them
current and says when they change (``entry_actions_changed``: another entry opened
there); the menu lists that view's own actions, so their state, their tips and their
shortcuts are one and the same wherever they appear (the list's context menu too). A
view without an open entry is shown stand-ins, disabled, saying where entries are open.
An action's shortcut works only while its view is the one shown: only then is it in
the menu.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.session_controls import (
    MARK_SHORTCUT,
    no_entry_reason,
)


class EntryMenu(QObject):
    """Fills the Entry menu with the shown view's entry actions, or disabled stand-ins."""

    def __init__(self, menu: QMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = menu
        menu.setToolTipsVisible(True)  # a disabled action says why
        self._workspace: WorkspacePage | None = None
        self._view: JournalView | None = None  # the view whose actions are listed
        tip = no_entry_reason()
        self.mark_stand_in = QAction(self.tr("&Bring to my next session"), self)
        self.mark_stand_in.setCheckable(True)
        self.mark_stand_in.setShortcut(QKeySequence(MARK_SHORTCUT))
        self.question_stand_in = QAction(self.tr("Add a &question for my session…"), self)
        for action in (self.mark_stand_in, self.question_stand_in):
            action.setEnabled(False)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self._show([])

    def attach(self, workspace: WorkspacePage) -> None:
        """Follow the sections shown in ``workspace`` (a journal was unlocked)."""
        self._workspace = workspace
        workspace.section_changed.connect(self._section_changed)
        self._section_changed(workspace.current_section() or "")

    def detach(self) -> None:
        """The journal is being locked: back to the stand-ins (the views are going)."""
        workspace, self._workspace = self._workspace, None
        if workspace is not None and shiboken6.isValid(workspace):
            workspace.section_changed.disconnect(self._section_changed)
        self._follow(None)
        self._show([])

    def _section_changed(self, section_id: str) -> None:
        workspace = self._workspace
        view = workspace.view(section_id, create=False) if workspace is not None else None
        self._follow(view)
        self._refill()

    def _follow(self, view: JournalView | None) -> None:
        """Listen to ``view`` alone for other entry actions (e.g. another form opened)."""
        if self._view is view:
            return
        if self._view is not None and shiboken6.isValid(self._view):
            self._view.entry_actions_changed.disconnect(self._refill)
        self._view = view
        if view is not None:
            view.entry_actions_changed.connect(self._refill)

    def _refill(self) -> None:
        view = self._view
        self._show(view.entry_actions() if view is not None and shiboken6.isValid(view) else [])

    def _show(self, actions: list[QAction]) -> None:
        self.menu.clear()  # removes the actions from the menu; it does not delete them
        self.menu.addActions(actions or [self.mark_stand_in, self.question_stand_in])

    def actions(self) -> list[QAction]:
        """What the menu holds now."""
        return list(self.menu.actions())
