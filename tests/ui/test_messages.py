"""Message boxes show their text as plain text: markup in a file name stays literal.

These tests use the real ``QtBackend`` (not the scripted one of the other UI tests) with
``QMessageBox.exec`` replaced, so the real boxes are built but nothing blocks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QMessageBox

from hallpass_journal.ui import messages

# A journal file name and an error detail that Qt, left to guess, would render as rich text.
MARKUP = 'Cannot open <b>diary</b>.hpj: see <a href="https://example.org">here</a> &amp; <i>x'


def _shown_label(box: QMessageBox) -> QLabel:
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    return label


def test_markup_would_otherwise_be_rich_text() -> None:
    assert QtGuiNamespace.mightBeRichText(MARKUP)


def test_a_built_box_shows_markup_literally(qtbot) -> None:  # noqa: ANN001
    box = messages.build_box(None, QMessageBox.Icon.Warning, "A <b>title</b>", MARKUP)
    qtbot.addWidget(box)  # built, never shown: nothing blocks
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == MARKUP
    label = _shown_label(box)  # the label the box shows its text in
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == MARKUP


@pytest.fixture
def executed(qtbot, monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:  # noqa: ANN001
    """Boxes the real backend runs, recorded instead of shown (exec returns at once)."""
    boxes: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        qtbot.addWidget(box)
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(messages, "backend", messages.QtBackend())
    return boxes


@pytest.mark.parametrize(
    ("show", "icon"),
    [
        (lambda: messages.inform(None, "Title", MARKUP), QMessageBox.Icon.Information),
        (lambda: messages.warn(None, "Title", MARKUP), QMessageBox.Icon.Warning),
        (lambda: messages.confirm(None, "Title", MARKUP, "Delete"), QMessageBox.Icon.Question),
    ],
    ids=["inform", "warn", "confirm"],
)
def test_every_message_box_is_plain_text(executed, show, icon) -> None:  # noqa: ANN001
    show()
    [box] = executed
    assert box.icon() == icon
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == MARKUP
    assert _shown_label(box).textFormat() == Qt.TextFormat.PlainText


def test_inform_and_warn_keep_one_ok_button(executed) -> None:  # noqa: ANN001
    messages.inform(None, "Title", "text")
    messages.warn(None, "Title", "text")
    for box in executed:
        assert box.standardButtons() == QMessageBox.StandardButton.Ok
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Ok)


def test_confirm_keeps_its_buttons_and_answers_no_when_closed(executed) -> None:  # noqa: ANN001
    assert messages.confirm(None, "Title", "text", "Delete") is False  # closed, not clicked
    [box] = executed
    assert [b.text() for b in box.buttons() if b is box.defaultButton()] == ["Delete"]
    assert box.button(QMessageBox.StandardButton.Cancel) is not None
