"""A wrapping paragraph shown to a few lines at most, the rest cut with "…".

The whole text stays reachable: it is the label's tooltip and its accessible
description whenever it is cut. The cut follows the label's width, so a wider window
shows more of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

ELLIPSIS = "\u2026"


def _line_starts(paragraph: str, font: QFont, width: float) -> list[int]:
    """Where each line of ``paragraph`` starts when wrapped at word boundaries."""
    layout = QTextLayout(paragraph, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as a word-wrapping QLabel
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts or [0]


def _ending(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` as one line ending in "…" that fits ``width``."""
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    kept = text if cut == text else cut.removesuffix(ELLIPSIS)
    return kept.rstrip() + ELLIPSIS


def clip_lines(text: str, font: QFont, width: float, lines: int) -> tuple[str, bool]:
    """``text`` wrapped to ``width`` and cut after ``lines`` lines; and whether it was cut."""
    metrics = QFontMetricsF(font)
    paragraphs = text.split("\n")
    shown: list[str] = []
    used = 0
    for number, paragraph in enumerate(paragraphs):
        starts = _line_starts(paragraph, font, width)
        if used + len(starts) <= lines:
            shown.append(paragraph)
            used += len(starts)
            if used == lines and number < len(paragraphs) - 1:
                # Full, with more paragraphs to come: the last line says so.
                last = starts[-1]
                shown[-1] = paragraph[:last] + _ending(paragraph[last:], metrics, width)
                return "\n".join(shown), True
            continue
        start = starts[lines - used - 1]
        shown.append(paragraph[:start] + _ending(paragraph[start:], metrics, width))
        return "\n".join(shown), True
    return text, False


class ClippedLabel(QLabel):
    """Plain text, word-wrapped, cut to :attr:`lines` lines; whole in the tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = text
        self.lines = lines
        #: Whether the text shown is cut.
        self.clipped = False
        self._fit()

    def full_text(self) -> str:
        """The whole text, however much of it shows."""
        return self._full

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width <= 0:
            width = self.fontMetrics().averageCharWidth() * 60  # until laid out
        shown, self.clipped = clip_lines(self._full, self.font(), width, self.lines)
        if shown != self.text():
            self.setText(shown)
        whole = self._full if self.clipped else ""
        self.setToolTip(whole)
        self.setAccessibleDescription(whole)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Cut again for the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Cut again when the font changes (a theme or a style sheet)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
