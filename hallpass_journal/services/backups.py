"""Rolling encrypted backups of a journal, and restoring one.

Backups live in a folder beside the journal's real file (a journal reached through a
symbolic link keeps its backups beside the file the link points to), one file per
backup named after the moment it was taken: ``backup-<UTC time>.hpj``.

Clocks can be wrong. A name more than a few minutes ahead of the clock cannot say how
old its backup is, so such a backup never counts as "the newest" (daily backups carry
on) and rotation removes those before any backup whose name is believable (a real,
recent backup is never deleted in favour of one from "the future"). File modification
times are not used instead: a backup made while the clock was ahead carries that wrong
time too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hallpass_journal.storage import fsutil
from hallpass_journal.storage.keys import SALT_SIZE
from hallpass_journal.storage.targets import check_output_target
from hallpass_journal.storage.vault import Vault, restore_file, verify_backup_file

DEFAULT_KEEP = 10
BACKUP_EVERY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%S%fZ"  # microseconds: names sort in the order taken
#: How far ahead of the clock a backup's name may be and still be believed.
FUTURE_SLACK = timedelta(minutes=5)
_KEPT_PREFIX = "before-restore-"


def backup_dir_for(journal: Path) -> Path:
    """Backups live in a folder beside the journal's real file, named after it."""
    return fsutil.backups_folder(Path(journal))


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and when it was taken (from its name)."""

    path: Path
    taken_at: datetime
    size: int
    #: Named after a moment still to come: its real age is unknown.
    from_the_future: bool = False
    #: The journal as it was just before a restore replaced it (never rotated away).
    kept_before_restore: bool = False


def list_backups(journal: Path, now: datetime | None = None) -> list[BackupInfo]:
    """Backups of ``journal``, newest first; any named in the future come last.

    ``now`` is the clock to judge names by (the current time by default).
    """
    folder = backup_dir_for(journal)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    latest = (now or datetime.now(UTC)) + FUTURE_SLACK
    for path in folder.glob("backup-*.hpj"):
        try:
            taken = datetime.strptime(path.stem.removeprefix("backup-"), _STAMP).replace(tzinfo=UTC)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, taken, size, from_the_future=taken > latest))
    return sorted(found, key=lambda b: (not b.from_the_future, b.taken_at), reverse=True)


def list_kept_copies(journal: Path) -> list[BackupInfo]:
    """The copies a restore kept of the journal it replaced, newest first."""
    folder = backup_dir_for(journal)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{_KEPT_PREFIX}*.hpj"):
        try:
            taken = datetime.strptime(path.stem.removeprefix(_KEPT_PREFIX), _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, taken.replace(tzinfo=UTC), size, kept_before_restore=True))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def list_restorable(journal: Path) -> list[BackupInfo]:
    """Everything a journal can be restored from: its backups, then the kept copies."""
    return list_backups(journal) + list_kept_copies(journal)


def opens_like_journal(journal: Path, backup: Path) -> bool | None:
    """Whether ``backup`` opens with the journal's current passphrase (None: unknown).

    Each passphrase change gives the journal a new salt (its first 16 bytes), and a
    backup keeps the salt of the journal it was copied from, so the same salt means the
    same passphrase. Reads 16 bytes of each file; derives nothing.
    """
    try:
        with Path(journal).open("rb") as a, Path(backup).open("rb") as b:
            mine, theirs = a.read(SALT_SIZE), b.read(SALT_SIZE)
    except OSError:
        return None
    if len(mine) < SALT_SIZE or len(theirs) < SALT_SIZE:
        return None
    return mine == theirs


def verify_backup(backup: Path, passphrase: str) -> None:
    """Raise a VaultError unless ``backup`` opens with ``passphrase`` and verifies (reads only)."""
    verify_backup_file(Path(backup), passphrase)


def make_backup(
    vault: Vault,
    out: Path | None = None,
    keep: int = DEFAULT_KEEP,
    *,
    overwrite_journal: bool = False,
) -> Path:
    """Write a verified encrypted copy; rotate so at most ``keep`` remain in the folder.

    Backups keep the journal's passphrase at the time they were taken. An explicit
    ``out`` must be a new name or an ordinary file; a journal or backup already there is
    replaced only with ``overwrite_journal``.
    """
    if out is None:
        folder = backup_dir_for(vault.path)
        fsutil.make_private_dirs(folder)
        fsutil.tighten(folder, fsutil.OWNER_DIR)  # the app's own folder: never shared
        # A backup killed part-way left a full copy here (one that may still open with
        # an old passphrase); one still being written by a live process is left alone.
        fsutil.remove_stale_temps_in(folder)
        now = datetime.now(UTC)
        out = folder / f"backup-{now.strftime(_STAMP)}.hpj"
        while out.exists():  # two backups in one second
            now += timedelta(microseconds=1)
            out = folder / f"backup-{now.strftime(_STAMP)}.hpj"
        vault.copy_to(out)
        prune(vault.path, keep)
    else:
        check_output_target(Path(out), source=vault.path, overwrite_journal=overwrite_journal)
        vault.copy_to(Path(out))
    return out


def prune(journal: Path, keep: int) -> list[Path]:
    """Delete backups beyond ``keep``, those named in the future first, then the oldest.

    Returns what was removed.
    """
    removed = []
    for info in list_backups(journal)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def backup_if_due(
    vault: Vault, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Path | None:
    """On unlock: back up when the newest backup is older than a day (or none exists).

    Backups named in the future do not count: their names say nothing about their age.
    """
    now = now or datetime.now(UTC)
    believable = [b for b in list_backups(vault.path, now) if not b.from_the_future]
    if believable and now - believable[0].taken_at < BACKUP_EVERY:
        return None
    return make_backup(vault, keep=keep)


def restore_backup(journal: Path, backup: Path, passphrase: str) -> Path:
    """Replace ``journal`` with ``backup``; the replaced file is kept as a backup first.

    The journal must be closed. Returns where the replaced journal was kept.
    """
    folder = backup_dir_for(journal)
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = folder / f"{_KEPT_PREFIX}{stamp}.hpj"
    restore_file(journal, backup, passphrase, keep_current=kept)
    return kept


def replace_older_copies(vault: Vault, keep: int = DEFAULT_KEEP) -> tuple[Path, int]:
    """Make a fresh backup, then remove every other backup and kept copy of the journal.

    For after a passphrase change: older copies still open with the old passphrase. The
    fresh backup is written and verified first, so a failure removes nothing. Returns the
    fresh backup and how many files were removed.
    """
    fresh = make_backup(vault, keep=keep)
    removed = 0
    for info in list_restorable(vault.path):
        if info.path != fresh:
            fsutil.discard(info.path)  # with a kept copy's -wal
            removed += 1
    return fresh, removed
