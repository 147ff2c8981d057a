"""A lazy list of journal entries (newest first) for the journal view.

The model is a thin adapter over :class:`EntryService`: it holds one page of
summaries at a time and asks for the next page only when a view scrolls near the end
(``canFetchMore``/``fetchMore``). ``data()`` only reads what is already in memory.
"""

from __future__ import annotations

import math
import uuid as uuid_mod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import IntEnum

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import (
    HL_END,
    HL_START,
    SNIPPET_CHARS,
    EntryFilter,
    EntrySummary,
    SearchHit,
)
from hallpass_journal.domain.vocabulary import KIND_LABELS, EntryKind
from hallpass_journal.reports.translated import title_text
from hallpass_journal.services.entries import EntryService
from hallpass_journal.ui import operations
from hallpass_journal.ui.models.paged_model import PagedListModel

PAGE_SIZE = 50

_Index = QModelIndex | QPersistentModelIndex


class EntryRoles(IntEnum):
    """Item data roles the delegate and views read."""

    DATE = Qt.ItemDataRole.UserRole + 1  # QDate the entry is about
    KIND = Qt.ItemDataRole.UserRole + 2  # EntryKind value (str)
    TITLE = Qt.ItemDataRole.UserRole + 3  # title, may hold HL_START/HL_END in search mode
    SNIPPET = Qt.ItemDataRole.UserRole + 4  # start of the body, or a marked search snippet
    UUID = Qt.ItemDataRole.UserRole + 5  # str
    PRIVATE = Qt.ItemDataRole.UserRole + 6  # bool
    #: Marked "bring to my next session" (never True for a private entry: those stay here).
    MARKED = Qt.ItemDataRole.UserRole + 7  # bool


def strip_marks(text: str) -> str:
    """``text`` without search highlight markers."""
    return text.replace(HL_START, "").replace(HL_END, "")


@dataclass(frozen=True)
class _Row:
    uuid: uuid_mod.UUID
    kind: EntryKind
    title: str
    plain_title: str
    about: QDate
    about_iso: str
    snippet: str
    private: bool
    entry_id: float  # database id when known (from a page); +inf for rows added locally
    marked: bool = False

    @property
    def key(self) -> tuple[str, float]:
        """Sort key; the list is ordered by this key, descending (like the query)."""
        return (self.about_iso, self.entry_id)


def _row_from(item: EntrySummary | SearchHit) -> _Row:
    entry_id: float = item.cursor[1] if isinstance(item, EntrySummary) else math.inf
    return _Row(
        uuid=item.uuid,
        kind=item.kind,
        title=item.title,
        plain_title=strip_marks(item.title),
        about=QDate(item.about.year, item.about.month, item.about.day),
        about_iso=item.about.isoformat(),
        snippet=item.snippet,
        private=item.private,
        entry_id=entry_id,
        marked=item.marked,
    )


def _row_from_entry(entry: Entry, entry_id: float, marked: bool) -> _Row:
    return _Row(
        uuid=entry.uuid,
        kind=entry.kind,
        title=entry.title,
        plain_title=entry.title,
        about=QDate(entry.about.year, entry.about.month, entry.about.day),
        about_iso=entry.about.isoformat(),
        snippet=" ".join(entry.body[:SNIPPET_CHARS].split()),
        private=entry.private,
        entry_id=entry_id,
        marked=marked,
    )


def matches_filter(entry: Entry, flt: EntryFilter, marked: bool = False) -> bool:
    """Whether ``entry`` (``marked`` or not) belongs in a list filtered by ``flt``.

    Mirrors the SQL.
    """
    if flt.marked_only and not marked:
        return False
    if flt.kinds and entry.kind not in flt.kinds:
        return False
    if flt.tag and flt.tag.casefold() not in {t.casefold() for t in entry.tags}:
        return False  # tag names are COLLATE NOCASE in the database
    if flt.since and entry.about < flt.since:
        return False
    if flt.until and entry.about > flt.until:
        return False
    return flt.include_private or not entry.private


