"""The feelings chart: a line per feeling over time, key moments as labelled lines.

- **Reading it.** Feelings and mood share one 0-10 scale; a caption under the chart says
  what the ends mean. Hovering a point tells its date, value and how many check-ins are
  behind it; hovering an event's line tells the whole event.
- **Moving around.** The mouse wheel zooms along the dates and a drag moves along them
  (the 0-10 scale stays put); with the chart focused, Left/Right move, +/- zoom and Home
  goes back, as does "Reset view".
- **Event labels** sit in a band above the lines, shortened to fit (the full text is in
  the tooltip), in up to :data:`LABEL_ROWS` rows (placed by ``chart_labels``: key events
  first). Key events are solid accent lines with bold labels; moments written as
  entries (agreement notes, pauses, debriefs, healing steps) are dashed.
- **Safety.** pyqtgraph's own context menu is switched off: its "Export…" would write
  the journal's feelings to an unencrypted file without a word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from hallpass_journal.domain.evaluation import Marker
from hallpass_journal.ui.feelings.chart_labels import LabelSpot, place_labels
from hallpass_journal.ui.feelings.colours import SeriesStyle
from hallpass_journal.ui.feelings.date_axis import LocalDateAxis
from hallpass_journal.ui.feelings.legend import ChartLegend, LegendEntry
from hallpass_journal.ui.feelings.pg import pg
from hallpass_journal.ui.feelings.series import Bucket, Smoothed, bucket_x, event_x
from hallpass_journal.ui.theme import Colors, colors

#: The bottom of the scale with a little room for markers sitting on 0.
Y_BOTTOM = -0.4
#: The top of the lines' band (room for a marker on 10); event labels go above it.
Y_DATA_TOP = 10.4
LABEL_CHARS = 20
LABEL_ROWS = 3
HOVER_PX = 12.0
MARKER_PX = 5.0
_DAY = 86400.0
#: Nobody needs to see less than two days across, nor to lose the data off-screen.
MIN_SPAN = 2 * _DAY


@dataclass
class ChartSeries:
    """One line to draw: its buckets, and (when smoothing) the moving average."""

    name: str
    label: str
    style: SeriesStyle
    resolution: str
    buckets: list[Bucket]
    smoothed: list[Smoothed] | None = None
    #: Words for the smoothed points, e.g. "7-day average".
    smoothing_label: str = ""


@dataclass
class DrawnSeries:
    """The plot items of one series: the line, and the raw points under a smoothed line."""

    series: ChartSeries
    line: pg.PlotDataItem
    raw: pg.PlotDataItem | None = None


@dataclass
class DrawnMarker:
    """One key moment on the chart."""

    marker: Marker
    line: pg.InfiniteLine
    short: str


def shorten(label: str, limit: int = LABEL_CHARS) -> str:
    """``label`` cut to ``limit`` characters at a word if it can be, with an ellipsis."""
    label = " ".join(label.split())
    if len(label) <= limit:
        return label
    cut = label[: limit - 1].rstrip()
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def _escape(text: str) -> str:
    # pyqtgraph formats a line label with str.format (for "{value}"): braces stay braces.
    return text.replace("{", "{{").replace("}", "}}")


def _qdate(day: object) -> QDate:
    return QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]


class FeelingsChart(QWidget):
    """The plot, its legend and caption; fed by :meth:`set_data` (see ``chart_tab``)."""

    #: The hover text changed (empty when nothing is under the pointer).
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawn: dict[str, DrawnSeries] = {}
        self.markers: list[DrawnMarker] = []
        self.hover_text = ""
        self._home: tuple[float, float] = (0.0, _DAY)
        self._colors = colors()
        self._y_top = Y_DATA_TOP

        self.legend = ChartLegend(self)
        self.legend.toggled.connect(self.set_series_shown)
        self.plot_widget = pg.PlotWidget(self, axisItems={"bottom": LocalDateAxis()})
        self.plot_widget.setAccessibleName(self.tr("Feelings chart"))
        self.plot_widget.setAccessibleDescription(
            self.tr(
                "Use the mouse wheel to zoom and drag to move along the dates; with the "
                "chart focused, Left and Right move, plus and minus zoom, Home resets."
            )
        )
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot_widget.installEventFilter(self)
        self.plot = self.plot_widget.getPlotItem()
        self.view_box = self.plot.getViewBox()
        self.plot.setMenuEnabled(False)  # no "Export…" to an unencrypted file
        self.plot.hideButtons()
        self.view_box.setMouseEnabled(x=True, y=False)
        self.plot.showGrid(x=False, y=True, alpha=0.35)
        left = self.plot.getAxis("left")
        left.setTicks([[(v, str(v)) for v in range(0, 11, 2)], [(v, "") for v in range(11)]])
        left.setWidth(28)
        self.caption = QLabel(
            self.tr(
                "Feelings: 0 not at all, 10 very strong. Overall mood: 0 very low, 10 very good."
            ),
            self,
        )
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.caption)

        self._proxy = pg.SignalProxy(
            self.plot_widget.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved
        )
        self.view_box.sigXRangeChanged.connect(self._layout_labels)
        self.view_box.sigResized.connect(self._layout_labels)
        self.apply_theme(self._colors)

    # -- data ------------------------------------------------------------------------

    def set_data(
        self,
        series: list[ChartSeries],
        markers: list[Marker],
        x_range: tuple[float, float],
    ) -> None:
        """Draw ``series`` and ``markers``, and show ``x_range`` (the home view)."""
        self.clear()
        for s in series:
            self.drawn[s.name] = self._draw_series(s)
        for marker in markers:
            self.markers.append(self._draw_marker(marker))
        self.legend.set_entries([LegendEntry(s.name, s.label, s.style) for s in series])
        first, last = x_range
        for drawn in self.drawn.values():  # a week's point may sit past the last day
            xs = drawn.line.getOriginalDataset()[0]
            if xs is not None and len(xs):
                first, last = min(first, float(xs.min())), max(last, float(xs.max()))
        if last - first < MIN_SPAN:
            middle = (first + last) / 2
            first, last = middle - MIN_SPAN / 2, middle + MIN_SPAN / 2
        self._home = (first, last)
        span = last - first
        self.view_box.setLimits(
            xMin=first - span, xMax=last + span, minXRange=MIN_SPAN, maxXRange=3 * span
        )
        self.reset_view()

    def _symbol_size(self, count: int) -> int:
        return 8 if count <= 120 else 6 if count <= 400 else 5

    def _draw_series(self, s: ChartSeries) -> DrawnSeries:
        style = s.style
        xs = np.array([bucket_x(b[0], s.resolution) for b in s.buckets], dtype=float)
        ys = np.array([b[1] for b in s.buckets], dtype=float)
        if s.smoothed is None:
            line = self.plot.plot(xs, ys, **self._line_opts(style, len(xs)))
            line.setClipToView(True)
            return DrawnSeries(s, line)
        faded = QColor(style.colour)
        faded.setAlphaF(0.45)
        raw = self.plot.plot(
            xs,
            ys,
            pen=None,
            symbol=style.symbol,
            symbolSize=max(self._symbol_size(len(xs)) - 2, 4),
            symbolPen=None,
            symbolBrush=pg.mkBrush(faded),
        )
        sx = np.array([bucket_x(p.start, s.resolution) for p in s.smoothed], dtype=float)
        sy = np.array([p.mean for p in s.smoothed], dtype=float)
        line = self.plot.plot(sx, sy, **self._line_opts(style, len(sx)))
        line.setClipToView(True)
        return DrawnSeries(s, line, raw)

    def _line_opts(self, style: SeriesStyle, count: int) -> dict[str, object]:
        # Dashes along years of daily zig-zags cannot be seen and cost Qt seconds to
        # draw: a dense mood line is solid (its colour and star still set it apart).
        dashed = style.dashed and count <= 400
        pen = pg.mkPen(
            style.colour,
            width=style.width,
            style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine,
        )
        return {
            # Years by day: draw about one point per pixel, keeping the peaks (hover
            # still finds every point). Clipping to the view is set once added: set
            # here, pyqtgraph asks the widget, not the view box, for its range.
            "autoDownsample": True,
            "downsampleMethod": "peak",
            # Smoothing the edges of a long zig-zag line costs Qt seconds; dense lines
            # are drawn plain, which at that density looks the same.
            "antialias": count <= 400,
            "pen": pen,
            "symbol": style.symbol,
            # A star is drawn smaller than a circle of the same size: a little larger.
            "symbolSize": self._symbol_size(count) + (3 if style.symbol == "star" else 0),
            # A rim of the background keeps overlapping markers apart; on a dense line it
            # would only sparkle, so there the markers are plain.
            "symbolPen": pg.mkPen(self._colors.base if count <= 400 else style.colour, width=1),
            "symbolBrush": pg.mkBrush(style.colour),
        }

    def _draw_marker(self, marker: Marker) -> DrawnMarker:
        short = shorten(marker.label)
        line = pg.InfiniteLine(
            pos=event_x(marker.day),
            angle=90,
            movable=False,
            label=_escape(short),
            labelOpts={"position": 0.95, "anchors": [(0, 0.5), (0, 0.5)]},
        )
        self.plot.addItem(line, ignoreBounds=True)
        drawn = DrawnMarker(marker, line, short)
        self._style_marker(drawn)
        return drawn

    def _style_marker(self, drawn: DrawnMarker) -> None:
        c = self._colors
        key_event = drawn.marker.entry_uuid is None
        pen = pg.mkPen(
            c.accent if key_event else c.muted,
            width=1.6 if key_event else 1.0,
            style=Qt.PenStyle.SolidLine if key_event else Qt.PenStyle.DashLine,
        )
        drawn.line.setPen(pen)
        label = drawn.line.label
        label.setColor(c.text)
        fill = QColor(c.base)
        fill.setAlphaF(0.9)
        label.fill = pg.mkBrush(fill)
        label.border = pg.mkPen(c.accent if key_event else c.border)
        label.setFont(self._label_font(key_event))
        label.update()

    def set_series_shown(self, name: str, shown: bool) -> None:
        """Show or hide one series (its line and raw points) for now."""
        drawn = self.drawn.get(name)
        if drawn is None:
            return
        drawn.line.setVisible(shown)
        if drawn.raw is not None:
            drawn.raw.setVisible(shown)
        button = self.legend.buttons.get(name)
        if button is not None and button.isChecked() != shown:
            button.setChecked(shown)

    def clear(self) -> None:
        """Remove every line, point, event and legend entry."""
        QToolTip.hideText()
        self.plot.clear()
        self.drawn.clear()
        self.markers.clear()
        self.legend.clear()
        self._set_hover("")

    # -- the view --------------------------------------------------------------------

    def reset_view(self) -> None:
        """Back to the whole chosen date range."""
        first, last = self._home
        self.view_box.setXRange(first, last, padding=0.03)
        self._layout_labels()

    def x_range(self) -> tuple[float, float]:
        """The dates shown now (chart x values)."""
        first, last = self.view_box.viewRange()[0]
        return float(first), float(last)

    def _zoom(self, factor: float) -> None:
        first, last = self.x_range()
        middle, half = (first + last) / 2, (last - first) / 2 * factor
        self.view_box.setXRange(middle - half, middle + half, padding=0)

    def _pan(self, fraction: float) -> None:
        first, last = self.x_range()
        step = (last - first) * fraction
        self.view_box.setXRange(first + step, last + step, padding=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Keys on the focused chart: Left/Right move, +/- zoom, Home resets."""
        if watched is self.plot_widget and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            actions: dict[Qt.Key, Callable[[], None]] = {
                Qt.Key.Key_Left: lambda: self._pan(-0.2),
                Qt.Key.Key_Right: lambda: self._pan(0.2),
                Qt.Key.Key_Plus: lambda: self._zoom(0.8),
                Qt.Key.Key_Equal: lambda: self._zoom(0.8),
                Qt.Key.Key_Minus: lambda: self._zoom(1.25),
                Qt.Key.Key_Home: self.reset_view,
            }
            if key in actions:
                actions[key]()
                return True
        return super().eventFilter(watched, event)

    def _layout_labels(self, *_args: object) -> None:
        """Place event labels in rows above the lines (see ``chart_labels``)."""
        rect = self.view_box.sceneBoundingRect()
        height = rect.height()
        if not self.markers or height < 40:
            self._set_y_top(Y_DATA_TOP)
            return
        metrics = {bold: QFontMetricsF(self._label_font(bold)) for bold in (False, True)}
        spots = [
            LabelSpot(
                x=self.view_box.mapViewToScene(QPointF(d.line.value(), 0)).x(),
                width=metrics[d.marker.entry_uuid is None].horizontalAdvance(d.short) + 8,
                key_event=d.marker.entry_uuid is None,
            )
            for d in self.markers
        ]
        places = place_labels(spots, rect.left(), rect.right(), LABEL_ROWS)
        used = max((p.row + 1 for p in places if p is not None), default=0)
        row_height = metrics[True].height() + 6
        band = min(used * row_height + 4, height * 0.45)  # a short chart: lines first
        # The band above Y_DATA_TOP is ``band`` pixels tall: solve for the view's top.
        data_px = max(height - band, 1.0)
        self._set_y_top(Y_DATA_TOP + (Y_DATA_TOP - Y_BOTTOM) * band / data_px)
        for drawn, place in zip(self.markers, places, strict=True):
            label = drawn.line.label
            centre = 2 + (place.row if place else 0) * row_height + row_height / 2
            if place is None or centre > band:
                label.setVisible(False)
                continue
            anchor = (1.0, 0.5) if place.left_of_line else (0.0, 0.5)
            label.anchors = [anchor, anchor]
            label.setVisible(True)
            label.setPosition(1.0 - centre / height)

    def _label_font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.5))
        font.setBold(bold)
        return font

    def _set_y_top(self, y_top: float) -> None:
        self._y_top = y_top
        self.view_box.setYRange(Y_BOTTOM, y_top, padding=0)

    # -- hovering --------------------------------------------------------------------

    def _mouse_moved(self, args: tuple[QPointF]) -> None:
        scene_pos = args[0]
        text = self.tooltip_at(scene_pos)
        if text:
            local = self.plot_widget.mapFromScene(scene_pos)
            QToolTip.showText(self.plot_widget.mapToGlobal(local), text, self.plot_widget)
        else:
            QToolTip.hideText()
        self._set_hover(text)

    def _set_hover(self, text: str) -> None:
        if text != self.hover_text:
            self.hover_text = text
            self.hovered.emit(text)

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """What the pointer at ``scene_pos`` (scene coordinates) is over, in words."""
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            return ""
        at = self.view_box.mapSceneToView(scene_pos)
        px_x, px_y = self.view_box.viewPixelSize()
        best: tuple[float, str] | None = None
        for drawn in self.drawn.values():
            for item, smoothed in ((drawn.line, drawn.series.smoothed), (drawn.raw, None)):
                if item is None or not item.isVisible():
                    continue
                xs, ys = item.getOriginalDataset()
                if xs is None or len(xs) == 0:
                    continue
                dist = ((xs - at.x()) / px_x) ** 2 + ((ys - at.y()) / px_y) ** 2
                index = int(np.argmin(dist))
                if best is None or dist[index] < best[0]:
                    best = (float(dist[index]), self._point_text(drawn.series, index, smoothed))
        if best is not None and best[0] <= HOVER_PX**2:
            return best[1]
        for drawn_marker in self.markers:
            label = drawn_marker.line.label
            near = abs(drawn_marker.line.value() - at.x()) / px_x <= MARKER_PX
            if near or (label.isVisible() and label.sceneBoundingRect().contains(scene_pos)):
                return self._marker_text(drawn_marker.marker)
        return ""

    def _when(self, start: object, resolution: str) -> str:
        locale = QLocale()
        day = _qdate(start)
        if resolution == "week":
            return self.tr("week of {date}").format(date=locale.toString(day, "d MMM yyyy"))
        if resolution == "month":
            return locale.toString(day, "MMMM yyyy")
        return locale.toString(day, "ddd d MMM yyyy")

    def _point_text(self, series: ChartSeries, index: int, smoothed: list[Smoothed] | None) -> str:
        locale = QLocale()
        if smoothed is not None:
            point = smoothed[index]
            head = self.tr("{series}, {average} up to {when}").format(
                series=series.label,
                average=series.smoothing_label,
                when=self._when(point.start, series.resolution),
            )
            mean, n = point.mean, point.n
        else:
            start, mean, n = series.buckets[index]
            head = f"{series.label}, {self._when(start, series.resolution)}"
        count = self.tr("from 1 check-in") if n == 1 else self.tr("from {n} check-ins")
        value = self.tr("{value} of 10").format(value=locale.toString(mean, "f", 1))
        return f"{head}\n{value}, {count.format(n=n)}"

    def _marker_text(self, marker: Marker) -> str:
        day = QLocale().toString(_qdate(marker.day), "ddd d MMM yyyy")
        return f"{marker.label}\n{day}"

    # -- theme -----------------------------------------------------------------------

    def apply_theme(self, c: Colors, styles: dict[str, SeriesStyle] | None = None) -> None:
        """Background, axes and events in the theme's colours; series in ``styles``."""
        self._colors = c
        self.plot_widget.setBackground(c.base)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(c.control))
            axis.setTextPen(pg.mkPen(c.muted))
        for drawn_marker in self.markers:
            self._style_marker(drawn_marker)
        for name, style in (styles or {}).items():
            drawn = self.drawn.get(name)
            if drawn is None:
                continue
            drawn.series.style = style
            opts = self._line_opts(style, len(drawn.line.getOriginalDataset()[0]))
            drawn.line.setPen(opts["pen"])
            drawn.line.setSymbolPen(opts["symbolPen"])
            drawn.line.setSymbolBrush(opts["symbolBrush"])
            if drawn.raw is not None:
                faded = QColor(style.colour)
                faded.setAlphaF(0.45)
                drawn.raw.setSymbolBrush(pg.mkBrush(faded))
        self.legend.restyle(styles or {})
