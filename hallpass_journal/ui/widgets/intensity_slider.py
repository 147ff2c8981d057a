"""A 0-10 slider that tells the truth: "not set" looks unset, and a click lands where it is.

A plain QSlider always holds a value, so an untouched one shows a handle in the middle
and claims a number nobody chose. :class:`IntensitySlider` has a real "not set" state:
the track is drawn without a handle and without a filled part (its own painting, not a
palette trick, so a theme switch cannot bring the fill back), and the value beside it
reads "not set". The first click, arrow key, digit, Home or End sets it; a clearable
slider has a Clear button (and Delete) to go back to "not set".

Mouse: a click anywhere on the groove moves the handle there (and can drag on); the
wheel only changes a slider that already has focus and a value, so scrolling a page
never sets one by accident. Keys: arrows and Page Up/Down step (from "not set" they
start in the middle), Home/End go to 0/10, a digit goes to that value.

The track is a plain QSlider steered by an event filter, never a Python subclass: with
PySide6 6.12 on Python 3.11, each paint of a QSlider subclass (and each call of
``QSlider.initStyleOption``) drops a reference to ``None``, and after a few thousand
repaints the interpreter aborts. :func:`slider_option` fills the style option by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QStylePainter,
    QToolButton,
    QWidget,
)

from hallpass_journal.domain.vocabulary import MAX_INTENSITY, MIN_INTENSITY

_STEP_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}
_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_CC, _SC = QStyle.ComplexControl, QStyle.SubControl


def slider_option(slider: QSlider, position: int | None = None) -> QStyleOptionSlider:
    """The style option QSlider paints with (as its ``initStyleOption`` fills it).

    ``position``: where the handle is drawn (default: where it is).
    """
    opt = QStyleOptionSlider()
    opt.initFrom(slider)
    opt.subControls = _SC.SC_None
    opt.activeSubControls = _SC.SC_None
    opt.orientation = slider.orientation()
    opt.minimum, opt.maximum = slider.minimum(), slider.maximum()
    opt.tickPosition = slider.tickPosition()
    opt.tickInterval = slider.tickInterval()
    horizontal = slider.orientation() == Qt.Orientation.Horizontal
    rtl = opt.direction == Qt.LayoutDirection.RightToLeft
    opt.upsideDown = (
        slider.invertedAppearance() != rtl if horizontal else not slider.invertedAppearance()
    )
    opt.direction = Qt.LayoutDirection.LeftToRight  # QSlider uses upsideDown instead
    opt.sliderPosition = slider.sliderPosition() if position is None else position
    opt.sliderValue = slider.value()
    opt.singleStep, opt.pageStep = slider.singleStep(), slider.pageStep()
    if horizontal:
        opt.state |= QStyle.StateFlag.State_Horizontal
    return opt


def handle_rect(slider: QSlider, value: int | None = None) -> QRect:
    """Where the handle is drawn for ``value`` (default: the current position)."""
    opt = slider_option(slider, value)
    return slider.style().subControlRect(_CC.CC_Slider, opt, _SC.SC_SliderHandle, slider)


class IntensitySlider(QWidget):
    """A track, its value always shown beside it ("not set" or "7 of 10"), maybe Clear."""

    #: The value changed: an ``int``, or ``None`` for "not set".
    value_changed = Signal(object)

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        clearable: bool = False,
        clear_name: str = "",
        ends: tuple[str, str] | None = None,
    ) -> None:
        """``name`` is the track's accessible name; ``ends`` label its two ends."""
        super().__init__(parent)
        self._is_set = False
        self._forwarding = False
        self.clearable = clearable
        self.track = self._build_track(name)
        self.value_label = QLabel(self)
        self.value_label.setAccessibleName(self.tr("{name}: value").format(name=name))
        metrics = self.value_label.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(text)
            for text in (self._text(None), self._text(MAX_INTENSITY), self._text(8))
        )
        self.value_label.setMinimumWidth(widest + 4)  # the track never shifts
        self.clear_button: QToolButton | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        if ends:
            row.addWidget(QLabel(ends[0], self))
        row.addWidget(self.track, 1)
        if ends:
            row.addWidget(QLabel(ends[1], self))
        row.addWidget(self.value_label)
        if clearable:
            self.clear_button = self._build_clear(clear_name or self.tr("Clear: {name}"), name)
            row.addWidget(self.clear_button)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.track)
        self._show()

    def _build_track(self, name: str) -> QSlider:
        track = QSlider(Qt.Orientation.Horizontal, self)
        track.setAccessibleName(name)
        track.setRange(MIN_INTENSITY, MAX_INTENSITY)
        track.setPageStep(2)
        track.setTickPosition(QSlider.TickPosition.TicksBelow)
        track.setTickInterval(1)
        track.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no wheel focus: pages scroll
        track.setMinimumWidth(140)
        track.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        track.setToolTip(self.tr("Click where it feels right, or use the arrow keys."))
        with QSignalBlocker(track):
            track.setValue(track.minimum())
        track.valueChanged.connect(self._on_value_changed)
        track.installEventFilter(self)
        return track

    def _build_clear(self, accessible_name: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("Clear"))
        button.setAccessibleName(accessible_name.format(name=name))
        button.setToolTip(self.tr("Back to not set (Delete)"))
        policy = button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # appearing never moves the track
        button.setSizePolicy(policy)
        button.clicked.connect(self._clear_clicked)
        return button

    # -- the value -------------------------------------------------------------------

    def value(self) -> int | None:
        """The value chosen, or None ("not set")."""
        return self.track.value() if self._is_set else None

    def setValue(self, value: int | None) -> None:  # noqa: N802 - mirrors QSlider
        """Show ``value`` (clamped to 0-10); None means "not set"."""
        before = self.value()
        track = self.track
        with QSignalBlocker(track):
            if value is None:
                self._is_set = False
                track.setValue(track.minimum())
            else:
                self._is_set = True
                track.setValue(max(track.minimum(), min(track.maximum(), int(value))))
        track.update()
        if self.value() != before:
            self._changed()

    def is_set(self) -> bool:
        """Whether a value has been chosen."""
        return self._is_set

    def clear(self) -> None:
        """Back to "not set"."""
        self.setValue(None)

    def _on_value_changed(self, _value: int) -> None:
        # Dragging, stepping with keys and accessibility actions all choose a value.
        self._is_set = True
        self.track.update()
        self._changed()

    def _changed(self) -> None:
        self._show()
        self.value_changed.emit(self.value())

    def _text(self, value: int | None) -> str:
        if value is None:
            return self.tr("not set")
        return self.tr("{value} of 10").format(value=value)

    def _show(self) -> None:
        self.value_label.setText(self._text(self.value()))
        self.track.setAccessibleDescription(self.value_label.text())
        if self.clear_button is not None:
            self.clear_button.setVisible(self._is_set)

    def _clear_clicked(self) -> None:
        self.track.setFocus(Qt.FocusReason.OtherFocusReason)  # the button is about to hide
        self.clear()

    # -- the track's events ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Paint "not set", jump to clicks, take keys from "not set", keep the wheel out."""
        if watched is not self.track:
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind == QEvent.Type.Paint and not self._is_set:
            self._paint_unset()
            return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._press(event)
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if self._is_set and self.track.hasFocus():
                return False
            event.ignore()  # the page around it scrolls instead
            return True
        return False

    def _value_at(self, x: float) -> int:
        """The value whose handle position is nearest ``x`` (as QSlider computes it)."""
        track = self.track
        opt = slider_option(track)
        groove = track.style().subControlRect(_CC.CC_Slider, opt, _SC.SC_SliderGroove, track)
        handle = track.style().subControlRect(_CC.CC_Slider, opt, _SC.SC_SliderHandle, track)
        span = groove.right() - handle.width() + 1 - groove.x()
        pos = round(x - handle.width() / 2) - groove.x()
        return QStyle.sliderValueFromPosition(
            track.minimum(), track.maximum(), pos, max(span, 1), opt.upsideDown
        )

    def _press(self, event: QMouseEvent) -> bool:
        """Jump to the clicked place, then hand QSlider a press on the handle (to drag)."""
        if (
            self._forwarding
            or event.button() != Qt.MouseButton.LeftButton
            or not self.track.isEnabled()
        ):
            return False
        self.setValue(self._value_at(event.position().x()))
        # A press off the handle would page towards the pointer; on it, it starts a drag.
        centre = QPointF(handle_rect(self.track).center())
        on_handle = QMouseEvent(
            event.type(),
            centre,
            event.globalPosition() + (centre - event.position()),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        self._forwarding = True
        try:
            QApplication.sendEvent(self.track, on_handle)
        finally:
            self._forwarding = False
        return True

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        track = self.track
        if key in _DIGITS:
            self.setValue(_DIGITS[key])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.clearable:
            self.setValue(None)
        elif not self._is_set and key in _STEP_KEYS:
            self.setValue((track.minimum() + track.maximum()) // 2)
        elif not self._is_set and key == Qt.Key.Key_Home:
            self.setValue(track.minimum())
        elif not self._is_set and key == Qt.Key.Key_End:
            self.setValue(track.maximum())
        else:
            return False  # QSlider steps a value that is set
        event.accept()
        return True

    def _paint_unset(self) -> None:
        """The groove and ticks only: no handle, no filled part."""
        track = self.track
        painter = QStylePainter(track)
        opt = slider_option(track, track.minimum())  # a fill would end at the start
        opt.subControls = _SC.SC_SliderGroove | _SC.SC_SliderTickmarks
        painter.drawComplexControl(_CC.CC_Slider, opt)
        if track.hasFocus():
            # The handle usually carries the focus ring; without one, ring the slider.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(track.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(track.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()
