"""Every guided entry the app offers, as templates (the words are the app's own).

Add a guided entry by adding a :class:`~hallpass_journal.domain.templates.Template` to
:data:`TEMPLATES`; the generic form, search and export pick it up. Prompts are written
to be kind, plain and free of judgement: the app never argues for or against a hall
pass. The hurt partner's path and the repair plan live in
:mod:`hallpass_journal.domain.guided_content_path`, check-ins in
:mod:`hallpass_journal.domain.guided_content_check_ins`.
"""

from __future__ import annotations

from pydantic import BaseModel

from hallpass_journal.domain.guided_content_check_ins import CHECK_INS, FEELINGS
from hallpass_journal.domain.guided_content_path import HURT_STEPS, REPAIR_PLAN
from hallpass_journal.domain.scripts import SCRIPTS
from hallpass_journal.domain.templates import (
    Choice,
    Prompt,
    PromptType,
    Template,
    searchable_text,
)
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
    "This is a very human feeling, and it is worth naming. A hall pass meant to settle a "
    "score or to gain the upper hand rarely brings the relief people hope for. If you "
    "like, write about the hurt underneath as well."
)

STRUCTURE_CHOICES: tuple[Choice, ...] = (
    Choice(value="monogamy_value", label="Monogamy is one of our values"),
    Choice(value="exploring", label="We already have a more open relationship"),
    Choice(value="less_defined", label="Our relationship is new, or still taking shape"),
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
            label="How would I describe our relationship right now?",
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
            label="How would I cope with jealousy or regret afterwards?",
            help="Picture the evening after. What do you feel, and who would you turn to?",
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
            label="How would each possible outcome feel?",
            help="Picture three: closer than before, much the same, or hurt.",
        ),
        Prompt(
            id="what_counts",
            type=T,
            label="What would count, for us?",
            help="Kissing, texting, meeting again? Two people can picture quite different "
            "things, so naming them early saves surprises.",
        ),
    ),
)


def _item(item_id: str, label: str, help_text: str) -> Prompt:
    return Prompt(id=item_id, type=C, label=label, help=help_text)


READINESS = Template(
    id="readiness",
    kind=EntryKind.READINESS,
    title="Readiness checklist",
    purpose="Are we both ready to explore this? A list to come back to over time.",
    intro=(
        "Tick an item only when it is true for both of you. Some may stay unticked for a "
        "long while, or for good. That is useful to know too: the list shows where you "
        "are, it does not push you anywhere. You can add a note to any item."
    ),
    prompts=(
        _item(
            "both_want_to_talk",
            "We both want to talk about this, of our own accord",
            "Neither of you is talking about it to please the other, to keep the peace or "
            "because you feel you should.",
        ),
        _item(
            "boundaries_named",
            "We can each name our limits clearly",
            "What would be too much, and what would be all right. Saying them aloud to "
            "each other counts.",
        ),
        _item(
            "disclosure_agreed",
            "We agree on what is shared afterwards",
            "All of it, a rough outline or none of it: what matters is that you both mean "
            "the same thing.",
        ),
        _item(
            "check_ins_committed",
            "We have agreed to check in before and after",
            "For example the day before, soon after, and a week later.",
        ),
        _item(
            "health_plan",
            "We have agreed how to look after our health",
            "Testing, protection and contraception, settled beforehand.",
        ),
    ),
)

SAFETY = Template(
    id="safety",
    kind=EntryKind.SAFETY,
    title="Safety checklist",
    purpose="Before anything happens: check that the practical and emotional safeguards "
    "are in place.",
    intro=(
        "Go through this together before anything is arranged. If an item is not in place "
        "yet, that is worth knowing. Waiting, or changing your minds, is always possible."
    ),
    prompts=(
        _item(
            "consent_free",
            "We both say yes freely, without pressure",
            "If either of you feels pushed, hurried or afraid of what saying no would "
            "cost, leave this unticked for now.",
        ),
        _item(
            "boundaries_written",
            "Our limits are clear, and we understand them the same way",
            "You can write them into your agreement in this journal.",
        ),
        _item(
            "testing_contraception",
            "We have a plan for testing and protection",
            "Who gets tested and when, and which protection and contraception you will use.",
        ),
        _item(
            "communication_plan",
            "We know how we will talk before and after",
            "When you will check in, and how much will be shared.",
        ),
        _item(
            "pause_clause",
            "We have a pause either of us can call at any time",
            "A simple phrase that means: let's stop and talk, with no blame.",
        ),
        _item(
            "support_people",
            "Each of us has someone to talk things through with",
            "A friend, a relative or a counsellor: someone outside the relationship, in "
            "case it gets hard.",
        ),
    ),
)

