"""Text copied from the app is marked secret for clipboard managers and cleared after a
while, on lock and on quit — but only while the clipboard still holds what the app put
there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from hallpass_journal.ui.app_settings import (
    MAX_CLIPBOARD_SECONDS,
    MIN_CLIPBOARD_SECONDS,
    AppSettings,
)
from hallpass_journal.ui.clipboard import SECRET_HINT, ClipboardGuard

WORDS = "I felt close to Alex tonight"


@pytest.fixture
def window(qtbot) -> Iterator[tuple[QWidget, QPlainTextEdit]]:  # noqa: ANN001
    QGuiApplication.clipboard().clear()
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(400, 200)
    edit = QPlainTextEdit(WORDS, top)  # no layout: the offscreen platform takes no size hints
    edit.setGeometry(0, 0, 400, 200)
    top.show()
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    yield top, edit
    QGuiApplication.clipboard().clear()


def copy_all(edit: QPlainTextEdit) -> None:
    edit.selectAll()
    edit.copy()


def clipboard_text() -> str:
    data = QGuiApplication.clipboard().mimeData()
    return data.text() if data is not None else ""


def test_a_copy_is_marked_secret_and_cleared_after_the_chosen_time(qtbot, window) -> None:  # noqa: ANN001
    top, edit = window
    guard = ClipboardGuard(top, clear_after_seconds=1)
    copy_all(edit)
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and data.text() == WORDS
    assert bytes(data.data(SECRET_HINT).data()) == b"secret"
    assert guard.holding
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=5000)  # the timer, not a sleep
    assert not guard.holding


def test_lock_clears_what_the_app_copied(qtbot, window) -> None:  # noqa: ANN001
    top, edit = window
    guard = ClipboardGuard(top, clear_after_seconds=300)
    copy_all(edit)
    assert clipboard_text() == WORDS
    assert guard.clear() is True  # what the window calls on lock and quit
    assert clipboard_text() == ""


def test_something_copied_elsewhere_since_is_left_alone(qtbot, window) -> None:  # noqa: ANN001
    top, edit = window
    guard = ClipboardGuard(top, clear_after_seconds=300)
    copy_all(edit)
    # Another careful application (it marks its data too) copies a password meanwhile.
    other = QMimeData()
    other.setText("someone else's text")
    other.setData(SECRET_HINT, b"secret")
    QGuiApplication.clipboard().setMimeData(other)
    assert guard.clear() is False
    assert clipboard_text() == "someone else's text"


def test_a_copy_by_another_application_is_not_taken_over(qtbot, window) -> None:  # noqa: ANN001
    top, _edit = window
    guard = ClipboardGuard(top, clear_after_seconds=300)
    top.hide()  # the person is in another application now
    qtbot.waitUntil(lambda: not top.isActiveWindow())
    if QGuiApplication.clipboard().ownsClipboard():
        pytest.skip("this platform reports every in-process copy as the app's own")
    QGuiApplication.clipboard().setText("from elsewhere")
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and not data.hasFormat(SECRET_HINT)
    assert not guard.holding
    assert guard.clear() is False
    assert clipboard_text() == "from elsewhere"


def test_the_preference_is_kept_within_bounds() -> None:
    assert AppSettings().clipboard_clear_seconds == 30
    assert AppSettings.from_dict({"clipboard_clear_seconds": 1}).clipboard_clear_seconds == (
        MIN_CLIPBOARD_SECONDS
    )
    assert AppSettings.from_dict({"clipboard_clear_seconds": 10**9}).clipboard_clear_seconds == (
        MAX_CLIPBOARD_SECONDS
    )
    assert AppSettings.from_dict({"clipboard_clear_seconds": "60"}).clipboard_clear_seconds == 30
    assert AppSettings.from_dict({"clipboard_clear_seconds": True}).clipboard_clear_seconds == 30
