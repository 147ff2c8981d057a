"""The lazy timeline model over a real encrypted journal: order, headers, markers,
filters, and jumps that read a couple of pages, not ten years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.models import timeline_model
from hallpass_journal.ui.models.timeline_model import (
    NEAR_ROWS,
    PAGE_SIZE,
    TimelineModel,
    TimelineRoles,
)
from hallpass_journal.ui.models.timeline_rows import (
    MARKER_KINDS,
    Header,
    Item,
    Resolution,
    RowType,
    TimelineQuery,
    bucket_start,
)


class CountingEntries:
    """The real entry service, counting the entry rows each read returned."""

    def __init__(self, journal: Journal) -> None:
        self._entries = journal.entries
        self.rows_read = 0
        self.counts = 0

    def page(self, flt=None, after=None, limit=50, *, oldest_first=False):  # noqa: ANN001, ANN201
        page = self._entries.page(flt, after, limit, oldest_first=oldest_first)
        self.rows_read += len(page)
        return page

    def search(self, text, flt=None, limit=50, offset=0, newest_first=False):  # noqa: ANN001, ANN201
        hits = self._entries.search(text, flt, limit, offset, newest_first)
        self.rows_read += len(hits)
        return hits

    def count(self, flt=None):  # noqa: ANN001, ANN201
        self.counts += 1
        return self._entries.count(flt)


def make_model(journal: Journal, page_size: int = PAGE_SIZE) -> TimelineModel:
    model = TimelineModel(journal.entries, journal.events, page_size=page_size)
    model.set_query(TimelineQuery())
    return model


def load_all(model: TimelineModel) -> None:
    while model.can_fetch_above():
        model.fetch_above()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def rows(model: TimelineModel) -> list[str]:
    """Each row as text: "# <first day>" for headers, "<day> <title>" for items."""
    out = []
    for r in range(model.rowCount()):
        index = model.index(r)
        day = index.data(TimelineRoles.DATE).toPython().isoformat()
        if index.data(TimelineRoles.ROW_TYPE) == RowType.HEADER:
            out.append(f"# {day}")
        else:
            out.append(f"{day} {index.data()}")
    return out


def save(journal: Journal, day: date, title: str, kind: EntryKind = EntryKind.FREE, **fields):  # noqa: ANN003, ANN201
    return journal.save_entry(Entry.new(kind, title=title, about=day, **fields))


def event(
    journal: Journal, day: date, type: EventType = EventType.OTHER, title: str = ""
) -> KeyEvent:  # noqa: A002
    saved = KeyEvent(type=type, on=day, title=title)
    journal.events.save(saved)
    return saved


@pytest.fixture
def mixed(journal: Journal, make_entries) -> Journal:  # noqa: ANN001
    """120 free entries (one a day back from 30 June 2024), key moments and events."""
    make_entries(120)
    save(journal, date(2024, 6, 1), "After the evening", EntryKind.DEBRIEF)
    save(journal, date(2024, 5, 20), "Step one", EntryKind.HURT_STEP)
    outcome = journal.agreements.create("Our agreement", AgreementTerms())
    journal.agreements.change_status(outcome.agreement.uuid, AgreementStatus.AGREED)
    journal.agreements.change_status(outcome.agreement.uuid, AgreementStatus.ACTIVE)
    journal.agreements.pause(outcome.agreement.uuid, "too fast")
    journal.agreements.resume(outcome.agreement.uuid, "ready again")
    event(journal, date(2024, 5, 25), EventType.ENCOUNTER)
    event(journal, date(2024, 3, 2), EventType.FIRST_CONVERSATION, "Kitchen table talk")
    event(journal, date(2023, 1, 1), EventType.OTHER, "Long before")
    return journal


def test_model_passes_the_model_tester(qtmodeltester, mixed) -> None:  # noqa: ANN001
    model = make_model(mixed, page_size=20)
    qtmodeltester.check(model)
    # Every change after the tester is attached is checked too.
    model.fetchMore(QModelIndex())
    model.set_resolution(Resolution.WEEK)
    assert model.row_for_day(date(2024, 3, 10)) > 0  # far: the window starts again there
    while model.can_fetch_above():
        model.fetch_above()
    model.set_resolution(Resolution.MONTH)
    model.set_oldest_first(True)
    model.row_for_day(date(2024, 4, 1))
    model.fetch_above()
    model.go_to_end()
    model.go_to_start()
    model.reload(around=date(2024, 4, 1))
    model.set_query(TimelineQuery(text="entry"))
    model.fetchMore(QModelIndex())
    model.reload()
    model.set_query(TimelineQuery(filter=EntryFilter(kinds=MARKER_KINDS)))
    model.clear()


def test_everything_in_date_order_with_events_leading_their_day(journal) -> None:  # noqa: ANN001
    for i in range(12):  # two entries a day over six days, 10-15 March
        save(journal, date(2024, 3, 10 + i // 2), f"E{i}")
    event(journal, date(2024, 3, 12), title="Middle")
    event(journal, date(2024, 3, 20), title="Ahead")
    event(journal, date(2024, 3, 1), title="Before")
    # Three entries a page: events must still land in place across page edges.
    model = make_model(journal, page_size=3)
    assert model.rowCount() < 12
    load_all(model)
    shown = [r for r in rows(model) if not r.startswith("#")]
    assert shown[0] == "2024-03-20 Ahead"
    assert shown[-1] == "2024-03-01 Before"
    middle = shown.index("2024-03-12 Middle")
    assert shown[middle + 1 : middle + 3] == ["2024-03-12 E5", "2024-03-12 E4"]
    assert shown[middle - 1] == "2024-03-13 E6"
    assert len(shown) == 15 and len(set(shown)) == 15

    model.set_oldest_first(True)
    load_all(model)
    shown = [r for r in rows(model) if not r.startswith("#")]
    assert shown[0] == "2024-03-01 Before" and shown[-1] == "2024-03-20 Ahead"
    middle = shown.index("2024-03-12 Middle")
    assert shown[middle - 1] == "2024-03-11 E3"
    assert shown[middle + 1 : middle + 3] == ["2024-03-12 E4", "2024-03-12 E5"]


@pytest.mark.parametrize(
    ("resolution", "expected"),
    [
        (
            Resolution.DAY,
            [
                "# 2024-04-01",
                "2024-04-01 April fool",
                "# 2024-03-11",
                "2024-03-11 Monday",
                "# 2024-03-10",
                "2024-03-10 Sunday",
                "# 2024-03-05",
                "2024-03-05 Tuesday",
                "# 2024-03-04",
                "2024-03-04 Week start",
                "2024-03-04 Monday again",
            ],
        ),
        (
            Resolution.WEEK,
            [
                "# 2024-04-01",
                "2024-04-01 April fool",
                "# 2024-03-11",
                "2024-03-11 Monday",
                "# 2024-03-04",
                "2024-03-10 Sunday",
                "2024-03-05 Tuesday",
                "2024-03-04 Week start",
                "2024-03-04 Monday again",
            ],
        ),
        (
            Resolution.MONTH,
            [
                "# 2024-04-01",
                "2024-04-01 April fool",
                "# 2024-03-01",
                "2024-03-11 Monday",
                "2024-03-10 Sunday",
                "2024-03-05 Tuesday",
                "2024-03-04 Week start",
                "2024-03-04 Monday again",
            ],
        ),
    ],
)
def test_headers_start_each_day_week_and_month(journal, resolution, expected) -> None:  # noqa: ANN001
    save(journal, date(2024, 3, 4), "Monday again")
    save(journal, date(2024, 3, 4), "Week start")  # saved later: listed above
    save(journal, date(2024, 3, 5), "Tuesday")
    save(journal, date(2024, 3, 10), "Sunday")
    save(journal, date(2024, 3, 11), "Monday")
    save(journal, date(2024, 4, 1), "April fool")
    model = make_model(journal, page_size=2)  # headers must also hold across pages
    model.set_resolution(resolution)
    load_all(model)
    assert rows(model) == expected
    header = model.index(0)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1).flags() & Qt.ItemFlag.ItemIsSelectable
    labels = {
        Resolution.DAY: "Monday 1 April 2024",
        Resolution.WEEK: "Week of 1 April 2024",
        Resolution.MONTH: "April 2024",
    }
    assert header.data() == labels[resolution]
    # Oldest first: the same groups, the other way round, one header each.
    model.set_oldest_first(True)
    load_all(model)
    headers = [r for r in rows(model) if r.startswith("#")]
    assert headers == [r for r in expected if r.startswith("#")][::-1]


def test_a_long_text_shows_that_it_goes_on(journal) -> None:  # noqa: ANN001
    save(journal, date(2024, 1, 2), "Long", body="word " * 100)
    save(journal, date(2024, 1, 1), "Short", body="Just this.")
    model = make_model(journal)
    snippets = [model.item_at(r).snippet for r in (1, 3)]
    assert snippets[0].endswith("word…") and len(snippets[0]) < 170
    assert snippets[1] == "Just this."


def test_bucket_starts() -> None:
    leap = date(2024, 2, 29)  # a Thursday
    assert bucket_start(leap, Resolution.DAY) == leap
    assert bucket_start(leap, Resolution.WEEK) == date(2024, 2, 26)
    assert bucket_start(leap, Resolution.MONTH) == date(2024, 2, 1)
    assert bucket_start(date(2024, 1, 1), Resolution.WEEK) == date(2024, 1, 1)  # a Monday
    assert bucket_start(date(2023, 1, 1), Resolution.WEEK) == date(2022, 12, 26)


def test_key_moments_are_marked(mixed) -> None:  # noqa: ANN001
    model = make_model(mixed)
    load_all(model)
    marked: dict[str, set[str]] = {}
    plain = 0
    for r in range(model.rowCount()):
        index = model.index(r)
        kind = index.data(TimelineRoles.KIND)
        marker = index.data(TimelineRoles.MARKER)
        row_type = index.data(TimelineRoles.ROW_TYPE)
        if row_type == RowType.HEADER:
            assert marker is None
            continue
        if marker:
            marked.setdefault(marker, set()).add(kind)
            spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
            word = "key event" if row_type == RowType.EVENT else "key moment"
            assert word in spoken
        else:
            assert kind in {EntryKind.FREE.value}
            assert "key" not in index.data(Qt.ItemDataRole.AccessibleTextRole)
            plain += 1
    assert plain == 120
    assert marked == {
        "agreement": {"agreement"},  # created, agreed, active, resumed: agreement notes
        "pause": {"pause"},
        "debrief": {"debrief"},
        "hurt_step": {"hurt_step"},
        "event": {"encounter", "first_conversation", "other"},
    }
    agreement_notes = [
        model.index(r).data()
        for r in range(model.rowCount())
        if model.index(r).data(TimelineRoles.MARKER) == "agreement"
    ]
    assert len(agreement_notes) == 4
    assert any("resumed" in t for t in agreement_notes)
    encounter = next(
        r for r in range(model.rowCount()) if model.index(r).data(TimelineRoles.KIND) == "encounter"
    )
    assert model.index(encounter).data() == "The encounter"  # untitled: its type names it
    assert model.index(encounter).data(TimelineRoles.DATE) == QDate(2024, 5, 25)


def test_filters_combine(journal, make_entries) -> None:  # noqa: ANN001
    make_entries(30, tags=["walks"], body="by the lighthouse")  # 1-30 June
    make_entries(30, start=date(2024, 5, 31), body="by the lighthouse")  # May, no tag
    save(journal, date(2024, 6, 10), "Tagged feelings", EntryKind.FEELINGS, tags=["walks"])
    save(journal, date(2024, 6, 11), "Harbour", EntryKind.FREE, tags=["walks"], body="harbour")
    save(journal, date(2024, 6, 12), "Debrief", EntryKind.DEBRIEF, tags=["walks"])
    event(journal, date(2024, 6, 15), title="Lighthouse visit")
    event(journal, date(2024, 5, 15), title="Something else")
    model = make_model(journal)

    def shown(**query) -> list[Item]:  # noqa: ANN003
        model.set_query(TimelineQuery(**query))
        load_all(model)
        return [model.item_at(r) for r in range(model.rowCount()) if model.item_at(r)]

    assert len(shown()) == 65
    june = EntryFilter(since=date(2024, 6, 5), until=date(2024, 6, 20))
    found = shown(
        filter=EntryFilter(
            kinds=frozenset({EntryKind.FREE}), tag="walks", since=june.since, until=june.until
        ),
        text="lighthouse",
        with_events=False,
    )
    assert {i.day for i in found} == {date(2024, 6, d) for d in range(5, 21)}
    assert all(i.kind == "free" and i.type is RowType.ENTRY for i in found)
    # Each condition matters: without the text, the harbour entry joins.
    assert (
        len(
            shown(
                filter=EntryFilter(
                    kinds=frozenset({EntryKind.FREE}),
                    tag="walks",
                    since=june.since,
                    until=june.until,
                ),
                with_events=False,
            )
        )
        == 17
    )
    # Events follow the date range and the words, never a tag or an entry kind.
    found = shown(filter=june, text="lighthouse")
    assert [i.title for i in found if i.type is RowType.EVENT] == ["Lighthouse visit"]
    assert len(found) == 17
    assert [i for i in shown(filter=june, text="harbour")][0].title.replace("\x02", "").replace(
        "\x03", ""
    ) == "Harbour"
    # Key moments only: the debrief and both events.
    found = shown(filter=EntryFilter(kinds=MARKER_KINDS))
    assert sorted(i.plain_title for i in found) == ["Debrief", "Lighthouse visit", "Something else"]


def test_jump_lands_on_the_day_reading_a_few_pages(journal) -> None:  # noqa: ANN001
    start = date(2024, 6, 30)
    with journal.vault.transaction():  # 3,000 entries, one every other day (~16 years)
        for i in range(3000):
            journal.save_entry(
                Entry.new(EntryKind.FREE, title=f"N{i}", about=start - timedelta(days=2 * i))
            )
    counted = CountingEntries(journal)
    model = TimelineModel(counted, journal.events)  # type: ignore[arg-type]
    model.set_query(TimelineQuery())
    assert counted.rows_read == PAGE_SIZE

    wanted = start - timedelta(days=2 * 1700)  # entry N1700
    row = model.row_for_day(wanted)
    assert model.item_at(row).title == "N1700"
    assert model.is_header(row - 1)
    assert counted.counts == 1  # one count query decided: too far to read the pages between
    assert counted.rows_read <= 3 * PAGE_SIZE  # the first page, one below, one above

    # A day without entries: the nearest day before it.
    row = model.row_for_day(wanted + timedelta(days=1))
    assert model.item_at(row).title == "N1700"
    # Close by: the pages between are read (no new start), and the rows stay contiguous.
    before = counted.rows_read
    row = model.row_for_day(wanted - timedelta(days=2 * (NEAR_ROWS - 60)))
    assert model.item_at(row).title == f"N{1700 + NEAR_ROWS - 60}"
    assert counted.rows_read - before <= NEAR_ROWS
    titles = [model.item_at(r).title for r in range(model.rowCount()) if model.item_at(r)]
    numbers = [int(t[1:]) for t in titles]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))

    # Oldest first: the first row of the last day on or before the date.
    model.set_oldest_first(True)
    counted.rows_read = 0
    row = model.row_for_day(wanted + timedelta(days=1))
    assert model.item_at(row).title == "N1700"
    assert model.is_header(row + 1) and model.item_at(row + 2).title == "N1699"
    assert counted.rows_read <= 3 * PAGE_SIZE
    assert model.loaded_items() < 3000


def test_rows_above_a_jump_load_back_to_the_start(journal, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(timeline_model, "NEAR_ROWS", 0)  # every jump starts the window anew
    for i in range(40):
        save(journal, date(2024, 1, 1) + timedelta(days=i // 3), f"T{i}")
    event(journal, date(2024, 1, 5), title="Event five")
    expected = make_model(journal, page_size=100)
    load_all(expected)
    want = rows(expected)

    model = make_model(journal, page_size=4)
    model.row_for_day(date(2024, 1, 6))  # the window starts again at 6 January
    assert model.can_fetch_above()
    while model.can_fetch_above():
        model.fetch_above()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert rows(model) == want  # one header per day, the event in place, nothing twice


def test_home_and_end_start_the_window_at_either_end(journal, make_entries) -> None:  # noqa: ANN001
    make_entries(400)
    counted = CountingEntries(journal)
    model = TimelineModel(counted, journal.events)  # type: ignore[arg-type]
    model.set_query(TimelineQuery())
    model.go_to_end()
    last = model.item_at(model.rowCount() - 1)
    assert last.title == "Entry 399"
    assert not model.canFetchMore(QModelIndex())
    assert counted.rows_read == 2 * PAGE_SIZE
    model.go_to_start()
    assert model.item_at(1).title == "Entry 000" and model.at_start()


def test_header_is_redrawn_once_when_rows_above_join_its_group(journal, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(timeline_model, "NEAR_ROWS", 0)
    for i in range(9):  # nine entries on one day
        save(journal, date(2024, 2, 2), f"S{i}")
    save(journal, date(2024, 2, 1), "Earlier")
    model = make_model(journal, page_size=3)
    model.row_for_day(date(2024, 2, 1))
    load_all(model)
    assert [r for r in rows(model) if r.startswith("#")] == ["# 2024-02-02", "# 2024-02-01"]
    assert isinstance(model._rows[0], Header)  # noqa: SLF001
