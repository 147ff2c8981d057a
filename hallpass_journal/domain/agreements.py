"""Agreements: versioned terms with a dated status lifecycle."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hallpass_journal.domain.entries import utc_now


class AgreementStatus(StrEnum):
    """Where an agreement stands."""

    DRAFT = "draft"
    AGREED = "agreed"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


# Allowed moves; ENDED is final. Renegotiation is a new version, not a status.
TRANSITIONS: dict[AgreementStatus, frozenset[AgreementStatus]] = {
    AgreementStatus.DRAFT: frozenset({AgreementStatus.AGREED, AgreementStatus.ENDED}),
    AgreementStatus.AGREED: frozenset(
        {AgreementStatus.ACTIVE, AgreementStatus.DRAFT, AgreementStatus.ENDED}
    ),
    AgreementStatus.ACTIVE: frozenset({AgreementStatus.PAUSED, AgreementStatus.ENDED}),
    AgreementStatus.PAUSED: frozenset({AgreementStatus.ACTIVE, AgreementStatus.ENDED}),
    AgreementStatus.ENDED: frozenset(),
}


class InvalidTransition(ValueError):
    """A status change the lifecycle does not allow."""


def check_transition(current: AgreementStatus, new: AgreementStatus) -> None:
    """Raise :class:`InvalidTransition` unless ``current -> new`` is allowed."""
    if new not in TRANSITIONS[current]:
        raise InvalidTransition(f"An agreement cannot go from {current.value} to {new.value}.")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AgreementTerms(_Model):
    """The content of one version of an agreement."""

    intention: str = ""
    permitted: list[str] = Field(default_factory=list)
    excluded: list[str] = Field(default_factory=list)
    frequency: Literal["", "one_time", "weekend", "open_ended"] = ""
    disclosure: Literal["", "full", "partial", "none"] = ""
    who: list[str] = Field(default_factory=list)
    excluded_circles: list[str] = Field(default_factory=list)
    emotional_safeguards: list[str] = Field(default_factory=list)
    health_safety: list[str] = Field(default_factory=list)
    check_in_plan: str = ""
    pause_phrase: str = ""
    declining_phrases: list[str] = Field(default_factory=list)
    notes: str = ""


class AgreementVersion(_Model):
    """A numbered version of an agreement's terms."""

    number: int = Field(ge=1)
    created_at: datetime = Field(default_factory=utc_now)
    terms: AgreementTerms = Field(default_factory=AgreementTerms)
    change_note: str = ""


class StatusChange(_Model):
    """A dated change of status, with who consented and why."""

    status: AgreementStatus
    at: datetime = Field(default_factory=utc_now)
    note: str = ""


#: "Evaluate over time" check-ins, in days after the encounter (editable per agreement).
DEFAULT_CHECK_IN_DAYS: tuple[int, ...] = (14, 30, 91)
MAX_CHECK_IN_DAYS = 3650


class Agreement(_Model):
    """An agreement with all its versions and status history."""

    uuid: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    title: str = ""
    created_at: datetime = Field(default_factory=utc_now)
    check_in_days: list[Annotated[int, Field(ge=1, le=MAX_CHECK_IN_DAYS)]] = Field(
        default_factory=lambda: list(DEFAULT_CHECK_IN_DAYS), max_length=12
    )
    versions: list[AgreementVersion] = Field(default_factory=list)
    history: list[StatusChange] = Field(default_factory=list)

    @model_validator(mode="after")
    def _versions_numbered_once(self) -> Agreement:
        numbers = [v.number for v in self.versions]
        if len(numbers) != len(set(numbers)):
            raise ValueError("each version number may appear once")
        return self

    @property
    def status(self) -> AgreementStatus:
        """The latest status (draft when none was recorded)."""
        return self.history[-1].status if self.history else AgreementStatus.DRAFT

    @property
    def current(self) -> AgreementVersion | None:
        """The newest version, if any."""
        return self.versions[-1] if self.versions else None


def diff_terms(old: AgreementTerms, new: AgreementTerms) -> dict[str, tuple[object, object]]:
    """Return ``field -> (old, new)`` for every field that differs between versions."""
    return {
        name: (getattr(old, name), getattr(new, name))
        for name in AgreementTerms.model_fields
        if getattr(old, name) != getattr(new, name)
    }


# Titles of the journal entries that record an agreement's moments ({title} is the
# agreement's own title). Calm, factual words: the entry records, it does not judge.
CREATED_NOTE = "Agreement drafted: {title}"
VERSION_NOTE = "Agreement renegotiated: {title}, version {number}"
STATUS_NOTES: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: "Agreement back to a draft: {title}",
    AgreementStatus.AGREED: "Agreement agreed by both of us: {title}",
    AgreementStatus.ACTIVE: "Agreement active: {title}",
    AgreementStatus.PAUSED: "Pause called: {title}",
    AgreementStatus.ENDED: "Agreement ended: {title}",
}
RESUMED_NOTE = "Agreement resumed after a pause: {title}"
