"""Recording that both of you agree to a version of the agreement.

Consent is asked for, not assumed: the record button stays off until "Both of us agree"
is ticked. The day can be set back (you may write it down a few days later), never
ahead, and never before the agreement's last recorded change. The partner's name is the
journal's own setting, shown here so it can be corrected where it is used.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.settings import MAX_PARTNER_NAME
from hallpass_journal.ui import messages
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    buddy_label,
    text_label,
    title_label,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ConsentDialog(QDialog):
    """Both of us agree: a tick, the day, the partner's name and an optional note."""

    def __init__(
        self,
        agreement_title: str,
        version: int,
        partner_name: str,
        *,
        earliest: date,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        today = today or date.today()
        self.setWindowTitle(self.tr("Both of us agree"))
        heading = title_label(self.tr("Both of us agree"), self, scale=1.35)
        heading.setAlignment(Qt.AlignmentFlag.AlignLeft)
        intro = text_label(
            self.tr(
                "Record that the two of you have talked “{title}” (version {number}) "
                "through and both agree to it, freely. If either of you hesitates, it can "
                "simply stay a draft for now."
            ).format(title=agreement_title, number=version),
            self,
        )

        self.agree_check = QCheckBox(self.tr("&Both of us agree to this version"), self)
        self.agree_check.setAccessibleName(self.tr("Both of us agree to this version"))

        self.partner_edit = QLineEdit(partner_name, self)
        self.partner_edit.setMaxLength(MAX_PARTNER_NAME)
        self.partner_edit.setAccessibleName(self.tr("Your partner's name"))
        self.partner_edit.setPlaceholderText(self.tr("Optional"))
        self.partner_edit.setMinimumWidth(260)

        self.date_edit = DateField(_qdate(today), self)
        self.date_edit.setAccessibleName(self.tr("The day you agreed"))
        self.date_edit.setMinimumDate(_qdate(min(earliest, today)))
        self.date_edit.setMaximumDate(_qdate(today))

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("A note about agreeing"))
        self.note_edit.setPlaceholderText(
            self.tr("Anything you want to remember about this moment (optional)")
        )
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 16)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        name_help = text_label(
            self.tr("Kept in this journal for next time; change it here any time."),
            self,
            role="muted",
        )
        form.addRow(
            buddy_label(self.tr("&Partner's name:"), self.partner_edit, self), self.partner_edit
        )
        form.addRow("", name_help)
        form.addRow(buddy_label(self.tr("&Agreed on:"), self.date_edit, self), self.date_edit)
        form.addRow(buddy_label(self.tr("&Note:"), self.note_edit, self), self.note_edit)

        buttons, self.ok_button, cancel = accept_cancel_buttons(
            self, self.tr("Record our agreement"), self.tr("Record that both of us agree")
        )
        messages.plain_buttons(buttons.buttons())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button.setEnabled(False)
        self.agree_check.toggled.connect(self.ok_button.setEnabled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.agree_check)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.adjustSize()

    def agreed_on(self) -> date:
        """The day chosen."""
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def partner_name(self) -> str:
        """The partner's name as typed."""
        return self.partner_edit.text().strip()

    def note(self) -> str:
        """The note as typed."""
        return self.note_edit.toPlainText().strip()

    def accept(self) -> None:
        """Only with the tick (the button is off without it; Enter must not slip past)."""
        if self.agree_check.isChecked():
            super().accept()
