"""Agreements: versioned terms with a dated status lifecycle."""

from __future__ import annotations

import re
import uuid as uuid_mod
from dataclasses import dataclass
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


# -- words for people: labels, help, statuses ----------------------------------------

#: Every field of :class:`AgreementTerms`, in the order a couple would talk it through.
TERM_FIELDS: tuple[str, ...] = tuple(AgreementTerms.model_fields)

#: Fields that hold one item per line.
LIST_FIELDS: frozenset[str] = frozenset(
    name
    for name, info in AgreementTerms.model_fields.items()
    if getattr(info.annotation, "__origin__", None) is list
)

FIELD_LABELS: dict[str, str] = {
    "intention": "Why we are considering this",
    "permitted": "What is permitted",
    "excluded": "What is not permitted",
    "frequency": "How often",
    "disclosure": "What we tell each other afterwards",
    "who": "Who it could be with",
    "excluded_circles": "Who is off limits",
    "emotional_safeguards": "Emotional safeguards",
    "health_safety": "Health and safety",
    "check_in_plan": "How we check in",
    "pause_phrase": "Our pause phrase",
    "declining_phrases": "Ways to decline more",
    "notes": "Anything else",
}

FIELD_HELP: dict[str, str] = {
    "intention": (
        "A sentence or two on what each of you hopes this brings, and what it is not "
        "meant to fix. Knowing the why makes the rest easier to agree."
    ),
    "permitted": (
        "One thing per line, in everyday words: what exactly is okay. The more concrete, "
        "the fewer surprises later."
    ),
    "excluded": (
        "One thing per line that stays off limits, even if it seems obvious to one of "
        "you. Obvious to one is not always obvious to both."
    ),
    "frequency": "Once, one weekend, or open-ended until you decide together to change it.",
    "disclosure": (
        "Everything, the outline only, or nothing at all. Deciding this beforehand spares "
        "you both a painful mismatch."
    ),
    "who": (
        "One line per condition: someone you have never met, someone met while "
        "travelling, a person you both know of…"
    ),
    "excluded_circles": (
        "Circles that stay out of it, one per line: friends, colleagues, exes, "
        "neighbours, family friends…"
    ),
    "emotional_safeguards": (
        "What helps each of you feel secure, one per line: no staying overnight, no "
        "photos, no second meeting, no contact afterwards…"
    ),
    "health_safety": (
        "One item per line: protection, tests before and after, contraception, meeting "
        "somewhere public first."
    ),
    "check_in_plan": (
        "When you will talk: just before (to make sure you both still agree), soon "
        "after, and again a week or so later."
    ),
    "pause_phrase": (
        "A few words either of you can say to stop everything and talk, no explanation "
        "needed. For example: “Can we stop for a moment and talk?”"
    ),
    "declining_phrases": (
        "What to say if the other person hopes for more than you agreed, one per line. "
        "For example: “This was a one-time thing for me.”"
    ),
    "notes": "Anything else you want to remember about this agreement.",
}

FREQUENCY_LABELS: dict[str, str] = {
    "": "Not decided yet",
    "one_time": "One time",
    "weekend": "A weekend",
    "open_ended": "Open-ended",
}

DISCLOSURE_LABELS: dict[str, str] = {
    "": "Not decided yet",
    "full": "Full: we share the details",
    "partial": "Partial: the outline, not the details",
    "none": "None: we leave it unspoken",
}

#: The choices of the fields that are not free text.
CHOICE_LABELS: dict[str, dict[str, str]] = {
    "frequency": FREQUENCY_LABELS,
    "disclosure": DISCLOSURE_LABELS,
}

STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: "Draft",
    AgreementStatus.AGREED: "Agreed",
    AgreementStatus.ACTIVE: "Active",
    AgreementStatus.PAUSED: "Paused",
    AgreementStatus.ENDED: "Ended",
}

#: The status line: ``{date}`` is the day the status began.
STATUS_SINCE: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: "A draft since {date}",
    AgreementStatus.AGREED: "Agreed by both of you on {date}",
    AgreementStatus.ACTIVE: "Active since {date}",
    AgreementStatus.PAUSED: "Paused since {date}",
    AgreementStatus.ENDED: "Ended on {date}",
}


