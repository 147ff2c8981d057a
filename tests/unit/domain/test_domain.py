"""Pure domain rules: entries, agreement lifecycle, check-in planning."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from hallpass_journal.domain.agreements import (
    AgreementStatus,
    AgreementTerms,
    InvalidTransition,
    check_transition,
    diff_terms,
)
from hallpass_journal.domain.checkins import CheckInKind, plan_around_event
from hallpass_journal.domain.entries import (
    EmotionRating,
    Entry,
    FeelingsAnswers,
    HurtStepAnswers,
    ReflectionAnswers,
    empty_answers,
    normalise_tags,
)
from hallpass_journal.domain.guided_content import answers_search_text
from hallpass_journal.domain.vocabulary import CAUTION_MOTIVES, MOTIVES, EntryKind


def test_every_kind_has_matching_blank_answers() -> None:
    for kind in EntryKind:
        entry = Entry.new(kind)
        assert entry.answers.kind == kind.value


def test_answers_must_match_the_kind() -> None:
    with pytest.raises(ValidationError, match="answers are for"):
        Entry(kind=EntryKind.FREE, answers=FeelingsAnswers())


@pytest.mark.parametrize("intensity", [-1, 11])
def test_intensity_is_zero_to_ten(intensity: int) -> None:
    with pytest.raises(ValidationError):
        EmotionRating(name="hurt", intensity=intensity)


def test_an_emotion_appears_once_per_entry() -> None:
    with pytest.raises(ValidationError, match="once"):
        Entry.new(
            EntryKind.FEELINGS,
            emotions=[
                EmotionRating(name="hurt", intensity=2),
                EmotionRating(name="hurt", intensity=3),
            ],
        )


def test_hurt_steps_are_one_to_five() -> None:
    with pytest.raises(ValidationError):
        HurtStepAnswers(step=6)


def test_answers_search_text_collects_free_text_only() -> None:
    text = answers_search_text(
        EntryKind.REFLECTION,
        ReflectionAnswers(hoping_for="closeness", values_conflict="maybe", motives=["curiosity"]),
    )
    assert "closeness" in text and "maybe" in text
    assert "reflection" not in text and "curiosity" not in text


def test_tags_are_trimmed_deduplicated_and_sorted() -> None:
    assert normalise_tags([" Date  night ", "calm", "CALM", "", "date night"]) == [
        "calm",
        "Date night",
    ]


def test_caution_motives_are_part_of_the_vocabulary() -> None:
    assert set(MOTIVES) >= CAUTION_MOTIVES


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        (AgreementStatus.DRAFT, AgreementStatus.AGREED, True),
        (AgreementStatus.DRAFT, AgreementStatus.ACTIVE, False),
        (AgreementStatus.AGREED, AgreementStatus.ACTIVE, True),
        (AgreementStatus.ACTIVE, AgreementStatus.PAUSED, True),
        (AgreementStatus.PAUSED, AgreementStatus.ACTIVE, True),
        (AgreementStatus.PAUSED, AgreementStatus.ENDED, True),
        (AgreementStatus.ENDED, AgreementStatus.ACTIVE, False),
    ],
)
def test_agreement_lifecycle(current: AgreementStatus, new: AgreementStatus, allowed: bool) -> None:
    if allowed:
        check_transition(current, new)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(current, new)


def test_diff_terms_lists_changed_fields() -> None:
    old = AgreementTerms(frequency="one_time", disclosure="full")
    new = AgreementTerms(
        frequency="one_time", disclosure="partial", pause_phrase="Can we stop and talk?"
    )
    assert diff_terms(old, new) == {
        "disclosure": ("full", "partial"),
        "pause_phrase": ("", "Can we stop and talk?"),
    }


def test_check_ins_around_an_event() -> None:
    event = datetime(2026, 5, 1, 20, tzinfo=UTC)
    plan = plan_around_event(event)
    kinds = [c.kind for c in plan]
    assert kinds[:3] == [CheckInKind.BEFORE, CheckInKind.RIGHT_AFTER, CheckInKind.ONE_WEEK]
    assert kinds.count(CheckInKind.INTERVAL) == 3
    assert plan[0].due_at < event < plan[1].due_at
    assert plan[2].due_at == event + timedelta(weeks=1)
    assert [c.due_at for c in plan] == sorted(c.due_at for c in plan)
    assert plan[1].is_overdue(event + timedelta(days=1))
    assert not plan[1].is_overdue(event)


def test_empty_answers_for_checklists_carry_their_kind() -> None:
    assert empty_answers(EntryKind.SAFETY).kind == "safety"
