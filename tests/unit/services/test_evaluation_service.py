"""Evaluate over time on a hand-made journal: every figure worked out by hand below."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.entries import EmotionRating, Entry, HurtStepAnswers
from hallpass_journal.domain.evaluation import (
    Anchor,
    Evaluation,
    Stat,
    agreement_anchor_uuid,
    chosen_day,
    to_json,
)
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.evaluation import EvaluationService
from hallpass_journal.services.journal import Journal

ANCHOR = date(2026, 3, 14)  # a Saturday; the encounter


def feel(
    journal: Journal,
    day: date,
    mood: int | None = None,
    *,
    private: bool = False,
    **emotions: int,
) -> Entry:
    return journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            about=day,
            mood=mood,
            private=private,
            emotions=[EmotionRating(name=k, intensity=v) for k, v in emotions.items()],
        )
    )


@pytest.fixture
def story(journal: Journal) -> Journal:
    """Check-ins around 14 March 2026, inside, on and just outside the windows.

    7-day windows: before 7..13 March, after 15..21 March.
    30-day windows: before 12 February..13 March, after 15 March..13 April.
    """
    d = date
    with journal.bulk():
        # Outside every window (30 days before start on 12 February).
        feel(journal, d(2026, 2, 11), 9, jealousy=0, regret=4)
        # First day of the 30-day before window; no mood written.
        feel(journal, d(2026, 2, 12), jealousy=2, hurt=2)
        # In the 30-day window only (the 7-day one starts on 7 March).
        feel(journal, d(2026, 3, 6), 2, jealousy=10)
        # The 7-day before window: 7 (its first day), 10 and 13 March.
        feel(journal, d(2026, 3, 7), 5, jealousy=7, hurt=4, hope=6, calm=5, overwhelm=1)
        feel(journal, d(2026, 3, 10), 3, jealousy=9, hope=6, calm=5, overwhelm=3)
        feel(journal, d(2026, 3, 13), 4, jealousy=8, hurt=6, hope=5, calm=5, overwhelm=2)
        # The anchor's own day: in neither window ("shame" is rated on it only).
        feel(journal, ANCHOR, 0, jealousy=10, hurt=10, shame=9)
        # The 7-day after window: 15, 18 and 21 March (its last day).
        feel(journal, d(2026, 3, 15), 6, jealousy=6, hurt=5, hope=6, calm=4, overwhelm=4)
        feel(journal, d(2026, 3, 18), 6, jealousy=7, hope=6, calm=4, overwhelm=3)
        feel(journal, d(2026, 3, 21), 7, jealousy=5, hurt=3, hope=7, calm=4, overwhelm=5)
        # A private check-in inside the 7-day after window.
        feel(journal, d(2026, 3, 16), 0, private=True, jealousy=10)
        # In the 30-day after window only; 13 April is its last day; no mood on it.
        feel(journal, d(2026, 3, 22), 9, jealousy=1)
        feel(journal, d(2026, 4, 13), jealousy=3, calm=8)
        # Outside every window.
        feel(journal, d(2026, 4, 14), 10, jealousy=0)
        # An entry with no feelings at all counts for nothing.
        journal.save_entry(Entry.new(EntryKind.FREE, about=d(2026, 3, 17), body="A walk."))
    return journal


def by_name(evaluation: Evaluation, days: int) -> dict[str, tuple[Stat, Stat, float | None, str]]:
    (window,) = [w for w in evaluation.windows if w.days == days]
    return {s.name: (s.before, s.after, s.change, s.direction) for s in window.series}


def test_hand_worked_figures_without_private_entries(story: Journal) -> None:
    evaluation = story.evaluation.evaluate(chosen_day(ANCHOR), (7, 30), include_private=False)
    assert [w.days for w in evaluation.windows] == [7, 30]
    week = by_name(evaluation, 7)
    # Mood first, then the emotions in the vocabulary's order. Shame (only on the anchor
    # day) and regret (only outside the windows) are not listed.
    assert list(week) == ["mood", "jealousy", "hurt", "hope", "calm", "overwhelm"]

    # Mood: before (5 + 3 + 4) / 3 = 4.0; after (6 + 6 + 7) / 3 = 19/3 = 6.333...
    # change 6.333 - 4.0 = 2.33 -> higher.
    assert week["mood"] == (Stat(4.0, 3), Stat(19 / 3, 3), 2.33, "higher")
    # Jealousy: before (7 + 9 + 8) / 3 = 8.0; after (6 + 7 + 5) / 3 = 6.0; -2.0 -> easing.
    # The anchor day's 10 and the private 10 on 16 March are not counted.
    assert week["jealousy"] == (Stat(8.0, 3), Stat(6.0, 3), -2.0, "easing")
    # Hurt was rated twice on each side: (4 + 6) / 2 = 5.0 and (5 + 3) / 2 = 4.0, but
    # two check-ins are too few to tell (the days without a rating are not zeros).
    assert week["hurt"] == (Stat(5.0, 2), Stat(4.0, 2), None, "too few check-ins to tell")
    # Hope: (6 + 6 + 5) / 3 = 17/3 = 5.667; (6 + 6 + 7) / 3 = 19/3 = 6.333. Shown as 5.67
    # and 6.33, the change is 6.33 - 5.67 = +0.66 (what the figures show), and it is
    # under one point -> about the same.
    assert week["hope"] == (Stat(17 / 3, 3), Stat(19 / 3, 3), 0.66, "about the same")
    # Calm: 15/3 = 5.0 and 12/3 = 4.0: exactly one point lower counts as lower.
    assert week["calm"] == (Stat(5.0, 3), Stat(4.0, 3), -1.0, "lower")
    # Overwhelm: (1 + 3 + 2) / 3 = 2.0 and (4 + 3 + 5) / 3 = 4.0: +2.0 -> stronger.
    assert week["overwhelm"] == (Stat(2.0, 3), Stat(4.0, 3), 2.0, "stronger")

    month = by_name(evaluation, 30)
    # Mood: before 12 Feb has none: (2 + 5 + 3 + 4) / 4 = 3.5; after 13 April has none:
    # (6 + 6 + 7 + 9) / 4 = 7.0; +3.5 -> higher.
    assert month["mood"] == (Stat(3.5, 4), Stat(7.0, 4), 3.5, "higher")
    # Jealousy: (2 + 10 + 7 + 9 + 8) / 5 = 36/5 = 7.2; (6 + 7 + 5 + 1 + 3) / 5 = 22/5 = 4.4;
    # change -2.8 -> easing. 11 February and 14 April are outside.
    assert month["jealousy"] == (Stat(7.2, 5), Stat(4.4, 5), -2.8, "easing")
    # Hurt: (2 + 4 + 6) / 3 = 4.0 before, but only two after: too few.
    assert month["hurt"] == (Stat(4.0, 3), Stat(4.0, 2), None, "too few check-ins to tell")
    # Calm: 15/3 = 5.0 before; (4 + 4 + 4 + 8) / 4 = 5.0 after: 0.0 -> about the same.
    assert month["calm"] == (Stat(5.0, 3), Stat(5.0, 4), 0.0, "about the same")


def test_private_check_ins_count_only_when_included(story: Journal) -> None:
    evaluation = story.evaluation.evaluate(chosen_day(ANCHOR), (7,), include_private=True)
    week = by_name(evaluation, 7)
    # The private 16 March check-in joins the after side: jealousy (6 + 7 + 5 + 10) / 4
    # = 7.0, change -1.0 -> easing; mood (6 + 6 + 7 + 0) / 4 = 4.75, +0.75 -> the same.
    assert week["jealousy"] == (Stat(8.0, 3), Stat(7.0, 4), -1.0, "easing")
    assert week["mood"] == (Stat(4.0, 3), Stat(4.75, 4), 0.75, "about the same")


def test_json_of_the_hand_made_journal(story: Journal) -> None:
    evaluation = story.evaluation.evaluate(
        chosen_day(ANCHOR), (7,), include_private=False, emotions=["hope", "jealousy"]
    )
    assert to_json(evaluation)["windows"][0]["series"] == [
        {
            "name": "mood",
            "before": {"mean": 4.0, "n": 3},
            "after": {"mean": 6.33, "n": 3},
            "change": 2.33,
            "direction": "higher",
        },
        {
            "name": "hope",
            "before": {"mean": 5.67, "n": 3},
            "after": {"mean": 6.33, "n": 3},
            "change": 0.66,
            "direction": "about the same",
        },
        {
            "name": "jealousy",
            "before": {"mean": 8.0, "n": 3},
            "after": {"mean": 6.0, "n": 3},
            "change": -2.0,
            "direction": "easing",
        },
    ]


def test_chosen_emotions_keep_their_order_and_unrated_ones_are_empty(story: Journal) -> None:
    evaluation = story.evaluation.evaluate(
        chosen_day(ANCHOR),
        (7,),
        include_private=True,
        emotions=["calm", "mood", "gratitude", "calm"],
    )
    week = by_name(evaluation, 7)
    assert list(week) == ["mood", "calm", "gratitude"]
    assert week["gratitude"] == (Stat(None, 0), Stat(None, 0), None, "too few check-ins to tell")


def test_an_empty_journal_has_only_mood_with_nothing_to_tell(journal: Journal) -> None:
    evaluation = journal.evaluation.evaluate(chosen_day(ANCHOR), include_private=True)
    assert [w.days for w in evaluation.windows] == [7, 30, 91]
    for window in evaluation.windows:
        assert [(s.name, s.before.n, s.after.n, s.change) for s in window.series] == [
            ("mood", 0, 0, None)
        ]


def test_evaluate_asks_for_an_explicit_privacy_choice_and_usable_windows(
    journal: Journal,
) -> None:
    with pytest.raises(TypeError):
        journal.evaluation.evaluate(chosen_day(ANCHOR))  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="between 1 and"):
        journal.evaluation.evaluate(chosen_day(ANCHOR), (0, 7), include_private=True)


def test_the_day_is_the_day_written_about_not_the_day_it_was_saved(journal: Journal) -> None:
    # Written at 21:30 on 13 March in Los Angeles (05:30 UTC on the 14th): it is about
    # the 13th, so it counts before an anchor on the 14th, not on the anchor's own day.
    late = datetime(2026, 3, 13, 21, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert late.astimezone(UTC).date() == ANCHOR
    for mood in (2, 4, 6):
        journal.save_entry(
            Entry.new(
                EntryKind.FEELINGS,
                about=late.date(),
                created_at=late.astimezone(UTC),
                mood=mood,
            ),
            touch=False,
        )
    week = by_name(journal.evaluation.evaluate(chosen_day(ANCHOR), (7,), include_private=True), 7)
    assert week["mood"][0] == Stat(4.0, 3)


# -- anchors -------------------------------------------------------------------------


def at(day: int, month: int = 1, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def test_anchors_newest_first(journal: Journal) -> None:
    agreements = journal.agreements
    agreement = agreements.create("One evening", AgreementTerms(), at=at(5)).agreement
    a = agreement.uuid
    agreements.change_status(a, AgreementStatus.AGREED, at=at(10))
    agreements.change_status(a, AgreementStatus.ACTIVE, at=at(12))
    agreements.new_version(a, AgreementTerms(notes="More care."), at=at(20))
    pause = agreements.pause(a, "Too fast", at=at(1, 2)).note
    agreements.resume(a, at=at(5, 2))
    agreements.change_status(a, AgreementStatus.ENDED, at=at(30, 4))
    encounter = KeyEvent(type=EventType.ENCOUNTER, on=ANCHOR, time=time(20), title="")
    test = KeyEvent(type=EventType.TEST_RESULT, on=date(2026, 2, 20), title="Both tested")
    journal.events.save(encounter)
    journal.events.save(test)
    step = journal.save_entry(
        Entry.new(EntryKind.HURT_STEP, about=date(2026, 3, 16), answers=HurtStepAnswers(step=2))
    )
    plan = journal.save_entry(Entry.new(EntryKind.REPAIR_PLAN, about=date(2026, 3, 20)))
    later_plan = journal.save_entry(Entry.new(EntryKind.REPAIR_PLAN, about=date(2026, 3, 25)))

    anchors = EvaluationService(journal.vault, zone=ZoneInfo("Europe/Berlin")).anchors(
        include_private=True
    )
    got = [(x.day, x.label, x.kind) for x in anchors]
    assert got == [
        (date(2026, 4, 30), "Agreement ended", "ended"),
        (date(2026, 3, 20), "Repair plan begun", "repair_plan"),
        (date(2026, 3, 16), "Healing step 2", "hurt_step"),
        (ANCHOR, "The encounter", "encounter"),
        (date(2026, 2, 20), "Both tested", "test_result"),
        (date(2026, 2, 5), "Agreement resumed after a pause", "resumed"),
        # The pause entry written when the pause was called stands for "Pause called".
        (date(2026, 2, 1), "Pause called: One evening", "pause"),
        (date(2026, 1, 20), "Agreement version 2", "agreement_version"),
        (date(2026, 1, 12), "Agreement became active", "active"),
        (date(2026, 1, 10), "Agreement agreed by both of you", "agreed"),
        (date(2026, 1, 5), "Agreement version 1", "agreement_version"),
    ]
    uuids = [x.uuid for x in anchors]
    assert len(set(uuids)) == len(uuids)
    assert uuids[1] == plan.uuid and later_plan.uuid not in uuids
    assert uuids[2] == step.uuid and uuids[3] == encounter.uuid
    assert uuids[6] == pause.uuid and uuids[7] == agreement_anchor_uuid(a, "version:2")

    # Recording "repair began" replaces the first repair plan as the start of repair.
    began = KeyEvent(type=EventType.REPAIR_START, on=date(2026, 3, 18))
    journal.events.save(began)
    kinds = [x.kind for x in journal.evaluation.anchors(include_private=True)]
    assert "repair_start" in kinds and "repair_plan" not in kinds

    # Any anchor is found again by its UUID; an unknown one is None.
    assert journal.evaluation.anchor(encounter.uuid, include_private=True) == Anchor(
        ANCHOR, "The encounter", "encounter", encounter.uuid
    )
    assert (
        journal.evaluation.anchor(agreement_anchor_uuid(a, "version:2"), include_private=True)
        is not None
    )
    assert journal.evaluation.anchor(uuid.uuid4(), include_private=True) is None


def test_agreement_moments_fall_on_the_local_day(journal: Journal) -> None:
    # Agreed at 05:00 UTC on 10 January: still the 9th in Los Angeles.
    a = journal.agreements.create("Ours", AgreementTerms(), at=at(5)).agreement.uuid
    journal.agreements.change_status(a, AgreementStatus.AGREED, at=at(10, hour=5))
    west = EvaluationService(journal.vault, zone=ZoneInfo("America/Los_Angeles")).anchors(
        include_private=True
    )
    east = EvaluationService(journal.vault, zone=ZoneInfo("Europe/Berlin")).anchors(
        include_private=True
    )
    assert west[0].day == date(2026, 1, 9) and east[0].day == date(2026, 1, 10)


def test_several_agreements_are_told_apart_and_a_recorded_event_is_not_repeated(
    journal: Journal,
) -> None:
    first = journal.agreements.create("Spring", AgreementTerms(), at=at(5)).agreement.uuid
    journal.agreements.create("Summer", AgreementTerms(), at=at(6))
    journal.agreements.change_status(first, AgreementStatus.AGREED, at=at(7))
    journal.agreements.change_status(first, AgreementStatus.ACTIVE, at=at(8))
    journal.events.save(KeyEvent(type=EventType.AGREEMENT_ACTIVE, on=date(2026, 1, 8)))
    labels = [
        x.label for x in EvaluationService(journal.vault, zone=UTC).anchors(include_private=True)
    ]
    assert labels == [
        "Agreement became active",  # the recorded event; the status change is the same moment
        "Agreement agreed by both of you (Spring)",
        "Agreement version 1 (Summer)",
        "Agreement version 1 (Spring)",
    ]


def test_debriefs_and_pauses_are_moments_and_private_ones_only_with_private(
    journal: Journal,
) -> None:
    debrief = journal.save_entry(
        Entry.new(EntryKind.DEBRIEF, title="After the weekend", about=date(2026, 2, 2))
    )
    pause = journal.save_entry(Entry.new(EntryKind.PAUSE, about=date(2026, 2, 4)))
    secret = journal.save_entry(Entry.new(EntryKind.DEBRIEF, about=date(2026, 2, 6), private=True))
    step = journal.save_entry(
        Entry.new(
            EntryKind.HURT_STEP,
            about=date(2026, 2, 8),
            private=True,
            answers=HurtStepAnswers(step=1),
        )
    )
    plan = journal.save_entry(
        Entry.new(EntryKind.REPAIR_PLAN, about=date(2026, 2, 10), private=True)
    )
    feel(journal, date(2026, 2, 3), 5, jealousy=5)  # an ordinary entry is not a moment

    mine = journal.evaluation.anchors(include_private=True)
    assert [(a.day.day, a.kind, a.uuid) for a in mine] == [
        (10, "repair_plan", plan.uuid),
        (8, "hurt_step", step.uuid),
        (6, "debrief", secret.uuid),
        (4, "pause", pause.uuid),
        (2, "debrief", debrief.uuid),
    ]
    assert mine[-1].label == "After the weekend"
    shared = journal.evaluation.anchors(include_private=False)
    assert [a.uuid for a in shared] == [pause.uuid, debrief.uuid]
    assert journal.evaluation.anchor(secret.uuid, include_private=False) is None
    assert journal.evaluation.anchor(secret.uuid, include_private=True) == mine[2]


# -- markers ---------------------------------------------------------------------------


def test_markers_for_the_timeline_calendar_and_chart(journal: Journal) -> None:
    a = journal.agreements.create("Ours", AgreementTerms(), at=at(5)).agreement.uuid
    journal.agreements.change_status(a, AgreementStatus.AGREED, at=at(6))
    journal.agreements.change_status(a, AgreementStatus.ACTIVE, at=at(7))
    pause = journal.agreements.pause(a, "Slow down", at=at(8)).note
    resume = journal.agreements.resume(a, at=at(9)).note
    version = journal.agreements.new_version(a, AgreementTerms(notes="x"), at=at(10)).note
    encounter = KeyEvent(type=EventType.ENCOUNTER, on=date(2026, 1, 8), time=time(19))
    whole_day = KeyEvent(type=EventType.OTHER, on=date(2026, 1, 8), title="A long talk")
    journal.events.save(encounter)
    journal.events.save(whole_day)
    debrief = journal.save_entry(Entry.new(EntryKind.DEBRIEF, about=date(2026, 1, 11)))
    hidden = journal.save_entry(
        Entry.new(
            EntryKind.HURT_STEP,
            title="Step 1: Room to feel",
            about=date(2026, 1, 12),
            private=True,
            answers=HurtStepAnswers(step=1),
        )
    )
    feel(journal, date(2026, 1, 8), 5, jealousy=5)  # ordinary entries are not markers

    markers = journal.timeline.markers(include_private=True)
    got = [(m.day.day, m.kind, m.label) for m in markers]
    assert got == [
        (5, "agreement", "Agreement drafted: Ours"),
        (6, "agreement", "Agreement agreed by both of us: Ours"),
        (7, "agreement", "Agreement active: Ours"),
        (8, "other", "A long talk"),  # key events first, the whole-day one before 19:00
        (8, "encounter", "The encounter"),
        (8, "pause", "Pause called: Ours"),
        (9, "resume", "Agreement resumed after a pause: Ours"),
        (10, "agreement", "Agreement renegotiated: Ours, version 2"),
        (11, "debrief", "Debrief"),
        (12, "hurt_step", "Step 1: Room to feel"),
    ]
    assert markers[3].uuid == whole_day.uuid and markers[3].entry_uuid is None
    assert markers[5].uuid == markers[5].entry_uuid == pause.uuid
    assert markers[6].entry_uuid == resume.uuid and markers[7].entry_uuid == version.uuid
    assert markers[8].entry_uuid == debrief.uuid and markers[9].entry_uuid == hidden.uuid

    # Every marker can be evaluated around, by its UUID.
    assert journal.evaluation.anchor(debrief.uuid, include_private=True) == Anchor(
        date(2026, 1, 11), "Debrief", "debrief", debrief.uuid
    )
    assert journal.evaluation.anchor(pause.uuid, include_private=True) == Anchor(
        date(2026, 1, 8), "Pause called: Ours", "pause", pause.uuid
    )

    # A date range, and private entries left out for anything exported.
    ranged = journal.timeline.markers(date(2026, 1, 8), date(2026, 1, 9), include_private=True)
    assert [m.kind for m in ranged] == ["other", "encounter", "pause", "resume"]
    shared = journal.timeline.markers(date(2026, 1, 11), None, include_private=False)
    assert [m.kind for m in shared] == ["debrief"]
