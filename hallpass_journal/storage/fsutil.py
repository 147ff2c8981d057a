"""Small filesystem helpers for atomic, durable file replacement and owner-only files.

Everything the app writes that holds a journal (the file, its -wal and -shm, the lock
file, backups, kept copies, exports) is created owner-only (0600), and the folders it
creates for them 0700, whatever the umask: the way a password manager keeps its files.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

#: The names :func:`temp_path_beside` makes, with the companions SQLite may add:
#: ``.<file name>.<purpose>-<pid>.tmp[-wal|-shm|-journal]``. Real journals and backups
#: (``journal.hpj``, ``backup-<time>.hpj``) never start with a dot nor end in ``.tmp``.
_TEMP_NAME = re.compile(
    r"^\.(?P<of>.+)\.(?P<purpose>[a-z]+)-(?P<pid>[0-9]+)\.tmp(?:-wal|-shm|-journal)?$"
)
#: A temporary copy this old is not being written any more, whoever named it.
STALE_AFTER_SECONDS = 60.0

OWNER_FILE = 0o600
OWNER_DIR = 0o700


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it does not exist.

    SQLite then keeps the mode: its -wal and -shm take the mode of the database file.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_FILE)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, OWNER_FILE)  # the umask may have taken bits away; never added
    finally:
        os.close(fd)


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each one it creates owner-only.

    Folders that already exist are left as they are: a journal kept in, say,
    ``~/Documents`` must not change who may look into that folder.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=OWNER_DIR)
            os.chmod(path, OWNER_DIR)


def tighten(path: Path, mode: int = OWNER_FILE) -> bool:
    """Take group and other permissions away from ``path``; True if it had any.

    Best effort: a file on a read-only disk or owned by someone else stays as it is.
    """
    try:
        st = os.stat(path)
    except OSError:
        return False
    if st.st_mode & 0o077 == 0:
        return False
    try:
        os.chmod(path, stat.S_IMODE(st.st_mode) & mode)
    except OSError:
        return False
    return True


def real_path(path: Path) -> Path:
    """``path`` made absolute with every symbolic link followed, even a dangling last one.

    A journal is worked on under its real name, so a link (say, from the usual place to
    a synced folder) never gets replaced by a plain file, and its lock, -wal, temporary
    files and backups all sit beside the file that holds the entries. A loop of links
    stays as it is, and so does a path that cannot be looked into, for the first read to
    report.
    """
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return Path(os.path.abspath(path))


def backups_folder(journal: Path) -> Path:
    """Where backups of ``journal`` live: a folder beside the real file, named after it."""
    real = real_path(journal)
    return real.with_name(real.name + ".backups")


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
    """Atomically move ``source`` over ``target`` (owner-only) and make it durable."""
    os.chmod(source, OWNER_FILE)
    fsync_file(source)
    os.replace(source, target)
    fsync_dir(target.parent)


def remove_stale_temps(target: Path) -> list[Path]:
    """Remove temporary copies of ``target`` left by a crash (call only while locked).

    They are encrypted, but one may still open with a passphrase the person has since
    replaced, so they must not linger. Holding the journal's lock means nobody can be
    writing one now, so every match goes.
    """
    return _remove_temps(target.parent, of=target.name, grace=None)


def remove_stale_temps_in(folder: Path, *, grace: float | None = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove temporary copies (any file's) that a killed process left in ``folder``.

    Used for the backups folder, where a killed backup leaves a full encrypted copy of
    the journal. Only names :func:`temp_path_beside` makes are touched, never a real
    backup. With ``grace`` (seconds), a copy is left alone while the process that named
    it is still running and the copy is younger than that: it may be being written right
    now. ``None`` removes every match (the caller holds the journal's lock, so no backup
    of it can be under way).
    """
    return _remove_temps(folder, of=None, grace=grace)


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - signal 0 means something else there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process: it exists
        return True
    return True


def _remove_temps(folder: Path, *, of: str | None, grace: float | None) -> list[Path]:
    removed: list[Path] = []
    try:
        names = sorted(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return removed
    now = time.time()
    for name in names:
        match = _TEMP_NAME.match(name)
        if match is None or (of is not None and match["of"] != of):
            continue
        stale = folder / name
        try:
            st = stale.lstat()
        except FileNotFoundError:
            continue
        if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
            continue
        if grace is not None and now - st.st_mtime < grace and _pid_alive(int(match["pid"])):
            continue
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
