"""Shared set-up for the File menu action tests: a window on a real journal, unlocked."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.windows.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "violet tractor mango sundial"
OP_TIMEOUT = 15_000


def journal_with(path: Path, *titles: str, private: tuple[str, ...] = ()) -> None:
    """A journal at ``path`` holding free entries with these titles (closed again)."""
    with Journal.create(path, PASSPHRASE) as journal:
        add_entries(journal, *titles, private=private)


def add_entries(journal: Journal, *titles: str, private: tuple[str, ...] = ()) -> None:
    for title in (*titles, *private):
        journal.save_entry(
            Entry.new(EntryKind.FREE, title=title, body=f"{title} body.", private=title in private)
        )


def titles(journal: Journal) -> list[str]:
    return sorted(e.title for e in journal.entries.iter_all())


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # noqa: ANN001
    page = window.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)


@contextlib.contextmanager
def unlocked_window(
    qtbot,
    paths: AppPaths,
    size: tuple[int, int] | None = None,  # noqa: ANN001
) -> Iterator[MainWindow]:
    """A main window on ``paths.default_journal``, shown and unlocked; shut down after."""
    win = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    unlock(qtbot, win)
    try:
        yield win
    finally:
        win.shutdown()
        operations.shutdown()