class EntryListModel(PagedListModel):
    """Entries matching a filter (and optionally a search), loaded a page at a time."""

    #: The list was reset and its first page loaded (filter or search changed).
    reloaded = Signal()
    #: Reading failed (e.g. the journal was locked); the text is fit to show.
    load_failed = Signal(str)

    def __init__(
        self,
        repo: EntryService,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        *,
        is_marked: Callable[[uuid_mod.UUID], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        #: Asks the journal whether an entry not listed yet is marked for the next session.
        self._is_marked = is_marked or (lambda _uuid: False)
        self._page_size = page_size
        self._filter = EntryFilter()
        self._search = ""
        self._rows: list[_Row] = []
        self._uuids: set[uuid_mod.UUID] = set()
        self._cursor: tuple[str, int] | None = None  # last row fetched from the database
        self._offset = 0  # search mode: how many hits the database has given us
        self._more = False

    # -- what is shown ---------------------------------------------------------------

    def filter(self) -> EntryFilter:
        """The current filter."""
        return self._filter

    def searchText(self) -> str:  # noqa: N802 - Qt naming, like the rest of the model
        """The current search text ("" when browsing)."""
        return self._search

    def isSearching(self) -> bool:  # noqa: N802
        """Whether rows are search hits rather than a date-ordered listing."""
        return bool(self._search)

    def setFilter(self, flt: EntryFilter) -> None:  # noqa: N802
        """Show entries matching ``flt``; resets and loads the first page."""
        self._filter = flt
        self.reload()

    def setSearch(self, text: str) -> None:  # noqa: N802
        """Search for ``text`` within the filter ("" browses); resets and reloads."""
        text = text.strip()
        if text == self._search:
            return
        self._search = text
        self.reload()

    def reload(self) -> None:
        """Drop every row and load the first page again."""
        self.beginResetModel()
        self._rows = []
        self._uuids = set()
        self._cursor = None
        self._offset = 0
        self._more = True
        try:
            self._append(self._next_page())
        except VaultError as exc:
            self._more = False
            with self._announcing():
                self.endResetModel()
            self.load_failed.emit(exc.text)
            return
        with self._announcing():
            self.endResetModel()
        self.reloaded.emit()

    def clear(self) -> None:
        """Forget every row (the journal is being locked)."""
        self.beginResetModel()
        self._rows = []
        self._uuids = set()
        self._cursor = None
        self._more = False
        self._search = ""
        with self._announcing():
            self.endResetModel()

    # -- lazy loading ----------------------------------------------------------------

    def _next_page(self) -> list[_Row]:
        if self._search:
            hits = self._repo.search(
                self._search,
                self._filter,
                limit=self._page_size,
                offset=self._offset,
                newest_first=True,
            )
            self._offset += len(hits)
            self._more = len(hits) == self._page_size
            return [_row_from(h) for h in hits]
        page = self._repo.page(self._filter, after=self._cursor, limit=self._page_size)
        if page:
            self._cursor = page[-1].cursor
        self._more = len(page) == self._page_size
        return [_row_from(s) for s in page]

    def _append(self, rows: list[_Row]) -> None:
        # A row added locally (after a save) may come again from the database: skip it.
        for row in rows:
            if row.uuid not in self._uuids:
                self._uuids.add(row.uuid)
                self._rows.append(row)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """More rows wait in the database (not asked while background work runs)."""
        return not parent.isValid() and self._more and not operations.journal_busy()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Load the next page (called by views as they scroll near the end)."""
        if parent.isValid() or not self._more or self.announcing:
            return
        if operations.journal_busy():
            return  # would wait for the import; its change notice reloads the list
        try:
            rows = [r for r in self._next_page() if r.uuid not in self._uuids]
        except VaultError as exc:
            self._more = False
            self.load_failed.emit(exc.text)
            return
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        with self._announcing():
            self.endInsertRows()

    # -- the Qt model interface ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Row values from memory only."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title_text(row.plain_title)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = QCoreApplication.translate("EntryKind", KIND_LABELS[row.kind])
            when = QLocale().toString(row.about, QLocale.FormatType.LongFormat)
            parts = [title_text(row.plain_title), kind, when]
            if row.private:
                parts.append(QCoreApplication.translate("EntryListModel", "private"))
            elif row.marked:
                parts.append(
                    QCoreApplication.translate("EntryListModel", "marked for your next session")
                )
            return ", ".join(p for p in parts if p)
        if role == EntryRoles.DATE:
            return row.about
        if role == EntryRoles.KIND:
            return row.kind.value
        if role == EntryRoles.TITLE:
            return title_text(row.title)
        if role == EntryRoles.SNIPPET:
            return row.snippet
        if role == EntryRoles.UUID:
            return str(row.uuid)
        if role == EntryRoles.PRIVATE:
            return row.private
        if role == EntryRoles.MARKED:
            return row.marked and not row.private
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows are selectable, not editable in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        """Role names (for debugging and QML-style access)."""
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in EntryRoles})
        return names

    # -- single-row updates after the editor saves or deletes -------------------------

    def row_of(self, entry_uuid: uuid_mod.UUID | str) -> int:
        """The row showing ``entry_uuid``, or -1 when it is not loaded."""
        wanted = uuid_mod.UUID(str(entry_uuid))
        if wanted not in self._uuids:
            return -1
        return next(i for i, r in enumerate(self._rows) if r.uuid == wanted)

    def uuid_at(self, row: int) -> uuid_mod.UUID | None:
        """The entry shown in ``row``."""
        return self._rows[row].uuid if 0 <= row < len(self._rows) else None

    def upsert_entry(self, entry: Entry) -> int:
        """Show ``entry`` as saved: update, move, insert or drop its single row.

        Returns its row afterwards, or -1 when it is not shown. In search mode only rows
        already listed are updated: whether new text matches is the index's business.
        """
        old = self.row_of(entry.uuid)
        marked = self._rows[old].marked if old >= 0 else self._marked(entry.uuid)
        if not matches_filter(entry, self._filter, marked):
            if old >= 0:
                self.remove_entry(entry.uuid)
            return -1
        if self._search:
            if old < 0:
                return -1
            prev = self._rows[old]
            self._rows[old] = replace(
                prev,
                kind=entry.kind,
                private=entry.private,
                about=QDate(entry.about.year, entry.about.month, entry.about.day),
                about_iso=entry.about.isoformat(),
                title=entry.title if entry.title != prev.plain_title else prev.title,
                plain_title=entry.title,
            )
            idx = self.index(old)
            with self._announcing():
                self.dataChanged.emit(idx, idx)
            return old
        entry_id = self._rows[old].entry_id if old >= 0 else math.inf
        row = _row_from_entry(entry, entry_id, marked)
        others = [r for r in self._rows if r.uuid != entry.uuid]
        pos = next((i for i, r in enumerate(others) if r.key < row.key), len(others))
        if pos == len(others) and self._more:
            # It belongs past the loaded pages: the next fetch brings it.
            if old >= 0:
                self.remove_entry(entry.uuid)
            return -1
        if old < 0:
            self.beginInsertRows(QModelIndex(), pos, pos)
            self._rows.insert(pos, row)
            self._uuids.add(row.uuid)
            with self._announcing():
                self.endInsertRows()
            return pos
        if pos != old:
            # A move (not remove + insert) keeps the view's selection on this row.
            dest = pos if pos < old else pos + 1
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), dest)
            del self._rows[old]
            self._rows.insert(pos, row)
            with self._announcing():
                self.endMoveRows()
        else:
            self._rows[old] = row
        idx = self.index(pos)
        with self._announcing():
            self.dataChanged.emit(idx, idx)
        return pos

    def _marked(self, entry_uuid: uuid_mod.UUID) -> bool:
        try:
            return self._is_marked(entry_uuid)
        except VaultError:
            return False  # shown unmarked; the next change notice tries again

    def set_marked(self, entry_uuid: uuid_mod.UUID, marked: bool) -> bool:
        """Show a listed entry as marked (or not) for the next session; False if not listed.

        Under a "marked only" filter an unmarked row leaves the list (a newly marked
        entry is added by :meth:`upsert_entry`, which needs the whole entry).
        """
        row = self.row_of(entry_uuid)
        if row < 0:
            return False
        if self._filter.marked_only and not marked:
            return self.remove_entry(entry_uuid)
        if self._rows[row].marked != marked:
            self._rows[row] = replace(self._rows[row], marked=marked)
            idx = self.index(row)
            with self._announcing():
                self.dataChanged.emit(idx, idx)
        return True

    def update_marks(
        self, uuids: Iterable[uuid_mod.UUID], get_entry: Callable[[uuid_mod.UUID], Entry | None]
    ) -> None:
        """Show the marks of ``uuids`` as they are now (some may be questions: not listed).

        A listed row is updated; under a "marked only" filter a newly marked entry joins
        the list (``get_entry`` reads it), an unmarked one leaves it. May raise
        :class:`VaultError`.
        """
        for entry_uuid in uuids:
            if self.row_of(entry_uuid) >= 0:
                self.set_marked(entry_uuid, self._is_marked(entry_uuid))
            elif self._filter.marked_only and not self._search:
                entry = get_entry(entry_uuid)
                if entry is not None:
                    self.upsert_entry(entry)

    def remove_entry(self, entry_uuid: uuid_mod.UUID | str) -> bool:
        """Drop the row of a deleted (or no longer matching) entry."""
        row = self.row_of(entry_uuid)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self._rows.pop(row)
        self._uuids.discard(gone.uuid)
        if self._search:  # the database has one hit fewer before our offset
            self._offset = max(0, self._offset - 1)
        with self._announcing():
            self.endRemoveRows()
        return True
