"""The loaded stretch of the timeline, and how to read the pages on either side of it.

Entries are read in keyset pages (or search pages); key events are few and held in
memory, and an event joins the window only once every entry of its day is loaded, so it
always leads its day. Positions in the stream grow down the list (see
:func:`timeline_rows.position`). No Qt here: :class:`TimelineModel` turns what this reads
into rows and announces them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from enum import Enum

from hallpass_journal.domain.events import KeyEvent
from hallpass_journal.services.entries import EntryService
from hallpass_journal.services.events import KeyEventService
from hallpass_journal.ui.models.timeline_rows import (
    Item,
    TimelineQuery,
    event_matches,
    events_in_order,
    item_from_event,
    item_from_hit,
    item_from_summary,
    merge,
    position,
)

#: An id above every real one: a cursor ``(day, _PAST_ALL)`` splits the stream at a day.
_PAST_ALL = 2**62


class Place(Enum):
    """Where a fresh window starts (or a date, for a jump)."""

    START = "start"
    END = "end"


class TimelineWindow:
    """Items loaded so far (in stream order), with the cursors to read on from them."""

    def __init__(
        self,
        entries: EntryService,
        events: KeyEventService,
        page_size: int,
        type_label: Callable[[str], str],
    ) -> None:
        self._entries = entries
        self._event_source = events
        self._page_size = page_size
        self._type_label = type_label
        self.query = TimelineQuery()
        #: The order chosen; a search is always newest first (see :attr:`oldest_first`).
        self.prefer_oldest = False
        self.all_events: list[KeyEvent] = []
        self.events: list[Item] = []  # the matching ones, in stream order
        self.items: list[Item] = []
        # Events shown lie between these stream positions (inclusive).
        self._ev_top = -math.inf
        self._ev_bot = -math.inf
        self._top_cursor: tuple[str, int] | None = None
        self._bot_cursor: tuple[str, int] | None = None
        self.more_above = False
        self.more_below = False
        self._offset = 0  # search mode: hits read so far

    @property
    def searching(self) -> bool:
        """Whether entries come from a text search."""
        return bool(self.query.text)

    @property
    def oldest_first(self) -> bool:
        """The order in effect: the search reads newest first only."""
        return self.prefer_oldest and not self.searching

    def pos(self, item: Item) -> int:
        """Where ``item`` sits in the stream."""
        return position(item.day, self.oldest_first)

    # -- starting and reading ----------------------------------------------------------

    def start(self, place: Place | date) -> None:
        """Empty the window at ``place`` (reading the events again); no page is read yet."""
        self.all_events = self._event_source.list()
        self.events = events_in_order(
            [
                item_from_event(e)
                for e in self.all_events
                if event_matches(e, self.query, self._type_label(e.type.value))
            ],
            self.oldest_first,
        )
        self.items = []
        self._offset = 0
        self._top_cursor = self._bot_cursor = None
        if isinstance(place, date) and not self.searching:
            split = self.split(place)
            self._top_cursor = self._bot_cursor = (place.isoformat(), _PAST_ALL)
            self._ev_top, self._ev_bot = split, split - 1
            self.more_above = self.more_below = True
        elif place is Place.END and not self.searching:
            self._ev_top = self._ev_bot = math.inf
            self.more_above, self.more_below = True, False
        else:
            self._ev_top = self._ev_bot = -math.inf
            self.more_above, self.more_below = False, True

    def clear(self) -> None:
        """Forget everything (the journal is being locked)."""
        self.query = TimelineQuery()
        self.all_events, self.events, self.items = [], [], []
        self.more_above = self.more_below = False

    def read_below(self) -> list[Item]:
        """The next page down, with the events that now fall inside the window."""
        flt = self.query.filter
        if self.searching:
            hits = self._entries.search(
                self.query.text,
                flt,
                limit=self._page_size,
                offset=self._offset,
                newest_first=True,
            )
            self._offset += len(hits)
            entries = [item_from_hit(h) for h in hits]
        else:
            page = self._entries.page(
                flt,
                after=self._bot_cursor,
                limit=self._page_size,
                oldest_first=self.oldest_first,
            )
            if page:
                self._bot_cursor = page[-1].cursor
            entries = [item_from_summary(s) for s in page]
        self.more_below = len(entries) == self._page_size
        bottom = self.pos(entries[-1]) if self.more_below else math.inf
        events = [e for e in self.events if self._ev_bot < self.pos(e) <= bottom]
        self._ev_bot = max(self._ev_bot, bottom)
        return merge(entries, events, self.oldest_first)

    def read_above(self) -> list[Item]:
        """The page just above the window, with the events that now fall inside it."""
        page = self._entries.page(
            self.query.filter,
            after=self._top_cursor,
            limit=self._page_size,
            oldest_first=not self.oldest_first,
        )
        page.reverse()
        if page:
            self._top_cursor = page[0].cursor
        entries = [item_from_summary(s) for s in page]
        self.more_above = len(entries) == self._page_size
        # Events lead their day: those of the top entry's day wait, as more of that
        # day's entries may lie above.
        top = self.pos(entries[0]) + 1 if self.more_above else -math.inf
        events = [e for e in self.events if top <= self.pos(e) < self._ev_top]
        self._ev_top = min(self._ev_top, top)
        return merge(entries, events, self.oldest_first)

    # -- days ------------------------------------------------------------------------

    def split(self, day: date) -> int:
        """Where the stream splits for ``day``.

        Newest first, the rows of ``day`` and before lie below the split; oldest first,
        the rows after ``day`` do.
        """
        return position(day, self.oldest_first) + (1 if self.oldest_first else 0)

    def split_above(self, day: date) -> date:
        """The day to split at so that all of ``day`` lies below the split."""
        return day if not self.oldest_first else day - timedelta(days=1)

    def below_covered(self, split: int) -> bool:
        """Whether the rows just below ``split`` are loaded (or there are none)."""
        return not self.more_below or bool(self.items) and self.pos(self.items[-1]) >= split

    def above_covered(self, split: int) -> bool:
        """Whether the rows just above ``split`` are loaded (or there are none)."""
        return not self.more_above or bool(self.items) and self.pos(self.items[0]) < split

    def gap(self, day: date) -> float:
        """How many entries lie between the window and ``day`` (one count query)."""
        if not self.items:
            return math.inf
        split = self.split(day)
        edge = self.items[-1].day if not self.below_covered(split) else self.items[0].day
        first, last = sorted((edge, day))
        flt = self.query.filter
        since = max(first, flt.since) if flt.since else first
        until = min(last, flt.until) if flt.until else last
        if since > until:
            return 0
        return self._entries.count(replace(flt, since=since, until=until))

    def last_day_before(self, split: int) -> date | None:
        """The last loaded day above ``split``."""
        days = [i.day for i in self.items if self.pos(i) < split]
        return days[-1] if days else None

    def target(self, split: int) -> Item | None:
        """The item a jump to ``split`` lands on, among those loaded.

        Newest first: the first item below the split (the day, or the nearest before);
        oldest first: the first item of the last day above it. When there is none on
        that side, the nearest on the other.
        """
        if not self.items:
            return None
        if not self.oldest_first:
            return next((i for i in self.items if self.pos(i) >= split), self.items[-1])
        day = self.last_day_before(split)
        if day is None:
            return self.items[0]
        return next(i for i in self.items if i.day == day)
