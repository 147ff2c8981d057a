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
    DebriefAnswers,
    HurtStepAnswers,
    PauseAnswers,
    ReflectionAnswers,
    RepairPlanAnswers,
)
from hallpass_journal.domain.vocabulary import EMOTIONS, EntryKind
from hallpass_journal.services.export_json import build_document
from hallpass_journal.services.journal import Journal

TODAY = date(2025, 6, 1)


def _encounter_day(journal: Journal) -> date:
    """The encounter is the event the check-ins were planned around."""
    events = {c.event_entry_uuid for c in journal.check_ins.all()}
    assert len(events) == 1
    (event_uuid,) = events
    assert event_uuid is not None
    event = journal.entries.get(event_uuid)
    assert event is not None
    return event.about


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


def test_agreement_was_renegotiated_paused_and_ended(demo: Journal) -> None:
    (agreement,) = demo.agreements.list()
    assert len(agreement.versions) >= 2
    assert [v.number for v in agreement.versions] == list(range(1, len(agreement.versions) + 1))
    assert agreement.versions[0].terms != agreement.versions[1].terms
    statuses = [h.status for h in agreement.history]
    assert statuses[0] is AgreementStatus.DRAFT
    assert AgreementStatus.PAUSED in statuses
    assert statuses[-1] in (AgreementStatus.ENDED, AgreementStatus.ACTIVE)
    for old, new in zip(statuses, statuses[1:], strict=False):
        assert new in TRANSITIONS[old]
    times = [h.at for h in agreement.history]
    assert times == sorted(times)

    entries = list(demo.entries.iter_all())
    notes = [e.answers for e in entries if isinstance(e.answers, AgreementNoteAnswers)]
    assert len(notes) >= len(agreement.history)
    assert all(n.agreement_uuid == agreement.uuid for n in notes)
    assert notes[-1].status == agreement.status.value
    assert [n.version for n in notes] == sorted(n.version or 0 for n in notes)
    assert notes[-1].version == len(agreement.versions)
    (pause,) = [e.answers for e in entries if isinstance(e.answers, PauseAnswers)]
    assert pause.agreement_uuid == agreement.uuid and pause.reason


def test_check_ins_planned_around_the_encounter(demo: Journal) -> None:
    encounter = _encounter_day(demo)
    check_ins = demo.check_ins.all()
    kinds = [c.kind for c in check_ins]
    assert kinds[:3] == [CheckInKind.BEFORE, CheckInKind.RIGHT_AFTER, CheckInKind.ONE_WEEK]
    assert kinds.count(CheckInKind.INTERVAL) >= 2
    assert check_ins[0].due_at.date() == encounter - timedelta(days=1)
    for check_in in check_ins:
        if check_in.due_at.date() <= TODAY:
            assert check_in.completed_entry_uuid is not None
            entry = demo.entries.get(check_in.completed_entry_uuid)
            assert entry is not None and entry.kind is EntryKind.CHECK_IN
            assert isinstance(entry.answers, CheckInAnswers)
            assert entry.answers.check_in_uuid == check_in.uuid
        else:
            assert check_in.is_open
    assert any(c.is_open for c in check_ins)  # something still ahead
    end_of_today = datetime.combine(TODAY, time.max, UTC)
    assert demo.check_ins.due(now=end_of_today) == []  # nothing overdue
    ahead = demo.check_ins.due(now=end_of_today, horizon=end_of_today + timedelta(days=90))
    assert ahead and all(c.kind is CheckInKind.INTERVAL for c in ahead)


def test_guided_entries_are_complete(demo: Journal) -> None:
    entries = list(demo.entries.iter_all())
    steps = sorted(e.answers.step for e in entries if isinstance(e.answers, HurtStepAnswers))
    assert steps == [1, 2, 3, 4, 5]
    (plan,) = [e.answers for e in entries if isinstance(e.answers, RepairPlanAnswers)]
    assert {i.phase for i in plan.items} == {"immediate", "short_term", "long_term"}
    assert any(i.done for i in plan.items) and not all(i.done for i in plan.items)
    (debrief,) = [e.answers for e in entries if isinstance(e.answers, DebriefAnswers)]
    assert debrief.decision in ("continue", "modify", "stop")
    checklists = [e.answers for e in entries if isinstance(e.answers, ChecklistAnswers)]
    readiness = [c for c in checklists if c.kind == "readiness"]
    safety = [c for c in checklists if c.kind == "safety"]
    assert "both_want_to_talk" in readiness[0].ticked
    assert all(readiness[-1].ticked.values())
    assert {"consent_free", "pause_clause", "support_people"} <= set(safety[-1].ticked)
    reflections = [e.answers for e in entries if isinstance(e.answers, ReflectionAnswers)]
    assert reflections and all(r.motives and r.hoping_for for r in reflections)


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
