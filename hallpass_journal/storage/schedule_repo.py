"""The one write the schedule needs beyond saving check-ins: withdrawing open ones."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Collection

from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.vault import Vault


@translating
class ScheduleRepository:
    """Removes planned check-ins that nobody answered and nothing implies any more."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def withdraw(self, check_in_uuids: Collection[uuid_mod.UUID]) -> int:
        """Delete these check-ins if they are still open; return how many went.

        Completed and dismissed check-ins are history and are never deleted here.
        """
        if not check_in_uuids:
            return 0
        with self._vault.transaction() as conn:
            cur = conn.executemany(
                "DELETE FROM check_ins WHERE uuid = ? AND completed_at IS NULL AND dismissed = 0",
                [(str(u),) for u in check_in_uuids],
            )
        return int(cur.rowcount)
