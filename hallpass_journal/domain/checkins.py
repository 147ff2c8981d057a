"""Check-ins: the scheduled moments a careful couple plans to talk."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class CheckInKind(StrEnum):
    """What a check-in is for."""

    BEFORE = "before"  # confirm consent
    RIGHT_AFTER = "right_after"  # process feelings
    ONE_WEEK = "one_week"  # evaluate impact
    INTERVAL = "interval"  # evaluate over time


CHECK_IN_LABELS: dict[CheckInKind, str] = {
    CheckInKind.BEFORE: "Before: confirm consent",
    CheckInKind.RIGHT_AFTER: "Right after: how are we feeling?",
    CheckInKind.ONE_WEEK: "One week later: how has it landed?",
    CheckInKind.INTERVAL: "Evaluate over time",
}

DEFAULT_INTERVALS: tuple[timedelta, ...] = (
    timedelta(weeks=2),
    timedelta(days=30),
    timedelta(days=91),
)


class CheckIn(BaseModel):
    """A scheduled check-in; completed by an entry."""

    model_config = ConfigDict(extra="forbid")

    uuid: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    kind: CheckInKind
    due_at: datetime
    title: str = ""
    agreement_uuid: uuid_mod.UUID | None = None
    event_entry_uuid: uuid_mod.UUID | None = None
    completed_entry_uuid: uuid_mod.UUID | None = None
    completed_at: datetime | None = None
    dismissed: bool = False
    #: When it was set aside (None if it was not, or was set aside before schema v2).
    dismissed_at: datetime | None = None
    #: When it was last snoozed, and how many times; ``due_at`` is the snoozed time.
    snoozed_at: datetime | None = None
    snoozes: int = Field(default=0, ge=0)

    @property
    def is_open(self) -> bool:
        """Neither completed nor dismissed."""
        return self.completed_at is None and not self.dismissed

    def is_overdue(self, now: datetime) -> bool:
        """Open and past its due time."""
        return self.is_open and self.due_at < now


def plan_around_event(
    event_at: datetime,
    *,
    agreement_uuid: uuid_mod.UUID | None = None,
    event_entry_uuid: uuid_mod.UUID | None = None,
    intervals: tuple[timedelta, ...] = DEFAULT_INTERVALS,
    include_before: bool = True,
) -> list[CheckIn]:
    """Plan the check-ins around a key event (e.g. the planned encounter).

    Before (a day ahead, to confirm consent), right after (the next morning), one week
    later, then each "evaluate over time" interval.
    """
    plan: list[tuple[CheckInKind, datetime]] = []
    if include_before:
        plan.append((CheckInKind.BEFORE, event_at - timedelta(days=1)))
    plan.append((CheckInKind.RIGHT_AFTER, event_at + timedelta(hours=12)))
    plan.append((CheckInKind.ONE_WEEK, event_at + timedelta(weeks=1)))
    plan.extend((CheckInKind.INTERVAL, event_at + delta) for delta in intervals)
    return [
        CheckIn(
            kind=kind,
            due_at=due,
            title=CHECK_IN_LABELS[kind],
            agreement_uuid=agreement_uuid,
            event_entry_uuid=event_entry_uuid,
        )
        for kind, due in plan
    ]


class CheckInNotOpen(LookupError):
    """The check-in does not exist, or was already completed or dismissed."""
