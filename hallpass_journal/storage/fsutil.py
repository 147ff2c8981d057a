"""Small filesystem helpers for atomic, durable file replacement."""

from __future__ import annotations

import contextlib
import glob
import os
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def fsync_file(path: Path) -> None:
    """Flush a file's contents to stable storage."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a directory entry (so a rename survives power loss); no-op where unsupported."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def side_files(db: Path) -> list[Path]:
    """The -wal/-shm/-journal companions SQLite may keep beside ``db``."""
    return [db.with_name(db.name + suffix) for suffix in SIDE_SUFFIXES]


def remove_side_files(db: Path) -> None:
    """Remove stale companions so they can never be replayed into a replaced file."""
    for side in side_files(db):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def temp_path_beside(target: Path, purpose: str) -> Path:
    """A hidden temporary name in ``target``'s folder (same filesystem, so rename is atomic)."""
    return target.with_name(f".{target.name}.{purpose}-{os.getpid()}.tmp")


def discard(path: Path) -> None:
    """Remove ``path`` and its companions, ignoring what is already gone."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    remove_side_files(path)


def replace_durably(source: Path, target: Path) -> None:
    """Atomically move ``source`` over ``target`` and make the rename durable."""
    fsync_file(source)
    os.replace(source, target)
    fsync_dir(target.parent)


def remove_stale_temps(target: Path) -> list[Path]:
    """Remove temporary copies of ``target`` left by a crash (call only while locked).

    They are encrypted, but one may still open with a passphrase the person has since
    replaced, so they must not linger.
    """
    removed = []
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp*"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
            removed.append(stale)
    return removed


def set_aside_side_files(db: Path) -> list[Path]:
    """Rename stray companions of ``db`` so they can never be replayed into a new file.

    They may be the only copy of someone's last changes, so they are kept (as
    ``<name>-wal.orphaned-<n>``), not deleted.
    """
    moved = []
    for side in side_files(db):
        if side.exists():
            n = 1
            while (aside := side.with_name(f"{side.name}.orphaned-{n}")).exists():
                n += 1
            os.replace(side, aside)
            moved.append(aside)
    return moved


def same_file_family(target: Path, db: Path) -> bool:
    """Whether ``target`` is ``db`` itself or one of its companions or its lock."""
    target = Path(os.path.abspath(target))
    db = Path(os.path.abspath(db))
    family = {db, db.with_name(db.name + ".lock"), *side_files(db)}
    return target in family or (target.exists() and db.exists() and target.samefile(db))
