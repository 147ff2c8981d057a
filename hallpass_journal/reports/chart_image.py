"""The feelings chart of an export, painted onto an image (no widgets, no pyqtgraph).

Made to be read on paper, also in black and white: every series has its own line style
and marker as well as its own colour, and the legend shows both. Key events are dotted
vertical lines with a number at the top, the same number as in the list of key events
beside the chart (labels written on the chart itself would overlap). The image is drawn
at twice its size and carries that ratio, so it stays sharp when printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from hallpass_journal.domain.vocabulary import MAX_INTENSITY, MIN_INTENSITY
from hallpass_journal.reports.document import ChartData
from hallpass_journal.reports.words import date_in, translate

#: The chart's size in CSS pixels (1/96 inch), as the documents show it.
WIDTH, HEIGHT = 640, 260
SCALE = 2.0
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"]
_INK = QColor("#222222")
_MUTED = QColor("#666666")
_GRID = QColor("#dddddd")
_EVENT = QColor("#888888")
_MARKER = 6.5
_GAP = 18.0


@dataclass(frozen=True)
class SeriesStyle:
    """How one series is drawn: told apart by line and marker as much as by colour."""

    colour: str
    dash: Qt.PenStyle
    marker: str
    width: float


#: Mood first (dark, solid, thick), then the emotions (Okabe-Ito colours).
STYLES = (
    SeriesStyle("#222222", Qt.PenStyle.SolidLine, "circle", 2.4),
    SeriesStyle("#0072b2", Qt.PenStyle.DashLine, "square", 1.8),
    SeriesStyle("#d55e00", Qt.PenStyle.DotLine, "triangle", 1.8),
    SeriesStyle("#009e73", Qt.PenStyle.DashDotLine, "diamond", 1.8),
)


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _marker(painter: QPainter, at: QPointF, style: SeriesStyle, *, filled: bool) -> None:
    """A series' marker: filled for mood, hollow (white inside) for the emotions."""
    colour = QColor(style.colour)
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(colour if filled else QColor("white"))
    r = _MARKER / 2
    if style.marker == "circle":
        painter.drawEllipse(at, r, r)
        return
    if style.marker == "square":
        painter.drawRect(QRectF(at.x() - r, at.y() - r, _MARKER, _MARKER))
        return
    path = QPainterPath()
    if style.marker == "triangle":
        path.moveTo(at.x(), at.y() - r * 1.2)
        path.lineTo(at.x() + r * 1.1, at.y() + r * 0.8)
        path.lineTo(at.x() - r * 1.1, at.y() + r * 0.8)
    else:  # diamond
        path.moveTo(at.x(), at.y() - r * 1.25)
        path.lineTo(at.x() + r, at.y())
        path.lineTo(at.x(), at.y() + r * 1.25)
        path.lineTo(at.x() - r, at.y())
    path.closeSubpath()
    painter.drawPath(path)


def _short(day: date) -> str:
    #: A Qt date pattern for the chart's axis (d day, MMM short month name), e.g. "d. MMM".
    return date_in(day, translate("Report", "d MMM"))


