"""The entries an export would hold, oldest first, each with a tick: a lazy list model.

Ten years of entries never load at once: the model holds the pages a view has scrolled
to (``canFetchMore``/``fetchMore``), reads summaries only (no bodies), and counts the
rest in SQL, the unticked ones too. Every entry starts ticked; an unticked one is
remembered in :meth:`ExportPreviewModel.excluded`, also while a filter change hides it,
so widening the period again finds it still unticked. Private entries are never listed: the filter
always says so, and each row is checked again.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterator
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

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntryFilter, EntrySummary
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.reports.translated import title_text
from hallpass_journal.services.entries import EntryService
from hallpass_journal.ui import operations
from hallpass_journal.ui.models.paged_model import PagedListModel
from hallpass_journal.ui.widgets.entry_delegate import kind_icon, kind_label

PAGE_SIZE = 100
#: Pages read to count or tick every matching entry (summaries only).
SCAN_PAGE = 500

_Index = QModelIndex | QPersistentModelIndex


class PreviewRoles(IntEnum):
    """Item data roles the preview's delegate reads."""

    UUID = Qt.ItemDataRole.UserRole + 1  # str
    KIND = Qt.ItemDataRole.UserRole + 2  # EntryKind value (str)
    DATE = Qt.ItemDataRole.UserRole + 3  # QDate the entry is about
    DETAIL = Qt.ItemDataRole.UserRole + 4  # "3 June 2024 · Feelings check-in"
    MARKED = Qt.ItemDataRole.UserRole + 5  # bool: marked for the next session


@dataclass(frozen=True)
class _Row:
    uuid: uuid_mod.UUID
    kind: EntryKind
    title: str
    about: QDate
    marked: bool


