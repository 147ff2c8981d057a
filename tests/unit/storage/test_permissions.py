"""Journal files are owner-only (0600) and the folders the app makes for them 0700,
whatever the umask; a journal found readable by others is tightened on unlock, once."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallpass_journal.domain.entries import Entry
from hallpass_journal.services.export_json import export_json
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.fsutil import backups_folder
from hallpass_journal.storage.vault import LOOSE_PERMISSIONS_NOTE, restore_file
from tests.conftest import PASSPHRASE


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def loose_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_a_new_journal_and_the_folders_made_for_it_are_owner_only(
    tmp_path: Path, loose_umask: int
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    path = shared / "made" / "for" / "journal.hpj"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.save_entry(Entry(title="a line"))
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and mode(wal) == 0o600  # SQLite gives -wal the file's mode
        lock = path.with_name(path.name + ".lock")
        assert mode(lock) == 0o600
    assert mode(path) == 0o600
    assert mode(shared / "made") == 0o700 and mode(shared / "made" / "for") == 0o700
    assert mode(shared) == 0o755  # a folder that was already there is not the app's


def test_backups_restores_passphrase_changes_and_exports_are_owner_only(
    journal: Journal, journal_path: Path, tmp_path: Path, loose_umask: int
) -> None:
    journal.save_entry(Entry(title="kept"))
    backup = journal.back_up_now()
    assert mode(backup) == 0o600
    assert mode(backups_folder(journal_path)) == 0o700

    out = tmp_path / "export.json"
    export_json(journal, out)
    assert mode(out) == 0o600

    journal.change_passphrase(PASSPHRASE, PASSPHRASE + " again")
    assert mode(journal_path) == 0o600
    journal.close()

    restore_file(journal_path, backup, PASSPHRASE, keep_current=tmp_path / "kept" / "old.hpj")
    assert mode(journal_path) == 0o600
    assert mode(tmp_path / "kept" / "old.hpj") == 0o600
    assert mode(tmp_path / "kept") == 0o700


def test_a_journal_readable_by_others_is_tightened_on_unlock_and_said_once(
    journal: Journal, journal_path: Path
) -> None:
    journal.back_up_now()
    journal.close()
    folder = backups_folder(journal_path)
    os.chmod(journal_path, 0o644)
    os.chmod(folder, 0o755)
    for backup in folder.iterdir():
        os.chmod(backup, 0o644)

    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as opened:
        assert LOOSE_PERMISSIONS_NOTE in opened.notes.take()
    assert mode(journal_path) == 0o600
    assert mode(folder) == 0o700
    assert {mode(b) for b in folder.iterdir()} == {0o600}

    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as again:
        assert LOOSE_PERMISSIONS_NOTE not in again.notes.take()


def test_a_journal_already_private_says_nothing(journal: Journal, journal_path: Path) -> None:
    journal.close()
    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as opened:
        assert opened.notes.take() == []
    assert mode(journal_path) == 0o600
