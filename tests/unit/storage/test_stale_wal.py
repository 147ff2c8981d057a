"""A -wal left by a crash is applied only to the file it belongs to.

After a crash the journal's last commits may still sit in ``journal.hpj-wal``. If the
person then copies an older backup over ``journal.hpj`` by hand, replaying that WAL
into the backup would mix pages of two different files: a damaged journal. Before the
journal is opened, a leftover WAL is tried on a private copy; one that does not fit is
set aside (kept, never deleted) and the person is told.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.storage.vault import Vault

PASS, NEW = "correct horse battery staple", "a brand new passphrase"


def add(vault: Vault, *titles: str) -> None:
    with vault.transaction() as conn:
        for title in titles:
            conn.execute(
                "INSERT INTO entries (uuid, kind, title, body, about, created_at, updated_at) "
                "VALUES (?, 'free', ?, ?, '2026-01-01', 'x', 'x')",
                (title, title, f"{title} " + "words " * 300),
            )


def titles(vault: Vault) -> set[str]:
    return {r[0] for r in vault.conn.execute("SELECT title FROM entries")}


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def crash(vault: Vault) -> bytes:
    """Close ``vault`` but leave its -wal as a SIGKILL would: full of committed frames."""
    wal = wal_of(vault.path)
    frames = wal.read_bytes()
    assert len(frames) > 32, "nothing committed since the last checkpoint"
    vault.close()
    wal.write_bytes(frames)
    wal.chmod(0o600)  # as SQLite leaves it: the mode of the journal file
    return frames


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def backup_then_crash(journal_path: Path) -> tuple[Path, bytes]:
    """A journal with a backup, more work checkpointed after it, then a crash."""
    backup = journal_path.with_name("backup.hpj")
    with Vault.create(journal_path, PASS) as vault:
        add(vault, *(f"old {i}" for i in range(20)))
        vault.copy_to(backup)
        add(vault, *(f"checkpointed {i}" for i in range(20)))
        vault.checkpoint()
        add(vault, *(f"in the wal {i}" for i in range(10)))
        frames = crash(vault)
    return backup, frames


def test_manual_restore_over_a_stale_wal_sets_it_aside(
    journal_path: Path, backup_then_crash: tuple[Path, bytes]
) -> None:
    backup, frames = backup_then_crash
    shutil.copyfile(backup, journal_path)  # the person restores by hand
    with Vault.open(journal_path, PASS) as vault:
        assert titles(vault) == {f"old {i}" for i in range(20)}
        assert vault.verify() == []
        [note] = vault.notes
    aside = journal_path.with_name(journal_path.name + "-wal.orphaned-1")
    assert aside.read_bytes() == frames  # kept, byte for byte
    assert aside.name in note and "journal.hpj-wal" in note
    with Vault.open(journal_path, PASS) as vault:  # said once: nothing left to set aside
        assert vault.notes == []
        assert vault.verify() == []


def test_wrong_passphrase_with_a_leftover_wal_changes_nothing(
    journal_path: Path, backup_then_crash: tuple[Path, bytes]
) -> None:
    for main in (journal_path, backup_then_crash[0]):  # its own WAL, then someone else's
        shutil.copyfile(main, journal_path.with_name("main.tmp"))
        shutil.move(journal_path.with_name("main.tmp"), journal_path)
        before = snapshot(journal_path.parent)
        with pytest.raises(errors.WrongPassphrase):
            Vault.open(journal_path, "not the passphrase")
        assert snapshot(journal_path.parent) == before


def test_a_wal_left_by_a_crash_is_applied(journal_path: Path) -> None:
    with Vault.create(journal_path, PASS) as vault:
        add(vault, "checkpointed")
        vault.checkpoint()
        add(vault, "only in the wal")
        crash(vault)
    with Vault.open(journal_path, PASS) as vault:
        assert titles(vault) == {"checkpointed", "only in the wal"}
        assert vault.notes == []
        assert vault.verify() == []
    assert not list(journal_path.parent.glob("*orphaned*"))


def test_a_wal_that_fits_a_copy_of_its_base_is_applied(journal_path: Path) -> None:
    """A backup taken right at unlock is the WAL's starting point: replaying it is right."""
    backup = journal_path.with_name("backup.hpj")
    with Vault.create(journal_path, PASS) as vault:
        add(vault, "before")
        vault.checkpoint()
        vault.copy_to(backup)
        add(vault, "after")
        crash(vault)
    shutil.copyfile(backup, journal_path)
    with Vault.open(journal_path, PASS) as vault:
        assert titles(vault) == {"before", "after"}
        assert vault.notes == []
        assert vault.verify() == []


def test_a_wal_under_another_key_is_set_aside(journal_path: Path) -> None:
    """The backup predates a passphrase change; the WAL was written under the new key."""
    backup = journal_path.with_name("backup.hpj")
    with Vault.create(journal_path, PASS) as vault:
        add(vault, "old")
        vault.copy_to(backup)
        vault.change_passphrase(NEW)
        add(vault, *(f"new {i}" for i in range(5)))
        crash(vault)
    shutil.copyfile(backup, journal_path)
    before = snapshot(journal_path.parent)
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(journal_path, NEW)  # the backup does not open with the new one
    assert snapshot(journal_path.parent) == before
    with Vault.open(journal_path, PASS) as vault:
        assert titles(vault) == {"old"}
        assert vault.verify() == []
        assert len(vault.notes) == 1
    assert journal_path.with_name(journal_path.name + "-wal.orphaned-1").exists()
