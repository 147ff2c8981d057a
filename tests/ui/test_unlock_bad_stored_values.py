"""The window unlocks a journal holding values an unchecked import once stored.

Before settings and drafts were checked on read, ``{"backups.keep": "lots"}`` made the
window say "something unexpected" and left the journal half open, and a hostile check-in
draft raised while Home was being built. The values are written through the storage
layer here, as that older import did.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from shell_support import ScriptedBackend

from hallpass_journal.paths import AppPaths
from hallpass_journal.services import backups
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.kv_repo import DraftRepository, SettingsRepository
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.windows.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def window(qtbot, tmp_path, dialogs: ScriptedBackend) -> Iterator[MainWindow]:  # noqa: ANN001
    paths = AppPaths.under(tmp_path)
    with Journal.create(paths.default_journal, PASSPHRASE) as journal:
        SettingsRepository(journal.vault).set("backups.keep", "lots")
        DraftRepository(journal.vault).put("home.check_in", {"emotions": 5, "mood": "x"})
    shown = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(shown)
    shown.start(None)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.shutdown()
    operations.shutdown()


def test_bad_stored_values_never_stop_the_window_unlocking(
    qtbot,
    window: MainWindow,
    dialogs: ScriptedBackend,  # noqa: ANN001
) -> None:
    page = window.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    journal = window.journal
    assert journal is not None
    assert journal.backups_kept == backups.DEFAULT_KEEP
    assert journal.last_open.backup is not None  # the daily backup still happened
    # Said once, in one message after unlocking; nothing is left to say again.
    [(kind, _title, text)] = dialogs.calls
    assert kind == "inform"
    assert "backups.keep" in text and "draft" in text
    assert journal.notes.take() == []
