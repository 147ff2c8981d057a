"""The Journal section: search and filters, the lazy entry list, and the editor."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.models.entry_list_model import EntryListModel
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.entry_delegate import EntryDelegate, kind_icon, kind_label
from hallpass_journal.ui.widgets.entry_editor import EntryEditor

SEARCH_DEBOUNCE_MS = 200
#: A change to more entries than this reloads the list instead of updating rows.
MAX_ROW_UPDATES = 20
_CUSTOM = -1


class JournalListView(JournalView):
    """Every entry, newest first, with search, filters and an editor beside the list."""

    section_id = "journal"
    watches = frozenset({Area.ENTRIES})
    #: The list was reloaded for a new search or filter (tests wait on this).
    list_updated = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self._syncing = False
        self.model = EntryListModel(journal.entries, self)
        self.model.load_failed.connect(self.save_state)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._build()
        self._reload_tags()
        self._apply_filter()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        left = QWidget(splitter)
        left.setMinimumWidth(300)
        col = QVBoxLayout(left)
        col.setContentsMargins(10, 10, 6, 10)

        top = QHBoxLayout()
        self.search_edit = QLineEdit(left)
        self.search_edit.setPlaceholderText(self.tr("Search your journal"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search your journal"))
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.new_button = QToolButton(left)
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.clicked.connect(lambda: self.new_entry(EntryKind.FREE))
        menu = QMenu(self.new_button)
        for kind in (EntryKind.FREE, EntryKind.FEELINGS):
            action = menu.addAction(kind_icon(kind), kind_label(kind))
            action.triggered.connect(lambda _=False, k=kind: self.new_entry(k))
        self.new_button.setMenu(menu)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        col.addLayout(top)

        filters = QHBoxLayout()
        self.kind_combo = QComboBox(left)
        self.kind_combo.setAccessibleName(self.tr("Show entries of kind"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in EntryKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.tag_combo = QComboBox(left)
        self.tag_combo.setAccessibleName(self.tr("Show entries with tag"))
        self.date_combo = QComboBox(left)
        self.date_combo.setAccessibleName(self.tr("Show entries from"))
        for label, days in (
            (self.tr("Any date"), 0),
            (self.tr("Past week"), 7),
            (self.tr("Past month"), 30),
            (self.tr("Past 3 months"), 91),
            (self.tr("Past year"), 365),
            (self.tr("Choose dates…"), _CUSTOM),
        ):
            self.date_combo.addItem(label, days)
        for combo in (self.kind_combo, self.tag_combo, self.date_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self._apply_filter)
            filters.addWidget(combo, 1)
        col.addLayout(filters)

        self._range = QWidget(left)
        range_row = QHBoxLayout(self._range)
        range_row.setContentsMargins(0, 0, 0, 0)
        today = QDate.currentDate()
        self.since_edit = self._date_edit(today.addDays(-30), self.tr("From date"))
        self.until_edit = self._date_edit(today, self.tr("To date"))
        range_row.addWidget(QLabel(self.tr("From"), self._range))
        range_row.addWidget(self.since_edit, 1)
        range_row.addWidget(QLabel(self.tr("to"), self._range))
        range_row.addWidget(self.until_edit, 1)
        self._range.hide()
        col.addWidget(self._range)

        self._list_stack = QStackedWidget(left)
        self.list_view = QListView(left)
        self.list_view.setAccessibleName(self.tr("Entries"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        delete = QAction(self.tr("Delete entry"), self.list_view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.list_view.addAction(delete)
        self.empty_label = QLabel(left)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setMargin(24)
        self._list_stack.addWidget(self.list_view)
        self._list_stack.addWidget(self.empty_label)
        col.addWidget(self._list_stack, 1)
        self.count_label = QLabel(left)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count_label.setProperty("role", "muted")
        col.addWidget(self.count_label)

        self.editor = EntryEditor(self.journal, splitter)
        self.editor.save_state.connect(self.save_state)
        self.editor.saved.connect(self._on_saved)
        self.editor.restored.connect(self._on_saved)
        self.editor.deleted.connect(self._on_deleted)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([390, 720])

        QWidget.setTabOrder(self.search_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.tag_combo)
        QWidget.setTabOrder(self.tag_combo, self.date_combo)
        QWidget.setTabOrder(self.date_combo, self.since_edit)
        QWidget.setTabOrder(self.since_edit, self.until_edit)
        QWidget.setTabOrder(self.until_edit, self.list_view)
        QWidget.setTabOrder(self.list_view, self.editor.title_edit)

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._apply_filter)
        return edit

    # -- filters and search ----------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        """The filter the controls describe."""
        kind = self.kind_combo.currentData()
        tag = self.tag_combo.currentData()
        days = self.date_combo.currentData() or 0
        since: date | None = None
        until: date | None = None
        if days == _CUSTOM:
            first, last = self.since_edit.date(), self.until_edit.date()
            if first > last:
                first, last = last, first
            since, until = (
                date(first.year(), first.month(), first.day()),
                date(last.year(), last.month(), last.day()),
            )
        elif days:
            since = date.today() - timedelta(days=days)
        return EntryFilter(
            kinds=frozenset({EntryKind(kind)}) if kind else frozenset(),
            tag=tag or None,
            since=since,
            until=until,
        )

    def _apply_filter(self) -> None:
        self._range.setVisible(self.date_combo.currentData() == _CUSTOM)
        self._reload(lambda: self.model.setFilter(self.current_filter()))

    def _apply_search(self) -> None:
        self._reload(lambda: self.model.setSearch(self.search_edit.text()))

    def _reload(self, change: Callable[[], None]) -> None:
        self._syncing = True
        try:
            change()
            self._select(self.editor.current_uuid())
        finally:
            self._syncing = False
        self._update_empty_state()
        self.list_updated.emit()

    def _reload_tags(self) -> None:
        current = self.tag_combo.currentData()
        try:
            names = [name for name, _count in self.journal.entries.tags()]
        except VaultError:
            names = []
        self.tag_combo.blockSignals(True)
        try:
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("All tags"), None)
            for name in names:
                self.tag_combo.addItem(name, name)
            found = self.tag_combo.findData(current) if current else 0
            self.tag_combo.setCurrentIndex(max(found, 0))
        finally:
            self.tag_combo.blockSignals(False)
        if current and self.tag_combo.currentData() != current:
            self._apply_filter()  # the chosen tag is gone

    def focus_search(self) -> bool:
        """Put the cursor in the search box (the shell's Find shortcut)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
        return True

    def _update_empty_state(self) -> None:
        rows = self.model.rowCount()
        if rows:
            self._list_stack.setCurrentWidget(self.list_view)
        elif self.model.isSearching() or self.model.filter() != EntryFilter():
            self.empty_label.setText(self.tr("No entries match. Try other words or fewer filters."))
            self._list_stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(
                self.tr(
                    "Nothing here yet. Whenever you are ready, a few lines are enough to begin."
                )
            )
            self._list_stack.setCurrentWidget(self.empty_label)
        if self.model.isSearching():
            more = "+" if self.model.canFetchMore(QModelIndex()) else ""
            self.count_label.setText(self.tr("{count}{more} found").format(count=rows, more=more))
        else:
            try:
                total = self.journal.entries.count(self.model.filter())
            except VaultError:
                total = rows
            if total == 0:
                self.count_label.clear()  # the empty-state sentence says enough
            elif total == 1:
                self.count_label.setText(self.tr("1 entry"))
            else:
                self.count_label.setText(self.tr("{count} entries").format(count=total))

    # -- selection and editing -------------------------------------------------------

    def _select(self, entry_uuid: uuid_mod.UUID | None) -> None:
        row = self.model.row_of(entry_uuid) if entry_uuid else -1
        was = self._syncing
        self._syncing = True
        try:
            if row >= 0:
                index = self.model.index(row)
                self.list_view.setCurrentIndex(index)
                self.list_view.scrollTo(index)
            else:
                self.list_view.selectionModel().clear()
        finally:
            self._syncing = was

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        wanted = self.model.uuid_at(current.row())
        if wanted is None or wanted == self.editor.current_uuid():
            return
        try:
            entry = self.journal.entries.get(wanted)
        except VaultError as exc:
            self.save_state.emit(exc.text)
            return
        if entry is None:
            self.model.remove_entry(wanted)  # deleted meanwhile (elsewhere)
        if entry is None or not self.editor.load(entry):
            # Gone, or the open entry could not be saved: keep it open and selected.
            self._select(self.editor.current_uuid())

    def new_entry(self, kind: EntryKind = EntryKind.FREE) -> bool:
        """Start a new entry in the editor (the shell's New shortcut)."""
        if not self.editor.new_entry(kind):
            return False
        self._select(None)
        return True

    def open_entry(self, entry_uuid: str | uuid_mod.UUID) -> bool:
        """Open one entry in the editor (e.g. chosen on the Home view)."""
        wanted = uuid_mod.UUID(str(entry_uuid))
        if wanted != self.editor.current_uuid():
            try:
                entry = self.journal.entries.get(wanted)
            except VaultError as exc:
                self.save_state.emit(exc.text)
                return False
            if entry is None or not self.editor.load(entry):
                return False
        self._select(wanted)
        return True

    def _delete_current(self) -> None:
        if self.editor.current_uuid() is not None:
            self.editor.delete_entry()

    def _on_saved(self, entry: Entry) -> None:
        self._syncing = True
        try:
            self.model.upsert_entry(entry)
            self._select(entry.uuid)
        finally:
            self._syncing = False
        known = {self.tag_combo.itemData(i) for i in range(1, self.tag_combo.count())}
        if not set(entry.tags) <= known:
            self._reload_tags()
        self._update_empty_state()

    def _on_deleted(self, entry: Entry) -> None:
        self._syncing = True
        try:
            self.model.remove_entry(entry.uuid)
            self._select(None)
        finally:
            self._syncing = False
        self._update_empty_state()

    # -- JournalView -----------------------------------------------------------------

    def flush(self) -> None:
        """Save the open entry now; raises the :class:`VaultError` if that failed.

        The text stays in the editor either way, so the caller can say why and retry.
        """
        if not self.editor.flush() and self.editor.last_error is not None:
            raise self.editor.last_error

    def journal_changed(self, change: Change) -> None:
        """Entries changed elsewhere (Home, an agreement, an import): update their rows.

        The editor's own saves are already shown (``_on_saved``); a few other entries
        are updated row by row, keeping the scroll position; many, or any change while
        searching (whether new text matches is the index's business), reload the list.
        """
        others = change.uuids - {self.editor.current_uuid()}
        if change.uuids and not others:
            return
        if not change.uuids or len(others) > MAX_ROW_UPDATES or self.model.isSearching():
            super().journal_changed(change)
            return
        self._syncing = True
        try:
            for entry_uuid in others:
                entry = self.journal.entries.get(entry_uuid)
                if entry is None:
                    self.model.remove_entry(entry_uuid)
                else:
                    self.model.upsert_entry(entry)
            self._select(self.editor.current_uuid())
        except VaultError as exc:
            self.save_state.emit(exc.text)
        finally:
            self._syncing = False
        self._reload_tags()
        self._update_empty_state()

    def refresh(self) -> None:
        """Reload tags and the list (many entries changed)."""
        self._reload_tags()
        self._reload(self.model.reload)

    def wipe(self) -> None:
        """Forget all journal text shown here (the journal is being locked)."""
        self.editor.wipe()
        self.model.clear()
        for widget in (self.search_edit, self.tag_combo):
            widget.blockSignals(True)
        self.search_edit.setText("")  # also drops the line edit's undo history
        self.tag_combo.clear()
        for widget in (self.search_edit, self.tag_combo):
            widget.blockSignals(False)
        self._search_timer.stop()
