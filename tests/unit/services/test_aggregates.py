"""Averages over time in SQL against a plain-Python reference, on random journals.

Each example writes a real encrypted journal in ``tmp_path``: random days (leap days,
month and year ends, daylight-saving weekends), private entries, entries that rate some
emotions and not others, entries without a mood. Every bucket's mean and count, every
day's summary and every before/after figure must equal the reference.
"""

from __future__ import annotations

import time as time_mod
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.evaluation import MOOD, chosen_day, window_bounds
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

NAMES = ("jealousy", "hurt", "calm", "hope")
# Days where calendars are easy to get wrong: leap days, the days around them, month
# and year ends, and the weekends the clocks change in Europe and the United States.
SPECIAL_DAYS = (
    date(2020, 2, 28),
    date(2020, 2, 29),
    date(2020, 3, 1),
    date(2024, 2, 29),
    date(2024, 3, 1),
    date(2023, 2, 28),
    date(2023, 3, 1),
    date(2023, 12, 31),
    date(2024, 1, 1),
    date(2026, 3, 8),  # the US moves its clocks forward (a Sunday)
    date(2026, 3, 9),
    date(2026, 3, 28),
    date(2026, 3, 29),  # Europe moves its clocks forward (a Sunday)
    date(2026, 3, 30),
    date(2026, 10, 25),  # and back (a Sunday)
    date(2026, 10, 26),
)
ZONES = ("UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Chatham")


@dataclass(frozen=True)
class Row:
    day: date
    private: bool
    mood: int | None
    emotions: dict[str, int]
    written: datetime


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def bucket_of(day: date, bucket: str) -> date:
    return {"day": day, "week": week_start(day), "month": day.replace(day=1)}[bucket]


