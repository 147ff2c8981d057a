"""The vault: one encrypted journal file, opened with a passphrase.

Design decisions (see SECURITY-NOTES): the key is derived with Argon2id and handed to
SQLCipher as a raw key, never spliced into SQL; the passphrase is never changed in
place (a re-encrypted copy replaces the file atomically); a file is never replaced
while a connection or a stale ``-wal`` could write old pages into it, and a leftover
``-wal`` is only ever replayed into the file it belongs to (:mod:`.wal`).

A journal reached through a symbolic link is worked on under its real name, resolved
once when it is created, opened or restored: the link stays a link, and the lock, the
``-wal``, temporary files and the backups folder sit beside the real file.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

from hallpass_journal.domain import errors
from hallpass_journal.storage import connection as db
from hallpass_journal.storage import fsutil, keys, wal
from hallpass_journal.storage.filelock import JournalLock, lock_path_for
from hallpass_journal.storage.migrations import SCHEMA_VERSION, current_version, migrate


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK) or (
        path.exists() and not os.access(path, os.R_OK | os.W_OK)
    ):
        raise errors.ReadOnlyLocation()


def _connect_identified(path: Path, key: keys.RawKey) -> db.Connection:
    """Connect with ``key`` and check the file is one of ours and not from a newer app."""
    conn = db.connect(path, key)
    try:
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            # Reading the schema touches more than page 1, so damage there shows now,
            # as a clear message, rather than on the first save.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except db.DatabaseError as exc:
            if db.primary_code(exc) in (db.SQLITE_NOTADB, db.SQLITE_CORRUPT):
                raise db.diagnose_unreadable(path, conn) from None
            known = db.translate(exc)  # e.g. busy: another program has the file open
            if known is not None:
                raise known from exc
            raise
        if app_id != db.APPLICATION_ID:
            raise errors.NotAJournal()
        if current_version(conn) > SCHEMA_VERSION:
            raise errors.NewerVersion()
    except BaseException:
        conn.close()
        raise
    return conn


def _health(path: Path, key: keys.RawKey) -> list[str]:
    """Open ``path`` as a journal with ``key`` and return both integrity checks' problems."""
    conn = _connect_identified(path, key)
    try:
        with db.known_errors():
            return db.integrity_problems(conn)
    finally:
        conn.close()


def _settle_leftover_wal(path: Path, key: keys.RawKey) -> list[str]:
    """Set aside a leftover ``-wal`` that is not this file's; the note to show, if any."""
    aside = wal.settle_leftover_wal(path, db.PAGE_SIZE, lambda trial: _health(trial, key))
    return [] if aside is None else [wal.set_aside_note(path, aside)]


def _open_checked(path: Path, key: keys.RawKey) -> db.Connection:
    """Open an existing journal with ``key``, check it is ours and not newer; migrate."""
    conn = _connect_identified(path, key)
    try:
        with db.known_errors():
            db.apply_safe_settings(conn)
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


