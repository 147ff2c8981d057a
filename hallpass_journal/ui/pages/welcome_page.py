"""First run: what the app keeps, the privacy promise, and creating the journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QWidget

from hallpass_journal.ui.widgets.page_parts import (
    app_mark,
    buddy_label,
    busy_bar,
    centred_card,
    friendly_path,
    link_button,
    message_label,
    password_field,
    primary_button,
    set_role,
    show_passphrase_toggle,
    text_label,
    title_label,
)
from hallpass_journal.ui.widgets.strength_meter import StrengthMeter


class WelcomePage(QWidget):
    """Create a journal (passphrase twice, live strength feedback), or open another."""

    #: Create a journal at this path with this passphrase.
    create_requested = Signal(Path, str)
    #: "Open another journal…"
    open_requested = Signal()
    #: "New journal…": choose another place for the new journal.
    new_elsewhere_requested = Signal()

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = Path(target)
        self.card, layout = centred_card(self, max_width=560)

        layout.addWidget(app_mark(self))
        layout.addWidget(title_label(self.tr("A private place to think"), self))
        layout.addSpacing(4)
        self.intro = text_label(
            self.tr(
                "Hall Pass Journal keeps your feelings, agreements and check-ins together, "
                "so you can think things through at your own pace. It never pushes you "
                "in any direction."
            ),
            self,
        )
        layout.addWidget(self.intro)
        layout.addWidget(
            text_label(
                self.tr(
                    "Everything stays on this computer, encrypted with a passphrase that "
                    "only you know."
                ),
                self,
                role="notice",
            )
        )
        layout.addWidget(
            text_label(
                self.tr(
                    "Choose your passphrase with care. If it is forgotten, the journal "
                    "cannot be opened again, by you or by anyone else: there is no reset."
                ),
                self,
                role="caution",
            )
        )
        layout.addSpacing(6)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        self.passphrase = password_field(self, self.tr("New passphrase"))
        self.confirmation = password_field(self, self.tr("Type the passphrase again"))
        form.addRow(buddy_label(self.tr("&Passphrase:"), self.passphrase, self), self.passphrase)
        form.addRow(buddy_label(self.tr("&Again:"), self.confirmation, self), self.confirmation)
        self.show_check = show_passphrase_toggle(self, self.passphrase, self.confirmation)
        form.addRow("", self.show_check)
        self.meter = StrengthMeter(self)
        form.addRow("", self.meter)
        layout.addLayout(form)

        self.message = message_label(self)  # its line is kept: the card never jumps
        layout.addWidget(self.message)

        self.location = text_label("", self, role="muted")
        self.location.setAccessibleName(self.tr("Where the journal will be kept"))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location)

        self.busy = busy_bar(self)
        self.busy.setAccessibleName(self.tr("Creating the journal"))
        layout.addWidget(self.busy)

        buttons = QHBoxLayout()
        self.open_button = link_button(self.tr("Open another journal…"), self)
        self.open_button.setAccessibleName(self.tr("Open another journal"))
        self.new_button = link_button(self.tr("New journal…"), self)
        self.new_button.setAccessibleName(self.tr("New journal in another place"))
        self.create_button = primary_button(self.tr("Create journal"), self)
        self.create_button.setAccessibleName(self.tr("Create journal"))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addSpacing(4)
        layout.addLayout(buttons)

        self.passphrase.textChanged.connect(self._on_text)
        self.confirmation.textChanged.connect(self._on_text)
        self.passphrase.returnPressed.connect(self.confirmation.setFocus)
        self.confirmation.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_elsewhere_requested)
        QWidget.setTabOrder(self.passphrase, self.confirmation)
        QWidget.setTabOrder(self.confirmation, self.show_check)
        QWidget.setTabOrder(self.show_check, self.create_button)
        QWidget.setTabOrder(self.create_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_button)
        self.set_target(self.target)
        self._on_text()

    # -- state -----------------------------------------------------------------------

    def set_target(self, path: Path) -> None:
        """Where the new journal will be created."""
        self.target = Path(path)
        self.location.setText(
            self.tr("Your journal will be kept in {path}").format(path=friendly_path(self.target))
        )

    def set_busy(self, busy: bool) -> None:
        """Disable the form while the journal is being created off-thread."""
        for widget in (
            self.passphrase,
            self.confirmation,
            self.show_check,
            self.create_button,
            self.open_button,
            self.new_button,
        ):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.show_message(self.tr("Creating your encrypted journal…"), error=False)
        else:
            self._on_text()

    def show_message(self, text: str, *, error: bool = True) -> None:
        """Show a message under the form (empty hides it)."""
        self.message.setText(text)
        set_role(self.message, "error" if error else "muted")
        self.message.setVisible(bool(text))

    def clear_passphrases(self) -> None:
        """Forget what was typed."""
        self.passphrase.setText("")
        self.confirmation.setText("")
        self.meter.clear()

    def focus_first(self) -> None:
        """Put the cursor in the passphrase field."""
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reactions -------------------------------------------------------------------

    def _mismatch(self) -> bool:
        again = self.confirmation.text()
        return bool(again) and again != self.passphrase.text()

    def _on_text(self) -> None:
        self.meter.set_passphrase(self.passphrase.text())
        if self._mismatch():
            self.show_message(self.tr("The two passphrases are not the same yet."))
        elif not self.busy.isVisible():
            self.show_message("")
        ready = bool(self.passphrase.text()) and self.confirmation.text() == self.passphrase.text()
        self.create_button.setEnabled(ready and not self.busy.isVisible())

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            if not self.passphrase.text():
                self.show_message(self.tr("Please choose a passphrase first."))
                self.passphrase.setFocus()
            elif self.confirmation.text() != self.passphrase.text():
                self.show_message(self.tr("Please type the same passphrase twice."))
                self.confirmation.setFocus()
            return
        self.create_requested.emit(self.target, self.passphrase.text())
