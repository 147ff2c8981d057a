"""Change notices: what a committed write changed, told once to whoever listens.

Every write a service makes returns (or carries) a :class:`Change` and publishes it on
the journal's :class:`ChangeHub` after it committed. The UI turns the hub into one Qt
signal, so a view refreshes itself when the part of the journal it shows changed,
instead of being refreshed by name. A bulk operation (import, demo data) runs inside
:meth:`ChangeHub.batch` and is announced once, merged, and only if it committed.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)


class Area(StrEnum):
    """A part of the journal a view may show."""

    ENTRIES = "entries"
    AGREEMENTS = "agreements"
    CHECK_INS = "check_ins"
    EVENTS = "events"
    SETTINGS = "settings"
    DRAFTS = "drafts"
    #: Entries marked for the next session, and the questions for it.
    SESSION = "session"


@dataclass(frozen=True)
class Change:
    """Which areas a write touched and the UUIDs of the items it wrote or deleted."""

    areas: frozenset[Area] = frozenset()
    uuids: frozenset[uuid_mod.UUID] = field(default=frozenset())

    @classmethod
    def of(cls, *areas: Area, uuids: Iterable[uuid_mod.UUID | None] = ()) -> Change:
        """A change of ``areas`` touching ``uuids`` (``None`` items are ignored)."""
        return cls(frozenset(areas), frozenset(u for u in uuids if u is not None))

    @classmethod
    def everything(cls) -> Change:
        """Anything may have changed (an import): every view reloads."""
        return cls(frozenset(Area))

    def touches(self, *areas: Area) -> bool:
        """Whether this change concerns any of ``areas``."""
        return not self.areas.isdisjoint(areas)

    def __or__(self, other: Change) -> Change:
        return Change(self.areas | other.areas, self.uuids | other.uuids)

    def __bool__(self) -> bool:
        return bool(self.areas)


Listener = Callable[[Change], None]


class ChangeHub:
    """Tells listeners about committed changes; thread-safe.

    Listeners are called on the thread that made the change (the UI's bridge queues
    them to the GUI thread). A listener that raises is logged and does not stop the
    others, nor undo a change that is already on disk.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._guard = threading.Lock()
        self._local = threading.local()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` for every change; returns a function that unsubscribes."""
        with self._guard:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._guard, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> Change:
        """Announce ``change`` now, or at the end of this thread's batch; returns it."""
        if not change:
            return change
        pending: list[Change] | None = getattr(self._local, "pending", None)
        if pending is not None:
            pending.append(change)
            return change
        with self._guard:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception as exc:  # noqa: BLE001 - one bad listener must not stop others
                log.error("a change listener failed: %s", type(exc).__name__)
        return change

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Collect this thread's changes and announce them once, merged, on success.

        Nothing is announced when the block raises: an all-or-nothing operation that
        rolled back changed nothing. Nested batches join the outer one.
        """
        if getattr(self._local, "pending", None) is not None:
            yield
            return
        self._local.pending = []
        try:
            yield
        except BaseException:
            self._local.pending = None
            raise
        collected: list[Change] = self._local.pending
        self._local.pending = None
        if collected:
            merged = collected[0]
            for change in collected[1:]:
                merged = merged | change
            self.publish(merged)
