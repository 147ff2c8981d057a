"""Aggregations over time, computed in SQL; private entries only when asked for.

Every aggregation takes ``include_private`` as an explicit choice, with no default:
the app's own views show a person all of their feelings (``True``); anything that
leaves the journal — a chart in an export, a summary for a therapist — passes
``False``, so feelings from entries kept private are never counted in it.
"""

from __future__ import annotations

from datetime import date

from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.vault import Vault

BUCKETS = ("day", "week", "month")


class TimelineService:
    """Feelings over time for views, and (without private entries) for exports."""

    def __init__(self, vault: Vault) -> None:
        self._entries = EntryRepository(vault)

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
