"""The chart's numbers, before anything is drawn: ranges, bucket positions, smoothing.

No pyqtgraph here, so these rules can be read and tested on their own.

- **Where a point sits.** A bucket's average is drawn at the middle of the days it covers
  (a day at noon, a week on its Thursday evening, a month half-way through), and a key
  event at noon on its day: the average of the week of an evening is then drawn beside
  that evening's line, not days before it. The time axis counts seconds in UTC, so
  daylight saving never shifts a day.
- **Moving average.** Each smoothed point is the average of every check-in in the
  window of buckets ending with its own (7 days, 4 weeks or 3 months): all the ratings
  in that window count alike, and a bucket without check-ins adds nothing (it is not a
  zero).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

#: (bucket start, average, number of check-ins behind it) as the services give them.
Bucket = tuple[date, float, int]

RESOLUTIONS = ("day", "week", "month")
#: The moving average's window per resolution, in buckets.
SMOOTHING = {"day": 7, "week": 4, "month": 3}

#: Date-range presets: (id, days back from today including today, or None for all).
PRESETS: tuple[tuple[str, int | None], ...] = (
    ("30", 30),
    ("90", 90),
    ("365", 365),
    ("all", None),
)
CUSTOM = "custom"
DEFAULT_PRESET = "90"

_DAY = 86400.0


def day_x(day: date, fraction: float = 0.0) -> float:
    """Seconds since 1970 (UTC) of ``day`` plus ``fraction`` of a day: the chart's x."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()
    return midnight + fraction * _DAY


def x_day(x: float) -> date:
    """The day a chart x falls on."""
    return datetime.fromtimestamp(x, tz=UTC).date()


def bucket_days(start: date, resolution: str) -> int:
    """How many days the bucket starting on ``start`` covers."""
    if resolution == "week":
        return 7
    if resolution == "month":
        return calendar.monthrange(start.year, start.month)[1]
    return 1


def bucket_x(start: date, resolution: str) -> float:
    """Where the bucket starting on ``start`` is drawn: the middle of its days."""
    return day_x(start, bucket_days(start, resolution) / 2)


def event_x(day: date) -> float:
    """Where a key event on ``day`` is drawn: noon (a day's bucket sits there too)."""
    return day_x(day, 0.5)


def _months(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


@dataclass(frozen=True)
class Smoothed:
    """A moving-average point: the bucket it ends with, the average, check-ins behind it."""

    start: date
    mean: float
    n: int


def moving_average(buckets: Sequence[Bucket], resolution: str, window: int) -> list[Smoothed]:
    """For each bucket, the average of all check-ins in the ``window`` buckets ending there.

    Buckets are ``(start, mean, n)`` in date order; the window counts calendar buckets
    (days, weeks or months), so a gap without check-ins shortens what is averaged
    instead of counting as zero.
    """
    if window < 1:
        raise ValueError("the window is at least one bucket")
    out: list[Smoothed] = []
    first = 0
    for i, (start, _mean, _n) in enumerate(buckets):
        while _outside(buckets[first][0], start, resolution, window):
            first += 1
        inside = buckets[first : i + 1]
        count = sum(n for _s, _m, n in inside)
        total = sum(m * n for _s, m, n in inside)
        out.append(Smoothed(start, total / count if count else 0.0, count))
    return out


def _outside(earlier: date, later: date, resolution: str, window: int) -> bool:
    """Whether the bucket starting ``earlier`` lies before the window ending at ``later``."""
    if resolution == "month":
        return _months(earlier, later) >= window
    step = 7 if resolution == "week" else 1
    return (later - earlier).days >= window * step


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """``(since, until)`` of a preset; ``(None, None)`` for everything."""
    for key, days in PRESETS:
        if key == preset:
            if days is None:
                return None, None
            return today - timedelta(days=days - 1), today
    raise ValueError(f"unknown preset {preset!r}")
