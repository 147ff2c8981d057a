"""Aggregation over time: in SQL, and private feelings only when explicitly included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal

START = date(2026, 1, 1)


def feel(journal: Journal, day: date, intensity: int, *, private: bool = False) -> None:
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            about=day,
            private=private,
            emotions=[EmotionRating(name="hurt", intensity=intensity)],
        )
    )


def test_series_buckets_and_averages_run_in_sql(journal: Journal) -> None:
    with journal.bulk():
        for i in range(28):
            if i % 2:
                feel(journal, START + timedelta(days=i), min(10, i % 11))
    timeline = journal.timeline
    weekly = timeline.emotion_series(["hurt"], bucket="week", include_private=True)["hurt"]
    assert sum(n for _, _, n in weekly) == 14
    assert all(start.weekday() == 0 for start, _, _ in weekly)
    monthly = timeline.emotion_series(["hurt"], bucket="month", include_private=True)["hurt"]
    assert [start for start, _, _ in monthly] == [date(2026, 1, 1)]
    avg, n = timeline.emotion_average(
        ["hurt"], START, START + timedelta(days=9), include_private=True
    )["hurt"]
    assert n == 5 and avg == (1 + 3 + 5 + 7 + 9) / 5


def test_private_feelings_are_counted_only_when_included(journal: Journal) -> None:
    feel(journal, START, 2)
    feel(journal, START, 10, private=True)
    feel(journal, START + timedelta(days=1), 9, private=True)
    timeline = journal.timeline
    until = START + timedelta(days=7)

    shared = timeline.emotion_average(["hurt"], START, until, include_private=False)
    assert shared == {"hurt": (2.0, 1)}
    everything = timeline.emotion_average(["hurt"], START, until, include_private=True)
    assert everything == {"hurt": (7.0, 3)}

    daily = timeline.emotion_series(["hurt"], bucket="day", include_private=False)["hurt"]
    assert daily == [(START, 2.0, 1)]  # the private-only day does not appear at all
    daily_all = timeline.emotion_series(["hurt"], bucket="day", include_private=True)["hurt"]
    assert daily_all == [(START, 6.0, 2), (START + timedelta(days=1), 9.0, 1)]


def test_an_entry_made_private_later_leaves_exported_figures(journal: Journal) -> None:
    entry = journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS, about=START, emotions=[EmotionRating(name="hurt", intensity=8)]
        )
    )
    assert journal.timeline.emotion_average(["hurt"], START, START, include_private=False)
    journal.save_entry(entry.model_copy(update={"private": True}))
    assert journal.timeline.emotion_average(["hurt"], START, START, include_private=False) == {}


def test_include_private_is_always_an_explicit_choice(journal: Journal) -> None:
    with pytest.raises(TypeError):
        journal.timeline.emotion_average(["hurt"], START, START)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        journal.timeline.emotion_series(["hurt"])  # type: ignore[call-arg]


def test_unknown_bucket_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="bucket"):
        journal.timeline.emotion_series(["hurt"], bucket="year", include_private=True)
