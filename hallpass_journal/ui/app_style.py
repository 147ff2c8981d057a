"""The app's widget style: Fusion (or the native style) plus two things it lacks.

- **A focus ring you can see** on every control that takes focus, in both themes: two
  pixels of the theme's focus colour (at least 3:1 against the window and the fields)
  with a thin inner line of the base colour, so it shows on a filled button too. It shows
  whenever a control has focus, however it got there: Fusion shows it on buttons only
  after Tab, so the Undo button the app focuses after a delete looked unfocused.
- **Date fields wide enough for any date in their format.** Qt sizes a date field by
  its minimum and maximum dates only, so "Wed 30 Sep 2026" was cut off where
  "Fri 31 Dec 9999" fitted.

Dialog buttons are kept free of stock icons by the style sheet instead
(``dialogbuttonbox-buttons-have-icons``): overriding ``styleHint`` in Python corrupts
the reference count of ``None`` in PySide6 6.12 and crashes the interpreter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDateTimeEdit,
    QFrame,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

RING = 2.0  # px

_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl
_CE = QStyle.ControlElement
_State = QStyle.StateFlag
_RINGED = {_CC.CC_ComboBox, _CC.CC_SpinBox, _CC.CC_Slider, _CC.CC_ToolButton}
_FIELDS = {QStyle.ContentsType.CT_SpinBox, QStyle.ContentsType.CT_ComboBox}


def widest_date_text(edit: QDateTimeEdit) -> str:
    """The widest text ``edit``'s display format can show (every month and weekday)."""
    fmt = edit.displayFormat()
    locale = edit.locale()
    metrics = edit.fontMetrics()
    year = max(edit.date().year(), 1000)
    late = QTime(23, 59, 59)
    texts = [
        locale.toString(QDateTime(QDate(year, month, day), late), fmt)
        for month in range(1, 13)
        for day in range(22, 29)  # two-digit days, every weekday
    ]
    return max(texts, key=metrics.horizontalAdvance)


class AppStyle(QProxyStyle):
    """A proxy over the platform's or Fusion style; see the module docstring."""

    def __init__(
        self,
        base: QStyle | None,
        ring_colors: Callable[[], tuple[str, str]],
        *,
        rings: bool = True,
    ) -> None:
        """``ring_colors`` gives the ring's colour and its inner line's (the theme's).

        ``rings=False`` keeps the base style's own focus indication (macOS draws a
        clear one natively); the date fields are still sized in full.
        """
        super().__init__(base)
        self._ring_colors = ring_colors
        self._rings = rings

    # -- sizes -----------------------------------------------------------------------

    def sizeFromContents(  # noqa: N802 - Qt API
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption | None,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        """Date fields: room for the widest date their format can show."""
        if contents in _FIELDS and isinstance(widget, QDateTimeEdit):
            # As Qt measures: the text, a space, and 2 px for the cursor. (A field with a
            # calendar popup is measured as a combo box, one without as a spin box.)
            text = widest_date_text(widget) + " "
            size = QSize(
                max(size.width(), widget.fontMetrics().horizontalAdvance(text) + 2), size.height()
            )
        return super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]

    # -- focus rings -----------------------------------------------------------------

    def drawPrimitive(  # noqa: N802 - Qt API
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Text fields get the ring; buttons and check boxes get it instead of Fusion's."""
        if self._rings and element == _PE.PE_FrameFocusRect and isinstance(widget, QAbstractButton):
            # A push button or check box (also one the style sheet draws): ring the
            # whole control, not just its label.
            if _focused(option):
                self._ring(painter, QRectF(widget.rect()))
            return
        super().drawPrimitive(element, option, painter, widget)
        framed = (element == _PE.PE_FrameLineEdit and isinstance(widget, QLineEdit)) or (
            element == _PE.PE_PanelButtonCommand and isinstance(widget, QAbstractButton)
        )
        if framed and _focused(option):
            self._ring(painter, QRectF(option.rect))

    def drawComplexControl(  # noqa: N802 - Qt API
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Combo boxes, spin and date fields, sliders and tool buttons: the ring on top."""
        super().drawComplexControl(control, option, painter, widget)
        if control in _RINGED and _focused(option):
            self._ring(painter, QRectF(option.rect))

    def drawControl(  # noqa: N802 - Qt API
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Framed lists and text areas: the ring around their frame while focused."""
        super().drawControl(element, option, painter, widget)
        if (
            element == _CE.CE_ShapedFrame
            and isinstance(widget, QAbstractScrollArea)
            and widget.frameShape() != QFrame.Shape.NoFrame
            and widget.hasFocus()
        ):
            self._ring(painter, QRectF(option.rect))

    def _ring(self, painter: QPainter, rect: QRectF) -> None:
        if not self._rings:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring, inner = self._ring_colors()
        painter.setPen(QPen(QColor(ring), RING))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        # A line of the page's colour just inside keeps the ring visible on a filled
        # (accent) button, whose colour is close to the ring's.
        painter.setPen(QPen(QColor(inner), 1))
        painter.drawRoundedRect(rect.adjusted(2.5, 2.5, -2.5, -2.5), 3, 3)
        painter.restore()


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & _State.State_HasFocus)
