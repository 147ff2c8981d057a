"""Key events: the dated moments a couple plans around (journal content, encrypted)."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Collection
from datetime import date, time
from typing import Any

from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.rows import day, parse_ts, ts, uid
from hallpass_journal.storage.vault import Vault

_COLUMNS = "uuid, type, on_day, time_of_day, title, note, agreement_uuid, created_at"
# By day, then time (a whole-day event, NULL, comes first), then the order they were saved.
_ORDER = "ORDER BY on_day, time_of_day, id"


def _row_to_event(r: tuple[Any, ...]) -> KeyEvent:
    return KeyEvent(
        uuid=uuid_mod.UUID(r[0]),
        type=EventType(r[1]),
        on=date.fromisoformat(r[2]),
        time=time.fromisoformat(r[3]) if r[3] is not None else None,
        title=r[4],
        note=r[5],
        agreement_uuid=uuid_mod.UUID(r[6]) if r[6] else None,
        created_at=parse_ts(r[7]),
    )


@translating
class KeyEventRepository:
    """Stores key events by UUID and lists them in the order they happen."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, event: KeyEvent) -> KeyEvent:
        """Insert an event, or replace the one with the same UUID (its row id is kept)."""
        with self._vault.transaction() as conn:
            conn.execute(
                f"INSERT INTO key_events ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (uuid) DO UPDATE SET type = excluded.type, "
                "on_day = excluded.on_day, time_of_day = excluded.time_of_day, "
                "title = excluded.title, note = excluded.note, "
                "agreement_uuid = excluded.agreement_uuid, created_at = excluded.created_at",
                (
                    str(event.uuid),
                    event.type.value,
                    day(event.on),
                    event.time.isoformat() if event.time is not None else None,
                    event.title,
                    event.note,
                    uid(event.agreement_uuid),
                    ts(event.created_at),
                ),
            )
        return event

    def get(self, event_uuid: uuid_mod.UUID) -> KeyEvent | None:
        """One event, or None."""
        row = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM key_events WHERE uuid = ?", (str(event_uuid),)
        ).fetchone()
        return _row_to_event(row) if row else None

    def list(self, types: Collection[EventType] | None = None) -> list[KeyEvent]:
        """Every event (or those of ``types``), by day, then time of day."""
        if types is None:
            rows = self._vault.conn.execute(f"SELECT {_COLUMNS} FROM key_events {_ORDER}")
        else:
            values = sorted({EventType(t).value for t in types})
            marks = ", ".join("?" * len(values))
            rows = self._vault.conn.execute(
                f"SELECT {_COLUMNS} FROM key_events WHERE type IN ({marks}) {_ORDER}", values
            )
        return [_row_to_event(r) for r in rows.fetchall()]

    def latest(self, event_type: EventType) -> KeyEvent | None:
        """The last event of ``event_type`` in that order (it may lie ahead), or None."""
        row = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM key_events WHERE type = ? "
            "ORDER BY on_day DESC, time_of_day DESC, id DESC LIMIT 1",
            (EventType(event_type).value,),
        ).fetchone()
        return _row_to_event(row) if row else None

    def delete(self, event_uuid: uuid_mod.UUID) -> bool:
        """Delete an event; False if there is none."""
        with self._vault.transaction() as conn:
            cur = conn.execute("DELETE FROM key_events WHERE uuid = ?", (str(event_uuid),))
        return cur.rowcount > 0
