"""What lists and searches show: which entries (a filter), and the rows they get back.

Plain values, shared by storage (which fills them) and the UI (which shows them), so
the UI never needs to import storage.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass, field
from datetime import date, datetime

from hallpass_journal.domain.vocabulary import EntryKind

#: Search matches in titles and snippets are wrapped in these two control characters.
HL_START = "\x02"
HL_END = "\x03"
#: How much of a body a list row shows.
SNIPPET_CHARS = 160


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a list or search shows. Empty means no restriction."""

    kinds: frozenset[EntryKind] = frozenset()
    tag: str | None = None
    since: date | None = None
    until: date | None = None
    include_private: bool = True
    #: Only entries marked "bring to my next session".
    marked_only: bool = False


@dataclass(frozen=True)
class EntrySummary:
    """What a list row needs: no full body, no answers."""

    uuid: uuid_mod.UUID
    kind: EntryKind
    title: str
    about: date
    snippet: str
    private: bool
    updated_at: datetime
    #: Where the next page starts after this row (keyset pagination).
    cursor: tuple[str, int] = field(repr=False)
    #: Marked "bring to my next session".
    marked: bool = False


@dataclass(frozen=True)
class SearchHit:
    """A search result; ``title`` and ``snippet`` mark matches with HL_START/HL_END."""

    uuid: uuid_mod.UUID
    kind: EntryKind
    title: str
    about: date
    snippet: str
    private: bool
    #: Marked "bring to my next session".
    marked: bool = False
