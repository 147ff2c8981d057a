"""Evaluate over time: feelings in the days before a moment and in the days after it.

Pure rules, no storage: where the windows fall, when there is enough to compare, which
words describe a change, and the shape the command line and exports print. The figures
themselves are averaged in SQL (``services.evaluation``).

The rules, stated once:

* The before window of N days is the N days ending the day before the anchor's day; the
  after window is the N days starting the day after it. The anchor's own day is in
  neither (on that day, feelings are often about the moment itself, before or after).
* An entry counts for an emotion only if it rated that emotion: not rating it is not a
  zero. Overall mood counts only entries with a mood.
* With fewer than :data:`MIN_CHECK_INS` check-ins on either side, nothing is concluded;
  a change smaller than :data:`SAME_BELOW` points is "about the same". The figures never
  claim more than they can show.
* Means are shown to 2 decimals (:func:`rounded`), and the change is the difference of
  those rounded means, so it always equals after minus before as printed; its words
  are judged on that same change.
* The hard feelings (:data:`HARD_FEELINGS`) read "easing" or "stronger"; mood and the
  other emotions "higher" or "lower".
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from hallpass_journal.domain.vocabulary import DISTRESS_EMOTIONS, EMOTION_LABELS

#: Fewer check-ins than this on either side of the anchor: too few to tell.
MIN_CHECK_INS = 3
#: A change (in points on the 0-10 scale) smaller than this is "about the same".
SAME_BELOW = 1.0
#: One week, one month, three months.
DEFAULT_WINDOWS: tuple[int, ...] = (7, 30, 91)
#: The longest window: ten years on each side.
MAX_WINDOW_DAYS = 3653
#: How many windows one evaluation may compare.
MAX_WINDOWS = 8

#: The series name of overall mood (the entries' own 0-10 mood, not an emotion).
MOOD = "mood"
MOOD_LABEL = "Overall mood"

TOO_FEW = "too few check-ins to tell"
ABOUT_THE_SAME = "about the same"
#: Hard feelings (jealousy, hurt, sadness...): lower is easing.
EASING, STRONGER = "easing", "stronger"
#: Mood and the other emotions: plain, neither good nor bad.
HIGHER, LOWER = "higher", "lower"


#: Emotions whose change reads "easing" or "stronger": the distress emotions of the
#: support card and the other painful ones. Only the words of an evaluation use this;
#: the support card keeps :data:`~hallpass_journal.domain.vocabulary.DISTRESS_EMOTIONS`.
HARD_FEELINGS: frozenset[str] = DISTRESS_EMOTIONS | frozenset(
    {"insecurity", "sadness", "loneliness", "regret", "confusion"}
)


class AnchorKind(StrEnum):
    """What an anchor is. Key events use their event type's value as their kind."""

    DATE = "date"
    AGREEMENT_VERSION = "agreement_version"
    AGREED = "agreed"
    ACTIVE = "active"
    PAUSED = "paused"
    RESUMED = "resumed"
    ENDED = "ended"
    HURT_STEP = "hurt_step"
    #: A pause entry (a pause called and written down).
    PAUSE = "pause"
    #: A debrief entry.
    DEBRIEF = "debrief"
    #: The first repair plan, when no "repair began" event was recorded.
    REPAIR_PLAN = "repair_plan"


#: The label of an anchor on a day picked by hand.
CHOSEN_DAY = "A chosen day"
AGREEMENT_VERSION_LABEL = "Agreement version {number}"
STATUS_ANCHOR_LABELS: dict[AnchorKind, str] = {
    AnchorKind.AGREED: "Agreement agreed by both of you",
    AnchorKind.ACTIVE: "Agreement became active",
    AnchorKind.PAUSED: "Pause called",
    AnchorKind.RESUMED: "Agreement resumed after a pause",
    AnchorKind.ENDED: "Agreement ended",
}
HURT_STEP_LABEL = "Healing step {step}"
REPAIR_PLAN_LABEL = "Repair plan begun"