#: The debrief's decisions, as labels that say what each one leads to.
DECISION_CHOICES: tuple[Choice, ...] = (
    Choice(value="continue", label="Continue as we agreed"),
    Choice(
        value="modify",
        label="Change it: open a new version of the agreement",
        note="The current version stays on record as it was; the new one is a draft you "
        "work out together.",
    ),
    Choice(
        value="stop",
        label="Stop: end the agreement",
        note="Ending an agreement is always allowed, and it is not a failure. The "
        "agreement and its history stay in your journal.",
    ),
)

DEBRIEF = Template(
    id="debrief",
    kind=EntryKind.DEBRIEF,
    title="Debrief",
    purpose="Afterwards, look back on it together, with curiosity and without blame.",
    intro=(
        "Choose a time when you both have room for this. Listen to understand rather than "
        "to answer. No feeling is wrong here, and nothing has to be decided today."
    ),
    prompts=(
        Prompt(
            id="how_feeling",
            type=T,
            label="How are you feeling now?",
            help="It is normal to feel several things at once.",
        ),
        Prompt(
            id="surprised_me",
            type=T,
            label="Did any feeling take you by surprise?",
            help="One you did not expect, or one you expected that never came.",
        ),
        Prompt(
            id="what_worked",
            type=T,
            label="What worked?",
            help="In the agreement, the check-ins, or the way you looked after each other.",
        ),
        Prompt(
            id="what_hurt",
            type=T,
            label="What hurt, or was harder than expected?",
            help="You can name it plainly, without blame.",
        ),
        Prompt(
            id="decision",
            type=S,
            label="Where do we go from here?",
            help="Decide together once you are both ready. You can leave this open for now.",
            choices=DECISION_CHOICES,
        ),
    ),
)

PAUSE = Template(
    id="pause",
    kind=EntryKind.PAUSE,
    title="Pause",
    purpose="Stop and talk: note why you called a pause and what you need.",
    intro=(
        "You never need a reason to call a pause. Write only what helps; you can add more later."
    ),
    listed=False,
    prompts=(
        Prompt(
            id="reason",
            type=T,
            label="What made you call the pause?",
            help="What happened, or what you felt. A few words are enough.",
        ),
        Prompt(
            id="what_i_need",
            type=T,
            label="What do you need right now?",
            help="Time, reassurance, a talk, some space…",
        ),
    ),
)

CONVERSATION = Template(
    id="conversation",
    kind=EntryKind.CONVERSATION,
    title="Conversation notes",
    purpose="Before or after a talk with your partner: what helped, what was hard, what "
    "comes next.",
    intro=(
        "Hard conversations get easier with practice. Note what you tried and how it "
        "went, so next time you can start from what worked."
    ),
    prompts=(
        Prompt(
            id="scripts_used",
            type=M,
            label="Did you use any scripts?",
            help="The scripts library has words you can borrow and make your own.",
            choices=tuple(Choice(value=s.id, label=s.title) for s in SCRIPTS),
        ),
        Prompt(id="what_went_well", type=T, label="What went well?"),
        Prompt(id="what_was_hard", type=T, label="What was hard?"),
        Prompt(
            id="next_steps",
            type=T,
            label="What comes next?",
            help="A question to think about, a time to talk again, something to try.",
        ),
    ),
)

TEMPLATES: tuple[Template, ...] = (
    REFLECTION,
    READINESS,
    SAFETY,
    CONVERSATION,
    DEBRIEF,
    *HURT_STEPS,
    REPAIR_PLAN,
    PAUSE,
    *CHECK_INS,
    FEELINGS,
)

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


def answers_search_text(kind: EntryKind, answers: BaseModel) -> str:
    """What search indexes of an entry's guided answers: the prompts marked searchable.

    Chosen by the entry's template (by kind and fixed fields; the first of its kind when
    none matches, e.g. a check-in without its kind). Kinds without a template (free
    entries, agreement notes) have no searchable answers.
    """
    candidates = templates_of(kind)
    if not candidates:
        return ""
    chosen = template_for(kind, answers) or candidates[0]
    return searchable_text(chosen, answers)
