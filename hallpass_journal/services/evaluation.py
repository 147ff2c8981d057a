"""Evaluate over time: how feelings and mood compare before and after a moment.

The moments (anchors) are the key events, each agreement's versions and status changes,
the pause and debrief entries, the steps of the hurt partner's path and the start of
repair. The figures are averaged
in SQL (``storage.aggregates_repo``), every window in one pass over the emotion index,
so an evaluation costs the same with ten years of entries as with one. The rules (window
bounds, enough check-ins, the words) are :mod:`hallpass_journal.domain.evaluation`'s.

The therapist export reuses :meth:`EvaluationService.evaluate` with
``include_private=False``.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo

from hallpass_journal.domain.agreements import Agreement, AgreementStatus
from hallpass_journal.domain.evaluation import (
    AGREEMENT_VERSION_LABEL,
    DEFAULT_WINDOWS,
    HURT_STEP_LABEL,
    MOOD,
    REPAIR_PLAN_LABEL,
    STATUS_ANCHOR_LABELS,
    Anchor,
    AnchorKind,
    Evaluation,
    WindowResult,
    agreement_anchor_uuid,
    checked_windows,
    series_result,
    window_bounds,
)
from hallpass_journal.domain.events import EventType
from hallpass_journal.domain.vocabulary import EMOTIONS
from hallpass_journal.services.schedule import local_zone
from hallpass_journal.storage.aggregates_repo import AggregateRepository
from hallpass_journal.storage.agreements_repo import AgreementRepository
from hallpass_journal.storage.events_repo import KeyEventRepository
from hallpass_journal.storage.moments_repo import MomentRepository
from hallpass_journal.storage.vault import Vault

_STATUS_KINDS: dict[AgreementStatus, AnchorKind] = {
    AgreementStatus.AGREED: AnchorKind.AGREED,
    AgreementStatus.ACTIVE: AnchorKind.ACTIVE,
    AgreementStatus.PAUSED: AnchorKind.PAUSED,
    AgreementStatus.ENDED: AnchorKind.ENDED,
}

#: Marking entries that are moments to choose from as they are (healing steps and the
#: first repair plan are added with their own labels).
_ENTRY_ANCHOR_KINDS = frozenset({AnchorKind.PAUSE.value, AnchorKind.DEBRIEF.value})


def _emotion_order(name: str) -> tuple[int, str]:
    """The vocabulary's order, then any other emotion by name."""
    return (EMOTIONS.index(name), "") if name in EMOTIONS else (len(EMOTIONS), name)