@dataclass(frozen=True)
class Anchor:
    """The moment to look either side of: a key event, an agreement change, or a day.

    ``uuid`` identifies it among :meth:`EvaluationService.anchors` (None for a chosen
    day): a key event's or an entry's own UUID, or for an agreement's version or status
    change a stable UUID derived from the agreement's (see :func:`agreement_anchor_uuid`).
    """

    day: date
    label: str
    kind: str
    uuid: uuid_mod.UUID | None = None


def chosen_day(day: date) -> Anchor:
    """An anchor on a day picked by hand."""
    return Anchor(day=day, label=CHOSEN_DAY, kind=AnchorKind.DATE.value, uuid=None)


def agreement_anchor_uuid(agreement_uuid: uuid_mod.UUID, what: str) -> uuid_mod.UUID:
    """A stable UUID for one moment of an agreement (``what``: "version:2", "status:3")."""
    return uuid_mod.uuid5(agreement_uuid, what)


@dataclass(frozen=True)
class Marker:
    """A moment the timeline, calendar and chart show: a key event or a marking entry.

    ``kind`` is a key event's type value, or the kind of the entry (``agreement``,
    ``pause``, ``debrief``, ``hurt_step``), or ``resume`` for the note of an agreement
    made active again after a pause. ``uuid`` is the event's or the entry's;
    ``entry_uuid`` is the entry to open (None for a key event).
    """

    day: date
    kind: str
    label: str
    uuid: uuid_mod.UUID
    entry_uuid: uuid_mod.UUID | None = None


#: Marker kind of an agreement note that made the agreement active again after a pause.
RESUME = "resume"


@dataclass(frozen=True)
class Stat:
    """An average and how many check-ins are behind it (``mean`` None when ``n`` is 0)."""

    mean: float | None
    n: int


@dataclass(frozen=True)
class SeriesResult:
    """One emotion (or mood) either side of the anchor.

    ``change`` is the after mean minus the before mean, each rounded to 2 decimals first
    (so it equals the printed figures' difference), and None when either side has too
    few check-ins to tell.
    """

    name: str
    before: Stat
    after: Stat
    change: float | None
    direction: str


@dataclass(frozen=True)
class WindowResult:
    """Every series for one window length."""

    days: int
    series: list[SeriesResult]


@dataclass(frozen=True)
class Evaluation:
    """An anchor and the comparison for each window length."""

    anchor: Anchor
    windows: list[WindowResult]


def window_bounds(anchor_day: date, days: int) -> tuple[tuple[date, date], tuple[date, date]]:
    """``((before_start, before_end), (after_start, after_end))``, all days inclusive.

    Before: the ``days`` days ending the day before ``anchor_day``; after: the ``days``
    days starting the day after it. At the very edges of the calendar a window is cut
    short (no entry can lie beyond them anyway).
    """
    if days < 1:
        raise ValueError("a window is at least one day long")

    def shifted(by: int) -> date:
        try:
            return anchor_day + timedelta(days=by)
        except OverflowError:
            return date.min if by < 0 else date.max

    return (shifted(-days), shifted(-1)), (shifted(1), shifted(days))


def enough(before: Stat, after: Stat) -> bool:
    """Whether both sides have enough check-ins to say anything."""
    return before.n >= MIN_CHECK_INS and after.n >= MIN_CHECK_INS


def rounded(value: float | None) -> float | None:
    """A mean as shown everywhere (app, command line, JSON): to 2 decimals, never "-0.0"."""
    return None if value is None else round(value, 2) + 0.0


def change_between(before: Stat, after: Stat) -> float | None:
    """After minus before, from the means rounded to 2 decimals; None with too few.

    Before 1/3 and after 2/3 print as 0.33 and 0.67, so the change is 0.34 (not 0.33):
    it always equals the difference of the figures shown beside it.
    """
    if not enough(before, after) or before.mean is None or after.mean is None:
        return None
    return rounded(round(after.mean, 2) - round(before.mean, 2))


