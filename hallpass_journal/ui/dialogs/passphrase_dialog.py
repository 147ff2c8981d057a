"""File > Change passphrase…: the current passphrase, the new one twice, its strength.

The dialog only collects and checks what was typed; the window's actions verify the
current passphrase and re-encrypt the journal off the GUI thread, then tell the dialog
how it went (:meth:`ChangePassphraseDialog.show_problem`) or close it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    buddy_label,
    busy_bar,
    password_field,
    set_role,
    text_label,
)
from hallpass_journal.ui.widgets.strength_meter import StrengthMeter


class ChangePassphraseDialog(QDialog):
    """Ask for the current passphrase and a new one (twice, with strength feedback)."""

    #: (current passphrase, new passphrase, replace older backups)
    change_requested = Signal(str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(500)
        self._busy = False

        intro = text_label(
            self.tr(
                "The journal is re-encrypted under the new passphrase. If anything "
                "interrupts it, the current passphrase keeps working and nothing is lost."
            ),
            self,
        )
        caution = text_label(
            self.tr(
                "There is no way to recover a forgotten passphrase: without it, nobody can "
                "read the journal, including you."
            ),
            self,
            role="caution",
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        self.current = password_field(self, self.tr("Current passphrase"))
        self.passphrase = password_field(self, self.tr("New passphrase"))
        self.confirmation = password_field(self, self.tr("Type the new passphrase again"))
        form.addRow(buddy_label(self.tr("&Current:"), self.current, self), self.current)
        form.addRow(buddy_label(self.tr("&New:"), self.passphrase, self), self.passphrase)
        form.addRow(buddy_label(self.tr("&Again:"), self.confirmation, self), self.confirmation)
        self.meter = StrengthMeter(self)
        form.addRow("", self.meter)
        self.show_text = QCheckBox(self.tr("&Show passphrases"), self)
        self.show_text.setAccessibleName(self.tr("Show passphrases"))
        form.addRow("", self.show_text)

        self.replace_backups = QCheckBox(
            self.tr("&Replace older backups with a fresh one under the new passphrase"), self
        )
        self.replace_backups.setAccessibleName(self.tr("Replace older backups"))
        backups_note = text_label(
            self.tr(
                "Backups made until now still open with the current passphrase. If someone "
                "else knows it, tick this: a new backup is made first, then the older "
                "backups (and copies kept by earlier restores) are deleted. Left unticked, "
                "they stay as they are."
            ),
            self,
            role="muted",
        )

        self.message = text_label("", self, role="error")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.busy = busy_bar(self)
        self.busy.setAccessibleName(self.tr("Changing the passphrase"))

        self.buttons, self.change_button, self.cancel_button = accept_cancel_buttons(
            self, self.tr("Change passphrase"), self.tr("Change passphrase")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(caution)
        layout.addLayout(form)
        layout.addWidget(self.replace_backups)
        layout.addWidget(backups_note)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for field in (self.current, self.passphrase, self.confirmation):
            field.textChanged.connect(self._on_text)
        self.show_text.toggled.connect(self._on_show)
        self.current.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self.confirmation.setFocus)
        self.confirmation.returnPressed.connect(self._submit)
        QWidget.setTabOrder(self.current, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.confirmation)
        QWidget.setTabOrder(self.confirmation, self.show_text)
        QWidget.setTabOrder(self.show_text, self.replace_backups)
        self._on_text()
        settle_size(self, self.message, self.busy)

    # -- state -----------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        """Whether the change is running (the dialog then waits for its result)."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Lock the form while the journal is re-encrypted off the GUI thread."""
        self._busy = busy
        for widget in (
            self.current,
            self.passphrase,
            self.confirmation,
            self.show_text,
            self.replace_backups,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self._say(
                self.tr("Checking the current passphrase, then re-encrypting the journal…"), "muted"
            )
        self._on_text()

    def show_problem(self, text: str, *, current_wrong: bool = False) -> None:
        """Say what went wrong; the form can be used again."""
        self.set_busy(False)
        self._say(text, "error")
        field = self.current if current_wrong else self.passphrase
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def clear(self) -> None:
        """Forget every passphrase typed (also their undo history)."""
        for field in (self.current, self.passphrase, self.confirmation):
            field.setText("")
        self.meter.clear()

    # -- reactions -------------------------------------------------------------------

    def _say(self, text: str, role: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    def _problem(self) -> str:
        new, again = self.passphrase.text(), self.confirmation.text()
        if again and again != new:
            return self.tr("The two new passphrases are not the same yet.")
        if new and new == self.current.text():
            return self.tr("The new passphrase is the same as the current one.")
        return ""

    def _on_text(self) -> None:
        self.meter.set_passphrase(self.passphrase.text())
        if not self._busy:
            self._say(self._problem(), "error")
        ready = (
            bool(self.current.text())
            and bool(self.passphrase.text())
            and self.confirmation.text() == self.passphrase.text()
            and not self._problem()
        )
        self.change_button.setEnabled(ready and not self._busy)

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.current, self.passphrase, self.confirmation):
            field.setEchoMode(mode)

    def _submit(self) -> None:
        if self._busy:
            return
        if not self.change_button.isEnabled():
            if not self.current.text():
                self._say(self.tr("Please type the current passphrase first."))
                self.current.setFocus()
            elif not self.passphrase.text():
                self._say(self.tr("Please choose a new passphrase."))
                self.passphrase.setFocus()
            else:
                self._say(self._problem() or self.tr("Please type the new passphrase twice."))
                self.confirmation.setFocus()
            return
        self.change_requested.emit(
            self.current.text(), self.passphrase.text(), self.replace_backups.isChecked()
        )

    def reject(self) -> None:
        """Cancel; while the change runs the dialog stays, to show how it ended."""
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        """Close, forgetting every passphrase typed."""
        self.clear()
        super().done(result)
