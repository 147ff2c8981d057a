"""A journal file the computer will not let us read gets its own message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.storage.vault import Vault
from tests.namespaces import AS_ORDINARY_USER, rerun_in_namespace

PASS = "correct horse battery staple"


def test_permission_denied_is_its_own_message(
    request: pytest.FixtureRequest, journal_path: Path
) -> None:
    if os.geteuid() == 0:
        rerun_in_namespace(
            request, journal_path.parent, AS_ORDINARY_USER, not_tested="unreadable file"
        )
        return
    Vault.create(journal_path, PASS).close()
    journal_path.chmod(0)
    try:
        with pytest.raises(errors.UnreadableJournal) as caught:
            Vault.open(journal_path, PASS)
    finally:
        journal_path.chmod(0o600)
    assert "cannot be read" in caught.value.text
    assert sorted(p.name for p in journal_path.parent.iterdir()) == [journal_path.name]


def test_a_link_that_goes_round_in_circles_is_unreadable(tmp_path: Path) -> None:
    loop = tmp_path / "journal.hpj"
    loop.symlink_to(loop.name)
    with pytest.raises(errors.UnreadableJournal):
        Vault.open(loop, PASS)
    assert [p.name for p in tmp_path.iterdir()] == [loop.name]
