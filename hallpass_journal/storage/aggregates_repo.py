"""Averages over time, in SQL: mood per bucket, feelings per day, before and after a day.

Nothing here loads an entry. Emotions are read from ``entry_emotions_by_day``
``(emotion, about, intensity)``, which covers every figure: each query seeks by emotion,
then ranges over days. Mood is read through ``entries_by_about``. Every method takes
``include_private`` as an explicit keyword: the app's own views pass ``True``; anything
that leaves the journal passes ``False``.

An entry counts for an emotion only if it rated it (there is no row otherwise), and for
mood only if it has one (``mood IS NOT NULL``): not rating is never a zero. The day is
the entry's ``about`` day, already a day of the person's own calendar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from hallpass_journal.domain.evaluation import Stat
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.rows import day
from hallpass_journal.storage.vault import Vault

#: Bucket start of a day column: the day; the Monday on or before it; the 1st.
_BUCKETS = {
    "day": "{col}",
    "week": "date({col}, '-6 days', 'weekday 1')",
    "month": "substr({col}, 1, 7) || '-01'",
}

#: Every emotion ever rated, one index seek each (a loose index scan): SQLite has no
#: skip-scan without ANALYZE statistics, and DISTINCT would read the whole index.
_EMOTION_NAMES = """
WITH RECURSIVE names (name) AS (
    SELECT min(emotion) FROM entry_emotions
    UNION ALL
    SELECT (SELECT min(emotion) FROM entry_emotions WHERE emotion > names.name)
    FROM names WHERE names.name IS NOT NULL
)
"""

#: One window's pair of ranges: ``((before_start, before_end), (after_start, after_end))``.
WindowRanges = tuple[tuple[date, date], tuple[date, date]]


def bucket_expression(bucket: str, column: str) -> str:
    """The SQL for the bucket start of ``column`` (ValueError for an unknown bucket)."""
    if bucket not in _BUCKETS:
        raise ValueError(f"bucket must be one of {', '.join(_BUCKETS)}")
    return _BUCKETS[bucket].format(col=column)


def _emotion_private(include_private: bool) -> str:
    # The few private ids are listed once (SQLite builds a bloom filter from the
    # entries_private index); a join per rating was four times slower.
    if include_private:
        return ""
    return " AND ee.entry_id NOT IN (SELECT id FROM entries WHERE private = 1)"


def _entry_private(include_private: bool) -> str:
    return "" if include_private else " AND e.private = 0"


def day_range(column: str, since: date | None, until: date | None) -> tuple[str, list[object]]:
    """Conditions (each after " AND ") keeping ``column`` within the days given."""
    conds: list[str] = []
    params: list[object] = []
    if since is not None:
        conds.append(f"{column} >= ?")
        params.append(day(since))
    if until is not None:
        conds.append(f"{column} <= ?")
        params.append(day(until))
    return "".join(f" AND {c}" for c in conds), params


def _window_columns(
    column: str, value: str, windows: Sequence[WindowRanges]
) -> tuple[str, list[object]]:
    """Four aggregates per window: before mean and count, after mean and count."""
    parts: list[str] = []
    params: list[object] = []
    for before, after in windows:
        for first, last in (before, after):
            parts.append(f"avg(CASE WHEN {column} BETWEEN ? AND ? THEN {value} END)")
            parts.append(f"count(CASE WHEN {column} BETWEEN ? AND ? THEN 1 END)")
            params += [day(first), day(last), day(first), day(last)]
    return ", ".join(parts), params


def _stats(row: Sequence[Any], windows: int) -> list[tuple[Stat, Stat]]:
    out: list[tuple[Stat, Stat]] = []
    for i in range(windows):
        b_mean, b_n, a_mean, a_n = row[4 * i : 4 * i + 4]
        out.append(
            (
                Stat(None if b_mean is None else float(b_mean), int(b_n)),
                Stat(None if a_mean is None else float(a_mean), int(a_n)),
            )
        )
    return out


def _outer(windows: Sequence[WindowRanges]) -> tuple[date, date]:
    return min(w[0][0] for w in windows), max(w[1][1] for w in windows)


@translating
class AggregateRepository:
    """Read-only averages of mood and feelings, grouped in SQL."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- buckets -----------------------------------------------------------------------

    def mood_series(
        self, since: date | None, until: date | None, bucket: str, *, include_private: bool
    ) -> list[tuple[date, float, int]]:
        """``(bucket start, mean mood, entries with a mood)`` per non-empty bucket, in order."""
        expr = bucket_expression(bucket, "e.about")
        where, params = day_range("e.about", since, until)
        rows = self._vault.conn.execute(
            f"SELECT {expr} AS b, avg(e.mood), count(*) FROM entries e "
            f"WHERE e.mood IS NOT NULL{where}{_entry_private(include_private)} "
            "GROUP BY b ORDER BY b",
            params,
        ).fetchall()
        return [(date.fromisoformat(b), float(m), int(n)) for b, m, n in rows]

    def mood_by_day(
        self, since: date | None, until: date | None, *, include_private: bool
    ) -> dict[date, tuple[float, int]]:
        """Mean mood and how many entries have one, per day that has any."""
        return {
            b: (m, n)
            for b, m, n in self.mood_series(since, until, "day", include_private=include_private)
        }

    def emotion_by_day(
        self, emotion: str, since: date | None, until: date | None, *, include_private: bool
    ) -> dict[date, tuple[float, int]]:
        """Mean intensity of ``emotion`` and how many entries rated it, per day that has any."""
        where, params = day_range("ee.about", since, until)
        rows = self._vault.conn.execute(
            "SELECT ee.about, avg(ee.intensity), count(*) FROM entry_emotions ee "
            f"WHERE ee.emotion = ?{where}{_emotion_private(include_private)} "
            "GROUP BY ee.about ORDER BY ee.about",
            (emotion, *params),
        ).fetchall()
        return {date.fromisoformat(d): (float(m), int(n)) for d, m, n in rows}

    # -- before and after --------------------------------------------------------------

    def emotion_windows(
        self,
        anchor_day: date,
        windows: Sequence[WindowRanges],
        emotions: Sequence[str] | None,
        *,
        include_private: bool,
    ) -> dict[str, list[tuple[Stat, Stat]]]:
        """Per emotion, ``(before, after)`` for each window, in one pass over the index.

        ``emotions`` None means every emotion rated at least once within the widest
        window (the anchor's own day aside); listed emotions nobody rated there come
        back with empty figures.
        """
        if not windows:
            return {}
        first, last = _outer(windows)
        columns, column_params = _window_columns("ee.about", "ee.intensity", windows)
        private = _emotion_private(include_private)
        if emotions is None:
            sql = (
                f"{_EMOTION_NAMES} SELECT names.name, {columns} FROM names "
                "JOIN entry_emotions ee ON ee.emotion = names.name "
                f"AND ee.about BETWEEN ? AND ? AND ee.about <> ?{private} "
                "GROUP BY names.name"
            )
            params = [*column_params, day(first), day(last), day(anchor_day)]
        else:
            if not emotions:
                return {}
            marks = ",".join("?" * len(emotions))
            sql = (
                f"SELECT ee.emotion, {columns} FROM entry_emotions ee "
                f"WHERE ee.emotion IN ({marks}) AND ee.about BETWEEN ? AND ? "
                f"AND ee.about <> ?{private} GROUP BY ee.emotion"
            )
            params = [*column_params, *emotions, day(first), day(last), day(anchor_day)]
        found = {
            row[0]: _stats(row[1:], len(windows))
            for row in self._vault.conn.execute(sql, params).fetchall()
        }
        if emotions is not None:
            empty = [(Stat(None, 0), Stat(None, 0)) for _ in windows]
            return {name: found.get(name, empty) for name in emotions}
        return found

    def mood_windows(
        self, anchor_day: date, windows: Sequence[WindowRanges], *, include_private: bool
    ) -> list[tuple[Stat, Stat]]:
        """Mood ``(before, after)`` for each window, in one pass over the day index."""
        if not windows:
            return []
        first, last = _outer(windows)
        columns, column_params = _window_columns("e.about", "e.mood", windows)
        row = self._vault.conn.execute(
            f"SELECT {columns} FROM entries e WHERE e.about BETWEEN ? AND ? "
            f"AND e.about <> ? AND e.mood IS NOT NULL{_entry_private(include_private)}",
            (*column_params, day(first), day(last), day(anchor_day)),
        ).fetchone()
        return _stats(row, len(windows))
