"""Adding or changing one key moment: what kind, which day, maybe a time, a title, a note."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.events import EVENT_LABELS, MAX_EVENT_TITLE, EventType, KeyEvent
from hallpass_journal.ui import messages
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.page_parts import accept_cancel_buttons, buddy_label, text_label


class EventDialog(QDialog):
    """A form for one :class:`KeyEvent`; :meth:`event` builds it after OK."""

    def __init__(
        self,
        event: KeyEvent | None = None,
        *,
        agreement_uuid: uuid_mod.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = event
        self._agreement_uuid = event.agreement_uuid if event else agreement_uuid
        self.setWindowTitle(self.tr("Change a moment") if event else self.tr("Add a moment"))

        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Kind of moment"))
        for kind, label in EVENT_LABELS.items():
            self.type_combo.addItem(QCoreApplication.translate("EventType", label), kind.value)

        day = event.on if event else date.today()
        self.date_edit = DateField(QDate(day.year, day.month, day.day), self)
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setAccessibleName(self.tr("The day"))

        self.timed = QCheckBox(self.tr("At a set &time"), self)
        self.timed.setAccessibleName(self.tr("It happens at a set time"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setAccessibleName(self.tr("The time"))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(20, 0))
        self.timed.toggled.connect(self.time_edit.setEnabled)

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_EVENT_TITLE)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Optional: a few words of your own"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 16)

        if event is not None:
            self.type_combo.setCurrentIndex(max(self.type_combo.findData(event.type.value), 0))
            if event.time is not None:
                self.time_edit.setTime(QTime(event.time.hour, event.time.minute))
            self.title_edit.setText(event.title)
            self.note_edit.setPlainText(event.note)
        self.timed.setChecked(event is not None and event.time is not None)
        self.time_edit.setEnabled(self.timed.isChecked())

        when = QHBoxLayout()
        when.setSpacing(10)
        when.addWidget(self.date_edit)
        when.addWidget(self.timed)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(buddy_label(self.tr("&What:"), self.type_combo, self), self.type_combo)
        form.addRow(buddy_label(self.tr("&Day:"), self.date_edit, self), when)
        form.addRow(buddy_label(self.tr("T&itle:"), self.title_edit, self), self.title_edit)
        form.addRow(buddy_label(self.tr("&Note:"), self.note_edit, self), self.note_edit)

        buttons, self.ok_button, _cancel = accept_cancel_buttons(
            self, self.tr("Save"), self.tr("Save the moment")
        )
        messages.plain_buttons(buttons.buttons())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(
            text_label(
                self.tr(
                    "Moments anchor the check-ins: recording the encounter plans the "
                    "check-ins after it. A day ahead is fine for something planned."
                ),
                self,
                role="muted",
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.adjustSize()

    def event_value(self) -> KeyEvent:
        """The moment as filled in (same UUID when changing one)."""
        fields: dict[str, object] = {
            "type": EventType(self.type_combo.currentData()),
            "on": self.date_edit.date().toPython(),
            "time": self.time_edit.time().toPython() if self.timed.isChecked() else None,
            "title": self.title_edit.text().strip(),
            "note": self.note_edit.toPlainText().strip(),
            "agreement_uuid": self._agreement_uuid,
        }
        if self._original is not None:
            return self._original.model_copy(update=fields)
        return KeyEvent.model_validate(fields)
