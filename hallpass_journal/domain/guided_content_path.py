"""The guided path for the partner who feels hurt, and the repair plan, as templates.

Five steps, each a guided entry (kind ``hurt_step``, told apart by ``step``), then a
repair plan of small actions. These are written to be especially gentle: every need is
legitimate, there is no wrong pace, and nothing here has to be shared. Answers of the
steps are stored by prompt id in ``HurtStepAnswers.responses`` (text and single choices).
Registered in :mod:`hallpass_journal.domain.guided_content`.
"""

from __future__ import annotations

from hallpass_journal.domain.templates import Choice, Condition, Prompt, PromptType, Template
from hallpass_journal.domain.vocabulary import EntryKind

T, S, C = PromptType.TEXT, PromptType.SINGLE, PromptType.CHECK

HURT_STEP_1 = Template(
    id="hurt_step_1",
    kind=EntryKind.HURT_STEP,
    title="Step 1: Room to feel",
    purpose="Let yourself feel what you feel, without judging it.",
    intro=(
        "Whatever is here is allowed: hurt, anger, jealousy, numbness, even relief. You "
        "don't need to understand it, explain it or fix it today. There is no wrong pace; "
        "stay with this step as long as you need."
    ),
    fixed={"step": 1},
    prompts=(
        Prompt(
            id="what_i_feel",
            type=T,
            label="What are you feeling right now?",
            help="Name as many as you find. Feelings that pull in different directions are normal.",
        ),
        Prompt(
            id="where_i_feel_it",
            type=T,
            label="Where do you notice it in your body?",
            help="A tight chest, a heavy stomach, restless hands… Noticing can help you "
            "stay steady.",
        ),
        Prompt(
            id="what_helps",
            type=T,
            label="What helps, even a little?",
            help="A walk, a bath, crying, a friend's voice, not deciding anything today.",
        ),
        Prompt(
            id="kind_thing",
            type=T,
            label="What is one kind thing you could do for yourself today?",
            help="Something small is enough.",
        ),
    ),
)

HURT_STEP_2 = Template(
    id="hurt_step_2",
    kind=EntryKind.HURT_STEP,
    title="Step 2: Asking for a calm talk",
    purpose="Ask for a talk at a time and in a place where you feel safe.",
    intro=(
        "You are allowed to want to talk, and you are allowed to choose when. Asking for "
        "calm is not avoiding anything; it gives the conversation a better chance. If you "
        "are not ready to ask yet, that is all right too."
    ),
    fixed={"step": 2},
    prompts=(
        Prompt(
            id="where_i_am",
            type=S,
            label="Where are you with this?",
            help="Each of these is a fine place to be.",
            choices=(
                Choice(value="not_yet", label="Not ready to ask yet"),
                Choice(value="asked", label="I've asked for a talk"),
                Choice(value="talked", label="We've talked"),
            ),
        ),
        Prompt(
            id="request",
            type=T,
            label="How could you ask, in your own words?",
            help="For example: “This matters to me and I'd like us to talk. Could we pick "
            "a time when we're both calmer?”",
        ),
        Prompt(
            id="when_where",
            type=T,
            label="When and where would feel safe?",
            help="A quiet time, somewhere private, phones away, and enough time that "
            "nobody feels rushed.",
        ),
        Prompt(
            id="want_them_to_hear",
            type=T,
            label="What do you most want your partner to hear?",
        ),
        Prompt(
            id="how_it_went",
            type=T,
            label="How did the conversation go?",
            help="What helped, what was difficult, and what you might try next time.",
            condition=Condition(prompt="where_i_am", any_of=("talked",)),
        ),
    ),
)

