"""Where the agreement stands, and the moves open to it now.

Only the moves the lifecycle allows from the current status get a button; the words on
each say what it does. Pause is the one move that never asks anything first: in a hard
moment one press is enough.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.agreements import (
    STATUS_LABELS,
    STATUS_SINCE,
    Agreement,
    AgreementStatus,
)
from hallpass_journal.ui import messages
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.flow_layout import FlowLayout
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    buddy_label,
    set_role,
    text_label,
)

# The moves a button can ask for (see LifecycleBar.requested).
CONSENT = "consent"
ACTIVATE = "activate"
TO_DRAFT = "to_draft"
PAUSE = "pause"
RESUME = "resume"
RENEGOTIATE = "renegotiate"
END = "end"
START_NEW = "start_new"


def day_text(day: date, fmt: str = "d MMM yyyy") -> str:
    """A day in the person's language, e.g. "3 Mar 2025"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def long_day(at: datetime) -> str:
    """A moment's day where the person is, e.g. "3 March 2025"."""
    return day_text(at.astimezone().date(), "d MMMM yyyy")


def status_line(agreement: Agreement) -> str:
    """The status and the day it began, e.g. "Active since 3 March 2025"."""
    since = agreement.history[-1].at if agreement.history else agreement.created_at
    return dt(STATUS_SINCE[agreement.status]).format(date=long_day(since))


class LifecycleBar(QWidget):
    """The status line and one button per move allowed now."""

    #: A button was pressed: one of CONSENT, ACTIVATE, … (module constants).
    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        top = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setStyleSheet("font-weight: 600;")  # the app sheet keeps fonts
        set_role(self.status_label, "notice")
        top.addWidget(self.status_label)
        top.addStretch(1)
        col.addLayout(top)
        self.ended_note = text_label(
            self.tr("This agreement has ended and stays as it was. You can start a new one."),
            self,
            role="muted",
        )
        col.addWidget(self.ended_note)

        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout()
        for move, text, name in (
            (CONSENT, self.tr("Both of us agree…"), self.tr("Record that both of us agree")),
            (ACTIVATE, self.tr("Make it active"), self.tr("Make the agreement active")),
            (PAUSE, self.tr("Pause"), self.tr("Pause the agreement now")),
            (RESUME, self.tr("Resume the agreement…"), self.tr("Resume the agreement")),
            (RENEGOTIATE, self.tr("Renegotiate…"), self.tr("Renegotiate: write a new version")),
            (TO_DRAFT, self.tr("Back to a draft…"), self.tr("Make the agreement a draft again")),
            (END, self.tr("End the agreement…"), self.tr("End the agreement")),
            (START_NEW, self.tr("Start a new agreement"), self.tr("Start a new agreement")),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.setAutoDefault(False)
            button.setMinimumHeight(32)
            button.clicked.connect(lambda _=False, m=move: self.requested.emit(m))
            self.buttons[move] = button
            row.addWidget(button)
        for move in (CONSENT, ACTIVATE, PAUSE):
            set_role(self.buttons[move], "primary")
        col.addLayout(row)

    def show_agreement(self, agreement: Agreement) -> None:
        """Status and the buttons for the moves open now."""
        status = agreement.status
        self.status_label.setText(status_line(agreement))
        self.status_label.setAccessibleDescription(dt(STATUS_LABELS[status]))
        self.ended_note.setVisible(status == AgreementStatus.ENDED)
        draft = status == AgreementStatus.DRAFT
        self.buttons[RENEGOTIATE].setText(
            self.tr("Edit the draft…") if draft else self.tr("Renegotiate…")
        )
        shown = {
            CONSENT: draft,
            ACTIVATE: status == AgreementStatus.AGREED,
            TO_DRAFT: status == AgreementStatus.AGREED,
            PAUSE: status == AgreementStatus.ACTIVE,
            RESUME: status == AgreementStatus.PAUSED,
            RENEGOTIATE: status != AgreementStatus.ENDED,
            END: status != AgreementStatus.ENDED,
            START_NEW: status == AgreementStatus.ENDED,
        }
        for move, button in self.buttons.items():
            button.setVisible(shown[move])

    def visible_moves(self) -> list[str]:
        """The moves with a button showing (for tests and accessibility checks)."""
        return [move for move, button in self.buttons.items() if not button.isHidden()]


class NoteDialog(QDialog):
    """A calm confirmation with an optional note (resuming, going back to a draft)."""

    def __init__(
        self,
        title: str,
        text: str,
        ok_label: str,
        note_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(note_label.replace("&", ""))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 16)
        buttons, self.ok_button, _cancel = accept_cancel_buttons(self, ok_label, ok_label)
        messages.plain_buttons(buttons.buttons())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(text_label(text, self))
        layout.addWidget(buddy_label(note_label, self.note_edit, self))
        layout.addWidget(self.note_edit)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.adjustSize()

    def note(self) -> str:
        """The note as written."""
        return self.note_edit.toPlainText().strip()
