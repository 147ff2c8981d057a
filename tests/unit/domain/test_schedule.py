"""Planning check-ins: wall-clock times across daylight saving, stable ids, history kept."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from hallpass_journal.domain.agreements import (
    Agreement,
    AgreementStatus,
    StatusChange,
)
from hallpass_journal.domain.checkins import CHECK_IN_LABELS, CheckIn, CheckInKind
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.schedule import (
    PathStep,
    check_in_uuid,
    fresh_uuid,
    governing_agreement,
    is_planned,
    plan_check_ins,
    reconcile,
    template_id,
    title_of,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)  # the frozen clock: before every encounter
EVENT_ID = uuid.UUID("11111111-2222-4333-8444-555555555555")


def encounter(
    on: date,
    at: time | None = None,
    *,
    created: datetime = NOW,
    agreement: Agreement | None = None,
    event_uuid: uuid.UUID = EVENT_ID,
) -> KeyEvent:
    return KeyEvent(
        uuid=event_uuid,
        type=EventType.ENCOUNTER,
        on=on,
        time=at,
        created_at=created,
        agreement_uuid=agreement.uuid if agreement else None,
    )


def agreement_with(
    *changes: tuple[AgreementStatus, datetime], days: list[int] | None = None
) -> Agreement:
    fields: dict[str, object] = {
        "title": "Ours",
        "history": [StatusChange(status=s, at=at) for s, at in changes],
    }
    if days is not None:
        fields["check_in_days"] = days
    return Agreement.model_validate(fields)


def by_kind(plan: list[CheckIn]) -> dict[CheckInKind, list[CheckIn]]:
    out: dict[CheckInKind, list[CheckIn]] = {}
    for c in plan:
        out.setdefault(c.kind, []).append(c)
    return out


def local(c: CheckIn) -> datetime:
    return c.due_at.astimezone(BERLIN).replace(tzinfo=None)


def test_late_evening_encounter_before_spring_forward_keeps_local_hours() -> None:
    # Saturday 29 March 2025, 23:30 in Berlin; clocks go forward at 02:00 that night.
    plan = plan_check_ins([], [encounter(date(2025, 3, 29), time(23, 30))], BERLIN, now=NOW)
    kinds = by_kind(plan)

    assert [c.kind for c in plan[:3]] == [
        CheckInKind.BEFORE,
        CheckInKind.RIGHT_AFTER,
        CheckInKind.ONE_WEEK,
    ]
    # The evening before, in winter time (UTC+1) ...
    (before,) = kinds[CheckInKind.BEFORE]
    assert local(before) == datetime(2025, 3, 28, 19, 0)
    assert before.due_at == datetime(2025, 3, 28, 18, 0, tzinfo=UTC)
    # ... the morning after, already in summer time (UTC+2): still nine o'clock.
    (after,) = kinds[CheckInKind.RIGHT_AFTER]
    assert local(after) == datetime(2025, 3, 30, 9, 0)
    assert after.due_at == datetime(2025, 3, 30, 7, 0, tzinfo=UTC)
    (week,) = kinds[CheckInKind.ONE_WEEK]
    assert week.due_at == datetime(2025, 4, 5, 17, 0, tzinfo=UTC)
    # The default intervals: 2 weeks, 1 month, 3 months after the encounter's day.
    assert [local(c) for c in kinds[CheckInKind.INTERVAL]] == [
        datetime(2025, 4, 12, 19, 0),
        datetime(2025, 4, 28, 19, 0),
        datetime(2025, 6, 28, 19, 0),
    ]
    assert all(c.due_at.utcoffset() == timedelta(0) for c in plan)  # stored in UTC
    assert [c.due_at for c in plan] == sorted(c.due_at for c in plan)


def test_autumn_change_between_the_encounter_and_its_check_ins() -> None:
    # Saturday 25 October 2025, evening; clocks go back at 03:00 on the Sunday.
    plan = plan_check_ins([], [encounter(date(2025, 10, 25), time(22, 0))], BERLIN, now=NOW)
    kinds = by_kind(plan)
    assert kinds[CheckInKind.BEFORE][0].due_at == datetime(2025, 10, 24, 17, 0, tzinfo=UTC)
    assert kinds[CheckInKind.RIGHT_AFTER][0].due_at == datetime(2025, 10, 26, 8, 0, tzinfo=UTC)
    assert kinds[CheckInKind.ONE_WEEK][0].due_at == datetime(2025, 11, 1, 18, 0, tzinfo=UTC)
    assert {local(c).time() for c in plan if c.kind is not CheckInKind.RIGHT_AFTER} == {time(19, 0)}


def test_ids_are_uuid5_of_the_source_and_replanning_gives_the_same_plan() -> None:
    event = encounter(date(2025, 5, 10))
    first = plan_check_ins([], [event], BERLIN, now=NOW)
    again = plan_check_ins([], [event], BERLIN, now=NOW + timedelta(days=3))
    assert first == again
    assert all(c.uuid.version == 5 and is_planned(c) for c in first)
    assert len({c.uuid for c in first}) == len(first) == 6
    before = by_kind(first)[CheckInKind.BEFORE][0]
    assert before.uuid == check_in_uuid(EVENT_ID, CheckInKind.BEFORE, -1)
    assert before.event_entry_uuid == EVENT_ID
    other = plan_check_ins([], [encounter(date(2025, 5, 10), event_uuid=uuid.uuid4())], BERLIN)
    assert not {c.uuid for c in other} & {c.uuid for c in first}


def test_a_moved_encounter_keeps_its_ids_and_moves_its_times() -> None:
    old = plan_check_ins([], [encounter(date(2025, 5, 10))], BERLIN, now=NOW)
    new = plan_check_ins([], [encounter(date(2025, 5, 17))], BERLIN, now=NOW)
    assert [c.uuid for c in old] == [c.uuid for c in new]
    assert all(n.due_at - o.due_at == timedelta(days=7) for o, n in zip(old, new, strict=True))


def test_titles_and_templates_follow_the_kind() -> None:
    plan = plan_check_ins([], [encounter(date(2025, 5, 10))], BERLIN, now=NOW)
    for c in plan:
        assert c.title.startswith(CHECK_IN_LABELS[c.kind])
    assert [template_id(c) for c in plan[:4]] == [
        "check_in_before",
        "check_in_right_after",
        "check_in_one_week",
        "check_in_interval",
    ]
    assert title_of(CheckInKind.INTERVAL, 14).endswith("2 weeks on")
    assert title_of(CheckInKind.INTERVAL, 30).endswith("1 month on")
    assert title_of(CheckInKind.INTERVAL, 91).endswith("3 months on")
    assert title_of(CheckInKind.INTERVAL, 45).endswith("45 days on")
    assert title_of(CheckInKind.BEFORE, -1) == CHECK_IN_LABELS[CheckInKind.BEFORE]


def test_the_agreement_in_force_sets_the_intervals_and_is_linked() -> None:
    agreed = datetime(2025, 4, 1, 18, tzinfo=UTC)
    mine = agreement_with(
        (AgreementStatus.DRAFT, agreed - timedelta(days=9)),
        (AgreementStatus.AGREED, agreed),
        (AgreementStatus.ACTIVE, agreed + timedelta(days=2)),
        days=[7, 21, 60],
    )
    plan = plan_check_ins([mine], [encounter(date(2025, 5, 10))], BERLIN, now=NOW)
    intervals = by_kind(plan)[CheckInKind.INTERVAL]
    # Seven days is the one-week check-in already, so it is not asked twice.
    assert [local(c).date() for c in intervals] == [date(2025, 5, 31), date(2025, 7, 9)]
    assert {c.agreement_uuid for c in plan} == {mine.uuid}


def test_only_an_agreement_in_force_on_the_day_governs() -> None:
    day = date(2025, 5, 10)
    draft = agreement_with((AgreementStatus.DRAFT, NOW))
    later = agreement_with(
        (AgreementStatus.DRAFT, NOW), (AgreementStatus.AGREED, datetime(2025, 5, 11, tzinfo=UTC))
    )
    older = agreement_with((AgreementStatus.AGREED, NOW), (AgreementStatus.ACTIVE, NOW))
    newer = agreement_with(
        (AgreementStatus.AGREED, NOW + timedelta(days=5)),
        (AgreementStatus.ACTIVE, NOW + timedelta(days=6)),
    )
    event = encounter(day)
    assert governing_agreement(event, [draft, later], BERLIN) is None
    assert governing_agreement(event, [older, newer, draft], BERLIN) is newer
    # An encounter that names its agreement falls under that one.
    assert governing_agreement(encounter(day, agreement=draft), [older, draft], BERLIN) is draft
    plan = plan_check_ins([draft], [event], BERLIN, now=NOW)
    assert len(plan) == 6 and {c.agreement_uuid for c in plan} == {None}  # the defaults


def test_an_ended_agreement_plans_nothing_for_encounters_after_its_end() -> None:
    ended = agreement_with(
        (AgreementStatus.AGREED, NOW),
        (AgreementStatus.ACTIVE, NOW),
        (AgreementStatus.ENDED, datetime(2025, 5, 13, 10, tzinfo=UTC)),
    )
    named = encounter(date(2025, 5, 14), agreement=ended)
    assert plan_check_ins([ended], [named], BERLIN, now=NOW) == []


def test_an_ended_agreement_keeps_the_follow_ups_of_encounters_that_happened() -> None:
    # A debrief "stop" three days after the encounter ends the agreement: how it went,
    # a week on and over time are still asked; only what lies after the end is not.
    ended = agreement_with(
        (AgreementStatus.AGREED, NOW),
        (AgreementStatus.ACTIVE, NOW),
        (AgreementStatus.ENDED, datetime(2025, 5, 13, 10, tzinfo=UTC)),
        days=[14, 30],
    )
    for event in (encounter(date(2025, 5, 10)), encounter(date(2025, 5, 10), agreement=ended)):
        plan = plan_check_ins([ended], [event], BERLIN, now=NOW)
        assert [c.kind for c in plan] == [
            CheckInKind.BEFORE,
            CheckInKind.RIGHT_AFTER,
            CheckInKind.ONE_WEEK,
            CheckInKind.INTERVAL,
            CheckInKind.INTERVAL,
        ]
        assert {c.agreement_uuid for c in plan} == {ended.uuid}
    # Ended on the day itself, before the encounter began: no consent check, the rest.
    same_day = agreement_with(
        (AgreementStatus.AGREED, NOW), (AgreementStatus.ENDED, datetime(2025, 5, 10, 8, tzinfo=UTC))
    )
    evening = encounter(date(2025, 5, 10), time(21, 0), agreement=same_day)
    kinds = [c.kind for c in plan_check_ins([same_day], [evening], BERLIN, now=NOW)]
    assert kinds[:2] == [CheckInKind.RIGHT_AFTER, CheckInKind.ONE_WEEK]
    assert CheckInKind.BEFORE not in kinds


def test_dates_at_the_ends_of_the_calendar_plan_what_fits() -> None:
    far = plan_check_ins([], [encounter(date(9999, 12, 1))], BERLIN, now=NOW)
    # Three months on lies past the calendar's last day; the rest still fits.
    assert [local(c).date() for c in far] == [
        date(9999, 11, 30),
        date(9999, 12, 2),
        date(9999, 12, 8),
        date(9999, 12, 15),
        date(9999, 12, 31),
    ]
    # West of UTC the last evening is already year 10000 in UTC: left out too.
    west = plan_check_ins([], [encounter(date(9999, 12, 1))], ZoneInfo("America/New_York"))
    assert len(west) == 4
    # Year 1, written down long after: the one last "over time" check-in, as for any
    # encounter recorded late; the evening before 1 January of year 1 does not exist.
    for day in (date(1, 1, 1), date(1, 1, 2)):
        for zone in (BERLIN, ZoneInfo("UTC"), ZoneInfo("Asia/Tokyo")):
            (last,) = plan_check_ins([], [encounter(day)], zone, now=NOW)
            assert last.due_at.astimezone(zone).date() == day + timedelta(days=91)
    step = PathStep(uuid=uuid.uuid4(), on=date(9999, 12, 1), recorded_at=NOW)
    plan = plan_check_ins([], [], BERLIN, path_step=step, now=NOW)
    assert [local(c).date() for c in plan] == [date(9999, 12, 15), date(9999, 12, 31)]
    late = PathStep(uuid=uuid.uuid4(), on=date(9999, 12, 30), recorded_at=NOW)
    assert plan_check_ins([], [], BERLIN, path_step=late, now=NOW) == []


def test_a_postponed_encounter_asks_for_consent_again_once() -> None:
    snoozed = lambda c: c.snoozed_at is not None  # noqa: E731
    first = plan_check_ins([], [encounter(date(2025, 5, 10))], BERLIN, now=NOW)
    before = first[0]
    assert before.kind is CheckInKind.BEFORE
    # Open, it simply moves with the encounter (same check-in, snooze kept as always).
    later = plan_check_ins([], [encounter(date(2025, 5, 17))], BERLIN, now=NOW)
    (moved,) = [c for c in reconcile(first, later, snoozed).save if c.kind is CheckInKind.BEFORE]
    assert moved.uuid == before.uuid and moved.due_at == later[0].due_at

    settled = [before.model_copy(update={"dismissed": True}), *first[1:]]
    # Postponed after it was settled: a fresh consent check for the new day ...
    replan = reconcile(settled, later, snoozed)
    (fresh,) = [c for c in replan.save if c.kind is CheckInKind.BEFORE]
    assert fresh.uuid not in {c.uuid for c in settled} and fresh.is_open
    assert fresh.due_at == later[0].due_at and fresh.event_entry_uuid == EVENT_ID
    assert replan.withdraw == []
    # ... once: planning again changes nothing.
    stored = [*settled[:1], fresh, *(c for c in replan.save if c.kind is not CheckInKind.BEFORE)]
    assert not reconcile(stored, later, snoozed)
    # Postponed again while the fresh one is open: it moves, nothing new is added.
    again = plan_check_ins([], [encounter(date(2025, 5, 24))], BERLIN, now=NOW)
    again_before = [c for c in reconcile(stored, again, snoozed).save if c.kind is fresh.kind]
    assert [c.uuid for c in again_before] == [fresh.uuid]
    # Moved back to the day already settled: nothing more to ask; the fresh one goes.
    back = reconcile(stored, first, snoozed)
    assert [c.kind for c in back.save if c.kind is CheckInKind.BEFORE] == []
    assert back.withdraw == [fresh.uuid]
    # The same evening seen from another time zone is still the same evening.
    tokyo = plan_check_ins([], [encounter(date(2025, 5, 10))], ZoneInfo("Asia/Tokyo"), now=NOW)
    assert not [c for c in reconcile(settled, tokyo, snoozed).save if c.kind is before.kind]


def test_only_encounters_are_planned_around() -> None:
    other = KeyEvent(type=EventType.REPAIR_START, on=date(2025, 5, 10), created_at=NOW)
    assert plan_check_ins([], [other], BERLIN, now=NOW) == []


def test_a_planned_encounter_ahead_counts_and_times_default_to_the_evening() -> None:
    plan = plan_check_ins([], [encounter(date(2026, 1, 10))], BERLIN, now=NOW)
    assert local(plan[0]) == datetime(2026, 1, 9, 19, 0)


def test_an_encounter_written_down_afterwards_skips_what_was_already_over() -> None:
    day = date(2025, 5, 10)
    # Written the next morning, before nine: no "before", everything else.
    morning = datetime(2025, 5, 11, 5, 0, tzinfo=UTC)
    kinds = [c.kind for c in plan_check_ins([], [encounter(day, created=morning)], BERLIN)]
    assert kinds[:2] == [CheckInKind.RIGHT_AFTER, CheckInKind.ONE_WEEK]
    # Written ten days later: the one-week check-in is still open, the morning after is not.
    late = datetime(2025, 5, 20, 12, 0, tzinfo=UTC)
    kinds = [c.kind for c in plan_check_ins([], [encounter(day, created=late)], BERLIN)]
    assert kinds == [CheckInKind.ONE_WEEK, *[CheckInKind.INTERVAL] * 3]
    # Written a year later: one last "over time" check-in, never a flood of old ones.
    much_later = datetime(2026, 6, 1, tzinfo=UTC)
    plan = plan_check_ins([], [encounter(day, created=much_later)], BERLIN, now=much_later)
    assert [local(c).date() for c in plan] == [date(2025, 8, 9)]
    # A recorded time ahead of the clock counts as now.
    ahead = plan_check_ins(
        [], [encounter(day, created=datetime(2030, 1, 1, tzinfo=UTC))], BERLIN, now=NOW
    )
    assert len(ahead) == 6


def test_step_five_schedules_intervals_from_its_day() -> None:
    step = PathStep(uuid=uuid.uuid4(), on=date(2025, 6, 1), recorded_at=NOW)
    plan = plan_check_ins([], [], BERLIN, path_step=step, now=NOW)
    assert [c.kind for c in plan] == [CheckInKind.INTERVAL] * 3
    assert [local(c) for c in plan] == [
        datetime(2025, 6, 15, 19, 0),
        datetime(2025, 7, 1, 19, 0),
        datetime(2025, 8, 31, 19, 0),
    ]
    assert {c.event_entry_uuid for c in plan} == {step.uuid}
    assert plan[0].uuid == check_in_uuid(step.uuid, CheckInKind.INTERVAL, 14)
    # The couple's own intervals (the newest agreement's) apply, also once it ended.
    ended = agreement_with((AgreementStatus.ENDED, NOW), days=[10])
    (only,) = plan_check_ins([ended], [], BERLIN, path_step=step, now=NOW)
    assert local(only).date() == date(2025, 6, 11)


# -- reconcile ------------------------------------------------------------------------


def test_reconcile_adds_moves_and_withdraws_but_keeps_what_people_did() -> None:
    old = plan_check_ins([], [encounter(date(2025, 5, 10))], BERLIN, now=NOW)
    before, after, week, *intervals = old
    done = before.model_copy(update={"completed_at": NOW, "completed_entry_uuid": uuid.uuid4()})
    dismissed = after.model_copy(update={"dismissed": True})
    snoozed_to = week.due_at + timedelta(days=2)
    snoozed = week.model_copy(update={"due_at": snoozed_to, "snoozed_at": NOW, "snoozes": 1})
    legacy = CheckIn(kind=CheckInKind.INTERVAL, due_at=NOW)  # not planned: uuid4
    stored = [done, dismissed, snoozed, *intervals, legacy]

    assert not reconcile(stored, old, lambda c: c.snoozed_at is not None)

    ended_plan: list[CheckIn] = []
    replan = reconcile(stored, ended_plan, lambda c: c.snoozed_at is not None)
    assert replan.save == []
    assert set(replan.withdraw) == {snoozed.uuid, *(c.uuid for c in intervals)}

    moved = plan_check_ins([], [encounter(date(2025, 5, 13))], BERLIN, now=NOW)
    replan = reconcile(stored, moved, lambda c: c.snoozed_at is not None)
    assert replan.withdraw == []
    saved = {c.uuid: c for c in replan.save}
    # History and the snoozed one stay; the consent check settled for the 9th does not
    # answer for the 12th, so a fresh one is asked.
    fresh = moved[0].model_copy(update={"uuid": fresh_uuid(moved[0])})
    assert set(saved) == {fresh.uuid, *(c.uuid for c in intervals)}
    assert saved[fresh.uuid] == fresh and fresh.uuid.version == 5
    assert all(saved[c.uuid].due_at == c.due_at + timedelta(days=3) for c in intervals)


def test_reconcile_moves_a_snooze_only_when_not_told_it_is_snoozed() -> None:
    (plan,) = plan_check_ins([], [encounter(date(2025, 5, 10))], BERLIN, now=NOW)[:1]
    stored = plan.model_copy(update={"due_at": plan.due_at + timedelta(hours=3), "snoozed_at": NOW})
    assert not reconcile([stored], [plan], lambda c: c.snoozed_at is not None)
    (back,) = reconcile([stored], [plan]).save
    assert back.due_at == plan.due_at and back.snoozed_at == NOW


@pytest.mark.parametrize("days", [[14, 30, 91], [1, 2, 3]])
def test_every_due_time_is_at_a_whole_local_hour(days: list[int]) -> None:
    mine = agreement_with((AgreementStatus.AGREED, NOW), days=days)
    plan = plan_check_ins([mine], [encounter(date(2025, 10, 20))], BERLIN, now=NOW)
    assert all(local(c).minute == 0 and local(c).hour in (9, 19) for c in plan)