days = st.one_of(
    st.sampled_from(SPECIAL_DAYS),
    # A few crowded months, so windows and buckets often end right at an entry.
    st.dates(min_value=date(2024, 1, 20), max_value=date(2024, 4, 10)),
    st.dates(min_value=date(2019, 12, 1), max_value=date(2026, 12, 31)),
)
rows = st.builds(
    Row,
    day=days,
    private=st.booleans(),
    mood=st.none() | st.integers(0, 10),
    emotions=st.dictionaries(st.sampled_from(NAMES), st.integers(0, 10), max_size=len(NAMES)),
    # When it was written, in UTC: any hour, so often another UTC day than the one
    # it is about. It must never matter.
    written=st.datetimes(
        min_value=datetime(2019, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
)


@pytest.fixture
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run with the process in another time zone (the figures must not move)."""
    monkeypatch.setenv("TZ", request.param)
    time_mod.tzset()
    yield request.param
    monkeypatch.undo()
    time_mod.tzset()


def fill(tmp_path: Path, data: list[Row]) -> Journal:
    journal = Journal.create(tmp_path / f"{uuid.uuid4()}.hpj", PASSPHRASE)
    with journal.bulk():
        for row in data:
            journal.save_entry(
                Entry.new(
                    EntryKind.FEELINGS,
                    about=row.day,
                    private=row.private,
                    mood=row.mood,
                    emotions=[EmotionRating(name=k, intensity=v) for k, v in row.emotions.items()],
                    created_at=row.written,
                    updated_at=row.written,
                ),
                touch=False,
            )
    return journal


def values(
    data: list[Row], name: str, include_private: bool, since: date | None, until: date | None
) -> Iterator[tuple[date, int]]:
    """``(day, value)`` of every entry that has ``name`` (an emotion, or mood)."""
    for row in data:
        if row.private and not include_private:
            continue
        if (since and row.day < since) or (until and row.day > until):
            continue
        value = row.mood if name == MOOD else row.emotions.get(name)
        if value is not None:
            yield row.day, value


def reference_buckets(
    data: list[Row],
    name: str,
    bucket: str,
    include_private: bool,
    since: date | None = None,
    until: date | None = None,
) -> list[tuple[date, float, int]]:
    groups: dict[date, list[int]] = defaultdict(list)
    for day, value in values(data, name, include_private, since, until):
        groups[bucket_of(day, bucket)].append(value)
    return [(start, sum(v) / len(v), len(v)) for start, v in sorted(groups.items())]


def reference_window(
    data: list[Row], name: str, first: date, last: date, include_private: bool
) -> tuple[float | None, int]:
    found = [v for _, v in values(data, name, include_private, first, last)]
    return (sum(found) / len(found) if found else None, len(found))


def same(got: list[tuple[date, float, int]], want: list[tuple[date, float, int]]) -> None:
    assert [(b, n) for b, _, n in got] == [(b, n) for b, _, n in want]
    for (_, mean, _), (_, expected, _) in zip(got, want, strict=True):
        assert mean == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("zone", ZONES, indirect=True)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.lists(rows, max_size=40),
    windows=st.lists(st.integers(1, 400), min_size=1, max_size=3, unique=True),
    draw=st.data(),
)
def test_every_figure_matches_a_plain_python_reference(
    tmp_path: Path, zone: str, data: list[Row], windows: list[int], draw: st.DataObject
) -> None:
    # Ranges and anchors often sit right next to an entry's day, where an off-by-one
    # in a bound would show.
    near = days
    if data:
        edges = [0, 1, -1, *windows, *(w + 1 for w in windows), *(-w for w in windows)]
        near = (
            st.builds(
                lambda row, k: row.day + timedelta(days=k),
                st.sampled_from(data),
                st.sampled_from(edges),
            )
            | days
        )
    since = draw.draw(st.none() | near, label="since")
    until = draw.draw(st.none() | near, label="until")
    anchor = draw.draw(near, label="anchor")
    journal = fill(tmp_path, data)
    try:
        timeline = journal.timeline
        for include_private in (True, False):
            for bucket in ("day", "week", "month"):
                got = timeline.mood_series(since, until, bucket, include_private=include_private)
                same(got, reference_buckets(data, MOOD, bucket, include_private, since, until))
                assert all(start == bucket_of(start, bucket) for start, _, _ in got)
                series = timeline.emotion_series(
                    list(NAMES), since, until, bucket, include_private=include_private
                )
                for name in NAMES:
                    want = reference_buckets(data, name, bucket, include_private, since, until)
                    same(series[name], want)

            for emotion in (None, *NAMES):
                summaries = timeline.day_summaries(
                    since, until, include_private=include_private, emotion=emotion
                )
                name = emotion or MOOD
                want = reference_buckets(data, name, "day", include_private, since, until)
                same([(d, m, n) for d, (m, n) in sorted(summaries.items())], want)

            evaluation = journal.evaluation.evaluate(
                chosen_day(anchor), windows, include_private=include_private
            )
            assert [w.days for w in evaluation.windows] == sorted(windows)
            rated = {
                name
                for name in NAMES
                for w in windows
                for first, last in window_bounds(anchor, w)
                if reference_window(data, name, first, last, include_private)[1]
            }
            for window in evaluation.windows:
                assert [s.name for s in window.series] == [
                    MOOD,
                    *[n for n in ("jealousy", "hurt", "hope", "calm") if n in rated],
                ]
                before, after = window_bounds(anchor, window.days)
                for s in window.series:
                    for stat, (first, last) in ((s.before, before), (s.after, after)):
                        mean, n = reference_window(data, s.name, first, last, include_private)
                        assert stat.n == n
                        if mean is None:
                            assert stat.mean is None
                        else:
                            assert stat.mean == pytest.approx(mean, abs=1e-9)
    finally:
        journal.close()


# -- examples worked out by hand ------------------------------------------------------


def feel(journal: Journal, day: date, mood: int | None, **emotions: int) -> None:
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            about=day,
            mood=mood,
            emotions=[EmotionRating(name=k, intensity=v) for k, v in emotions.items()],
        )
    )


def test_a_late_evening_entry_counts_on_the_day_it_is_about(journal: Journal) -> None:
    # 23:15 on Sunday 29 March 2026 in New York is 03:15 UTC on Monday the 30th.
    local = datetime(2026, 3, 29, 23, 15, tzinfo=ZoneInfo("America/New_York"))
    written = local.astimezone(UTC)
    assert written.date() == date(2026, 3, 30)
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            about=local.date(),
            mood=3,
            emotions=[EmotionRating(name="hurt", intensity=7)],
            created_at=written,
            updated_at=written,
        ),
        touch=False,
    )
    timeline = journal.timeline
    assert timeline.day_summaries(None, None, include_private=True) == {date(2026, 3, 29): (3.0, 1)}
    assert timeline.day_summaries(None, None, include_private=True, emotion="hurt") == {
        date(2026, 3, 29): (7.0, 1)
    }
    # Its week is the one starting Monday 23 March, not the one starting on the 30th.
    assert timeline.mood_series(None, None, "week", include_private=True) == [
        (date(2026, 3, 23), 3.0, 1)
    ]


def test_weeks_start_on_monday_across_daylight_saving_changes(journal: Journal) -> None:
    # Europe: clocks forward on Sunday 29 March 2026 and back on Sunday 25 October.
    # Sat 28 March and Sun 29 March belong to the week of Monday 23 March; Monday 30
    # March starts the next. Likewise around 25 October (Monday 19 and Monday 26).
    for day, mood in [
        (date(2026, 3, 28), 2),
        (date(2026, 3, 29), 4),
        (date(2026, 3, 30), 9),
        (date(2026, 10, 25), 6),
        (date(2026, 10, 26), 1),
    ]:
        feel(journal, day, mood)
    weeks = journal.timeline.mood_series(None, None, "week", include_private=True)
    assert weeks == [
        (date(2026, 3, 23), 3.0, 2),  # (2 + 4) / 2
        (date(2026, 3, 30), 9.0, 1),
        (date(2026, 10, 19), 6.0, 1),
        (date(2026, 10, 26), 1.0, 1),
    ]
    assert all(start.weekday() == 0 for start, _, _ in weeks)


def test_leap_days_and_month_buckets(journal: Journal) -> None:
    # 29 February 2024 is its own day and belongs to February; 1 March starts March.
    feel(journal, date(2024, 2, 28), 2, calm=4)
    feel(journal, date(2024, 2, 29), 4, calm=8)
    feel(journal, date(2024, 3, 1), None, calm=1)  # no mood: counts for calm only
    timeline = journal.timeline
    assert timeline.mood_series(None, None, "month", include_private=True) == [
        (date(2024, 2, 1), 3.0, 2)
    ]
    assert timeline.day_summaries(
        date(2024, 2, 29), date(2024, 3, 1), include_private=True, emotion="calm"
    ) == {date(2024, 2, 29): (8.0, 1), date(2024, 3, 1): (1.0, 1)}
    # Thursday 29 February 2024 is in the week of Monday 26 February.
    assert timeline.emotion_series(["calm"], bucket="week", include_private=True)["calm"] == [
        (date(2024, 2, 26), 13 / 3, 3)
    ]


def test_empty_buckets_are_left_out_not_zero(journal: Journal) -> None:
    feel(journal, date(2026, 1, 5), 6)
    feel(journal, date(2026, 3, 2), 8)
    months = journal.timeline.mood_series(
        date(2026, 1, 1), date(2026, 12, 31), "month", include_private=True
    )
    assert months == [(date(2026, 1, 1), 6.0, 1), (date(2026, 3, 1), 8.0, 1)]
    assert (
        journal.timeline.day_summaries(date(2026, 2, 1), date(2026, 2, 28), include_private=True)
        == {}
    )


def test_private_entries_and_explicit_choices(journal: Journal) -> None:
    feel(journal, date(2026, 1, 5), 6)
    journal.save_entry(Entry.new(EntryKind.FREE, about=date(2026, 1, 5), mood=0, private=True))
    timeline = journal.timeline
    assert timeline.day_summaries(None, None, include_private=True) == {date(2026, 1, 5): (3.0, 2)}
    assert timeline.day_summaries(None, None, include_private=False) == {date(2026, 1, 5): (6.0, 1)}
    with pytest.raises(TypeError):
        timeline.mood_series(None, None, "day")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        timeline.day_summaries(None, None)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="bucket"):
        timeline.mood_series(None, None, "year", include_private=True)


def test_the_time_of_day_never_matters(journal: Journal) -> None:
    # The same day written at 00:01 and 23:59 UTC (and at noon) is one day.
    for hour, minute, mood in [(0, 1, 1), (12, 0, 2), (23, 59, 6)]:
        written = datetime.combine(date(2026, 6, 1), time(hour, minute), UTC)
        journal.save_entry(
            Entry.new(
                EntryKind.FEELINGS,
                about=date(2026, 6, 1),
                mood=mood,
                created_at=written,
                updated_at=written,
            ),
            touch=False,
        )
    assert journal.timeline.mood_series(None, None, "day", include_private=True) == [
        (date(2026, 6, 1), 3.0, 3)
    ]