def ticks(since: date, until: date) -> list[tuple[date, str]]:
    """Days to label along the bottom, and their labels: about six, on round days."""
    days = (until - since).days
    if days <= 16:
        step = max(1, days // 6)
        return [(d, _short(d)) for d in (since + timedelta(i) for i in range(0, days + 1, step))]
    if days <= 100:  # Mondays, every week or every other week
        first = since + timedelta(days=(7 - since.weekday()) % 7)
        step = 7 if days <= 50 else 14
        mondays = (first + timedelta(i) for i in range(0, days + 1, step))
        return [(d, _short(d)) for d in mondays if d <= until]
    months = []
    year, month = since.year, since.month
    while True:  # the first of each month after ``since``
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = date(year, month, 1)
        if day > until:
            break
        months.append(day)
    shown = months[:: max(1, -(-len(months) // 7))]
    #: Qt date patterns for the chart's axis: a short month name, with its year when the
    #: period is long ("MMM yyyy") and without ("MMM").
    pattern = translate("Report", "MMM yyyy") if days > 330 else translate("Report", "MMM")
    return [(d, date_in(d, pattern)) for d in shown]


@dataclass(frozen=True)
class _LegendItem:
    label: str
    style: SeriesStyle | None  # None: the key event mark
    width: float


def _legend_rows(chart: ChartData, metrics: QFontMetricsF, width: float) -> list[list[_LegendItem]]:
    """The legend's items, wrapped onto as many rows as the width needs."""
    items = [
        _LegendItem(s.label, STYLES[i % len(STYLES)], 34 + metrics.horizontalAdvance(s.label))
        for i, s in enumerate(chart.series)
    ]
    if chart.events:
        label = translate("Report", "Key event (numbered as listed)")
        items.append(_LegendItem(label, None, 16 + metrics.horizontalAdvance(label)))
    rows: list[list[_LegendItem]] = [[]]
    used = 0.0
    for item in items:
        if rows[-1] and used + item.width > width:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += item.width + _GAP
    return rows


def chart_image(chart: ChartData, width: int = WIDTH, height: int = HEIGHT) -> QImage:
    """Mood and the top emotions over the period, key events marked, legend below.

    Args:
        chart: What to draw.
        width: The size in CSS pixels; the image holds twice as many, and says so
            (its device pixel ratio).
        height: The height in CSS pixels.

    Returns:
        An opaque image on white.
    """
    image = QImage(round(width * SCALE), round(height * SCALE), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw(painter, chart, width, height)
    finally:
        painter.end()
    return image


def _draw(painter: QPainter, chart: ChartData, width: int, height: int) -> None:
    small = _font(10.5)
    metrics = QFontMetricsF(small)
    line_h = metrics.height() + 4
    rows = _legend_rows(chart, metrics, width - 40)
    legend_h = len(rows) * line_h + 6
    plot = QRectF(30, 24, width - 30 - 16, height - 24 - metrics.height() - 10 - legend_h)
    span = max((chart.until - chart.since).days, 1)

    def x_of(day: date) -> float:
        days = min(max((day - chart.since).days, 0), span)
        return plot.left() + plot.width() * days / span

    def y_of(value: float) -> float:
        share = (value - MIN_INTENSITY) / (MAX_INTENSITY - MIN_INTENSITY)
        return plot.bottom() - plot.height() * share

    painter.setFont(small)
    _axes(painter, chart, plot, metrics, x_of, y_of)
    _events(painter, chart, plot, x_of)
    # The series, mood last so it lies on top.
    for index, series in reversed(list(enumerate(chart.series))):
        style = STYLES[index % len(STYLES)]
        points = [QPointF(x_of(day), y_of(mean)) for day, mean, _n in series.points]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(style))
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        every = max(1, len(points) // 40)  # markers stay apart, however many points
        for point in points[::every]:
            _marker(painter, point, style, filled=index == 0)
    top = height - legend_h + 4
    for row in rows:
        x = plot.left()
        for item in row:
            _legend_item(painter, item, QRectF(x, top, item.width, line_h), metrics)
            x += item.width + _GAP
        top += line_h


def _pen(style: SeriesStyle) -> QPen:
    pen = QPen(QColor(style.colour), style.width, style.dash)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _axes(
    painter: QPainter,
    chart: ChartData,
    plot: QRectF,
    metrics: QFontMetricsF,
    x_of: Callable[[date], float],
    y_of: Callable[[float], float],
) -> None:
    """The 0-10 scale with its grid, and the days along the bottom."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for value in range(MIN_INTENSITY, MAX_INTENSITY + 1, 2):
        y = y_of(value)
        painter.setPen(QPen(_GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(_MUTED)
        painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16), right, str(value))
    painter.setPen(QPen(_MUTED, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    for day, label in ticks(chart.since, chart.until):
        x = x_of(day)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        # Centred under its tick, but never past either edge of the image.
        half = metrics.horizontalAdvance(label) / 2 + 2
        centre = min(max(x, half), plot.right() + 14 - half)
        box = QRectF(centre - half, plot.bottom() + 5, 2 * half, metrics.height())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), label)


def _events(
    painter: QPainter, chart: ChartData, plot: QRectF, x_of: Callable[[date], float]
) -> None:
    """Key events: dotted lines with their number in a circle at the top."""
    bold = _font(10, bold=True)
    for event in chart.events:
        x = x_of(event.day)
        painter.setPen(QPen(_EVENT, 1.2, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QPen(_EVENT, 1))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(x, plot.top() - 11), 9, 9)
        painter.setFont(bold)
        painter.setPen(_INK)
        box = QRectF(x - 9, plot.top() - 20, 18, 18)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(event.number))
    painter.setFont(_font(10.5))


def _legend_item(painter: QPainter, item: _LegendItem, box: QRectF, metrics: QFontMetricsF) -> None:
    y = box.center().y()
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if item.style is None:
        painter.setPen(QPen(_EVENT, 1.2, Qt.PenStyle.DotLine))
        painter.drawLine(
            QPointF(box.left() + 4, box.top() + 2), QPointF(box.left() + 4, box.bottom() - 2)
        )
        painter.setPen(_INK)
        painter.drawText(
            QRectF(box.left() + 12, box.top(), box.width(), box.height()), left, item.label
        )
        return
    painter.setPen(_pen(item.style))
    painter.drawLine(QPointF(box.left(), y), QPointF(box.left() + 28, y))
    _marker(painter, QPointF(box.left() + 14, y), item.style, filled=item.style is STYLES[0])
    painter.setPen(_INK)
    painter.drawText(
        QRectF(box.left() + 34, box.top(), box.width(), box.height()), left, item.label
    )


def png_bytes(image: QImage) -> bytes:
    """``image`` as PNG file bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str, whatever its type stubs say (bytes fail).
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
