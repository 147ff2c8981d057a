"""The Journal section: search and filters, the lazy entry list, and the editor.

Entries marked for the next session are tagged in the list and can be listed alone.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.models.entry_list_model import EntryListModel, EntryRoles
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.views.journal_filters import JournalFilters
from hallpass_journal.ui.widgets.entry_delegate import EntryDelegate, kind_icon, kind_label
from hallpass_journal.ui.widgets.entry_editor import EDITABLE_KINDS, EntryEditor
from hallpass_journal.ui.widgets.session_controls import popup_actions
from hallpass_journal.ui.windows.sections import GUIDED_OPEN, JOURNAL_MARKED

SEARCH_DEBOUNCE_MS = 200
#: The list's usual width, and its narrowest (room for the editor in a small window).
LIST_WIDTH = 390
LIST_MIN_WIDTH = 250
EDITOR_MIN_WIDTH = 360
#: A change to more entries than this reloads the list instead of updating rows.
MAX_ROW_UPDATES = 20


class JournalListView(JournalView):
    """Every entry, newest first, with search, filters and an editor beside the list."""

    section_id = "journal"
    watches = frozenset({Area.ENTRIES, Area.SESSION})
    #: The list was reloaded for a new search or filter (tests wait on this).
    list_updated = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self._syncing = False
        self.model = EntryListModel(journal.entries, self, is_marked=journal.session.is_marked)
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
        left.setMinimumWidth(LIST_MIN_WIDTH)
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

        self.filters = JournalFilters(left)
        self.filters.changed.connect(self._apply_filter)
        self.kind_combo, self.tag_combo = self.filters.kind_combo, self.filters.tag_combo
        self.date_combo = self.filters.date_combo
        self.since_edit, self.until_edit = self.filters.since_edit, self.filters.until_edit
        col.addWidget(self.filters)

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
        # A click, or Enter, opens a guided entry in its own form (the Guides section).
        self.list_view.clicked.connect(self._open_if_guided)
        self.list_view.activated.connect(self._open_if_guided)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._show_row_menu)
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
        self.editor.restored.connect(self._on_restored)
        self.editor.deleted.connect(self._on_deleted)
        self.editor.session.marked.connect(self._on_marked)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        # The editor scrolls up and down only: it is never made narrower than its form.
        self._editor_form = self.editor.findChild(QScrollArea)
        form = self._editor_form.widget() if self._editor_form is not None else None
        if form is not None:
            form.installEventFilter(self)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        self._split_set = False  # the list's width is chosen once the view has its size
        #: The row's context menu last shown (tests read it).
        self.row_menu: QMenu | None = None

        QWidget.setTabOrder(self.search_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.tag_combo)
        QWidget.setTabOrder(self.tag_combo, self.date_combo)
        QWidget.setTabOrder(self.date_combo, self.filters.marked_check)
        QWidget.setTabOrder(self.filters.marked_check, self.since_edit)
        QWidget.setTabOrder(self.since_edit, self.until_edit)
        QWidget.setTabOrder(self.until_edit, self.list_view)
        QWidget.setTabOrder(self.list_view, self.editor.title_edit)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """First shown: the list gets its usual width, the editor the rest."""
        super().showEvent(event)
        if not self._split_set:
            self._split_set = True
            total = self._splitter.width() - self._splitter.handleWidth()
            room = total - self.editor.minimumWidth()
            width = min(LIST_WIDTH, max(LIST_MIN_WIDTH, room))
            self._splitter.setSizes([width, max(total - width, 1)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The editor's form was laid out again: keep room for all of it."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_editor()
        return super().eventFilter(watched, event)

    def _fit_editor(self) -> None:
        scroll = self._editor_form
        form = scroll.widget() if scroll is not None else None
        if scroll is None or form is None:
            return
        bar = scroll.verticalScrollBar().sizeHint().width()
        need = form.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()
        if need != self.editor.minimumWidth():
            self.editor.setMinimumWidth(max(need, EDITOR_MIN_WIDTH))

    # -- filters and search ----------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        """The filter the controls describe."""
        return self.filters.current_filter()

    def _apply_filter(self) -> None:
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
        if not self.filters.reload_tags(self.journal.entries):
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
        elif not self.model.isSearching() and self.model.filter() == EntryFilter(
            marked_only=True, include_private=False
        ):
            self.empty_label.setText(
                self.tr(
                    "No entries are marked for your next session. To bring one, open it and "
                    "tick “Bring to my next session”."
                )
            )
            self._list_stack.setCurrentWidget(self.empty_label)
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

    def _open_if_guided(self, index: QModelIndex) -> None:
        kind = index.data(EntryRoles.KIND)
        if kind is None or EntryKind(kind) in EDITABLE_KINDS:
            return
        wanted = self.model.uuid_at(index.row())
        try:
            entry = self.journal.entries.get(wanted) if wanted is not None else None
        except VaultError as exc:
            self.save_state.emit(exc.text)
            return
        if entry is not None:
            self._open_guided(entry)

    def _open_guided(self, entry: Entry) -> bool:
        """Ask for ``entry``'s guided form if it was written with one; False if not."""
        if entry.kind in EDITABLE_KINDS:
            return False
        if guided_content.template_for(entry.kind, entry.answers) is None:
            return False
        self.action_requested.emit(GUIDED_OPEN, str(entry.uuid))
        return True

    def open_entry(self, entry_uuid: str | uuid_mod.UUID) -> bool:
        """Open one entry in the editor (e.g. chosen on the Home view).

        An entry written with a guided form opens in that form (the Guides section).
        """
        wanted = uuid_mod.UUID(str(entry_uuid))
        try:
            entry = self.journal.entries.get(wanted)
        except VaultError as exc:
            self.save_state.emit(exc.text)
            return False
        if entry is not None and self._open_guided(entry):
            return True
        if wanted != self.editor.current_uuid() and (entry is None or not self.editor.load(entry)):
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

    def _on_restored(self, entry: Entry) -> None:
        """Undo brought a deleted entry back: list it again, among search results too."""
        self._on_saved(entry)
        if self.model.isSearching() and self.model.row_of(entry.uuid) < 0:
            # Search rows come from the index, which now holds the entry again: ask it.
            # (The change notice for this save is the editor's own, so it is skipped.)
            self._reload(self.model.reload)

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
        """Entries or marks changed elsewhere (Home, an agreement, an import): update rows.

        The editor's own saves are already shown (``_on_saved``); a few other entries
        are updated row by row, keeping the scroll position; many, or any change to
        entries while searching (whether new text matches is the index's business),
        reload the list.
        """
        uuids = change.uuids
        entries = change.touches(Area.ENTRIES)
        others = uuids - {self.editor.current_uuid()}
        if (
            not uuids
            or len(uuids) > MAX_ROW_UPDATES
            or (entries and others and self.model.isSearching())
        ):
            super().journal_changed(change)
            self.editor.session.reread()
            return
        self._syncing = True
        try:
            if entries:
                for entry_uuid in others:
                    entry = self.journal.entries.get(entry_uuid)
                    if entry is None:
                        self.model.remove_entry(entry_uuid)
                    else:
                        self.model.upsert_entry(entry)
            if change.touches(Area.SESSION):
                self._marks_changed(uuids)
            self._select(self.editor.current_uuid())
        except VaultError as exc:
            self.save_state.emit(exc.text)
        finally:
            self._syncing = False
        if entries and others:
            self._reload_tags()
        self._update_empty_state()

    def _marks_changed(self, uuids: frozenset[uuid_mod.UUID]) -> None:
        """Show marks as they are now, in the editor and the list."""
        if self.editor.current_uuid() in uuids:
            self.editor.session.reread()
        self.model.update_marks(uuids, self.journal.entries.get)

    def _on_marked(self, entry_uuid: uuid_mod.UUID, marked: bool) -> None:
        """The editor marked its entry: show it in the list now (a notice may not come)."""
        self._syncing = True
        try:
            self._marks_changed(frozenset({entry_uuid}))
            self._select(self.editor.current_uuid())
        except VaultError as exc:
            self.save_state.emit(exc.text)
            return
        finally:
            self._syncing = False
        self._update_empty_state()
        if marked:
            self.save_state.emit(self.tr("Marked for your next session"))
        else:
            self.save_state.emit(self.tr("No longer marked for your next session"))

    # -- the next session ------------------------------------------------------------

    def _show_row_menu(self, pos: QPoint) -> None:
        """The row's menu: mark it for the next session, or add a question from it."""
        index = self.list_view.indexAt(pos)
        if index.isValid():
            self.list_view.setCurrentIndex(index)  # opens it in the editor
        if index.isValid() and self.model.uuid_at(index.row()) == self.editor.current_uuid():
            at = self.list_view.viewport().mapToGlobal(pos)
            self.row_menu = popup_actions(self.entry_actions(), self.list_view, at)

    def entry_actions(self) -> list[QAction]:
        """For the open entry: bring it to my next session, add a question from it."""
        return [self.editor.session.mark_action, self.editor.session.question_action]

    def handle_action(self, action: str, argument: str) -> bool:
        """List just the entries marked for the next session (asked for on Home)."""
        if action == JOURNAL_MARKED:
            self.search_edit.clear()  # every marked entry, not just those matching
            self._search_timer.stop()
            self._apply_search()
            self.filters.show_marked_only()
            return True
        return False

    def refresh(self) -> None:
        """Reload tags and the list (many entries changed)."""
        self._reload_tags()
        self._reload(self.model.reload)

    def wipe(self) -> None:
        """Forget all journal text shown here (the journal is being locked)."""
        self.editor.wipe()
        self.model.clear()
        self.search_edit.blockSignals(True)
        self.search_edit.setText("")  # also drops the line edit's undo history
        self.search_edit.blockSignals(False)
        self.filters.forget_tags()
        self._search_timer.stop()
