"""Every guided entry the app offers, as templates (the words are the app's own).

Add a guided entry by adding a :class:`~hallpass_journal.domain.templates.Template` to
:data:`TEMPLATES`; the generic form, search and export pick it up. Prompts are written
to be kind, plain and free of judgement: the app never argues for or against a hall
pass.
"""

from __future__ import annotations

from pydantic import BaseModel

from hallpass_journal.domain.templates import Choice, Condition, Prompt, PromptType, Template
from hallpass_journal.domain.vocabulary import CAUTION_MOTIVES, MOTIVES, EntryKind

T, S, M, SC, C, D = (
    PromptType.TEXT,
    PromptType.SINGLE,
    PromptType.MULTI,
    PromptType.SCALE,
    PromptType.CHECK,
    PromptType.DATE,
)

MOTIVE_LABELS: dict[str, str] = {
    "novelty": "Novelty, something new",
    "curiosity": "Curiosity",
    "validation": "Feeling wanted",
    "autonomy": "Freedom to choose for myself",
    "mismatched_desire": "We want different amounts of intimacy",
    "exploring_non_monogamy": "Exploring a more open relationship",
    "avoiding_secrecy": "Being honest instead of hiding a wish",
    "revenge": "Getting even for something",
    "punishment": "Making my partner feel what I felt",
    "leverage": "Gaining the upper hand",
}

CAUTION_NOTE = (
    "It is human to feel this way, and it is worth writing down honestly. When a hall "
    "pass is meant to even a score or to win, it tends to leave both people more hurt "
    "than before. You might also write about the hurt underneath: that may be the "
    "conversation that helps."
)

STRUCTURE_CHOICES: tuple[Choice, ...] = (
    Choice(value="monogamy_value", label="Monogamy is one of our values"),
    Choice(value="exploring", label="We are already exploring non-monogamy"),
    Choice(value="less_defined", label="Our structure is less defined, or still changing"),
)

REFLECTION = Template(
    id="reflection",
    kind=EntryKind.REFLECTION,
    title="Self-reflection",
    purpose="Think it through on your own before you raise it with your partner.",
    intro=(
        "There are no right answers here, and nobody else will read this unless you "
        "choose to share it. Write as much or as little as feels true today."
    ),
    prompts=(
        Prompt(
            id="structure",
            type=S,
            label="How would you describe your relationship right now?",
            help="This is context for you, not a test. Any answer is fine.",
            choices=STRUCTURE_CHOICES,
        ),
        Prompt(
            id="hoping_for",
            type=T,
            label="What am I hoping this would give me?",
            help="Novelty, closeness, freedom, relief from a question that keeps coming back…",
        ),
        Prompt(
            id="motives",
            type=M,
            label="Which of these are part of it?",
            help="Pick all that feel true, even the uncomfortable ones.",
            choices=tuple(
                Choice(
                    value=m,
                    label=MOTIVE_LABELS[m],
                    note=CAUTION_NOTE if m in CAUTION_MOTIVES else "",
                )
                for m in MOTIVES
            ),
        ),
        Prompt(
            id="ready_for_jealousy",
            type=T,
            label="Am I ready to feel jealous, or to regret it afterwards?",
            help="Imagine the evening after. What do you feel, and who do you turn to?",
        ),
        Prompt(
            id="trust_boundaries",
            type=T,
            label="Do I trust us both to keep to what we agree?",
        ),
        Prompt(
            id="values_conflict",
            type=T,
            label="Does this sit well with my values, and with my partner's?",
        ),
        Prompt(
            id="likely_outcome",
            type=T,
            label="Three ways it could turn out: closer, about the same, or hurt. "
            "How would each feel?",
        ),
        Prompt(
            id="what_counts",
            type=T,
            label="What would count, for us? Kissing, texting, meeting again?",
            help="Couples often picture different things. Naming them early avoids surprises.",
        ),
    ),
)

TEMPLATES: tuple[Template, ...] = (REFLECTION,)

_BY_ID = {t.id: t for t in TEMPLATES}


def template(template_id: str) -> Template:
    """The template with ``template_id`` (``KeyError`` if there is none)."""
    return _BY_ID[template_id]


def templates_of(kind: EntryKind) -> list[Template]:
    """Every template making entries of ``kind``."""
    return [t for t in TEMPLATES if t.kind is kind]


def template_for(kind: EntryKind, answers: BaseModel) -> Template | None:
    """The template an entry's answers were written with (by kind and fixed fields)."""
    data = dict(answers)
    for candidate in templates_of(kind):
        if all(data.get(name) == value for name, value in candidate.fixed.items()):
            return candidate
    return None


def listed() -> list[Template]:
    """The guided entries a person can start from the Guides section, in order."""
    return [t for t in TEMPLATES if t.listed]
