"""Short help pages and cards, in the app's own words.

The pages take their ideas from the guide the app is built on and say them plainly: they
inform, they never argue for or against a hall pass, and they point nowhere outside the
app. The grounding and support cards are pages too (shown by Home, not listed).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuidePage:
    """A short help page: a title, a one-line summary and a few paragraphs."""

    id: str
    title: str
    summary: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        """The whole page as plain text (summary, then paragraphs)."""
        return "\n\n".join((self.summary, *self.paragraphs))


ALTERNATIVES = GuidePage(
    id="alternatives",
    title="Other ways to explore",
    summary=(
        "A wish for something new can be met in more than one way. Some couples find "
        "these are enough; others try them while they make up their minds."
    ),
    paragraphs=(
        "Sharing fantasies. Telling each other what you imagine, without acting on it, "
        "can feel close and playful. Agree first that a fantasy is only a fantasy, and "
        "that either of you may change the subject at any time.",
        "Play and imagination. Role play, reading something together or writing fantasies "
        "down for each other can bring in something new. It all stays between the two of "
        "you.",
        "Variety together. A new place, a new routine, something neither of you has tried "
        "before. A planned surprise can meet a wish for newness that has little to do "
        "with anyone else.",
        "Closeness without a goal. A long massage, a shared bath, breathing together, "
        "touch that is about connection rather than where it leads. These can ease the "
        "pressure that made the question feel urgent.",
        "Learning before deciding. If you wonder about a more open relationship in "
        "general, you could read or listen to something about it together. That can show "
        "whether you both want to go further, before anyone takes a step.",
        "None of these is a test to pass first. They are options, and choosing one is "
        "as valid as choosing none.",
    ),
)

OUTCOMES = GuidePage(
    id="outcomes",
    title="How it tends to turn out",
    summary=(
        "There is no single outcome. Looking honestly at the whole range can help you "
        "decide, and prepare."
    ),
    paragraphs=(
        "Some couples come out of it closer, more honest with each other and better at "
        "talking. They may find fresh appreciation for what they share, and needs they "
        "can meet together.",
        "For others, little changes: the experience fades, or it confirms that being "
        "exclusive suits them best.",
        "Sometimes it hurts, through jealousy that lingers, trust that wears thin, or one "
        "partner wanting more openness than the other. There can be practical consequences "
        "too, such as an infection, a pregnancy or strain in a shared circle of friends.",
        "Much depends on the trust you start with and how each of you meets hard feelings. "
        "How carefully you prepare, and how you look after each other afterwards, matter "
        "too. Writing down how each outcome would feel, before anything happens, can show "
        "you which one you quietly expect.",
    ),
)

STRUCTURES = GuidePage(
    id="structures",
    title="Different kinds of relationships",
    summary="What a hall pass means depends on what your relationship rests on.",
    paragraphs=(
        "When being exclusive is one of your core values, an agreed pass can still feel "
        "like a breach when it happens. It may help to ask whether exclusivity is part of "
        "who you are together, or an agreement you could both revisit.",
        "If your relationship is already more open, a one-time pass may be a small step "
        "within what you already do. Clear agreements, kind ways through jealousy and "
        "looking at the terms together from time to time matter here as much as anywhere.",
        "In a newer or less defined relationship, expectations may not be settled yet. "
        "It is worth asking whether there is enough shared ground to hold an outside "
        "encounter before adding one.",
    ),
)

MISTAKES = GuidePage(
    id="mistakes",
    title="Common pitfalls",
    summary="A few patterns cause most of the hurt. Knowing them makes them easier to avoid.",
    paragraphs=(
        "Hoping it will fix something. Feeling distant, finding it hard to talk, or "
        "wanting different things each deserve patient attention of their own. An outside "
        "encounter tends to add pressure rather than relieve it.",
        "Leaving the terms vague. The same words can mean different things to each of "
        "you. Spell out what is included, what is not, and what each of you will share "
        "afterwards.",
        "Not planning for afterwards. Feelings can be hard to predict. Set aside time "
        "together for the days after, and agree what you will do if it is harder than "
        "expected.",
        "Using it to make a point. Offered as a test, a punishment or a bargaining chip, "
        "it tends to leave both of you more hurt. It goes best when it rests on shared "
        "curiosity and a yes given freely.",
        "Skipping the check-ins. Agreeing on the moments you will talk, before and "
        "after, makes it far less likely that either of you is left alone with it.",
    ),
)

JEALOUSY = GuidePage(
    id="jealousy",
    title="Jealousy as information",
    summary="Jealousy is not a verdict on you or your partner. It often points to a need.",
    paragraphs=(
        "Behind jealousy there is often a wish to feel safe, chosen, reassured or "
        "noticed. If you treat the feeling as a signal worth listening to, not as proof "
        "that something is wrong, it can be easier to talk about.",
        "In the moment, breathe. Name it to yourself or out loud: “This is jealousy.” "
        "Then ask what would help: a hug, a few kind words, some time. Talk about your "
        "own side: “When I picture this I feel uneasy, and I want to talk it through "
        "with you.”",
        "Over time, trust is rebuilt in ordinary moments: regular check-ins, time "
        "together, and being open about what is hard.",
    ),
)

FAQ = GuidePage(
    id="faq",
    title="Questions people often ask",
    summary="Short answers to common worries. They are general; your situation is your own.",
    paragraphs=(
        "Is a hall pass the same as cheating? Cheating usually involves hiding things and "
        "breaking what was agreed. A hall pass is chosen openly by both of you, on terms "
        "you both understand. Secrecy can still creep in when expectations were unclear, "
        "which is why the details matter.",
        "Does it always end the relationship? No. Some couples grow closer, some stay "
        "much the same and some discover differences they then need to face. How much you "
        "trust each other to begin with, and how you talk and repair afterwards, matter "
        "most.",
        "What if only one of us wants it? Then the conversation is about values and "
        "needs rather than arrangements. Many couples find other ways to meet the need; "
        "some reshape their relationship. Nobody has to agree to something they do not "
        "want.",
        "What about sexual health? Talk it through before anything happens: testing, "
        "protection, contraception, and being open about any risk. Caring for each "
        "other's health is part of caring for each other.",
        "Can we change our minds? Yes, at any time. Either of you can call a pause, "
        "change the agreement or end it. Changing your mind is not a failure.",
    ),
)

#: The help pages the Guides section lists, in order.
GUIDE_PAGES: tuple[GuidePage, ...] = (ALTERNATIVES, OUTCOMES, STRUCTURES, MISTAKES, JEALOUSY, FAQ)

_PAGES = {page.id: page for page in GUIDE_PAGES}


def guide_page(page_id: str) -> GuidePage:
    """The help page with ``page_id`` (``KeyError`` if there is none)."""
    return _PAGES[page_id]


#: A one-minute exercise offered when a check-in names a very strong, painful feeling.
GROUNDING_CARD = GuidePage(
    id="grounding",
    title="One minute for yourself",
    summary="A short pause you can take whenever a feeling runs high.",
    paragraphs=(
        "Breathe in slowly, then breathe out a little longer than you breathed in. Three "
        "times is enough.",
        "Name the feeling, quietly or out loud: “Right now I feel …”. Naming it rarely "
        "makes it bigger; often it makes it easier to hold.",
        "Name what you need: comfort, space, reassurance, rest, to be heard. You do not "
        "have to act on it yet. Knowing it is enough for this minute.",
    ),
)

#: A gentle note shown when check-ins have stayed heavy for a while (never a diagnosis).
SUPPORT_CARD = GuidePage(
    id="support",
    title="You don't have to carry this alone",
    summary=(
        "Your recent check-ins have held a lot of hurt or strain for a while. This is not "
        "a diagnosis or a judgement, only a gentle note."
    ),
    paragraphs=(
        "When painful feelings stay strong for weeks, it can help to talk with someone "
        "outside the relationship. A couples counsellor is someone neutral, on neither "
        "side. They can help you both put your needs into words, agree on limits that "
        "feel safe, and rebuild trust that has been shaken.",
        "Some people prefer to begin on their own, with a counsellor or a friend they "
        "trust. That is a good step too.",
        "If you ever feel unsafe or unable to cope, please contact someone you trust, or "
        "your local emergency services, straight away.",
        "You can set this note aside. It comes back only if your later check-ins stay this heavy.",
    ),
)

#: Shown above the five steps of the guided path for the partner who feels hurt.
PATH_INTRO = (
    "These five steps are here for you if a pass has been used and it hurts. They follow "
    "an order that often helps, but you can move between them freely. Stay with one for "
    "a while if you want to, and come back whenever you like. Whatever you feel is allowed "
    "here, and what you need matters. Nobody sees what you write unless you decide to "
    "show them."
)

#: A short script for the talk after a pause (also the script ``calm_conversation``).
CALM_CONVERSATION = (
    "Before you begin: somewhere quiet, phones away, and a rough idea of how long you will "
    "talk.\n"
    "1. Whoever called the pause says what happened for them, starting with “I”: "
    "“When …, I felt …”.\n"
    "2. The other listens without defending, then says back what they heard: "
    "“What I'm hearing is …”.\n"
    "3. Each of you names one thing you need right now.\n"
    "4. Decide together: carry on, change the agreement, or keep the pause for now. "
    "“We haven't decided yet” is an answer too; agree when you will talk again.\n"
    "If voices rise, stop, breathe and take a short break before going on."
)
