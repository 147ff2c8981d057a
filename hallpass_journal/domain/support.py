"""When to offer a gentle "consider support" card, and when a grounding exercise.

Not a diagnosis and not a score: a plain rule over the person's own feelings check-ins.
Sustained distress means a distress emotion (hurt, jealousy, fear of being replaced,
overwhelm, shame, anger) rated high in most of the last two weeks' check-ins, and enough
check-ins for "most" to mean something. Private check-ins count: they are the person's
own feelings, and the card is shown to nobody else.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hallpass_journal.domain.entries import EmotionRating
from hallpass_journal.domain.vocabulary import DISTRESS_EMOTIONS

#: How many days the rule looks back over, today included.
SUPPORT_WINDOW_DAYS = 14
#: The intensity (0-10) from which a distress emotion counts as high.
SUPPORT_THRESHOLD = 7
#: Fewer check-ins than this in the window never show the card.
SUPPORT_MIN_CHECK_INS = 4
#: The intensity from which a single check-in offers a grounding exercise.
GROUNDING_THRESHOLD = 8


@dataclass(frozen=True)
class SupportTally:
    """The feelings check-ins in the window, and how many had a high distress emotion."""

    check_ins: int
    distressed: int

    @property
    def pattern_holds(self) -> bool:
        """Enough check-ins, and high distress in more than half of them."""
        return self.check_ins >= SUPPORT_MIN_CHECK_INS and 2 * self.distressed > self.check_ins


def support_window(today: date, dismissed_on: date | None = None) -> tuple[date, date]:
    """The days ``(first, last)`` whose check-ins count, both included.

    The last :data:`SUPPORT_WINDOW_DAYS` days up to ``today``; after the card was set
    aside, only the days after that one.
    """
    first = today - timedelta(days=SUPPORT_WINDOW_DAYS - 1)
    if dismissed_on is not None:
        first = max(first, dismissed_on + timedelta(days=1))
    return first, today


def is_distressed(emotions: Iterable[EmotionRating]) -> bool:
    """A distress emotion rated :data:`SUPPORT_THRESHOLD` or more."""
    return any(e.name in DISTRESS_EMOTIONS and e.intensity >= SUPPORT_THRESHOLD for e in emotions)


def tally(check_ins: Iterable[Sequence[EmotionRating]]) -> SupportTally:
    """Count check-ins (each given by its emotions) and the distressed ones among them."""
    counted = distressed = 0
    for emotions in check_ins:
        counted += 1
        distressed += is_distressed(emotions)
    return SupportTally(counted, distressed)


def grounding_offer(emotions: Iterable[EmotionRating]) -> bool:
    """Whether a check-in's feelings are strong enough to offer a grounding exercise."""
    return any(e.name in DISTRESS_EMOTIONS and e.intensity >= GROUNDING_THRESHOLD for e in emotions)
