"""Whether a ``-wal`` left beside a journal belongs to it, decided before SQLite sees it.

SQLite replays any ``-wal`` it finds beside a database, and a failed open may even
checkpoint it into the file on close. Nothing in the WAL ties it to one database file:
its header's salts tie its frames to each other, not to the file, and SQLCipher's page
HMACs only show a frame was written under the same key, which an older copy of the same
journal (every backup) shares. So a WAL from a crash, followed by a backup copied over
the journal by hand, would be replayed into the backup and damage it.

The rule (see :func:`settle_leftover_wal`): a leftover WAL belongs to the journal if
replaying it gives a journal that passes both integrity checks. That is tried on a
private copy of the file and the WAL, never on the journal itself, and only when the
WAL holds a committed frame SQLite would replay (after a crash, so rarely; a clean
close leaves no WAL). If the replay fails while the file alone is healthy, the WAL is
another file's: it is set aside (renamed, never deleted) so the journal opens as it is.
If neither is healthy, the WAL is left where it is: the journal needs a backup either
way, and restoring one keeps the WAL with the replaced file.
"""

from __future__ import annotations

import shutil
import struct
from collections.abc import Callable
from pathlib import Path

from hallpass_journal.domain import errors
from hallpass_journal.storage import fsutil

WAL_MAGIC = (0x377F0682, 0x377F0683)  # checksums little- or big-endian
WAL_FORMAT_VERSION = 3007000
WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24

#: Errors that describe the file's content. Any other failure while trying a copy
#: (a full disk, say) says nothing about the WAL, so it is left to SQLite as before.
_ABOUT_CONTENT = (
    errors.WrongPassphrase,
    errors.DamagedJournal,
    errors.NotAJournal,
    errors.NewerVersion,
)


def wal_path(db: Path) -> Path:
    """The ``-wal`` beside ``db``."""
    return db.with_name(db.name + "-wal")


def has_committed_frames(wal: Path, page_size: int) -> bool:
    """Whether SQLite would replay anything from ``wal``.

    True if the header is a WAL header for ``page_size`` and a commit frame follows that
    carries the header's salts (frames with other salts are left over from before the WAL
    was restarted and are ignored by SQLite). Checksums are not recomputed: a frame that
    fails them is ignored by SQLite, which only makes the trial replay pass.
    """
    try:
        with wal.open("rb") as fh:
            header = fh.read(WAL_HEADER_SIZE)
            if len(header) < WAL_HEADER_SIZE:
                return False
            magic, version, size, _seq, salt1, salt2 = struct.unpack(">6I", header[:24])
            if magic not in WAL_MAGIC or version != WAL_FORMAT_VERSION or size != page_size:
                return False
            while True:
                frame = fh.read(FRAME_HEADER_SIZE)
                if len(frame) < FRAME_HEADER_SIZE:
                    return False
                _page, commit, frame_salt1, frame_salt2 = struct.unpack(">4I", frame[:16])
                if (frame_salt1, frame_salt2) != (salt1, salt2):
                    return False
                if commit:
                    return True
                fh.seek(page_size, 1)
    except OSError:  # gone, or unreadable: SQLite will have its own say
        return False


#: A trial's outcome: the integrity problems found, the error that stopped the copy
#: from opening, or None when the trial could not say (it failed for another reason).
Outcome = list[str] | errors.VaultError | None


def _trial(db: Path, trial: Path, check: Callable[[Path], list[str]], *, with_wal: bool) -> Outcome:
    """Copy ``db`` (and its WAL) to ``trial`` and check the copy."""
    fsutil.discard(trial)
    shutil.copyfile(db, trial)
    if with_wal:
        shutil.copyfile(wal_path(db), wal_path(trial))
    try:
        return check(trial)
    except errors.VaultError as exc:
        return exc if isinstance(exc, _ABOUT_CONTENT) else None
    except Exception:  # noqa: BLE001 - a trial that cannot decide leaves things as they are
        return None


def settle_leftover_wal(
    db: Path, page_size: int, check: Callable[[Path], list[str]]
) -> Path | None:
    """Set ``db``'s leftover WAL aside if it does not belong; return its new name.

    ``check`` opens a journal file with the journal's key and returns both integrity
    checks' problems, raising a :class:`VaultError` if it cannot be opened. Call with
    the journal's lock held and no connection open. Raises the error of the replayed
    copy when neither it nor the file alone opens (a wrong passphrase, say): opening the
    journal itself would fail the same way, and might checkpoint the WAL into it.
    """
    if not has_committed_frames(wal_path(db), page_size):
        return None
    trial = fsutil.temp_path_beside(db, "walcheck")
    try:
        try:
            replayed = _trial(db, trial, check, with_wal=True)
            if replayed is None or replayed == []:
                return None  # it fits (SQLite will replay it), or the trial cannot tell
            alone = _trial(db, trial, check, with_wal=False)
        except OSError:
            return None  # no room for the trial: leave it to SQLite, as before
        if alone == []:
            moved = fsutil.set_aside_side_files(db)
            fsutil.fsync_dir(db.parent)
            return next((p for p in moved if p.name.startswith(wal_path(db).name)), None)
        if isinstance(replayed, errors.VaultError):
            raise replayed
        return None
    finally:
        fsutil.discard(trial)


def set_aside_note(db: Path, aside: Path) -> str:
    """What to tell the person, once, about a WAL that was set aside."""
    return (
        f"A leftover file from an earlier session ({wal_path(db).name}) did not belong to "
        f"this journal file (was an older copy put in its place?), so it was not applied. "
        f"It is kept as {aside.name} beside the journal, in case it is needed."
    )
