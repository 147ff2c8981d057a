"""Rolling encrypted backups and restoring one, stale -wal included."""

from __future__ import annotations

import os
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


# -- backups named in the future (a clock that was wrong) ----------------------------


def _named(when: datetime) -> str:
    return f"backup-{when.strftime('%Y%m%dT%H%M%S%fZ')}.hpj"


def _rename(path: Path, when: datetime) -> Path:
    return path.rename(path.with_name(_named(when)))


def test_a_backup_named_in_the_future_does_not_stop_daily_backups(journal: Journal) -> None:
    now = datetime.now(UTC)
    real = _rename(backups.make_backup(journal.vault), now - timedelta(days=2))
    future = real.with_name(_named(now + timedelta(days=365)))
    future.write_bytes(real.read_bytes())
    made = backups.backup_if_due(journal.vault, now=now)
    assert made is not None and made.exists()
    # The newest real backup comes first; the one from the "future" has no trusted age.
    assert [b.path for b in backups.list_backups(journal.path)] == [made, real, future]
    assert backups.backup_if_due(journal.vault, now=now + timedelta(hours=1)) is None


def test_rotation_never_deletes_a_real_backup_for_a_future_named_one(journal: Journal) -> None:
    now = datetime.now(UTC)
    template = backups.make_backup(journal.vault)
    futures = []
    for years in (1, 2, 3):
        future = template.with_name(_named(now + timedelta(days=365 * years)))
        future.write_bytes(template.read_bytes())
        futures.append(future)
    template.unlink()
    made = [backups.make_backup(journal.vault, keep=3) for _ in range(2)]
    remaining = [b.path for b in backups.list_backups(journal.path)]
    assert remaining == [made[1], made[0], futures[2]]  # the future ones go first


# -- copies left by a backup that was killed ------------------------------------------

# The child wraps the real ``fsutil.replace_durably`` (nothing is faked): once the copy
# is written and verified it reports the copy's name, then waits to be killed.
KILLED_BACKUP = """
import sys
from pathlib import Path
from hallpass_journal.storage import fsutil, keys
keys.set_test_params(keys.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
from hallpass_journal.services.backups import make_backup
from hallpass_journal.storage.vault import Vault
real_replace = fsutil.replace_durably
def held_replace(source, target):
    print(source, flush=True)
    sys.stdin.readline()  # the parent kills us here, before the rename
    real_replace(source, target)
fsutil.replace_durably = held_replace
make_backup(Vault.open(Path(sys.argv[1]), sys.argv[2]))
"""


def _killed_mid_backup(journal_path: Path) -> Path:
    """Run a real backup in another process and SIGKILL it right before its rename."""
    import signal
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(journal_path), PASS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    child.send_signal(signal.SIGKILL)
    _, err = child.communicate()
    assert line and child.returncode == -signal.SIGKILL, err
    stale = Path(line)
    assert stale.exists() and stale.parent == backups.backup_dir_for(journal_path)
    return stale


def _kept_files(journal_path: Path) -> set[str]:
    return {p.name for p in backups.backup_dir_for(journal_path).iterdir()}


@pytest.mark.skipif(os.name == "nt", reason="needs SIGKILL")
def test_a_copy_left_by_a_killed_backup_is_removed_on_the_next_open(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="secret"))
    real = backups.make_backup(journal.vault)
    journal.close()
    kept = backups.restore_backup(journal.path, real, PASS)
    stale = _killed_mid_backup(journal.path)
    with Journal.open(stale, PASS, auto_backup=False) as old_copy:  # a full, working copy
        assert titles(old_copy) == {"secret"}
    assert _kept_files(journal.path) == {real.name, kept.name, stale.name}
    Journal.open(journal.path, PASS, auto_backup=False).close()
    assert _kept_files(journal.path) == {real.name, kept.name}  # real backups untouched


@pytest.mark.skipif(os.name == "nt", reason="needs SIGKILL")
def test_a_copy_left_by_a_killed_backup_is_removed_by_the_next_backup(journal: Journal) -> None:
    real = backups.make_backup(journal.vault)
    journal.close()
    stale = _killed_mid_backup(journal.path)
    held = journal.path.with_name("held-aside")
    stale.rename(held)  # out of the way while the journal opens ...
    with Journal.open(journal.path, PASS, auto_backup=False) as again:
        held.rename(stale)  # ... and back, as if a backup had been killed just now
        ours = backups.backup_dir_for(journal.path) / f".x.hpj.copy-{os.getpid()}.tmp"
        ours.write_bytes(b"a copy this process may be writing right now")
        made = backups.make_backup(again.vault)
        assert _kept_files(journal.path) == {real.name, made.name, ours.name}
        old = datetime.now(UTC).timestamp() - 3600
        os.utime(ours, (old, old))  # an hour old: no backup takes that long
        newest = backups.make_backup(again.vault)
    assert _kept_files(journal.path) == {real.name, made.name, newest.name}
