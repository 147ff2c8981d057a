"""Evaluate-over-time rules: the windows, when there is enough to say, and the words."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from hallpass_journal.domain.evaluation import (
    ABOUT_THE_SAME,
    DEFAULT_WINDOWS,
    EASING,
    HARD_FEELINGS,
    HIGHER,
    LOWER,
    MIN_CHECK_INS,
    MOOD,
    SAME_BELOW,
    STRONGER,
    TOO_FEW,
    Anchor,
    Evaluation,
    SeriesResult,
    Stat,
    WindowResult,
    agreement_anchor_uuid,
    change_between,
    checked_windows,
    chosen_day,
    direction,
    parse_windows,
    rounded,
    series_label,
    series_result,
    to_json,
    window_bounds,
    window_label,
)
from hallpass_journal.domain.vocabulary import DISTRESS_EMOTIONS, EMOTIONS


def test_the_agreed_constants() -> None:
    assert (MIN_CHECK_INS, SAME_BELOW, DEFAULT_WINDOWS) == (3, 1.0, (7, 30, 91))
    assert MOOD == "mood"


def test_windows_leave_the_anchor_day_out_on_both_sides() -> None:
    # 14 March 2026: 7 days before are 7..13 March, 7 days after 15..21 March.
    before, after = window_bounds(date(2026, 3, 14), 7)
    assert before == (date(2026, 3, 7), date(2026, 3, 13))
    assert after == (date(2026, 3, 15), date(2026, 3, 21))
    # Each side is exactly N days long.
    assert (before[1] - before[0]).days + 1 == 7
    assert (after[1] - after[0]).days + 1 == 7


def test_windows_cross_leap_days_and_years() -> None:
    # 2024 is a leap year: 30 days before 1 March 2024 start on 31 January (29 days of
    # February plus 31 January), and one day after 28 February is the 29th.
    before, _ = window_bounds(date(2024, 3, 1), 30)
    assert before == (date(2024, 1, 31), date(2024, 2, 29))
    _, after = window_bounds(date(2024, 2, 28), 1)
    assert after == (date(2024, 2, 29), date(2024, 2, 29))
    before, after = window_bounds(date(2026, 1, 1), 91)
    assert before == (date(2025, 10, 2), date(2025, 12, 31))
    assert after == (date(2026, 1, 2), date(2026, 4, 2))


def test_windows_at_the_edges_of_the_calendar_are_cut_short() -> None:
    before, after = window_bounds(date(1, 1, 3), 7)
    assert before == (date.min, date(1, 1, 2))
    assert after == (date(1, 1, 4), date(1, 1, 10))
    _, after = window_bounds(date.max, 1)
    assert after == (date.max, date.max)
    with pytest.raises(ValueError):
        window_bounds(date(2026, 1, 1), 0)


def s(mean: float | None, n: int) -> Stat:
    return Stat(mean, n)


def test_too_few_check_ins_on_either_side_says_nothing() -> None:
    assert direction("jealousy", s(8.0, 2), s(2.0, 30)) == TOO_FEW
    assert direction("jealousy", s(8.0, 30), s(2.0, 2)) == TOO_FEW
    assert direction("mood", s(None, 0), s(None, 0)) == TOO_FEW
    assert change_between(s(8.0, 2), s(2.0, 30)) is None
    # Three on each side is enough.
    assert direction("jealousy", s(8.0, 3), s(2.0, 3)) == EASING
    assert change_between(s(8.0, 3), s(2.0, 3)) == -6.0


def test_distress_emotions_ease_or_grow_stronger() -> None:
    assert "jealousy" in DISTRESS_EMOTIONS
    assert DISTRESS_EMOTIONS <= HARD_FEELINGS
    assert direction("jealousy", s(8.0, 5), s(7.0, 3)) == EASING  # exactly one point
    assert direction("jealousy", s(7.0, 5), s(8.0, 3)) == STRONGER
    assert direction("jealousy", s(7.0, 5), s(7.99, 3)) == ABOUT_THE_SAME


@pytest.mark.parametrize(
    "name", ["insecurity", "sadness", "loneliness", "regret", "confusion", "overwhelm"]
)
def test_the_other_hard_feelings_ease_or_grow_stronger_too(name: str) -> None:
    assert name in HARD_FEELINGS
    assert direction(name, s(7.0, 3), s(5.0, 3)) == EASING
    assert direction(name, s(5.0, 3), s(7.0, 3)) == STRONGER


def test_hard_feelings_leave_the_support_card_alone() -> None:
    # The support card's rule keeps its six distress emotions.
    support, hard = DISTRESS_EMOTIONS, HARD_FEELINGS
    assert support == {"hurt", "jealousy", "fear_of_being_replaced", "overwhelm", "shame", "anger"}
    assert hard - support == {"insecurity", "sadness", "loneliness", "regret", "confusion"}
    assert hard <= set(EMOTIONS)


def test_mood_and_other_emotions_are_higher_or_lower() -> None:
    assert "calm" not in HARD_FEELINGS
    for name in ("curiosity", "excitement", "relief", "closeness", "hope", "gratitude"):
        assert name not in HARD_FEELINGS
    assert direction(MOOD, s(4.0, 3), s(6.5, 3)) == HIGHER
    assert direction(MOOD, s(6.5, 3), s(4.0, 3)) == LOWER
    assert direction("calm", s(6.5, 3), s(4.0, 3)) == LOWER
    assert direction("calm", s(4.0, 3), s(4.5, 3)) == ABOUT_THE_SAME
    # Emotions outside the vocabulary are not distress emotions either.
    assert direction("wistful", s(2.0, 3), s(5.0, 3)) == HIGHER


def test_under_one_point_is_about_the_same_after_rounding() -> None:
    # 1.13 - 0.13 is 0.9999999999999999 in binary floats; shown to 2 decimals it is
    # 1.00, so it counts as a change of one point (the words match the number shown).
    before, after = s(0.13, 3), s(1.13, 3)
    assert after.mean - before.mean < 1.0  # type: ignore[operator]
    assert change_between(before, after) == 1.0
    assert direction("hope", before, after) == HIGHER
    # 0.994 rounds to 0.99: about the same.
    assert change_between(s(5.0, 3), s(5.994, 3)) == 0.99
    assert direction("hope", s(5.0, 3), s(5.994, 3)) == ABOUT_THE_SAME


def test_change_is_the_difference_of_the_rounded_means() -> None:
    # Before 1/3 and after 2/3 are shown as 0.33 and 0.67: the change is 0.34, as printed.
    before, after = s(1 / 3, 3), s(2 / 3, 3)
    assert rounded(before.mean) == 0.33 and rounded(after.mean) == 0.67
    assert change_between(before, after) == 0.34
    # 5.004 and 6.005 show as 5.0 and 6.0 (6.005 is just under it in binary): change 1.0.
    assert rounded(6.005) == 6.0
    assert change_between(s(5.004, 3), s(6.005, 3)) == 1.0
    # The words follow the change as shown: 4.996 -> 5.00 and 5.994 -> 5.99 is 0.99.
    assert change_between(s(4.996, 3), s(5.994, 3)) == 0.99
    assert direction("hope", s(4.996, 3), s(5.994, 3)) == ABOUT_THE_SAME
    # 4.004 -> 4.00 and 4.996 -> 5.00: one point as shown, though 0.992 unrounded.
    assert change_between(s(4.004, 3), s(4.996, 3)) == 1.0
    assert direction("hope", s(4.004, 3), s(4.996, 3)) == HIGHER
    assert direction("sadness", s(4.996, 3), s(4.004, 3)) == EASING


def test_change_is_rounded_and_never_negative_zero() -> None:
    assert change_between(s(8.0, 5), s(6.333333, 3)) == -1.67
    zero = change_between(s(5.001, 3), s(5.0, 3))
    assert zero == 0.0 and str(zero) == "0.0"


def test_series_result_bundles_figures_and_words() -> None:
    result = series_result("hurt", s(6.0, 4), s(4.5, 4))
    assert result == SeriesResult("hurt", s(6.0, 4), s(4.5, 4), -1.5, EASING)


def test_labels_for_people() -> None:
    assert series_label(MOOD) == "Overall mood"
    assert series_label("fear_of_being_replaced") == "Fear of being replaced"
    assert series_label("wistful_longing") == "Wistful longing"
    assert [window_label(d) for d in (1, 7, 30, 91, 10, 365)] == [
        "1 day",
        "1 week",
        "1 month",
        "3 months",
        "10 days",
        "1 year",
    ]
    assert all(series_label(e) for e in EMOTIONS)


def test_windows_typed_as_text() -> None:
    assert parse_windows("7,30,91") == (7, 30, 91)
    assert parse_windows(" 91, 7 ,30,7 ") == (7, 30, 91)
    assert parse_windows("14") == (14,)
    for bad, words in [
        ("", "at least one"),
        (",", "at least one"),
        ("7,x", "“x” is not a number"),
        ("-7", "“-7” is not a number"),
        ("7.5", "“7.5” is not a number"),
        ("0", "between 1 and"),
        ("99999", "between 1 and"),
        ("1,2,3,4,5,6,7,8,9", "Up to 8"),
    ]:
        with pytest.raises(ValueError, match=words):
            parse_windows(bad)
    with pytest.raises(ValueError, match="whole number"):
        checked_windows((7, True))


def test_anchors_on_a_chosen_day_and_agreement_moments() -> None:
    anchor = chosen_day(date(2026, 3, 14))
    assert anchor == Anchor(date(2026, 3, 14), "A chosen day", "date", None)
    agreement = uuid.uuid4()
    first = agreement_anchor_uuid(agreement, "version:2")
    assert first == agreement_anchor_uuid(agreement, "version:2")  # stable
    assert first != agreement_anchor_uuid(agreement, "status:2")


def test_json_shape_rounds_means_and_nulls_empty_sides() -> None:
    evaluation = Evaluation(
        anchor=Anchor(date(2026, 3, 14), "The encounter", "encounter", uuid.uuid4()),
        windows=[
            WindowResult(
                days=7,
                series=[
                    series_result(MOOD, s(19 / 3, 3), s(None, 0)),
                    series_result("jealousy", s(8.0, 5), s(7.0, 3)),
                ],
            )
        ],
    )
    data = to_json(evaluation)
    assert data == {
        "anchor": {"date": "2026-03-14", "label": "The encounter"},
        "windows": [
            {
                "days": 7,
                "series": [
                    {
                        "name": "mood",
                        "before": {"mean": 6.33, "n": 3},
                        "after": {"mean": None, "n": 0},
                        "change": None,
                        "direction": "too few check-ins to tell",
                    },
                    {
                        "name": "jealousy",
                        "before": {"mean": 8.0, "n": 5},
                        "after": {"mean": 7.0, "n": 3},
                        "change": -1.0,
                        "direction": "easing",
                    },
                ],
            }
        ],
    }
    assert json.loads(json.dumps(data)) == data  # plain JSON values only
