"""Rolling encrypted backups and restoring one, stale -wal included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services import backups
from hallpass_journal.services.journal import Journal

PASS = "correct horse battery staple"


def titles(journal: Journal) -> set[str]:
    return {s.title for s in journal.entries.page(limit=100)}


def test_backup_on_unlock_when_due_then_not_again_today(journal_path: Path) -> None:
    Journal.create(journal_path, PASS).close()
    with Journal.open(journal_path, PASS) as journal:
        first = journal.last_open.backup
    assert first is not None and first.exists()
    with Journal.open(journal_path, PASS) as journal:
        assert journal.last_open.backup is None
    assert len(backups.list_backups(journal_path)) == 1
    assert first.read_bytes()[:16] == journal_path.read_bytes()[:16]  # encrypted, same salt


def test_rotation_keeps_the_newest(journal: Journal) -> None:
    made = [backups.make_backup(journal.vault, keep=3) for _ in range(5)]
    remaining = [b.path for b in backups.list_backups(journal.path)]
    assert remaining == list(reversed(made[-3:]))


def test_backup_due_after_a_day(journal: Journal) -> None:
    backups.make_backup(journal.vault)
    now = datetime.now(UTC)
    assert backups.backup_if_due(journal.vault, now=now + timedelta(hours=1)) is None
    assert backups.backup_if_due(journal.vault, now=now + timedelta(days=1, minutes=1))


def test_restore_brings_back_the_backup_and_keeps_the_replaced_file(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="before backup"))
    backup = backups.make_backup(journal.vault)
    journal.save_entry(Entry.new(EntryKind.FREE, title="after backup"))
    journal.close()
    kept = backups.restore_backup(journal.path, backup, PASS)
    with Journal.open(journal.path, PASS, auto_backup=False) as restored:
        assert titles(restored) == {"before backup"}
        assert restored.vault.verify() == []
    assert kept.exists()


def test_restore_wins_over_a_stale_wal(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="in the backup"))
    backup = backups.make_backup(journal.vault)
    journal.vault.checkpoint()
    journal.save_entry(Entry.new(EntryKind.FREE, title="only in the wal"))
    wal = journal.path.with_name(journal.path.name + "-wal")
    stale = wal.read_bytes()
    assert stale  # committed frames not yet checkpointed
    journal.close()
    wal.write_bytes(stale)  # as if the app had been killed before checkpointing
    backups.restore_backup(journal.path, backup, PASS)
    assert not wal.exists()
    with Journal.open(journal.path, PASS, auto_backup=False) as restored:
        assert titles(restored) == {"in the backup"}
        assert restored.vault.verify() == []


def test_restore_refuses_a_damaged_backup_and_changes_nothing(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="precious"))
    backup = backups.make_backup(journal.vault)
    journal.close()
    data = bytearray(backup.read_bytes())
    data[5000] ^= 0xFF
    backup.write_bytes(bytes(data))
    before = journal.path.read_bytes()
    with pytest.raises(errors.DamagedJournal):
        backups.restore_backup(journal.path, backup, PASS)
    assert journal.path.read_bytes() == before


def test_restore_with_wrong_passphrase_changes_nothing(journal: Journal) -> None:
    backup = backups.make_backup(journal.vault)
    journal.close()
    before = journal.path.read_bytes()
    with pytest.raises(errors.WrongPassphrase):
        backups.restore_backup(journal.path, backup, "nope")
    assert journal.path.read_bytes() == before


def test_restore_refuses_while_the_journal_is_open(journal: Journal) -> None:
    backup = backups.make_backup(journal.vault)
    with pytest.raises(errors.AlreadyOpen):
        backups.restore_backup(journal.path, backup, PASS)
