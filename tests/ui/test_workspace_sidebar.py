"""The sidebar folds to icons (by choice, remembered; or when the window is narrow), and
unlocking again returns to the section the person was in."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt

from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.workspace_page import COMPACT_WIDTH, WorkspacePage
from hallpass_journal.ui.windows.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"
SECTIONS = ["Home", "Agreement", "Journal", "Timeline", "Feelings", "Calendar", "Guides", "Export"]
OP_TIMEOUT = 10_000


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path)


@pytest.fixture
def make_window(qtbot, paths: AppPaths, dialogs) -> Iterator[Callable[..., MainWindow]]:  # noqa: ANN001
    windows: list[MainWindow] = []

    def make(journal: Path | None = None) -> MainWindow:
        window = MainWindow(paths, AppSettings.load(paths.settings_file))
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1100, 720)
        window.start(journal)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.shutdown()
    operations.shutdown()


def _unlock(qtbot, window: MainWindow) -> WorkspacePage:  # noqa: ANN001
    page = window.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    return window.workspace


def _names(workspace: WorkspacePage) -> list[str]:
    return [workspace.sidebar.item(r).text() for r in range(workspace.sidebar.count())]


def test_unlocking_again_returns_to_the_same_section(qtbot, make_window, paths) -> None:  # noqa: ANN001
    Journal.create(paths.default_journal, PASSPHRASE).close()
    window = make_window()
    workspace = _unlock(qtbot, window)
    assert workspace.current_section() == "home"
    workspace.show_section("journal")
    assert window.lock()
    workspace = _unlock(qtbot, window)
    assert workspace.current_section() == "journal"
    assert workspace.stack.currentWidget() is workspace.view("journal", create=False)
    # Remembered in the window only: the settings file holds no section.
    stored = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert set(stored) <= set(asdict(AppSettings())) and "journal" not in stored.values()


def test_another_journal_starts_at_home(qtbot, make_window, paths, tmp_path) -> None:  # noqa: ANN001
    Journal.create(paths.default_journal, PASSPHRASE).close()
    other = tmp_path / "other.hpj"
    Journal.create(other, PASSPHRASE).close()
    window = make_window()
    _unlock(qtbot, window).show_section("journal")
    assert window.lock()
    window.show_unlock(other)
    assert _unlock(qtbot, window).current_section() == "home"


def test_the_sidebar_folds_to_icons_and_remembers_it(qtbot, make_window, paths) -> None:  # noqa: ANN001
    Journal.create(paths.default_journal, PASSPHRASE).close()
    window = make_window()
    workspace = _unlock(qtbot, window)
    assert _names(workspace) == SECTIONS
    toggle = workspace.sidebar_toggle
    assert toggle.isVisible() and toggle.accessibleName() == "Show icons only"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert workspace.sidebar_compact()
    assert workspace.sidebar_panel.width() == COMPACT_WIDTH
    assert _names(workspace) == [""] * len(SECTIONS)
    item = workspace.sidebar.item(2)
    assert item.toolTip() == "Journal"  # names stay reachable, and for screen readers
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Journal"
    assert toggle.accessibleName() == "Show section names"
    assert AppSettings.load(paths.settings_file).sidebar_collapsed

    # Locked and unlocked, or in the next session: still icons only, as chosen.
    assert window.lock()
    again = make_window()
    assert _unlock(qtbot, again).sidebar_compact()
    assert again.lock()  # one window at a time may hold the journal
    workspace = _unlock(qtbot, window)
    assert workspace.sidebar_compact()
    qtbot.mouseClick(workspace.sidebar_toggle, Qt.MouseButton.LeftButton)
    assert _names(workspace) == SECTIONS
    assert not AppSettings.load(paths.settings_file).sidebar_collapsed


def test_a_narrow_window_shows_icons_only(qtbot, make_window, paths) -> None:  # noqa: ANN001
    Journal.create(paths.default_journal, PASSPHRASE).close()
    window = make_window()
    workspace = _unlock(qtbot, window)
    workspace.show_section("journal")
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: workspace.sidebar_compact())
    assert not workspace.sidebar_toggle.isVisible()  # there is no room to choose names
    assert not AppSettings.load(paths.settings_file).sidebar_collapsed  # not a choice
    window.resize(QSize(1100, 720))
    qtbot.waitUntil(lambda: not workspace.sidebar_compact())
    assert _names(workspace) == SECTIONS
    assert workspace.sidebar_toggle.isVisible()
