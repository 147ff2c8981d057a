"""Preferences: theme, auto-lock, the tray, backups kept and the partner's name.

The theme (previewed live), auto-lock, lock on minimise and keeping running in the tray
are app settings (a JSON file in the config folder); "backups kept" and the partner's
name belong to the journal and are stored inside it, so they are offered only while
unlocked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.settings import MAX_BACKUPS_KEPT, MAX_PARTNER_NAME, MIN_BACKUPS_KEPT
from hallpass_journal.services.backups import DEFAULT_KEEP
from hallpass_journal.ui import messages
from hallpass_journal.ui.app_settings import LANGUAGES, MAX_AUTO_LOCK_MINUTES, AppSettings
from hallpass_journal.ui.clipboard import CLEAR_CHOICES
from hallpass_journal.ui.widgets.page_parts import text_label

MAX_BACKUPS = MAX_BACKUPS_KEPT


class SettingsDialog(QDialog):
    """Edit a copy of the settings; :attr:`result_settings` holds them after OK."""

    def __init__(
        self,
        settings: AppSettings,
        *,
        backups_kept: int | None,
        preview_theme: Callable[[str], None],
        partner_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(440)
        self._original_theme = settings.theme
        self._preview_theme = preview_theme
        self.result_settings = AppSettings(**vars(settings))
        self.result_backups_kept: int | None = backups_kept
        #: The partner's name chosen (None while locked: not offered).
        self.result_partner_name: str | None = partner_name

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name or self.tr("Follow the system"), code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form.addRow(self._label(self.tr("La&nguage:"), self.language), self.language)
        self.language_note = text_label(
            self.tr("A new language takes effect the next time you start the app."),
            self,
            role="muted",
        )
        form.addRow("", self.language_note)

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme), 0))
        form.addRow(self._label(self.tr("&Theme:"), self.theme), self.theme)

        self.auto_lock = QSpinBox(self)
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.auto_lock.setRange(0, int(MAX_AUTO_LOCK_MINUTES))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(round(settings.auto_lock_minutes))
        self.auto_lock.setMinimumWidth(110)
        form.addRow(self._label(self.tr("&Lock after:"), self.auto_lock), self.auto_lock)

        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is minimised"), self)
        self.lock_on_minimise.setAccessibleName(self.tr("Lock when the window is minimised"))
        self.lock_on_minimise.setChecked(settings.lock_on_minimise)
        form.addRow("", self.lock_on_minimise)

        self.keep_in_tray = QCheckBox(
            self.tr("Keep running in the tray when the window is closed, so reminders still come"),
            self,
        )
        self.keep_in_tray.setAccessibleName(
            self.tr("Keep running in the tray when the window is closed")
        )
        self.keep_in_tray.setChecked(settings.keep_in_tray)
        form.addRow("", self.keep_in_tray)
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray_note = self.tr(
                "Closing the window then locks the journal. Reminders only ever say that a "
                "check-in is due, nothing more."
            )
        else:
            tray_note = self.tr(
                "This desktop shows no tray icons at the moment, so closing the window still quits."
            )
        self.tray_note = text_label(tray_note, self, role="muted")
        # A field that may grow: else the form keeps the note at its (narrow) size hint.
        self.tray_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", self.tray_note)

        self.clipboard = QComboBox(self)
        self.clipboard.setAccessibleName(self.tr("Clear copied text after"))
        for seconds in CLEAR_CHOICES:
            label = (
                self.tr("{n} seconds").format(n=seconds)
                if seconds < 60
                else self.tr("{n} min").format(n=seconds // 60)
            )
            self.clipboard.addItem(label, seconds)
        index = self.clipboard.findData(settings.clipboard_clear_seconds)
        if index < 0:  # a value set by hand in the file: offered as it is
            self.clipboard.addItem(
                self.tr("{n} seconds").format(n=settings.clipboard_clear_seconds),
                settings.clipboard_clear_seconds,
            )
            index = self.clipboard.count() - 1
        self.clipboard.setCurrentIndex(index)
        form.addRow(
            self._label(self.tr("&Clear copied text after:"), self.clipboard), self.clipboard
        )

        self.backups = QSpinBox(self)
        self.backups.setAccessibleName(self.tr("Backups kept"))
        self.backups.setRange(MIN_BACKUPS_KEPT, MAX_BACKUPS)  # what the journal accepts
        self.backups.setMinimumWidth(110)
        self.backups.setValue(backups_kept if backups_kept is not None else DEFAULT_KEEP)
        self.backups.setEnabled(backups_kept is not None)
        form.addRow(self._label(self.tr("&Backups kept:"), self.backups), self.backups)

        self.partner_name = QLineEdit(self)
        self.partner_name.setAccessibleName(self.tr("Your partner's name"))
        self.partner_name.setMaxLength(MAX_PARTNER_NAME)
        self.partner_name.setPlaceholderText(self.tr("A name, or what you call them"))
        self.partner_name.setText(partner_name or "")
        self.partner_name.setEnabled(partner_name is not None)
        form.addRow(self._label(self.tr("&Partner's name:"), self.partner_name), self.partner_name)
        if backups_kept is None:
            backups_note = self.tr(
                "Unlock a journal to change how many backups it keeps and the name it "
                "uses for your partner."
            )
        else:
            backups_note = self.tr(
                "A backup is taken once a day when the journal is unlocked. Backups are "
                "encrypted and kept in a folder beside the journal. Your partner's name "
                "is kept inside the journal and used in the consent record of check-ins."
            )
        self.backups_note = text_label(backups_note, self, role="muted")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save preferences"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        messages.plain_buttons(buttons.buttons())  # words, not a desktop's ticks and crosses

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(self.backups_note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.language, self.theme)
        QWidget.setTabOrder(self.theme, self.auto_lock)
        QWidget.setTabOrder(self.auto_lock, self.lock_on_minimise)
        QWidget.setTabOrder(self.lock_on_minimise, self.keep_in_tray)
        QWidget.setTabOrder(self.keep_in_tray, self.clipboard)
        QWidget.setTabOrder(self.clipboard, self.backups)
        QWidget.setTabOrder(self.backups, self.partner_name)

        self.theme.currentIndexChanged.connect(self._on_theme)
        # Settle the size before the native window exists: size hints changing after
        # that must be pushed to the platform window (and some platforms cannot).
        self.adjustSize()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _on_theme(self) -> None:
        self._preview_theme(self.theme.currentData())

    def accept(self) -> None:
        """Collect the chosen values."""
        self.result_settings.language = self.language.currentData()
        self.result_settings.theme = self.theme.currentData()
        self.result_settings.auto_lock_minutes = float(self.auto_lock.value())
        self.result_settings.lock_on_minimise = self.lock_on_minimise.isChecked()
        self.result_settings.keep_in_tray = self.keep_in_tray.isChecked()
        self.result_settings.clipboard_clear_seconds = int(self.clipboard.currentData())
        if self.backups.isEnabled():
            self.result_backups_kept = self.backups.value()
        if self.partner_name.isEnabled():
            self.result_partner_name = self.partner_name.text().strip()
        super().accept()

    def reject(self) -> None:
        """Undo the live theme preview."""
        if self.theme.currentData() != self._original_theme:
            self._preview_theme(self._original_theme)
        super().reject()
