"""A checklist item of a guided form: ticked or not, the day it was ticked, a note.

Ticking sets the day to today (shown as words, e.g. "Ticked on Tue 4 Jun 2024");
unticking forgets it. An item the person added has its words in an editable line and a
Remove button.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.templates import CheckValue, Value
from hallpass_journal.ui.guided.controls import PromptControl, day_text, muted
from hallpass_journal.ui.widgets.page_parts import text_label


class _ToggleLabel(QLabel):
    """An item's words: a click on them ticks the box, as a check box's own text would."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Tick or untick on a left click."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class CheckControl(PromptControl):
    """A checklist item: ticked or not, the day it was ticked, a note.

    For an item the person added (``custom``), its words are an editable line and a
    Remove button sits beside it.
    """

    #: A custom item's Remove button was clicked.
    remove_requested = Signal()

    def __init__(
        self,
        label: str,
        parent: QWidget | None = None,
        *,
        help_text: str = "",
        custom: bool = False,
        group: str = "",
    ) -> None:
        super().__init__(parent)
        self._setting = False
        self._on: date | None = None
        self.group = group
        self.custom = custom
        grid = QVBoxLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(label or self.tr("Your own step"))
        self.check.toggled.connect(self._ticked)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        self.text_edit: QLineEdit | None = None
        self.label: QLabel | None = None
        self.remove_button: QToolButton | None = None
        if custom:
            self.text_edit = QLineEdit(label, self)
            self.text_edit.setAccessibleName(self.tr("Your own step"))
            self.text_edit.setPlaceholderText(self.tr("Your own step, in a few words"))
            self.text_edit.textChanged.connect(self._edited)
            top.addWidget(self.text_edit, 1)
            self.remove_button = QToolButton(self)
            self.remove_button.setText(self.tr("Remove"))
            self.remove_button.setAccessibleName(self.tr("Remove this step"))
            self.remove_button.clicked.connect(self.remove_requested)
            top.addWidget(self.remove_button)
        else:
            self.label = _ToggleLabel(label, self)
            self.label.setWordWrap(True)
            self.label.setTextFormat(Qt.TextFormat.PlainText)
            self.label.setBuddy(self.check)
            self.label.clicked.connect(self.check.toggle)
            top.addWidget(self.label, 1)
        grid.addLayout(top)
        # What follows lines up with the item's words, not with the box.
        indent = self.check.sizeHint().width() + top.spacing()
        below = QVBoxLayout()
        below.setContentsMargins(indent, 0, 0, 0)
        below.setSpacing(3)
        if help_text:
            below.addWidget(muted(help_text, self))
        self.day_label = muted("", self)
        self.day_label.setAccessibleName(self.tr("Day ticked"))
        self.day_label.hide()
        below.addWidget(self.day_label)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("A note, if you like"))
        self.note_edit.setAccessibleName(self.tr("Note: {label}").format(label=label))
        self.note_edit.textChanged.connect(self._edited)
        below.addWidget(self.note_edit)
        self.problem = text_label("", self, role="error")
        self.problem.setAccessibleName(self.tr("Needs a look"))
        self.problem.hide()
        below.addWidget(self.problem)
        grid.addLayout(below)

    def _ticked(self, done: bool) -> None:
        if self._setting:
            return
        self._on = date.today() if done else None
        self._show_day()
        self.changed.emit()

    def _edited(self) -> None:
        if not self._setting:
            self.changed.emit()

    def _show_day(self) -> None:
        if self.check.isChecked():
            text = (
                self.tr("Ticked on {day}").format(day=day_text(self._on))
                if self._on is not None
                else self.tr("Ticked")
            )
            self.day_label.setText(text)
            self.day_label.show()
        else:
            self.day_label.clear()
            self.day_label.hide()

    def value(self) -> Value:
        """The item as filled in (custom items carry their words and group)."""
        done = self.check.isChecked()
        return CheckValue(
            done=done,
            on=self._on if done else None,
            note=self.note_edit.text(),
            text=self.text_edit.text() if self.text_edit is not None else "",
            group=self.group if self.custom else "",
        )

    def set_value(self, value: Value) -> None:
        """Show ``value`` (a :class:`CheckValue`)."""
        item = value if isinstance(value, CheckValue) else CheckValue()
        self._setting = True
        try:
            self.check.setChecked(item.done)
            self._on = item.on if item.done else None
            self.note_edit.setText(item.note)
            if self.text_edit is not None:
                self.text_edit.setText(item.text)
        finally:
            self._setting = False
        self._show_day()

    def set_problem(self, text: str) -> None:
        """Say what this item needs before saving ("" hides it)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def focus_target(self) -> QWidget:
        """The words of a custom item, else the box."""
        if self.text_edit is not None and not self.text_edit.text().strip():
            return self.text_edit
        return self.check

    def wipe(self) -> None:
        """Unticked, no note, no words."""
        self.set_value(CheckValue())
