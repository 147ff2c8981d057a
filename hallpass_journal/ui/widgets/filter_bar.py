"""A row of controls that wraps onto more rows instead of squeezing them.

Each control keeps at least its size hint (a combo box its longest item, a date field its
widest date), so nothing is cut off; the controls of a row share what room is left.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def labelled(text: str, field: QWidget) -> QWidget:
    """``field`` with a short label before it (the label is the field's buddy)."""
    box = QWidget(field.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text, box)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field, 1)
    return box


class FilterBar(QWidget):
    """Controls left to right, wrapped into as many rows as the width needs."""

    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._gap = 6
        self._shape: list[int] = []
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(self._gap)
        for widget in self._widgets:
            widget.setParent(self)
        self._arrange(10**6)

    def _wanted(self, widget: QWidget) -> int:
        return min(widget.sizeHint().width(), widget.maximumWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the widest control; as tall as the rows that width needs."""
        width = max((self._wanted(w) for w in self._widgets), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def _arrange(self, width: int) -> None:
        shape: list[int] = []
        used = 0
        for widget in self._widgets:
            need = self._wanted(widget)
            if shape and used + self._gap + need > width:
                shape.append(1)
                used = need
            elif shape:
                shape[-1] += 1
                used += self._gap + need
            else:
                shape.append(1)
                used = need
        if shape == self._shape:
            return
        self._shape = shape
        while (row := self._rows.takeAt(0)) is not None:
            inner = row.layout()
            if inner is not None:
                while inner.takeAt(0) is not None:
                    pass
                inner.deleteLater()
        widgets = iter(self._widgets)
        for count in shape:
            line = QHBoxLayout()
            line.setSpacing(self._gap)
            for _ in range(count):
                widget = next(widgets)
                line.addWidget(widget, widget.sizeHint().width())
            self._rows.addLayout(line)

    def refit(self) -> None:
        """Wrap again after a control's size hint changed (new choices in a list)."""
        self._shape = []
        self._arrange(self.width())
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Re-wrap for the new width."""
        super().resizeEvent(event)
        self._arrange(event.size().width())
