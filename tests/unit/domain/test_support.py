"""The support rule at its edges, and the grounding offer."""

from __future__ import annotations

from datetime import date

import pytest

from hallpass_journal.domain.entries import EmotionRating
from hallpass_journal.domain.support import (
    SUPPORT_MIN_CHECK_INS,
    SUPPORT_THRESHOLD,
    SUPPORT_WINDOW_DAYS,
    SupportTally,
    grounding_offer,
    is_distressed,
    support_window,
    tally,
)


def feel(**ratings: int) -> list[EmotionRating]:
    return [EmotionRating(name=name, intensity=value) for name, value in ratings.items()]


def test_the_published_numbers() -> None:
    assert (SUPPORT_WINDOW_DAYS, SUPPORT_THRESHOLD, SUPPORT_MIN_CHECK_INS) == (14, 7, 4)


@pytest.mark.parametrize(
    ("check_ins", "distressed", "holds"),
    [
        (3, 3, False),  # too few check-ins, however heavy
        (4, 3, True),
        (4, 2, False),  # exactly half is not most
        (5, 3, True),
        (6, 3, False),
        (0, 0, False),
    ],
)
def test_pattern_needs_enough_check_ins_and_more_than_half(
    check_ins: int, distressed: int, holds: bool
) -> None:
    assert SupportTally(check_ins, distressed).pattern_holds is holds


def test_a_distress_emotion_counts_from_seven() -> None:
    assert not is_distressed(feel(hurt=6, jealousy=6, calm=2))
    assert is_distressed(feel(hurt=7))
    assert is_distressed(feel(calm=9, anger=7))
    assert not is_distressed(feel(sadness=10, loneliness=10, excitement=10))  # not distress
    heavy, light = feel(jealousy=8), feel(jealousy=6)
    assert tally([heavy, light, heavy, heavy]) == SupportTally(4, 3)
    assert tally([heavy, light, heavy, light]).pattern_holds is False


def test_the_window_is_fourteen_days_with_today_unless_set_aside() -> None:
    today = date(2025, 6, 14)
    assert support_window(today) == (date(2025, 6, 1), today)
    assert support_window(today, dismissed_on=date(2025, 6, 10)) == (date(2025, 6, 11), today)
    assert support_window(today, dismissed_on=date(2025, 1, 1)) == (date(2025, 6, 1), today)


def test_grounding_is_offered_from_eight() -> None:
    assert not grounding_offer(feel(overwhelm=7, shame=7))
    assert grounding_offer(feel(overwhelm=8))
    assert grounding_offer(feel(calm=3, fear_of_being_replaced=10))
    assert not grounding_offer(feel(excitement=10))
    assert not grounding_offer([])