class Vault:
    """An unlocked journal. Use :meth:`create` or :meth:`open`; :meth:`close` locks it."""

    def __init__(self, path: Path, conn: db.Connection, key: keys.RawKey, lock: JournalLock):
        self.path = path
        self._conn: db.Connection | None = conn
        self._key = key
        self._lock = lock
        self._depth = 0
        # One connection serves every thread: whoever uses it holds this lock, for a
        # single read or for a whole transaction (re-entrant, so nested calls join).
        self._mutex = threading.RLock()
        #: What the person should be told once about this unlock (a set-aside file).
        self.notes: list[str] = []

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Create a new journal at ``path``; refuses to overwrite anything.

        Through a dangling symbolic link, the journal is created where the link points.
        """
        path = fsutil.real_path(path)
        keys.normalise(passphrase)  # reject an empty passphrase before any file exists
        if path.exists():
            raise errors.AlreadyExists()
        fsutil.make_private_dirs(path.parent)
        _check_writable(path)
        lock = JournalLock(path)
        lock.acquire()
        try:
            # A -wal left by a journal that once lived here would be replayed into the
            # new file and ruin it; keep it aside instead of deleting someone's data.
            fsutil.set_aside_side_files(path)
            key = keys.raw_key(passphrase, keys.new_salt())
            tmp = fsutil.temp_path_beside(path, "new")
            fsutil.discard(tmp)
            try:
                conn = db.connect(tmp, key, create=True)
                try:
                    with db.known_errors():
                        db.apply_safe_settings(conn)
                        migrate(conn)
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
                fsutil.remove_side_files(tmp)
                if path.exists():  # lost a race with another creator
                    raise errors.AlreadyExists()
                with db.known_errors():
                    fsutil.replace_durably(tmp, path)
            finally:
                fsutil.discard(tmp)
            return cls(path, _open_checked(path, key), key, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Unlock the journal at ``path``. Never modifies a file it cannot open.

        A leftover ``-wal`` that does not belong to the file is set aside first (see
        :mod:`.wal`), and :attr:`notes` says so.
        """
        path = fsutil.real_path(path)
        salt = db.classify_file(path)
        _check_writable(path)
        lock = JournalLock(path)
        lock.acquire()
        try:
            key = keys.raw_key(passphrase, salt)
            notes = _settle_leftover_wal(path, key)
            vault = cls(path, _open_checked(path, key), key, lock)
            vault.notes = notes
        except BaseException:
            lock.release()
            raise
        # Copies a killed process left behind (full journals, perhaps under an old
        # passphrase): beside the file (rekey, restore; safe, as we hold its lock) and
        # in the backups folder, where a backup with ``--out`` can be written for any
        # journal, so only copies of dead processes, or too old to be in use, go there.
        fsutil.remove_stale_temps(path)
        fsutil.remove_stale_temps_in(fsutil.backups_folder(path))
        if _tighten_files(path):
            vault.notes.append(LOOSE_PERMISSIONS_NOTE)
        return vault

    # -- using -----------------------------------------------------------------------

    @property
    def conn(self) -> db.Connection:
        """The open connection; raises :class:`VaultLocked` once closed."""
        if self._conn is None:
            raise errors.VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        """Whether the journal is unlocked."""
        return self._conn is not None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the connection for this thread (re-entrant); other threads wait."""
        with self._mutex:
            yield

    @contextlib.contextmanager
    def transaction(self) -> Iterator[db.Connection]:
        """A write transaction; driver errors become :class:`VaultError` where known.

        The vault's lock is held throughout, so no other thread's statement can land
        inside it. Nested use (on the same thread) joins the outer transaction, so a
        bulk operation (import, demo data) commits once, all or nothing.
        """
        with self._mutex:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                with db.transaction(self.conn) as conn:
                    yield conn
            finally:
                self._depth = 0

    def verify(self) -> list[str]:
        """Run both integrity checks over every page; an empty list means healthy."""
        with self._mutex, db.known_errors():
            return db.integrity_problems(self.conn)

    def checkpoint(self) -> None:
        """Fold the WAL into the file and truncate it (drops old page images)."""
        with self._mutex, db.known_errors():
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _checkpoint_fully(self) -> None:
        """Checkpoint, and fail loudly unless every WAL frame reached the main file."""
        with db.known_errors():
            busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise errors.AlreadyOpen("The journal is busy; please try again in a moment.")

    def close(self) -> None:
        """Lock the journal: checkpoint, close the connection, release the file lock.

        Waits for a statement or transaction running on another thread to finish.
        """
        with self._mutex:
            self._close()

    def _close(self) -> None:
        try:
            if self._conn is not None:
                conn, self._conn = self._conn, None
                try:
                    with contextlib.suppress(db.sqlcipher.Error):
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
        finally:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- copies ----------------------------------------------------------------------

    def copy_to(self, target: Path, key: keys.RawKey | None = None) -> None:
        """Write a verified encrypted copy to ``target`` atomically.

        With ``key`` the copy is re-encrypted (new salt and key); otherwise it keeps
        this journal's key. ``target`` is only replaced once the copy verifies.
        """
        target = Path(target)
        tmp = fsutil.temp_path_beside(target, "copy")
        if fsutil.same_file_family(target, self.path):
            raise errors.AlreadyExists("A copy cannot be written over the journal itself.")
        try:
            with self._mutex:
                self._write_verified_copy(tmp, key or self._key)
            with db.known_errors():
                fsutil.set_aside_side_files(target)
                fsutil.replace_durably(tmp, target)
        finally:
            fsutil.discard(tmp)

    def _write_verified_copy(self, path: Path, key: keys.RawKey) -> None:
        """Copy every page (header fields included) with SQLite's backup API, then verify."""
        fsutil.discard(path)
        with db.known_errors():
            dest = db.connect(path, key, create=True)
            try:
                self.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            check = db.connect(path, key)
            try:
                problems = db.integrity_problems(check)
                same = int(check.execute("PRAGMA user_version").fetchone()[0])
            finally:
                check.close()
        fsutil.remove_side_files(path)
        if problems or same != current_version(self.conn):
            raise errors.DamagedJournal(
                "The copy did not verify, so it was discarded; the journal is unchanged."
            )
        fsutil.fsync_file(path)

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this journal's current one (derives a key: slow).

        The key is derived with the journal's own salt and compared in constant time
        with the key in use; nothing is read from or written to the file.
        """
        try:
            candidate = keys.derive_key(passphrase, self._key.salt)
        except errors.InvalidPassphrase:
            return False
        return hmac.compare_digest(candidate, self._key.key)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt under a new passphrase without ever rekeying in place.

        A verified copy with a fresh salt replaces the file in one rename. Killed
        before the rename, the old passphrase still opens the journal; after it, the new
        one does. The journal stays unlocked, under the new key.
        """
        new_key = keys.raw_key(new_passphrase, keys.new_salt())
        with self._mutex:
            self._swap_in_copy(new_key)

    def _swap_in_copy(self, new_key: keys.RawKey) -> None:
        staged = fsutil.temp_path_beside(self.path, "rekey")
        try:
            self._write_verified_copy(staged, new_key)
            self._checkpoint_fully()
            conn, self._conn = self.conn, None
            conn.close()
            # Everything is in the main file now; an old -wal must never be replayed
            # into the re-encrypted one.
            fsutil.remove_side_files(self.path)
            with db.known_errors():
                fsutil.replace_durably(staged, self.path)
        except BaseException:
            fsutil.discard(staged)
            if self._conn is None:
                # Reopen under the old key; if even that fails, the original error is
                # the one to report (the file itself was not replaced).
                with contextlib.suppress(errors.VaultError, db.sqlcipher.Error):
                    self._conn = _open_checked(self.path, self._key)
            raise
        self._key = new_key
        self._conn = _open_checked(self.path, new_key)


