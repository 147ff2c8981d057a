"""The one way into a SQLCipher file: key first, safe settings, known errors.

Nothing else in the project calls ``sqlcipher3.connect``.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import functools
import inspect
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias, TypeVar
from urllib.parse import quote

from sqlcipher3 import dbapi2 as sqlcipher  # type: ignore[import-untyped]

from hallpass_journal.domain import errors
from hallpass_journal.storage import fsutil
from hallpass_journal.storage.keys import SALT_SIZE, RawKey, salt_profile

Connection: TypeAlias = Any  # sqlcipher3.dbapi2.Connection (the driver ships no types)
DatabaseError = sqlcipher.DatabaseError

APPLICATION_ID = 0x48504A31  # "HPJ1"
PAGE_SIZE = 4096
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_NOTADB = 26
SQLITE_CORRUPT = 11
#: How much of a file is read to tell what it is (one page).
_SNIFF_SIZE = 4096

_silenced = False


def silence_cipher_logging() -> None:
    """Stop SQLCipher printing HMAC failures on stderr (process-wide, once)."""
    global _silenced
    if _silenced:
        return
    probe = sqlcipher.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()
    _silenced = True


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14

_BY_CODE: dict[int, type[errors.VaultError]] = {
    SQLITE_FULL: errors.DiskFull,
    SQLITE_READONLY: errors.ReadOnlyLocation,
    SQLITE_PERM: errors.ReadOnlyLocation,
    SQLITE_BUSY: errors.AlreadyOpen,
    SQLITE_LOCKED: errors.AlreadyOpen,
    SQLITE_CORRUPT: errors.DamagedJournal,
    SQLITE_NOTADB: errors.DamagedJournal,
    SQLITE_IOERR: errors.DiskProblem,
    SQLITE_CANTOPEN: errors.DiskProblem,
}


def primary_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a driver error (extended codes folded), if any."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate(exc: Exception) -> errors.VaultError | None:
    """Map a driver error to a user-facing one by its error code, or None if it is a bug.

    Message texts change between SQLite versions and languages; result codes do not.
    """
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return errors.DiskFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return errors.ReadOnlyLocation()
        return errors.DiskProblem()
    code = primary_code(exc)
    known = _BY_CODE.get(code) if code is not None else None
    return known() if known is not None else None


@contextlib.contextmanager
def known_errors() -> Iterator[None]:
    """Re-raise driver errors a person can act on as :class:`VaultError`."""
    try:
        yield
    except errors.VaultError:
        raise
    except (sqlcipher.Error, OSError) as exc:
        known = translate(exc)
        if known is None:
            raise
        raise known from exc


T = TypeVar("T")


def translating(cls: type[T]) -> type[T]:
    """Class decorator for repositories: hold the vault's lock, translate known errors.

    The journal has one connection, used from the GUI thread and from background
    operations; holding the vault's re-entrant lock for a whole call means a call never
    runs inside another thread's transaction. Damage in a page that is only read later
    (not at unlock) reaches the UI as "this journal is damaged", never as a raw driver
    error. Repositories keep their vault in ``self._vault``; generators take the lock
    per batch themselves.
    """
    for name, method in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(method):
            continue
        if inspect.isgeneratorfunction(method):
            continue  # generators lock and translate inside their own loop

        def wrapper(self: Any, *args: Any, __method: Any = method, **kwargs: Any) -> Any:
            with self._vault.locked(), known_errors():
                return __method(self, *args, **kwargs)

        functools.update_wrapper(wrapper, method)
        setattr(cls, name, wrapper)
    return cls


def unreadable(exc: OSError) -> errors.UnreadableJournal:
    """The message for a journal file the operating system would not let us read."""
    if isinstance(exc, PermissionError):
        return errors.UnreadableJournal()
    reason = f" ({exc.strerror})" if exc.strerror else ""
    return errors.UnreadableJournal(
        f"This journal file could not be read{reason}. Check that the drive is connected "
        "and working; the file has not been changed."
    )


def _reads_as_text(start: bytes) -> bool:
    """Whether the first bytes of a file are UTF-8 text (a journal's never are)."""
    try:
        # A character cut off at the end of the sample is still text.
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(start, final=False)
    except UnicodeDecodeError:
        return False
    return bool(text) and all(ch.isprintable() or ch in "\t\n\r\f" for ch in text)


def classify_file(path: Path) -> bytes:
    """Check what kind of file ``path`` is before any key is tried; return its salt.

    Raises a :class:`VaultError` for a missing, empty, unreadable, plain-SQLite, foreign
    or truncated file, or one that is not an ordinary file. Reads only; never writes.
    """
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise errors.MissingJournal() from None
    except OSError as exc:
        raise unreadable(exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise errors.NotAJournal("This is a folder, not a journal file.")
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device: reading it could block or never end
        raise errors.NotAJournal("This is not an ordinary file, so it cannot be a journal.")
    if st.st_size == 0:
        raise errors.MissingJournal("This journal file is empty; there is nothing to open.")
    try:
        with path.open("rb") as fh:
            start = fh.read(_SNIFF_SIZE)
    except OSError as exc:
        raise unreadable(exc) from None
    head = start[:SALT_SIZE]
    if head == PLAIN_SQLITE_HEADER:
        raise errors.NotAJournal(
            "This is an ordinary, unencrypted database, not a Hall Pass journal."
        )
    if salt_profile(head) is None:
        if _reads_as_text(start):
            raise errors.NotAJournal("This is a text file, not a Hall Pass journal.")
        raise errors.NotAJournal()
    if st.st_size % PAGE_SIZE:
        raise errors.DamagedJournal(
            "This journal file is shorter than it should be (it looks cut off, perhaps by "
            "an interrupted copy). Restore it from a backup; the file has not been changed."
        )
    return head


def connect(path: Path, key: RawKey, *, create: bool = False) -> Connection:
    """Open ``path`` with ``key``: the key is set before anything else runs.

    Existing files open with ``mode=rw`` so a wrong path never creates an empty
    database. The returned connection is in autocommit mode; use ``transaction``.
    """
    silence_cipher_logging()
    with known_errors():
        if create:
            fsutil.create_private_file(path)
        conn = sqlcipher.connect(
            _uri(path, "rwc" if create else "rw"),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    try:
        conn.set_key(key.literal())
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    except BaseException:
        conn.close()
        raise
    return conn


def bad_pages(conn: Connection) -> list[int]:
    """Run ``cipher_integrity_check``; return the failing page numbers."""
    pages: list[int] = []
    for (line,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        words = str(line).split()
        if "page" in words:
            with contextlib.suppress(ValueError, IndexError):
                pages.append(int(words[words.index("page") + 1]))
    return pages


def diagnose_unreadable(path: Path, conn: Connection) -> errors.VaultError:
    """Tell a wrong passphrase from damage, after the first read failed."""
    total = os.path.getsize(path) // PAGE_SIZE
    try:
        failing = bad_pages(conn)
    except sqlcipher.Error:
        return errors.WrongPassphrase()
    if total and len(set(failing)) >= total:
        return errors.WrongPassphrase()
    if not failing:
        return errors.DamagedJournal()
    shown = ", ".join(str(p) for p in sorted(set(failing))[:10])
    more = "" if len(set(failing)) <= 10 else " and more"
    return errors.DamagedJournal(
        f"This journal is damaged: {len(set(failing))} of {total} pages cannot be read "
        f"(page {shown}{more}). Restore it from a backup; the file has not been changed.",
        bad_pages=sorted(set(failing)),
    )


def apply_safe_settings(conn: Connection) -> None:
    """Settings that keep plaintext off disk and commits durable."""
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise RuntimeError("SQLCipher is not active: refusing to use plain SQLite")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error."""
    with known_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # After an I/O error SQLite may already have rolled back; a second ROLLBACK
            # would raise and hide the error that matters.
            if conn.in_transaction:
                with contextlib.suppress(sqlcipher.Error):
                    conn.execute("ROLLBACK")
            raise


def integrity_problems(conn: Connection) -> list[str]:
    """Both integrity checks, every row; an empty list means healthy."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher.DatabaseError as exc:  # damage bad enough that the check cannot run
        rows = [str(exc)]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems
