"""How timeline rows look: a rail down the left, a dot per entry, a marker per key moment.

Headers are quiet lines of bold text with a ring on the rail. Key moments (agreement
notes, pauses, debriefs, healing steps, key events) get their own icon in a disc of their
own colour on the rail, a stripe of that colour, a faint tint and the words "Key moment"
or "Key event" — colour is never the only signal. Everything else takes the palette's
colours, so the light and the dark theme both read well; the marker colours are chosen
to stand at 3:1 or more against both themes' backgrounds (``tests/ui``).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hallpass_journal.ui.models.timeline_model import TimelineModel, TimelineRoles
from hallpass_journal.ui.models.timeline_rows import EVENT_MARKER, Resolution, RowType
from hallpass_journal.ui.widgets.entry_delegate import (
    EntryDelegate,
    MarkedText,
    blend,
    readable_blend,
)

PAD_X = 10
PAD_Y = 7
#: The rail's column: the rail runs down its middle, markers sit on it.
RAIL = 36
MARKER = 22
DOT = 8
SNIPPET_LINES = 1

#: Marker colours: the kind icons' hues, set to a luminance that stands at 3:1 or more
#: against the light and the dark backgrounds (and the tints drawn under key moments).
MARKER_COLORS: dict[str, str] = {
    "agreement": "#9e7c42",
    "pause": "#7a828d",
    "debrief": "#9475ac",
    "hurt_step": "#b67041",
    EVENT_MARKER: "#bc6497",
}
#: How much of the marker colour tints a key moment's row (light theme, dark theme).
TINT_LIGHT = 0.08
TINT_DARK = 0.10

#: A flag in a disc, drawn like the kind icons (a white glyph on a coloured disc).
_EVENT_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
    '<circle cx="12" cy="12" r="11" fill="{color}"/><g fill="none" stroke="#ffffff" '
    'stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">'
    '<path d="M8.5 18.5v-13"/><path d="M8.5 6h8l-2 3 2 3h-8"/></g></svg>'
)


def marker_color(marker: str) -> QColor:
    """The colour of a key moment's marker."""
    return QColor(MARKER_COLORS.get(marker, MARKER_COLORS[EVENT_MARKER]))


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme (its base is darker than its text)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return base.lightnessF() < text.lightnessF()


def tint_for(marker: str, base: QColor, dark: bool) -> QColor:
    """The background of an unselected key moment's row."""
    return blend(marker_color(marker), base, TINT_DARK if dark else TINT_LIGHT)


@cache
def _marker_svg(marker: str) -> bytes:
    color = MARKER_COLORS.get(marker, MARKER_COLORS[EVENT_MARKER])
    if marker == EVENT_MARKER:
        return _EVENT_SVG.format(color=color).encode()
    try:
        from hallpass_journal.ui import resources

        raw = resources.resource_path("icons", f"kind-{marker}.svg").read_text(encoding="utf-8")
    except OSError:
        return _EVENT_SVG.format(color=color).encode()
    # The kind icon with its disc in the marker colour (the first fill is the disc's).
    start = raw.find('fill="#')
    if start < 0:
        return raw.encode()
    return (raw[:start] + f'fill="{color}"' + raw[start + len('fill="#000000"') :]).encode()


