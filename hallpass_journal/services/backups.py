"""Rolling encrypted backups of a journal, and restoring one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hallpass_journal.storage.vault import Vault, restore_file

DEFAULT_KEEP = 10
BACKUP_EVERY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%S%fZ"  # microseconds: names sort in the order taken


def backup_dir_for(journal: Path) -> Path:
    """Backups live in a folder beside the journal, named after it."""
    journal = Path(journal)
    return journal.with_name(journal.name + ".backups")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and when it was taken (from its name)."""

    path: Path
    taken_at: datetime
    size: int


def list_backups(journal: Path) -> list[BackupInfo]:
    """Backups of ``journal``, newest first."""
    folder = backup_dir_for(journal)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob("backup-*.hpj"):
        try:
            taken = datetime.strptime(path.stem.removeprefix("backup-"), _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(vault: Vault, out: Path | None = None, keep: int = DEFAULT_KEEP) -> Path:
    """Write a verified encrypted copy; rotate so at most ``keep`` remain in the folder.

    Backups keep the journal's passphrase at the time they were taken.
    """
    if out is None:
        folder = backup_dir_for(vault.path)
        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        out = folder / f"backup-{now.strftime(_STAMP)}.hpj"
        while out.exists():  # two backups in one second
            now += timedelta(microseconds=1)
            out = folder / f"backup-{now.strftime(_STAMP)}.hpj"
        vault.copy_to(out)
        prune(vault.path, keep)
    else:
        vault.copy_to(Path(out))
    return out


def prune(journal: Path, keep: int) -> list[Path]:
    """Delete the oldest backups beyond ``keep``; return what was removed."""
    removed = []
    for info in list_backups(journal)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def backup_if_due(
    vault: Vault, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Path | None:
    """On unlock: back up when the newest backup is older than a day (or none exists)."""
    now = now or datetime.now(UTC)
    existing = list_backups(vault.path)
    if existing and now - existing[0].taken_at < BACKUP_EVERY:
        return None
    return make_backup(vault, keep=keep)


def restore_backup(journal: Path, backup: Path, passphrase: str) -> Path:
    """Replace ``journal`` with ``backup``; the replaced file is kept as a backup first.

    The journal must be closed. Returns where the replaced journal was kept.
    """
    folder = backup_dir_for(journal)
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = folder / f"before-restore-{stamp}.hpj"
    restore_file(journal, backup, passphrase, keep_current=kept)
    return kept
