"""One document model for every export format, and the one place it is built.

:func:`build_document` reads the journal once: the chosen entries in one batched pass
(oldest first, never a private one, never an unticked one), then a handful of
aggregate queries for the first page. Every figure — the chart, before and after, the
counts — is computed with ``include_private=False``; counts are of the entries in the
document. Renderers (:mod:`~hallpass_journal.reports.html`,
:mod:`~hallpass_journal.reports.markdown`, :mod:`~hallpass_journal.reports.pdf`) lay
out these plain values and never read the journal themselves.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections import Counter
from dataclasses import dataclass
from datetime import date

from hallpass_journal.domain.agreements import current_agreement
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.evaluation import MOOD, Anchor, Stat, series_label
from hallpass_journal.domain.events import EVENT_LABELS, EventType, KeyEvent
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.domain.vocabulary import EMOTIONS, KIND_LABELS, EntryKind
from hallpass_journal.reports.agreement_model import AgreementPart, agreement_part
from hallpass_journal.reports.answers import Answer, answers_of
from hallpass_journal.reports.selection import ExportSelection, Progress
from hallpass_journal.reports.words import REPORT_TITLE, tr
from hallpass_journal.services.journal import Journal

#: The before and after windows of the first page (days): one month either side.
SUMMARY_WINDOW = 30
#: At most this many key events are evaluated on the first page.
MAX_EVALUATED = 2
#: At most this many key events are tried (each costs a few queries).
MAX_TRIED = 12
#: At most this many emotions are drawn beside mood (the most often rated).
MAX_CHART_EMOTIONS = 3
#: At most this many emotions are told beside mood for each evaluated moment.
MAX_EVALUATED_EMOTIONS = 4
#: Key events worth evaluating first, most telling first.
_EVALUATE_FIRST = (
    EventType.ENCOUNTER,
    EventType.REPAIR_START,
    EventType.DISCLOSURE,
    EventType.AGREEMENT_ACTIVE,
    EventType.FIRST_CONVERSATION,
    EventType.TEST_RESULT,
    EventType.OTHER,
)


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
class KeyEventLine:
    """A key event of the period, numbered as on the chart."""

    number: int
    day: date
    label: str
    type_label: str
    planned: bool


@dataclass(frozen=True)
class ChartSeries:
    """Mood or one emotion: ``(bucket start, average, ratings)`` in date order."""

    name: str
    label: str
    points: tuple[tuple[date, float, int], ...]


@dataclass(frozen=True)
class ChartData:
    """The feelings chart: the period, bucket size, mood first, then the top emotions."""

    since: date
    until: date
    bucket: str
    series: tuple[ChartSeries, ...]
    events: tuple[KeyEventLine, ...]


@dataclass(frozen=True)
class EvaluationRow:
    """One feeling either side of a moment."""

    label: str
    before: Stat
    after: Stat
    change: float | None
    direction: str


@dataclass(frozen=True)
class EvaluationPart:
    """Before and after one key event, over ``days`` days on each side."""

    anchor_label: str
    anchor_day: date
    days: int
    rows: tuple[EvaluationRow, ...]


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
    """One chosen entry, ready to lay out."""

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


@dataclass(frozen=True)
class ReportDocument:
    """A whole export: cover, first page, agreement, then the entries in date order."""

    cover: Cover
    first_page: FirstPage | None
    agreement: AgreementPart | None
    entries: tuple[EntryPart, ...]


def entry_part(entry: Entry, *, marked: bool = False) -> EntryPart:
    """One entry as the export lays it out."""
    return EntryPart(
        uuid=entry.uuid,
        day=entry.about,
        kind=entry.kind,
        kind_label=KIND_LABELS[entry.kind],
        title=entry.title.strip(),
        mood=entry.mood,
        feelings=tuple(
            (series_label(e.name), e.intensity)
            for e in sorted(entry.emotions, key=lambda e: -e.intensity)
        ),
        tags=tuple(entry.tags),
        body=entry.body.strip("\n"),
        answers=answers_of(entry),
        marked=marked,
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
        # reaches a renderer.
        if not entry.private and entry.uuid not in selection.excluded:
            parts.append(entry_part(entry, marked=entry.uuid in marked))
        if progress is not None:
            progress(done, total)
    return parts


def _period(selection: ExportSelection, entries: list[EntryPart]) -> tuple[date, date] | None:
    if not entries and (selection.since is None or selection.until is None):
        return None
    since = selection.since or entries[0].day
    until = selection.until or entries[-1].day
    return (since, until) if since <= until else (until, since)


def _bucket(since: date, until: date) -> str:
    days = (until - since).days + 1
    return "day" if days <= 62 else "week" if days <= 400 else "month"


def _events(events: list[KeyEvent], since: date, until: date, today: date) -> list[KeyEventLine]:
    chosen = [e for e in events if since <= e.on <= until]
    return [
        KeyEventLine(n, e.on, e.label, EVENT_LABELS[e.type], e.on > today)
        for n, e in enumerate(chosen, 1)
    ]


def _chart(
    journal: Journal, since: date, until: date, events: list[KeyEventLine]
) -> ChartData | None:
    bucket = _bucket(since, until)
    mood = journal.timeline.mood_series(since, until, bucket, include_private=False)
    averages = journal.timeline.emotion_average(list(EMOTIONS), since, until, include_private=False)
    rated = [name for name in EMOTIONS if averages.get(name, (0.0, 0))[1] > 0]
    top = sorted(rated, key=lambda name: -averages[name][1])[:MAX_CHART_EMOTIONS]
    by_emotion = journal.timeline.emotion_series(top, since, until, bucket, include_private=False)
    series = [ChartSeries(MOOD, series_label(MOOD), tuple(mood))] if mood else []
    series += [
        ChartSeries(name, series_label(name), tuple(by_emotion[name]))
        for name in top
        if by_emotion.get(name)
    ]
    if not series:
        return None
    return ChartData(since, until, bucket, tuple(series), tuple(events))


def _evaluations(
    journal: Journal, events: list[KeyEvent], since: date, until: date, today: date
) -> tuple[EvaluationPart, ...]:
    # Key events only: they are not entries, so evaluating around one can never name an
    # entry that was left out (a debrief's title, say). The most telling first (an
    # encounter before a test result, the latest of a kind first), and only those with
    # enough check-ins on both sides for at least one feeling.
    past = [e for e in events if since <= e.on <= min(until, today)]
    order = {kind: i for i, kind in enumerate(_EVALUATE_FIRST)}
    ranked = sorted(past, key=lambda e: (order[e.type], -e.on.toordinal()))
    parts = []
    for event in ranked[:MAX_TRIED]:
        anchor = Anchor(event.on, event.label, event.type.value, event.uuid)
        evaluation = journal.evaluation.evaluate(anchor, (SUMMARY_WINDOW,), include_private=False)
        [window] = evaluation.windows
        if all(s.change is None for s in window.series):
            continue
        mood = [s for s in window.series if s.name == MOOD]
        rated = [s for s in window.series if s.name != MOOD and (s.before.n or s.after.n)]
        rated.sort(key=lambda s: (s.change is None, -(s.before.n + s.after.n)))
        rows = tuple(
            EvaluationRow(series_label(s.name), s.before, s.after, s.change, s.direction)
            for s in mood + rated[:MAX_EVALUATED_EMOTIONS]
        )
        parts.append(EvaluationPart(event.label, event.on, window.days, rows))
        if len(parts) == MAX_EVALUATED:
            break
    return tuple(sorted(parts, key=lambda p: p.anchor_day))


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
        counts = tuple(KindCount(k, KIND_LABELS[k], by_kind[k]) for k in EntryKind if by_kind[k])
    period = _period(selection, entries)
    chart = evaluations = key_events = None
    if period is not None:
        since, until = period
        events = journal.events.list()
        lines = _events(events, since, until, today)
        if selection.summary or selection.chart:
            key_events = tuple(lines)
        if selection.chart:
            chart = _chart(journal, since, until, lines)
        if selection.evaluation:
            evaluations = _evaluations(journal, events, since, until, today)
    shown = (questions, counts, chart, key_events)
    if not evaluations and not any(part is not None and part != () for part in shown):
        return None  # nothing to say first: the report starts with what comes next
    return FirstPage(questions, counts, chart, evaluations, key_events)


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
        initials=selection.initials.strip(),
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
