"""Welcome and unlock: show the passphrase, a second question for a very weak one, no jumps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shell_support import ScriptedBackend

from hallpass_journal.domain import errors
from hallpass_journal.paths import AppPaths
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.welcome_page import WelcomePage
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.windows.main_window import MainWindow

OP_TIMEOUT = 10_000
HIDDEN, SHOWN = QLineEdit.EchoMode.Password, QLineEdit.EchoMode.Normal


def settle() -> None:
    """Let posted layout requests run (nothing waits on a timer)."""
    for _ in range(3):
        QApplication.processEvents()


def place(widget: QWidget, page: QWidget) -> QRect:
    """``widget``'s rectangle in page coordinates."""
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


# -- showing the passphrase ----------------------------------------------------------------


def test_welcome_can_show_both_passphrase_fields(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    page = WelcomePage(tmp_path / "journal.hpj")
    host(page)
    fields = (page.passphrase, page.confirmation)
    assert [f.echoMode() for f in fields] == [HIDDEN, HIDDEN]
    box = QPoint(6, page.show_check.height() // 2)  # on the box itself
    qtbot.mouseClick(page.show_check, Qt.MouseButton.LeftButton, pos=box)
    assert [f.echoMode() for f in fields] == [SHOWN, SHOWN]
    qtbot.mouseClick(page.show_check, Qt.MouseButton.LeftButton, pos=box)
    assert [f.echoMode() for f in fields] == [HIDDEN, HIDDEN]


def test_unlock_can_show_the_passphrase(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "journal.hpj"
    path.write_bytes(b"")
    page = UnlockPage(path)
    host(page)
    assert page.passphrase.echoMode() == HIDDEN
    page.show_check.setFocus()
    qtbot.keyClick(page.show_check, Qt.Key.Key_Space)
    assert page.passphrase.echoMode() == SHOWN
    page.set_busy(True)
    assert not page.show_check.isEnabled()


# -- the card stays put --------------------------------------------------------------------


def test_the_welcome_card_does_not_jump_when_a_message_appears(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    page = WelcomePage(tmp_path / "journal.hpj")
    host(page, 1100, 800)
    settle()
    card, field, create = (place(w, page) for w in (page.card, page.passphrase, page.create_button))
    assert not page.message.isVisible()

    page.passphrase.setText("lighthouse kettle")
    page.confirmation.setText("lighthouse")
    settle()
    assert page.message.isVisible() and "not the same" in page.message.text()
    assert place(page.card, page) == card  # a one-line message fits its kept space
    assert place(page.create_button, page) == create

    page.show_message("A longer message. " * 9)  # wraps onto three lines
    settle()
    grown = place(page.card, page)
    assert grown.height() > card.height()
    assert grown.topLeft() == card.topLeft()  # it grows downwards only
    assert place(page.passphrase, page) == field

    page.show_message("")
    settle()
    assert place(page.card, page) == card


def test_the_unlock_card_does_not_jump_when_a_problem_is_shown(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "journal.hpj"
    path.write_bytes(b"")
    page = UnlockPage(path)
    host(page)
    settle()
    card, field = place(page.card, page), place(page.passphrase, page)

    page.show_problem(errors.WrongPassphrase())
    settle()
    assert page.message.isVisible() and page.next_step.isVisible()
    assert place(page.card, page).topLeft() == card.topLeft()
    assert place(page.passphrase, page) == field

    page.set_busy(True)  # the busy bar's space is kept too
    settle()
    assert place(page.passphrase, page) == field
    page.set_busy(False)
    page.clear_problem()
    settle()
    assert place(page.card, page) == card


def test_the_card_is_centred_again_when_the_window_is_resized(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    page = WelcomePage(tmp_path / "journal.hpj")
    window = host(page, 1100, 700)
    settle()
    top = place(page.card, page).top()
    window.resize(1100, 900)
    page.setGeometry(0, 0, 1100, 900)
    settle()
    assert place(page.card, page).top() > top
    bottom_room = page.height() - place(page.card, page).bottom()
    assert abs(place(page.card, page).top() - bottom_room) <= 4


# -- very weak passphrases ------------------------------------------------------------------


@pytest.fixture
def welcome(qtbot, tmp_path: Path, dialogs: ScriptedBackend):  # noqa: ANN001, ANN201
    paths = AppPaths.under(tmp_path)
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    window.start(None)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window.page, WelcomePage)
    yield window
    window.shutdown()
    operations.shutdown()


def _create(qtbot, window: MainWindow, passphrase: str) -> None:  # noqa: ANN001
    page = window.page
    assert isinstance(page, WelcomePage)
    page.passphrase.setText(passphrase)
    page.confirmation.setText(passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("passphrase", ["password", "Hall Pass Journal", "qwerty123"])
def test_a_very_weak_passphrase_needs_a_second_explicit_yes(
    qtbot,  # noqa: ANN001
    welcome: MainWindow,
    dialogs: ScriptedBackend,
    passphrase: str,
) -> None:
    page = welcome.page
    dialogs.confirm_answers += [True, False]  # "use it anyway", then "no" on the second
    _create(qtbot, welcome, passphrase)
    assert dialogs.kinds() == ["confirm", "confirm"]
    assert dialogs.calls[1][1] == "Keep this passphrase?"
    assert welcome.page is page and not welcome.paths.default_journal.exists()
    assert page.passphrase.isEnabled()

    dialogs.confirm_answers += [True, True]
    with qtbot.waitSignal(welcome.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["confirm"] * 4
    assert isinstance(welcome.page, WorkspacePage)


def test_a_weak_but_not_very_weak_passphrase_asks_once(
    qtbot,  # noqa: ANN001
    welcome: MainWindow,
    dialogs: ScriptedBackend,
) -> None:
    dialogs.confirm_answers.append(True)
    with qtbot.waitSignal(welcome.unlocked, timeout=OP_TIMEOUT):
        _create(qtbot, welcome, "Zq9" * 25)  # weak: repeats, but not a first guess
    assert dialogs.kinds() == ["confirm"]


def test_saying_no_at_the_first_question_asks_nothing_more(
    qtbot,  # noqa: ANN001
    welcome: MainWindow,
    dialogs: ScriptedBackend,
) -> None:
    dialogs.confirm_answers.append(False)
    _create(qtbot, welcome, "password")
    assert dialogs.kinds() == ["confirm"]
    assert isinstance(welcome.page, WelcomePage)
