"""Agreements in storage: the status lifecycle is enforced where history is written."""

from __future__ import annotations

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
