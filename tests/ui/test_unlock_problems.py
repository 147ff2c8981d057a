"""The unlock page names problems a person can act on, never just "unexpected"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shell_support import ScriptedBackend

from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.windows.main_window import MainWindow
from tests.namespaces import AS_ORDINARY_USER, rerun_in_namespace

PASSPHRASE = "correct horse battery staple"


def _rerun_as_ordinary_user(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Run this same test again as an ordinary user: root reads any file regardless."""
    runtime = tmp_path / "runtime"  # Qt wants a runtime folder the inner user owns
    runtime.mkdir(mode=0o700)
    rerun_in_namespace(
        request,
        tmp_path,
        AS_ORDINARY_USER,
        not_tested="unreadable journal",
        env={"XDG_RUNTIME_DIR": str(runtime)},
    )


def test_unreadable_journal_gets_its_own_calm_message(
    request: pytest.FixtureRequest, qtbot, tmp_path: Path, dialogs: ScriptedBackend
) -> None:  # noqa: ANN001
    if os.geteuid() == 0:
        _rerun_as_ordinary_user(request, tmp_path)
        return
    paths = AppPaths.under(tmp_path)
    path = paths.default_journal
    Journal.create(path, PASSPHRASE).close()
    before = path.read_bytes()
    path.chmod(0)
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    try:
        window.start(path)
        window.show()
        qtbot.waitExposed(window)
        page = window.page
        assert isinstance(page, UnlockPage)
        page.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.message.isVisibleTo(page) and not page.busy.isVisibleTo(page))
        assert "cannot be read" in page.message.text()
        assert "unexpected" not in page.message.text().lower()
        assert "permission" in page.next_step.text().lower()
        assert window.journal is None

        # A folder that cannot be looked into: the same message, from the start.
        path.chmod(0o600)
        path.parent.chmod(0)
        page = window.show_unlock(path)
        assert "cannot be read" in page.message.text()
    finally:
        path.parent.chmod(0o700)
        window.shutdown()
        operations.shutdown()
        path.chmod(0o600)
    assert path.read_bytes() == before


def test_a_leftover_file_set_aside_at_unlock_is_said_once(
    qtbot, tmp_path: Path, dialogs: ScriptedBackend
) -> None:  # noqa: ANN001
    import shutil

    from hallpass_journal.domain.entries import Entry
    from hallpass_journal.domain.vocabulary import EntryKind

    paths = AppPaths.under(tmp_path)
    path = paths.default_journal
    wal = path.with_name(path.name + "-wal")
    older = tmp_path / "older.hpj"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.save_entry(Entry.new(EntryKind.FREE, title="old"))
        journal.vault.copy_to(older)
        for i in range(20):
            journal.save_entry(Entry.new(EntryKind.FREE, title=f"new {i}", body="w " * 900))
        journal.vault.checkpoint()
        journal.save_entry(Entry.new(EntryKind.FREE, title="newest", body="w " * 900))
        frames = wal.read_bytes()
    wal.write_bytes(frames)  # a crash left the -wal ...
    shutil.copyfile(older, path)  # ... and an older copy was put in place by hand

    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    try:
        window.start(path)
        window.show()
        qtbot.waitExposed(window)
        page = window.page
        assert isinstance(page, UnlockPage)
        page.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(window.unlocked, timeout=10_000):
            qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        assert window.journal is not None
        assert [e.title for e in window.journal.entries.iter_all()] == ["old"]
        [(kind, _title, text)] = dialogs.calls
        assert kind == "inform" and "journal.hpj-wal.orphaned-1" in text
    finally:
        window.shutdown()
        operations.shutdown()
    assert path.with_name(path.name + "-wal.orphaned-1").read_bytes() == frames
