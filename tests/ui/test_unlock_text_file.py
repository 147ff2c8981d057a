"""A text file named like a journal is called a text file, not a wrong extension."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from hallpass_journal.paths import AppPaths
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.windows.main_window import MainWindow


def _try_unlocking(qtbot, tmp_path: Path, path: Path) -> UnlockPage:  # noqa: ANN001
    window = MainWindow(AppPaths.under(tmp_path), AppSettings())
    qtbot.addWidget(window)
    window.start(path)
    window.show()
    qtbot.waitExposed(window)
    page = window.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText("any passphrase at all")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page) and not page.busy.isVisibleTo(page))
    return page


def test_a_text_file_named_hpj_is_not_a_journal(qtbot, tmp_path, dialogs) -> None:  # noqa: ANN001
    path = tmp_path / "journal.hpj"
    path.write_text("Monday: walked to the sea.\n" * 40, encoding="utf-8")
    try:
        page = _try_unlocking(qtbot, tmp_path, path)
        assert page.message.text() == "This is a text file, not a Hall Pass journal."
        step = page.next_step.text()
        assert page.next_step.isVisibleTo(page) and "Choose" in step
        assert ".hpj" not in step  # its name is fine; nothing to say about extensions
    finally:
        operations.shutdown()
    assert path.read_text(encoding="utf-8").startswith("Monday")


def test_another_extension_is_still_pointed_out(qtbot, tmp_path, dialogs) -> None:  # noqa: ANN001
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\x00\x01binary" * 500)
    try:
        page = _try_unlocking(qtbot, tmp_path, path)
        assert "not a Hall Pass journal" in page.message.text()
        assert ".hpj" in page.next_step.text()
    finally:
        operations.shutdown()
