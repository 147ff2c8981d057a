"""A lazy timeline: every entry and key event in date order, grouped under headers.

The model holds a window of the stream, never all of it. It grows downwards a page at a
time as a view scrolls (``canFetchMore``/``fetchMore``) and upwards through
:meth:`TimelineModel.fetch_above` (a jump can start the window in the middle of ten
years). Entries come from :class:`EntryService` in keyset pages, or from its search;
key events are few and held in memory, merged into the stream by day. ``data()`` reads
only what is already loaded.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.reports.translated import title_text
from hallpass_journal.services.entries import EntryService
from hallpass_journal.services.events import KeyEventService
from hallpass_journal.ui import operations
from hallpass_journal.ui.models.paged_model import PagedListModel
from hallpass_journal.ui.models.timeline_rows import (
    Header,
    Item,
    Resolution,
    Row,
    RowType,
    TimelineQuery,
    bucket_start,
    with_headers,
)
from hallpass_journal.ui.models.timeline_text import (
    accessible_text,
    event_type_label,
    header_label,
    kind_label,
    qdate,
    shown_title,
)
from hallpass_journal.ui.models.timeline_window import Place, TimelineWindow

PAGE_SIZE = 50
#: A jump at most this many entries beyond what is loaded reads the pages in between;
#: further away the window starts again at the day, so any jump costs about two pages.
NEAR_ROWS = 150

_Index = QModelIndex | QPersistentModelIndex


class TimelineRoles(IntEnum):
    """Item data roles the delegate and the view read."""

    ROW_TYPE = Qt.ItemDataRole.UserRole + 1  # RowType value (int)
    DATE = Qt.ItemDataRole.UserRole + 2  # QDate: the row's day, or a header's first day
    KIND = Qt.ItemDataRole.UserRole + 3  # EntryKind or EventType value (str)
    TITLE = Qt.ItemDataRole.UserRole + 4  # may hold HL_START/HL_END in search mode
    SNIPPET = Qt.ItemDataRole.UserRole + 5  # start of the body or note, maybe marked
    UUID = Qt.ItemDataRole.UserRole + 6  # str
    PRIVATE = Qt.ItemDataRole.UserRole + 7  # bool
    MARKER = Qt.ItemDataRole.UserRole + 8  # "" or the key moment's marker (str)
    KIND_LABEL = Qt.ItemDataRole.UserRole + 9  # the kind or event type, translated


class TimelineModel(PagedListModel):
    """Entries and key events in date order, with a header per day, week or month."""

    #: The rows were replaced (a new filter, order, resolution, a jump far away).
    reloaded = Signal()
    #: Reading failed (e.g. the journal was locked); the text is fit to show.
    load_failed = Signal(str)

    def __init__(
        self,
        entries: EntryService,
        events: KeyEventService,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._window = TimelineWindow(entries, events, page_size, event_type_label)
        self._resolution = Resolution.DAY
        self._rows: list[Row] = []  # the window's items with their headers

    # -- what is shown ---------------------------------------------------------------

    def query(self) -> TimelineQuery:
        """The current filter, search text and whether events are shown."""
        return self._window.query

    def resolution(self) -> Resolution:
        """How rows are grouped."""
        return self._resolution

    def oldest_first(self) -> bool:
        """Whether the oldest rows come first (search results: always newest first).

        The search reads newest first only, so while searching the order is newest first
        whatever was chosen; the choice applies again once the search text is cleared.
        """
        return self._window.oldest_first

    def is_searching(self) -> bool:
        """Whether entries come from a text search."""
        return self._window.searching

    def events_shown(self) -> int:
        """How many key events match the query (in the whole journal, not the window)."""
        return len(self._window.events)

    def set_query(self, query: TimelineQuery) -> None:
        """Show what ``query`` asks for, from the start."""
        self._window.query = replace(query, text=query.text.strip())
        self._reset(Place.START)

    def set_oldest_first(self, oldest_first: bool) -> None:
        """Turn the order around and start from the top again."""
        if oldest_first != self._window.prefer_oldest:
            self._window.prefer_oldest = oldest_first
            if not self.is_searching():
                self._reset(Place.START)

    def set_resolution(self, resolution: Resolution) -> None:
        """Group by day, week or month (the same rows, new headers; nothing is re-read)."""
        if resolution == self._resolution:
            return
        with self._announcing():
            self.beginResetModel()
            self._resolution = resolution
            self._rows = with_headers(self._window.items, resolution, None)
            self.endResetModel()

    def reload(self, *, around: date | None = None) -> None:
        """Read events and entries again (they changed).

        With ``around`` (the day at the top of the screen) the window starts again at
        that day, with a page above it, so a view can put its scroll position and
        selection back however far down it was, for the cost of two pages. Search
        results, which have no such place to start from, are read again from the top,
        as many as were loaded.
        """
        window = self._window
        if around is not None and not window.searching:
            self._reset(window.split_above(around), context_above=True)
        else:
            self._reset(Place.START, min_items=len(window.items))

    def clear(self) -> None:
        """Forget every row and event (the journal is being locked)."""
        with self._announcing():
            self.beginResetModel()
            self._window.clear()
            self._rows = []
            self.endResetModel()

    def _reset(
        self, place: Place | date, *, min_items: int = 0, context_above: bool = False
    ) -> bool:
        window = self._window
        failure = ""
        with self._announcing():
            self.beginResetModel()
            try:
                window.start(place)
                items: list[Item] = []
                if window.more_below:
                    items = window.read_below()
                    while window.more_below and len(items) < min_items:
                        items += window.read_below()
                if window.more_above and (context_above or not items or place is Place.END):
                    items = window.read_above() + items
                window.items = items
                self._rows = with_headers(items, self._resolution, None)
            except VaultError as exc:
                failure = exc.text
                window.clear()
                self._rows = []
            self.endResetModel()
        if failure:
            self.load_failed.emit(failure)
            return False
        self.reloaded.emit()
        return True

    # -- growing the window ----------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """More rows wait below (not asked while background work runs)."""
        return not parent.isValid() and self._window.more_below and not operations.journal_busy()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Load the next page down (views call this as they scroll near the end)."""
        window = self._window
        if parent.isValid() or not window.more_below or self.announcing:
            return
        if operations.journal_busy():
            return  # would wait for the import; its change notice reloads the list
        try:
            items = window.read_below()
        except VaultError as exc:
            window.more_below = False
            self.load_failed.emit(exc.text)
            return
        if not items:
            return
        rows = with_headers(items, self._resolution, window.items[-1] if window.items else None)
        first = len(self._rows)
        with self._announcing():
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            window.items.extend(items)
            self._rows.extend(rows)
            self.endInsertRows()

    def can_fetch_above(self) -> bool:
        """Rows wait above the first one (after a jump)."""
        return self._window.more_above and not operations.journal_busy()

    def fetch_above(self) -> int:
        """Load the page above the first row; returns how many rows were added."""
        window = self._window
        if not window.more_above or self.announcing or operations.journal_busy():
            return 0
        try:
            items = window.read_above()
        except VaultError as exc:
            window.more_above = False
            self.load_failed.emit(exc.text)
            return 0
        if not items:
            return 0
        rows = with_headers(items, self._resolution, None)
        old_top = self._rows[0] if self._rows else None
        # The old first header goes when the new rows end inside its group.
        merged = isinstance(old_top, Header) and old_top.start == bucket_start(
            items[-1].day, self._resolution
        )
        with self._announcing():
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            window.items[0:0] = items
            self._rows[0:0] = rows
            self.endInsertRows()
            if merged:
                at = len(rows)
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self.endRemoveRows()
        return len(rows) - int(merged)

    def at_start(self) -> bool:
        """Whether the first row of the whole timeline is loaded."""
        return not self._window.more_above

    def go_to_start(self) -> None:
        """Start the window at the top of the timeline (Home), if it does not already."""
        if self._window.more_above:
            self._reset(Place.START)

    def go_to_end(self) -> None:
        """Start the window at the bottom of the timeline (End); search rows stay put."""
        if self._window.more_below and not self.is_searching():
            self._reset(Place.END)

    # -- jumping to a day ------------------------------------------------------------

    def row_for_day(self, day: date) -> int:
        """Load what is needed around ``day`` and return the row to show (-1: none).

        Newest first, that is the first row of ``day`` or the nearest day before it;
        oldest first, the first row of that same day (the last one on or before
        ``day``). Rows between the window and the day are read when they are few (a
        count query tells); else the window starts again at the day.
        """
        window = self._window
        split = window.split(day)
        if not window.searching and not (
            window.below_covered(split) and window.above_covered(split)
        ):
            try:
                near = window.gap(day) <= NEAR_ROWS
            except VaultError as exc:
                self.load_failed.emit(exc.text)
                return -1
            if not near:
                self._reset(day, context_above=True)
        while not window.below_covered(split) and self._fetch_step(below=True):
            pass
        while not window.above_covered(split) and self._fetch_step(below=False):
            pass
        if window.oldest_first:
            # The day to land on must be loaded from its first row.
            target_day = window.last_day_before(split)
            while (
                target_day is not None
                and window.items
                and window.items[0].day == target_day
                and self._fetch_step(below=False)
            ):
                pass
        target = window.target(split)
        return self.row_of(target.uuid) if target is not None else -1

    def _fetch_step(self, *, below: bool) -> bool:
        before = len(self._rows)
        if below:
            self.fetchMore(QModelIndex())
        else:
            self.fetch_above()
        return len(self._rows) != before

    # -- the Qt model interface ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows loaded so far (headers included)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Row values from memory only."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, Header):
            return self._header_data(row, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown_title(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(row)
        values: dict[int, object] = {
            TimelineRoles.ROW_TYPE: int(row.type),
            TimelineRoles.DATE: qdate(row.day),
            TimelineRoles.KIND: row.kind,
            TimelineRoles.TITLE: title_text(row.title),
            TimelineRoles.SNIPPET: row.snippet,
            TimelineRoles.UUID: str(row.uuid),
            TimelineRoles.PRIVATE: row.private,
            TimelineRoles.MARKER: row.marker,
            TimelineRoles.KIND_LABEL: kind_label(row),
        }
        return values.get(role)

    def _header_data(self, header: Header, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return header_label(header)
        if role == TimelineRoles.ROW_TYPE:
            return int(RowType.HEADER)
        if role == TimelineRoles.DATE:
            return qdate(header.start)
        return None

    def shown_title(self, item: Item) -> str:
        """The title without marks, or a name for an untitled row."""
        return shown_title(item)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Entries and events are selectable; headers are not."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if 0 <= index.row() < len(self._rows) and isinstance(self._rows[index.row()], Item):
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        """Role names (for debugging and QML-style access)."""
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in TimelineRoles})
        return names

    # -- rows by identity ------------------------------------------------------------

    def is_header(self, row: int) -> bool:
        """Whether ``row`` is a group header."""
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], Header)

    def item_at(self, row: int) -> Item | None:
        """The entry or event in ``row`` (None for a header or no row)."""
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Item) else None

    def row_of(self, item_uuid: uuid_mod.UUID | str) -> int:
        """The row showing an entry or event, or -1 when it is not loaded."""
        wanted = uuid_mod.UUID(str(item_uuid))
        for r, row in enumerate(self._rows):
            if isinstance(row, Item) and row.uuid == wanted:
                return r
        return -1

    def loaded_items(self) -> int:
        """How many entries and events are loaded (headers not counted)."""
        return len(self._window.items)
