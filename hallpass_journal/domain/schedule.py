"""The check-ins a couple's situation implies: planned from the encounter and the path.

A pure function of what the journal holds. The encounter (a key event, already past or
planned ahead) implies four kinds of check-in: the evening before, to confirm that both
still consent; the morning after, to talk about how it went; one week later; then the
"evaluate over time" intervals of the agreement in force (its ``check_in_days``). The
hurt partner's fifth step (evaluate over time) implies the same intervals, counted from
the day that step was written.

Due times are local wall-clock times in the person's time zone, stored in UTC: a
check-in planned for seven in the evening stays at seven across a daylight-saving change.
Each check-in's UUID is a UUID5 of where it comes from (the event or step entry, the
kind and the day offset), so planning again gives the same check-ins, and the services
can tell planned check-ins (UUID version 5) from any others. A "before" check-in settled
for one day does not settle a postponed encounter: :func:`reconcile` then adds a fresh
one (a UUID5 of the planned one and its new time), keeping the settled one as history.

A date the calendar cannot reach (an encounter typed as 9999-12-31, a check-in that
would fall before year 1) plans only the check-ins that fit: planning never fails.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from hallpass_journal.domain.agreements import (
    DEFAULT_CHECK_IN_DAYS,
    Agreement,
    AgreementStatus,
)
from hallpass_journal.domain.checkins import CHECK_IN_LABELS, CheckIn, CheckInKind
from hallpass_journal.domain.events import EventType, KeyEvent

#: Names every planned check-in's UUID5 (never change it: stored UUIDs depend on it).
CHECK_IN_NAMESPACE = uuid_mod.UUID("6f1c2a52-3b0e-5d4f-9a57-0c1e8b7d2f41")
#: When an evening check-in is due (the day before, a week later, the intervals).
EVENING = time(19, 0)
#: When the morning-after check-in is due.
MORNING = time(9, 0)
BEFORE_DAYS = -1
RIGHT_AFTER_DAYS = 1
ONE_WEEK_DAYS = 7
#: A settled "before" check-in this close to the planned time answered the same evening
#: (a change of time zone shifts it by hours; a postponed encounter, by a day or more).
SAME_EVENING = timedelta(hours=20)
#: Statuses in which an agreement governs an encounter on that day.
_IN_FORCE = frozenset({AgreementStatus.AGREED, AgreementStatus.ACTIVE, AgreementStatus.PAUSED})

TEMPLATE_IDS: dict[CheckInKind, str] = {
    CheckInKind.BEFORE: "check_in_before",
    CheckInKind.RIGHT_AFTER: "check_in_right_after",
    CheckInKind.ONE_WEEK: "check_in_one_week",
    CheckInKind.INTERVAL: "check_in_interval",
}


@dataclass(frozen=True)
class PathStep:
    """The hurt partner's step-5 entry: its interval check-ins count from ``on``."""

    uuid: uuid_mod.UUID
    on: date
    recorded_at: datetime


@dataclass(frozen=True)
class _Slot:
    kind: CheckInKind
    days: int
    at: time


def template_id(check_in: CheckIn) -> str:
    """The guided template that answers ``check_in`` (e.g. ``"check_in_before"``)."""
    return TEMPLATE_IDS[check_in.kind]


def check_in_uuid(source: uuid_mod.UUID, kind: CheckInKind, days: int) -> uuid_mod.UUID:
    """The UUID a planned check-in gets: the same source, kind and day, the same UUID."""
    return uuid_mod.uuid5(CHECK_IN_NAMESPACE, f"{source}:{kind.value}:{days}")


def is_planned(check_in: CheckIn) -> bool:
    """Whether ``check_in`` came from the schedule (older or imported ones did not)."""
    return check_in.uuid.version == 5


