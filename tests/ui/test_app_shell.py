"""The application shell with real widgets and real journal files (issue #3)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from shell_support import ScriptedBackend, widgets_containing

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.paths import AppPaths
from hallpass_journal.services import backups
from hallpass_journal.services.journal import SETTING_BACKUPS_KEPT, Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.welcome_page import WelcomePage
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.windows.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"
MARKER = "zebra-marmalade-7731"
OP_TIMEOUT = 10_000


@pytest.fixture
def backend(dialogs: ScriptedBackend) -> ScriptedBackend:
    return dialogs


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path)


@pytest.fixture
def make_window(qtbot, paths: AppPaths, backend: ScriptedBackend):  # noqa: ANN001, ANN201
    windows: list[MainWindow] = []

    def make(start: Path | None = None, *, begin: bool = True) -> MainWindow:
        window = MainWindow(paths, AppSettings.load(paths.settings_file))
        qtbot.addWidget(window)
        windows.append(window)
        if begin:
            window.start(start)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.shutdown()
    operations.shutdown()


def _journal_with_marker(path: Path) -> None:
    with Journal.create(path, PASSPHRASE) as journal:
        journal.save_entry(
            Entry.new(EntryKind.FREE, title=f"About {MARKER}", body=f"Body with {MARKER} inside.")
        )


def _unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # noqa: ANN001
    page = window.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)


# -- creating ------------------------------------------------------------------------


def test_first_run_creates_journal_through_welcome_page(qtbot, make_window, paths) -> None:
    window = make_window()
    page = window.page
    assert isinstance(page, WelcomePage)
    assert window.windowTitle() == "Hall Pass Journal"
    assert "cannot be opened again" in " ".join(
        w.text() for w in page.findChildren(type(page.intro))
    )
    assert not page.create_button.isEnabled()

    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirmation, PASSPHRASE[:-1])
    assert not page.create_button.isEnabled()
    assert page.message.isVisibleTo(page)  # "not the same yet"
    qtbot.keyClicks(page.confirmation, PASSPHRASE[-1])
    assert page.create_button.isEnabled()
    qtbot.waitUntil(lambda: page.meter.strength is not None)
    assert page.meter.label.text() in {"Strong", "Very strong"}

    with qtbot.waitSignal(window.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        assert page.busy.isVisibleTo(page)  # creation runs off the GUI thread
        assert not page.passphrase.isEnabled()

    assert isinstance(window.page, WorkspacePage)
    assert paths.default_journal.is_file()
    assert window.journal is not None and window.journal.vault.is_open
    assert window.windowTitle() == "Hall Pass Journal"
    stored = AppSettings.load(paths.settings_file)
    assert stored.last_journal == str(paths.default_journal.resolve())


def test_weak_passphrase_asks_first(qtbot, make_window, backend, paths) -> None:
    window = make_window()
    page = window.page
    page.passphrase.setText("abc")
    page.confirmation.setText("abc")
    backend.confirm_answers.append(False)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert backend.kinds() == ["confirm"]
    assert not paths.default_journal.exists()
    assert window.page is page


# -- unlocking -----------------------------------------------------------------------


def test_wrong_passphrase_then_right_one(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    before = paths.default_journal.read_bytes()
    window = make_window()
    page = window.page
    assert isinstance(page, UnlockPage)
    assert window.windowTitle() == "Hall Pass Journal — Locked"
    # Only the file's name and folder are shown, nothing from inside it.
    assert paths.default_journal.name in page.location.text()
    assert not widgets_containing(MARKER)

    page.passphrase.setText("not the passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page) and not page.busy.isVisibleTo(page))
    assert "does not open this journal" in page.message.text()
    assert page.passphrase.isEnabled()
    assert page.passphrase.hasSelectedText()
    assert QApplication.focusWidget() is page.passphrase
    assert window.journal is None
    assert paths.default_journal.read_bytes() == before

    _unlock(qtbot, window)
    assert isinstance(window.page, WorkspacePage)


def test_unlock_keeps_window_responsive(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    page = window.page
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=OP_TIMEOUT):
        page.unlock_button.click()
        # The click returned before the key was derived: the work is on a worker thread.
        assert window.journal is None
        assert page.busy.isVisibleTo(page)
        assert not page.unlock_button.isEnabled()


def test_missing_journal_offers_locate_and_create(qtbot, make_window, backend, tmp_path) -> None:
    gone = tmp_path / "moved.hpj"
    window = make_window(gone)
    page = window.page
    assert isinstance(page, UnlockPage)
    assert "no journal at this location" in page.message.text()
    assert page.action_buttons["locate"].isVisibleTo(page)
    assert page.action_buttons["create"].isVisibleTo(page)

    elsewhere = tmp_path / "found" / "journal.hpj"
    elsewhere.parent.mkdir()
    _journal_with_marker(elsewhere)
    backend.open_answers.append(elsewhere)
    qtbot.mouseClick(page.action_buttons["locate"], Qt.MouseButton.LeftButton)
    assert isinstance(window.page, UnlockPage) and window.page.path == elsewhere
    assert not window.page.message.isVisibleTo(window.page)

    window.show_unlock(gone)
    qtbot.mouseClick(window.page.action_buttons["create"], Qt.MouseButton.LeftButton)
    assert isinstance(window.page, WelcomePage) and window.page.target == gone
    assert not gone.exists()


def test_not_a_journal_says_so(qtbot, make_window, tmp_path) -> None:
    text_file = tmp_path / "notes.hpj"
    text_file.write_text("just some text, not a journal\n" * 300)
    window = make_window(text_file)
    page = window.page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: "not a Hall Pass journal" in page.message.text())
    assert text_file.read_text().startswith("just some text")


def test_damaged_journal_offers_restore_from_backup(qtbot, make_window, backend, paths) -> None:
    path = paths.default_journal
    _journal_with_marker(path)
    Journal.open(path, PASSPHRASE, auto_backup=True).close()  # takes the daily backup
    assert backends_count(path) == 1
    with path.open("r+b") as fh:  # cut off, as by an interrupted copy
        fh.truncate(path.stat().st_size - 100)

    window = make_window()
    page = window.page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.action_buttons["restore"].isVisibleTo(page))
    assert "Restore" in page.action_buttons["restore"].text()
    assert "backup" in page.next_step.text()

    backend.confirm_answers.append(True)
    with qtbot.waitSignal(window.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.action_buttons["restore"], Qt.MouseButton.LeftButton)
    assert backend.kinds() == ["confirm"]
    assert window.journal is not None
    assert [e.title for e in _all_entries(window.journal)] == [f"About {MARKER}"]
    kept = list(backends_dir(path).glob("before-restore-*.hpj"))
    assert len(kept) == 1  # the damaged file is kept


def backends_dir(path: Path) -> Path:
    return backups.backup_dir_for(path)


def backends_count(path: Path) -> int:
    return len(backups.list_backups(path))


def _all_entries(journal: Journal) -> list[Entry]:
    return list(journal.entries.iter_all())


# -- locking -------------------------------------------------------------------------


def test_lock_destroys_every_trace_of_journal_text(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    journal = window.journal
    window.workspace.show_section("journal")
    qtbot.waitUntil(lambda: bool(widgets_containing(MARKER)))  # the list shows it
    # Open the entry in the editor too, so an editor really holds the text.
    view = window.workspace.view("journal")
    entry = next(journal.entries.iter_all())
    view.open_entry(str(entry.uuid))
    qtbot.waitUntil(lambda: len(widgets_containing(MARKER)) >= 2)

    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()

    assert widgets_containing(MARKER) == []
    assert journal.vault.is_open is False
    assert window.journal is None and window.workspace is None
    assert isinstance(window.page, UnlockPage)
    assert window.windowTitle() == "Hall Pass Journal — Locked"
    assert not window.menu_actions.lock.isEnabled()
    assert not [w for w in QApplication.allWidgets() if isinstance(w, WorkspacePage)]
    assert window.statusBar().currentMessage() == ""

    _unlock(qtbot, window)  # and it opens again, with nothing lost while locking
    entry = next(window.journal.entries.iter_all())
    assert entry.title == f"About {MARKER}"
    assert entry.body == f"Body with {MARKER} inside."


def test_lock_shortcut_is_ctrl_l(make_window) -> None:
    window = make_window()
    assert "Ctrl+L" in [k.toString() for k in window.menu_actions.lock.shortcuts()]


def test_auto_lock_after_idle_time(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    journal = window.journal
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.idle.set_timeout_ms(60)
    assert journal.vault.is_open is False
    assert widgets_containing(MARKER) == []


def test_input_postpones_auto_lock(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    clock = QElapsedTimer()
    clock.start()
    typing_for_ms = 700

    def poke() -> None:  # a key press every 50 ms, for 700 ms
        if clock.elapsed() < typing_for_ms:
            qtbot.keyClick(window, Qt.Key.Key_Shift)
        else:
            poker.stop()

    poker = QTimer(window)
    poker.timeout.connect(poke)
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.idle.set_timeout_ms(300)
        poker.start(50)
    # Never locked while typing: only 300 ms after the last key.
    assert clock.elapsed() >= typing_for_ms + 250


def test_lock_on_minimise_when_asked(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    window.settings.lock_on_minimise = True
    _unlock(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.showMinimized()


def test_closing_the_window_locks_and_closes(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    journal = window.journal
    window.close()
    assert journal.vault.is_open is False
    assert not (paths.default_journal.parent / (paths.default_journal.name + ".lock")).exists()


# -- menus, settings -----------------------------------------------------------------


def test_find_focuses_journal_search(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    window.activateWindow()
    window.menu_actions.find.trigger()
    assert window.workspace.current_section() == "journal"
    view = window.workspace.view("journal")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search_edit)


def test_preferences_persist_and_never_hold_journal_text(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    window.menu_actions.preferences.trigger()
    dialog = window.preferences_dialog
    qtbot.waitExposed(dialog)
    dialog.auto_lock.setValue(12)
    dialog.lock_on_minimise.setChecked(True)
    dialog.backups.setValue(4)
    with qtbot.waitSignal(dialog.finished):
        dialog.ok_button.click()

    stored = AppSettings.load(paths.settings_file)
    assert stored.auto_lock_minutes == 12
    assert stored.lock_on_minimise is True
    assert window.idle.timeout_ms == 12 * 60_000
    assert window.journal.settings.get(SETTING_BACKUPS_KEPT) == 4  # inside the journal
    raw = paths.settings_file.read_text()
    assert MARKER not in raw
    assert "backups" not in raw
    assert set(json.loads(raw)) == {
        "theme",
        "auto_lock_minutes",
        "lock_on_minimise",
        "last_journal",
        "window_geometry",
        "sidebar_collapsed",  # a yes or no about the window, never journal text
        "keep_in_tray",
        "clipboard_clear_seconds",
        "language",  # a language code, or empty to follow the system
    }
    assert oct(paths.settings_file.stat().st_mode & 0o777) == "0o600" or os.name == "nt"


def test_preferences_while_locked_leave_backups_alone(qtbot, make_window) -> None:
    window = make_window()
    window.menu_actions.preferences.trigger()
    dialog = window.preferences_dialog
    assert not dialog.backups.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_about_shows_version_and_promise(qtbot, make_window) -> None:
    from hallpass_journal import __version__

    window = make_window()
    window.menu_actions.about.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    text = " ".join(w.text() for w in dialog.findChildren(type(window.encrypted_label)))
    assert __version__ in text
    assert "encrypted" in text
    dialog.reject()


def test_open_journal_menu_locks_current_first(
    qtbot, make_window, backend, paths, tmp_path
) -> None:
    _journal_with_marker(paths.default_journal)
    other = tmp_path / "other.hpj"
    Journal.create(other, PASSPHRASE).close()
    window = make_window()
    _unlock(qtbot, window)
    first = window.journal
    backend.open_answers.append(other)
    window.menu_actions.open_journal.trigger()
    assert first.vault.is_open is False
    assert isinstance(window.page, UnlockPage) and window.page.path == other
    assert widgets_containing(MARKER) == []


def test_new_journal_menu_goes_to_welcome_for_that_place(make_window, backend, tmp_path) -> None:
    window = make_window()
    backend.save_answers.append(tmp_path / "second")
    window.menu_actions.new_journal.trigger()
    assert isinstance(window.page, WelcomePage)
    assert window.page.target == tmp_path / "second.hpj"


def test_auto_lock_closes_open_dialogs_first(qtbot, make_window, paths) -> None:
    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    window.menu_actions.preferences.trigger()
    dialog = window.preferences_dialog
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.idle.set_timeout_ms(50)
    assert window.journal is None
    assert not any(w.isVisible() and w.isModal() for w in QApplication.topLevelWidgets())


def test_auto_lock_finishes_even_when_the_last_save_fails(qtbot, make_window, paths) -> None:
    """A write error (here: the OS file-size limit) must not leave the journal on screen."""
    import resource
    import signal

    _journal_with_marker(paths.default_journal)
    window = make_window()
    _unlock(qtbot, window)
    journal = window.journal
    window.find_in_journal()  # shows the Journal section
    view = window.workspace.view("journal")
    view.new_entry()
    view.editor.body_edit.setPlainText(f"{MARKER} " * 200_000)  # too big for the limit
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    previous = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, previous[1]))
    try:
        with qtbot.waitSignal(window.locked, timeout=5000):
            window.idle.set_timeout_ms(30)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, previous)
        signal.signal(signal.SIGXFSZ, previous_handler)
    assert journal.vault.is_open is False
    assert widgets_containing(MARKER) == []
