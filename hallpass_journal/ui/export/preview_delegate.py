"""A preview row: its tick and kind icon as the style draws them, then two short lines.

The title in bold, under it the day and the kind (and whether it is marked for the
session) in the quieter colour. Every row has the same height, so the list can use
uniform item sizes over thousands of rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hallpass_journal.ui import theme
from hallpass_journal.ui.export.preview_model import PreviewRoles
from hallpass_journal.ui.widgets.entry_delegate import readable_blend

PAD_Y = 6
GAP = 2
TEXT_GAP = 8
#: The check box's side, as in app.qss.
BOX = 16


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class PreviewDelegate(QStyledItemDelegate):
    """Check box, icon, a bold title and a muted detail line, each elided to fit."""

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text, whatever the row holds."""
        height = QFontMetrics(_bold(option.font)).height() + GAP
        height += QFontMetrics(option.font).height() + 2 * PAD_Y
        return QSize(200, max(height, option.decorationSize.height() + 2 * PAD_Y))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The style's row (background, focus, tick, icon), then the two lines."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        check = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        self._paint_tick(painter, opt, check, selected)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            rect = rect.adjusted(0, PAD_Y, -TEXT_GAP + 4, -PAD_Y)
        else:
            rect = rect.adjusted(TEXT_GAP - 4, PAD_Y, 0, -PAD_Y)

        palette: QPalette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        base = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        muted = readable_blend(text, base, 0.7)
        detail = str(index.data(PreviewRoles.DETAIL) or "")
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop

        painter.save()
        try:
            painter.setClipRect(opt.rect)
            bold = _bold(opt.font)
            bold_metrics = QFontMetrics(bold)
            painter.setFont(bold)
            painter.setPen(text)
            head = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, int(align), head)
            below = rect.adjusted(0, bold_metrics.height() + GAP, 0, 0)
            painter.setFont(opt.font)
            painter.setPen(muted)
            line = QFontMetrics(opt.font).elidedText(
                detail, Qt.TextElideMode.ElideRight, below.width()
            )
            painter.drawText(below, int(align), line)
        finally:
            painter.restore()

    @staticmethod
    def _paint_tick(
        painter: QPainter, opt: QStyleOptionViewItem, where: QRect, selected: bool
    ) -> None:
        """The app's own check box (as QCheckBox looks in app.qss), over the style's.

        The style's square is faint on the page; this one stands out at 3:1 or more in
        both themes, and on a selected row too.
        """
        c = theme.colors()
        ticked = opt.checkState == Qt.CheckState.Checked
        back = opt.palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        edge = QColor(c.on_accent if selected else (c.accent if ticked else c.control))
        fill = QColor(c.on_accent if selected else c.accent) if ticked else back
        mark = QColor(c.accent if selected else c.on_accent)
        size = BOX
        box = QRectF(
            where.center().x() - size / 2 + 0.5, where.center().y() - size / 2 + 0.5, size, size
        )
        painter.save()
        try:
            painter.fillRect(where, back)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            if ticked:
                pen = QPen(mark, 2.0)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                x, y, s = box.left(), box.top(), size / 16
                painter.drawPolyline(
                    [
                        QPointF(x + 3.5 * s, y + 8.5 * s),
                        QPointF(x + 6.5 * s, y + 11.5 * s),
                        QPointF(x + 12.5 * s, y + 4.5 * s),
                    ]
                )
        finally:
            painter.restore()
