"""Creating a journal from the welcome page: long passphrases, and no silent failures."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shell_support import ScriptedBackend

from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.welcome_page import WelcomePage
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.windows import journal_flows
from hallpass_journal.ui.windows.main_window import MainWindow

OP_TIMEOUT = 10_000
LONG_WEAK = "Zq9" * 25  # 75 characters, but only "Zq9" repeated
LONG_STRONG = (
    "the kettle sang twice before Marta found the lighthouse key under a wet paperback, "
    "and nobody asked why; "
) * 10  # about 1,000 characters


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path)


@pytest.fixture
def welcome(qtbot, paths: AppPaths, dialogs: ScriptedBackend):  # noqa: ANN001, ANN201
    """A main window on its first run, showing the welcome page."""
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    window.start(None)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window.page, WelcomePage)
    yield window
    window.shutdown()
    operations.shutdown()


def _type_twice(qtbot, page: WelcomePage, passphrase: str) -> None:  # noqa: ANN001
    page.passphrase.setText(passphrase)
    page.confirmation.setText(passphrase)
    qtbot.waitUntil(lambda: page.meter.strength is not None)
    assert page.create_button.isEnabled()


def _opens_with(path: Path, passphrase: str) -> bool:
    with Journal.open(path, passphrase, auto_backup=False) as journal:
        return journal.vault.is_open


def test_long_weak_passphrase_creates_after_the_warning(
    qtbot,
    welcome: MainWindow,
    dialogs: ScriptedBackend,
    paths: AppPaths,  # noqa: ANN001
) -> None:
    page = welcome.page
    # Typed for real: the meter rates it on every keystroke, past 72 characters too.
    qtbot.keyClicks(page.passphrase, LONG_WEAK)
    qtbot.keyClicks(page.confirmation, LONG_WEAK)
    qtbot.waitUntil(lambda: page.meter.strength is not None)
    assert page.meter.label.text() in {"Very weak", "Weak"}  # length alone is not strength

    dialogs.confirm_answers.append(True)
    with qtbot.waitSignal(welcome.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["confirm"]
    assert isinstance(welcome.page, WorkspacePage)
    welcome.lock()
    assert _opens_with(paths.default_journal, LONG_WEAK)


def test_very_long_strong_passphrase_creates_without_asking(
    qtbot,
    welcome: MainWindow,
    dialogs: ScriptedBackend,
    paths: AppPaths,  # noqa: ANN001
) -> None:
    page = welcome.page
    _type_twice(qtbot, page, LONG_STRONG)
    assert page.meter.label.text() in {"Strong", "Very strong"}
    with qtbot.waitSignal(welcome.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == []
    welcome.lock()
    assert _opens_with(paths.default_journal, LONG_STRONG)


def test_an_unexpected_failure_before_creating_is_shown_on_the_page(
    qtbot,  # noqa: ANN001
    welcome: MainWindow,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = welcome.page
    _type_twice(qtbot, page, LONG_STRONG)

    def broken(passphrase: str) -> object:
        raise RuntimeError("a bug, not the person's fault")

    monkeypatch.setattr(journal_flows, "assess", broken)
    # import-linter's dictConfig (tests/test_architecture.py) disables existing loggers.
    monkeypatch.setattr(journal_flows.log, "disabled", False)
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert welcome.page is page
    assert page.message.isVisibleTo(page)
    assert "not created" in page.message.text()
    assert "a bug" not in page.message.text()  # exception text never reaches the window
    assert page.passphrase.isEnabled() and not page.busy.isVisibleTo(page)
    assert not paths.default_journal.exists()
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)
