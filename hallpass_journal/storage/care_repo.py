"""Queries for the care features: the support rule and the hurt partner's path.

Both are answered in SQL from indexes, so neither loads entries: the support rule
counts feelings check-ins per day range, the path looks up its latest step.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Collection
from datetime import date

from hallpass_journal.domain.schedule import PathStep
from hallpass_journal.domain.support import SupportTally
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.rows import day, parse_ts
from hallpass_journal.storage.vault import Vault


@translating
class CareRepository:
    """Read-only questions the care services ask the journal."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def support_tally(
        self, first: date, last: date, emotions: Collection[str], threshold: int
    ) -> SupportTally:
        """Feelings check-ins about days ``first``..``last`` (private ones included).

        Returns how many there are, and how many rate one of ``emotions`` at
        ``threshold`` or more.
        """
        names = sorted(emotions)
        marks = ",".join("?" * len(names))
        counted, distressed = self._vault.conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(EXISTS ("
            "    SELECT 1 FROM entry_emotions m WHERE m.entry_id = e.id"
            f"   AND m.emotion IN ({marks}) AND m.intensity >= ?"
            ")), 0) FROM entries e WHERE e.kind = ? AND e.about BETWEEN ? AND ?",
            (*names, threshold, EntryKind.FEELINGS.value, day(first), day(last)),
        ).fetchone()
        return SupportTally(int(counted), int(distressed))

    def latest_path_step(self, step: int) -> PathStep | None:
        """The newest entry of the hurt partner's path ``step`` (by its day), or None."""
        row = self._vault.conn.execute(
            "SELECT uuid, about, created_at FROM entries "
            "WHERE kind = ? AND json_extract(answers, '$.step') = ? "
            "ORDER BY about DESC, created_at DESC, id DESC LIMIT 1",
            (EntryKind.HURT_STEP.value, step),
        ).fetchone()
        if row is None:
            return None
        return PathStep(
            uuid=uuid_mod.UUID(row[0]), on=date.fromisoformat(row[1]), recorded_at=parse_ts(row[2])
        )
