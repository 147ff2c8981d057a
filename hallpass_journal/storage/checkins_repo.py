"""Scheduled check-ins."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime
from typing import Any

from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.entries import utc_now
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.rows import parse_optional_ts, parse_ts, ts, uid
from hallpass_journal.storage.vault import Vault

_COLUMNS = (
    "uuid, kind, due_at, title, agreement_uuid, event_entry_uuid, completed_entry_uuid, "
    "completed_at, dismissed, dismissed_at, snoozed_at, snoozes"
)


def _row_to_check_in(r: tuple[Any, ...]) -> CheckIn:
    return CheckIn(
        uuid=uuid_mod.UUID(r[0]),
        kind=CheckInKind(r[1]),
        due_at=parse_ts(r[2]),
        title=r[3],
        agreement_uuid=uuid_mod.UUID(r[4]) if r[4] else None,
        event_entry_uuid=uuid_mod.UUID(r[5]) if r[5] else None,
        completed_entry_uuid=uuid_mod.UUID(r[6]) if r[6] else None,
        completed_at=parse_optional_ts(r[7]),
        dismissed=bool(r[8]),
        dismissed_at=parse_optional_ts(r[9]),
        snoozed_at=parse_optional_ts(r[10]),
        snoozes=r[11],
    )


def _optional_ts(value: datetime | None) -> str | None:
    return ts(value) if value is not None else None


@translating
class CheckInRepository:
    """Stores check-ins and answers "what is due?" from an index."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save_all(self, check_ins: list[CheckIn]) -> None:
        """Insert or update check-ins by UUID."""
        with self._vault.transaction() as conn:
            conn.executemany(
                f"INSERT INTO check_ins ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, "
                "due_at = excluded.due_at, title = excluded.title, "
                "agreement_uuid = excluded.agreement_uuid, "
                "event_entry_uuid = excluded.event_entry_uuid, "
                "completed_entry_uuid = excluded.completed_entry_uuid, "
                "completed_at = excluded.completed_at, dismissed = excluded.dismissed, "
                "dismissed_at = excluded.dismissed_at, snoozed_at = excluded.snoozed_at, "
                "snoozes = excluded.snoozes",
                [
                    (
                        str(c.uuid),
                        c.kind.value,
                        ts(c.due_at),
                        c.title,
                        uid(c.agreement_uuid),
                        uid(c.event_entry_uuid),
                        uid(c.completed_entry_uuid),
                        _optional_ts(c.completed_at),
                        int(c.dismissed),
                        _optional_ts(c.dismissed_at),
                        _optional_ts(c.snoozed_at),
                        c.snoozes,
                    )
                    for c in check_ins
                ],
            )

    def due(self, now: datetime, horizon: datetime | None = None) -> list[CheckIn]:
        """Open check-ins due before ``horizon`` (default: now), soonest first."""
        rows = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM check_ins WHERE completed_at IS NULL AND dismissed = 0 "
            "AND due_at <= ? ORDER BY due_at",
            (ts(horizon or now),),
        ).fetchall()
        return [_row_to_check_in(r) for r in rows]

    def all(self) -> list[CheckIn]:
        """Every check-in, by due time."""
        rows = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM check_ins ORDER BY due_at, id"
        ).fetchall()
        return [_row_to_check_in(r) for r in rows]

    def get(self, check_in_uuid: uuid_mod.UUID) -> CheckIn | None:
        """One check-in, or None."""
        row = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM check_ins WHERE uuid = ?", (str(check_in_uuid),)
        ).fetchone()
        return _row_to_check_in(row) if row else None

    def complete(
        self, check_in_uuid: uuid_mod.UUID, entry_uuid: uuid_mod.UUID, at: datetime | None = None
    ) -> bool:
        """Mark a check-in done by the entry that answered it; False if there is none."""
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "UPDATE check_ins SET completed_entry_uuid = ?, completed_at = ? WHERE uuid = ?",
                (str(entry_uuid), ts(at or utc_now()), str(check_in_uuid)),
            )
        return cur.rowcount > 0

    def dismiss(self, check_in_uuid: uuid_mod.UUID, at: datetime | None = None) -> bool:
        """Set a check-in aside without an entry, noting when; False if there is none."""
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "UPDATE check_ins SET dismissed = 1, dismissed_at = ? WHERE uuid = ?",
                (ts(at or utc_now()), str(check_in_uuid)),
            )
        return cur.rowcount > 0

    def snooze(
        self, check_in_uuid: uuid_mod.UUID, until: datetime, at: datetime | None = None
    ) -> bool:
        """Move an open check-in's due time to ``until``, noting when and counting it.

        False if there is no open check-in with that UUID.
        """
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "UPDATE check_ins SET due_at = ?, snoozed_at = ?, snoozes = snoozes + 1 "
                "WHERE uuid = ? AND completed_at IS NULL AND dismissed = 0",
                (ts(until), ts(at or utc_now()), str(check_in_uuid)),
            )
        return cur.rowcount > 0
