"""A journal reached through a symbolic link: every change lands in the real file.

People keep the journal in a synced folder and point a link at it from the usual
place. The link is followed once, when the journal is opened; the lock, the -wal and
-shm, temporary files and the backups folder all sit beside the real file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.services import backups
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.vault import Vault, restore_file

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges there")

PASS, NEW = "correct horse battery staple", "a brand new passphrase"


@pytest.fixture
def real(tmp_path: Path) -> Path:
    """Where the journal really lives (a synced folder, say); not created yet."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder / "journal.hpj"


@pytest.fixture
def alias(tmp_path: Path, real: Path) -> Path:
    """A relative symbolic link to ``real`` from another folder."""
    home = tmp_path / "data"
    home.mkdir()
    link = home / "journal.hpj"
    link.symlink_to(os.path.relpath(real, home))
    return link


def titles(vault: Vault) -> set[str]:
    return {r[0] for r in vault.conn.execute("SELECT title FROM entries")}


def add(vault: Vault, title: str) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO entries (uuid, kind, title, body, about, created_at, updated_at) "
            "VALUES (?, 'free', ?, 'x', '2026-01-01', 'x', 'x')",
            (title, title),
        )


def test_create_through_a_dangling_link_creates_the_real_file(real: Path, alias: Path) -> None:
    with Vault.create(alias, PASS) as vault:
        assert vault.path == real.resolve()
        add(vault, "first")
    assert alias.is_symlink() and real.is_file()
    with Vault.open(real, PASS) as vault:
        assert titles(vault) == {"first"}


def test_open_through_a_link_locks_and_writes_beside_the_real_file(real: Path, alias: Path) -> None:
    Vault.create(real, PASS).close()
    with Vault.open(alias, PASS) as vault:
        assert vault.path == real.resolve()
        add(vault, "through the link")
        assert real.with_name(real.name + ".lock").exists()
        assert not alias.with_name(alias.name + ".lock").exists()
        assert real.with_name(real.name + "-wal").exists()
        # One journal, one lock, whichever name is used to reach it.
        with pytest.raises(errors.AlreadyOpen):
            Vault.open(real, PASS)
    assert sorted(p.name for p in alias.parent.iterdir()) == [alias.name]
    with Vault.open(real, PASS) as vault:
        assert titles(vault) == {"through the link"}


def test_change_passphrase_through_a_link_re_encrypts_the_real_file(
    real: Path, alias: Path
) -> None:
    with Vault.create(real, PASS) as vault:
        add(vault, "kept")
    with Vault.open(alias, PASS) as vault:
        vault.change_passphrase(NEW)
        add(vault, "after the change")
    assert alias.is_symlink()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(real, PASS)
    with Vault.open(real, NEW) as vault:
        assert titles(vault) == {"kept", "after the change"}
        assert vault.verify() == []
    assert sorted(p.name for p in alias.parent.iterdir()) == [alias.name]


def test_restore_through_a_link_replaces_the_real_file(real: Path, alias: Path) -> None:
    with Vault.create(real, PASS) as vault:
        add(vault, "in the backup")
        backup = backups.make_backup(vault)
        add(vault, "after the backup")
    kept = backups.restore_backup(alias, backup, PASS)
    assert alias.is_symlink()
    with Vault.open(real, PASS) as vault:
        assert titles(vault) == {"in the backup"}
    with Vault.open(kept, PASS) as vault:
        assert titles(vault) == {"in the backup", "after the backup"}
    restore_file(alias, kept, PASS, keep_current=None)
    assert alias.is_symlink()
    with Vault.open(real, PASS) as vault:
        assert titles(vault) == {"in the backup", "after the backup"}


def test_backups_live_beside_the_real_file(real: Path, alias: Path) -> None:
    Journal.create(real, PASS).close()
    with Journal.open(alias, PASS) as journal:  # the daily backup is due
        made = journal.last_open.backup
    assert made is not None and made.parent == backups.backup_dir_for(real)
    assert made.parent.parent == real.parent.resolve()
    assert backups.backup_dir_for(alias) == backups.backup_dir_for(real)
    assert [b.path for b in backups.list_backups(alias)] == [made]
    assert sorted(p.name for p in alias.parent.iterdir()) == [alias.name]
