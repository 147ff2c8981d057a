"""A demo journal: a calm six-month story, and as many extra entries as a benchmark needs.

The story is told by someone whose partner, Alex, uses a one-time pass: reflection and
negotiation first, a versioned agreement with a pause, the encounter about two thirds of
the way through, then the debrief, the guided path for the hurt partner and a repair
plan. Difficult feelings rise around the encounter and ease afterwards.

Everything (UUIDs and timestamps included) comes from ``random.Random(seed)`` and
``today``, so the same arguments always give the same journal.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from hallpass_journal.demo import story, text
from hallpass_journal.domain.agreements import (
    Agreement,
    AgreementStatus,
    AgreementTerms,
    AgreementVersion,
    StatusChange,
    check_transition,
)
from hallpass_journal.domain.checkins import CHECK_IN_LABELS, CheckIn, plan_around_event
from hallpass_journal.domain.entries import CheckInAnswers, EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.vocabulary import MAX_INTENSITY, MIN_INTENSITY, EntryKind
from hallpass_journal.services.journal import Journal

STORY_DAYS = 182
ENCOUNTER_DAY = 121  # about two thirds of the way through the story
EVERYDAY_MAX_DAYS = 20 * 365  # how far back the extra entries of a large demo reach

_DISTRESS_PEAK = dict(
    jealousy=8.0, hurt=7.5, fear_of_being_replaced=7.0, insecurity=6.5, overwhelm=6.0, sadness=5.5
)
_DISTRESS_FLOOR = 1.5
_CORE_EMOTIONS = ("jealousy", "hurt", "calm", "closeness")
_EXTRA_EMOTIONS = (
    ("curiosity", "excitement", "hope", "insecurity"),  # reflecting and negotiating
    ("insecurity", "fear_of_being_replaced", "overwhelm", "sadness", "hope"),  # the encounter
    ("hope", "relief", "gratitude", "insecurity"),  # repair
)
# Everyday baselines for the years of entries before the story.
# fmt: off
_BASELINE = dict(
    calm=6.0, closeness=6.0, hope=5.0, gratitude=5.0, curiosity=4.0, excitement=3.5, jealousy=2.0,
    insecurity=2.5, hurt=1.5, sadness=2.5, loneliness=2.5, overwhelm=3.0, confusion=2.0,
)
# fmt: on


def _clamp(value: float) -> int:
    return max(MIN_INTENSITY, min(MAX_INTENSITY, round(value)))


def _scene(rng: random.Random) -> str:
    """An everyday sentence, sometimes followed by a small detail."""
    scene = rng.choice(text.DAILY)
    if rng.random() < 0.5:
        slots = {k: rng.choice(v).replace("-", " ") for k, v in text.SLOTS.items()}
        detail = rng.choice(text.DETAILS).format(**slots)
        scene = f"{scene} {detail[0].upper()}{detail[1:]}"
    return scene


def _ramp(n: int, start: int, end: int) -> float:
    """0 before ``start``, 1 after ``end``, linear in between."""
    return min(1.0, max(0.0, (n - start) / (end - start)))


def story_level(emotion: str, n: int) -> float:
    """The story's mean intensity of ``emotion`` on story day ``n`` (0 = first day)."""
    t = n - ENCOUNTER_DAY
    if emotion in _DISTRESS_PEAK:
        if t < 0:
            # Unease grows a little while negotiating, and just before the evening.
            level = 2.0 + 1.5 * _ramp(n, 40, ENCOUNTER_DAY)
            if t >= -5 and emotion in ("jealousy", "insecurity", "fear_of_being_replaced"):
                level += 1.5
            return level
        return _DISTRESS_FLOOR + (_DISTRESS_PEAK[emotion] - _DISTRESS_FLOOR) * math.exp(-t / 12)
    if emotion in ("calm", "closeness", "hope"):
        return 6.0 - _ramp(n, 80, ENCOUNTER_DAY) if t < 0 else 7.5 - 5.0 * math.exp(-t / 20)
    if emotion in ("curiosity", "excitement"):
        return 3.5 + 2.5 * _ramp(n, 10, 90) if t < 0 else 2.5
    if emotion == "relief":
        return 2.0 if t < 4 else 6.5 - 3.0 * math.exp(-(t - 4) / 20)
    if emotion == "gratitude":
        return 4.5 if t < 0 else 6.5 - 3.0 * math.exp(-t / 25)
    return 3.0


@dataclass
class _Planned:
    """A story entry and how much it matters when only a few entries are wanted."""

    entry: Entry
    tier: int  # 0 pinned, 1 key event, 2 everyday
    order: float


