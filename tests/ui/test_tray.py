"""Tray reminders: one fixed sentence, never journal text; nothing read from a locked journal.

The reminder clock runs over a real encrypted journal; the tray icon itself needs a
desktop with a system tray (the offscreen platform has none), so the tests of the icon
are skipped, with the reason, where there is no tray.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.dialogs.settings_dialog import SettingsDialog
from hallpass_journal.ui.tray import ReminderClock, Tray, reminder_text
from hallpass_journal.ui.windows.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"
SECRET = "Dinner with Jordan at the lake house"
T0 = datetime(2030, 5, 4, 18, 0, tzinfo=UTC)
NO_TRAY = "this platform has no system tray (offscreen or no tray host)"


def add(journal: Journal, due_at: datetime, title: str = SECRET) -> CheckIn:
    check_in = CheckIn(kind=CheckInKind.BEFORE, due_at=due_at, title=title)
    journal.check_ins.save_all([check_in])
    return check_in


@pytest.fixture
def clock(qtbot) -> Iterator[tuple[ReminderClock, list[str]]]:  # noqa: ANN001
    reminders = ReminderClock()
    said: list[str] = []
    reminders.remind.connect(said.append)
    yield reminders, said
    reminders.stop()
    reminders.deleteLater()


def test_the_message_is_a_fixed_sentence() -> None:
    assert reminder_text(locked=False) == "A check-in is due."
    assert reminder_text(locked=True) == "A check-in is due in Hall Pass Journal."


def test_a_newly_due_check_in_is_announced_once_without_journal_text(clock, journal) -> None:
    reminders, said = clock
    add(journal, T0 + timedelta(minutes=5))
    reminders.attach(journal, now=T0)  # unlock: the first look only sets the start
    reminders.check(T0 + timedelta(minutes=4))
    assert said == []
    reminders.check(T0 + timedelta(minutes=5, seconds=30))
    assert said == ["A check-in is due."]  # exactly the fixed sentence: no title, no date
    assert SECRET not in said[0] and "Jordan" not in said[0]
    reminders.check(T0 + timedelta(minutes=7))
    assert said == ["A check-in is due."]  # once


def test_what_was_already_overdue_at_the_first_look_is_not_announced(clock, journal) -> None:
    reminders, said = clock
    add(journal, T0 - timedelta(days=2))
    reminders.attach(journal, now=T0)
    reminders.check(T0 + timedelta(minutes=1))
    assert said == []  # it is on Home; the tray does not nag about it


def test_a_snoozed_check_in_is_announced_again_at_its_new_time(clock, journal) -> None:
    reminders, said = clock
    check_in = add(journal, T0 + timedelta(minutes=1))
    reminders.attach(journal, now=T0)
    reminders.check(T0 + timedelta(minutes=2))
    journal.check_ins.snooze(check_in.uuid, T0 + timedelta(hours=3))
    reminders.check(T0 + timedelta(hours=2))
    assert len(said) == 1
    reminders.check(T0 + timedelta(hours=3, minutes=1))
    assert said == ["A check-in is due.", "A check-in is due."]


def test_while_locked_only_due_times_are_kept_and_the_locked_sentence_is_said(
    clock, journal
) -> None:
    reminders, said = clock
    add(journal, T0 - timedelta(hours=1))  # already due: nothing to keep but a look
    add(journal, T0 + timedelta(hours=2))
    add(journal, T0 + timedelta(days=10))  # beyond Home's week: still kept for the tray
    reminders.attach(journal, now=T0 - timedelta(minutes=1))
    reminders.detach(journal, now=T0)
    journal.close()  # locked: any read now would fail loudly
    assert reminders.kept_times == 2
    reminders.check(T0 + timedelta(hours=1))
    assert said == []
    reminders.check(T0 + timedelta(hours=2, minutes=1))
    assert said == ["A check-in is due in Hall Pass Journal."]
    assert reminders.kept_times == 1
    reminders.check(T0 + timedelta(days=10, minutes=1))
    assert said[-1] == "A check-in is due in Hall Pass Journal." and len(said) == 2
    assert reminders.kept_times == 0


def test_stopping_forgets_the_kept_times(clock, journal) -> None:
    reminders, said = clock
    add(journal, T0 + timedelta(hours=2))
    reminders.attach(journal, now=T0)
    reminders.detach(journal, now=T0)
    reminders.stop()
    assert reminders.kept_times == 0
    reminders.check(T0 + timedelta(hours=3))
    assert said == []


def need_tray(wanted: bool = True) -> None:
    """Skip unless the desktop has (or, ``wanted=False``, has not) a system tray.

    Asked inside the test: the question needs the QApplication, which exists by then.
    """
    if QSystemTrayIcon.isSystemTrayAvailable() != wanted:
        pytest.skip(NO_TRAY if wanted else "this desktop has a system tray")


def test_the_tray_icon_shows_only_the_fixed_sentence(qtbot, journal) -> None:  # noqa: ANN001
    need_tray()
    tray = Tray()
    try:
        assert tray.available and tray.icon is not None and tray.icon.isVisible()
        assert tray.icon.toolTip() == "Hall Pass Journal"
        add(journal, T0 + timedelta(minutes=1))
        tray.clock.attach(journal, now=T0)
        tray.clock.check(T0 + timedelta(minutes=2))
        assert tray.last_message == "A check-in is due."
        with qtbot.waitSignal(tray.show_requested):
            tray.icon.messageClicked.emit()
    finally:
        tray.shutdown()


# -- the window: closing, quitting, the preference ------------------------------------


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs) -> Iterator[MainWindow]:  # noqa: ANN001
    paths = AppPaths.under(tmp_path)
    # Not handed to qtbot: it would close the window after the test (hiding it in the
    # tray, where there is one) and delete it in the middle of shutdown() below.
    win = MainWindow(paths, AppSettings(keep_in_tray=True))
    win.open_journal(Journal.create(paths.default_journal, PASSPHRASE))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()
    win.hide()
    win.deleteLater()
    operations.shutdown()
    QApplication.setQuitOnLastWindowClosed(True)  # as a hidden window may have left it


def test_without_a_tray_closing_quits_as_before(window: MainWindow) -> None:
    need_tray(False)
    assert not window.tray.available
    assert not window.keeps_running_in_tray  # chosen, but there is nowhere to go
    assert window.close()
    assert window.journal is None
    assert not window.isVisible()


def test_with_a_tray_closing_locks_and_hides_and_quit_quits(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    need_tray()
    assert window.keeps_running_in_tray
    assert not window.close()  # the close was turned into hiding
    assert window.journal is None  # locked first
    assert not window.isVisible()
    assert window.tray.icon is not None and window.tray.icon.isVisible()
    window.tray.show_window()
    assert window.isVisible()
    assert window.windowTitle() == "Hall Pass Journal — Locked"
    window.quit_app()
    assert not window.isVisible()
    assert window.tray.icon is None  # taken out of the tray


def test_the_preference_and_the_partner_name_round_trip(qtbot, window) -> None:  # noqa: ANN001
    window.settings.keep_in_tray = False
    window.show_preferences()
    dialog = window.preferences_dialog
    assert isinstance(dialog, SettingsDialog)
    assert not dialog.keep_in_tray.isChecked()  # off by default
    assert dialog.partner_name.isEnabled() and dialog.partner_name.text() == ""
    qtbot.mouseClick(
        dialog.keep_in_tray, Qt.MouseButton.LeftButton, pos=dialog.keep_in_tray.rect().center()
    )
    dialog.partner_name.setFocus()
    qtbot.keyClicks(dialog.partner_name, "  Sam ")
    dialog.accept()
    assert window.settings.keep_in_tray is True
    assert AppSettings.load(window.paths.settings_file).keep_in_tray is True
    assert window.journal is not None
    assert window.journal.settings.get(PARTNER_NAME) == "Sam"
    assert "Sam" not in window.paths.settings_file.read_text()  # the name stays encrypted

    window.show_preferences()
    again = window.preferences_dialog
    assert again is not None and again is not dialog
    assert again.keep_in_tray.isChecked()
    assert again.partner_name.text() == "Sam"
    again.reject()


def test_while_locked_the_partner_name_is_not_offered(qtbot) -> None:  # noqa: ANN001
    dialog = SettingsDialog(AppSettings(), backups_kept=None, preview_theme=lambda _m: None)
    qtbot.addWidget(dialog)
    assert not dialog.partner_name.isEnabled()
    dialog.accept()
    assert dialog.result_partner_name is None
    assert dialog.result_settings.keep_in_tray is False


def test_quit_in_the_tray_menu_ends_the_app_while_the_window_is_hidden(qapp, window) -> None:  # noqa: ANN001
    need_tray()
    assert not window.close()  # hidden in the tray: the app keeps running
    assert window.tray.menu is not None
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: qapp.exit(3))  # never hang the test run
    safety.start(10_000)
    QTimer.singleShot(0, window.tray.quit_action.trigger)
    assert qapp.exec() == 0  # Quit ended the event loop
    safety.stop()
    assert window.tray.icon is None and window.journal is None


def test_while_background_work_holds_the_journal_the_clock_does_not_read_it(
    qtbot,  # noqa: ANN001
    clock,  # noqa: ANN001
    journal,  # noqa: ANN001
) -> None:
    reminders, said = clock
    add(journal, T0 + timedelta(minutes=5))
    reminders.attach(journal, now=T0)
    holding, release = threading.Event(), threading.Event()

    def import_like_work() -> None:  # holds the journal, as a large import does
        with journal.vault.locked():
            holding.set()
            release.wait(10)

    operations.JournalOp(None, import_like_work).run_in_background()
    try:
        assert holding.wait(10) and operations.journal_busy()
        reminders.check(T0 + timedelta(minutes=6))  # would wait for the work: skipped
        assert said == []
    finally:
        release.set()
        qtbot.waitUntil(lambda: operations.running() == 0)
    reminders.check(T0 + timedelta(minutes=7))  # covers the minutes skipped
    assert said == ["A check-in is due."]
