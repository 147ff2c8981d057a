"""The demo journal: complete, exact in size, reproducible, and telling its story."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from hallpass_journal.demo import STORY_DAYS, fill_demo
from hallpass_journal.domain.agreements import TRANSITIONS, AgreementStatus
from hallpass_journal.domain.checkins import CheckInKind
from hallpass_journal.domain.entries import (
    AgreementNoteAnswers,
    CheckInAnswers,
    ChecklistAnswers,
    ConversationAnswers,
    DebriefAnswers,
    HurtStepAnswers,
    PauseAnswers,
    ReflectionAnswers,
    RepairPlanAnswers,
)
from hallpass_journal.domain.events import EventType
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.domain.vocabulary import CAUTION_MOTIVES, EMOTIONS, EntryKind
from hallpass_journal.services.changes import Change
from hallpass_journal.services.export_json import build_document
from hallpass_journal.services.journal import Journal

TODAY = date(2025, 6, 1)


def _encounter_day(journal: Journal) -> date:
    """The encounter is the key event the check-ins were planned around."""
    encounter = journal.events.latest(EventType.ENCOUNTER)
    assert encounter is not None
    assert {c.event_entry_uuid for c in journal.check_ins.all()} == {encounter.uuid}
    return encounter.on


@pytest.fixture
def demo(journal: Journal) -> Journal:
    fill_demo(journal, today=TODAY)
    return journal


def test_default_demo_is_six_months_of_every_kind(journal: Journal) -> None:
    written = fill_demo(journal, today=TODAY)

    entries = list(journal.entries.iter_all())
    assert written == len(entries) == journal.entries.count()
    assert 120 <= written <= 200
    assert {e.kind for e in entries} == set(EntryKind)
    assert max(e.about for e in entries) == TODAY
    assert min(e.about for e in entries) >= TODAY - timedelta(days=STORY_DAYS)
    assert all(e.created_at.date() == e.about for e in entries)
    assert all(e.updated_at >= e.created_at for e in entries)
    assert all(e.uuid.version == 4 for e in entries)


def test_feelings_use_the_vocabulary_with_valid_intensities(demo: Journal) -> None:
    feelings = [e for e in demo.entries.iter_all() if e.kind is EntryKind.FEELINGS]
    assert len(feelings) > 60
    for entry in feelings:
        assert entry.emotions
        assert {r.name for r in entry.emotions} <= set(EMOTIONS)
        assert all(0 <= r.intensity <= 10 for r in entry.emotions)
        assert entry.mood is not None
        assert entry.answers.kind == "feelings"
        assert entry.answers.needs and entry.answers.telling_me


@pytest.mark.parametrize("count", [0, 1, 50, 500])
def test_entries_n_writes_exactly_n(journal: Journal, count: int) -> None:
    assert fill_demo(journal, entries=count, today=TODAY) == count
    assert journal.entries.count() == count


def test_small_demo_still_has_every_kind(journal: Journal) -> None:
    fill_demo(journal, entries=50, today=TODAY)
    assert {e.kind for e in journal.entries.iter_all()} == set(EntryKind)


def test_larger_demo_reaches_back_before_the_story(journal: Journal) -> None:
    fill_demo(journal, entries=500, today=TODAY)
    story_start = TODAY - timedelta(days=STORY_DAYS)
    days = [e.about for e in journal.entries.iter_all()]
    older = [d for d in days if d < story_start]
    assert len(older) > 250
    per_day = {d: older.count(d) for d in set(older)}
    assert max(per_day.values()) <= 3
    assert len(per_day) >= len(older) / 3


def test_negative_count_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError):
        fill_demo(journal, entries=-1)


def _second_journal(tmp_path: Path, name: str) -> Journal:
    return Journal.create(tmp_path / name, "another passphrase for the twin")


@pytest.mark.parametrize("count", [None, 400])
def test_same_seed_and_day_give_the_same_journal(
    journal: Journal, tmp_path: Path, count: int | None
) -> None:
    fill_demo(journal, entries=count, seed=11, today=TODAY)
    twin = _second_journal(tmp_path, "twin.hpj")
    try:
        fill_demo(twin, entries=count, seed=11, today=TODAY)
        assert build_document(twin).model_dump() == build_document(journal).model_dump()
    finally:
        twin.close()


def test_another_seed_gives_another_journal(journal: Journal, tmp_path: Path) -> None:
    fill_demo(journal, seed=1, today=TODAY)
    other = _second_journal(tmp_path, "other.hpj")
    try:
        fill_demo(other, seed=2, today=TODAY)
        mine = {e.uuid for e in journal.entries.iter_all()}
        theirs = {e.uuid for e in other.entries.iter_all()}
        assert not mine & theirs
    finally:
        other.close()


def test_hard_feelings_rise_after_the_encounter_and_ease_later(demo: Journal) -> None:
    encounter = _encounter_day(demo)
    story_start = TODAY - timedelta(days=STORY_DAYS)
    assert 0.55 < (encounter - story_start).days / STORY_DAYS < 0.8

    hard = ["hurt", "jealousy"]
    warm = ["calm", "closeness"]
    after = demo.timeline.emotion_average(
        hard + warm, encounter, encounter + timedelta(days=14), include_private=True
    )
    lately = demo.timeline.emotion_average(
        hard + warm, TODAY - timedelta(days=30), TODAY, include_private=True
    )
    before = demo.timeline.emotion_average(
        hard + warm, story_start, encounter - timedelta(days=30), include_private=True
    )
    for name in hard:
        assert after[name][1] >= 10 and lately[name][1] >= 5
        assert after[name][0] > lately[name][0] + 2
        assert after[name][0] > before[name][0]
    for name in warm:
        assert lately[name][0] > after[name][0] + 2


def test_feelings_rise_toward_the_encounter_and_ease_with_repair(demo: Journal) -> None:
    encounter = _encounter_day(demo)
    repair = demo.events.latest(EventType.REPAIR_START)
    assert repair is not None
    hard = ["jealousy", "insecurity"]

    def mean(since: date, until: date) -> float:
        averages = demo.timeline.emotion_average(hard, since, until, include_private=True)
        return sum(avg for avg, _ in averages.values()) / len(averages)

    month_before = mean(encounter - timedelta(days=60), encounter - timedelta(days=30))
    week_before = mean(encounter - timedelta(days=5), encounter - timedelta(days=1))
    first_days = mean(encounter, repair.on)
    after_repair = mean(repair.on + timedelta(days=21), TODAY)
    assert month_before < week_before < first_days
    assert after_repair < first_days - 2
    assert not demo.care.support_card(TODAY)  # settled by now


def test_agreement_in_three_versions_consented_paused_and_resumed(demo: Journal) -> None:
    (agreement,) = demo.agreements.list()
    assert [v.number for v in agreement.versions] == [1, 2, 3]
    first, second, third = agreement.versions
    assert first.terms != second.terms != third.terms
    assert second.change_note and third.change_note
    statuses = [h.status for h in agreement.history]
    assert statuses == [
        AgreementStatus.DRAFT,
        AgreementStatus.AGREED,
        AgreementStatus.ACTIVE,
        AgreementStatus.PAUSED,
        AgreementStatus.ACTIVE,
    ]
    for old, new in zip(statuses, statuses[1:], strict=False):
        assert new in TRANSITIONS[old]
    times = [h.at for h in agreement.history]
    assert times == sorted(times)
    assert third.created_at > times[-1]  # renegotiated after the debrief
    partner = demo.settings.get(PARTNER_NAME)
    assert partner == "Alex"
    consent = agreement.history[1].note
    assert partner in consent and "Both of us consented" in consent

    entries = list(demo.entries.iter_all())
    notes = [e.answers for e in entries if isinstance(e.answers, AgreementNoteAnswers)]
    assert len(notes) >= len(agreement.history)
    assert all(n.agreement_uuid == agreement.uuid for n in notes)
    # As the agreement service writes them: a status note names its status, a version
    # note its number, never both.
    assert all(bool(n.status) != bool(n.version) for n in notes)
    # (The draft is noted as version 1; the pause has an entry of its own kind.)
    assert sorted(n.status for n in notes if n.status) == sorted(
        h.status.value for h in agreement.history if h.status.value not in ("draft", "paused")
    )
    assert sorted(n.version for n in notes if n.version) == [v.number for v in agreement.versions]
    versions = [n.version for n in notes if n.version]
    assert versions == sorted(versions)  # written in order
    assert notes[-1].version == len(agreement.versions)
    (pause,) = [e.answers for e in entries if isinstance(e.answers, PauseAnswers)]
    assert pause.agreement_uuid == agreement.uuid and pause.reason
    (debrief,) = [e for e in entries if isinstance(e.answers, DebriefAnswers)]
    assert isinstance(debrief.answers, DebriefAnswers) and debrief.answers.decision == "modify"
    assert debrief.about < third.created_at.date()


def test_key_events_anchor_the_story(demo: Journal) -> None:
    (agreement,) = demo.agreements.list()
    events = demo.events.list()
    types = [e.type for e in events]
    assert types == [
        EventType.FIRST_CONVERSATION,
        EventType.TEST_RESULT,
        EventType.AGREEMENT_ACTIVE,
        EventType.ENCOUNTER,
        EventType.REPAIR_START,
    ]
    encounter = events[3]
    assert encounter.agreement_uuid == agreement.uuid and encounter.time is not None
    assert encounter.created_at.date() < encounter.on  # planned ahead
    active = next(h for h in agreement.history if h.status is AgreementStatus.ACTIVE)
    assert events[2].on == active.at.date()
    (debrief,) = [e for e in demo.entries.iter_all() if isinstance(e.answers, DebriefAnswers)]
    assert encounter.on < debrief.about < events[4].on


def test_check_ins_are_the_schedules_own(demo: Journal) -> None:
    encounter = _encounter_day(demo)
    check_ins = demo.check_ins.all()
    assert [c.kind for c in check_ins] == [
        CheckInKind.BEFORE,
        CheckInKind.RIGHT_AFTER,
        CheckInKind.ONE_WEEK,
        *[CheckInKind.INTERVAL] * 4,
    ]
    zone = demo.schedule.zone
    assert check_ins[0].due_at.astimezone(zone).date() == encounter - timedelta(days=1)
    # Planning again on this journal changes nothing: the demo is what the schedule plans.
    assert demo.schedule.sync() == Change()
    assert demo.check_ins.all() == check_ins

    completed = [c for c in check_ins if c.completed_at is not None]
    assert len(completed) == 5
    for check_in in completed:
        assert check_in.completed_entry_uuid is not None
        entry = demo.entries.get(check_in.completed_entry_uuid)
        assert entry is not None and entry.kind is EntryKind.CHECK_IN
        assert isinstance(entry.answers, CheckInAnswers)
        assert entry.answers.check_in_uuid == check_in.uuid
        assert entry.answers.check_in_kind == check_in.kind.value
        assert entry.created_at > check_in.due_at
    snoozed, ahead = [c for c in check_ins if c.is_open]
    end_of_today = datetime.combine(TODAY, time.max, UTC)
    assert snoozed.snoozes == 1 and snoozed.snoozed_at is not None
    assert TODAY < snoozed.due_at.astimezone(zone).date() <= TODAY + timedelta(days=7)
    assert ahead.due_at.astimezone(zone).date() == encounter + timedelta(days=91)
    assert demo.check_ins.due(now=end_of_today) == []  # nothing overdue
    assert demo.schedule.open_check_ins(end_of_today) == [snoozed]


def test_guided_entries_are_complete(demo: Journal) -> None:
    entries = list(demo.entries.iter_all())
    steps = sorted(e.answers.step for e in entries if isinstance(e.answers, HurtStepAnswers))
    assert steps == [1, 2, 3, 4]  # four of the five steps so far
    (plan,) = [e.answers for e in entries if isinstance(e.answers, RepairPlanAnswers)]
    assert {i.phase for i in plan.items} == {"immediate", "short_term", "long_term"}
    done = [i for i in plan.items if i.done]
    assert 0.3 <= len(done) / len(plan.items) <= 0.7  # about half done
    assert all(i.done_on is not None for i in done)
    assert all(i.done_on is None for i in plan.items if not i.done)
    assert any(i.id == "" for i in plan.items)  # one of their own
    checklists = [e.answers for e in entries if isinstance(e.answers, ChecklistAnswers)]
    readiness = [c for c in checklists if c.kind == "readiness"]
    safety = [c for c in checklists if c.kind == "safety"]
    assert "both_want_to_talk" in readiness[0].ticked
    assert all(readiness[-1].ticked.values())
    assert {"consent_free", "pause_clause", "support_people"} <= set(safety[-1].ticked)
    for checklists_of_a_kind in (readiness, safety):
        first_seen: dict[str, date] = {}
        for checklist in checklists_of_a_kind:
            ticked = {k for k, v in checklist.ticked.items() if v}
            assert set(checklist.ticked_on) == ticked
            for item in ticked:  # the day it was first ticked, kept afterwards
                first_seen.setdefault(item, checklist.ticked_on[item])
                assert checklist.ticked_on[item] == first_seen[item]
    assert readiness[-1].ticked_on["both_want_to_talk"] < readiness[-1].ticked_on["health_plan"]
    reflections = [e.answers for e in entries if isinstance(e.answers, ReflectionAnswers)]
    assert reflections and all(r.motives and r.hoping_for for r in reflections)
    cautious = [r for r in reflections if set(r.motives) & CAUTION_MOTIVES]
    assert len(cautious) == 1 and len(cautious[0].motives) > 1


def test_guided_entries_open_in_their_templates(demo: Journal) -> None:
    """Item ids, responses, choices and scripts are the templates' own."""
    from hallpass_journal.domain.guided_content import template_for
    from hallpass_journal.domain.scripts import SCRIPTS
    from hallpass_journal.domain.templates import to_values, validate

    script_ids = {s.id for s in SCRIPTS}
    seen: set[str] = set()
    for entry in demo.entries.iter_all():
        template = template_for(entry.kind, entry.answers)
        if entry.kind in (EntryKind.FREE, EntryKind.AGREEMENT):  # no guided form
            continue
        assert template is not None, entry.kind
        seen.add(template.id)
        prompt_ids = {p.id for p in template.prompts}
        assert validate(template, to_values(template, entry.answers)) == [], entry.title
        answers = entry.answers
        if isinstance(answers, ChecklistAnswers):
            assert set(answers.ticked) <= prompt_ids
        elif isinstance(answers, HurtStepAnswers):
            assert set(answers.responses) <= prompt_ids
        elif isinstance(answers, RepairPlanAnswers):
            assert {i.id for i in answers.items} <= prompt_ids | {""}
        elif isinstance(answers, ConversationAnswers):
            assert set(answers.scripts_used) <= script_ids
    assert {"hurt_step_1", "hurt_step_4", "repair_plan", "check_in_before"} <= seen
    assert "hurt_step_5" not in seen


def test_some_entries_are_private_and_tagged(demo: Journal) -> None:
    entries = list(demo.entries.iter_all())
    assert any(e.private for e in entries)
    assert not all(e.private for e in entries)
    tags = dict(demo.entries.tags())
    assert {"jealousy", "agreement", "repair", "date night"} <= set(tags)


def test_search_finds_demo_words(journal: Journal) -> None:
    fill_demo(journal, entries=500, today=TODAY)
    hits = journal.entries.search("counselling")
    assert any("counselling" in h.title.lower() for h in hits)
    assert journal.entries.search("jealousy", limit=5)
    assert journal.entries.search("pause phrase")
    # Words that only the older, assembled entries use are indexed too.
    assert journal.entries.search("tomatoes")
    assert journal.entries.search("crossword")


def test_the_next_session_has_two_marked_entries_and_two_questions(demo: Journal) -> None:
    marks = demo.session.marks(include_private=True)
    kinds = {demo.entries.get(m.entry_uuid).kind for m in marks}  # type: ignore[union-attr]
    assert kinds == {EntryKind.DEBRIEF, EntryKind.CONVERSATION}
    assert demo.session.marked_count(include_private=False) == 2  # none of them private
    assert len(demo.session.questions()) == 2
