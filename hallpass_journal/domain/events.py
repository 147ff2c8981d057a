"""Key events: the moments a couple plans around, each with a type and a date.

The encounter, a first conversation, the agreement becoming active, a disclosure, a
test result, the start of repair: recorded as events (not as tags on entries), so the
check-in schedule, the timeline and evaluate-over-time can anchor on them.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from hallpass_journal.domain.entries import utc_now


class EventType(StrEnum):
    """What kind of moment an event is."""

    FIRST_CONVERSATION = "first_conversation"
    AGREEMENT_ACTIVE = "agreement_active"
    ENCOUNTER = "encounter"
    DISCLOSURE = "disclosure"
    TEST_RESULT = "test_result"
    REPAIR_START = "repair_start"
    OTHER = "other"


EVENT_LABELS: dict[EventType, str] = {
    EventType.FIRST_CONVERSATION: "First conversation about it",
    EventType.AGREEMENT_ACTIVE: "Agreement became active",
    EventType.ENCOUNTER: "The encounter",
    EventType.DISCLOSURE: "A disclosure",
    EventType.TEST_RESULT: "A test result",
    EventType.REPAIR_START: "Repair began",
    EventType.OTHER: "Another moment",
}

MAX_EVENT_TITLE = 200


class KeyEvent(BaseModel):
    """One dated moment. ``on`` is the day it happens (or is planned for, if ahead)."""

    model_config = ConfigDict(extra="forbid")

    uuid: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    type: EventType
    on: date
    #: The local time of day, when it matters (e.g. a planned evening); None otherwise.
    time: dt.time | None = None
    title: str = Field(default="", max_length=MAX_EVENT_TITLE)
    note: str = ""
    agreement_uuid: uuid_mod.UUID | None = None
    created_at: datetime = Field(default_factory=utc_now)

    @property
    def label(self) -> str:
        """The title, or the type's label when there is none."""
        return self.title or EVENT_LABELS[self.type]
