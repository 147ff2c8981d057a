"""Dates and words of the calendar: month arithmetic and what a day says.

A day's accessible sentence reads "Tuesday 3 June: mood 6 of 10 from 2 check-ins; The
encounter"; its tooltip says the same on a few lines, with the year.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

Summary = tuple[float, int]  # (average, check-ins behind it)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


translate = QCoreApplication.translate


def in_sentence(label: str) -> str:
    """A label inside a sentence: lower case in English; German nouns keep their capital."""
    return label.lower() if QLocale().language() == QLocale.Language.English else label


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the end of a short month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def value_text(value: float) -> str:
    """An average as written in a day: "6", or "6.5" when it is not whole."""
    rounded = round(value, 1)
    decimals = 0 if rounded == int(rounded) else 1
    return QLocale().toString(rounded, "f", decimals)


def _count_text(n: int) -> str:
    if n == 1:
        return translate("Calendar", "1 check-in")
    return translate("Calendar", "{count} check-ins").format(count=QLocale().toString(n))


def reading_text(summary: Summary | None, emotion_label: str | None) -> str:
    """What a day's figure says: "mood 6 of 10 from 2 check-ins" (lower case, to follow a colon)."""
    if summary is None:
        if emotion_label is None:
            return translate("Calendar", "no mood recorded")
        return translate("Calendar", "{emotion} not rated").format(
            emotion=in_sentence(emotion_label)
        )
    value, n = summary
    what = translate("Calendar", "mood") if emotion_label is None else in_sentence(emotion_label)
    return translate("Calendar", "{what} {value} of 10 from {count}").format(
        what=what, value=value_text(value), count=_count_text(n)
    )


def day_sentence(
    day: date,
    summary: Summary | None,
    emotion_label: str | None,
    markers: Sequence[str],
    *,
    today: bool = False,
) -> str:
    """The accessible text of a day: its date, its figure and its key moments."""
    heading = QLocale().toString(_qdate(day), "dddd d MMMM")
    if today:
        heading = translate("Calendar", "{day}, today").format(day=heading)
    parts = [f"{heading}: {reading_text(summary, emotion_label)}", *markers]
    return "; ".join(parts)


def day_tooltip(
    day: date, summary: Summary | None, emotion_label: str | None, markers: Sequence[str]
) -> str:
    """The tooltip of a day: the date, then the figure, then each key moment on a line."""
    text = reading_text(summary, emotion_label)
    lines = [QLocale().toString(_qdate(day), "dddd d MMMM yyyy"), text[:1].upper() + text[1:]]
    lines += [f"◆ {label}" for label in markers]
    return "\n".join(lines)
