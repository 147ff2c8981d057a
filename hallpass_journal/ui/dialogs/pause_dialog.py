"""What shows after a pause was called: calm words, large enough to read in a hard moment.

The pause is already recorded (dated) when this opens; nothing here can undo it or needs
to be filled in. It shows the couple's own pause phrase (or a gentle line when they have
not agreed one), a short script for a calm conversation, and an optional place to say
why and what would help, saved into the pause entry if written: "Keep this note"
saves it, and so does closing the dialog any other way (Close, Esc, locking), so
words written in a hard moment are never thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.ui import messages
from hallpass_journal.ui.widgets.page_parts import buddy_label, set_role, text_label

#: Everything in the dialog is this much larger than the app's text.
SCALE = 1.18


def _sheet() -> str:
    """Larger type for the whole dialog, largest for the heading and the phrase.

    Sizes go through a style sheet: with the app's style sheet in force, fonts set on a
    widget are neither inherited by its children nor kept on a widget a rule matches.
    """
    base = QApplication.font().pointSizeF()
    base = base if base > 0 else 10.0
    return (
        f"QLabel, QPlainTextEdit, QPushButton {{ font-size: {base * SCALE:.1f}pt; }}"
        f"QLabel#pauseHeading {{ font-size: {base * 1.7:.1f}pt; font-weight: 600; }}"
        f"QLabel#pausePhrase {{ font-size: {base * 1.6:.1f}pt; font-weight: 600; }}"
        f"QLabel#pauseNoPhrase {{ font-size: {base * 1.3:.1f}pt; }}"
        f"QLabel#pauseScriptTitle {{ font-size: {base * 1.3:.1f}pt; font-weight: 600; }}"
    )


class PauseDialog(QDialog):
    """The pause phrase, a calm-conversation script and an optional reason."""

    def __init__(
        self,
        pause_phrase: str,
        script_title: str,
        script_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pause"))
        self.setObjectName("pauseDialog")
        self.setStyleSheet(_sheet())

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(scroll)
        scroll.setWidget(body)
        col = QVBoxLayout(body)
        col.setContentsMargins(28, 24, 28, 12)
        col.setSpacing(14)

        heading = QLabel(self.tr("The agreement is paused."), body)
        heading.setObjectName("pauseHeading")
        heading.setWordWrap(True)
        col.addWidget(heading)
        col.addWidget(
            text_label(
                self.tr(
                    "Nothing more needs to happen now. Take a breath. You can talk when "
                    "you are both ready, and go on only if you both choose to."
                ),
                body,
            )
        )

        if pause_phrase:
            caption = self.tr("Your pause phrase")
            phrase = f"“{pause_phrase}”"
        else:
            caption = self.tr("You have not agreed on a pause phrase yet")
            phrase = self.tr("Saying that you need to stop and talk is enough.")
        self.phrase_caption = text_label(caption, body, role="muted")
        self.phrase_label = text_label(phrase, body, role="notice")
        self.phrase_label.setAccessibleName(caption)
        self.phrase_label.setObjectName("pausePhrase" if pause_phrase else "pauseNoPhrase")
        col.addWidget(self.phrase_caption)
        col.addWidget(self.phrase_label)

        self.script_title = QLabel(script_title, body)
        self.script_title.setWordWrap(True)
        self.script_title.setObjectName("pauseScriptTitle")
        self.script_label = text_label(script_text, body)
        self.script_label.setAccessibleName(script_title)
        self.script_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.script_title)
        col.addWidget(self.script_label)

        self.reason_edit = self._note(self.tr("Reason (optional)"))
        self.need_edit = self._note(self.tr("What I need right now (optional)"))
        for label_text, edit in (
            (self.tr("&Reason (optional)"), self.reason_edit),
            (self.tr("What I &need right now (optional)"), self.need_edit),
        ):
            col.addWidget(buddy_label(label_text, edit, body))
            col.addWidget(edit)
        col.addWidget(
            text_label(
                self.tr("Written here, it is kept with the pause in your journal, for you."),
                body,
                role="muted",
            )
        )
        col.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Keep this note"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Keep the reason with the pause"))
        set_role(self.save_button, "primary")
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        messages.plain_buttons(buttons.buttons())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)
        for edit in (self.reason_edit, self.need_edit):
            edit.textChanged.connect(self._on_text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        foot = QVBoxLayout()
        foot.setContentsMargins(28, 8, 28, 16)
        foot.addWidget(buttons)
        layout.addLayout(foot)
        self.setMinimumSize(480, 420)
        self._fit(640, 720)

    def _note(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(name)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
        return edit

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(max(width, 480), max(height, 420))

    def _on_text(self) -> None:
        written = bool(self.reason() or self.what_i_need())
        self.save_button.setEnabled(written)
        self.save_button.setDefault(written)
        self.close_button.setDefault(not written)

    def reason(self) -> str:
        """The reason as written ("" when none)."""
        return self.reason_edit.toPlainText().strip()

    def what_i_need(self) -> str:
        """What would help, as written ("" when nothing)."""
        return self.need_edit.toPlainText().strip()
