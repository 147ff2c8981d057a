"""The schedule on a real journal: planned after each change, once, keeping history."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import CheckIn, CheckInKind, plan_around_event
from hallpass_journal.domain.entries import CheckInAnswers, Entry, HurtStepAnswers
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from hallpass_journal.services.schedule import local_zone
from tests.conftest import PASSPHRASE

BERLIN = ZoneInfo("Europe/Berlin")
CREATED = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
DAY = date(2025, 3, 29)  # a Saturday; clocks go forward that night in Berlin


@pytest.fixture
def berlin(journal: Journal) -> Journal:
    journal.schedule.zone = BERLIN
    return journal


def the_encounter(on: date = DAY, **fields: object) -> KeyEvent:
    return KeyEvent(
        uuid=uuid.UUID("0b0e9a59-6d7c-4f1e-9f0a-1c2d3e4f5a6b"),
        type=EventType.ENCOUNTER,
        on=on,
        time=time(23, 0),
        created_at=CREATED,
        **fields,
    )


def kinds(check_ins: list[CheckIn]) -> dict[CheckInKind, list[CheckIn]]:
    out: dict[CheckInKind, list[CheckIn]] = {}
    for c in check_ins:
        out.setdefault(c.kind, []).append(c)
    return out


def answer(check_in: CheckIn) -> Entry:
    return Entry.new(
        EntryKind.CHECK_IN,
        title=check_in.title,
        answers=CheckInAnswers(check_in_uuid=check_in.uuid, how_are_we="Calm."),
    )


def test_saving_the_encounter_plans_its_check_ins_and_says_so_once(berlin: Journal) -> None:
    seen: list[Change] = []
    berlin.subscribe(seen.append)
    berlin.events.save(the_encounter())

    planned = berlin.check_ins.all()
    assert [c.kind for c in planned] == [
        CheckInKind.BEFORE,
        CheckInKind.RIGHT_AFTER,
        CheckInKind.ONE_WEEK,
        *[CheckInKind.INTERVAL] * 3,
    ]
    # Wall-clock times in Berlin, whatever the UTC offset of each day.
    assert planned[0].due_at == datetime(2025, 3, 28, 18, 0, tzinfo=UTC)  # 19:00 CET
    assert planned[1].due_at == datetime(2025, 3, 30, 7, 0, tzinfo=UTC)  # 09:00 CEST
    assert all(c.uuid.version == 5 for c in planned)
    check_in_notices = [c for c in seen if c.touches(Area.CHECK_INS)]
    assert len(check_in_notices) == 1
    assert check_in_notices[0].uuids == {c.uuid for c in planned}
    assert [c.areas for c in seen if c not in check_in_notices] == [frozenset({Area.EVENTS})]

    # Planning again changes nothing and announces nothing.
    seen.clear()
    assert berlin.schedule.sync() == Change()
    assert berlin.check_ins.all() == planned
    assert seen == []
    berlin.events.save(the_encounter())  # saved again unchanged
    assert [c.areas for c in seen] == [frozenset({Area.EVENTS})]


def test_moving_the_encounter_moves_open_check_ins_and_keeps_history(berlin: Journal) -> None:
    berlin.events.save(the_encounter())
    before, after, week, *intervals = berlin.check_ins.all()
    done = berlin.check_ins.complete(before.uuid, answer(before)).check_in
    berlin.check_ins.dismiss(after.uuid)
    snoozed_to = week.due_at + timedelta(days=1)
    berlin.check_ins.snooze(week.uuid, snoozed_to)

    berlin.events.save(the_encounter(DAY + timedelta(days=14)))

    now = {c.uuid: c for c in berlin.check_ins.all()}
    (fresh,) = set(now) - {before.uuid, after.uuid, week.uuid, *(c.uuid for c in intervals)}
    assert now[before.uuid] == done  # completed: history, not moved
    # Consent confirmed for the 29th says nothing about the 12th: asked again, that eve.
    assert now[fresh].kind is CheckInKind.BEFORE and now[fresh].is_open
    assert now[fresh].due_at.astimezone(BERLIN) == datetime(2025, 4, 11, 19, tzinfo=BERLIN)
    assert now[after.uuid].dismissed and now[after.uuid].due_at == after.due_at
    assert now[week.uuid].due_at == snoozed_to and now[week.uuid].is_open  # where it was put
    for old in intervals:
        moved = now[old.uuid]
        assert moved.is_open
        assert moved.due_at.astimezone(BERLIN).date() == old.due_at.astimezone(
            BERLIN
        ).date() + timedelta(days=14)
        assert moved.due_at.astimezone(BERLIN).hour == 19


def test_ending_the_agreement_withdraws_open_check_ins_only(berlin: Journal) -> None:
    outcome = berlin.agreements.create("Ours", AgreementTerms(intention="Care."))
    uid = outcome.agreement.uuid
    berlin.agreements.change_status(uid, AgreementStatus.AGREED, "Both of us consented.")
    berlin.events.save(the_encounter(date.today() + timedelta(days=10), agreement_uuid=uid))
    planned = berlin.check_ins.all()
    assert len(planned) == 6 and {c.agreement_uuid for c in planned} == {uid}
    first = planned[0]
    berlin.check_ins.complete(first.uuid, answer(first))

    seen: list[Change] = []
    berlin.subscribe(seen.append)
    berlin.agreements.change_status(uid, AgreementStatus.ENDED, "We stopped.")

    (left,) = berlin.check_ins.all()
    assert left.uuid == first.uuid and left.completed_at is not None
    notice = [c for c in seen if c.touches(Area.CHECK_INS)]
    assert len(notice) == 1 and notice[0].uuids == {c.uuid for c in planned[1:]}


def test_new_check_in_days_replace_the_open_intervals(berlin: Journal) -> None:
    uid = berlin.agreements.create("Ours", AgreementTerms()).agreement.uuid
    berlin.agreements.change_status(uid, AgreementStatus.AGREED)
    berlin.events.save(the_encounter(agreement_uuid=uid))
    fourteen = kinds(berlin.check_ins.all())[CheckInKind.INTERVAL][0]

    berlin.agreements.set_check_in_days(uid, [14, 60])

    intervals = kinds(berlin.check_ins.all())[CheckInKind.INTERVAL]
    assert [c.due_at.astimezone(BERLIN).date() for c in intervals] == [
        DAY + timedelta(days=14),
        DAY + timedelta(days=60),
    ]
    assert intervals[0].uuid == fourteen.uuid  # the same check-in, not a new one


def test_the_fifth_step_of_the_path_plans_intervals(berlin: Journal) -> None:
    about = date(2025, 6, 1)
    step = Entry.new(
        EntryKind.HURT_STEP,
        about=about,
        created_at=CREATED,
        answers=HurtStepAnswers(step=5, responses={"how_it_looks_now": "Softer."}),
    )
    four = Entry.new(EntryKind.HURT_STEP, about=about, answers=HurtStepAnswers(step=4))
    berlin.save_entry(four)
    assert berlin.check_ins.all() == []
    berlin.save_entry(step)

    planned = berlin.check_ins.all()
    assert [c.kind for c in planned] == [CheckInKind.INTERVAL] * 3
    assert {c.event_entry_uuid for c in planned} == {step.uuid}
    assert [c.due_at.astimezone(BERLIN).date() for c in planned] == [
        about + timedelta(days=d) for d in (14, 30, 91)
    ]
    berlin.delete_entry(step.uuid)
    assert berlin.check_ins.all() == []


def test_check_ins_it_did_not_plan_are_left_alone(berlin: Journal) -> None:
    legacy = plan_around_event(datetime(2025, 1, 10, 19, tzinfo=UTC))
    berlin.check_ins.save_all(legacy)
    berlin.events.save(the_encounter())
    berlin.events.delete(the_encounter().uuid)
    assert berlin.check_ins.all() == legacy


def test_open_check_ins_overdue_first_then_the_coming_week(berlin: Journal) -> None:
    berlin.events.save(the_encounter())
    before, after, week, first_interval, *_ = berlin.check_ins.all()
    now = datetime(2025, 3, 31, 12, 0, tzinfo=UTC)

    open_now = berlin.schedule.open_check_ins(now)
    assert [c.uuid for c in open_now] == [before.uuid, after.uuid, week.uuid]
    assert [c.is_overdue(now) for c in open_now] == [True, True, False]

    berlin.check_ins.complete(after.uuid, answer(after))
    later = now + timedelta(days=8)  # the first interval is now within a week
    assert [c.uuid for c in berlin.schedule.open_check_ins(later)] == [
        before.uuid,
        week.uuid,
        first_interval.uuid,
    ]
    assert berlin.schedule.template_id(before) == "check_in_before"
    assert berlin.schedule.template_id(first_interval) == "check_in_interval"


def test_unlocking_plans_again_in_the_local_time_zone(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    with Journal.create(journal_path, PASSPHRASE) as journal:
        journal.events.save(the_encounter())
        assert journal.check_ins.all()[0].due_at == datetime(2025, 3, 28, 19, tzinfo=UTC)
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert local_zone() == BERLIN
    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as journal:
        assert journal.check_ins.all()[0].due_at == datetime(2025, 3, 28, 18, tzinfo=UTC)


def test_a_failing_listener_elsewhere_does_not_stop_planning(berlin: Journal) -> None:
    def broken(change: Change) -> None:
        raise RuntimeError("a view that failed")

    berlin.subscribe(broken)
    berlin.events.save(the_encounter())
    assert len(berlin.check_ins.all()) == 6


def test_bulk_changes_plan_once_after_the_commit(berlin: Journal) -> None:
    seen: list[Change] = []
    berlin.subscribe(seen.append)
    with berlin.bulk():
        berlin.events.save(the_encounter())
        assert berlin.check_ins.all() == []  # not yet: nothing was committed
    assert len(berlin.check_ins.all()) == 6
    # The plan is announced while the bulk change is being told (so, to later
    # listeners, first): one notice each.
    assert sorted(c.touches(Area.CHECK_INS) for c in seen) == [False, True]


def test_a_postponed_encounter_asks_for_consent_again_after_it_was_settled(
    berlin: Journal,
) -> None:
    berlin.events.save(the_encounter())
    first = berlin.check_ins.all()[0]
    berlin.check_ins.dismiss(first.uuid)

    berlin.events.save(the_encounter(DAY + timedelta(days=7)))
    befores = kinds(berlin.check_ins.all())[CheckInKind.BEFORE]
    assert [c.uuid == first.uuid for c in befores] == [True, False]
    fresh = befores[1]
    assert fresh.is_open and fresh.due_at.astimezone(BERLIN).date() == DAY + timedelta(days=6)
    assert berlin.schedule.sync() == Change()  # planned once, not again and again

    # Postponed again before answering: the fresh one moves, no third one appears.
    berlin.events.save(the_encounter(DAY + timedelta(days=21)))
    befores = kinds(berlin.check_ins.all())[CheckInKind.BEFORE]
    assert [c.uuid for c in befores] == [first.uuid, fresh.uuid]
    assert befores[1].due_at.astimezone(BERLIN).date() == DAY + timedelta(days=20)


def test_ending_the_agreement_after_the_encounter_keeps_its_follow_ups(
    berlin: Journal,
) -> None:
    # The debrief says "stop" the morning after: how it went, a week on and the
    # intervals are still asked about the encounter that happened.
    uid = berlin.agreements.create("Ours", AgreementTerms()).agreement.uuid
    berlin.agreements.change_status(uid, AgreementStatus.AGREED)
    berlin.events.save(the_encounter(date.today() - timedelta(days=1), agreement_uuid=uid))
    planned = berlin.check_ins.all()
    assert {c.agreement_uuid for c in planned} == {uid}

    berlin.agreements.change_status(uid, AgreementStatus.ENDED, "We stopped.")

    assert berlin.check_ins.all() == planned
    assert [c.kind for c in planned][-4:] == [CheckInKind.ONE_WEEK, *[CheckInKind.INTERVAL] * 3]


@pytest.mark.parametrize(
    "tz", ["UTC0", "JST-9", "Europe/Nowhere", "CET-1CEST,M3.5.0,M10.5.0/3", "../etc/passwd"]
)
def test_a_tz_that_names_no_zone_falls_back_quietly(
    tz: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", tz)
    zone = local_zone()
    assert datetime(2025, 7, 1, 12, tzinfo=zone).utcoffset() is not None


def test_a_journal_opens_whatever_tz_says(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Nowhere")
    with Journal.create(journal_path, PASSPHRASE) as journal:
        journal.events.save(the_encounter())
        assert len(journal.check_ins.all()) == 6
    monkeypatch.setenv("TZ", "JST-9")
    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as journal:
        assert len(journal.check_ins.all()) == 6


def test_dates_at_the_ends_of_the_calendar_never_lock_the_journal(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    far = the_encounter(date(9999, 12, 1)).model_copy(update={"uuid": uuid.uuid4()})
    early = the_encounter(date(1, 1, 2)).model_copy(update={"uuid": uuid.uuid4()})
    step = Entry.new(
        EntryKind.HURT_STEP,
        about=date(9999, 12, 20),
        created_at=CREATED,
        answers=HurtStepAnswers(step=5, responses={"how_it_looks_now": "Softer."}),
    )
    with Journal.create(journal_path, PASSPHRASE) as journal:
        journal.events.save(far)
        journal.events.save(early)
        journal.save_entry(step)
        planned = journal.check_ins.all()
    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as journal:
        assert journal.check_ins.all() == planned
    # Those that fit: around 1 December 9999 up to its last evening; of year 1 (written
    # down long after), the one last "over time" check-in; nothing from step 5, whose
    # first interval would fall in year 10000.
    by_source: dict[uuid.UUID | None, list[date]] = {}
    for c in planned:
        by_source.setdefault(c.event_entry_uuid, []).append(c.due_at.date())
    assert by_source == {
        far.uuid: [
            date(9999, 11, 30),
            date(9999, 12, 2),
            date(9999, 12, 8),
            date(9999, 12, 15),
            date(9999, 12, 31),
        ],
        early.uuid: [date(1, 4, 3)],
    }
