"""The Timeline section: every entry and key event in date order, grouped, searchable.

The list is a lazy window over the journal (see :mod:`..models.timeline_model`): ten
years of entries scroll, filter and jump without ever being loaded at once. Opening a
row shows it where it is edited: free and feelings entries in the Journal, guided ones
in their form, key events in the Agreement section (which lists key moments).
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget, QVBoxLayout, QWidget

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.models.timeline_model import TimelineModel
from hallpass_journal.ui.models.timeline_rows import Resolution, RowType, TimelineQuery
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.views.timeline_controls import TimelineControls
from hallpass_journal.ui.widgets.entry_editor import EDITABLE_KINDS
from hallpass_journal.ui.widgets.timeline_delegate import TimelineDelegate
from hallpass_journal.ui.widgets.timeline_list import TimelineList
from hallpass_journal.ui.windows.sections import AGREEMENT_SHOW, GUIDED_OPEN, TIMELINE_DAY


class TimelineView(JournalView):
    """Entries and key events over time, with filters, grouping and jump to a date."""

    section_id = "timeline"
    watches = frozenset({Area.ENTRIES, Area.EVENTS, Area.AGREEMENTS})
    #: The rows were loaded again (a filter, the order, a jump); tests wait on this.
    list_updated = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.model = TimelineModel(journal.entries, journal.events, self)
        self.model.load_failed.connect(self.save_state)
        self._build()
        self._apply_query()
        # The tag filter's choices (a count per tag, growing with the journal) are read
        # just after the first page is on screen.
        QTimer.singleShot(0, self, self._reload_tags)

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 8)

        self.controls = TimelineControls(self)
        self.controls.query_changed.connect(self._apply_query)
        self.controls.order_changed.connect(self._set_order)
        self.controls.resolution_changed.connect(self._set_resolution)
        self.controls.jump_requested.connect(self.jump_to)
        self.search_edit = self.controls.search_edit
        self.filters = self.controls.filters
        column.addWidget(self.controls)

        self._stack = QStackedWidget(self)
        self.list_view = TimelineList(self)
        self.list_view.setAccessibleName(self.tr("Timeline"))
        self.list_view.setAccessibleDescription(
            self.tr("Enter opens the entry or moment. Home and End go to either end.")
        )
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(TimelineDelegate(self.list_view))
        self.list_view.open_requested.connect(self._open)
        self.list_view.activated.connect(self._open)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setMargin(24)
        self._stack.addWidget(self.list_view)
        self._stack.addWidget(self.empty_label)
        column.addWidget(self._stack, 1)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count_label.setProperty("role", "muted")
        column.addWidget(self.count_label)
        QWidget.setTabOrder(self.filters.until_edit, self.list_view)

    # -- what is shown ---------------------------------------------------------------

    def current_query(self) -> TimelineQuery:
        """What the controls ask for."""
        return self.controls.query()

    def _apply_query(self) -> None:
        self.model.set_query(self.current_query())
        self._after_reload()

    def _set_order(self, oldest_first: bool) -> None:
        self.model.set_oldest_first(oldest_first)
        self._after_reload()

    def _set_resolution(self, resolution: Resolution) -> None:
        current = self._current_uuid()
        self.model.set_resolution(resolution)
        self._select(current)
        self._after_reload(scroll=False)

    def _after_reload(self, *, scroll: bool = True) -> None:
        if scroll and not self.list_view.currentIndex().isValid():
            self.list_view.scrollToTop()
        self._update_status()
        self.list_updated.emit()

    def _reload_tags(self) -> None:
        if not self.filters.reload_tags(self.journal.entries):
            self._apply_query()  # the chosen tag is gone

    def _update_status(self) -> None:
        rows = self.model.rowCount()
        query = self.model.query()
        if rows:
            self._stack.setCurrentWidget(self.list_view)
        else:
            if query.text or query.filter != EntryFilter() or not query.with_events:
                text = self.tr("Nothing matches. Try other words or fewer filters.")
            else:
                text = self.tr(
                    "Nothing here yet. Entries and key moments will line up here, "
                    "day by day, as you write them."
                )
            self.empty_label.setText(text)
            self._stack.setCurrentWidget(self.empty_label)
        if self.model.is_searching():
            more = "+" if self.model.canFetchMore(QModelIndex()) else ""
            found = self.model.loaded_items()
            self.count_label.setText(self.tr("{count}{more} found").format(count=found, more=more))
            return
        # Counting every entry grows with the journal: it comes just after the first page
        # is on screen, never before it.
        self._count_timer.start()

    def _update_count(self) -> None:
        query = self.model.query()
        events = self.model.events_shown()
        try:
            total = self.journal.entries.count(query.filter)
        except VaultError:
            total = 0
        parts = []
        if total:
            parts.append(
                self.tr("1 entry") if total == 1 else self.tr("{n} entries").format(n=total)
            )
        if events:
            parts.append(
                self.tr("1 key event")
                if events == 1
                else self.tr("{n} key events").format(n=events)
            )
        self.count_label.setText(" · ".join(parts))

    def focus_search(self) -> bool:
        """Put the cursor in the search box (the shell's Find shortcut)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
        return True

    # -- selection and jumping -------------------------------------------------------

    def _current_uuid(self) -> uuid_mod.UUID | None:
        item = self.model.item_at(self.list_view.currentIndex().row())
        return item.uuid if item is not None else None

    def _select(self, item_uuid: uuid_mod.UUID | None) -> bool:
        row = self.model.row_of(item_uuid) if item_uuid is not None else -1
        if row < 0:
            return False
        index = self.model.index(row)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def jump_to(self, day: date) -> bool:
        """Show ``day`` (or the nearest day before it with something on it)."""
        self.controls.flush_search()
        row = self.model.row_for_day(day)
        self._update_status()
        if row < 0:
            return False
        index = self.model.index(row)
        self.list_view.setCurrentIndex(index)
        # Its group's header too, when the row starts the group.
        top = self.model.index(row - 1) if self.model.is_header(row - 1) else index
        self.list_view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list_updated.emit()
        return True

    def handle_action(self, action: str, argument: str) -> bool:
        """``TIMELINE_DAY``: show that day, with everything on it.

        The search text and the kind, tag and date filters are cleared first: with any
        of them left, the day's own rows could be hidden and the jump would land,
        without a word, on the nearest matching day before it (months earlier, say).
        """
        if action != TIMELINE_DAY:
            return False
        try:
            day = date.fromisoformat(argument)
        except ValueError:
            return False
        self._show_everything()
        self.controls.set_jump_date(day)
        return self.jump_to(day)

    def _show_everything(self) -> None:
        """Clear the search text and every filter, loading the rows again once."""
        filters = self.filters
        combos = (filters.kind_combo, filters.tag_combo, filters.date_combo)
        had_text = bool(self.search_edit.text())
        if not had_text and all(combo.currentIndex() <= 0 for combo in combos):
            return
        for combo in combos:
            combo.blockSignals(True)
        try:
            for combo in combos:
                if combo.count():
                    combo.setCurrentIndex(0)  # "All kinds", "All tags", "Any date"
        finally:
            for combo in combos:
                combo.blockSignals(False)
        filters.range.hide()  # the "Choose dates…" fields
        if had_text:
            self.search_edit.clear()  # starts the pause after typing...
            self.controls.flush_search()  # ...which ends now: -> _apply_query
        else:
            self._apply_query()

    # -- opening ---------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is None:
            return
        if item.type is RowType.EVENT:
            self.action_requested.emit(AGREEMENT_SHOW, "")
            return
        try:
            entry = self.journal.entries.get(item.uuid)
        except VaultError as exc:
            self.save_state.emit(exc.text)
            return
        if entry is None:  # deleted meanwhile
            self.refresh()
            return
        if (
            entry.kind not in EDITABLE_KINDS
            and guided_content.template_for(entry.kind, entry.answers) is not None
        ):
            self.action_requested.emit(GUIDED_OPEN, str(entry.uuid))
        else:
            self.open_entry_requested.emit(str(entry.uuid))

    # -- JournalView -----------------------------------------------------------------

    def refresh(self) -> None:
        """Entries, events or agreements changed: read again, keeping the place."""
        current = self._current_uuid()
        # The first entry or event on screen, and where it is, to put back afterwards.
        top = self.list_view.indexAt(QPoint(1, 1)).row()
        if self.model.is_header(top):
            top += 1
        top_item = self.model.item_at(top)
        offset = self.list_view.visualRect(self.model.index(top)).top() if top_item else 0
        self._reload_tags()
        self.model.reload(around=top_item.day if top_item is not None else None)
        if top_item is not None and (row := self.model.row_of(top_item.uuid)) >= 0:
            self.list_view.scrollTo(
                self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop
            )
            bar = self.list_view.verticalScrollBar()
            bar.setValue(bar.value() - offset)
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.list_view.setCurrentIndex(self.model.index(row))
        self._update_status()
        self.list_updated.emit()

    def wipe(self) -> None:
        """Forget all journal text shown here (the journal is being locked)."""
        self._count_timer.stop()  # nothing is counted from a journal being locked
        self.model.clear()
        self.controls.forget()
        self.count_label.clear()
        self.empty_label.clear()
