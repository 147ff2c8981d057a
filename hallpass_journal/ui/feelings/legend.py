"""The chart's legend: one button per line, showing how it is drawn; a click hides it.

A row of real buttons above the plot rather than pyqtgraph's legend inside it: they take
the keyboard focus (Space toggles), have accessible names, wrap onto a second row in a
narrow window, and never cover the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolButton, QWidget

from hallpass_journal.ui.feelings.colours import SeriesStyle
from hallpass_journal.ui.feelings.pg import drawSymbol, pg
from hallpass_journal.ui.widgets.flow_layout import FlowLayout

SAMPLE = QSize(30, 16)


@dataclass(frozen=True)
class LegendEntry:
    """One line of the chart as the legend names it."""

    name: str
    label: str
    style: SeriesStyle


def sample_icon(style: SeriesStyle, shown: bool, device_ratio: float = 1.0) -> QIcon:
    """A short stretch of the line with its marker; faded and crossed out when hidden."""
    pixmap = QPixmap(SAMPLE * device_ratio)
    pixmap.setDevicePixelRatio(device_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QColor(style.colour)
    if not shown:
        colour.setAlphaF(0.35)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, style.width)
        if style.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        middle = SAMPLE.height() / 2
        painter.drawLine(QPointF(1, middle), QPointF(SAMPLE.width() - 1, middle))
        painter.translate(SAMPLE.width() / 2, middle)
        drawSymbol(painter, style.symbol, 9, pg.mkPen(colour, width=1.2), pg.mkBrush(colour))
    finally:
        painter.end()
    return QIcon(pixmap)


class ChartLegend(QWidget):
    """Toggle buttons for the chart's lines (shown ones are checked)."""

    #: A line was shown (True) or hidden (False) by its button: ``(name, shown)``.
    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Lines on the chart"))
        self._flow = FlowLayout(self, spacing=4)
        self.buttons: dict[str, QToolButton] = {}
        self._entries: dict[str, LegendEntry] = {}

    def set_entries(self, entries: list[LegendEntry]) -> None:
        """One button per entry, all shown."""
        self.clear()
        for entry in entries:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(SAMPLE)
            button.setText(entry.label)
            button.setAccessibleName(self.tr("Show {name} on the chart").format(name=entry.label))
            button.toggled.connect(lambda shown, name=entry.name: self._on_toggled(name, shown))
            self._flow.addWidget(button)
            self.buttons[entry.name] = button
            self._entries[entry.name] = entry
            self._paint(entry.name)
        self.updateGeometry()

    def restyle(self, styles: dict[str, SeriesStyle]) -> None:
        """New colours for the same lines (the theme changed)."""
        for name, style in styles.items():
            entry = self._entries.get(name)
            if entry is not None:
                self._entries[name] = LegendEntry(entry.name, entry.label, style)
                self._paint(name)

    def _paint(self, name: str) -> None:
        button = self.buttons[name]
        shown = button.isChecked()
        button.setIcon(sample_icon(self._entries[name].style, shown, self.devicePixelRatioF()))
        font = button.font()
        font.setStrikeOut(not shown)
        button.setFont(font)
        if shown:
            button.setToolTip(self.tr("Shown: click to hide this line for now"))
        else:
            button.setToolTip(self.tr("Hidden: click to show this line again"))

    def _on_toggled(self, name: str, shown: bool) -> None:
        self._paint(name)
        self.toggled.emit(name, shown)

    def clear(self) -> None:
        """Remove every button."""
        for button in self.buttons.values():
            self._flow.removeWidget(button)
            button.setText("")  # nothing of a label lingers until the deletion
            button.setAccessibleName("")
            button.hide()
            button.deleteLater()
        self.buttons.clear()
        self._entries.clear()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        """Wrapping rows: taller when narrow."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        """As tall as the rows the buttons need at ``width``."""
        return self._flow.heightForWidth(width)
