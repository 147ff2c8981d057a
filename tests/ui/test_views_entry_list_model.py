"""The lazy entry list model over a real encrypted journal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QListView

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.listing import HL_END, HL_START, EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.ui.models.entry_list_model import PAGE_SIZE, EntryListModel, EntryRoles
from hallpass_journal.ui.widgets.entry_delegate import EntryDelegate


class CountingRepo:
    """The real repository, recording how many rows each read asked for."""

    def __init__(self, repo: EntryRepository) -> None:
        self._repo = repo
        self.limits: list[int] = []

    def page(self, flt=None, after=None, limit=50):  # noqa: ANN001, ANN201
        self.limits.append(limit)
        return self._repo.page(flt, after=after, limit=limit)

    def search(self, text, flt=None, limit=50, offset=0, newest_first=False):  # noqa: ANN001, ANN201
        self.limits.append(limit)
        return self._repo.search(text, flt, limit=limit, offset=offset, newest_first=newest_first)


def uuids(model: EntryListModel) -> list[str]:
    return [model.index(r).data(EntryRoles.UUID) for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, journal, make_entries) -> None:
    make_entries(120)
    model = EntryListModel(journal.entries)
    model.setFilter(EntryFilter())
    qtmodeltester.check(model)
    # Changes after the tester is attached are checked too.
    model.setSearch("number")
    model.setSearch("")
    entry = journal.entries.get(model.uuid_at(3))
    assert entry is not None
    model.upsert_entry(journal.save_entry(entry.model_copy(update={"about": date(2030, 1, 1)})))
    model.remove_entry(model.uuid_at(0))


def test_model_loads_fifty_rows_at_a_time(journal, make_entries) -> None:
    written = make_entries(230)
    repo = CountingRepo(journal.entries)
    model = EntryListModel(repo)  # type: ignore[arg-type]
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    sizes = []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        sizes.append(model.rowCount())
    assert sizes == [100, 150, 200, 230]
    assert set(repo.limits) == {PAGE_SIZE}  # never more than one page per read
    # Newest first, each entry exactly once.
    assert uuids(model) == [str(e.uuid) for e in written]


def test_list_view_fetches_more_when_scrolled_to_the_end(
    qtbot, host, journal, make_entries
) -> None:
    make_entries(120)
    model = EntryListModel(journal.entries)
    model.reload()
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(EntryDelegate(view))
    view.setUniformItemSizes(True)
    host(view, 400, 500)
    assert model.rowCount() == PAGE_SIZE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)


def test_rows_carry_what_the_delegate_needs(journal) -> None:
    saved = journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            title="Evening",
            body="Long\n  day",
            about=date(2024, 3, 1),
            private=True,
        )
    )
    model = EntryListModel(journal.entries)
    model.reload()
    index = model.index(0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Evening"
    assert index.data(EntryRoles.DATE) == QDate(2024, 3, 1)
    assert index.data(EntryRoles.KIND) == "feelings"
    assert index.data(EntryRoles.SNIPPET) == "Long day"
    assert index.data(EntryRoles.UUID) == str(saved.uuid)
    assert index.data(EntryRoles.PRIVATE) is True
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Evening, Feelings check-in, ")


def test_search_pages_by_offset_and_marks_matches(journal, make_entries) -> None:
    make_entries(120, body="a lighthouse on the hill")
    model = EntryListModel(journal.entries)
    model.setSearch("lighthouse")
    assert model.rowCount() == PAGE_SIZE
    snippet = model.index(0).data(EntryRoles.SNIPPET)
    assert f"{HL_START}lighthouse{HL_END}" in snippet
    dates = [model.index(r).data(EntryRoles.DATE) for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 120
    assert len(set(uuids(model))) == 120


def test_filter_by_kind_and_tag(journal, make_entries) -> None:
    make_entries(10, tags=["walks"])
    make_entries(5, start=date(2023, 1, 1))
    journal.save_entry(Entry.new(EntryKind.FEELINGS, about=date(2024, 1, 1), tags=["Walks"]))
    model = EntryListModel(journal.entries)
    model.reload()
    assert model.rowCount() == 16
    model.setFilter(EntryFilter(tag="walks"))
    assert model.rowCount() == 11
    model.setFilter(EntryFilter(tag="walks", kinds=frozenset({EntryKind.FEELINGS})))
    assert model.rowCount() == 1
    model.setFilter(EntryFilter(since=date(2023, 1, 1), until=date(2023, 1, 31)))
    assert model.rowCount() == 1


def test_single_row_updates_without_reset(qtbot, journal, make_entries) -> None:
    written = make_entries(120)
    model = EntryListModel(journal.entries)
    model.reload()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    # A new entry dated today goes to the top.
    fresh = journal.save_entry(Entry.new(EntryKind.FREE, title="New", about=date(2024, 7, 1)))
    with qtbot.waitSignal(model.rowsInserted):
        assert model.upsert_entry(fresh) == 0
    # An edit in place changes data only.
    with qtbot.waitSignal(model.dataChanged):
        model.upsert_entry(journal.save_entry(fresh.model_copy(update={"title": "Renamed"})))
    assert model.index(0).data() == "Renamed"
    # Back-dating moves the row (a move keeps a view's selection on it).
    moved = fresh.model_copy(update={"about": written[10].about})
    with qtbot.waitSignal(model.rowsMoved):
        row = model.upsert_entry(journal.save_entry(moved))
    # Same day as entry 10 but written later: just above it, as the query orders it.
    assert model.uuid_at(row) == fresh.uuid
    assert model.uuid_at(row - 1) == written[9].uuid
    assert model.uuid_at(row + 1) == written[10].uuid
    # Dated past the loaded pages: dropped here, fetched with its page later.
    old = fresh.model_copy(update={"about": date(2000, 1, 1)})
    assert model.upsert_entry(journal.save_entry(old)) == -1
    assert model.row_of(fresh.uuid) == -1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.row_of(fresh.uuid) == model.rowCount() - 1
    # Deleting removes exactly one row.
    with qtbot.waitSignal(model.rowsRemoved):
        assert model.remove_entry(written[0].uuid)
    assert model.rowCount() == 120
    assert not resets


def test_upsert_respects_the_filter(journal, make_entries) -> None:
    make_entries(3)
    model = EntryListModel(journal.entries)
    model.setFilter(EntryFilter(kinds=frozenset({EntryKind.FREE})))
    feelings = journal.save_entry(Entry.new(EntryKind.FEELINGS, about=date(2025, 1, 1)))
    assert model.upsert_entry(feelings) == -1
    assert model.rowCount() == 3
    private = journal.save_entry(Entry.new(EntryKind.FREE, about=date(2025, 1, 1)))
    model.setFilter(EntryFilter(include_private=False))
    assert model.upsert_entry(private) == 0
    assert model.upsert_entry(private.model_copy(update={"private": True})) == -1
    assert model.row_of(private.uuid) == -1
