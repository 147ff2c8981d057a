"""Agreement use cases: each change and its journal entry commit together, announced once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms, InvalidTransition
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.agreements import InvalidCheckInDays, UnknownAgreement
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

AT = datetime(2026, 3, 1, 18, 30, tzinfo=UTC)


def notices(journal: Journal) -> list[Change]:
    seen: list[Change] = []
    journal.subscribe(seen.append)
    return seen


def kinds(journal: Journal) -> list[EntryKind]:
    return [s.kind for s in reversed(journal.entries.page())]


def test_the_lifecycle_writes_a_note_entry_for_each_step(journal: Journal) -> None:
    seen = notices(journal)
    svc = journal.agreements
    created = svc.create("Our agreement", AgreementTerms(intention="curiosity"), at=AT)
    uid = created.agreement.uuid
    assert created.agreement.created_at == AT
    assert created.note.answers.agreement_uuid == uid  # type: ignore[union-attr]
    svc.new_version(uid, AgreementTerms(intention="curiosity, slowly"), "slower", at=AT)
    svc.change_status(uid, AgreementStatus.AGREED, "we both said yes", at=AT)
    svc.change_status(uid, AgreementStatus.ACTIVE, at=AT)
    paused = svc.pause(uid, "I felt rushed", "a quiet evening", at=AT)
    resumed = svc.resume(uid, "we talked it through", at=AT)

    assert paused.note.kind is EntryKind.PAUSE
    assert paused.note.answers.reason == "I felt rushed"  # type: ignore[union-attr]
    agreement = resumed.agreement
    assert [v.number for v in agreement.versions] == [1, 2]
    assert [h.status for h in agreement.history] == [
        AgreementStatus.DRAFT,
        AgreementStatus.AGREED,
        AgreementStatus.ACTIVE,
        AgreementStatus.PAUSED,
        AgreementStatus.ACTIVE,
    ]
    assert kinds(journal) == [EntryKind.AGREEMENT] * 4 + [EntryKind.PAUSE, EntryKind.AGREEMENT]
    assert len(seen) == 6  # one notice per use case, not one per row written
    assert all(c.touches(Area.AGREEMENTS) and c.touches(Area.ENTRIES) for c in seen)
    assert seen[-1].uuids == {uid, resumed.note.uuid}


def test_a_refused_change_writes_neither_status_nor_note(journal_path: Path) -> None:
    with Journal.create(journal_path, PASSPHRASE) as journal:
        uid = journal.agreements.create("Ours", AgreementTerms()).agreement.uuid
        before = journal.entries.count()
        seen = notices(journal)
        with pytest.raises(InvalidTransition):
            journal.agreements.pause(uid, "not active yet")  # draft -> paused is not allowed
        with pytest.raises(InvalidTransition):
            journal.agreements.change_status(uid, AgreementStatus.ACTIVE)  # draft -> active
        assert seen == []
    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as journal:
        agreement = journal.agreements.get(uid)
        assert agreement is not None and agreement.status is AgreementStatus.DRAFT
        assert journal.entries.count() == before
        assert journal.entries.count(EntryFilter(kinds=frozenset({EntryKind.PAUSE}))) == 0


def test_an_ended_agreement_stays_ended(journal: Journal) -> None:
    uid = journal.agreements.create("Ours", AgreementTerms()).agreement.uuid
    journal.agreements.change_status(uid, AgreementStatus.ENDED, "we decided not to")
    with pytest.raises(InvalidTransition):
        journal.agreements.change_status(uid, AgreementStatus.DRAFT)
    agreement = journal.agreements.get(uid)
    assert agreement is not None and agreement.status is AgreementStatus.ENDED


def test_an_ended_agreement_gets_no_new_version(journal: Journal) -> None:
    uid = journal.agreements.create("Ours", AgreementTerms(intention="curiosity")).agreement.uuid
    journal.agreements.change_status(uid, AgreementStatus.ENDED, "we decided not to")
    before = journal.entries.count()
    seen = notices(journal)
    with pytest.raises(InvalidTransition, match="An ended agreement stays ended"):
        journal.agreements.new_version(uid, AgreementTerms(intention="again?"), "one more try")
    agreement = journal.agreements.get(uid)
    assert agreement is not None
    assert [v.number for v in agreement.versions] == [1]
    assert agreement.status is AgreementStatus.ENDED
    assert journal.entries.count() == before
    assert seen == []


def test_check_in_days_are_tidied_stored_and_announced(journal: Journal) -> None:
    uid = journal.agreements.create("Our agreement", AgreementTerms(), at=AT).agreement.uuid
    entries = journal.entries.count()
    seen = notices(journal)
    change = journal.agreements.set_check_in_days(uid, [91, 7, 30, 7])
    assert change == Change.of(Area.AGREEMENTS, uuids=[uid]) and seen == [change]
    assert journal.agreements.get(uid).check_in_days == [7, 30, 91]  # type: ignore[union-attr]
    # The same days again change nothing and tell no one; no note entry either way.
    assert not journal.agreements.set_check_in_days(uid, (30, 91, 7))
    assert seen == [change] and journal.entries.count() == entries
    journal.agreements.set_check_in_days(uid, range(1, 13))
    journal.close()
    with Journal.open(journal.path, PASSPHRASE, auto_backup=False) as again:
        assert again.agreements.get(uid).check_in_days == list(range(1, 13))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("days", "says"),
    [
        ([0, 14], "between 1 and 3650"),
        ([14, 3651], "between 1 and 3650"),
        ([-5], "between 1 and 3650"),
        (list(range(1, 14)), "most 12 check-ins"),
        ([14, True], "whole number"),
        ([14, 2.5], "whole number"),
    ],
)
def test_check_in_days_that_cannot_be_planned_change_nothing(
    journal: Journal, days: list[int], says: str
) -> None:
    uid = journal.agreements.create("Our agreement", AgreementTerms(), at=AT).agreement.uuid
    seen = notices(journal)
    with pytest.raises(InvalidCheckInDays, match=says):
        journal.agreements.set_check_in_days(uid, days)
    assert journal.agreements.get(uid).check_in_days == [14, 30, 91]  # type: ignore[union-attr]
    assert seen == []


def test_check_in_days_of_an_unknown_agreement(journal: Journal) -> None:
    with pytest.raises(UnknownAgreement):
        journal.agreements.set_check_in_days(uuid.uuid4(), [14])