HURT_STEP_3 = Template(
    id="hurt_step_3",
    kind=EntryKind.HURT_STEP,
    title="Step 3: What you want to know",
    purpose="Work out how much you want to know, so you can ask for just that.",
    intro=(
        "People need very different things to feel steady again. Some want every answer, "
        "some an outline, some nothing more at all. Whatever you need is legitimate, and "
        "it may change. You can come back and change your answers whenever you like."
    ),
    fixed={"step": 3},
    prompts=(
        Prompt(
            id="how_much",
            type=S,
            label="How much would you like to know?",
            choices=(
                Choice(value="outline", label="An outline, without details"),
                Choice(value="my_questions", label="Honest answers to the questions I ask"),
                Choice(value="nothing_more", label="Nothing more than I know now"),
                Choice(
                    value="not_sure",
                    label="I'm not sure yet",
                    note="Not knowing yet is completely fine. This step will be here "
                    "when you want to come back to it.",
                ),
            ),
        ),
        Prompt(
            id="questions",
            type=T,
            label="Which questions would you like answered?",
            help="You can ask them one at a time, and stop whenever you want.",
            condition=Condition(prompt="how_much", any_of=("my_questions",)),
        ),
        Prompt(
            id="what_i_want_to_know",
            type=T,
            label="What would help you to know?",
            help="For example, that the limits were kept, or that there is no further contact.",
        ),
        Prompt(
            id="what_i_do_not",
            type=T,
            label="Is there anything you would rather not hear?",
            help="Saying so can spare you details you did not ask for.",
        ),
        Prompt(
            id="openness_from_now",
            type=T,
            label="What openness would help from here on, and for how long?",
            help="For example, knowing where your partner is for a few weeks, or a short "
            "check-in each evening.",
        ),
    ),
)

HURT_STEP_4 = Template(
    id="hurt_step_4",
    kind=EntryKind.HURT_STEP,
    title="Step 4: Boundaries for repair",
    purpose="Name what you need to feel safe again. Counselling, or ending the "
    "agreement, can be part of it.",
    intro=(
        "Naming what you need is not a punishment; it is a way of looking after yourself. "
        "Counselling, more time, or ending the agreement are all things you can ask for. Your "
        "needs do not have to be justified or bargained down, and there is no hurry to "
        "know what they are."
    ),
    fixed={"step": 4},
    prompts=(
        Prompt(
            id="about_agreement",
            type=S,
            label="What would you like to happen with the agreement?",
            help="You can write this down before you know what your partner thinks.",
            choices=(
                Choice(
                    value="end",
                    label="End it",
                    note="Asking for the agreement to end is always a legitimate boundary.",
                ),
                Choice(value="pause", label="Pause it while we repair"),
                Choice(value="change", label="Keep it, but change it"),
                Choice(
                    value="not_sure",
                    label="I don't know yet",
                    note="That is all right. There is no deadline for this.",
                ),
            ),
        ),
        Prompt(
            id="boundaries",
            type=T,
            label="What do you need from your partner for repair to feel possible?",
            help="Time, honesty, patience, no further contact with the other person, a "
            "break from the subject…",
        ),
        Prompt(
            id="counselling",
            type=S,
            label="Would counselling help?",
            help="A couples counsellor stays neutral and helps you both talk and "
            "rebuild trust. You can also go on your own.",
            choices=(
                Choice(value="yes", label="Yes, I'd like that"),
                Choice(value="maybe", label="Maybe"),
                Choice(value="no", label="Not for now"),
            ),
        ),
        Prompt(
            id="counselling_hopes",
            type=T,
            label="What would you want counselling to help with?",
            condition=Condition(prompt="counselling", any_of=("yes", "maybe")),
        ),
        Prompt(
            id="support",
            type=T,
            label="Who supports you, besides your partner?",
            help="A friend, family, a counsellor: someone who listens without taking over.",
        ),
    ),
)

