"""Agreement use cases: each change and the journal entry recording it, in one commit.

Creating an agreement, renegotiating it (a new version), changing its status, calling
a pause and resuming each write the agreement and an entry that marks the moment in the
journal (so it appears in the timeline) in a single transaction: both or neither.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from hallpass_journal.domain.agreements import (
    CREATED_NOTE,
    MAX_CHECK_IN_DAYS,
    RESUMED_NOTE,
    STATUS_NOTES,
    VERSION_NOTE,
    Agreement,
    AgreementStatus,
    AgreementTerms,
    InvalidTransition,
    refusal_reason,
)
from hallpass_journal.domain.entries import AgreementNoteAnswers, Entry, PauseAnswers, utc_now
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.agreements_repo import AgreementRepository
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.vault import Vault


class UnknownAgreement(LookupError):
    """No agreement with that UUID in this journal."""


class InvalidCheckInDays(ValueError):
    """Check-in days that cannot be planned; the message says why, in plain words."""


#: How many "evaluate over time" check-ins one agreement may plan.
MAX_CHECK_INS_PLANNED = 12


def check_in_days_problem(days: list[int]) -> str | None:
    """Why ``days`` cannot be an agreement's stored check-in days, or None if they can.

    Stored days are whole numbers from 1 to :data:`MAX_CHECK_IN_DAYS`, in increasing
    order, each once, at most :data:`MAX_CHECK_INS_PLANNED` of them (none is fine).
    """
    if any(isinstance(d, bool) or not isinstance(d, int) for d in days):
        return "each check-in day must be a whole number of days"
    if any(not 1 <= d <= MAX_CHECK_IN_DAYS for d in days):
        return f"each check-in must be between 1 and {MAX_CHECK_IN_DAYS} days after the encounter"
    if len(days) > MAX_CHECK_INS_PLANNED:
        return f"at most {MAX_CHECK_INS_PLANNED} check-ins can be planned"
    if any(a >= b for a, b in zip(days, days[1:], strict=False)):
        return "the days must be in increasing order, each once"
    return None


def normalise_check_in_days(days: Iterable[int]) -> list[int]:
    """``days`` sorted with repeats dropped; :class:`InvalidCheckInDays` if unusable."""
    given = list(days)
    if any(isinstance(d, bool) or not isinstance(d, int) for d in given):
        raise InvalidCheckInDays("Each check-in day must be a whole number of days.")
    ordered = sorted(set(given))
    problem = check_in_days_problem(ordered)
    if problem is not None:
        raise InvalidCheckInDays(problem[0].upper() + problem[1:] + ".")
    return ordered


@dataclass(frozen=True)
class AgreementOutcome:
    """An agreement as it now stands, the entry that records the change, and the notice."""

    agreement: Agreement
    note: Entry
    change: Change


def _day_of(at: datetime) -> date:
    """The day a moment falls on where the person is."""
    return at.astimezone().date()


class AgreementService:
    """Create, renegotiate, change status, pause and resume agreements."""

    def __init__(self, vault: Vault, hub: ChangeHub) -> None:
        self._vault = vault
        self._hub = hub
        self._repo = AgreementRepository(vault)
        self._entries = EntryRepository(vault)

    # -- reads -----------------------------------------------------------------------

    def get(self, agreement_uuid: uuid_mod.UUID) -> Agreement | None:
        """One agreement with its versions and status history, or None."""
        return self._repo.get(agreement_uuid)

    def list(self) -> list[Agreement]:
        """Every agreement, oldest first."""
        return self._repo.list()

    # -- writes ----------------------------------------------------------------------

    def save(self, agreement: Agreement) -> Change:
        """Store a whole agreement as given (import); no note entry is written."""
        self._repo.save(agreement)
        return self._hub.publish(Change.of(Area.AGREEMENTS, uuids=[agreement.uuid]))

    def set_check_in_days(self, agreement_uuid: uuid_mod.UUID, days: Iterable[int]) -> Change:
        """Set when the "evaluate over time" check-ins fall, in days after the encounter.

        ``days`` are sorted and repeats dropped; a day outside 1 to
        :data:`MAX_CHECK_IN_DAYS`, or more than :data:`MAX_CHECK_INS_PLANNED` days, raises
        :class:`InvalidCheckInDays` and changes nothing. Returns the change (touching
        agreements), or an empty one when the days were already these.
        """
        wanted = normalise_check_in_days(days)
        with self._vault.transaction():
            agreement = self._existing(agreement_uuid)
            if agreement.check_in_days == wanted:
                return Change()
            self._repo.set_check_in_days(agreement_uuid, wanted)
        return self._hub.publish(Change.of(Area.AGREEMENTS, uuids=[agreement_uuid]))

    def create(
        self, title: str, terms: AgreementTerms, *, at: datetime | None = None
    ) -> AgreementOutcome:
        """Start a draft agreement (version 1) and note it in the journal."""
        when = at or utc_now()
        with self._vault.transaction():
            agreement = self._repo.create(title, terms, at=when)
            note = self._note(agreement, CREATED_NOTE, when, version=1)
        return self._done(agreement.uuid, note)

    def new_version(
        self,
        agreement_uuid: uuid_mod.UUID,
        terms: AgreementTerms,
        change_note: str = "",
        *,
        at: datetime | None = None,
    ) -> AgreementOutcome:
        """Renegotiate: a new numbered version; earlier versions stay as they were.

        Raises:
            InvalidTransition: the agreement has ended (ending is final); nothing is written.
        """
        when = at or utc_now()
        with self._vault.transaction():
            agreement = self._existing(agreement_uuid)
            if agreement.status is AgreementStatus.ENDED:
                raise InvalidTransition(
                    refusal_reason(AgreementStatus.ENDED, AgreementStatus.DRAFT)
                )
            version = self._repo.add_version(agreement_uuid, terms, change_note, at=when)
            note = self._note(
                agreement, VERSION_NOTE, when, version=version.number, body=change_note
            )
        return self._done(agreement_uuid, note)

    def change_status(
        self,
        agreement_uuid: uuid_mod.UUID,
        status: AgreementStatus,
        note: str = "",
        *,
        at: datetime | None = None,
    ) -> AgreementOutcome:
        """Move to ``status`` if the lifecycle allows it (else ``InvalidTransition``).

        A refused change writes nothing: neither the status nor its note entry.
        """
        when = at or utc_now()
        with self._vault.transaction():
            agreement = self._existing(agreement_uuid)
            self._repo.change_status(agreement_uuid, status, note, at=when)
            entry = self._note(agreement, STATUS_NOTES[status], when, status=status, body=note)
        return self._done(agreement_uuid, entry)

    def pause(
        self,
        agreement_uuid: uuid_mod.UUID,
        reason: str = "",
        what_i_need: str = "",
        *,
        at: datetime | None = None,
    ) -> AgreementOutcome:
        """Call a pause on an active agreement, recorded as a pause entry."""
        when = at or utc_now()
        with self._vault.transaction():
            agreement = self._existing(agreement_uuid)
            self._repo.change_status(agreement_uuid, AgreementStatus.PAUSED, reason, at=when)
            entry = Entry.new(
                EntryKind.PAUSE,
                title=STATUS_NOTES[AgreementStatus.PAUSED].format(title=agreement.title),
                about=_day_of(when),
                created_at=when,
                updated_at=when,
                answers=PauseAnswers(
                    agreement_uuid=agreement_uuid, reason=reason, what_i_need=what_i_need
                ),
            )
            self._entries.save(entry)
        return self._done(agreement_uuid, entry)

    def resume(
        self, agreement_uuid: uuid_mod.UUID, note: str = "", *, at: datetime | None = None
    ) -> AgreementOutcome:
        """Make a paused agreement active again, and note it."""
        when = at or utc_now()
        with self._vault.transaction():
            agreement = self._existing(agreement_uuid)
            self._repo.change_status(agreement_uuid, AgreementStatus.ACTIVE, note, at=when)
            entry = self._note(
                agreement, RESUMED_NOTE, when, status=AgreementStatus.ACTIVE, body=note
            )
        return self._done(agreement_uuid, entry)

    # -- internals -------------------------------------------------------------------

    def _existing(self, agreement_uuid: uuid_mod.UUID) -> Agreement:
        agreement = self._repo.get(agreement_uuid)
        if agreement is None:
            raise UnknownAgreement(f"no agreement {agreement_uuid}")
        return agreement

    def _note(
        self,
        agreement: Agreement,
        title: str,
        at: datetime,
        *,
        version: int | None = None,
        status: AgreementStatus | None = None,
        body: str = "",
    ) -> Entry:
        """Write the agreement-note entry that marks this moment in the journal."""
        entry = Entry.new(
            EntryKind.AGREEMENT,
            title=title.format(title=agreement.title, number=version),
            body=body,
            about=_day_of(at),
            created_at=at,
            updated_at=at,
            answers=AgreementNoteAnswers(
                agreement_uuid=agreement.uuid,
                version=version,
                status=status.value if status else "",
            ),
        )
        return self._entries.save(entry)

    def _done(self, agreement_uuid: uuid_mod.UUID, note: Entry) -> AgreementOutcome:
        agreement = self._existing(agreement_uuid)
        change = self._hub.publish(
            Change.of(Area.AGREEMENTS, Area.ENTRIES, uuids=[agreement_uuid, note.uuid])
        )
        return AgreementOutcome(agreement=agreement, note=note, change=change)
