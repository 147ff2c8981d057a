"""Journal entries and the typed guided answers each kind carries."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hallpass_journal.domain.vocabulary import MAX_INTENSITY, MIN_INTENSITY, EntryKind

Intensity = Annotated[int, Field(ge=MIN_INTENSITY, le=MAX_INTENSITY)]


def utc_now() -> datetime:
    """Return the current time in UTC, to the second (what the journal stores)."""
    return datetime.now(UTC).replace(microsecond=0)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class EmotionRating(_Model):
    """One named emotion and how strongly it was felt (0-10)."""

    name: Annotated[str, Field(min_length=1, max_length=64)]
    intensity: Intensity


class FeelingsAnswers(_Model):
    """Guided answers of a feelings check-in (emotions and mood live on the entry)."""

    kind: Literal["feelings"] = "feelings"
    needs: list[str] = Field(default_factory=list)
    telling_me: str = ""


class ReflectionAnswers(_Model):
    """Self-reflection before raising the idea with a partner."""

    kind: Literal["reflection"] = "reflection"
    hoping_for: str = ""
    ready_for_jealousy: str = ""
    trust_boundaries: str = ""
    values_conflict: str = ""
    likely_outcome: str = ""
    what_counts: str = ""
    structure: str = ""
    motives: list[str] = Field(default_factory=list)


class ChecklistAnswers(_Model):
    """Readiness or safety checklist: item id -> ticked, the day it was ticked, a note."""

    kind: Literal["readiness", "safety"]
    ticked: dict[str, bool] = Field(default_factory=dict)
    ticked_on: dict[str, date] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)


class AgreementNoteAnswers(_Model):
    """An entry marking an agreement event (new version, status change)."""

    kind: Literal["agreement"] = "agreement"
    agreement_uuid: uuid_mod.UUID | None = None
    version: int | None = None
    status: str = ""


class PauseAnswers(_Model):
    """A pause called on an active agreement."""

    kind: Literal["pause"] = "pause"
    agreement_uuid: uuid_mod.UUID | None = None
    reason: str = ""
    what_i_need: str = ""


class CheckInAnswers(_Model):
    """A scheduled check-in, completed."""

    kind: Literal["check_in"] = "check_in"
    check_in_uuid: uuid_mod.UUID | None = None
    check_in_kind: str = ""
    consent_confirmed: bool | None = None
    how_are_we: str = ""
    anything_to_change: str = ""


class DebriefAnswers(_Model):
    """Debrief after the encounter."""

    kind: Literal["debrief"] = "debrief"
    agreement_uuid: uuid_mod.UUID | None = None
    how_feeling: str = ""
    surprised_me: str = ""
    what_worked: str = ""
    what_hurt: str = ""
    decision: Literal["", "continue", "modify", "stop"] = ""


class HurtStepAnswers(_Model):
    """One step of the guided path for the partner who feels hurt."""

    kind: Literal["hurt_step"] = "hurt_step"
    step: Annotated[int, Field(ge=1, le=5)] = 1
    responses: dict[str, str] = Field(default_factory=dict)


class RepairItem(_Model):
    """One action of a repair plan."""

    phase: Literal["immediate", "short_term", "long_term"]
    text: str
    done: bool = False
    note: str = ""
    #: The suggestion this item came from ("" for one the person wrote themselves).
    id: str = ""
    done_on: date | None = None


class RepairPlanAnswers(_Model):
    """Repair plan: immediate, short-term and long-term actions."""

    kind: Literal["repair_plan"] = "repair_plan"
    items: list[RepairItem] = Field(default_factory=list)


class ConversationAnswers(_Model):
    """Notes about a conversation, with the scripts that were used."""

    kind: Literal["conversation"] = "conversation"
    scripts_used: list[str] = Field(default_factory=list)
    what_went_well: str = ""
    what_was_hard: str = ""
    next_steps: str = ""


class FreeAnswers(_Model):
    """Plain journaling has no guided answers."""

    kind: Literal["free"] = "free"


Answers = Annotated[
    FeelingsAnswers
    | ReflectionAnswers
    | ChecklistAnswers
    | AgreementNoteAnswers
    | PauseAnswers
    | CheckInAnswers
    | DebriefAnswers
    | HurtStepAnswers
    | RepairPlanAnswers
    | ConversationAnswers
    | FreeAnswers,
    Field(discriminator="kind"),
]


def empty_answers(kind: EntryKind) -> Answers:
    """Return blank guided answers for ``kind``."""
    if kind in (EntryKind.READINESS, EntryKind.SAFETY):
        return ChecklistAnswers(kind=kind.value)
    by_kind: dict[EntryKind, type[BaseModel]] = {
        EntryKind.FEELINGS: FeelingsAnswers,
        EntryKind.REFLECTION: ReflectionAnswers,
        EntryKind.AGREEMENT: AgreementNoteAnswers,
        EntryKind.PAUSE: PauseAnswers,
        EntryKind.CHECK_IN: CheckInAnswers,
        EntryKind.DEBRIEF: DebriefAnswers,
        EntryKind.HURT_STEP: HurtStepAnswers,
        EntryKind.REPAIR_PLAN: RepairPlanAnswers,
        EntryKind.CONVERSATION: ConversationAnswers,
        EntryKind.FREE: FreeAnswers,
    }
    return by_kind[kind]()  # type: ignore[return-value]


class Entry(_Model):
    """A journal entry of any kind.

    ``about`` is the day the entry is about (may be back-dated); ``created_at`` and
    ``updated_at`` are when it was written. Private entries are never exported.
    """

    uuid: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    kind: EntryKind = EntryKind.FREE
    title: str = ""
    body: str = ""
    about: date = Field(default_factory=date.today)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    tags: list[str] = Field(default_factory=list)
    private: bool = False
    mood: Intensity | None = None
    emotions: list[EmotionRating] = Field(default_factory=list)
    answers: Answers = Field(default_factory=FreeAnswers)

    @model_validator(mode="after")
    def _answers_match_kind(self) -> Entry:
        if self.answers.kind != self.kind.value:
            raise ValueError(
                f"answers are for a {self.answers.kind!r} entry, not {self.kind.value!r}"
            )
        names = [e.name for e in self.emotions]
        if len(names) != len(set(names)):
            raise ValueError("each emotion may appear once per entry")
        return self

    @classmethod
    def new(cls, kind: EntryKind, **fields: object) -> Entry:
        """Create an entry of ``kind`` with matching blank answers."""
        fields.setdefault("answers", empty_answers(kind))
        return cls(kind=kind, **fields)


def tag_order(tag: str) -> tuple[str, str]:
    """How tags are listed everywhere: case-insensitive, then exact."""
    return (tag.casefold(), tag)


def normalise_tags(tags: list[str]) -> list[str]:
    """Trim, drop empties and duplicates (case-insensitive, first spelling kept), sort."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        clean = " ".join(tag.split())
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return sorted(out, key=tag_order)
