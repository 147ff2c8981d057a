"""Fixed vocabularies the guided entries pick from.

Values are stable identifiers stored in the journal; labels are shown to people and
may be translated by the UI.
"""

from __future__ import annotations

from enum import StrEnum


class EntryKind(StrEnum):
    """Every kind of journal entry."""

    FEELINGS = "feelings"
    REFLECTION = "reflection"
    READINESS = "readiness"
    SAFETY = "safety"
    AGREEMENT = "agreement"
    PAUSE = "pause"
    CHECK_IN = "check_in"
    DEBRIEF = "debrief"
    HURT_STEP = "hurt_step"
    REPAIR_PLAN = "repair_plan"
    CONVERSATION = "conversation"
    FREE = "free"


KIND_LABELS: dict[EntryKind, str] = {
    EntryKind.FEELINGS: "Feelings check-in",
    EntryKind.REFLECTION: "Self-reflection",
    EntryKind.READINESS: "Readiness checklist",
    EntryKind.SAFETY: "Safety checklist",
    EntryKind.AGREEMENT: "Agreement note",
    EntryKind.PAUSE: "Pause",
    EntryKind.CHECK_IN: "Check-in",
    EntryKind.DEBRIEF: "Debrief",
    EntryKind.HURT_STEP: "Healing step",
    EntryKind.REPAIR_PLAN: "Repair plan",
    EntryKind.CONVERSATION: "Conversation notes",
    EntryKind.FREE: "Journal entry",
}

# Emotions a feelings check-in can name, each later given an intensity 0-10.
EMOTIONS: tuple[str, ...] = (
    "jealousy",
    "insecurity",
    "curiosity",
    "excitement",
    "fear_of_being_replaced",
    "hurt",
    "anger",
    "regret",
    "shame",
    "relief",
    "closeness",
    "hope",
    "calm",
    "overwhelm",
    "sadness",
    "loneliness",
    "gratitude",
    "confusion",
)

EMOTION_LABELS: dict[str, str] = {e: e.replace("_", " ").capitalize() for e in EMOTIONS}

# Emotions that, high and sustained, suggest offering the "consider support" card.
DISTRESS_EMOTIONS: frozenset[str] = frozenset(
    {"hurt", "jealousy", "fear_of_being_replaced", "overwhelm", "shame", "anger"}
)

NEEDS: tuple[str, ...] = (
    "reassurance",
    "attention",
    "safety",
    "space",
    "transparency",
    "time",
    "touch",
    "honesty",
    "rest",
    "being_heard",
)

MOTIVES: tuple[str, ...] = (
    "novelty",
    "curiosity",
    "validation",
    "autonomy",
    "mismatched_desire",
    "exploring_non_monogamy",
    "avoiding_secrecy",
    "revenge",
    "punishment",
    "leverage",
)

# Motives the guide warns about: choosing one shows a gentle note in the UI.
CAUTION_MOTIVES: frozenset[str] = frozenset({"revenge", "punishment", "leverage"})

MIN_INTENSITY = 0
MAX_INTENSITY = 10
