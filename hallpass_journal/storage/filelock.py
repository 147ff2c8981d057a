"""An OS-level lock beside each open journal: one running instance per file.

The lock is released by the OS if the process dies, so a crash never leaves a journal
stuck. The lock file holds no content and is removed when the journal is closed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from hallpass_journal.domain.errors import AlreadyOpen, ReadOnlyLocation

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(journal: Path) -> Path:
    """Where the lock for ``journal`` lives."""
    return journal.with_name(journal.name + ".lock")


class JournalLock:
    """Exclusive, non-blocking lock on ``<journal>.lock``."""

    def __init__(self, journal: Path) -> None:
        self.path = lock_path_for(journal)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`AlreadyOpen`."""
        if self._fd is not None:
            return
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except PermissionError as exc:
                raise ReadOnlyLocation() from exc
            except OSError as exc:
                if exc.errno == 30:  # EROFS
                    raise ReadOnlyLocation() from exc
                raise
            if not _try_lock(fd):
                os.close(fd)
                raise AlreadyOpen()
            # The holder removes the file when it lets go; if that happened between our
            # open and our lock, we hold a lock on a removed file: try again.
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return
            _unlock(fd)
            os.close(fd)

    def release(self) -> None:
        """Remove the lock file and release the lock, leaving nothing behind."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None
