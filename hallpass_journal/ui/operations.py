"""The one way to run slow work off the GUI thread (model: Anki's ``CollectionOp``).

Unlocking derives the key with Argon2id (about half a second), creating and backing up
a journal write and verify whole files: all of it runs on a worker thread while the
window stays responsive, and the result comes back on the GUI thread::

    (
        BackgroundOp(self, lambda: Journal.open(path, passphrase))
        .success(self._unlocked)
        .failure(self._unlock_failed)
        .discard(lambda journal: journal.close())
        .run_in_background()
    )

If the op is cancelled, or its parent widget is gone by the time the work finishes, the
callbacks are not called; ``discard`` receives the result instead so it can be closed.

Work on the *open* journal (an import, a backup, an export) runs as a
:class:`JournalOp`. The journal's one connection is serialised by the vault's lock, so
such work is always safe; the gate is about staying responsive: while one runs,
:func:`journal_busy` is true, autosaves wait for it instead of blocking the window, lists
do not fetch, and locking first waits for it to finish.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from hallpass_journal.domain.errors import VaultError

T = TypeVar("T")
log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_running: set[BackgroundOp[Any]] = set()


def pool() -> QThreadPool:
    """The thread pool every operation runs on."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def wait_for_all(msecs: int = -1) -> bool:
    """Block until running operations finish (used on quit); True if all did."""
    return pool().waitForDone(msecs)


def running() -> int:
    """How many operations have not delivered their result yet."""
    return len(_running)


def journal_busy() -> bool:
    """Whether background work on the open journal is still running."""
    return any(isinstance(op, JournalOp) and not op._finished for op in _running)


def wait_for_journal_work() -> None:
    """Block until background work on the journal has finished and delivered (on lock)."""
    if not any(isinstance(op, JournalOp) for op in _running):
        return
    wait_for_all()
    if _relay is not None and shiboken6.isValid(_relay):
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(_relay, 0)


def describe_failure(exc: BaseException) -> str:
    """A log line for a failure, without the exception's text (it could quote content)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = ", ".join(f"{f.name}:{f.lineno}" for f in frames[-4:])
    return f"{type(exc).__name__} at {where}"


class _Relay(QObject):
    """One per process, on the GUI thread; workers' results are queued to it."""

    finished = Signal(object, object, object)  # (op, ok: bool, value)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, object)
    def _deliver(self, op: object, ok: object, value: object) -> None:
        op._deliver(bool(ok), value)  # type: ignore[attr-defined]


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay()
    return _relay


class _Runnable(QRunnable):
    def __init__(self, op: BackgroundOp[Any]) -> None:
        super().__init__()
        self._op = op

    def run(self) -> None:
        self._op._work_in_thread()


class BackgroundOp(Generic[T]):
    """Run ``work`` on a worker thread; call back on the GUI thread."""

    def __init__(self, parent: QObject | None, work: Callable[[], T]) -> None:
        self._parent = parent
        self._work = work
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_discard: Callable[[T], None] | None = None
        self._cancelled = False
        self._delivered = False
        self._finished = False  # the work itself is done (delivery may still be queued)
        self._guard = threading.Lock()
        self._relay: _Relay | None = None

    def success(self, callback: Callable[[T], None]) -> BackgroundOp[T]:
        """Called with the result on the GUI thread."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp[T]:
        """Called with the exception on the GUI thread (default: a calm message box)."""
        self._on_failure = callback
        return self

    def discard(self, callback: Callable[[T], None]) -> BackgroundOp[T]:
        """Clean up a result nobody will receive (cancelled, or the parent is gone)."""
        self._on_discard = callback
        return self

    def run_in_background(self) -> BackgroundOp[T]:
        """Start the work; returns immediately."""
        self._relay = _the_relay()
        _running.add(self)
        runnable = _Runnable(self)
        runnable.setAutoDelete(True)
        pool().start(runnable)
        return self

    def cancel(self) -> None:
        """Do not call back; a finished result is handed to ``discard``."""
        with self._guard:
            self._cancelled = True

    @property
    def active(self) -> bool:
        """Started and not yet delivered, cancelled or discarded."""
        return self in _running and not self._cancelled

    # -- internals -------------------------------------------------------------------

    def _work_in_thread(self) -> None:
        try:
            result: object = self._work()
            ok = True
        except Exception as exc:  # noqa: BLE001 - handed to the failure callback
            result, ok = exc, False
        self._finished = True
        # Always hand over to the GUI thread, even when cancelled: results (an open
        # journal) are cleaned up there, and Qt objects are freed on their own thread.
        relay = self._relay
        if relay is not None:
            relay.finished.emit(self, ok, result)

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _deliver(self, ok: bool, value: object) -> None:
        if self._delivered:
            return
        self._delivered = True
        _running.discard(self)
        with self._guard:
            cancelled = self._cancelled
        if cancelled or not self._parent_alive():
            if ok and self._on_discard is not None:
                try:
                    self._on_discard(value)  # type: ignore[arg-type]
                except Exception as exc:  # noqa: BLE001 - cleanup must not raise further
                    log.error("cleanup failed: %s", describe_failure(exc))
            return
        if ok:
            if self._on_success is not None:
                self._on_success(value)  # type: ignore[arg-type]
        elif self._on_failure is not None:
            self._on_failure(value)  # type: ignore[arg-type]
        else:
            _default_failure(self._parent, value)  # type: ignore[arg-type]


class JournalOp(BackgroundOp[T]):
    """Background work on the open journal (import, export, backup now).

    While it runs, :func:`journal_busy` is true: views defer their own writes and reads
    until it is done (its change notice then refreshes them), and locking waits for it.
    """


def shutdown(msecs: int = 30_000) -> None:
    """On quit: cancel everything, wait for the workers, clean up their results."""
    from PySide6.QtCore import QCoreApplication

    ops = list(_running)
    for op in ops:
        op.cancel()
    wait_for_all(msecs)
    if ops and _relay is not None and shiboken6.isValid(_relay):
        QCoreApplication.sendPostedEvents(_relay, 0)


def _default_failure(parent: QObject | None, exc: BaseException) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from hallpass_journal.ui import messages

    widget = parent if isinstance(parent, QWidget) else None
    title = QCoreApplication.translate("Operations", "Hall Pass Journal")
    if isinstance(exc, VaultError):
        messages.warn(widget, title, QCoreApplication.translate("VaultError", exc.text))
        return
    log.error("background work failed: %s", describe_failure(exc))
    messages.warn(
        widget,
        title,
        QCoreApplication.translate(
            "Operations",
            "Something unexpected went wrong. Your journal has not been changed by this.",
        ),
    )
