"""The scripts library: short things to say in hard moments, in the app's own words.

A script is a starting point, not a rule: people are encouraged to change the words
until they sound like themselves. Built-in scripts have stable ids (stored in
conversation notes as ``scripts_used``); a person's own scripts live in the journal
setting ``scripts.custom`` and get ids ``own_<n>`` when listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hallpass_journal.domain.guides import CALM_CONVERSATION


class ScriptCategory(StrEnum):
    """Where in the journey a script helps."""

    OPENING = "opening"
    BOUNDARIES = "boundaries"
    IN_THE_MOMENT = "in_the_moment"
    PAUSE = "pause"
    REPAIR = "repair"
    OWN = "own"


CATEGORY_LABELS: dict[ScriptCategory, str] = {
    ScriptCategory.OPENING: "Starting the conversation",
    ScriptCategory.BOUNDARIES: "Limits and check-ins",
    ScriptCategory.IN_THE_MOMENT: "In the moment",
    ScriptCategory.PAUSE: "Pausing",
    ScriptCategory.REPAIR: "Repair",
    ScriptCategory.OWN: "Your own words",
}

OWN_PREFIX = "own_"


@dataclass(frozen=True)
class Script:
    """Something to say: a title, when it helps, the words, and its category."""

    id: str
    title: str
    when_to_use: str
    text: str
    category: ScriptCategory

    @property
    def is_own(self) -> bool:
        """Whether the person wrote this script themselves."""
        return self.category is ScriptCategory.OWN


SCRIPTS: tuple[Script, ...] = (
    Script(
        id="opening",
        title="Raising the subject",
        when_to_use="When you want to raise the idea for the first time, without pressure.",
        text=(
            "“Something has been on my mind, and it feels a bit tender to say out loud. "
            "Could we talk about it, with no need to decide anything today?”\n"
            "“Part of me is curious about something new. I'd rather work out what that "
            "means with you than keep it to myself.”"
        ),
        category=ScriptCategory.OPENING,
    ),
    Script(
        id="asking_boundaries",
        title="Asking about limits",
        when_to_use="When you are both ready to talk about what is and is not all right.",
        text=(
            "“What would feel like too much for you? I'll tell you mine as well.”\n"
            "“If we ever did try something, what would you need from me afterwards?”"
        ),
        category=ScriptCategory.BOUNDARIES,
    ),
    Script(
        id="checking_in_after",
        title="Agreeing how to check in",
        when_to_use="When you plan the talks before and after.",
        text=(
            "“When would you like us to check in: the day before, the morning after, a "
            "week later?”\n"
            "“How much would you want to hear afterwards: everything, an outline, or "
            "nothing at all?”"
        ),
        category=ScriptCategory.BOUNDARIES,
    ),
    Script(
        id="jealousy_in_the_moment",
        title="When jealousy rises",
        when_to_use="When a jealous feeling comes up and you want to say it without blame.",
        text=(
            "“I'm noticing some jealousy right now. I'm not blaming you; I'd just like us to "
            "stay with it together for a minute.”\n"
            "“Thinking of you with someone else hurts a little. Could we take a moment to "
            "talk about what it stirs up in me?”"
        ),
        category=ScriptCategory.IN_THE_MOMENT,
    ),
    Script(
        id="naming_a_need",
        title="Asking for what helps",
        when_to_use="When you know what would help right now and want to ask simply.",
        text=(
            "“What would help me right now is a hug.”\n"
            "“I'd like to hear that I matter to you.”\n"
            "“I need a little time on my own, and then I'd like to talk.”"
        ),
        category=ScriptCategory.IN_THE_MOMENT,
    ),
    Script(
        id="pause_phrase",
        title="Calling a pause",
        when_to_use="When it is too much and you need everything to stop so you can talk.",
        text=(
            "Say the pause phrase you agreed on, simply, with no need to explain. If you "
            "have not chosen one yet, try: “Can we stop here and talk?”\n"
            "Whoever hears it stops, without arguing or asking why. Then you find a quiet "
            "time to talk, soon."
        ),
        category=ScriptCategory.PAUSE,
    ),
    Script(
        id="calm_conversation",
        title="The talk after a pause",
        when_to_use="After a pause was called, when you sit down together to talk.",
        text=CALM_CONVERSATION,
        category=ScriptCategory.PAUSE,
    ),
    Script(
        id="asking_for_a_calm_talk",
        title="Asking for a calm talk",
        when_to_use="When you are hurting and want to talk, but only once you feel steady.",
        text=(
            "“I do want to talk about this, only not right now. Can we choose a time when "
            "we've both had a chance to settle?”\n"
            "“Tomorrow evening at home would feel safer for me. Would that work for you?”"
        ),
        category=ScriptCategory.REPAIR,
    ),
    Script(
        id="declining_more",
        title="Declining anything further",
        when_to_use="If the other person hopes for more than you agreed to.",
        text=(
            "“This is a one-time thing for me, and I'd like to keep it that way.”\n"
            "“I have a partner, and this is as far as it goes for me.”"
        ),
        category=ScriptCategory.BOUNDARIES,
    ),
    Script(
        id="repair_apology",
        title="Acknowledging the hurt",
        when_to_use="When your partner is hurting and you want to listen, not defend.",
        text=(
            "“I can see how much this has hurt you, and I'm sorry. I'm not going to argue "
            "about whether it was allowed; I want to understand how it felt for you.”\n"
            "“Take the time you need. I'm here, and I'll answer what you want to ask.”"
        ),
        category=ScriptCategory.REPAIR,
    ),
)

_BY_ID = {s.id: s for s in SCRIPTS}


def script(script_id: str) -> Script:
    """The built-in script with ``script_id`` (``KeyError`` if there is none)."""
    return _BY_ID[script_id]


def own_scripts(stored: Iterable[Mapping[str, Any]]) -> list[Script]:
    """The person's own scripts from the ``scripts.custom`` setting, in the order added."""
    return [
        Script(
            id=f"{OWN_PREFIX}{n}",
            title=str(item["title"]),
            when_to_use=str(item.get("when_to_use", "")),
            text=str(item["text"]),
            category=ScriptCategory.OWN,
        )
        for n, item in enumerate(stored, start=1)
    ]
