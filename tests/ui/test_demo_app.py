"""``hallpass-journal --demo``: a throwaway journal, opened unlocked, removed on exit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from hallpass_journal import app as app_module
from hallpass_journal.paths import AppPaths
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.windows.main_window import MainWindow


@pytest.fixture
def restore_app_look(qapp):  # noqa: ANN001, ANN201
    style, palette, sheet = qapp.style().name(), QGuiApplication.palette(), qapp.styleSheet()
    yield
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None


def test_demo_opens_unlocked_and_is_removed_on_exit(qapp, tmp_path, restore_app_look) -> None:
    paths = AppPaths.under(tmp_path)
    seen: dict[str, object] = {}

    def poll() -> None:
        window = _main_window()
        if window is not None and window.journal is not None:
            seen["folder"] = Path(window.journal.path).parent
            seen["entries"] = window.journal.entries.count()
            seen["section"] = window.workspace.current_section()
            seen["title"] = window.windowTitle()
            timer.stop()
            # As a person would: closing the last window ends the app. (An extra
            # QApplication.quit() here would leave a Quit event behind that stops the
            # event loops of later tests.)
            window.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: QApplication.exit(3))  # never hang the test run
    safety.start(30_000)
    status = app_module.run_gui(paths, demo=True)
    timer.stop()
    safety.stop()
    assert status == 0

    assert seen["entries"] > 50
    assert seen["section"] == "home"
    assert seen["title"] == "Hall Pass Journal"
    assert not Path(seen["folder"]).exists()  # the whole demo folder is gone
    assert AppSettings.load(paths.settings_file).last_journal is None  # never remembered


def test_demo_folder_is_removed_when_startup_fails(
    qapp, tmp_path, monkeypatch: pytest.MonkeyPatch, restore_app_look
) -> None:
    made: list[Path] = []

    def broken_start(self: MainWindow, folder: Path) -> None:
        made.append(folder)
        (folder / "partial.hpj").write_bytes(b"x")
        raise RuntimeError("startup failed")

    monkeypatch.setattr(MainWindow, "start_demo", broken_start)
    with pytest.raises(RuntimeError):
        app_module.run_gui(AppPaths.under(tmp_path), demo=True)
    assert made and not made[0].exists()
