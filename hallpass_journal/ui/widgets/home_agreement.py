"""Home's agreement card: the current agreement, where it stands, and Pause while active.

Pause does not pause here: it asks the Agreement section for its pause flow (the pause
phrase, a reason if wanted, the calm-conversation script), so a pause is always called
the same way. Resuming is a decision to make together, in the agreement itself.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from hallpass_journal.domain.agreements import Agreement, AgreementStatus, current_agreement
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.widgets.home_cards import HomeCard, day_text, strong_label
from hallpass_journal.ui.widgets.page_parts import link_button, set_role, text_label
from hallpass_journal.ui.windows.sections import AGREEMENT_PAUSE, AGREEMENT_SHOW


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomeAgreement", text)


translate = QCoreApplication.translate


STATUS_LINES: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: str(QT_TRANSLATE_NOOP("HomeAgreement", "A draft, begun on {day}")),
    AgreementStatus.AGREED: str(
        QT_TRANSLATE_NOOP("HomeAgreement", "Agreed by both of you on {day}")
    ),
    AgreementStatus.ACTIVE: str(QT_TRANSLATE_NOOP("HomeAgreement", "Active since {day}")),
    AgreementStatus.PAUSED: str(QT_TRANSLATE_NOOP("HomeAgreement", "Paused since {day}")),
    AgreementStatus.ENDED: str(QT_TRANSLATE_NOOP("HomeAgreement", "Ended on {day}")),
}


def status_line(agreement: Agreement, today: date) -> str:
    """Where the agreement stands, and since when."""
    since = agreement.history[-1].at if agreement.history else agreement.created_at
    day = since.astimezone().date()
    return _tr(STATUS_LINES[agreement.status]).format(day=day_text(day, today))


class AgreementCard(HomeCard):
    """The current agreement: its title and status, and Pause while it is active."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(translate("HomeAgreement", "Agreement"), parent)
        self.journal = journal
        self.agreement: Agreement | None = None
        self.title_label = strong_label("", self)
        self.status_label = text_label("", self, role="muted")
        self.status_label.setAccessibleName(translate("HomeAgreement", "Agreement status"))
        self.paused_hint = text_label(
            translate(
                "HomeAgreement",
                "While it is paused, take the time you need. When you have talked it "
                "through, you can resume it together from the agreement.",
            ),
            self,
        )
        self.box.addWidget(self.title_label)
        self.box.addWidget(self.status_label)
        self.box.addWidget(self.paused_hint)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.pause_button = QPushButton(translate("HomeAgreement", "Pause"), self)
        self.pause_button.setAccessibleName(
            translate("HomeAgreement", "Call a pause on the agreement")
        )
        self.pause_button.setToolTip(
            translate(
                "HomeAgreement",
                "Stop for now, say the pause phrase and talk when you are both ready.",
            )
        )
        self.pause_button.clicked.connect(self._pause)
        self.open_button = link_button(translate("HomeAgreement", "Open the agreement"), self)
        self.open_button.setAccessibleName(translate("HomeAgreement", "Open the agreement"))
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.pause_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.box.addLayout(row)

    def refresh(self) -> None:
        """Read the agreements and show the current one (hidden when there is none)."""
        try:
            agreement = current_agreement(self.journal.agreements.list())
        except VaultError as exc:
            self.problem.emit(exc.text)
            agreement = None
        self.agreement = agreement
        self.setVisible(agreement is not None)
        if agreement is None:
            self.clear()
            return
        status = agreement.status
        self.title_label.setText(agreement.title or translate("HomeAgreement", "Our agreement"))
        self.status_label.setText(status_line(agreement, date.today()))
        self.pause_button.setVisible(status is AgreementStatus.ACTIVE)
        self.paused_hint.setVisible(status is AgreementStatus.PAUSED)
        self.open_button.setText(
            translate("HomeAgreement", "Resume in the agreement…")
            if status is AgreementStatus.PAUSED
            else translate("HomeAgreement", "Open the agreement")
        )
        self.open_button.setAccessibleName(self.open_button.text().rstrip("…"))
        set_role(self.status_label, "muted")

    def _pause(self) -> None:
        if self.agreement is not None:
            self.action_requested.emit(AGREEMENT_PAUSE, str(self.agreement.uuid))

    def _open(self) -> None:
        if self.agreement is not None:
            self.action_requested.emit(AGREEMENT_SHOW, str(self.agreement.uuid))

    def tab_stops(self) -> list[QWidget]:
        """Pause (while active), then the link to the agreement."""
        stops: list[QWidget] = []
        if not self.pause_button.isHidden():
            stops.append(self.pause_button)
        return [*stops, self.open_button]

    def clear(self) -> None:
        """Forget the agreement's title."""
        self.agreement = None
        self.title_label.clear()
        self.status_label.clear()