def _row(summary: EntrySummary) -> _Row:
    about = summary.about
    return _Row(
        uuid=summary.uuid,
        kind=summary.kind,
        title=title_text(summary.title.strip()) or kind_label(summary.kind),
        about=QDate(about.year, about.month, about.day),
        marked=summary.marked,
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportPreviewModel", text)


translate = QCoreApplication.translate


class ExportPreviewModel(PagedListModel):
    """Entries matching an export's filter, oldest first, each ticked or not."""

    #: The list was reset and its first page loaded (filter changed, or a reload).
    reloaded = Signal()
    #: A tick was set or cleared (counts changed).
    ticks_changed = Signal()
    #: Reading failed (e.g. the journal was locked); the text is fit to show.
    load_failed = Signal(str)

    def __init__(
        self, entries: EntryService, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._entries = entries
        self._page_size = page_size
        self._filter: EntryFilter | None = None  # None: nothing can match (no kind chosen)
        self._rows: list[_Row] = []
        self._cursor: tuple[str, int] | None = None
        self._more = False
        self._total = 0  # entries matching the filter, loaded or not
        self._excluded: set[uuid_mod.UUID] = set()
        self._excluded_here = 0  # of those, how many match the filter

    # -- what is listed --------------------------------------------------------------

    def set_filter(self, flt: EntryFilter | None) -> None:
        """List the entries ``flt`` matches (never a private one); None lists nothing."""
        self._filter = None if flt is None else replace(flt, include_private=False)
        self.reload()

    def reload(self) -> None:
        """Count the matching entries and load the first page again."""
        self.beginResetModel()
        self._rows, self._cursor, self._more = [], None, False
        self._total = self._excluded_here = 0
        problem = ""
        if self._filter is not None:
            try:
                self._total = self._entries.count(self._filter)
                self._more = self._total > 0
                self._rows = self._next_page()
                self._excluded_here = self._count_excluded_here()
            except VaultError as exc:
                self._rows, self._more, self._total = [], False, 0
                problem = exc.text
        with self._announcing():
            self.endResetModel()
        if problem:
            self.load_failed.emit(QCoreApplication.translate("VaultError", problem))
        self.reloaded.emit()

    def clear(self) -> None:
        """Forget every row and tick (the journal is being locked)."""
        self.beginResetModel()
        self._rows, self._cursor, self._more = [], None, False
        self._total = self._excluded_here = 0
        self._excluded = set()
        with self._announcing():
            self.endResetModel()

    def _pages(self) -> Iterator[list[EntrySummary]]:
        """Every page of matching summaries from the start (for counts and Untick all)."""
        assert self._filter is not None
        after: tuple[str, int] | None = None
        while True:
            page = self._entries.page(self._filter, after, SCAN_PAGE, oldest_first=True)
            yield [s for s in page if not s.private]
            if len(page) < SCAN_PAGE:
                return
            after = page[-1].cursor

    def _count_excluded_here(self) -> int:
        """How many unticked entries the filter matches: counted in SQL, not read."""
        if not self._excluded or self._filter is None:
            return 0
        return self._entries.count_among(self._filter, self._excluded)

    def _next_page(self) -> list[_Row]:
        assert self._filter is not None
        page = self._entries.page(self._filter, self._cursor, self._page_size, oldest_first=True)
        if page:
            self._cursor = page[-1].cursor
        self._more = len(page) == self._page_size
        return [_row(s) for s in page if not s.private]

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """More rows wait in the database (not asked while background work runs)."""
        return not parent.isValid() and self._more and not operations.journal_busy()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Load the next page (views call this as they scroll near the end)."""
        if parent.isValid() or not self._more or self.announcing or operations.journal_busy():
            return
        try:
            rows = self._next_page()
        except VaultError as exc:
            self._more = False
            self.load_failed.emit(QCoreApplication.translate("VaultError", exc.text))
            return
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        with self._announcing():
            self.endInsertRows()

    # -- ticks and counts ------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many entries match the filter (loaded or not)."""
        return self._total

    @property
    def ticked(self) -> int:
        """How many of them are ticked (would be exported)."""
        return self._total - self._excluded_here

    def excluded(self) -> frozenset[uuid_mod.UUID]:
        """Every entry unticked so far (some may be outside the current filter)."""
        return frozenset(self._excluded)

    def is_ticked(self, row: int) -> bool:
        """Whether the entry in ``row`` is ticked."""
        return self._rows[row].uuid not in self._excluded

    def set_ticked(self, row: int, ticked: bool) -> None:
        """Tick or untick the entry in ``row``."""
        found = self._rows[row]
        if (found.uuid not in self._excluded) == ticked:
            return
        if ticked:
            self._excluded.discard(found.uuid)
            self._excluded_here -= 1
        else:
            self._excluded.add(found.uuid)
            self._excluded_here += 1
        index = self.index(row)
        with self._announcing():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def set_all_ticked(self, ticked: bool) -> None:
        """Tick (or untick) every entry the filter matches, loaded or not."""
        if self._filter is None or not self._total:
            return
        if ticked and self._excluded_here == 0:
            return
        try:
            for page in self._pages():
                if ticked:
                    self._excluded.difference_update(s.uuid for s in page)
                else:
                    self._excluded.update(s.uuid for s in page)
        except VaultError as exc:
            self.load_failed.emit(QCoreApplication.translate("VaultError", exc.text))
            return
        self._excluded_here = 0 if ticked else self._total
        if self._rows:
            with self._announcing():
                self.dataChanged.emit(
                    self.index(0),
                    self.index(len(self._rows) - 1),
                    [Qt.ItemDataRole.CheckStateRole],
                )
        self.ticks_changed.emit()

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
            return row.title
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = row.uuid not in self._excluded
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(row.kind)
        if role == PreviewRoles.DETAIL:
            return self._detail(row)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{row.title}, {self._detail(row)}"
        if role == PreviewRoles.UUID:
            return str(row.uuid)
        if role == PreviewRoles.KIND:
            return row.kind.value
        if role == PreviewRoles.DATE:
            return row.about
        if role == PreviewRoles.MARKED:
            return row.marked
        return None

    @staticmethod
    def _detail(row: _Row) -> str:
        parts = [
            QLocale().toString(row.about, QLocale.FormatType.LongFormat),
            kind_label(row.kind),
        ]
        if row.marked:
            parts.append(translate("ExportPreviewModel", "marked for your session"))
        return " \u00b7 ".join(parts)

    def setData(  # noqa: N802 - Qt API
        self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Tick or untick a row (the check box, Space)."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self.set_ticked(index.row(), state == Qt.CheckState.Checked.value)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be ticked and selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        """Role names (for debugging and QML-style access)."""
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in PreviewRoles})
        return names

    # -- reading rows ----------------------------------------------------------------

    def uuid_at(self, row: int) -> uuid_mod.UUID | None:
        """The entry shown in ``row``."""
        return self._rows[row].uuid if 0 <= row < len(self._rows) else None
