"""What goes into an export for a therapist: one selection, shared by every format.

An :class:`ExportSelection` says which entries (a period, kinds, only those marked for a
session, minus the ones unticked in the preview) and which parts (summary, chart,
evaluation, agreement, questions). Private entries are never part of it: its filter
always says so, whatever else it holds, and the document builder checks each entry again.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from hallpass_journal.domain.agreements import current_agreement
from hallpass_journal.domain.events import EventType
from hallpass_journal.domain.listing import EntryFilter, EntrySummary
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal

_PAGE = 200

#: Told ``(done, total)`` as an export goes; it may raise ``Cancelled`` to stop it.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportSelection:
    """Which entries and which parts an export holds.

    Attributes:
        since: The first day (inclusive, on the day an entry is about); None: from the start.
        until: The last day (inclusive); None: up to the newest entry.
        kinds: Only entries of these kinds; empty means every kind.
        marked_only: Only entries marked "bring to my next session".
        excluded: Entries unticked in the preview: never exported.
        summary: The first page's counts and key events.
        chart: The feelings chart.
        evaluation: Before and after the period's key events, in words and numbers.
        agreement: The current agreement and its version history.
        questions: The open questions for the session.
        initials: Shown on the cover when given (never a full name unless typed).
    """

    since: date | None = None
    until: date | None = None
    kinds: frozenset[EntryKind] = frozenset()
    marked_only: bool = False
    excluded: frozenset[uuid.UUID] = frozenset()
    summary: bool = True
    chart: bool = True
    evaluation: bool = True
    agreement: bool = True
    questions: bool = True
    initials: str = ""

    def entry_filter(self) -> EntryFilter:
        """The entries this selection can hold, before ``excluded``: never a private one."""
        return EntryFilter(
            kinds=self.kinds,
            since=self.since,
            until=self.until,
            include_private=False,
            marked_only=self.marked_only,
        )


@dataclass(frozen=True)
class RangePreset:
    """A period to pick from: ``key`` is stable, ``label`` English (the UI translates by key)."""

    key: str
    label: str
    since: date | None
    until: date | None


def range_presets(journal: Journal, today: date) -> list[RangePreset]:
    """The periods offered for an export, shortest first, then "everything".

    "agreement" (since the current agreement began) and "encounter" (since the latest
    encounter on or before ``today``) are offered only when the journal has one.
    """
    presets = [
        RangePreset(str(days), f"Last {days} days", today - timedelta(days=days - 1), today)
        for days in (7, 30, 90)
    ]
    agreement = current_agreement(journal.agreements.list())
    if agreement is not None:
        began = agreement.created_at.astimezone(journal.evaluation.zone).date()
        presets.append(
            RangePreset("agreement", "Since the current agreement began", min(began, today), today)
        )
    encounters = [e for e in journal.events.list([EventType.ENCOUNTER]) if e.on <= today]
    if encounters:
        presets.append(RangePreset("encounter", "Since the encounter", encounters[-1].on, today))
    presets.append(RangePreset("all", "Everything", None, None))
    return presets


def iter_preview(journal: Journal, selection: ExportSelection) -> Iterator[EntrySummary]:
    """The matching entries, oldest first, a keyset page at a time (no bodies loaded)."""
    flt = selection.entry_filter()
    after: tuple[str, int] | None = None
    while True:
        page = journal.entries.page(flt, after, _PAGE, oldest_first=True)
        # The filter already leaves private entries out; this keeps it so if it ever did not.
        yield from (row for row in page if not row.private)
        if len(page) < _PAGE:
            return
        after = page[-1].cursor


def preview(journal: Journal, selection: ExportSelection) -> list[EntrySummary]:
    """Every entry the selection matches, ignoring ``excluded``, oldest first; never private.

    The preview lists these with a tick each; the unticked ones become ``excluded``.
    """
    return list(iter_preview(journal, selection))


def count_by_kind(journal: Journal, selection: ExportSelection) -> dict[EntryKind, int]:
    """How many entries of each kind the export holds (``excluded`` left out).

    Kinds with none are absent; the order is the vocabulary's.
    """
    counts = Counter(
        row.kind for row in iter_preview(journal, selection) if row.uuid not in selection.excluded
    )
    return {kind: counts[kind] for kind in EntryKind if counts[kind]}
