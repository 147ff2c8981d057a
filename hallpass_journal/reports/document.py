"""One document model for every export format, and the one place it is built.

:func:`build_document` reads the journal once: the chosen entries in one batched pass
(oldest first, never a private one, never an unticked one), then the key events, the
open questions and the agreement. Every figure — the chart, before and after, the
counts — is worked out from those chosen entries alone
(:mod:`~hallpass_journal.reports.figures`): an entry left out of the export is left out
of its figures too. Renderers (:mod:`~hallpass_journal.reports.html`,
:mod:`~hallpass_journal.reports.markdown`, :mod:`~hallpass_journal.reports.pdf`) lay
out these plain values and never read the journal themselves. Headings and one-line
fields (titles, labels, initials) are made one line here, once, for every format.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections import Counter
from dataclasses import dataclass
from datetime import date

from hallpass_journal.domain.agreements import current_agreement
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.reports.agreement_model import AgreementPart, agreement_part
from hallpass_journal.reports.answers import Answer, answers_of
from hallpass_journal.reports.figures import (
    SUMMARY_WINDOW,
    ChartData,
    ChartSeries,
    EvaluationPart,
    EvaluationRow,
    KeyEventLine,
    chart_data,
    evaluations,
    event_lines,
)
from hallpass_journal.reports.selection import ExportSelection, Progress
from hallpass_journal.reports.translated import title_text
from hallpass_journal.reports.words import REPORT_TITLE, kind_word, one_line, series_word, tr
from hallpass_journal.services.journal import Journal

__all__ = [
    "SUMMARY_WINDOW",
    "ChartData",
    "ChartSeries",
    "Cover",
    "EntryPart",
    "EvaluationPart",
    "EvaluationRow",
    "FirstPage",
    "KeyEventLine",
    "KindCount",
    "ReportDocument",
    "build_document",
    "entry_part",
]


@dataclass(frozen=True)
class Cover:
    """The cover: what this is, whose (initials only, if any), which period, when made."""

    title: str
    initials: str
    since: date | None
    until: date | None
    generated_on: date
    entry_count: int


@dataclass(frozen=True)
class KindCount:
    """How many entries of one kind the document holds."""

    kind: EntryKind
    label: str
    count: int


@dataclass(frozen=True)
class FirstPage:
    """What a clinician reads first; a part left out of the selection is None."""

    questions: tuple[str, ...] | None
    counts: tuple[KindCount, ...] | None
    chart: ChartData | None
    evaluations: tuple[EvaluationPart, ...] | None
    key_events: tuple[KeyEventLine, ...] | None


@dataclass(frozen=True)
class EntryPart:
    """One chosen entry, ready to lay out.

    ``feelings`` are the emotions as a person reads them (label, intensity), strongest
    first; ``ratings`` the same as stored (name, intensity), for the figures.
    """

    uuid: uuid_mod.UUID
    day: date
    kind: EntryKind
    kind_label: str
    title: str
    mood: int | None
    feelings: tuple[tuple[str, int], ...]
    tags: tuple[str, ...]
    body: str
    answers: tuple[Answer, ...]
    marked: bool
    ratings: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ReportDocument:
    """A whole export: cover, first page, agreement, then the entries in date order."""

    cover: Cover
    first_page: FirstPage | None
    agreement: AgreementPart | None
    entries: tuple[EntryPart, ...]


def entry_part(entry: Entry, *, marked: bool = False) -> EntryPart:
    """One entry as the export lays it out (its title and tags made one line each)."""
    return EntryPart(
        uuid=entry.uuid,
        day=entry.about,
        kind=entry.kind,
        kind_label=kind_word(entry.kind),
        title=one_line(title_text(entry.title)),
        mood=entry.mood,
        feelings=tuple(
            (series_word(e.name), e.intensity)
            for e in sorted(entry.emotions, key=lambda e: -e.intensity)
        ),
        tags=tuple(one_line(tag) for tag in entry.tags),
        body=entry.body.strip("\n"),
        answers=answers_of(entry),
        marked=marked,
        ratings=tuple((e.name, e.intensity) for e in entry.emotions),
    )


def _read_entries(
    journal: Journal, selection: ExportSelection, progress: Progress | None
) -> list[EntryPart]:
    flt = selection.entry_filter()
    marked = {m.entry_uuid for m in journal.session.marks(include_private=False)}
    total = journal.entries.count(flt) if progress is not None else 0
    parts = []
    for done, entry in enumerate(journal.entries.iter_all(flt), 1):
        # Checked again here: whatever the filter did, a private or unticked entry never
        # reaches a renderer (nor a figure: the figures are made from these parts).
        if not entry.private and entry.uuid not in selection.excluded:
            parts.append(entry_part(entry, marked=entry.uuid in marked))
        if progress is not None:
            progress(done, total)
    parts.sort(key=lambda part: part.day)  # stable: the journal's order within a day
    return parts


def _period(selection: ExportSelection, entries: list[EntryPart]) -> tuple[date, date] | None:
    if not entries and (selection.since is None or selection.until is None):
        return None
    since = selection.since or entries[0].day
    until = selection.until or entries[-1].day
    return (since, until) if since <= until else (until, since)


def _first_page(
    journal: Journal, selection: ExportSelection, entries: list[EntryPart], today: date
) -> FirstPage | None:
    if not (selection.summary or selection.chart or selection.evaluation or selection.questions):
        return None
    questions = None
    if selection.questions:
        questions = tuple(q.text for q in journal.session.questions(include_done=False))
    counts = None
    if selection.summary:
        by_kind = Counter(e.kind for e in entries)
        counts = tuple(KindCount(k, kind_word(k), by_kind[k]) for k in EntryKind if by_kind[k])
    period = _period(selection, entries)
    chart = found = key_events = None
    if period is not None:
        since, until = period
        events = journal.events.list()
        lines = event_lines(events, since, until, today)
        if selection.summary or selection.chart:
            key_events = tuple(lines)
        if selection.chart:
            chart = chart_data(entries, since, until, lines)
        if selection.evaluation:
            found = evaluations(entries, events, since, until, today)
    shown = (questions, counts, chart, key_events)
    if not found and not any(part is not None and part != () for part in shown):
        return None  # nothing to say first: the report starts with what comes next
    return FirstPage(questions, counts, chart, found, key_events)


def _agreement(journal: Journal) -> AgreementPart | None:
    agreement = current_agreement(journal.agreements.list())
    if agreement is None or not agreement.versions:
        return None
    name = str(journal.settings.get(PARTNER_NAME, "") or "")
    return agreement_part(agreement, journal.evaluation.zone, partner_name=name)


def build_document(
    journal: Journal,
    selection: ExportSelection,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportDocument:
    """Everything an export of ``selection`` holds, read from ``journal`` once.

    Args:
        journal: An unlocked journal.
        selection: What the person chose.
        today: The day the export is made (the cover's date; key events after it are
            planned). Today by default.
        progress: Told ``(entries read, entries matching)``; may raise to stop.

    Returns:
        The document: never a private entry, never one in ``selection.excluded``.
    """
    today = today or date.today()
    entries = _read_entries(journal, selection, progress)
    cover = Cover(
        title=tr(REPORT_TITLE),
        initials=one_line(selection.initials),
        since=selection.since or (entries[0].day if entries else None),
        until=selection.until or (entries[-1].day if entries else None),
        generated_on=today,
        entry_count=len(entries),
    )
    return ReportDocument(
        cover=cover,
        first_page=_first_page(journal, selection, entries, today),
        agreement=_agreement(journal) if selection.agreement else None,
        entries=tuple(entries),
    )
