"""The support card on a real journal: counted in SQL, private check-ins included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.settings import SUPPORT_DISMISSED_ON
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal

TODAY = date(2025, 6, 14)


def check_in(
    journal: Journal,
    days_ago: int,
    *,
    kind: EntryKind = EntryKind.FEELINGS,
    private: bool = False,
    **ratings: int,
) -> Entry:
    entry = Entry.new(
        kind,
        about=TODAY - timedelta(days=days_ago),
        private=private,
        emotions=[EmotionRating(name=k, intensity=v) for k, v in ratings.items()],
    )
    return journal.save_entry(entry)


def heavy(journal: Journal, days_ago: int, **extra: object) -> Entry:
    return check_in(journal, days_ago, hurt=7, calm=3, **extra)  # type: ignore[arg-type]


def light(journal: Journal, days_ago: int) -> Entry:
    return check_in(journal, days_ago, hurt=6, jealousy=6, calm=6)


def test_no_check_ins_no_card(journal: Journal) -> None:
    assert journal.care.support_card(TODAY) is False


def test_three_heavy_check_ins_are_not_enough_four_are(journal: Journal) -> None:
    for n in (0, 2, 4):
        heavy(journal, n)
    assert journal.care.support_card(TODAY) is False
    heavy(journal, 6)
    assert journal.care.support_card(TODAY) is True


def test_half_is_not_most(journal: Journal) -> None:
    heavy(journal, 0)
    heavy(journal, 1)
    light(journal, 2)
    light(journal, 3)
    assert journal.care.support_tally(TODAY).check_ins == 4
    assert journal.care.support_card(TODAY) is False
    heavy(journal, 4)  # 3 of 5
    assert journal.care.support_card(TODAY) is True


def test_six_is_not_high_seven_is(journal: Journal) -> None:
    for n in range(4):
        check_in(journal, n, jealousy=6, fear_of_being_replaced=6)
    assert journal.care.support_card(TODAY) is False
    check_in(journal, 5, jealousy=7)
    check_in(journal, 6, anger=9)
    check_in(journal, 7, overwhelm=7)
    check_in(journal, 8, shame=8, calm=1)
    check_in(journal, 9, fear_of_being_replaced=10)  # 5 of 9
    assert journal.care.support_card(TODAY) is True


def test_the_fourteenth_day_counts_the_fifteenth_does_not(journal: Journal) -> None:
    for n in (0, 1, 2):
        heavy(journal, n)
    heavy(journal, 14)  # day 15, counting today as day 1
    assert journal.care.support_card(TODAY) is False
    heavy(journal, 13)  # day 14
    assert journal.care.support_card(TODAY) is True
    # Tomorrow that check-in falls out of the window again.
    assert journal.care.support_card(TODAY + timedelta(days=1)) is False


def test_only_feelings_check_ins_count_private_ones_too(journal: Journal) -> None:
    heavy(journal, 0)
    heavy(journal, 1)
    light(journal, 2)
    check_in(journal, 3, kind=EntryKind.FREE, hurt=9)
    check_in(journal, 3, kind=EntryKind.CHECK_IN, hurt=9)
    check_in(journal, 3, sadness=10, loneliness=10)  # heavy, but not a distress emotion
    tally = journal.care.support_tally(TODAY)
    assert (tally.check_ins, tally.distressed) == (4, 2)
    assert journal.care.support_card(TODAY) is False
    heavy(journal, 4, private=True)
    assert journal.care.support_card(TODAY) is True


def test_set_aside_until_the_pattern_holds_again_afterwards(journal: Journal) -> None:
    for n in range(5):
        heavy(journal, n)
    assert journal.care.support_card(TODAY) is True

    change = journal.care.dismiss_support(TODAY)
    assert change.touches(Area.SETTINGS)
    assert journal.settings.get(SUPPORT_DISMISSED_ON) == TODAY.isoformat()
    assert journal.care.support_card(TODAY) is False
    heavy(journal, 0)  # written on the day it was set aside: still not back
    later = TODAY + timedelta(days=4)
    for n in (1, 2, 3):
        check_in(journal, -n, hurt=8)
    assert journal.care.support_card(later) is False  # three since then
    check_in(journal, -4, jealousy=8)
    assert journal.care.support_card(later) is True  # four since, all heavy


@pytest.mark.parametrize("dismissed", ["", "2025-06-30"])
def test_a_dismissal_date_ahead_or_never_is_handled(journal: Journal, dismissed: str) -> None:
    for n in range(4):
        heavy(journal, n)
    journal.settings.set(SUPPORT_DISMISSED_ON, dismissed)
    assert journal.care.support_card(TODAY) is (dismissed == "")