class Story:
    """Builds the six-month story in memory; nothing is written until :func:`fill_demo`."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.start = today - timedelta(days=STORY_DAYS)
        self.today = today
        self.planned: list[_Planned] = []
        self.agreement = Agreement(uuid=self.uid(), title="Our one-time agreement")
        self.check_ins: list[CheckIn] = []

    def uid(self) -> uuid.UUID:
        """A reproducible UUID."""
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def day(self, n: int) -> date:
        """The date of story day ``n``."""
        return self.start + timedelta(days=n)

    def at(self, n: int, hour: int | None = None) -> datetime:
        """A reproducible time of day on story day ``n`` (UTC)."""
        hour = self.rng.randint(7, 22) if hour is None else hour
        return datetime.combine(self.day(n), time(hour, self.rng.randrange(60)), UTC)

    def add(
        self,
        n: int,
        kind: EntryKind,
        title: str,
        body: str,
        answers: object = None,
        *,
        tags: tuple[str, ...] = (),
        private: bool = False,
        hour: int | None = None,
        edited_after: timedelta = timedelta(0),
        tier: int = 1,
        mood: int | None = None,
        emotions: list[EmotionRating] | None = None,
    ) -> Entry:
        """Plan an entry on story day ``n``."""
        created = self.at(n, hour)
        fields: dict[str, object] = {
            "uuid": self.uid(),
            "title": title,
            "body": body,
            "about": self.day(n),
            "created_at": created,
            "updated_at": created + edited_after + timedelta(minutes=self.rng.randint(1, 40)),
            "tags": list(tags),
            "private": private,
            "mood": mood,
            "emotions": emotions or [],
        }
        if answers is not None:
            fields["answers"] = answers
        entry = Entry.new(kind, **fields)
        self.planned.append(_Planned(entry, tier, self.rng.random()))
        return entry

    def _change_agreement(self, n: int, change: dict[str, Any]) -> dict[str, Any]:
        """Apply a story event's agreement change; return the note entry's answers."""
        agreement = self.agreement
        if "terms" in change:
            agreement.versions.append(
                AgreementVersion(
                    number=len(agreement.versions) + 1,
                    created_at=self.at(n, 20),
                    terms=AgreementTerms.model_validate(change["terms"]),
                    change_note=change["note"],
                )
            )
            if len(agreement.versions) == 1:
                agreement.created_at = agreement.versions[0].created_at
        if "status" in change:
            status = AgreementStatus(change["status"])
            if agreement.history or status != AgreementStatus.DRAFT:
                check_transition(agreement.status, status)
            agreement.history.append(
                StatusChange(status=status, at=self.at(n, 21), note=change["note"])
            )
        return {
            "kind": "agreement",
            "agreement_uuid": agreement.uuid,
            "version": len(agreement.versions),
            "status": agreement.status.value,
        }

    def tell(self) -> None:
        """Plan the story's key events (see ``story.STORY_EVENTS``)."""
        event: Entry | None = None
        for item in story.STORY_EVENTS:
            n = ENCOUNTER_DAY + item["t"]
            answers = dict(item.get("answers", {"kind": item["kind"]}))
            if "agreement" in item:
                note = self._change_agreement(n, item["agreement"])
                if item["kind"] == "agreement":
                    answers = note
            if item["kind"] in ("pause", "debrief"):
                answers["agreement_uuid"] = self.agreement.uuid
            entry = self.add(
                n,
                EntryKind(item["kind"]),
                item["title"],
                item["body"],
                answers,
                tags=tuple(item.get("tags", ())),
                private=item.get("private", False),
                edited_after=timedelta(days=item.get("edited_after_days", 0)),
                tier=0 if item.get("event") else 1,
            )
            if item.get("event"):
                event = entry
        if event is None:
            raise RuntimeError("the demo story needs its encounter")
        self.schedule_check_ins(event, story.CHECK_IN_REPLIES)

    def feelings(self, n: int) -> Entry:
        """A feelings check-in on day ``n`` that follows the story's emotional arc."""
        rng = self.rng
        t = n - ENCOUNTER_DAY
        phase = 0 if t < -6 else (1 if t <= 14 else 2)
        extras = rng.sample(_EXTRA_EMOTIONS[phase], rng.randint(1, 2))
        ratings = {
            name: _clamp(story_level(name, n) + rng.gauss(0, 0.8))
            for name in (*_CORE_EMOTIONS, *extras)
        }
        distress = (ratings["jealousy"] + ratings["hurt"]) / 2
        warm = (ratings["calm"] + ratings["closeness"]) / 2
        level = 0 if distress < 3 else (1 if distress < 5.5 else 2)
        body = f"{_scene(rng)} {rng.choice(text.NOTICING[level])}"
        if rng.random() < 0.6:
            body += f" {rng.choice(text.CLOSERS)}"
        return self.add(
            n,
            EntryKind.FEELINGS,
            rng.choice(text.FEELINGS_TITLES),
            body,
            FeelingsAnswers(
                needs=rng.sample(text.NEEDS_BY_LEVEL[level], 2),
                telling_me=rng.choice(text.TELLING_ME[level]),
            ),
            tags=("jealousy",) if ratings["jealousy"] >= 6 else (),
            private=rng.random() < 0.03,
            tier=2,
            mood=_clamp(5 + 0.6 * (warm - distress) + rng.gauss(0, 0.7)),
            emotions=[EmotionRating(name=k, intensity=v) for k, v in ratings.items()],
        )

    def everyday(self) -> None:
        """Feelings check-ins most days, daily around the encounter; some free entries."""
        rng = self.rng
        for n in range(STORY_DAYS + 1):
            near = -6 <= n - ENCOUNTER_DAY <= 16
            if near or n == STORY_DAYS or rng.random() < 0.5:
                self.feelings(n)
            if rng.random() < 0.08:
                body = f"{_scene(rng)} {rng.choice(text.THOUGHTS)}"
                self.add(n, EntryKind.FREE, rng.choice(text.FREE_TITLES), body, tier=2)

    def schedule_check_ins(self, event: Entry, replies: dict[str, tuple[str, str]]) -> None:
        """Plan the check-ins around ``event``; answer those already due by ``today``."""
        event_at = datetime.combine(event.about, time(19, 0), UTC)
        planned = plan_around_event(
            event_at, agreement_uuid=self.agreement.uuid, event_entry_uuid=event.uuid
        )
        intervals = 0
        for plan in planned:
            check_in = plan.model_copy(update={"uuid": self.uid()})
            key = check_in.kind.value
            if key == "interval":
                intervals += 1
                key = f"interval{intervals}"
            due = check_in.due_at
            if due.date() <= self.today and key in replies:
                how, change = replies[key]
                entry = self.add(
                    (due.date() - self.start).days,
                    EntryKind.CHECK_IN,
                    CHECK_IN_LABELS[check_in.kind],
                    how,
                    CheckInAnswers(
                        check_in_uuid=check_in.uuid,
                        check_in_kind=check_in.kind.value,
                        consent_confirmed=True if key == "before" else None,
                        how_are_we=how,
                        anything_to_change=change,
                    ),
                    tags=("check-in",),
                    hour=min(23, due.hour + 1),
                )
                check_in = check_in.model_copy(
                    update={"completed_entry_uuid": entry.uuid, "completed_at": entry.created_at}
                )
            self.check_ins.append(check_in)

    def build(self) -> Story:
        """Plan every entry, the agreement and the check-ins."""
        self.tell()
        self.everyday()
        seen: set[EntryKind] = set()
        for item in sorted(self.planned, key=lambda p: p.entry.about):
            if item.entry.kind not in seen:
                seen.add(item.entry.kind)
                item.tier = 0
        return self


