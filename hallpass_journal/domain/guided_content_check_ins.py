"""The scheduled check-ins and the feelings check-in, as templates.

Check-ins are opened from their reminder (never listed in the Guides section); each
template sets ``check_in_kind``, which also tells them apart when an entry is opened
again. The before check-in asks ``consent_confirmed`` as a single choice
(:data:`~hallpass_journal.domain.templates.CONSENT_YES` /
:data:`~hallpass_journal.domain.templates.CONSENT_NOT_YET`, stored as true / false, or
null when not answered). The feelings template only describes the guided answers of the
Home check-in form (for search and export); that form stays its own.
Registered in :mod:`hallpass_journal.domain.guided_content`.
"""

from __future__ import annotations

from hallpass_journal.domain.checkins import CheckInKind
from hallpass_journal.domain.templates import (
    CONSENT_NOT_YET,
    CONSENT_YES,
    Choice,
    Prompt,
    PromptType,
    Template,
)
from hallpass_journal.domain.vocabulary import NEEDS, EntryKind

T, S, M = PromptType.TEXT, PromptType.SINGLE, PromptType.MULTI

_CHECK_IN_INTRO = (
    "There is no right way to feel at this point. Write honestly; what you share with "
    "your partner, and when, is up to you."
)


def _check_in(
    kind: CheckInKind,
    title: str,
    purpose: str,
    prompts: tuple[Prompt, ...],
    intro: str = _CHECK_IN_INTRO,
) -> Template:
    return Template(
        id=f"check_in_{kind.value}",
        kind=EntryKind.CHECK_IN,
        title=title,
        purpose=purpose,
        intro=intro,
        fixed={"check_in_kind": kind.value},
        listed=False,
        prompts=prompts,
    )


CHECK_IN_BEFORE = _check_in(
    CheckInKind.BEFORE,
    "Before: confirming consent",
    "Shortly before: check that you both still want this, freely.",
    (
        Prompt(
            id="consent_confirmed",
            type=S,
            label="Do we both still want to go ahead, freely?",
            help="Only a yes you both give freely counts. “Not yet” is a complete answer, "
            "and either of you can say it at any moment.",
            choices=(
                Choice(value=CONSENT_YES, label="Yes, we both do"),
                Choice(
                    value=CONSENT_NOT_YET,
                    label="Not yet, or not sure",
                    note="Then it waits. Nothing needs to happen until you both feel "
                    "ready; you can call a pause or change the agreement.",
                ),
            ),
        ),
        Prompt(
            id="how_are_we",
            type=T,
            label="How are we, right now?",
            help="Nervous, calm, excited, unsure: all of it is welcome here.",
        ),
        Prompt(
            id="anything_to_change",
            type=T,
            label="Is there anything to change or make clearer first?",
        ),
    ),
)

CHECK_IN_RIGHT_AFTER = _check_in(
    CheckInKind.RIGHT_AFTER,
    "Right after: how are we feeling?",
    "Soon afterwards: make room for whatever each of you feels.",
    (
        Prompt(
            id="how_are_we",
            type=T,
            label="How are we, right now?",
            help="Tired, tender, relieved, unsettled: anything is allowed.",
        ),
        Prompt(
            id="anything_to_change",
            type=T,
            label="What does each of us need in the next day or two?",
            help="Rest, comfort, some distance, time together…",
        ),
    ),
    intro=(
        "This is a moment for feelings, not verdicts. Go gently with each other; nothing "
        "needs to be sorted out yet."
    ),
)

CHECK_IN_ONE_WEEK = _check_in(
    CheckInKind.ONE_WEEK,
    "One week later: how has it landed?",
    "A week on, look at how it has settled for each of you.",
    (
        Prompt(
            id="how_are_we",
            type=T,
            label="How has it landed for each of us?",
            help="What feels easier now, and what still hurts?",
        ),
        Prompt(
            id="anything_to_change",
            type=T,
            label="Anything to change in the agreement, or in how we care for each other?",
        ),
    ),
)

CHECK_IN_INTERVAL = _check_in(
    CheckInKind.INTERVAL,
    "Over time: how are things moving?",
    "Every few weeks, look back at how things are going.",
    (
        Prompt(
            id="how_are_we",
            type=T,
            label="Looking back over the last weeks, how are things?",
            help="Ups and downs are normal. Your recent check-ins can show the overall direction.",
        ),
        Prompt(
            id="anything_to_change",
            type=T,
            label="Anything we want to do differently from here?",
        ),
    ),
)

CHECK_INS: tuple[Template, ...] = (
    CHECK_IN_BEFORE,
    CHECK_IN_RIGHT_AFTER,
    CHECK_IN_ONE_WEEK,
    CHECK_IN_INTERVAL,
)

#: Labels of the need identifiers (:data:`~hallpass_journal.domain.vocabulary.NEEDS`).
NEED_LABELS: dict[str, str] = {
    "reassurance": "Reassurance",
    "attention": "Attention",
    "safety": "Safety",
    "space": "Space",
    "transparency": "Transparency",
    "time": "Time",
    "touch": "Touch",
    "honesty": "Honesty",
    "rest": "Rest",
    "being_heard": "Being heard",
}

FEELINGS = Template(
    id="feelings",
    kind=EntryKind.FEELINGS,
    title="Feelings check-in",
    purpose="Name what you feel, and what you need.",
    listed=False,
    prompts=(
        Prompt(
            id="needs",
            type=M,
            label="What do you need?",
            choices=tuple(Choice(value=n, label=NEED_LABELS.get(n, n)) for n in NEEDS),
        ),
        Prompt(
            id="telling_me",
            type=T,
            label="What is this feeling telling me?",
            help="A hard feeling is often a sign of something you need. There is no wrong answer.",
        ),
    ),
)
