"""Slow work runs off the GUI thread and reports back on it."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from shell_support import ScriptedBackend

from hallpass_journal.domain.errors import WrongPassphrase
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.operations import BackgroundOp


def test_success_arrives_on_the_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    gui = threading.get_ident()

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    BackgroundOp(parent, work).success(done).run_in_background()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert operations.running() == 0


def test_failure_callback_gets_the_exception(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def work() -> None:
        raise WrongPassphrase()

    BackgroundOp(parent, work).failure(failures.append).run_in_background()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], WrongPassphrase)


def test_default_failure_is_a_calm_message(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = ScriptedBackend()
    monkeypatch.setattr(messages, "backend", backend)
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> None:
        raise RuntimeError("secret journal words")

    BackgroundOp(parent, work).run_in_background()
    qtbot.waitUntil(lambda: bool(backend.calls))
    kind, _title, text = backend.calls[0]
    assert kind == "warn"
    assert "secret" not in text


def test_cancelled_result_is_discarded_not_delivered(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    delivered, discarded = [], []

    def work() -> str:
        release.wait(5)
        return "an open journal"

    op = BackgroundOp(parent, work).success(delivered.append).discard(discarded.append)
    op.run_in_background()
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(discarded))
    assert delivered == []
    assert discarded == ["an open journal"]


def test_result_for_a_destroyed_parent_is_discarded(qtbot) -> None:
    parent = QWidget()
    release = threading.Event()
    delivered, discarded = [], []

    def work() -> str:
        release.wait(5)
        return "result"

    op = BackgroundOp(parent, work).success(delivered.append).discard(discarded.append)
    op.run_in_background()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent))
    release.set()
    qtbot.waitUntil(lambda: bool(discarded))
    assert delivered == []


def test_shutdown_cleans_up_running_work(qtbot) -> None:
    release = threading.Event()
    discarded: list[str] = []

    def work() -> str:
        release.wait(5)
        return "result"

    BackgroundOp(None, work).discard(discarded.append).run_in_background()
    release.set()
    operations.shutdown()
    assert discarded == ["result"]
    assert operations.running() == 0
