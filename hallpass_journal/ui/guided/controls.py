"""One control per kind of guided prompt, all with the same small interface.

:class:`~hallpass_journal.ui.guided.form.GuidedForm` renders any template by asking
:func:`~hallpass_journal.ui.guided.parts.make_control` for each prompt and wrapping it in
a :class:`~hallpass_journal.ui.guided.parts.PromptBlock` (its label, help, gentle notices
and problems). Nothing here knows a particular
template: a new guided entry needs no new widget.

=========  ============================================================================
TEXT       a plain text box that grows with what is written (Tab moves on)
SINGLE     radio buttons, one Tab stop (arrows move inside), and "Clear the choice"
MULTI      a chip group, one Tab stop
SCALE      the 0-10 intensity slider with a real "not set"
CHECK      (:mod:`.check_item`) a check box with its words, the day it was ticked and
           a note line
DATE       a one-Tab-stop date field with a real "not set"
=========  ============================================================================
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.templates import Prompt, Value
from hallpass_journal.ui import theme
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.chip_group import ChipGroup
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.intensity_slider import IntensitySlider
from hallpass_journal.ui.widgets.page_parts import link_button, text_label

DAY_FORMAT = "ddd d MMM yyyy"
#: The date a date field shows for "not set" (its minimum; shown as words).
UNSET_DAY = QDate(1899, 12, 31)


def muted(text: str, parent: QWidget) -> QLabel:
    """Quiet, wrapping secondary text (help, the day an item was ticked)."""
    return text_label(text, parent, role="muted")


def day_text(day: date) -> str:
    """A day as the form shows it, e.g. "Tue 4 Jun 2024" (in the user's language)."""
    # QLocale's, not QDate.toString's: that one always writes English day and month names.
    return QLocale().toString(QDate(day.year, day.month, day.day), DAY_FORMAT)


class PromptControl(QWidget):
    """The answer part of one prompt."""

    #: The person changed the answer.
    changed = Signal()

    def value(self) -> Value:
        """What is filled in."""
        raise NotImplementedError

    def set_value(self, value: Value) -> None:
        """Show ``value`` (without emitting :attr:`changed`)."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """Where the keyboard goes to answer this prompt (e.g. to show a problem)."""
        return self

    def wipe(self) -> None:
        """Forget everything written here, undo history included (locking)."""


# -- text ---------------------------------------------------------------------------


class GrowingTextEdit(QPlainTextEdit):
    """A plain text box as tall as its text (within limits); Tab moves on."""

    MIN_ROWS = 3
    MAX_ROWS = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, never traps the keyboard
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(6)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        # In a plain text document the layout's height counts lines (wrapped ones too).
        lines = int(self.document().documentLayout().documentSize().height())
        rows = min(max(lines, self.MIN_ROWS), self.MAX_ROWS)
        margins = self.contentsMargins()
        height = (
            rows * self.fontMetrics().lineSpacing()
            + int(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)


class TextControl(PromptControl):
    """Free text, with a small "Insert a script" button under it."""

    #: The person asked for a script to insert here (the text box).
    script_requested = Signal(object)

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        self.edit = GrowingTextEdit(self)
        self.edit.setAccessibleName(dt(prompt.label))
        self.edit.setPlaceholderText(dt(prompt.placeholder))
        self.edit.textChanged.connect(self.changed)
        col.addWidget(self.edit)
        self.script_button = link_button(self.tr("Insert a script…"), self)
        self.script_button.setAccessibleName(
            self.tr("Insert a script: {label}").format(label=dt(prompt.label))
        )
        self.script_button.setToolTip(
            self.tr("Insert words from the scripts library here (Ctrl+Shift+I)")
        )
        # Not a Tab stop of its own (every text box would add one): from the keyboard,
        # Edit > Insert a script (Ctrl+Shift+I) does the same where the cursor is.
        self.script_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.script_button.clicked.connect(lambda: self.script_requested.emit(self.edit))
        col.addWidget(self.script_button, 0, Qt.AlignmentFlag.AlignRight)

    def value(self) -> Value:
        """The text as written."""
        return self.edit.toPlainText()

    def set_value(self, value: Value) -> None:
        """Show ``value`` (text) and put the cursor at its end."""
        self.edit.blockSignals(True)
        try:
            self.edit.setPlainText(value if isinstance(value, str) else "")
        finally:
            self.edit.blockSignals(False)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def focus_target(self) -> QWidget:
        """The text box."""
        return self.edit

    def wipe(self) -> None:
        """Empty the text and its undo history."""
        self.set_value("")
        self.edit.document().clearUndoRedoStacks()


# -- single choice ------------------------------------------------------------------

# Radio buttons drawn like the app's check boxes: a circle that stands out from the page
# in both themes (the theme's control outline), the accent colour when chosen.
_RADIO_STYLE = """
QRadioButton {{ spacing: 7px; padding: 2px 8px 2px 4px; }}
QRadioButton::indicator {{
    width: 14px; height: 14px; border: 1px solid {control}; border-radius: 8px;
    background: {base};
}}
QRadioButton::indicator:hover {{ border-color: {focus}; }}
QRadioButton::indicator:checked {{
    width: 6px; height: 6px; border: 5px solid {accent}; background: {on_accent};
}}
QRadioButton::indicator:disabled {{ border-color: {disabled}; background: {alternate}; }}
"""


def radio_style() -> str:
    """The radio buttons' style sheet in the current theme's colours."""
    c = theme.colors()
    return _RADIO_STYLE.format(
        control=c.control,
        base=c.base,
        focus=c.focus,
        accent=c.accent,
        on_accent=c.on_accent,
        disabled=c.disabled,
        alternate=c.alternate,
    )


class SingleControl(PromptControl):
    """Radio buttons, reached with one Tab stop (arrow keys move between them)."""

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self._restyling = False
        self.setStyleSheet(radio_style())
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        for choice in prompt.choices:
            button = QRadioButton(dt(choice.label), self)
            button.setAccessibleName(dt(choice.label))
            button.setAccessibleDescription(dt(prompt.label))
            self.group.addButton(button)
            self.buttons[choice.value] = button
            # As wide as its words: the focus ring (and a click) belongs to the choice.
            col.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.clear_button = link_button(self.tr("Clear the choice"), self)
        self.clear_button.setAccessibleName(
            self.tr("Clear the choice: {label}").format(label=dt(prompt.label))
        )
        self.clear_button.clicked.connect(self._clear_clicked)
        col.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.group.buttonToggled.connect(self._toggled)
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Take the new theme's colours when it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self.setStyleSheet(radio_style())
            finally:
                self._restyling = False

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if self._setting or not checked:
            return
        self._update()
        self.changed.emit()

    def _clear_clicked(self) -> None:
        first = next(iter(self.buttons.values()), None)
        self.set_value("")
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)  # the button is about to hide
        self.changed.emit()

    def _update(self) -> None:
        """Show "Clear" only with a choice made; Tab lands on the chosen (or first) one."""
        chosen = self.group.checkedButton()
        self.clear_button.setVisible(chosen is not None)
        stop = chosen or next(iter(self.buttons.values()), None)
        for button in self.buttons.values():
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def value(self) -> Value:
        """The value of the chosen choice, or "" for none."""
        chosen = self.group.checkedButton()
        return next((key for key, b in self.buttons.items() if b is chosen), "")

    def set_value(self, value: Value) -> None:
        """Choose ``value`` ("" or an unknown value: none)."""
        self._setting = True
        try:
            self.group.setExclusive(False)  # an exclusive group cannot go back to none
            for key, button in self.buttons.items():
                button.setChecked(key == value)
            self.group.setExclusive(True)
        finally:
            self._setting = False
        self._update()

    def focus_target(self) -> QWidget:
        """The chosen button, or the first."""
        chosen = self.group.checkedButton()
        return chosen or next(iter(self.buttons.values()), self)

    def wipe(self) -> None:
        """No choice."""
        self.set_value("")


# -- multiple choice ----------------------------------------------------------------


class MultiControl(PromptControl):
    """Chips for each choice; any number may be picked."""

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.chips = ChipGroup(
            [(c.value, dt(c.label)) for c in prompt.choices],
            dt(prompt.label),
            self,
            description=dt(prompt.label),
        )
        self.chips.toggled.connect(self._toggled)
        col.addWidget(self.chips)

    def _toggled(self, _key: str, _on: bool) -> None:
        if not self._setting:
            self.changed.emit()

    def value(self) -> Value:
        """The picked values, in the order shown."""
        return self.chips.checked()

    def set_value(self, value: Value) -> None:
        """Pick exactly ``value`` (a list of choice values)."""
        self._setting = True
        try:
            self.chips.set_checked(value if isinstance(value, list) else [])
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        """The chip Tab lands on."""
        return self.chips.current_chip() or self.chips

    def wipe(self) -> None:
        """Nothing picked."""
        self.set_value([])


# -- scale --------------------------------------------------------------------------


class ScaleControl(PromptControl):
    """The 0-10 slider, "not set" until chosen, with Clear."""

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.slider = IntensitySlider(dt(prompt.label), self, clearable=True)
        self.slider.value_changed.connect(self._moved)
        col.addWidget(self.slider)
        self.setMaximumWidth(520)

    def _moved(self, _value: object) -> None:
        if not self._setting:
            self.changed.emit()

    def value(self) -> Value:
        """0-10, or None for not set."""
        return self.slider.value()

    def set_value(self, value: Value) -> None:
        """Show ``value`` (None: not set)."""
        self._setting = True
        try:
            self.slider.setValue(value if isinstance(value, int) else None)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        """The track."""
        return self.slider.track

    def wipe(self) -> None:
        """Back to not set."""
        self.set_value(None)


# -- date ---------------------------------------------------------------------------


class DateControl(PromptControl):
    """A date field that can say "not set"; the first key or click starts at today."""

    _STARTERS = frozenset(
        {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_F4}
    )

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field = DateField(parent=self)
        self.field.setDisplayFormat(DAY_FORMAT)
        self.field.setMinimumDate(UNSET_DAY)
        self.field.setSpecialValueText(self.tr("not set"))
        self.field.setAccessibleName(dt(prompt.label))
        self.field.setDate(UNSET_DAY)
        self.field.dateChanged.connect(self._picked)
        self.field.installEventFilter(self)
        row.addWidget(self.field)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(
            self.tr("Clear: {label}").format(label=dt(prompt.label))
        )
        policy = self.clear_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_button.setSizePolicy(policy)
        self.clear_button.clicked.connect(self._clear_clicked)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """From "not set", the first step or click starts at today, not in 1899."""
        if watched is self.field and self.value() is None:
            starts = (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in self._STARTERS
            ) or event.type() == QEvent.Type.MouseButtonPress
            if starts:
                self.set_value(date.today())
                self.changed.emit()
                if isinstance(event, QKeyEvent) and event.key() != Qt.Key.Key_F4:
                    return True  # today is the first step
        return super().eventFilter(watched, event)

    def _picked(self, _day: QDate) -> None:
        self._update()
        if not self._setting:
            self.changed.emit()

    def _clear_clicked(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_value(None)
        self.changed.emit()

    def _update(self) -> None:
        self.clear_button.setVisible(self.value() is not None)

    def value(self) -> Value:
        """The day, or None for not set."""
        picked = self.field.date()
        if picked == UNSET_DAY:
            return None
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: Value) -> None:
        """Show ``value`` (a date, or None for not set)."""
        self._setting = True
        try:
            if isinstance(value, date):
                self.field.setDate(QDate(value.year, value.month, value.day))
            else:
                self.field.setDate(UNSET_DAY)
        finally:
            self._setting = False
        self._update()

    def focus_target(self) -> QWidget:
        """The field."""
        return self.field

    def wipe(self) -> None:
        """Back to not set."""
        self.set_value(None)