HURT_STEP_5 = Template(
    id="hurt_step_5",
    kind=EntryKind.HURT_STEP,
    title="Step 5: Looking again over time",
    purpose="Feeling better can take weeks or months. Look again now and then, and notice "
    "what has changed.",
    intro=(
        "Healing rarely moves in a straight line, and it takes as long as it takes. Saving "
        "this step sets up check-ins at intervals, a few weeks and a few months from now. "
        "They give you a moment to look again and see how things are moving. Good days and "
        "hard days both count, and your feelings matter as much at the last check-in as "
        "at the first."
    ),
    fixed={"step": 5},
    prompts=(
        Prompt(
            id="compared",
            type=S,
            label="Compared with when this began, how does it feel?",
            help="Any of these is a normal part of healing.",
            choices=(
                Choice(value="lighter", label="Lighter"),
                Choice(value="same", label="About the same"),
                Choice(
                    value="heavier",
                    label="Heavier",
                    note="Thank you for being honest about it. When things stay heavy, "
                    "talking with a counsellor or someone you trust can help. You deserve "
                    "support too.",
                ),
                Choice(value="changing", label="It changes from day to day"),
            ),
        ),
        Prompt(
            id="how_it_looks_now",
            type=T,
            label="How does it look now?",
            help="What has eased, and what still feels sore.",
        ),
        Prompt(
            id="what_has_helped",
            type=T,
            label="What has helped so far?",
        ),
        Prompt(
            id="what_might_help",
            type=T,
            label="What might help things move?",
            help="From your partner, from others, or something you could give yourself.",
            condition=Condition(prompt="compared", any_of=("same", "heavier")),
        ),
        Prompt(
            id="next_check",
            type=T,
            label="When you look again, what would you like to notice?",
            help="The check-ins will remind you when it is time.",
        ),
    ),
)

HURT_STEPS: tuple[Template, ...] = (
    HURT_STEP_1,
    HURT_STEP_2,
    HURT_STEP_3,
    HURT_STEP_4,
    HURT_STEP_5,
)

#: The phases of a repair plan (``RepairItem.phase``) and their headings.
PHASE_LABELS: dict[str, str] = {
    "immediate": "Right away",
    "short_term": "In the coming weeks",
    "long_term": "Over the months ahead",
}


def _step(item_id: str, phase: str, label: str, help_text: str = "") -> Prompt:
    return Prompt(id=item_id, type=C, label=label, help=help_text, group=phase)


REPAIR_PLAN = Template(
    id="repair_plan",
    kind=EntryKind.REPAIR_PLAN,
    title="Repair plan",
    purpose="Small, steady steps to rebuild trust: right away, in the coming weeks and "
    "over the months ahead.",
    intro=(
        "Trust tends to come back through small things done again and again, more than "
        "through big gestures. Tick a step when it is done, note how it went, and add steps "
        "of your own. Go at a pace that works for the partner who is hurting; nothing here "
        "has a deadline."
    ),
    allow_custom_items=True,
    group_labels=PHASE_LABELS,
    prompts=(
        _step(
            "acknowledge_hurt",
            "immediate",
            "Acknowledge the hurt without defending or explaining it away",
            "Listening comes first; explanations can wait until they are asked for.",
        ),
        _step(
            "time_out",
            "immediate",
            "Step back from blame when things get heated",
            "Either of you can stop a conversation and come back to it later.",
        ),
        _step(
            "pause_arrangement",
            "immediate",
            "Pause the agreement while we repair",
            "Nothing new happens until you both feel steady again.",
        ),
        _step(
            "listen_uninterrupted",
            "immediate",
            "Let each of us speak without being interrupted",
            "Ten minutes each, say, with the other simply listening.",
        ),
        _step(
            "calm_time",
            "immediate",
            "Agree on a time to talk once we have both calmed down",
        ),
        _step(
            "answer_questions",
            "short_term",
            "Answer questions honestly, at the pace of the partner who is hurting",
        ),
        _step(
            "transparency_for_a_while",
            "short_term",
            "Agree on extra openness for a while",
            "What will be shared, and for how long.",
        ),
        _step(
            "health_check",
            "short_term",
            "Look after your health: testing, and contraception if it applies",
        ),
        _step(
            "break_from_topic",
            "short_term",
            "Take a break from talking about outside encounters",
            "Until things feel calmer; agree on when you might come back to it.",
        ),
        _step(
            "counselling",
            "long_term",
            "See a couples counsellor, if it would help",
            "Someone neutral can make the hardest talks feel safer.",
        ),
        _step(
            "rituals",
            "long_term",
            "Make small rituals of closeness",
            "A weekly date, a daily check-in, a walk together: small and regular.",
        ),
        _step(
            "regular_check_ins",
            "long_term",
            "Keep checking in, even when things feel fine",
        ),
        _step(
            "revisit_values",
            "long_term",
            "Revisit our values and what we want our relationship to be",
        ),
    ),
)