def _span(days: int) -> str:
    def counted(n: int, unit: str) -> str:
        return f"{n} {unit}" if n == 1 else f"{n} {unit}s"

    if days % 7 == 0 and days < 56:
        return counted(days // 7, "week")
    months = round(days / 30.44)
    if months >= 1 and abs(days - months * 30.44) <= 2:
        return counted(months, "month")
    return counted(days, "day")


def title_of(kind: CheckInKind, days: int) -> str:
    """A check-in's title: its kind's label, with the interval named for "over time"."""
    label = CHECK_IN_LABELS[kind]
    return f"{label}: {_span(days)} on" if kind is CheckInKind.INTERVAL else label


def local_moment(day: date, at: time, zone: tzinfo) -> datetime:
    """``at`` o'clock on ``day`` where the person is, as a UTC time."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _moment_after(start: date, days: int, at: time, zone: tzinfo) -> datetime | None:
    """``at`` o'clock ``days`` after ``start`` (UTC); None beyond the calendar's ends."""
    try:
        return local_moment(start + timedelta(days=days), at, zone)
    except (OverflowError, ValueError):
        return None


def _interval_days(days: Sequence[int]) -> list[int]:
    # One week later already has its own check-in.
    return sorted({d for d in days if d != ONE_WEEK_DAYS})


def _status_on(agreement: Agreement, day: date, zone: tzinfo) -> AgreementStatus | None:
    """The agreement's status at the end of ``day`` (None before its first status)."""
    status = None
    for change in agreement.history:
        if change.at.astimezone(zone).date() <= day:
            status = change.status
    return status


def governing_agreement(
    event: KeyEvent, agreements: Sequence[Agreement], zone: tzinfo
) -> Agreement | None:
    """The agreement an encounter falls under.

    The one it names, else the agreement in force (agreed, active or paused) on its day
    that most recently became agreed or active; None when there is none.
    """
    by_uuid = {a.uuid: a for a in agreements}
    if event.agreement_uuid is not None and event.agreement_uuid in by_uuid:
        return by_uuid[event.agreement_uuid]
    best: tuple[datetime, Agreement] | None = None
    for agreement in agreements:
        if _status_on(agreement, event.on, zone) not in _IN_FORCE:
            continue
        became = [
            c.at
            for c in agreement.history
            if c.status in (AgreementStatus.AGREED, AgreementStatus.ACTIVE)
            and c.at.astimezone(zone).date() <= event.on
        ]
        if became and (best is None or max(became) > best[0]):
            best = (max(became), agreement)
    return best[1] if best else None


def _planned(
    source: uuid_mod.UUID,
    start: date,
    slots: list[_Slot],
    zone: tzinfo,
    recorded_at: datetime,
    agreement_uuid: uuid_mod.UUID | None,
    encounter_at: datetime | None = None,
) -> list[CheckIn]:
    """The check-ins of one source, leaving out those that were over when it was written.

    A source written down after the fact (an encounter recorded the next week) does not
    ask for the check-ins whose moment had passed: "before" once the encounter began, any
    other once the next one was already due. The last one is always kept. Slots beyond
    the calendar's ends (year 1, year 9999) are left out.
    """
    fitting = [(s, _moment_after(start, s.days, s.at, zone)) for s in slots]
    timed = [(slot, due) for slot, due in fitting if due is not None]
    dues = [due for _, due in timed]
    planned: list[CheckIn] = []
    for i, (slot, due) in enumerate(timed):
        if slot.kind is CheckInKind.BEFORE:
            if encounter_at is not None and recorded_at >= encounter_at:
                continue
        elif i + 1 < len(dues) and dues[i + 1] <= recorded_at:
            continue
        planned.append(
            CheckIn(
                uuid=check_in_uuid(source, slot.kind, slot.days),
                kind=slot.kind,
                due_at=due,
                title=title_of(slot.kind, slot.days),
                agreement_uuid=agreement_uuid,
                event_entry_uuid=source,
            )
        )
    return planned


def _ended_at(agreement: Agreement) -> datetime | None:
    """When the agreement ended (None while it has not)."""
    if agreement.status is not AgreementStatus.ENDED:
        return None
    return max(c.at for c in agreement.history if c.status is AgreementStatus.ENDED)


def plan_for_encounter(
    event: KeyEvent, agreements: Sequence[Agreement], zone: tzinfo, now: datetime
) -> list[CheckIn]:
    """The check-ins around one encounter.

    Once its agreement has ended, an encounter planned for a later day has none; one on
    or before the day it ended keeps its follow-ups (how it went, a week on, over time),
    and its "before" check-in only if the agreement ended after the encounter began.
    """
    agreement = governing_agreement(event, agreements, zone)
    ended = _ended_at(agreement) if agreement is not None else None
    if ended is not None and event.on > ended.astimezone(zone).date():
        return []
    days = agreement.check_in_days if agreement is not None else DEFAULT_CHECK_IN_DAYS
    try:
        encounter_at: datetime | None = local_moment(event.on, event.time or EVENING, zone)
    except (OverflowError, ValueError):
        encounter_at = None
    before = ended is None or (encounter_at is not None and ended >= encounter_at)
    slots = [
        *([_Slot(CheckInKind.BEFORE, BEFORE_DAYS, EVENING)] if before else []),
        _Slot(CheckInKind.RIGHT_AFTER, RIGHT_AFTER_DAYS, MORNING),
        _Slot(CheckInKind.ONE_WEEK, ONE_WEEK_DAYS, EVENING),
        *(_Slot(CheckInKind.INTERVAL, d, EVENING) for d in _interval_days(days)),
    ]
    return _planned(
        event.uuid,
        event.on,
        slots,
        zone,
        min(event.created_at, now),
        agreement.uuid if agreement is not None else None,
        encounter_at=encounter_at,
    )


def plan_for_path(
    step: PathStep, agreements: Sequence[Agreement], zone: tzinfo, now: datetime
) -> list[CheckIn]:
    """The interval check-ins of the hurt partner's step 5, from the day it was written.

    The intervals are the newest agreement's (the couple's own choice), or the defaults.
    """
    days = agreements[-1].check_in_days if agreements else DEFAULT_CHECK_IN_DAYS
    slots = [_Slot(CheckInKind.INTERVAL, d, EVENING) for d in _interval_days(days)]
    return _planned(step.uuid, step.on, slots, zone, min(step.recorded_at, now), None)


def plan_check_ins(
    agreements: Sequence[Agreement],
    events: Sequence[KeyEvent],
    zone: tzinfo,
    *,
    path_step: PathStep | None = None,
    now: datetime | None = None,
) -> list[CheckIn]:
    """Every check-in the situation implies, soonest first.

    Args:
        agreements: Every agreement, oldest first (their histories and check-in days).
        events: The key events; each encounter (past or planned) is planned around.
        zone: The person's time zone; due times are wall-clock times there.
        path_step: The latest step-5 entry of the hurt partner's path, if any.
        now: The moment of planning (default: now); a source whose recorded time lies
            after it (a clock that was wrong) counts as recorded now.

    Returns:
        Open check-ins (nothing completed or dismissed) with deterministic UUIDs.
    """
    moment = now or datetime.now(UTC)
    plan: list[CheckIn] = []
    for event in events:
        if event.type is EventType.ENCOUNTER:
            plan.extend(plan_for_encounter(event, agreements, zone, moment))
    if path_step is not None:
        plan.extend(plan_for_path(path_step, agreements, zone, moment))
    order = list(CheckInKind)
    return sorted(plan, key=lambda c: (c.due_at, order.index(c.kind), str(c.uuid)))


@dataclass(frozen=True)
class Replan:
    """How the stored check-ins must change to match the plan."""

    save: list[CheckIn]
    withdraw: list[uuid_mod.UUID]

    def __bool__(self) -> bool:
        return bool(self.save or self.withdraw)


def fresh_uuid(plan: CheckIn) -> uuid_mod.UUID:
    """The UUID of a fresh "before" check-in for a postponed encounter (its new time)."""
    return uuid_mod.uuid5(CHECK_IN_NAMESPACE, f"{plan.uuid}@{plan.due_at.isoformat()}")


def _before_in_store(
    plan: CheckIn, stored: Sequence[CheckIn], by_uuid: dict[uuid_mod.UUID, CheckIn]
) -> CheckIn | None:
    """The stored check-in that stands for the planned "before" one, if any.

    The fresh one planned for this very time, or, of the source's "before" check-ins,
    one settled the same evening (nothing more to ask), else the open one (it moves
    with the encounter). None: there is none yet, or the encounter was postponed after
    its consent check was settled, so a fresh one is due.
    """
    fresh = by_uuid.get(fresh_uuid(plan))
    if fresh is not None:
        return fresh
    mine = [
        c
        for c in stored
        if is_planned(c)
        and c.kind is CheckInKind.BEFORE
        and c.event_entry_uuid == plan.event_entry_uuid
    ]
    settled = [c for c in mine if not c.is_open and abs(c.due_at - plan.due_at) < SAME_EVENING]
    if settled:
        return settled[0]
    return next((c for c in mine if c.is_open), None)


def reconcile(
    stored: Sequence[CheckIn],
    planned: Sequence[CheckIn],
    snoozed: Callable[[CheckIn], bool] = lambda _: False,
) -> Replan:
    """What to write so the stored check-ins follow ``planned``, keeping what people did.

    A planned check-in not stored yet is added. An open one moves with its source (a
    snoozed one keeps the time it was snoozed to). Completed and dismissed ones stay as
    they are: they are history. A "before" check-in settled for another day than the
    encounter's (it was postponed) does not count: a fresh one is added (see
    :func:`fresh_uuid`). Open planned check-ins the situation no longer implies (the
    encounter was deleted, its agreement ended, the intervals changed) are withdrawn.
    Check-ins the schedule did not plan (see :func:`is_planned`) are never touched.
    """
    by_uuid = {c.uuid: c for c in stored}
    save: list[CheckIn] = []
    wanted: set[uuid_mod.UUID] = set()
    for plan in planned:
        if plan.kind is CheckInKind.BEFORE:
            current = _before_in_store(plan, stored, by_uuid)
            if current is None and plan.uuid in by_uuid:  # settled for another day
                plan = plan.model_copy(update={"uuid": fresh_uuid(plan)})
        else:
            current = by_uuid.get(plan.uuid)
        if current is None:
            wanted.add(plan.uuid)
            save.append(plan)
            continue
        wanted.add(current.uuid)
        if not current.is_open:
            continue
        update: dict[str, object] = {
            "kind": plan.kind,
            "title": plan.title,
            "agreement_uuid": plan.agreement_uuid,
            "event_entry_uuid": plan.event_entry_uuid,
        }
        if not snoozed(current):
            update["due_at"] = plan.due_at
        moved = current.model_copy(update=update)
        if moved != current:
            save.append(moved)
    withdraw = [c.uuid for c in stored if is_planned(c) and c.is_open and c.uuid not in wanted]
    return Replan(save, withdraw)
