"""Failures in the middle of things: stale side files, I/O errors, late damage, backups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services import backups
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.connection import PAGE_SIZE

PASS = "correct horse battery staple"


def test_creating_over_a_stale_wal_keeps_it_aside_and_works(journal_path: Path) -> None:
    with Journal.create(journal_path, "old passphrase") as old:
        old.save_entry(Entry.new(EntryKind.FREE, title="gone"))
        old.vault.checkpoint()
        old.save_entry(Entry.new(EntryKind.FREE, title="only in the wal"))
        wal = journal_path.with_name(journal_path.name + "-wal")
        stale = wal.read_bytes()
    journal_path.unlink()
    wal.write_bytes(stale)  # the journal was moved away after a crash; its -wal stayed
    with Journal.create(journal_path, PASS) as fresh:
        fresh.save_entry(Entry.new(EntryKind.FREE, title="new"))
        assert fresh.vault.verify() == []
    with Journal.open(journal_path, PASS, auto_backup=False) as again:
        assert [s.title for s in again.entries.page()] == ["new"]
    aside = journal_path.with_name(journal_path.name + "-wal.orphaned-1")
    assert aside.read_bytes() == stale  # kept, not destroyed


def test_io_error_during_save_is_reported_and_the_next_save_works(
    journal: Journal, file_size_limit: Callable[[int | None], None]
) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="before"))
    file_size_limit(2 * 1024 * 1024)
    with pytest.raises(errors.DiskProblem):
        journal.save_entry(Entry.new(EntryKind.FREE, title="big", body="words " * 1_000_000))
    file_size_limit(None)
    assert not journal.vault.conn.in_transaction
    journal.save_entry(Entry.new(EntryKind.FREE, title="after"))
    assert {s.title for s in journal.entries.page()} == {"before", "after"}
    assert journal.vault.verify() == []


def test_daily_backup_failure_never_blocks_unlock(journal_path: Path) -> None:
    Journal.create(journal_path, PASS).close()
    backups.backup_dir_for(journal_path).write_text("a file where the folder should be")
    with Journal.open(journal_path, PASS) as journal:
        assert journal.last_open.backup is None
        assert journal.last_open.backup_problem
        journal.save_entry(Entry.new(EntryKind.FREE, title="still usable"))


def test_damage_found_after_unlock_is_a_clear_error(journal_path: Path) -> None:
    with Journal.create(journal_path, PASS) as journal:
        for i in range(40):
            journal.save_entry(Entry.new(EntryKind.FREE, title=f"t{i}", body="words " * 500))
    pages = journal_path.stat().st_size // PAGE_SIZE
    with journal_path.open("r+b") as fh:
        for page in range(pages // 2, pages):
            fh.seek(page * PAGE_SIZE + 100)
            fh.write(b"\xff" * 8)
    with Journal.open(journal_path, PASS, auto_backup=False) as journal:
        with pytest.raises(errors.DamagedJournal):
            list(journal.entries.iter_all())
        with pytest.raises(errors.DamagedJournal):
            journal.save_entry(Entry.new(EntryKind.FREE, title="x"))
