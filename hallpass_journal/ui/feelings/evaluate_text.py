"""Before and after in words: directions, window lengths, averages and changes.

Averages and changes are shown to 2 decimals, rounded exactly as ``hallpass-journal
evaluate`` and its JSON round them (:func:`~hallpass_journal.domain.evaluation.rounded`),
so the app and the command line show the same figures. The change is the difference of
the rounded averages, so it always equals after minus before as shown, and the words
beside it are judged on that same change. An average from fewer than
:data:`~hallpass_journal.domain.evaluation.MIN_CHECK_INS` check-ins is not shown at all
(only how many there were).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hallpass_journal.domain.evaluation import (
    ABOUT_THE_SAME,
    EASING,
    HIGHER,
    LOWER,
    MIN_CHECK_INS,
    MOOD,
    STRONGER,
    TOO_FEW,
    SeriesResult,
    Stat,
    rounded,
)


def direction_words(direction: str) -> str:
    """The domain's words for a change, in the person's language."""
    translate = QCoreApplication.translate
    words = {
        TOO_FEW: translate("Evaluation", "too few check-ins to tell"),
        ABOUT_THE_SAME: translate("Evaluation", "about the same"),
        EASING: translate("Evaluation", "easing"),
        STRONGER: translate("Evaluation", "stronger"),
        HIGHER: translate("Evaluation", "higher"),
        LOWER: translate("Evaluation", "lower"),
    }
    return words.get(direction, direction)


def window_words(days: int) -> str:
    """A window's length in words: "1 week", "1 month", "3 months", "10 days"."""
    translate = QCoreApplication.translate
    named = {
        7: translate("Evaluation", "1 week"),
        14: translate("Evaluation", "2 weeks"),
        30: translate("Evaluation", "1 month"),
        91: translate("Evaluation", "3 months"),
        182: translate("Evaluation", "6 months"),
        365: translate("Evaluation", "1 year"),
    }
    if days in named:
        return named[days]
    return (
        translate("Evaluation", "1 day")
        if days == 1
        else translate("Evaluation", "{n} days").format(n=days)
    )


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def day_text(day: date, fmt: str = "d MMM yyyy") -> str:
    """``day`` written out in the person's locale."""
    return QLocale().toString(qdate(day), fmt)


def stat_text(stat: Stat) -> str:
    """An average with its check-ins; no average where there are too few to go on."""
    translate = QCoreApplication.translate
    shown = rounded(stat.mean)
    if stat.n == 0 or shown is None:
        return translate("Evaluation", "no check-ins")
    if stat.n < MIN_CHECK_INS:
        return (
            translate("Evaluation", "only 1 check-in")
            if stat.n == 1
            else translate("Evaluation", "only {n} check-ins").format(n=stat.n)
        )
    mean = QLocale().toString(shown, "f", 2)
    return translate("Evaluation", "{mean} ({n} check-ins)").format(mean=mean, n=stat.n)


def change_text(change: float | None) -> str:
    """The change in points with its sign ("+1.50", "−2.00", "0.00"), or a dash.

    To 2 decimals, rounded as the command line rounds it: the domain's change is already
    the difference of the rounded averages, so "+0.97" stands beside "about the same"
    (under 1 point) and "+1.00" beside "higher".
    """
    value = rounded(change)
    if value is None:
        return "—"
    text = QLocale().toString(abs(value), "f", 2)
    if value == 0:
        return text
    return ("+" if value > 0 else "−") + text


def rows_to_show(series: list[SeriesResult]) -> tuple[list[SeriesResult], list[SeriesResult]]:
    """The rows of a window's table, and the emotions not rated on either side.

    Overall mood comes first, always; then the feelings with enough check-ins to tell
    (in the service's order), then those with too few. An emotion rated on neither side
    gets no row of empty cells: the table names it in one line below instead.
    """
    mood = [s for s in series if s.name == MOOD]
    others = [s for s in series if s.name != MOOD]
    unrated = [s for s in others if s.before.n == 0 and s.after.n == 0]
    rated = [s for s in others if s.before.n or s.after.n]
    told = [s for s in rated if s.direction != TOO_FEW]
    too_few = [s for s in rated if s.direction == TOO_FEW]
    return mood + told + too_few, unrated