def direction(name: str, before: Stat, after: Stat) -> str:
    """The change in plain words, never claiming more than the check-ins can show.

    Hard feelings (:data:`HARD_FEELINGS`) are "easing" or "stronger"; mood and the other
    emotions "higher" or "lower", judged on :func:`change_between` (the change as shown).
    A change under :data:`SAME_BELOW` points is "about the same", and fewer than
    :data:`MIN_CHECK_INS` check-ins on either side is "too few check-ins to tell".
    """
    change = change_between(before, after)
    if change is None:
        return TOO_FEW
    if abs(change) < SAME_BELOW:
        return ABOUT_THE_SAME
    if name in HARD_FEELINGS:
        return STRONGER if change > 0 else EASING
    return HIGHER if change > 0 else LOWER


def series_result(name: str, before: Stat, after: Stat) -> SeriesResult:
    """One series with its change and words."""
    return SeriesResult(
        name=name,
        before=before,
        after=after,
        change=change_between(before, after),
        direction=direction(name, before, after),
    )


def series_label(name: str) -> str:
    """How a series is named for a person: "Overall mood", "Fear of being replaced"."""
    if name == MOOD:
        return MOOD_LABEL
    return EMOTION_LABELS.get(name, name.replace("_", " ").capitalize())


def window_label(days: int) -> str:
    """A window length in words: "1 week", "1 month", "3 months", "10 days"."""
    named = {7: "1 week", 14: "2 weeks", 30: "1 month", 91: "3 months", 182: "6 months"}
    if days in named:
        return named[days]
    if days == 365:
        return "1 year"
    return "1 day" if days == 1 else f"{days} days"


def parse_windows(text: str) -> tuple[int, ...]:
    """Window lengths typed as "7,30,91": sorted, each once.

    Raises:
        ValueError: with a message for a person, when the text is not such a list.
    """
    days: set[int] = set()
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        if not part.isdigit():
            raise ValueError(f"“{part}” is not a number of days. Use whole numbers, like 7,30,91.")
        days.add(int(part))
    if not days:
        raise ValueError("Give at least one number of days, like 7,30,91.")
    return checked_windows(days)


def checked_windows(windows: tuple[int, ...] | list[int] | set[int]) -> tuple[int, ...]:
    """``windows`` sorted, each once; ValueError (for a person) if one is unusable."""
    given = list(windows)
    if not given:
        raise ValueError("Give at least one number of days, like 7,30,91.")
    if any(isinstance(d, bool) or not isinstance(d, int) for d in given):
        raise ValueError("Each window must be a whole number of days.")
    if any(not 1 <= d <= MAX_WINDOW_DAYS for d in given):
        raise ValueError(f"Each window needs to be between 1 and {MAX_WINDOW_DAYS} days.")
    ordered = tuple(sorted(set(given)))
    if len(ordered) > MAX_WINDOWS:
        raise ValueError(f"Up to {MAX_WINDOWS} windows can be compared at once.")
    return ordered


def to_json(evaluation: Evaluation) -> dict[str, Any]:
    """The evaluation as plain JSON values (the command line's ``--format json``).

    Means are rounded to 2 decimals and null where no check-in is behind them.
    """
    return {
        "anchor": {"date": evaluation.anchor.day.isoformat(), "label": evaluation.anchor.label},
        "windows": [
            {
                "days": window.days,
                "series": [
                    {
                        "name": s.name,
                        "before": {"mean": rounded(s.before.mean), "n": s.before.n},
                        "after": {"mean": rounded(s.after.mean), "n": s.after.n},
                        "change": s.change,
                        "direction": s.direction,
                    }
                    for s in window.series
                ],
            }
            for window in evaluation.windows
        ],
    }
