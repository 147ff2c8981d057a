"""The calendar's colours: a stepped sequential scale, readable text on it, a marker.

A day's average (0 to 10) is rounded to one of eleven steps, from pale (low) to deep
(high) in the light theme and from dim to bright in the dark one, so "more" always
stands further from the page. Mood uses a teal scale, a single emotion a violet one, and
the key-moment marker is amber: a hue neither scale uses.

The tint is never the only signal: the number is written in the day, and every day has
a tooltip and an accessible text. Text on a tint is near-black or white, whichever
contrasts more; every step of both scales in both themes reaches 4.5:1 with it (checked
by ``tests/ui/test_calendar_view.py``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from hallpass_journal.ui import theme
from hallpass_journal.ui.theme import contrast_ratio
from hallpass_journal.ui.widgets.calendar_words import in_sentence

STEPS = 11  # 0, 1, ... 10

#: Mood: teal, pale to deep (light theme) and dim to bright (dark theme).
MOOD_STEPS: dict[str, tuple[str, ...]] = {
    "light": (
        "#e4f3ef", "#cfe9e2", "#b9dfd5", "#a1d2c6", "#88c4b6", "#6fb5a5",
        "#5aa695", "#418f80", "#347d70", "#2b7064", "#236358",
    ),
    "dark": (
        "#2c3f3c", "#2e4a45", "#30564f", "#35635a", "#3a7064", "#447e71",
        "#579586", "#64a393", "#72b1a1", "#81bfaf", "#91ccbd",
    ),
}  # fmt: skip
#: One emotion's intensity: violet, the same way round.
EMOTION_STEPS: dict[str, tuple[str, ...]] = {
    "light": (
        "#f0edf8", "#e2dcf1", "#d3caea", "#c2b7e1", "#b0a3d8", "#9e8fcd",
        "#8d7cc2", "#7562ad", "#6a56a2", "#5f4b96", "#55408a",
    ),
    "dark": (
        "#36324a", "#3e3859", "#474069", "#51497a", "#5b528b", "#6c62a0",
        "#8478bb", "#8c80c0", "#998dc9", "#a79cd3", "#b5abdc",
    ),
}  # fmt: skip
#: Key moments: amber, outlined in the day's text colour.
MARKER: dict[str, str] = {"light": "#e0a030", "dark": "#e8b04a"}
#: Text on a tint: whichever of these contrasts more.
INKS = ("#111315", "#ffffff")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


translate = QCoreApplication.translate


def step(value: float) -> int:
    """The step (0-10) of an average: rounded half up, clamped."""
    return min(STEPS - 1, max(0, math.floor(value + 0.5)))


def _scheme(scheme: str | None) -> str:
    return scheme or theme.colors().scheme


def steps(*, emotion: bool, scheme: str | None = None) -> tuple[str, ...]:
    """The eleven tints of the mood scale (or the emotion scale) in a theme."""
    return (EMOTION_STEPS if emotion else MOOD_STEPS)[_scheme(scheme)]


def tint(value: float, *, emotion: bool, scheme: str | None = None) -> QColor:
    """The colour of a day whose average is ``value`` (theme in use unless given)."""
    return QColor(steps(emotion=emotion, scheme=scheme)[step(value)])


def ink(background: QColor | str) -> QColor:
    """Near-black or white, whichever reads better on ``background``."""
    dark, light = INKS
    if contrast_ratio(dark, background) >= contrast_ratio(light, background):
        return QColor(dark)
    return QColor(light)


def marker_color(scheme: str | None = None) -> QColor:
    """The fill of the key-moment marker."""
    return QColor(MARKER[_scheme(scheme)])


def paint_marker(painter: QPainter, centre: QPointF, radius: float, outline: QColor) -> None:
    """A small amber diamond outlined in ``outline`` (the text colour around it)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(outline, max(1.0, radius / 3.5)))
    painter.setBrush(marker_color())
    x, y, r = centre.x(), centre.y(), radius
    painter.drawPolygon(
        QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
    )
    painter.restore()


def scale_words(emotion_label: str | None) -> tuple[str, str]:
    """What the low and the high end of the scale mean, in words."""
    if emotion_label is None:
        return translate("Calendar", "lower mood"), translate("Calendar", "higher mood")
    return translate("Calendar", "milder"), translate("Calendar", "stronger")


def legend_text(emotion_label: str | None, *, numbers: bool = True) -> str:
    """The legend's explanation (``numbers``: the days show their average as a number)."""
    if emotion_label is None:
        if numbers:
            what = translate(
                "Calendar", "Each day's colour and small number show its average mood, 0 to 10."
            )
        else:
            what = translate("Calendar", "Each day's colour shows its average mood, 0 to 10.")
        plain = translate("Calendar", "Days without a mood stay plain.")
    else:
        if numbers:
            what = translate(
                "Calendar",
                "Each day's colour and small number show how strong {emotion} was on average, "
                "0 to 10.",
            )
        else:
            what = translate(
                "Calendar", "Each day's colour shows how strong {emotion} was on average, 0 to 10."
            )
        what = what.format(emotion=in_sentence(emotion_label))
        plain = translate("Calendar", "Days without a rating stay plain.")
    return f"{what} {plain}"


class ScaleLegend(QWidget):
    """Eleven numbered swatches, a key-moment diamond, in the theme's colours."""

    SWATCH = QSize(24, 20)
    GAP = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emotion: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_emotion(None)

    def set_emotion(self, label: str | None, *, numbers: bool = True) -> None:
        """Show the mood scale (None) or the scale of the emotion with this label."""
        self._emotion = label
        low, high = scale_words(label)
        self.setAccessibleName(
            translate("Calendar", "Colour scale: 0, {low}, to 10, {high}").format(
                low=low, high=high
            )
        )
        self.setAccessibleDescription(legend_text(label, numbers=numbers))
        self.updateGeometry()
        self.update()

    def _words(self) -> tuple[str, str, str]:
        low, high = scale_words(self._emotion)
        return low, high, translate("Calendar", "key moment")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for the swatches, the words at both ends and the marker entry."""
        metrics = self.fontMetrics()
        low, high, key = self._words()
        swatches = STEPS * (self.SWATCH.width() + self.GAP)
        words = sum(metrics.horizontalAdvance(t) for t in (low, high, key))
        return QSize(
            words + swatches + 3 * 10 + 18 + 8, max(self.SWATCH.height(), metrics.height()) + 4
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The same: the legend is short and never squeezed."""
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Low word, swatches 0-10 with their numbers, high word, then the marker."""
        c = theme.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = self.fontMetrics()
        low, high, key = self._words()
        mid = self.height() / 2
        text_pen = QColor(c.muted)
        x = 0.0

        def words(text: str) -> None:
            nonlocal x
            painter.setPen(text_pen)
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(x, 0, width + 1, self.height()), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += width + 8

        words(low)
        font = painter.font()
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        w, h = self.SWATCH.width(), self.SWATCH.height()
        for i, colour in enumerate(steps(emotion=self._emotion is not None)):
            rect = QRectF(x, mid - h / 2, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(ink(colour))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(i))
            x += w + self.GAP
        painter.setFont(font)
        x += 6
        words(high)
        x += 10
        paint_marker(painter, QPointF(x + 5, mid), 5, QColor(c.text))
        x += 16
        words(key)
        painter.end()
