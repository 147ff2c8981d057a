"""Check-in use cases: complete, dismiss and snooze, each atomic and announced.

Completing a check-in saves the entry that answers it and marks the check-in done in
one transaction: there is never a completed check-in without its entry, nor an answer
whose check-in still shows as due.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass
from datetime import datetime

from hallpass_journal.domain.checkins import CheckIn, CheckInNotOpen
from hallpass_journal.domain.entries import Entry, normalise_tags, utc_now
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.checkins_repo import CheckInRepository
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.vault import Vault


@dataclass(frozen=True)
class CheckInOutcome:
    """The check-in as it now stands, the entry that completed it (if any), the notice."""

    check_in: CheckIn
    entry: Entry | None
    change: Change


class CheckInService:
    """Plan, list and settle scheduled check-ins."""

    def __init__(self, vault: Vault, hub: ChangeHub) -> None:
        self._vault = vault
        self._hub = hub
        self._repo = CheckInRepository(vault)
        self._entries = EntryRepository(vault)

    # -- reads -----------------------------------------------------------------------

    def due(self, now: datetime, horizon: datetime | None = None) -> list[CheckIn]:
        """Open check-ins due before ``horizon`` (default: now), soonest first."""
        return self._repo.due(now, horizon)

    def all(self) -> list[CheckIn]:
        """Every check-in, by due time."""
        return self._repo.all()

    def get(self, check_in_uuid: uuid_mod.UUID) -> CheckIn | None:
        """One check-in, or None."""
        return self._repo.get(check_in_uuid)

    # -- writes ----------------------------------------------------------------------

    def save_all(self, check_ins: list[CheckIn]) -> Change:
        """Plan (or replace, by UUID) check-ins."""
        if not check_ins:
            return Change()
        self._repo.save_all(check_ins)
        return self._hub.publish(Change.of(Area.CHECK_INS, uuids=[c.uuid for c in check_ins]))

    def complete(
        self, check_in_uuid: uuid_mod.UUID, entry: Entry, *, at: datetime | None = None
    ) -> CheckInOutcome:
        """Save ``entry`` and mark the check-in completed by it, both or neither."""
        when = at or utc_now()
        with self._vault.transaction():
            self._open(check_in_uuid)
            saved = self._entries.save(
                entry.model_copy(update={"tags": normalise_tags(entry.tags), "updated_at": when})
            )
            self._repo.complete(check_in_uuid, saved.uuid, at=when)
        return self._done(check_in_uuid, saved, Area.ENTRIES)

    def dismiss(
        self, check_in_uuid: uuid_mod.UUID, *, at: datetime | None = None
    ) -> CheckInOutcome:
        """Set an open check-in aside without an entry; when (``at``, default now) is kept."""
        with self._vault.transaction():
            self._open(check_in_uuid)
            self._repo.dismiss(check_in_uuid, at=at or utc_now())
        return self._done(check_in_uuid, None)

    def snooze(
        self, check_in_uuid: uuid_mod.UUID, until: datetime, *, at: datetime | None = None
    ) -> CheckInOutcome:
        """Ask again at ``until``: the open check-in's due time moves there.

        When it was snoozed (``at``, default now) and how many times are kept, so a
        re-planned schedule can leave a snoozed check-in where the person put it.
        """
        with self._vault.transaction():
            self._open(check_in_uuid)
            self._repo.snooze(check_in_uuid, until, at=at or utc_now())
        return self._done(check_in_uuid, None)

    # -- internals -------------------------------------------------------------------

    def _open(self, check_in_uuid: uuid_mod.UUID) -> CheckIn:
        check_in = self._repo.get(check_in_uuid)
        if check_in is None or not check_in.is_open:
            raise CheckInNotOpen("This check-in is no longer open.")
        return check_in

    def _done(
        self, check_in_uuid: uuid_mod.UUID, entry: Entry | None, *also: Area
    ) -> CheckInOutcome:
        check_in = self._repo.get(check_in_uuid)
        assert check_in is not None  # it was there inside the transaction
        change = self._hub.publish(
            Change.of(Area.CHECK_INS, *also, uuids=[check_in_uuid, entry.uuid if entry else None])
        )
        return CheckInOutcome(check_in=check_in, entry=entry, change=change)
