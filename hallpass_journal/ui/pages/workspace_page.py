"""The unlocked journal: a sidebar of sections and the view of the chosen one.

Views are built the first time their section is shown and live until the journal is
locked; :meth:`WorkspacePage.teardown` then flushes and destroys every one of them.

The sidebar can shrink to its icons: by choice (the button at its foot, remembered in the
app settings), and by itself whenever the window is too narrow for the section names and
the shown view side by side, so nothing is cut off in a small window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services.changes import Change
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import resources, wipe
from hallpass_journal.ui.dialogs.session_question_dialog import SessionQuestionDialog
from hallpass_journal.ui.journal_events import JournalEvents
from hallpass_journal.ui.operations import describe_failure
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.windows.sections import Section

log = logging.getLogger(__name__)
_SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
_ICON = 20
#: The icons-only sidebar: an icon, the item's padding (10 px a side), the list's (8 px).
COMPACT_WIDTH = _ICON + 2 * 10 + 2 * 8 + 1


class WorkspacePage(QWidget):
    """Sidebar + views for one unlocked journal."""

    #: A view's "Saving…" / "Saved" / problem message, for the status bar.
    save_state = Signal(str)
    #: The section shown changed (its id).
    section_changed = Signal(str)
    #: The person collapsed (True) or expanded (False) the sidebar with its button.
    sidebar_collapse_chosen = Signal(bool)

    def __init__(
        self,
        journal: Journal,
        sections: list[Section],
        parent: QWidget | None = None,
        *,
        sidebar_collapsed: bool = False,
        start_section: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.sections = {s.section_id: s for s in sections}
        self._views: dict[str, JournalView] = {}
        self._collapse_chosen = sidebar_collapsed
        self._narrow = False
        #: Every committed change to this journal, as one signal on the GUI thread.
        self.events = JournalEvents(journal, self)
        self.events.changed.connect(self._on_journal_changed)

        self.sidebar_panel = QFrame(self)
        self.sidebar_panel.setObjectName("sidebarPanel")
        self.sidebar = QListWidget(self.sidebar_panel)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(_ICON, _ICON))
        self.sidebar.setSpacing(1)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        for section in sections:
            item = QListWidgetItem(section.title, self.sidebar)
            item.setData(_SECTION_ROLE, section.section_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title)
            item.setSizeHint(QSize(0, 38))
        self.sidebar_toggle = QToolButton(self.sidebar_panel)
        self.sidebar_toggle.setObjectName("sidebarToggle")
        self.sidebar_toggle.setAutoRaise(True)
        self.sidebar_toggle.setIconSize(QSize(_ICON, _ICON))
        self.sidebar_toggle.clicked.connect(
            lambda: self.set_sidebar_collapsed(not self._collapse_chosen)
        )
        self.refresh_icons()
        self._expanded_width = max(self.sidebar.sizeHintForColumn(0) + 40, 180)
        panel = QVBoxLayout(self.sidebar_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(0)
        panel.addWidget(self.sidebar, 1)
        foot = QHBoxLayout()
        foot.setContentsMargins(8, 4, 8, 10)  # in line with the section icons
        foot.addWidget(self.sidebar_toggle)
        foot.addStretch(1)
        panel.addLayout(foot)

        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Section content"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar_panel)
        layout.addWidget(self.stack, 1)
        self._apply_sidebar()

        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        if sections:
            wanted = start_section if start_section in self.sections else None
            self.show_section(wanted or sections[0].section_id)

    # -- the sidebar -----------------------------------------------------------------

    def sidebar_compact(self) -> bool:
        """Whether the sidebar shows icons only (chosen, or the window is narrow)."""
        return self._collapse_chosen or self._narrow

    def set_sidebar_collapsed(self, collapsed: bool) -> None:
        """Icons only (True) or icons and names (False), as the person chose."""
        if collapsed == self._collapse_chosen:
            return
        self._collapse_chosen = collapsed
        self._apply_sidebar()
        self.sidebar_collapse_chosen.emit(collapsed)

    def _apply_sidebar(self) -> None:
        compact = self.sidebar_compact()
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            title = item.data(Qt.ItemDataRole.AccessibleTextRole)
            item.setText("" if compact else title)
            item.setToolTip(title if compact else "")
        self.sidebar_panel.setFixedWidth(COMPACT_WIDTH if compact else self._expanded_width)
        if self._collapse_chosen:
            text = self.tr("Show section names")
        else:
            text = self.tr("Show icons only")
        self.sidebar_toggle.setToolTip(text)
        self.sidebar_toggle.setAccessibleName(text)
        self.sidebar_toggle.setVisible(not self._narrow)  # nothing to choose when narrow
        self._refresh_toggle_icon()

    def _refresh_toggle_icon(self) -> None:
        name = "sidebar-expand" if self._collapse_chosen else "sidebar-collapse"
        self.sidebar_toggle.setIcon(resources.icon(name))

    def _update_narrow(self) -> None:
        # Names need their width beside the smallest the shown views can be.
        narrow = self.width() < self._expanded_width + self.stack.minimumSizeHint().width()
        if narrow != self._narrow:
            self._narrow = narrow
            self._apply_sidebar()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Fold the sidebar to icons when the window gets too narrow for its names."""
        super().resizeEvent(event)
        self._update_narrow()

    # -- sections --------------------------------------------------------------------

    def refresh_icons(self) -> None:
        """Re-tint the sidebar icons (after a theme change)."""
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            section = self.sections[item.data(_SECTION_ROLE)]
            item.setIcon(resources.icon(section.icon))
        self._refresh_toggle_icon()

    def current_section(self) -> str | None:
        """The id of the section shown."""
        item = self.sidebar.currentItem()
        return item.data(_SECTION_ROLE) if item is not None else None

    def show_section(self, section_id: str) -> JournalView | None:
        """Show a section (building its view if needed) and return its view."""
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(_SECTION_ROLE) == section_id:
                if self.sidebar.currentRow() != row:
                    self.sidebar.setCurrentRow(row)  # -> _on_row_changed
                return self._views.get(section_id)
        return None

    def view(self, section_id: str, *, create: bool = True) -> JournalView | None:
        """A section's view; built on first use unless ``create`` is False."""
        view = self._views.get(section_id)
        if view is None and create and section_id in self.sections:
            view = self._build_view(self.sections[section_id])
        return view

    def views(self) -> list[JournalView]:
        """Every view built so far."""
        return list(self._views.values())

    def _build_view(self, section: Section) -> JournalView:
        view = section.factory(self.journal, self.stack)
        view.setAccessibleName(section.title)
        view.save_state.connect(self.save_state)
        view.navigate.connect(self.show_section)
        view.open_entry_requested.connect(self.open_entry)
        view.action_requested.connect(self.route_action)
        self._views[section.section_id] = view
        self.stack.addWidget(view)
        return view

    def open_entry(self, entry_uuid: str) -> bool:
        """Show the Journal section with one entry open in its editor."""
        self.show_section("journal")
        target = self.view("journal")
        return target is not None and target.open_entry(entry_uuid)

    def route_action(self, action: str, argument: str) -> bool:
        """Show the section that handles ``action`` and let its view carry it out."""
        for section in self.sections.values():
            if action in section.actions:
                view = self.show_section(section.section_id)
                return view is not None and view.handle_action(action, argument)
        log.error("no section handles the action %s", action)
        return False

    def _on_journal_changed(self, change: Change) -> None:
        for view in list(self._views.values()):
            if change.touches(*view.watches):
                view.journal_changed(change)

    def _on_row_changed(self, row: int) -> None:
        item = self.sidebar.item(row)
        if item is None:
            return
        section_id = item.data(_SECTION_ROLE)
        view = self.view(section_id)
        if view is None:
            return
        self.stack.setCurrentWidget(view)
        view.shown()  # catches up on changes made while it was hidden
        self._update_narrow()  # a view built now may need more room
        self.section_changed.emit(section_id)

    # -- lifecycle -------------------------------------------------------------------

    def flush_all(self) -> None:
        """Save pending edits in every view; raises the first :class:`VaultError`.

        A question being written in its dialog is kept as a draft too.
        """
        first: VaultError | None = None
        for view in self._views.values():
            try:
                view.flush()
            except VaultError as exc:
                first = first or exc
        for dialog in self.findChildren(SessionQuestionDialog):
            try:
                dialog.keep_draft()
            except VaultError as exc:
                first = first or exc
        if first is not None:
            raise first

    def wipe_views(self) -> None:
        """Stop listening to the journal; let each view forget its journal text."""
        self.events.detach()
        for section_id, view in self._views.items():
            try:
                view.wipe()
            except Exception as exc:  # noqa: BLE001 - teardown still scrubs
                log.error("wiping %s failed: %s", section_id, describe_failure(exc))

    def teardown(self) -> None:
        """Scrub and destroy every view (after the journal was closed)."""
        self.events.detach()
        for view in list(self._views.values()):
            self.stack.removeWidget(view)
            wipe.destroy(view)
        self._views.clear()
        self.sidebar.clear()
