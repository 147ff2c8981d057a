"""Key moments: the dated events check-ins are planned around, and those check-in days.

Recording the encounter here is what plans the check-ins after it: the schedule follows
every change to the events by itself. Dialogs open window-modal without blocking, so the
rest of the app (and a test) keeps running while one is up.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.agreements import Agreement, parse_check_in_days
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.events import KeyEvent
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages
from hallpass_journal.ui.agreement.event_dialog import EventDialog
from hallpass_journal.ui.agreement.lifecycle import day_text
from hallpass_journal.ui.agreement.two_line_delegate import TwoLineDelegate
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.models.timeline_text import event_type_label
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    buddy_label,
    message_label,
    text_label,
)

_UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def event_line(event: KeyEvent) -> str:
    """The day (and time) on one line, then what it was: the encounter, a title."""
    when = day_text(event.on)
    if event.time is not None:
        when += ", " + event.time.strftime("%H:%M")
    what = event_type_label(event.type)
    if event.title:
        what += " · " + event.title
    return f"{when}\n{what}"


def days_text(days: list[int]) -> str:
    """Check-in days as the person reads them: "14, 30 and 91 days" (in their language).

    The core's :func:`~hallpass_journal.domain.agreements.check_in_days_text` says the
    same in English; these are the catalogue's words for it (the feelings' "{n} days").
    """
    translate = QCoreApplication.translate
    if not days:
        return translate("Evaluation", "no check-ins")
    if days == [1]:
        return translate("Evaluation", "1 day")
    numbers = [str(day) for day in sorted(days)]
    joined = numbers[0]
    if len(numbers) > 1:
        joined = translate("GuidesView", "{first} and {last}").format(
            first=", ".join(numbers[:-1]), last=numbers[-1]
        )
    return translate("Evaluation", "{n} days").format(n=joined)


class CheckInDaysDialog(QDialog):
    """When the check-ins after the encounter fall, typed as "14, 30, 91"."""

    def __init__(self, days: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-ins after the encounter"))
        self.days_edit = QLineEdit(", ".join(str(day) for day in days), self)
        self.days_edit.setAccessibleName(self.tr("Days after the encounter"))
        self.days_edit.setPlaceholderText("14, 30, 91")
        self.problem = message_label(self)
        self.days: list[int] = list(days)
        buttons, self.ok_button, _cancel = accept_cancel_buttons(
            self, self.tr("Save"), self.tr("Save the check-in days")
        )
        messages.plain_buttons(buttons.buttons())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(
            text_label(
                self.tr(
                    "How many days after the encounter you want to look back together. "
                    "Leave it empty for none."
                ),
                self,
            )
        )
        layout.addWidget(buddy_label(self.tr("&Days after the encounter:"), self.days_edit, self))
        layout.addWidget(self.days_edit)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.adjustSize()

    def accept(self) -> None:
        """Only days that can be planned; otherwise say why, beside the field."""
        try:
            self.days = parse_check_in_days(self.days_edit.text())
        except ValueError as exc:
            self.problem.setText(dt(str(exc)))  # the core's words
            self.problem.show()
            self.days_edit.setFocus()
            return
        super().accept()


class KeyEventsPanel(QWidget):
    """The list of key moments with add, change and delete; the check-in days below."""

    #: A problem to show (a failed save), or "" once things are fine again.
    problem = Signal(str)
    #: The check-in days of the agreement shown were saved.
    days_saved = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.agreement: Agreement | None = None
        self.dialog: QDialog | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 10, 10, 10)
        col.setSpacing(8)
        col.addWidget(
            text_label(
                self.tr("The moments your check-ins are planned around."), self, role="muted"
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Key moments"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(self._update_buttons)
        self.empty = text_label(
            self.tr(
                "No moments yet. Add the first conversation, or the encounter once it is planned."
            ),
            self,
            role="muted",
        )
        col.addWidget(self.list, 1)
        col.addWidget(self.empty)
        col.addStretch(0)  # takes the room only while the list is hidden

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a moment…"), self)
        self.add_button.setAccessibleName(self.tr("Add a moment"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.edit_button.setAccessibleName(self.tr("Change the selected moment"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected moment"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        col.addLayout(row)

        days_row = QHBoxLayout()
        self.days_label = QLabel(self)
        self.days_label.setWordWrap(True)
        self.days_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.days_label.setAccessibleName(self.tr("Check-ins after the encounter"))
        self.days_button = QPushButton(self.tr("Change…"), self)
        self.days_button.setAccessibleName(self.tr("Change the check-in days"))
        self.days_button.setAutoDefault(False)
        self.days_button.clicked.connect(self.change_days)
        days_row.addWidget(self.days_label, 1)
        days_row.addWidget(self.days_button, 0, Qt.AlignmentFlag.AlignVCenter)
        col.addLayout(days_row)
        self._events: list[KeyEvent] = []

    # -- showing ---------------------------------------------------------------------

    def show_agreement(self, agreement: Agreement | None) -> None:
        """The agreement new moments belong to, and whose check-in days are shown."""
        self.agreement = agreement
        has = agreement is not None
        self.days_label.setVisible(has)
        self.days_button.setVisible(has)
        if agreement is not None:
            self.days_label.setText(
                self.tr("Check-ins after the encounter: {days}.").format(
                    days=days_text(agreement.check_in_days)
                )
            )

    def refresh(self) -> None:
        """Reload the moments, keeping the selected one selected."""
        selected = self.selected()
        try:
            self._events = self.journal.events.list()
        except VaultError as exc:
            self.problem.emit(exc.text)
            return
        self.list.clear()
        for event in reversed(self._events):  # the newest first
            item = QListWidgetItem(event_line(event))
            item.setData(_UUID_ROLE, str(event.uuid))
            if event.note:
                item.setToolTip(event.note)
            self.list.addItem(item)
            if selected is not None and event.uuid == selected.uuid:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(self._events))
        self.empty.setVisible(not self._events)
        self._update_buttons()

    def selected(self) -> KeyEvent | None:
        """The moment selected in the list."""
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = uuid_mod.UUID(item.data(_UUID_ROLE))
        return next((e for e in self._events if e.uuid == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def clear(self) -> None:
        """Forget what is shown (the journal is being locked)."""
        self._events = []
        self.list.clear()
        self.days_label.clear()

    # -- changing --------------------------------------------------------------------

    def _open(self, dialog: QDialog, done: Callable[[], object]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add(self) -> EventDialog:
        """Open the form for a new moment (belonging to the agreement shown)."""
        agreement_uuid = self.agreement.uuid if self.agreement else None
        dialog = EventDialog(agreement_uuid=agreement_uuid, parent=self)
        self._open(dialog, lambda: self._save(dialog.event_value()))
        return dialog

    def edit_selected(self) -> EventDialog | None:
        """Open the form for the selected moment."""
        event = self.selected()
        if event is None:
            return None
        dialog = EventDialog(event, parent=self)
        self._open(dialog, lambda: self._save(dialog.event_value()))
        return dialog

    def _save(self, event: KeyEvent) -> None:
        try:
            self.journal.events.save(event)
        except VaultError as exc:
            self.problem.emit(exc.text)
            return
        self.problem.emit("")
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(_UUID_ROLE) == str(event.uuid):
                self.list.setCurrentRow(row)

    def delete_selected(self) -> bool:
        """Delete the selected moment, after asking once."""
        event = self.selected()
        if event is None:
            return False
        if not messages.confirm(
            self,
            self.tr("Delete this moment?"),
            self.tr(
                "“{line}” will be removed. Check-ins planned around it are planned again."
            ).format(line=event_line(event).replace("\n", " · ")),
            self.tr("Delete"),
        ):
            return False
        try:
            self.journal.events.delete(event.uuid)
        except VaultError as exc:
            self.problem.emit(exc.text)
            return False
        self.refresh()
        return True

    def change_days(self) -> CheckInDaysDialog | None:
        """Open the check-in days form for the agreement shown."""
        agreement = self.agreement
        if agreement is None:
            return None
        dialog = CheckInDaysDialog(agreement.check_in_days, self)
        self._open(dialog, lambda: self._save_days(agreement.uuid, dialog.days))
        return dialog

    def _save_days(self, agreement_uuid: uuid_mod.UUID, days: list[int]) -> None:
        try:
            self.journal.agreements.set_check_in_days(agreement_uuid, days)
        except (VaultError, ValueError) as exc:
            self.problem.emit(exc.text if isinstance(exc, VaultError) else dt(str(exc)))
            return
        self.problem.emit("")
        self.days_saved.emit()
