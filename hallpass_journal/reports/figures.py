"""The first page's figures, worked out from the chosen entries alone.

An export holds exactly what the person chose, and so do its figures: the feelings
chart and the before and after tables are averaged here, in Python, over the entries
already read into the document (never a private one, never one left out by the period,
the kinds, "only marked" or an untick in the preview), not queried again from the
journal. One pass over the entries for the chart; for each key event tried, a binary
search for each window and one pass over the entries inside it. The rules (window
bounds, enough check-ins, the words for a change) are
:mod:`hallpass_journal.domain.evaluation`'s, the same as in the app.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from hallpass_journal.domain.evaluation import (
    MIN_CHECK_INS,
    MOOD,
    Stat,
    enough,
    series_result,
    window_bounds,
)
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EMOTIONS
from hallpass_journal.reports.words import event_type_word, one_line, series_word

#: The before and after windows of the first page (days): one month either side, cut
#: short where the period of the export ends.
SUMMARY_WINDOW = 30
#: At most this many key events are evaluated on the first page.
MAX_EVALUATED = 2
#: At most this many key events are tried.
MAX_TRIED = 12
#: At most this many emotions are drawn beside mood (the most often rated).
MAX_CHART_EMOTIONS = 3
#: At most this many emotions are told beside mood for each evaluated moment.
MAX_EVALUATED_EMOTIONS = 4
#: A chart is drawn only when one series has this many ratings...
MIN_CHART_RATINGS = MIN_CHECK_INS
#: ...spread over at least this many points (days, weeks or months): fewer is a dot
#: or two in an empty frame, which says nothing.
MIN_CHART_POINTS = 2
#: Key events worth evaluating first, most telling first.
_EVALUATE_FIRST = (
    EventType.ENCOUNTER,
    EventType.REPAIR_START,
    EventType.DISCLOSURE,
    EventType.AGREEMENT_ACTIVE,
    EventType.FIRST_CONVERSATION,
    EventType.TEST_RESULT,
    EventType.OTHER,
)
_CHARTED = frozenset(EMOTIONS)


class Rated(Protocol):
    """What the figures need of a chosen entry (a document's ``EntryPart``)."""

    @property
    def day(self) -> date:
        """The day the entry is about."""
        ...

    @property
    def mood(self) -> int | None:
        """Its overall mood, 0-10, if it has one."""
        ...

    @property
    def ratings(self) -> tuple[tuple[str, int], ...]:
        """Its emotions as ``(name, intensity)``."""
        ...


@dataclass(frozen=True)
class KeyEventLine:
    """A key event of the period, numbered as on the chart."""

    number: int
    day: date
    label: str
    type_label: str
    planned: bool


@dataclass(frozen=True)
class ChartSeries:
    """Mood or one emotion: ``(bucket start, average, ratings)`` in date order."""

    name: str
    label: str
    points: tuple[tuple[date, float, int], ...]


@dataclass(frozen=True)
class ChartData:
    """The feelings chart: the period, bucket size, mood first, then the top emotions.

    ``series`` is empty when the chosen entries hold too few check-ins to draw (the
    reports say so in words instead of showing an empty frame).
    """

    since: date
    until: date
    bucket: str
    series: tuple[ChartSeries, ...]
    events: tuple[KeyEventLine, ...]


@dataclass(frozen=True)
class EvaluationRow:
    """One feeling either side of a moment."""

    label: str
    before: Stat
    after: Stat
    change: float | None
    direction: str


@dataclass(frozen=True)
class EvaluationPart:
    """Before and after one key event.

    ``days`` is the longest window (:data:`SUMMARY_WINDOW`); ``before`` and ``after``
    are the days actually compared (inclusive), cut short at the edges of the period.
    """

    anchor_label: str
    anchor_day: date
    days: int
    before: tuple[date, date]
    after: tuple[date, date]
    rows: tuple[EvaluationRow, ...]


def bucket_size(since: date, until: date) -> str:
    """The bucket ("day", "week" or "month") that keeps a period's chart readable."""
    days = (until - since).days + 1
    return "day" if days <= 62 else "week" if days <= 400 else "month"


def bucket_start(day: date, bucket: str) -> date:
    """The first day of ``day``'s bucket: itself, the Monday on or before it, or the 1st."""
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def event_label(event: KeyEvent) -> str:
    """A key event as named in a report: its title, or its type's label (translated)."""
    return one_line(event.title) or one_line(event_type_word(event.type))


def event_lines(
    events: Sequence[KeyEvent], since: date, until: date, today: date
) -> list[KeyEventLine]:
    """The key events of the period, numbered from 1 in date order (after ``today``: planned)."""
    chosen = [e for e in events if since <= e.on <= until]
    return [
        KeyEventLine(n, e.on, event_label(e), one_line(event_type_word(e.type)), e.on > today)
        for n, e in enumerate(chosen, 1)
    ]


class _Sums:
    """Running totals per key: sum and count, for means without keeping every value."""

    def __init__(self) -> None:
        self.totals: dict[str, list[int]] = {}

    def add(self, key: str, value: int) -> None:
        total = self.totals.setdefault(key, [0, 0])
        total[0] += value
        total[1] += 1

    def stat(self, key: str) -> Stat:
        total, n = self.totals.get(key, (0, 0))
        return Stat(total / n if n else None, n)


def chart_data(
    entries: Sequence[Rated], since: date, until: date, events: Sequence[KeyEventLine]
) -> ChartData:
    """Mood and the most often rated emotions of ``entries``, per bucket of the period.

    Only entries with a mood count for mood, and only entries that rated an emotion for
    it (not rating is never a zero). The emotions are the vocabulary's, the most rated
    first (ties in the vocabulary's order).
    """
    bucket = bucket_size(since, until)
    mood: dict[date, list[int]] = {}
    by_emotion: dict[str, dict[date, list[int]]] = {}
    rated: Counter[str] = Counter()
    for entry in entries:
        if not since <= entry.day <= until:
            continue
        start = bucket_start(entry.day, bucket)
        if entry.mood is not None:
            total = mood.setdefault(start, [0, 0])
            total[0] += entry.mood
            total[1] += 1
        for name, intensity in entry.ratings:
            if name not in _CHARTED:
                continue
            total = by_emotion.setdefault(name, {}).setdefault(start, [0, 0])
            total[0] += intensity
            total[1] += 1
            rated[name] += 1
    top = sorted((n for n in EMOTIONS if rated[n]), key=lambda n: -rated[n])[:MAX_CHART_EMOTIONS]
    series = [_series(MOOD, mood)] if mood else []
    series += [_series(name, by_emotion[name]) for name in top]
    drawable = any(
        len(s.points) >= MIN_CHART_POINTS and sum(n for _d, _m, n in s.points) >= MIN_CHART_RATINGS
        for s in series
    )
    return ChartData(since, until, bucket, tuple(series) if drawable else (), tuple(events))


def _series(name: str, buckets: dict[date, list[int]]) -> ChartSeries:
    points = tuple((day, total / n, n) for day, (total, n) in sorted(buckets.items()))
    return ChartSeries(name, series_word(name), points)


def _emotion_order(name: str) -> tuple[int, str]:
    """The vocabulary's order, then any other emotion by name (as the app lists them)."""
    return (EMOTIONS.index(name), "") if name in EMOTIONS else (len(EMOTIONS), name)


def _window(entries: Sequence[Rated], days: list[date], first: date, last: date) -> _Sums:
    sums = _Sums()
    for entry in entries[bisect_left(days, first) : bisect_right(days, last)]:
        if entry.mood is not None:
            sums.add(MOOD, entry.mood)
        for name, intensity in entry.ratings:
            if name != MOOD:  # an emotion literally named "mood" is not overall mood
                sums.add(name, intensity)
    return sums


def _clipped(window: tuple[date, date], since: date, until: date) -> tuple[date, date] | None:
    first, last = max(window[0], since), min(window[1], until)
    return (first, last) if first <= last else None


def evaluations(
    entries: Sequence[Rated],
    events: Sequence[KeyEvent],
    since: date,
    until: date,
    today: date,
) -> tuple[EvaluationPart, ...]:
    """Before and after the period's most telling key events, from ``entries`` alone.

    Key events only: they are not entries, so evaluating around one can never name an
    entry that was left out (a debrief's title, say). The most telling first (an
    encounter before a test result, the latest of a kind first); each window is at most
    :data:`SUMMARY_WINDOW` days and never reaches outside ``since``..``until``; a moment
    is shown only when, for at least one feeling, both sides have enough check-ins
    (:func:`~hallpass_journal.domain.evaluation.enough`).

    Args:
        entries: The chosen entries, oldest first.
        events: Every key event (those outside the period, or after ``today``, are skipped).
        since: The period's first day.
        until: The period's last day.
        today: Key events after it have not happened yet.

    Returns:
        At most :data:`MAX_EVALUATED` moments, in date order.
    """
    days = [e.day for e in entries]
    past = [e for e in events if since <= e.on <= min(until, today)]
    order = {kind: i for i, kind in enumerate(_EVALUATE_FIRST)}
    ranked = sorted(past, key=lambda e: (order.get(e.type, len(order)), -e.on.toordinal()))
    parts = []
    for event in ranked[:MAX_TRIED]:
        full_before, full_after = window_bounds(event.on, SUMMARY_WINDOW)
        before = _clipped(full_before, since, until)
        after = _clipped(full_after, since, until)
        if before is None or after is None:
            continue
        sums_before = _window(entries, days, *before)
        sums_after = _window(entries, days, *after)
        names = set(sums_before.totals) | set(sums_after.totals)
        names.discard(MOOD)
        series = [series_result(MOOD, sums_before.stat(MOOD), sums_after.stat(MOOD))]
        series += [
            series_result(name, sums_before.stat(name), sums_after.stat(name))
            for name in sorted(names, key=_emotion_order)
        ]
        if not any(enough(s.before, s.after) for s in series):
            continue
        rated = series[1:]
        rated.sort(key=lambda s: (s.change is None, -(s.before.n + s.after.n)))
        rows = tuple(
            EvaluationRow(series_word(s.name), s.before, s.after, s.change, s.direction)
            for s in series[:1] + rated[:MAX_EVALUATED_EMOTIONS]
        )
        parts.append(
            EvaluationPart(event_label(event), event.on, SUMMARY_WINDOW, before, after, rows)
        )
        if len(parts) == MAX_EVALUATED:
            break
    return tuple(sorted(parts, key=lambda p: p.anchor_day))
