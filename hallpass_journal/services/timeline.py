"""Aggregations over time, computed in SQL; private entries only when asked for.

Every aggregation takes ``include_private`` as an explicit choice, with no default:
the app's own views show a person all of their feelings (``True``); anything that
leaves the journal — a chart in an export, a summary for a therapist — passes
``False``, so feelings from entries kept private are never counted in it.
"""

from __future__ import annotations

from datetime import date

from hallpass_journal.domain.evaluation import MOOD, Marker
from hallpass_journal.storage.aggregates_repo import AggregateRepository
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.moments_repo import MomentRepository
from hallpass_journal.storage.vault import Vault

#: Bucket sizes; a bucket starts on its day, on the Monday, or on the 1st of the month.
BUCKETS = ("day", "week", "month")

__all__ = ["BUCKETS", "MOOD", "Marker", "TimelineService"]


class TimelineService:
    """Feelings over time for views, and (without private entries) for exports."""

    def __init__(self, vault: Vault) -> None:
        self._entries = EntryRepository(vault)
        self._aggregates = AggregateRepository(vault)
        self._moments = MomentRepository(vault)

    def emotion_series(
        self,
        emotions: list[str],
        since: date | None = None,
        until: date | None = None,
        bucket: str = "day",
        *,
        include_private: bool,
    ) -> dict[str, list[tuple[date, float, int]]]:
        """Per emotion, ``(bucket start, average intensity, ratings)`` in date order."""
        if bucket not in BUCKETS:
            raise ValueError(f"bucket must be one of {', '.join(BUCKETS)}")
        return self._entries.emotion_series(
            emotions, since, until, bucket, include_private=include_private
        )

    def emotion_average(
        self, emotions: list[str], since: date, until: date, *, include_private: bool
    ) -> dict[str, tuple[float, int]]:
        """Per emotion, ``(average intensity, ratings)`` over ``[since, until]``."""
        return self._entries.emotion_average(
            emotions, since, until, include_private=include_private
        )

    def mood_series(
        self,
        since: date | None = None,
        until: date | None = None,
        bucket: str = "day",
        *,
        include_private: bool,
    ) -> list[tuple[date, float, int]]:
        """Overall mood: ``(bucket start, average mood, entries with a mood)`` in date order.

        Only entries with a mood count; buckets without any are left out (not zero).
        """
        if bucket not in BUCKETS:
            raise ValueError(f"bucket must be one of {', '.join(BUCKETS)}")
        return self._aggregates.mood_series(since, until, bucket, include_private=include_private)

    def day_summaries(
        self,
        since: date | None,
        until: date | None,
        *,
        include_private: bool,
        emotion: str | None = None,
    ) -> dict[date, tuple[float, int]]:
        """Per day with any, ``(average, entries behind it)``: mood, or one ``emotion``.

        The calendar's tint: days nobody wrote a mood (or rated the emotion) are absent.
        """
        if emotion is None or emotion == MOOD:
            return self._aggregates.mood_by_day(since, until, include_private=include_private)
        return self._aggregates.emotion_by_day(
            emotion, since, until, include_private=include_private
        )

    def markers(
        self,
        since: date | None = None,
        until: date | None = None,
        *,
        include_private: bool,
    ) -> list[Marker]:
        """Key events and marking entries (agreement notes, pauses, debriefs, healing steps).

        By day; within a day key events first. ``include_private`` has no default: the
        app's own views pass True to see every marker, anything exported False to leave
        private entries out.
        """
        return self._moments.markers(since, until, include_private=include_private)
