"""The pause dialog on its own: calm, readable, nothing required."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hallpass_journal.ui.dialogs.pause_dialog import PauseDialog


def _dialog(qtbot, phrase: str = "Blue umbrella") -> PauseDialog:  # noqa: ANN001
    dialog = PauseDialog(phrase, "The talk after a pause", "Sit down together.\nBreathe.")
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_couples_own_phrase_large(qtbot) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.phrase_label.text() == "“Blue umbrella”"
    assert dialog.phrase_caption.text() == "Your pause phrase"
    app_size = QApplication.font().pointSizeF()
    assert dialog.phrase_label.font().pointSizeF() > 1.4 * app_size
    assert dialog.phrase_label.font().bold()
    assert dialog.script_label.font().pointSizeF() > 1.1 * app_size
    assert dialog.reason_edit.font().pointSizeF() > 1.1 * app_size
    assert dialog.script_title.text() == "The talk after a pause"
    assert dialog.script_label.text() == "Sit down together.\nBreathe."


def test_without_a_phrase_a_gentle_line(qtbot) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, "")
    assert "not agreed on a pause phrase yet" in dialog.phrase_caption.text()
    assert "enough" in dialog.phrase_label.text()


def test_the_reason_is_optional(qtbot) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.close_button.isEnabled() and dialog.close_button.isDefault()
    qtbot.keyClicks(dialog.reason_edit, "  Too fast  ")
    qtbot.keyClicks(dialog.need_edit, "A walk")
    assert dialog.save_button.isEnabled() and dialog.save_button.isDefault()
    assert (dialog.reason(), dialog.what_i_need()) == ("Too fast", "A walk")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_fits_a_small_screen(qtbot) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot)
    assert dialog.minimumWidth() <= 1024 and dialog.minimumHeight() <= 600
    assert dialog.height() <= 720 and dialog.width() >= 480
