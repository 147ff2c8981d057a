"""A demo journal: a calm six-month story, and as many extra entries as a benchmark needs.

The story is told by someone whose partner, Alex, uses a one-time pass: reflection and
negotiation first, checklists ticked over weeks, an agreement in three versions with
consent recorded, a pause and a resume, the encounter (a key event) about two thirds of
the way through, then the debrief (which changes the agreement), four of the five steps
of the hurt partner's path and a repair plan half done. Difficult feelings rise toward
the encounter and ease after the debrief and the start of repair. The check-ins are the
ones the schedule plans (:mod:`hallpass_journal.domain.schedule`): those already due are
answered, one is snoozed, the rest lie ahead.

Everything (UUIDs and timestamps included) comes from ``random.Random(seed)`` and
``today``, so the same arguments always give the same journal.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from hallpass_journal.demo import story, text
from hallpass_journal.demo.everyday import clamp, everyday_entries, scene
from hallpass_journal.domain.agreements import (
    Agreement,
    AgreementStatus,
    AgreementTerms,
    AgreementVersion,
    StatusChange,
    check_transition,
)
from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.entries import CheckInAnswers, EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.schedule import EVENING, local_moment, plan_check_ins
from hallpass_journal.domain.session import SessionMark, SessionQuestion
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal

STORY_DAYS = 182
ENCOUNTER_DAY = 121  # about two thirds of the way through the story

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

    def __init__(self, rng: random.Random, today: date, zone: tzinfo = UTC) -> None:
        self.rng = rng
        self.start = today - timedelta(days=STORY_DAYS)
        self.today = today
        self.zone = zone
        self.planned: list[_Planned] = []
        self.agreement = Agreement(
            uuid=self.uid(), title="Our one-time agreement", check_in_days=story.CHECK_IN_DAYS
        )
        self.events: list[KeyEvent] = []
        self.check_ins: list[CheckIn] = []
        # Per checklist, the day each item was first ticked (and stayed ticked).
        self._ticked_since: dict[str, dict[str, date]] = {}

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
        created: datetime | None = None,
    ) -> Entry:
        """Plan an entry on story day ``n`` (or written at ``created``, about that day)."""
        created = created or self.at(n, hour)
        fields: dict[str, object] = {
            "uuid": self.uid(),
            "title": title,
            "body": body,
            "about": created.date(),
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
        # Like the agreement service's notes: a new version names its number, a status
        # change its status (the timeline tells a resume from a renegotiation by this).
        if "terms" not in change:
            return {"kind": "agreement", "agreement_uuid": agreement.uuid, "status": status.value}
        return {
            "kind": "agreement",
            "agreement_uuid": agreement.uuid,
            "version": len(agreement.versions),
        }

    def _dated_checklist(self, n: int, answers: dict[str, Any]) -> dict[str, Any]:
        """A checklist's answers with the day each ticked item was first ticked."""
        since = self._ticked_since.setdefault(answers["kind"], {})
        for item, ticked in answers["ticked"].items():
            if ticked:
                since.setdefault(item, self.day(n))
            else:
                since.pop(item, None)
        return {**answers, "ticked_on": {k: since[k] for k, v in answers["ticked"].items() if v}}

    def _dated_repair(self, answers: dict[str, Any]) -> dict[str, Any]:
        """A repair plan's items, each done one with the day it was done."""
        items = []
        for item in answers["items"]:
            fields = {k: v for k, v in item.items() if k != "done_t"}
            if "done_t" in item:
                fields.update(done=True, done_on=self.day(ENCOUNTER_DAY + item["done_t"]))
            items.append(fields)
        return {**answers, "items": items}

    def tell(self) -> None:
        """Plan the story's entries, key events and check-ins (see :mod:`.story`)."""
        for item in story.STORY_EVENTS:
            n = ENCOUNTER_DAY + item["t"]
            answers = dict(item.get("answers", {"kind": item["kind"]}))
            if "agreement" in item:
                note = self._change_agreement(n, item["agreement"])
                if item["kind"] == "agreement":
                    answers = note
            if item["kind"] in ("pause", "debrief"):
                answers["agreement_uuid"] = self.agreement.uuid
            if item["kind"] in ("readiness", "safety"):
                answers = self._dated_checklist(n, answers)
            if item["kind"] == "repair_plan":
                answers = self._dated_repair(answers)
            self.add(
                n,
                EntryKind(item["kind"]),
                item["title"],
                item["body"],
                answers,
                tags=tuple(item.get("tags", ())),
                private=item.get("private", False),
                edited_after=timedelta(days=item.get("edited_after_days", 0)),
                tier=0 if item["t"] == 0 else 1,
            )
        for item in story.KEY_EVENTS:
            self.events.append(
                KeyEvent(
                    uuid=self.uid(),
                    type=EventType(item["type"]),
                    on=self.day(ENCOUNTER_DAY + item["t"]),
                    time=time.fromisoformat(item["time"]) if "time" in item else None,
                    title=item.get("title", ""),
                    note=item.get("note", ""),
                    agreement_uuid=self.agreement.uuid if item.get("agreement") else None,
                    created_at=self.at(ENCOUNTER_DAY + item.get("recorded_t", item["t"]), 20),
                )
            )
        if not any(e.type is EventType.ENCOUNTER for e in self.events):
            raise RuntimeError("the demo story needs its encounter")
        self.schedule_check_ins(story.CHECK_IN_REPLIES)

    def feelings(self, n: int) -> Entry:
        """A feelings check-in on day ``n`` that follows the story's emotional arc."""
        rng = self.rng
        t = n - ENCOUNTER_DAY
        phase = 0 if t < -6 else (1 if t <= 14 else 2)
        extras = rng.sample(_EXTRA_EMOTIONS[phase], rng.randint(1, 2))
        ratings = {
            name: clamp(story_level(name, n) + rng.gauss(0, 0.8))
            for name in (*_CORE_EMOTIONS, *extras)
        }
        distress = (ratings["jealousy"] + ratings["hurt"]) / 2
        warm = (ratings["calm"] + ratings["closeness"]) / 2
        level = 0 if distress < 3 else (1 if distress < 5.5 else 2)
        body = f"{scene(rng)} {rng.choice(text.NOTICING[level])}"
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
            mood=clamp(5 + 0.6 * (warm - distress) + rng.gauss(0, 0.7)),
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
                body = f"{scene(rng)} {rng.choice(text.THOUGHTS)}"
                self.add(n, EntryKind.FREE, rng.choice(text.FREE_TITLES), body, tier=2)

    def schedule_check_ins(self, replies: dict[str, tuple[str, str]]) -> None:
        """The check-ins the schedule plans; answer those due by ``today``, snooze the rest.

        Due times are the schedule's own (wall-clock evenings and mornings in ``zone``),
        so unlocking the demo journal finds nothing to re-plan.
        """
        (encounter,) = [e for e in self.events if e.type is EventType.ENCOUNTER]
        end_of_today = local_moment(self.today + timedelta(days=1), time(0), self.zone)
        for check_in in plan_check_ins([self.agreement], self.events, self.zone):
            due = check_in.due_at
            key = check_in.kind.value
            if check_in.kind is CheckInKind.INTERVAL:
                key += str((due.astimezone(self.zone).date() - encounter.on).days)
            if due < end_of_today and key in replies:
                how, change = replies[key]
                answered = due + timedelta(hours=1)
                entry = self.add(
                    (answered.date() - self.start).days,
                    EntryKind.CHECK_IN,
                    check_in.title,
                    how,
                    CheckInAnswers(
                        check_in_uuid=check_in.uuid,
                        check_in_kind=check_in.kind.value,
                        consent_confirmed=True if check_in.kind is CheckInKind.BEFORE else None,
                        how_are_we=how,
                        anything_to_change=change,
                    ),
                    tags=("check-in",),
                    created=answered,
                )
                check_in = check_in.model_copy(
                    update={"completed_entry_uuid": entry.uuid, "completed_at": entry.created_at}
                )
            elif due < end_of_today:  # asked again a couple of evenings later
                later = due.astimezone(self.zone).date() + timedelta(days=story.SNOOZE_DAYS)
                check_in = check_in.model_copy(
                    update={
                        "due_at": local_moment(later, EVENING, self.zone),
                        "snoozed_at": due + timedelta(hours=1),
                        "snoozes": 1,
                    }
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
    plot = Story(random.Random(seed), today or date.today(), journal.schedule.zone).build()
    keep = plot.planned
    if entries is not None:  # one of each kind first, then key events, then the rest
        keep = sorted(keep, key=lambda p: (p.tier, p.order))[:entries]
    extra = 0 if entries is None else entries - len(keep)
    kept = {item.entry.uuid for item in keep}
    check_ins = [
        c
        if c.completed_entry_uuid is None or c.completed_entry_uuid in kept
        else c.model_copy(update={"completed_entry_uuid": None, "completed_at": None})
        for c in plot.check_ins
    ]
    written = 0
    with journal.bulk():  # one commit, announced once
        # The agreement is saved whole so its dates follow the story; the lifecycle was
        # checked step by step while building it.
        journal.settings.set(PARTNER_NAME, story.PARTNER)
        journal.agreements.save(plot.agreement)
        for event in plot.events:
            journal.events.save(event)
        for entry in everyday_entries(random.Random(f"{seed}:everyday"), plot.start, extra):
            journal.save_entry(entry, touch=False)
            written += 1
        for item in sorted(keep, key=lambda p: (p.entry.about, p.entry.created_at)):
            journal.save_entry(item.entry, touch=False)
            written += 1
        journal.check_ins.save_all(check_ins)
        _prepare_session(journal, [item.entry for item in keep], random.Random(f"{seed}:session"))
    return written


#: Questions the demo writer keeps for their next session (the Export section shows them).
SESSION_QUESTIONS = (
    "How can we tell a pause from pulling away?",
    "Why does the jealousy come back on quiet evenings, when nothing is happening?",
)


def _prepare_session(journal: Journal, entries: list[Entry], rng: random.Random) -> None:
    """Mark the newest debrief and conversation for the next session; add two questions."""
    for kind in (EntryKind.DEBRIEF, EntryKind.CONVERSATION):
        shared = [e for e in entries if e.kind == kind and not e.private]
        if shared:
            newest = max(shared, key=lambda e: (e.about, e.created_at))
            journal.session.restore_mark(
                SessionMark(entry_uuid=newest.uuid, marked_at=newest.updated_at)
            )
    newest_day = max((e.updated_at for e in entries), default=datetime.now(UTC))
    for n, words in enumerate(SESSION_QUESTIONS):
        journal.session.save_question(
            SessionQuestion(
                uuid=uuid.UUID(int=rng.getrandbits(128), version=4),
                text=words,
                created_at=newest_day - timedelta(days=len(SESSION_QUESTIONS) - n),
            )
        )
