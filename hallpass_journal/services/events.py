"""Key events as the app uses them: list, save and delete, each change announced.

The check-in schedule, the timeline and evaluate-over-time anchor on these events, so
every write publishes a change touching :attr:`Area.EVENTS` once it has committed.
"""

from __future__ import annotations

import builtins
import uuid as uuid_mod
from collections.abc import Iterable

from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.services.agreements import UnknownAgreement
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.agreements_repo import AgreementRepository
from hallpass_journal.storage.events_repo import KeyEventRepository
from hallpass_journal.storage.vault import Vault


class KeyEventService:
    """Record, change and remove the dated moments of the journal."""

    def __init__(self, vault: Vault, hub: ChangeHub) -> None:
        self._vault = vault
        self._hub = hub
        self._repo = KeyEventRepository(vault)
        self._agreements = AgreementRepository(vault)

    # -- reads -----------------------------------------------------------------------

    def get(self, event_uuid: uuid_mod.UUID) -> KeyEvent | None:
        """One event, or None."""
        return self._repo.get(event_uuid)

    def latest(self, type: EventType) -> KeyEvent | None:
        """The last event of ``type`` by day and time (a planned one may lie ahead)."""
        return self._repo.latest(type)

    def list(self, types: Iterable[EventType] | None = None) -> builtins.list[KeyEvent]:
        """Every event, or only those of ``types``, by day then time of day.

        An event without a time of day comes before the timed ones of its day.
        """
        return self._repo.list(None if types is None else builtins.list(types))

    # -- writes ----------------------------------------------------------------------

    def save(self, event: KeyEvent) -> Change:
        """Add an event, or replace the one with its UUID.

        The event is checked again as a whole (a ``model_copy(update=...)`` is not), and
        an agreement it names must exist (else :class:`UnknownAgreement`); nothing is
        written otherwise.
        """
        checked = KeyEvent.model_validate(event.model_dump())
        with self._vault.transaction():
            if (
                checked.agreement_uuid is not None
                and self._agreements.get(checked.agreement_uuid) is None
            ):
                raise UnknownAgreement(f"no agreement {checked.agreement_uuid}")
            self._repo.save(checked)
        return self._hub.publish(Change.of(Area.EVENTS, uuids=[checked.uuid]))

    def delete(self, event_uuid: uuid_mod.UUID) -> Change:
        """Remove an event; an empty change when there was none."""
        if not self._repo.delete(event_uuid):
            return Change()
        return self._hub.publish(Change.of(Area.EVENTS, uuids=[event_uuid]))
