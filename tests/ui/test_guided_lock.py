"""Locking through the window while a guided form is half filled: nothing stays in any
widget, the encrypted journal keeps the draft, and after unlocking the same form opens
with the words as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from shell_support import widgets_containing

from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.guided.form import GuidedForm
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.views.guides_view import GuidesView
from hallpass_journal.ui.windows.main_window import MainWindow
from hallpass_journal.ui.windows.sections import GUIDED_START

PASSPHRASE = "correct horse battery staple"
WORDS = "Half a thought about the evening, unfinished"


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs) -> Iterator[MainWindow]:  # noqa: ANN001
    paths = AppPaths.under(tmp_path)
    Journal.create(paths.default_journal, PASSPHRASE).close()
    main = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(main)
    main.resize(QSize(1100, 720))
    main.start(None)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.shutdown()
    operations.shutdown()


def unlock(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = window.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)


def open_reflection(window: MainWindow) -> GuidedForm:
    assert window.workspace is not None
    assert window.workspace.route_action(GUIDED_START, "reflection")
    view = window.workspace.view("guides", create=False)
    assert isinstance(view, GuidesView) and isinstance(view.form, GuidedForm)
    return view.form


def test_locking_a_half_filled_guided_form_keeps_the_words_and_shows_none(
    qtbot,
    window,  # noqa: ANN001
) -> None:
    unlock(qtbot, window)
    form = open_reflection(window)
    qtbot.keyClicks(form.control("hoping_for").edit, WORDS)
    qtbot.waitUntil(lambda: bool(widgets_containing(WORDS)))
    journal = window.journal
    assert journal is not None

    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()  # no time for the autosave timer: lock flushes

    assert widgets_containing(WORDS) == []
    assert journal.vault.is_open is False
    assert WORDS.encode() not in journal.path.read_bytes()  # kept, but encrypted

    unlock(qtbot, window)
    again = open_reflection(window)
    assert again.control("hoping_for").edit.toPlainText() == WORDS
    assert again.entry is None  # still a draft: nothing was saved as an entry