@cache
def marker_pixmap(marker: str, size: int, ratio: float) -> QPixmap:
    """The marker's icon, rendered sharp for the screen's pixel ratio."""
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        QSvgRenderer(QByteArray(_marker_svg(marker))).render(painter, QRectF(0, 0, pixels, pixels))
    finally:
        painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class TimelineDelegate(QStyledItemDelegate):
    """Paints headers, entries and key events from the timeline model's roles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        header = QFont(option.font)
        header.setBold(True)
        header.setPointSizeF(option.font.pointSizeF() * 1.05)
        return title, small, header

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Headers are short; every entry and event row has the same height."""
        title, small, header = self._fonts(option)
        if index.data(TimelineRoles.ROW_TYPE) == RowType.HEADER:
            return QSize(240, int(QFontMetricsF(header).height() + 18 + 0.5))
        height = (
            PAD_Y * 2
            + QFontMetricsF(title).height()
            + 2
            + QFontMetricsF(small).height()
            + 3
            + QFontMetricsF(option.font).height() * SNIPPET_LINES
        )
        return QSize(240, int(max(height, MARKER + 2 * PAD_Y) + 0.5))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw one row."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if index.data(TimelineRoles.ROW_TYPE) == RowType.HEADER:
            self._paint_header(painter, opt, index)
        else:
            self._paint_item(painter, opt, index)
        painter.restore()

    @staticmethod
    def _group(opt: QStyleOptionViewItem) -> QPalette.ColorGroup:
        if opt.state & QStyle.StateFlag.State_Active:
            return QPalette.ColorGroup.Active
        return QPalette.ColorGroup.Inactive

    @staticmethod
    def _rail_x(opt: QStyleOptionViewItem) -> float:
        return opt.rect.left() + PAD_X + RAIL / 2

    def _paint_rail(self, painter: QPainter, opt: QStyleOptionViewItem) -> None:
        pal = opt.palette
        line = blend(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base), 0.22)
        painter.setPen(QPen(line, 2))
        x = self._rail_x(opt)
        painter.drawLine(QPointF(x, opt.rect.top()), QPointF(x, opt.rect.bottom() + 1))

    def _paint_header(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        pal = opt.palette
        group = self._group(opt)
        text = pal.color(group, QPalette.ColorRole.Text)
        base = pal.color(group, QPalette.ColorRole.Base)
        self._paint_rail(painter, opt)
        _title, _small, header_font = self._fonts(opt)
        fm = QFontMetricsF(header_font)
        top = opt.rect.top() + 11
        x = self._rail_x(opt)
        centre = top + fm.height() / 2
        painter.setPen(QPen(readable_blend(text, base, 0.6), 2))
        painter.setBrush(base)
        painter.drawEllipse(QPointF(x, centre), DOT / 2 + 1, DOT / 2 + 1)
        left = opt.rect.left() + PAD_X + RAIL
        width = opt.rect.right() - PAD_X - left
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setFont(header_font)
        painter.setPen(text)
        painter.drawText(
            QRectF(left, top, width, fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(label, Qt.TextElideMode.ElideRight, width),
        )
        # A hairline after the words, to the right edge.
        after = left + min(fm.horizontalAdvance(label), width) + 12
        if after < left + width:
            painter.setPen(QPen(blend(text, base, 0.18), 1))
            painter.drawLine(QPointF(after, centre), QPointF(left + width, centre))

    def _paint_item(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        group = self._group(opt)
        marker = str(index.data(TimelineRoles.MARKER) or "")
        is_event = index.data(TimelineRoles.ROW_TYPE) == RowType.EVENT
        rect = QRectF(opt.rect)

        base = pal.color(group, QPalette.ColorRole.Base)
        if marker and not selected:
            base = tint_for(marker, base, is_dark(pal))
            # A hairline of the list's own colour keeps neighbouring key moments apart.
            painter.fillRect(rect.adjusted(0, 0, 0, -1), base)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        if selected:
            base = pal.color(group, QPalette.ColorRole.Highlight)
        text = pal.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = readable_blend(text, base, 0.68)
        if marker:
            stripe = QRectF(rect.left(), rect.top(), 3, rect.height() - 1)
            painter.fillRect(stripe, marker_color(marker))
        self._paint_rail(painter, opt)

        title_font, small_font, _header = self._fonts(opt)
        tfm, sfm = QFontMetricsF(title_font), QFontMetricsF(small_font)
        top = rect.top() + PAD_Y
        x = self._rail_x(opt)
        centre = QPointF(x, top + tfm.height() / 2)
        if marker:
            size = MARKER
            ring = text if selected else base
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ring)
            painter.drawEllipse(centre, size / 2 + 2, size / 2 + 2)
            ratio = widget.devicePixelRatioF() if widget is not None else 1.0
            painter.drawPixmap(
                QPointF(x - size / 2, centre.y() - size / 2), marker_pixmap(marker, size, ratio)
            )
        else:
            painter.setPen(QPen(base, 2))
            painter.setBrush(muted)
            painter.drawEllipse(centre, DOT / 2, DOT / 2)

        left = rect.left() + PAD_X + RAIL
        width = rect.right() - PAD_X - left
        # Line 1: title (marks kept) and a "Private" tag on the right.
        tag_width = 0.0
        if index.data(TimelineRoles.PRIVATE):
            tag = self.tr("Private")
            tag_width = sfm.horizontalAdvance(tag) + 12
            tag_rect = QRectF(
                rect.right() - PAD_X - tag_width,
                top + (tfm.height() - sfm.height() - 2) / 2,
                tag_width,
                sfm.height() + 2,
            )
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tag_rect, 4, 4)
            painter.setFont(small_font)
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
        title = str(index.data(TimelineRoles.TITLE) or "")
        if not title.strip():
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setPen(text)
        MarkedText(title_font, self._match_format(pal, group, selected)).draw(
            painter, QRectF(left, top, width - tag_width - 8, tfm.height()), title, 1
        )

        # Line 2: what it is, and when.
        y = top + tfm.height() + 2
        parts = []
        if is_event:
            parts.append(self.tr("Key event"))
            if str(index.data(TimelineRoles.TITLE) or "").strip():
                parts.append(str(index.data(TimelineRoles.KIND_LABEL) or ""))
        else:
            parts.append(str(index.data(TimelineRoles.KIND_LABEL) or ""))
            if marker:
                parts.append(self.tr("Key moment"))
        about = index.data(TimelineRoles.DATE)
        model = index.model()
        by_day = isinstance(model, TimelineModel) and model.resolution() is Resolution.DAY
        if isinstance(about, QDate) and about.isValid() and not by_day:  # else in the header
            parts.append(opt.locale.toString(about, "ddd d MMM yyyy"))
        meta = " · ".join(p for p in parts if p)
        painter.setFont(small_font)
        painter.setPen(muted)
        painter.drawText(
            QRectF(left, y, width, sfm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sfm.elidedText(meta, Qt.TextElideMode.ElideRight, width),
        )

        # Line 3: the start of the text, matches marked.
        y += sfm.height() + 3
        snippet = str(index.data(TimelineRoles.SNIPPET) or "")
        painter.setPen(readable_blend(text, base, 0.85))
        MarkedText(QFont(opt.font), self._match_format(pal, group, selected)).draw(
            painter, QRectF(left, y, width, rect.bottom() - y), snippet, SNIPPET_LINES
        )

    @staticmethod
    def _match_format(pal: QPalette, group: QPalette.ColorGroup, selected: bool) -> QTextCharFormat:
        return EntryDelegate._match_format(pal, group, selected)
