"""Guided entries on a real journal: save, edit, answer check-ins, progress, scripts."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import UTC, date, datetime, timedelta

import pytest

from hallpass_journal.domain.checkins import CheckInKind, CheckInNotOpen, plan_around_event
from hallpass_journal.domain.drafts import GuidedDraft, guided_draft_key
from hallpass_journal.domain.entries import (
    CheckInAnswers,
    DebriefAnswers,
    Entry,
    HurtStepAnswers,
)
from hallpass_journal.domain.guided_content import template
from hallpass_journal.domain.scripts import SCRIPTS
from hallpass_journal.domain.settings import MAX_CUSTOM_SCRIPTS, SCRIPTS_CUSTOM
from hallpass_journal.domain.templates import CheckValue, InvalidAnswers, values_to_json
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.guided import UnknownEntry
from hallpass_journal.services.journal import Journal

EVENT = datetime(2026, 5, 1, 20, 0, tzinfo=UTC)
LATER = EVENT + timedelta(days=200)


def test_save_writes_a_typed_entry_and_announces_it(journal: Journal) -> None:
    seen: list[Change] = []
    journal.subscribe(seen.append)
    agreement = uuid_mod.uuid4()
    entry = journal.guided.save(
        "debrief",
        {"how_feeling": "tender", "decision": "modify"},
        about=date(2026, 5, 3),
        context={"agreement_uuid": agreement},
    )
    assert entry.kind is EntryKind.DEBRIEF and entry.title == "Debrief"
    assert entry.about == date(2026, 5, 3) and not entry.private
    stored = journal.entries.get(entry.uuid)
    assert stored is not None and isinstance(stored.answers, DebriefAnswers)
    assert stored.answers.decision == "modify" and stored.answers.agreement_uuid == agreement
    assert any(c.touches(Area.ENTRIES) and entry.uuid in c.uuids for c in seen)


def test_invalid_values_save_nothing(journal: Journal) -> None:
    with pytest.raises(InvalidAnswers) as caught:
        journal.guided.save("debrief", {"decision": "perhaps"})
    assert [p.prompt_id for p in caught.value.problems] == ["decision"]
    with pytest.raises(ValueError):  # context that is no field of the answers
        journal.guided.save("debrief", {}, context={"colour": "red"})
    assert journal.entries.count() == 0


def test_update_keeps_the_entry_and_its_context(journal: Journal) -> None:
    agreement = uuid_mod.uuid4()
    first = journal.guided.save(
        template("debrief"),
        {"what_hurt": "the waiting"},
        title="After the evening",
        private=True,
        context={"agreement_uuid": agreement},
    )
    journal.entries.save(first.model_copy(update={"body": "Longer thoughts.", "tags": ["us"]}))
    updated = journal.guided.save(
        "debrief", {"what_hurt": "less now", "decision": "stop"}, entry_uuid=first.uuid
    )
    stored = journal.entries.get(first.uuid)
    assert stored is not None and stored == updated
    assert isinstance(stored.answers, DebriefAnswers)
    assert stored.answers.what_hurt == "less now" and stored.answers.decision == "stop"
    assert stored.answers.agreement_uuid == agreement
    assert stored.body == "Longer thoughts." and stored.tags == ["us"]
    assert stored.title == "After the evening" and stored.private
    assert stored.created_at == first.created_at and stored.about == first.about
    assert journal.entries.count() == 1

    renamed = journal.guided.save(
        "debrief", {}, entry_uuid=first.uuid, title="Renamed", private=False
    )
    assert renamed.title == "Renamed" and not renamed.private


def test_update_refuses_a_missing_entry_or_another_kind(journal: Journal) -> None:
    with pytest.raises(UnknownEntry):
        journal.guided.save("debrief", {}, entry_uuid=uuid_mod.uuid4())
    free = journal.entries.save(Entry.new(EntryKind.FREE, body="plain"))
    with pytest.raises(ValueError, match="cannot be saved"):
        journal.guided.save("debrief", {}, entry_uuid=free.uuid)
    assert journal.entries.get(free.uuid) == free


def test_latest_is_the_newest_entry_of_that_template(journal: Journal) -> None:
    assert journal.guided.latest("hurt_step_2") is None
    journal.guided.save("hurt_step_2", {"request": "first"}, about=date(2026, 5, 1))
    newer = journal.guided.save("hurt_step_2", {"request": "second"}, about=date(2026, 5, 9))
    journal.guided.save("hurt_step_3", {"what_i_do_not": "details"}, about=date(2026, 5, 20))
    journal.guided.save("hurt_step_2", {"request": "back-dated"}, about=date(2026, 4, 1))
    assert journal.guided.latest("hurt_step_2") == newer


def test_checklist_progress_follows_the_latest_checklist(journal: Journal) -> None:
    assert journal.guided.checklist_progress("readiness") == (0, 5)
    assert journal.guided.checklist_progress("safety") == (0, 6)
    ticked = CheckValue(done=True, on=date(2026, 3, 1))
    journal.guided.save(
        "readiness",
        {"both_want_to_talk": ticked, "boundaries_named": ticked},
        about=date(2026, 3, 1),
    )
    assert journal.guided.checklist_progress("readiness") == (2, 5)
    journal.guided.save(
        "readiness",
        {key: ticked for key in ("both_want_to_talk", "boundaries_named", "health_plan")},
        about=date(2026, 3, 10),
    )
    assert journal.guided.checklist_progress("readiness") == (3, 5)
    assert journal.guided.checklist_progress("safety") == (0, 6)


def test_path_progress_marks_the_steps_with_an_entry(journal: Journal) -> None:
    assert journal.guided.path_progress() == [False] * 5
    journal.guided.save("hurt_step_2", {"request": "Can we talk tomorrow?"})
    journal.guided.save("hurt_step_5", {"compared": "lighter", "how_it_looks_now": "calmer"})
    assert journal.guided.path_progress() == [False, True, False, False, True]
    for n in (1, 3, 4):
        journal.guided.save(f"hurt_step_{n}", {})
    assert journal.guided.path_progress() == [True] * 5
    step5 = journal.guided.latest("hurt_step_5")
    assert step5 is not None and isinstance(step5.answers, HurtStepAnswers)
    assert step5.answers.step == 5 and step5.answers.responses["compared"] == "lighter"


def test_repair_progress_counts_suggestions_and_own_steps(journal: Journal) -> None:
    suggestions = len(template("repair_plan").prompts)
    assert journal.guided.repair_progress() == (0, suggestions)
    plan = journal.guided.save(
        "repair_plan",
        {
            "acknowledge_hurt": CheckValue(done=True, on=date(2026, 5, 2)),
            "counselling": CheckValue(note="first session booked"),
            "custom_1": CheckValue(done=True, text="A walk every Sunday", group="long_term"),
        },
    )
    assert journal.guided.repair_progress() == (2, suggestions + 1)
    journal.guided.save(
        "repair_plan",
        {
            "acknowledge_hurt": CheckValue(done=True, on=date(2026, 5, 2)),
            "counselling": CheckValue(done=True, on=date(2026, 6, 1)),
            "custom_1": CheckValue(done=True, text="A walk every Sunday", group="long_term"),
        },
        entry_uuid=plan.uuid,
    )
    assert journal.guided.repair_progress() == (3, suggestions + 1)


def test_search_finds_words_not_choice_ids(journal: Journal) -> None:
    debrief = journal.guided.save(
        "debrief", {"what_hurt": "the hours of waiting", "decision": "stop"}, title="Talk"
    )
    step = journal.guided.save(
        "hurt_step_4", {"about_agreement": "end", "boundaries": "counselling together"}
    )
    conversation = journal.guided.save(
        "conversation", {"scripts_used": ["opening"], "what_went_well": "gentle voices"}
    )
    plan = journal.guided.save(
        "repair_plan",
        {
            "rituals": CheckValue(done=True, note="Sunday walks"),
            "custom_1": CheckValue(text="Phones away at dinner", group="immediate"),
        },
    )
    assert [h.uuid for h in journal.entries.search("waiting")] == [debrief.uuid]
    assert journal.entries.search("stop") == []
    assert [h.uuid for h in journal.entries.search("counselling")] == [step.uuid]
    assert journal.entries.search("end") == []
    assert [h.uuid for h in journal.entries.search("gentle")] == [conversation.uuid]
    assert journal.entries.search("opening") == []
    assert [h.uuid for h in journal.entries.search("Sunday")] == [plan.uuid]
    assert [h.uuid for h in journal.entries.search("phones")] == [plan.uuid]
    assert journal.entries.search("rituals") == []  # a suggestion's wording is not theirs


# -- check-ins -----------------------------------------------------------------------


@pytest.fixture
def planned(journal: Journal) -> Journal:
    journal.check_ins.save_all(plan_around_event(EVENT))
    return journal


def _open(journal: Journal, kind: CheckInKind) -> uuid_mod.UUID:
    return next(c.uuid for c in journal.check_ins.due(LATER) if c.kind is kind)


def test_complete_check_in_saves_the_entry_and_settles_the_check_in(planned: Journal) -> None:
    before = _open(planned, CheckInKind.BEFORE)
    planned_title = planned.check_ins.get(before).title  # type: ignore[union-attr]
    assert planned_title
    seen: list[Change] = []
    planned.subscribe(seen.append)
    entry = planned.guided.complete_check_in(
        before, "check_in_before", {"consent_confirmed": "yes", "how_are_we": "clear"}
    )
    assert isinstance(entry.answers, CheckInAnswers)
    assert entry.answers.check_in_uuid == before and entry.answers.check_in_kind == "before"
    assert entry.answers.consent_confirmed is True
    assert entry.title == planned_title  # the check-in's own title
    check_in = planned.check_ins.get(before)
    assert check_in is not None and check_in.completed_entry_uuid == entry.uuid
    assert planned.entries.get(entry.uuid) == entry
    settled = [c for c in seen if c.touches(Area.CHECK_INS) and c.touches(Area.ENTRIES)]
    assert len(settled) == 1 and {before, entry.uuid} <= settled[0].uuids


def test_completing_twice_or_with_bad_values_writes_nothing(planned: Journal) -> None:
    after = _open(planned, CheckInKind.RIGHT_AFTER)
    with pytest.raises(InvalidAnswers):
        planned.guided.complete_check_in(after, "check_in_right_after", {"how_are_we": 3})
    check_in = planned.check_ins.get(after)
    assert check_in is not None and check_in.is_open
    assert planned.entries.count() == 0

    planned.guided.complete_check_in(after, "check_in_right_after", {"how_are_we": "tired"})
    with pytest.raises(CheckInNotOpen):
        planned.guided.complete_check_in(after, "check_in_right_after", {"how_are_we": "again"})
    dismissed = _open(planned, CheckInKind.ONE_WEEK)
    planned.check_ins.dismiss(dismissed)
    with pytest.raises(CheckInNotOpen):
        planned.guided.complete_check_in(dismissed, "check_in_one_week", {})
    with pytest.raises(CheckInNotOpen):
        planned.guided.complete_check_in(uuid_mod.uuid4(), "check_in_one_week", {})
    assert planned.entries.count() == 1


def test_editing_a_completed_check_in_keeps_its_link(planned: Journal) -> None:
    week = _open(planned, CheckInKind.ONE_WEEK)
    entry = planned.guided.complete_check_in(week, "check_in_one_week", {"how_are_we": "ok"})
    edited = planned.guided.save(
        "check_in_one_week", {"how_are_we": "better than I said"}, entry_uuid=entry.uuid
    )
    assert isinstance(edited.answers, CheckInAnswers)
    assert edited.answers.check_in_uuid == week and edited.answers.how_are_we.startswith("better")


# -- drafts and scripts ----------------------------------------------------------------


def test_guided_drafts_are_kept_and_restored(journal: Journal) -> None:
    tpl = template("hurt_step_3")
    values = {"how_much": "my_questions", "questions": "Was it only once?"}
    key = guided_draft_key(tpl.id)
    journal.drafts.put(
        key,
        {"template": tpl.id, "values": values_to_json(tpl, values), "title": "", "about": None},
    )
    draft = journal.drafts.read(key)
    assert isinstance(draft, GuidedDraft)
    assert {k: v for k, v in draft.form_values().items() if v} == values
    with pytest.raises(ValueError):
        journal.drafts.put(key, {"template": tpl.id, "values": {"how_much": "everything"}})
    with pytest.raises(ValueError):
        journal.drafts.put(guided_draft_key("debrief"), {"template": tpl.id})


def test_scripts_library_with_own_scripts(journal: Journal) -> None:
    assert journal.guided.scripts() == list(SCRIPTS)
    seen: list[Change] = []
    journal.subscribe(seen.append)
    mine = journal.guided.add_script(
        title="  Our own phrase ", when_to_use="When we drift", text="Hey, come back to me."
    )
    assert (mine.id, mine.title, mine.is_own) == ("own_1", "Our own phrase", True)
    assert journal.guided.scripts()[-1] == mine
    assert journal.settings.get(SCRIPTS_CUSTOM) == [
        {"title": "Our own phrase", "when_to_use": "When we drift", "text": "Hey, come back to me."}
    ]
    assert seen and seen[-1].touches(Area.SETTINGS)
    with pytest.raises(ValueError):
        journal.guided.add_script(title=" ", text="words")
    with pytest.raises(ValueError):
        journal.guided.add_script(title="Long", text="x" * 5000)
    assert len(journal.guided.scripts()) == len(SCRIPTS) + 1

    journal.guided.add_script(title="Second", text="Two")
    journal.guided.remove_script("own_1")
    assert [s.title for s in journal.guided.scripts() if s.is_own] == ["Second"]
    with pytest.raises(KeyError):
        journal.guided.remove_script("opening")


def test_own_scripts_are_bounded(journal: Journal) -> None:
    journal.settings.set(
        SCRIPTS_CUSTOM, [{"title": f"t{n}", "text": "x"} for n in range(MAX_CUSTOM_SCRIPTS)]
    )
    with pytest.raises(ValueError, match="up to"):
        journal.guided.add_script(title="one more", text="x")
    assert len(journal.settings.get(SCRIPTS_CUSTOM)) == MAX_CUSTOM_SCRIPTS
