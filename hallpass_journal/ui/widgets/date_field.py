"""A date field that is one Tab stop, with its calendar a key away.

QDateEdit makes every part of the date (weekday, day, month, year) a Tab stop of its
own, so Tab needs four presses to get past one field. Here Tab leaves the field at
once; Left and Right move between its parts, Up and Down change the part selected,
and Alt+Down (or F4) opens the calendar, as in a drop-down list.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionComboBox, QWidget


class DateField(QDateEdit):
    """One Tab stop; arrows inside; Alt+Down or F4 for the calendar popup."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        """A field showing ``date`` (today when None) with a calendar popup."""
        super().__init__(date if date is not None else QDate.currentDate(), parent)
        self.setCalendarPopup(True)
        self.setAccessibleDescription(
            self.tr(
                "Left and Right move between the parts of the date, Up and Down change "
                "one, Alt+Down opens a calendar."
            )
        )

        self._tabbing = False

    def event(self, event: QEvent) -> bool:
        """Note a Tab key press: it is the one thing that should leave the field."""
        if isinstance(event, QKeyEvent) and (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._tabbing = True
            try:
                return super().event(event)
            finally:
                self._tabbing = False
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt API
        """Tab leaves the field, instead of visiting each part of the date.

        A separator typed while writing a date ("15 Jun", "15/06") asks for the next
        part too: that one stays inside the field, as QDateEdit intends.
        """
        if self._tabbing:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Left/Right: the previous or next part; Alt+Down or F4: the calendar."""
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            key == Qt.Key.Key_F4
            and not mods
            or (key == Qt.Key.Key_Down and mods == Qt.KeyboardModifier.AltModifier)
        ):
            self.open_calendar()
            event.accept()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods:
            step = 1 if key == Qt.Key.Key_Right else -1
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                step = -step
            index = min(max(self.currentSectionIndex() + step, 0), self.sectionCount() - 1)
            self.setCurrentSectionIndex(index)
            self.setSelectedSection(self.sectionAt(index))
            event.accept()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Show the calendar popup, as a click on the field's arrow does."""
        if not self.calendarPopup() or self.isReadOnly() or not self.isEnabled():
            return
        # QDateEdit opens its popup only from a press on the arrow; it has no public call.
        opt = QStyleOptionComboBox()
        opt.initFrom(self)
        opt.editable = True
        opt.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            QPointF(self.mapToGlobal(at)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self.mousePressEvent(press)
