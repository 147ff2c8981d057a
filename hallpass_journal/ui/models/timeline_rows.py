"""The timeline's rows as plain values: entries and key events in one stream, with headers.

Kept apart from the Qt model so the rules — which rows are key moments, where a day,
week or month begins, where an event sits among the entries of its day — read (and are
tested) on their own. Events lead their day in either order: on a day with a key event,
the event comes first, then that day's entries.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from hallpass_journal.domain.events import KeyEvent
from hallpass_journal.domain.listing import (
    HL_END,
    HL_START,
    SNIPPET_CHARS,
    EntryFilter,
    EntrySummary,
    SearchHit,
)
from hallpass_journal.domain.vocabulary import EntryKind


class Resolution(StrEnum):
    """How rows are grouped under headers."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class RowType(IntEnum):
    """What a row shows."""

    HEADER = 0
    ENTRY = 1
    EVENT = 2


#: Entries of these kinds are key moments: agreement versions and status changes (and
#: resume notes, which are agreement notes), pauses, debriefs and healing steps.
MARKER_KINDS: frozenset[EntryKind] = frozenset(
    {EntryKind.AGREEMENT, EntryKind.PAUSE, EntryKind.DEBRIEF, EntryKind.HURT_STEP}
)
#: The marker of a key event (entries' markers are their kind's value).
EVENT_MARKER = "event"
#: A snippet is the body's first characters with runs of spaces made one: one this
#: close to full length is the start of a longer text, and ends with "…".
_SPACES_SLACK = 4


def bucket_start(day: date, resolution: Resolution) -> date:
    """The first day of ``day``'s group: itself, its week's Monday, or its month's 1st."""
    if resolution is Resolution.WEEK:
        return day - timedelta(days=day.weekday())
    if resolution is Resolution.MONTH:
        return day.replace(day=1)
    return day


def strip_marks(text: str) -> str:
    """``text`` without search highlight markers."""
    return text.replace(HL_START, "").replace(HL_END, "")


@dataclass(frozen=True)
class Item:
    """An entry or a key event, as a row shows it."""

    type: RowType
    day: date
    uuid: uuid_mod.UUID
    #: The entry kind's value, or the event type's value.
    kind: str
    #: May hold search marks (entries found by a search).
    title: str
    snippet: str
    private: bool = False
    #: Keyset position of an entry read page by page; None for hits and events.
    cursor: tuple[str, int] | None = None
    #: ``EVENT_MARKER``, a key moment entry's kind value, or "" for other entries.
    marker: str = ""

    @property
    def plain_title(self) -> str:
        """The title without search marks."""
        return strip_marks(self.title)


@dataclass(frozen=True)
class Header:
    """The start of a day, week or month."""

    start: date
    resolution: Resolution


Row = Item | Header


def marker_of(kind: EntryKind) -> str:
    """The marker an entry of ``kind`` gets ("" when it is not a key moment)."""
    return kind.value if kind in MARKER_KINDS else ""


def item_from_summary(summary: EntrySummary) -> Item:
    """A row for an entry read in a keyset page."""
    snippet = summary.snippet
    if len(snippet) >= SNIPPET_CHARS - _SPACES_SLACK:  # the start of a longer text
        snippet = snippet.rstrip() + "…"
    return Item(
        type=RowType.ENTRY,
        day=summary.about,
        uuid=summary.uuid,
        kind=summary.kind.value,
        title=summary.title,
        snippet=snippet,
        private=summary.private,
        cursor=summary.cursor,
        marker=marker_of(summary.kind),
    )


def item_from_hit(hit: SearchHit) -> Item:
    """A row for an entry found by a search (title and snippet keep their marks)."""
    return Item(
        type=RowType.ENTRY,
        day=hit.about,
        uuid=hit.uuid,
        kind=hit.kind.value,
        title=hit.title,
        snippet=hit.snippet,
        private=hit.private,
        marker=marker_of(hit.kind),
    )


def item_from_event(event: KeyEvent) -> Item:
    """A row for a key event: its own title (or none: the view names its type), its note."""
    return Item(
        type=RowType.EVENT,
        day=event.on,
        uuid=event.uuid,
        kind=event.type.value,
        title=event.title,
        snippet=" ".join(event.note.split()),
        marker=EVENT_MARKER,
    )


@dataclass(frozen=True)
class TimelineQuery:
    """What the timeline shows: entries matching ``filter`` (and ``text``), and events."""

    filter: EntryFilter = EntryFilter()
    text: str = ""
    #: Key events are shown unless the filter asks for entries only (a kind, a tag).
    with_events: bool = True


def _words(text: str) -> list[str]:
    out: list[str] = []
    word: list[str] = []
    for ch in text.casefold():
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def event_matches(event: KeyEvent, query: TimelineQuery, type_label: str = "") -> bool:
    """Whether ``event`` is shown for ``query`` (date range, and every typed word).

    Events are few and not in the search index: their words are matched here, each as
    the start of a word of the title, the note or the type's name (``type_label``).
    """
    if not query.with_events:
        return False
    flt = query.filter
    if flt.since and event.on < flt.since or flt.until and event.on > flt.until:
        return False
    wanted = _words(query.text)
    if not wanted:
        return True
    have = _words(" ".join((event.title, event.note, type_label)))
    return all(any(h.startswith(w) for h in have) for w in wanted)


def position(day: date, oldest_first: bool) -> int:
    """Where ``day`` falls in the stream: larger is further down the list."""
    return day.toordinal() if oldest_first else -day.toordinal()


def events_in_order(events: Iterable[Item], oldest_first: bool) -> list[Item]:
    """Events in stream order (``KeyEventService.list`` gives them oldest first)."""
    ordered = list(events)
    return ordered if oldest_first else ordered[::-1]


def merge(entries: list[Item], events: list[Item], oldest_first: bool) -> list[Item]:
    """Entries and events (each in stream order) as one stream; events lead their day."""
    out: list[Item] = []
    i = j = 0
    while i < len(entries) or j < len(events):
        if j < len(events) and (
            i == len(entries)
            or position(events[j].day, oldest_first) <= position(entries[i].day, oldest_first)
        ):
            out.append(events[j])
            j += 1
        else:
            out.append(entries[i])
            i += 1
    return out


def with_headers(items: list[Item], resolution: Resolution, before: Item | None) -> list[Row]:
    """``items`` with a header wherever a group starts; ``before`` is the row above them."""
    rows: list[Row] = []
    current = bucket_start(before.day, resolution) if before is not None else None
    for item in items:
        start = bucket_start(item.day, resolution)
        if start != current:
            rows.append(Header(start, resolution))
            current = start
        rows.append(item)
    return rows
