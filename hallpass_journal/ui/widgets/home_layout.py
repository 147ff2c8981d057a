"""Home's page frame: a scrolling, centred column that holds two columns of cards.

The check-in (and the care cards) sit beside the other cards when the page is wide
enough, and above them otherwise; :class:`HomeColumns` switches between the two.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

MAX_WIDTH = 1180  # px: lines stay short enough to read on a wide screen
WIDE = 1000  # px: from here the two columns sit side by side


def scrolling_page(owner: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """Fill ``owner`` with a frameless scroll area around a centred, capped page."""
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    host = QWidget(scroll)
    scroll.setWidget(host)
    centre = QHBoxLayout(host)
    page = QWidget(host)
    page.setMaximumWidth(MAX_WIDTH)
    centre.addStretch(1)
    centre.addWidget(page, 100)
    centre.addStretch(1)
    col = QVBoxLayout(page)
    col.setContentsMargins(24, 20, 24, 24)
    col.setSpacing(12)
    return scroll, page, col


class HomeColumns(QBoxLayout):
    """Two columns of cards (3 : 2), side by side from :data:`WIDE` pixels, else stacked."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(QBoxLayout.Direction.TopToBottom)
        self.setSpacing(20)
        self.left, self.left_box = self._column(page)
        self.right, self.right_box = self._column(page)
        self.addWidget(self.left, 3)
        self.addWidget(self.right, 2)

    @staticmethod
    def _column(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
        column = QWidget(parent)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        return column, box

    @property
    def side_by_side(self) -> bool:
        """Whether the columns sit side by side now."""
        return self.direction() == QBoxLayout.Direction.LeftToRight

    def fit(self, width: int) -> bool:
        """Side by side when ``width`` allows it, else stacked; True if that changed."""
        wide = width >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.direction() == direction:
            return False
        self.setDirection(direction)
        return True
