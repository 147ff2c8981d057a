"""The first page's figures count exactly the entries in the export, and nothing else.

The golden journal holds a private entry, an unticked one and one of a kind the golden
selection does not choose, each with a mood and a feeling no chosen entry has (see
tests/data/golden/make_report_golden.py). A chart or a before and after table that
counted one of them would show it here.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date, timedelta
from types import ModuleType
from uuid import UUID

import pytest

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.evaluation import series_label
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.reports.document import ReportDocument, build_document
from hallpass_journal.reports.markdown import render_markdown
from hallpass_journal.reports.selection import ExportSelection
from hallpass_journal.reports.words import too_few_to_draw
from hallpass_journal.services.journal import Journal


def _doc(journal: Journal, golden: ModuleType, **changes: object) -> ReportDocument:
    selection = dataclasses.replace(golden.selection(), **changes)
    return build_document(journal, selection, today=golden.TODAY)


def _daily_moods(doc: ReportDocument) -> list[tuple[date, float, int]]:
    """Mood per day, worked out by hand from the entries the document holds."""
    moods: dict[date, list[int]] = defaultdict(list)
    for entry in doc.entries:
        if entry.mood is not None:
            moods[entry.day].append(entry.mood)
    return [(day, sum(v) / len(v), len(v)) for day, v in sorted(moods.items())]


def test_the_left_out_entries_have_feelings_of_their_own(golden: ModuleType) -> None:
    # The fixture proves something only if the left-out entries rate what no chosen one does.
    chosen = [e for e in golden.entries() if e.uuid not in golden.LEFT_OUT_FEELINGS]
    for uid, feeling in golden.LEFT_OUT_FEELINGS.items():
        [left_out] = [e for e in golden.entries() if e.uuid == uid]
        assert left_out.mood is not None and feeling in {e.name for e in left_out.emotions}
        assert not any(feeling in {e.name for e in c.emotions} for c in chosen)


def test_the_chart_counts_only_the_chosen_entries(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    doc = _doc(shared_golden_journal, golden)
    page = doc.first_page
    assert page is not None and page.chart is not None
    labels = {s.label for s in page.chart.series}
    assert labels == {"Overall mood", "Jealousy", "Calm"}
    assert not {series_label(f) for f in golden.LEFT_OUT_FEELINGS.values()} & labels
    [mood] = [s for s in page.chart.series if s.name == "mood"]
    # 6, 7 and 21 March: the private, the unticked and the unchosen kind (moods 0, 10, 1).
    assert mood.points == tuple(_daily_moods(doc))
    assert not {date(2026, 3, d) for d in (6, 7, 21)} & {day for day, _m, _n in mood.points}
    # Their jealousy 0 and calm 0 are not counted either: every rating is a chosen one.
    by_name = {s.name: s for s in page.chart.series}
    assert sum(n for _d, _m, n in by_name["jealousy"].points) == 9
    assert min(m for _d, m, _n in by_name["jealousy"].points) == 3
    assert min(m for _d, m, _n in by_name["calm"].points) == 3


def test_before_and_after_count_only_the_chosen_entries(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    page = _doc(shared_golden_journal, golden).first_page
    assert page is not None and page.evaluations is not None
    [around] = page.evaluations
    rows = {row.label: row for row in around.rows}
    assert list(rows) == ["Overall mood", "Jealousy", "Calm"]
    assert (rows["Overall mood"].before.mean, rows["Overall mood"].before.n) == (
        pytest.approx(4.4),
        5,
    )
    assert (rows["Overall mood"].after.mean, rows["Overall mood"].after.n) == (
        pytest.approx(7.5),
        4,
    )
    assert (rows["Jealousy"].before.mean, rows["Jealousy"].before.n) == (pytest.approx(6.8), 5)
    assert (rows["Calm"].after.mean, rows["Calm"].after.n) == (pytest.approx(6.5), 4)
    # Within the period: 1-14 March before (not 30 days back into February), 16 March
    # to 14 April after.
    assert around.before == (date(2026, 3, 1), date(2026, 3, 14))
    assert around.after == (date(2026, 3, 16), date(2026, 4, 14))


def test_counts_never_hold_an_unchosen_kind(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    page = _doc(shared_golden_journal, golden).first_page
    assert page is not None and page.counts is not None
    counts = {c.kind: c.count for c in page.counts}
    assert golden.UNCHOSEN_KIND not in counts and counts[EntryKind.FREE] == 1
    # Chosen after all, the entry and its feeling are in the figures: the fixture is live.
    everything = _doc(shared_golden_journal, golden, kinds=frozenset())
    assert everything.first_page is not None and everything.first_page.chart is not None
    assert "Overwhelm" in {s.label for s in everything.first_page.chart.series}
    [around] = everything.first_page.evaluations or ()
    assert around.rows[0].after.n == 5  # 21 March's mood 1 counted now


@pytest.mark.parametrize(
    "changes",
    [
        {"kinds": frozenset({EntryKind.FEELINGS})},
        {"excluded": frozenset({UUID(int=0x40), UUID(int=0x41), UUID(int=0x46)})},
        {"since": date(2026, 3, 10), "until": date(2026, 3, 17)},
    ],
    ids=["one kind", "more unticked", "a shorter period"],
)
def test_narrower_selections_narrow_every_figure(
    shared_golden_journal: Journal, golden: ModuleType, changes: dict[str, object]
) -> None:
    doc = _doc(shared_golden_journal, golden, **changes)
    page = doc.first_page
    assert page is not None and page.chart is not None and page.counts is not None
    assert sum(c.count for c in page.counts) == len(doc.entries)
    [mood] = [s for s in page.chart.series if s.name == "mood"]
    assert mood.points == tuple(_daily_moods(doc))
    for part in page.evaluations or ():
        (b0, b1), (a0, a1) = part.before, part.after
        moods_before = [e.mood for e in doc.entries if b0 <= e.day <= b1 and e.mood is not None]
        moods_after = [e.mood for e in doc.entries if a0 <= e.day <= a1 and e.mood is not None]
        assert part.rows[0].before.n == len(moods_before)
        assert part.rows[0].after.n == len(moods_after)
        assert doc.cover.since is not None and doc.cover.until is not None
        assert doc.cover.since <= b0 and a1 <= doc.cover.until


def test_two_marked_entries_are_too_few_to_draw_and_the_report_says_so(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    doc = _doc(shared_golden_journal, golden, marked_only=True)
    assert [e.uuid for e in doc.entries] == [UUID(int=1), UUID(int=6)]
    page = doc.first_page
    assert page is not None and page.chart is not None
    assert page.chart.series == () and page.evaluations == ()
    text = render_markdown(doc)
    assert too_few_to_draw("day") in text
    assert "| Series |" not in text and "Averages are on the 0–10 scale" not in text


def _check_in(journal: Journal, day: date, mood: int, jealousy: int | None = None) -> None:
    emotions = [] if jealousy is None else [EmotionRating(name="jealousy", intensity=jealousy)]
    journal.save_entry(Entry.new(EntryKind.FEELINGS, about=day, mood=mood, emotions=emotions))


@pytest.fixture
def around_the_edge(journal: Journal, qapp: object) -> Journal:
    """An encounter on 10 March: low moods in February, some either side, more after."""
    for day in range(20, 29):
        _check_in(journal, date(2026, 2, day), 1, jealousy=9)  # before any period below
    for day in (6, 7, 8, 9):
        _check_in(journal, date(2026, 3, day), 5, jealousy=6)
    for day in (11, 12, 13, 14):
        _check_in(journal, date(2026, 3, day), 8, jealousy=2)
    for day in (25, 26, 27, 28):
        _check_in(journal, date(2026, 3, day), 0)  # after the period's end
    journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=date(2026, 3, 10)))
    return journal


def test_windows_never_reach_outside_the_period(around_the_edge: Journal) -> None:
    chosen = ExportSelection(since=date(2026, 3, 5), until=date(2026, 3, 20))
    page = build_document(around_the_edge, chosen, today=date(2026, 4, 1)).first_page
    assert page is not None and page.evaluations is not None
    [around] = page.evaluations
    assert around.before == (date(2026, 3, 5), date(2026, 3, 9))
    assert around.after == (date(2026, 3, 11), date(2026, 3, 20))
    mood, jealousy = around.rows
    assert (mood.before.mean, mood.before.n) == (pytest.approx(5.0), 4)
    assert (mood.after.mean, mood.after.n) == (pytest.approx(8.0), 4)
    assert (jealousy.before.mean, jealousy.before.n) == (pytest.approx(6.0), 4)


def test_a_moment_shows_only_with_enough_check_ins_on_both_sides_of_the_period(
    around_the_edge: Journal,
) -> None:
    # From 8 March only two check-ins come before the encounter: nothing to compare,
    # although February holds nine (outside the period, so never counted).
    chosen = ExportSelection(since=date(2026, 3, 8), until=date(2026, 3, 20))
    page = build_document(around_the_edge, chosen, today=date(2026, 4, 1)).first_page
    assert page is not None and page.evaluations == ()
    # Nor when the encounter is the period's first day (no day before it is in it).
    first_day = dataclasses.replace(chosen, since=date(2026, 3, 10))
    page = build_document(around_the_edge, first_day, today=date(2026, 4, 1)).first_page
    assert page is not None and page.evaluations == ()


def test_a_thousand_entries_are_summed_in_one_pass(journal: Journal, qapp: object) -> None:
    start = date(2025, 1, 1)
    with journal.bulk():
        for n in range(1000):
            _check_in(journal, start + timedelta(days=n % 500), n % 11, jealousy=(n * 7) % 11)
        journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=start + timedelta(days=200)))
    doc = build_document(journal, ExportSelection(), today=date(2026, 6, 1))
    page = doc.first_page
    assert page is not None and page.chart is not None and page.chart.bucket == "month"
    [mood, jealousy] = page.chart.series
    assert sum(n for _d, _m, n in mood.points) == 1000
    assert sum(n for _d, _m, n in jealousy.points) == 1000
    total = sum(m * n for _d, m, n in mood.points)
    assert total == pytest.approx(sum(n % 11 for n in range(1000)))
    [around] = page.evaluations or ()
    assert around.rows[0].before.n + around.rows[0].after.n == sum(
        1 for e in doc.entries if 0 < abs((e.day - around.anchor_day).days) <= 30
    )
