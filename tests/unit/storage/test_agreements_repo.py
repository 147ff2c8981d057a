"""Agreements in storage: the status lifecycle is enforced where history is written."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallpass_journal.domain.agreements import (
    AgreementStatus,
    AgreementTerms,
    InvalidTransition,
)
from hallpass_journal.storage.agreements_repo import AgreementRepository
from hallpass_journal.storage.vault import Vault

PASS = "correct horse battery staple"


@pytest.fixture
def vault(journal_path: Path) -> Iterator[Vault]:
    with Vault.create(journal_path, PASS) as vault:
        yield vault


def test_allowed_changes_are_recorded_in_order(journal_path: Path, vault: Vault) -> None:
    repo = AgreementRepository(vault)
    agreement = repo.create("Sample agreement", AgreementTerms(intention="Sample."))
    for status in (AgreementStatus.AGREED, AgreementStatus.ACTIVE, AgreementStatus.ENDED):
        repo.change_status(agreement.uuid, status, note=f"to {status.value}")
    vault.close()
    with Vault.open(journal_path, PASS) as again:
        stored = AgreementRepository(again).get(agreement.uuid)
    assert stored is not None
    assert [(h.status, h.note) for h in stored.history] == [
        (AgreementStatus.DRAFT, ""),
        (AgreementStatus.AGREED, "to agreed"),
        (AgreementStatus.ACTIVE, "to active"),
        (AgreementStatus.ENDED, "to ended"),
    ]


def test_ended_to_active_is_refused_and_records_nothing(journal_path: Path, vault: Vault) -> None:
    repo = AgreementRepository(vault)
    agreement = repo.create("Sample agreement", AgreementTerms(intention="Sample."))
    repo.change_status(agreement.uuid, AgreementStatus.ENDED, note="we stopped")
    before = repo.get(agreement.uuid)
    assert before is not None and before.status is AgreementStatus.ENDED

    with pytest.raises(InvalidTransition, match="ended to active"):
        repo.change_status(agreement.uuid, AgreementStatus.ACTIVE, note="let us try again")

    assert repo.get(agreement.uuid) == before
    assert not vault.conn.in_transaction  # nothing left half-written
    vault.close()
    with Vault.open(journal_path, PASS) as again:
        assert AgreementRepository(again).get(agreement.uuid) == before
        rows = again.conn.execute("SELECT status FROM agreement_status ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["draft", "ended"]


def test_check_in_days_round_trip_and_change_alone(journal_path: Path, vault: Vault) -> None:
    repo = AgreementRepository(vault)
    agreement = repo.create("Sample agreement", AgreementTerms(intention="Sample."))
    assert agreement.check_in_days == [14, 30, 91]
    repo.set_check_in_days(agreement.uuid, [3, 60, 365])
    with pytest.raises(KeyError):
        repo.set_check_in_days(uuid.uuid4(), [1])
    vault.close()
    with Vault.open(journal_path, PASS) as again:
        stored = AgreementRepository(again).get(agreement.uuid)
        (text,) = again.conn.execute("SELECT check_in_days FROM agreements").fetchone()
    assert stored == agreement.model_copy(update={"check_in_days": [3, 60, 365]})
    assert text == "[3,60,365]"  # the same compact form as the column's default


def test_a_whole_agreement_keeps_its_check_in_days(vault: Vault) -> None:
    repo = AgreementRepository(vault)
    agreement = repo.create("Sample agreement", AgreementTerms(intention="Sample."))
    repo.save(agreement.model_copy(update={"check_in_days": []}))
    assert repo.get(agreement.uuid).check_in_days == []  # type: ignore[union-attr]