def list_from_lines(text: str) -> list[str]:
    """One item per non-blank line, trimmed (how list fields are typed)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def field_text(terms: AgreementTerms, name: str) -> str:
    """One field as plain text: list items one per line, choices by their label."""
    value = getattr(terms, name)
    if name in CHOICE_LABELS:
        return CHOICE_LABELS[name][value] if value else ""
    if isinstance(value, list):
        return "\n".join(value)
    return str(value)


# -- why a move is not possible -------------------------------------------------------

_ALREADY = "The agreement is already {status}."


#: How much an agreement is in use, for picking the current one (higher first).
_IN_USE: dict[AgreementStatus, int] = {
    AgreementStatus.ACTIVE: 3,
    AgreementStatus.PAUSED: 3,
    AgreementStatus.AGREED: 2,
    AgreementStatus.DRAFT: 1,
    AgreementStatus.ENDED: 0,
}


def current_agreement(agreements: list[Agreement]) -> Agreement | None:
    """The agreement most in use: active or paused, then agreed, then a draft, then ended.

    Among equals the newest wins (``agreements`` is oldest first, as the journal lists
    them). None when there are no agreements. Home, the Agreement section and a new
    debrief all mean this one by "the current agreement".
    """
    if not agreements:
        return None
    best = max(range(len(agreements)), key=lambda i: (_IN_USE[agreements[i].status], i))
    return agreements[best]


def allowed_moves(current: AgreementStatus) -> list[AgreementStatus]:
    """The statuses an agreement can move to from ``current``, in lifecycle order."""
    return [status for status in AgreementStatus if status in TRANSITIONS[current]]


#: Why a move is not possible, by the status asked for (words for a person; the UI
#: shows them in the person's language, so they are constants the catalogue can list).
_REFUSALS: dict[AgreementStatus, str] = {
    AgreementStatus.ACTIVE: "It needs to be agreed by both of you before it can become active.",
    AgreementStatus.PAUSED: "Only an active agreement can be paused.",
    AgreementStatus.AGREED: (
        "You have already agreed to it. To change the terms, renegotiate: that keeps "
        "this version and adds a new one."
    ),
    AgreementStatus.DRAFT: (
        "An agreement in use cannot go back to being a draft. You can renegotiate it, "
        "pause it or end it."
    ),
}
_STAYS_ENDED = "An ended agreement stays ended. You can start a new one."
_NOT_FROM_HERE = "That change is not possible from here."


def refusal_reason(current: AgreementStatus, new: AgreementStatus) -> str:
    """Why ``current -> new`` is not possible, in words for a person ("" if it is)."""
    if new in TRANSITIONS[current]:
        return ""
    if current == AgreementStatus.ENDED:
        return _STAYS_ENDED
    if new == current:
        return _ALREADY.format(status=STATUS_LABELS[current].lower())
    return _REFUSALS.get(new, _NOT_FROM_HERE)


# -- gentle completeness hints --------------------------------------------------------


@dataclass(frozen=True)
class TermHint:
    """A gentle suggestion about one field; never a reason to refuse saving."""

    field: str
    text: str


_EMPTY_HINTS: dict[str, str] = {
    "intention": "Why you are considering this is not written yet. Naming it helps you "
    "both see what it is for.",
    "permitted": "Nothing is listed as permitted yet. What exactly is okay?",
    "excluded": "Nothing is listed as off limits yet. Even the obvious can be worth writing down.",
    "frequency": "How often is not decided yet: once, a weekend, or open-ended?",
    "disclosure": "What you will tell each other afterwards is not decided yet. Different "
    "expectations here often hurt.",
    "health_safety": "There is nothing about health and safety yet: protection, tests, "
    "where to meet.",
    "check_in_plan": "There is no plan for checking in yet: before, soon after, and a while later.",
    "pause_phrase": "There is no pause phrase yet: a few words either of you can say to "
    "stop and talk.",
}

#: Words that can mean one thing to one of you and another to the other.
# Longest first, so "whatever feels right" is found whole, not as "whatever".
# fmt: off
VAGUE_PHRASES: tuple[str, ...] = (
    "whatever feels right", "if it feels right", "see how it goes", "play it by ear",
    "within reason", "anything goes", "and so on", "something like", "not too much",
    "we'll see", "it depends", "depends", "sort of", "kind of", "maybe", "perhaps",
    "probably", "discreet", "discreetly", "whatever", "reasonable", "etc",
)
# fmt: on

#: Fields checked for vague words (phrases to be spoken and notes may be loose).
_CHECKED_FOR_VAGUENESS = (LIST_FIELDS - {"declining_phrases"}) | {"check_in_plan"}


def vague_words(text: str) -> list[str]:
    """The vague phrases in ``text``, in the order they appear, each once."""
    lowered = text.lower().replace("’", "'")
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for phrase in VAGUE_PHRASES:
        pattern = r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])"
        for match in re.finditer(pattern, lowered):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append((start, phrase))
    seen: list[str] = []
    for _, phrase in sorted(found):
        if phrase not in seen:
            seen.append(phrase)
    return seen


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


_VAGUE = (
    "{label}: {quoted} could mean one thing to one of you and another to the other. "
    "Could you say it more exactly?"
)


def vague_terms(terms: AgreementTerms) -> list[TermHint]:
    """Gentle hints: key fields left empty, and words that could mean different things."""
    hints = [
        TermHint(name, text) for name, text in _EMPTY_HINTS.items() if not getattr(terms, name)
    ]
    for name in sorted(_CHECKED_FOR_VAGUENESS):
        words = vague_words(field_text(terms, name))
        if words:
            quoted = _and_list([f"“{word}”" for word in words])
            hints.append(TermHint(name, _VAGUE.format(label=FIELD_LABELS[name], quoted=quoted)))
    order = {name: i for i, name in enumerate(TERM_FIELDS)}
    return sorted(hints, key=lambda hint: order[hint.field])


# -- check-in days --------------------------------------------------------------------

MAX_CHECK_IN_COUNT = 12


def parse_check_in_days(text: str) -> list[int]:
    """Days after the encounter typed as "14, 30, 91": sorted, each once (blank: none).

    Raises:
        ValueError: with a message for a person, when the text is not such a list.
    """
    days: set[int] = set()
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        if not (part.isascii() and part.isdigit()):  # "²" and "٣" are digits, not numbers
            raise ValueError(f"“{part}” is not a number of days. Use whole numbers, like 14.")
        if not 1 <= int(part) <= MAX_CHECK_IN_DAYS:
            raise ValueError(f"Each number of days needs to be between 1 and {MAX_CHECK_IN_DAYS}.")
        days.add(int(part))
    if len(days) > MAX_CHECK_IN_COUNT:
        raise ValueError(f"Up to {MAX_CHECK_IN_COUNT} check-ins can be planned.")
    return sorted(days)


def check_in_days_text(days: list[int]) -> str:
    """Days as a phrase: "14, 30 and 91 days"."""
    if not days:
        return "no check-ins"
    numbers = [str(day) for day in sorted(days)]
    joined = _and_list(numbers)
    return f"{joined} day" if numbers == ["1"] else f"{joined} days"