LOOSE_PERMISSIONS_NOTE = (
    "Other people using this computer could read the journal's files. They are now "
    "readable by you alone."
)


def _tighten_files(journal: Path) -> bool:
    """Make the journal, its companions, lock file and backups owner-only.

    Returns True when any of them was readable by others (the person is told once).
    """
    files = [journal, *fsutil.side_files(journal), lock_path_for(journal)]
    folder = fsutil.backups_folder(journal)
    loosened = [fsutil.tighten(f) for f in files]
    if folder.is_dir():
        loosened.append(fsutil.tighten(folder, fsutil.OWNER_DIR))
        with contextlib.suppress(OSError):
            loosened += [fsutil.tighten(f) for f in folder.iterdir() if f.is_file()]
    return any(loosened)


def restore_file(journal: Path, backup: Path, passphrase: str, keep_current: Path | None) -> None:
    """Replace ``journal`` with ``backup`` after checking the backup opens and verifies.

    The journal must not be open anywhere (its lock is taken here). Its stale ``-wal``
    and ``-shm`` are removed first so they can never be replayed into the restored file.
    With ``keep_current`` the file being replaced is kept there first.
    """
    journal, backup = fsutil.real_path(journal), Path(backup)
    salt = db.classify_file(backup)
    key = keys.raw_key(passphrase, salt)
    _verify_copy(backup, key)
    if journal.exists():
        _check_writable(journal)
    else:
        fsutil.make_private_dirs(journal.parent)
    lock = JournalLock(journal)
    lock.acquire()
    try:
        staged = fsutil.temp_path_beside(journal, "restore")
        fsutil.discard(staged)
        try:
            with db.known_errors():
                staged.write_bytes(backup.read_bytes())
            fsutil.fsync_file(staged)
            _verify_copy(staged, key)
            fsutil.remove_side_files(staged)
            if keep_current is not None and journal.exists():
                _keep_copy(journal, Path(keep_current))
            fsutil.remove_side_files(journal)
            with db.known_errors():
                fsutil.replace_durably(staged, journal)
        finally:
            fsutil.discard(staged)
    finally:
        lock.release()


def verify_backup_file(backup: Path, passphrase: str) -> None:
    """Raise a VaultError unless ``backup`` opens with ``passphrase`` and verifies.

    Reads only: used to check a backup before the open journal is closed to restore it.
    """
    backup = Path(backup)
    _verify_copy(backup, keys.raw_key(passphrase, db.classify_file(backup)))


def _keep_copy(journal: Path, keep: Path) -> None:
    """Copy ``journal`` (and its uncheckpointed commits) to ``keep``, all or nothing."""
    fsutil.make_private_dirs(keep.parent)
    staged = fsutil.temp_path_beside(keep, "keep")
    fsutil.discard(staged)
    try:
        with db.known_errors():
            shutil.copyfile(journal, staged)
            journal_wal = wal.wal_path(journal)
            if journal_wal.exists():  # uncheckpointed commits belong with the kept copy
                shutil.copyfile(journal_wal, wal.wal_path(keep))
                fsutil.fsync_file(wal.wal_path(keep))
            fsutil.replace_durably(staged, keep)
    finally:
        fsutil.discard(staged)


def _verify_copy(path: Path, key: keys.RawKey) -> None:
    """Raise a VaultError unless the copy at ``path`` opens with ``key`` and verifies."""
    conn = _connect_identified(path, key)
    try:
        if db.integrity_problems(conn):
            raise errors.DamagedJournal(
                "This backup is damaged and was not restored; the journal is unchanged."
            )
    finally:
        conn.close()
