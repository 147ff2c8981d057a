"""Agreements with numbered versions and a dated status history."""

from __future__ import annotations

import json
import uuid as uuid_mod
from datetime import datetime

from hallpass_journal.domain.agreements import (
    Agreement,
    AgreementStatus,
    AgreementTerms,
    AgreementVersion,
    StatusChange,
    check_transition,
)
from hallpass_journal.domain.entries import utc_now
from hallpass_journal.storage import connection as db
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.rows import parse_ts, ts
from hallpass_journal.storage.vault import Vault


def _days(days: list[int]) -> str:
    """Check-in days as compact JSON, the form of the column's default ``[14,30,91]``."""
    return json.dumps([int(d) for d in days], separators=(",", ":"))


@translating
class AgreementRepository:
    """Stores agreements; enforces the status lifecycle on every change."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, agreement: Agreement) -> Agreement:
        """Insert or replace a whole agreement (used by import and first save)."""
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO agreements (uuid, title, created_at, check_in_days) "
                "VALUES (?, ?, ?, ?) "
                "ON CONFLICT (uuid) DO UPDATE SET title = excluded.title, "
                "created_at = excluded.created_at, check_in_days = excluded.check_in_days",
                (
                    str(agreement.uuid),
                    agreement.title,
                    ts(agreement.created_at),
                    _days(agreement.check_in_days),
                ),
            )
            agreement_id = self._id(conn, agreement.uuid)
            conn.execute("DELETE FROM agreement_versions WHERE agreement_id = ?", (agreement_id,))
            conn.execute("DELETE FROM agreement_status WHERE agreement_id = ?", (agreement_id,))
            conn.executemany(
                "INSERT INTO agreement_versions (agreement_id, number, created_at, terms, "
                "change_note) VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        agreement_id,
                        v.number,
                        ts(v.created_at),
                        v.terms.model_dump_json(),
                        v.change_note,
                    )
                    for v in agreement.versions
                ],
            )
            conn.executemany(
                "INSERT INTO agreement_status (agreement_id, status, at, note) VALUES (?, ?, ?, ?)",
                [(agreement_id, h.status.value, ts(h.at), h.note) for h in agreement.history],
            )
        return agreement

    @staticmethod
    def _id(conn: db.Connection, agreement_uuid: uuid_mod.UUID) -> int:
        row = conn.execute(
            "SELECT id FROM agreements WHERE uuid = ?", (str(agreement_uuid),)
        ).fetchone()
        if row is None:
            raise KeyError(f"no agreement {agreement_uuid}")
        return int(row[0])

    def create(self, title: str, terms: AgreementTerms, at: datetime | None = None) -> Agreement:
        """Start a new draft agreement with version 1 (``at`` defaults to now)."""
        when = at or utc_now()
        agreement = Agreement(
            title=title,
            created_at=when,
            versions=[AgreementVersion(number=1, terms=terms, created_at=when)],
            history=[StatusChange(status=AgreementStatus.DRAFT, at=when)],
        )
        return self.save(agreement)

    def add_version(
        self,
        agreement_uuid: uuid_mod.UUID,
        terms: AgreementTerms,
        change_note: str = "",
        at: datetime | None = None,
    ) -> AgreementVersion:
        """Renegotiate: append a new numbered version; earlier ones stay as they were."""
        with self._vault.transaction() as conn:
            agreement_id = self._id(conn, agreement_uuid)
            (number,) = conn.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM agreement_versions "
                "WHERE agreement_id = ?",
                (agreement_id,),
            ).fetchone()
            version = AgreementVersion(
                number=number, terms=terms, change_note=change_note, created_at=at or utc_now()
            )
            conn.execute(
                "INSERT INTO agreement_versions (agreement_id, number, created_at, terms, "
                "change_note) VALUES (?, ?, ?, ?, ?)",
                (
                    agreement_id,
                    number,
                    ts(version.created_at),
                    terms.model_dump_json(),
                    change_note,
                ),
            )
        return version

    def set_check_in_days(self, agreement_uuid: uuid_mod.UUID, days: list[int]) -> None:
        """Store the "evaluate over time" days (checked by the caller); KeyError if none."""
        with self._vault.transaction() as conn:
            agreement_id = self._id(conn, agreement_uuid)
            conn.execute(
                "UPDATE agreements SET check_in_days = ? WHERE id = ?",
                (_days(days), agreement_id),
            )

    def change_status(
        self,
        agreement_uuid: uuid_mod.UUID,
        status: AgreementStatus,
        note: str = "",
        at: datetime | None = None,
    ) -> StatusChange:
        """Move to ``status`` if the lifecycle allows it, recording when and why."""
        with self._vault.transaction() as conn:
            agreement_id = self._id(conn, agreement_uuid)
            row = conn.execute(
                "SELECT status FROM agreement_status WHERE agreement_id = ? "
                "ORDER BY id DESC LIMIT 1",
                (agreement_id,),
            ).fetchone()
            current = AgreementStatus(row[0]) if row else AgreementStatus.DRAFT
            check_transition(current, status)
            change = StatusChange(status=status, at=at or utc_now(), note=note)
            conn.execute(
                "INSERT INTO agreement_status (agreement_id, status, at, note) VALUES (?, ?, ?, ?)",
                (agreement_id, status.value, ts(change.at), note),
            )
        return change

    def get(self, agreement_uuid: uuid_mod.UUID) -> Agreement | None:
        """Load one agreement with all versions and history."""
        conn = self._vault.conn
        row = conn.execute(
            "SELECT id, uuid, title, created_at, check_in_days FROM agreements WHERE uuid = ?",
            (str(agreement_uuid),),
        ).fetchone()
        if row is None:
            return None
        versions = [
            AgreementVersion(
                number=r[0],
                created_at=parse_ts(r[1]),
                terms=AgreementTerms.model_validate_json(r[2]),
                change_note=r[3],
            )
            for r in conn.execute(
                "SELECT number, created_at, terms, change_note FROM agreement_versions "
                "WHERE agreement_id = ? ORDER BY number",
                (row[0],),
            )
        ]
        history = [
            StatusChange(status=AgreementStatus(r[0]), at=parse_ts(r[1]), note=r[2])
            for r in conn.execute(
                "SELECT status, at, note FROM agreement_status WHERE agreement_id = ? ORDER BY id",
                (row[0],),
            )
        ]
        return Agreement(
            uuid=uuid_mod.UUID(row[1]),
            title=row[2],
            created_at=parse_ts(row[3]),
            check_in_days=json.loads(row[4]),
            versions=versions,
            history=history,
        )

    def list(self) -> list[Agreement]:
        """Every agreement, oldest first."""
        uuids = [r[0] for r in self._vault.conn.execute("SELECT uuid FROM agreements ORDER BY id")]
        return [a for u in uuids if (a := self.get(uuid_mod.UUID(u))) is not None]
