"""List rows of a heading line in bold and wrapped quieter text under it.

The side lists of the Agreement section (status history, versions, key moments) hold a
short heading ("Active · 9 Sep 2026") and a note that may run over several lines; drawn
as one run of plain text they blur together. Here the first line of an item's text is
its heading, the rest its note.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

PAD_X = 10
PAD_Y = 7
GAP = 2
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _parts(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    head, _, rest = text.partition("\n")
    return head, rest


class TwoLineDelegate(QStyledItemDelegate):
    """Heading in bold, note below in the quieter colour, both wrapped to the list."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setSpacing(2)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width

    def _width(self) -> int:
        return max(self._view.viewport().width() - 2 * PAD_X - 2 * self._view.spacing(), 80)

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the wrapped heading and note."""
        head, rest = _parts(index)
        width = self._width()
        bold = QFontMetrics(self._bold(option.font))
        height = bold.boundingRect(QRect(0, 0, width, 10_000), _WRAP, head).height()
        if rest:
            plain = QFontMetrics(option.font)
            height += GAP + plain.boundingRect(QRect(0, 0, width, 10_000), _WRAP, rest).height()
        return QSize(width + 2 * PAD_X, height + 2 * PAD_Y)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The row's background as the style draws it, then heading and note."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        head, rest = _parts(index)
        opt.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        rect: QRect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        painter.save()
        try:
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.setPen(palette.color(role))
            bold = self._bold(opt.font)
            painter.setFont(bold)
            used = painter.boundingRect(rect, _WRAP, head)
            painter.drawText(rect, _WRAP, head)
            if rest:
                if not selected:
                    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.setFont(opt.font)
                below = rect.adjusted(0, used.height() + GAP, 0, 0)
                painter.drawText(below, _WRAP, rest)
        finally:
            painter.restore()