class EvaluationService:
    """Anchors to pick from, and the before/after comparison around one of them."""

    def __init__(self, vault: Vault, zone: tzinfo | None = None) -> None:
        self._aggregates = AggregateRepository(vault)
        self._agreements = AgreementRepository(vault)
        self._events = KeyEventRepository(vault)
        self._moments = MomentRepository(vault)
        #: Where an agreement's moments (stored in UTC) fall on the calendar.
        self.zone = zone or local_zone()

    # -- anchors -----------------------------------------------------------------------

    def anchors(self, *, include_private: bool) -> list[Anchor]:
        """Every moment one can evaluate around, newest first.

        Key events (labelled as recorded), agreement versions ("Agreement version 2") and
        status changes (agreed, active, pause called, resumed, ended), pause and debrief
        entries (by their title; a pause entry stands for the "Pause called" status change
        of its day, which is then not listed twice), the steps of the hurt partner's path,
        and the start of repair: the "repair began" event, or the first repair plan when
        no such event was recorded.

        Args:
            include_private: Whether private entries (a private debrief, pause, healing
                step or repair plan) are moments too (no default: the app's own views
                pass True, anything exported False).
        """
        timed: list[tuple[date, str, Anchor]] = []
        events = self._events.list()
        for event in events:
            anchor = Anchor(day=event.on, label=event.label, kind=event.type.value, uuid=event.uuid)
            timed.append((event.on, event.time.isoformat() if event.time else "", anchor))
        entries = [
            Anchor(m.day, m.label, m.kind, m.uuid)
            for m in self._moments.markers(None, None, include_private=include_private)
            if m.entry_uuid is not None and m.kind in _ENTRY_ANCHOR_KINDS
        ]
        timed += [(a.day, "", a) for a in entries]
        agreements = self._agreements.list()
        # "Agreement became active" recorded as an event says what the status change does,
        # and a pause entry (written when a pause is called) what "Pause called" does.
        active_days = {e.on for e in events if e.type is EventType.AGREEMENT_ACTIVE}
        pause_days = {a.day for a in entries if a.kind == AnchorKind.PAUSE}
        for agreement in agreements:
            timed += [
                t
                for t in self._agreement_anchors(agreement, named=len(agreements) > 1)
                if not (t[2].kind == AnchorKind.ACTIVE and t[0] in active_days)
                and not (t[2].kind == AnchorKind.PAUSED and t[0] in pause_days)
            ]
        for uid, on, step in self._moments.hurt_steps(include_private=include_private):
            label = HURT_STEP_LABEL.format(step=step)
            timed.append((on, "", Anchor(on, label, AnchorKind.HURT_STEP.value, uid)))
        if not any(e.type is EventType.REPAIR_START for e in events):
            first = self._moments.first_repair_plan(include_private=include_private)
            if first is not None:
                uid, on = first
                timed.append(
                    (on, "", Anchor(on, REPAIR_PLAN_LABEL, AnchorKind.REPAIR_PLAN.value, uid))
                )
        timed.sort(key=lambda t: (t[0], t[1]), reverse=True)
        return [t[2] for t in timed]

    def anchor(self, anchor_uuid: uuid_mod.UUID, *, include_private: bool) -> Anchor | None:
        """The anchor with this UUID (a key event's, for instance), or None.

        A timeline marker's UUID works too (an agreement note, a pause, a debrief): its
        entry's day and title become the anchor, so any marker can be evaluated around.
        A private entry is found only with ``include_private`` (no default, as for
        :meth:`anchors`).
        """
        found = next(
            (a for a in self.anchors(include_private=include_private) if a.uuid == anchor_uuid),
            None,
        )
        if found is not None:
            return found
        marker = next(
            (
                m
                for m in self._moments.markers(None, None, include_private=include_private)
                if m.uuid == anchor_uuid
            ),
            None,
        )
        if marker is None:
            return None
        return Anchor(day=marker.day, label=marker.label, kind=marker.kind, uuid=marker.uuid)

    def _agreement_anchors(
        self, agreement: Agreement, *, named: bool
    ) -> list[tuple[date, str, Anchor]]:
        suffix = f" ({agreement.title})" if named and agreement.title else ""
        out: list[tuple[date, str, Anchor]] = []

        def add(at: datetime, label: str, kind: AnchorKind, what: str) -> None:
            local = at.astimezone(self.zone)
            uid = agreement_anchor_uuid(agreement.uuid, what)
            out.append(
                (
                    local.date(),
                    local.time().isoformat(),
                    Anchor(local.date(), label + suffix, kind.value, uid),
                )
            )

        for version in agreement.versions:
            label = AGREEMENT_VERSION_LABEL.format(number=version.number)
            add(
                version.created_at, label, AnchorKind.AGREEMENT_VERSION, f"version:{version.number}"
            )
        paused = False
        for index, change in enumerate(agreement.history):
            kind = _STATUS_KINDS.get(change.status)
            if kind is None:  # a draft is version 1, or a step back: not a moment to compare
                continue
            if kind is AnchorKind.ACTIVE and paused:
                kind = AnchorKind.RESUMED
            paused = paused or change.status is AgreementStatus.PAUSED
            add(change.at, STATUS_ANCHOR_LABELS[kind], kind, f"status:{index}")
        return out

    # -- the comparison ----------------------------------------------------------------

    def evaluate(
        self,
        anchor: Anchor,
        windows: Sequence[int] = DEFAULT_WINDOWS,
        *,
        include_private: bool,
        emotions: Iterable[str] | None = None,
    ) -> Evaluation:
        """Mood and each emotion in the windows before and after ``anchor``'s day.

        Args:
            anchor: The moment (its day is in neither window).
            windows: Window lengths in days (sorted, each once; ValueError if unusable).
            include_private: Whether private entries' feelings count (no default: the
                app's own views pass True, anything exported False).
            emotions: Only these emotions; by default every emotion rated at least once
                in the widest window. Mood ("mood") always comes first.

        Returns:
            For each window, mood and then the emotions (the vocabulary's order, then any
            other by name) with both sides' averages, counts, the change and its words.
        """
        lengths = checked_windows(tuple(windows))
        ranges = [window_bounds(anchor.day, days) for days in lengths]
        wanted = None
        if emotions is not None:
            wanted = list(dict.fromkeys(name for name in emotions if name != MOOD))
        by_emotion = self._aggregates.emotion_windows(
            anchor.day, ranges, wanted, include_private=include_private
        )
        # An emotion literally named "mood" would be mistaken for overall mood.
        by_emotion.pop(MOOD, None)
        names = wanted if wanted is not None else sorted(by_emotion, key=_emotion_order)
        mood = self._aggregates.mood_windows(anchor.day, ranges, include_private=include_private)
        results = []
        for i, days in enumerate(lengths):
            series = [series_result(MOOD, *mood[i])]
            series += [series_result(name, *by_emotion[name][i]) for name in names]
            results.append(WindowResult(days=days, series=series))
        return Evaluation(anchor=anchor, windows=results)