def _baseline_emotions(rng: random.Random, day: date) -> list[EmotionRating]:
    names = rng.sample(sorted(_BASELINE), rng.randint(3, 5))
    season = 2 * math.pi * day.toordinal() / 365.25
    return [
        EmotionRating(
            name=name,
            intensity=_clamp(_BASELINE[name] + math.sin(season + len(name)) + rng.gauss(0, 1.2)),
        )
        for name in names
    ]


def _everyday_entry(rng: random.Random, day: date, minute: int) -> Entry:
    """One ordinary entry from before the story, assembled from phrase fragments."""
    created = datetime.combine(day, time(minute // 60, minute % 60), UTC)
    common: dict[str, object] = {
        "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
        "about": day,
        "created_at": created,
        "updated_at": created + timedelta(minutes=rng.randint(1, 30)),
        "tags": [rng.choice(text.TAGS)] if rng.random() < 0.2 else [],
        "private": rng.random() < 0.03,
    }
    roll = rng.random()
    if roll < 0.55:
        emotions = _baseline_emotions(rng, day)
        heavy = [
            e.intensity for e in emotions if e.name in _DISTRESS_PEAK or e.name == "loneliness"
        ]
        level = 0 if not heavy or max(heavy) < 4 else (1 if max(heavy) < 7 else 2)
        return Entry.new(
            EntryKind.FEELINGS,
            title=rng.choice(text.FEELINGS_TITLES),
            body=f"{_scene(rng)} {rng.choice(text.NOTICING[level])}",
            mood=_clamp(6 - 1.5 * level + rng.gauss(0, 1)),
            emotions=emotions,
            answers=FeelingsAnswers(
                needs=rng.sample(text.NEEDS_BY_LEVEL[level], rng.randint(1, 2)),
                telling_me=rng.choice(text.TELLING_ME[level]),
            ),
            **common,
        )
    if roll < 0.92:
        parts = [_scene(rng), rng.choice(text.THOUGHTS)]
        if rng.random() < 0.5:
            parts.insert(1, rng.choice(text.NOTICING[0]))
        if rng.random() < 0.5:
            parts.append(rng.choice(text.CLOSERS))
        return Entry.new(
            EntryKind.FREE, title=rng.choice(text.FREE_TITLES), body=" ".join(parts), **common
        )
    title, well, hard, step = rng.choice(text.CONVERSATION_TOPICS)
    return Entry.new(
        EntryKind.CONVERSATION,
        title=title,
        body=f"{_scene(rng)} {rng.choice(text.THOUGHTS)}",
        answers={
            "kind": "conversation",
            "scripts_used": rng.sample(text.SCRIPT_IDS, rng.randint(0, 2)),
            "what_went_well": well,
            "what_was_hard": hard,
            "next_steps": step,
        },
        **common,
    )


def everyday_entries(rng: random.Random, before: date, count: int) -> Iterator[Entry]:
    """``count`` ordinary entries, oldest first, ending the day before ``before``.

    One to three a day, going back as far as that needs but no further than
    :data:`EVERYDAY_MAX_DAYS`; beyond that the days fill up instead, so a benchmark's
    100,000 entries span twenty years rather than a century. Generated lazily, so a
    hundred thousand entries never sit in memory at once.
    """
    per_day: list[int] = []
    remaining = count
    while remaining > 0 and len(per_day) < EVERYDAY_MAX_DAYS:
        k = min(remaining, rng.choice((1, 1, 2, 2, 2, 3)))
        per_day.append(k)
        remaining -= k
    for i in rng.choices(range(len(per_day)), k=remaining):
        per_day[i] += 1
    first = before - timedelta(days=len(per_day))
    for offset, k in enumerate(reversed(per_day)):
        day = first + timedelta(days=offset)
        for minute in sorted(rng.randrange(7 * 60, 23 * 60) for _ in range(k)):
            yield _everyday_entry(rng, day, minute)


def fill_demo(
    journal: Journal, entries: int | None = None, *, seed: int = 7, today: date | None = None
) -> int:
    """Fill ``journal`` with demo data; return how many entries were written.

    Args:
        journal: An unlocked journal (normally empty).
        entries: ``None`` for the six-month story (about 160 entries); otherwise exactly
            this many: the story, thinned to fit when smaller, or followed by ordinary
            entries stretching back over the years before it when larger.
        seed: Seed for every random choice, UUIDs and times included.
        today: The story's last day (default: today).

    Returns:
        The number of entries written.

    Raises:
        ValueError: ``entries`` is negative.
    """
    if entries is not None and entries < 0:
        raise ValueError("entries must be zero or more")
    story = Story(random.Random(seed), today or date.today()).build()
    keep = story.planned
    if entries is not None:  # one of each kind first, then key events, then the rest
        keep = sorted(keep, key=lambda p: (p.tier, p.order))[:entries]
    extra = 0 if entries is None else entries - len(keep)
    kept = {item.entry.uuid for item in keep}
    check_ins = [
        c
        if c.completed_entry_uuid is None or c.completed_entry_uuid in kept
        else c.model_copy(update={"completed_entry_uuid": None, "completed_at": None})
        for c in story.check_ins
    ]
    written = 0
    with journal.bulk():  # one commit, announced once
        # The agreement is saved whole so its dates follow the story; the lifecycle was
        # checked step by step while building it.
        journal.agreements.save(story.agreement)
        for entry in everyday_entries(random.Random(f"{seed}:everyday"), story.start, extra):
            journal.save_entry(entry, touch=False)
            written += 1
        for item in sorted(keep, key=lambda p: (p.entry.about, p.entry.created_at)):
            journal.save_entry(item.entry, touch=False)
            written += 1
        journal.check_ins.save_all(check_ins)
    return written
