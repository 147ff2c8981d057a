"""Naming feelings: emotions with intensities, overall mood, needs, and what they tell me.

Emotions and needs are checkable chips in a flowing row; each chosen emotion gets an
intensity slider (0-10). Chip colours come from the palette, so both themes work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.entries import EmotionRating
from hallpass_journal.domain.vocabulary import (
    EMOTION_LABELS,
    EMOTIONS,
    MAX_INTENSITY,
    MIN_INTENSITY,
    NEEDS,
)
from hallpass_journal.ui.widgets.flow_layout import FlowLayout

DEFAULT_INTENSITY = 5

# Labels for the stored need identifiers (the domain keeps only the identifiers).
_NEED_LABELS = {
    "reassurance": "Reassurance",
    "attention": "Attention",
    "safety": "Safety",
    "space": "Space",
    "transparency": "Transparency",
    "time": "Time",
    "touch": "Touch",
    "honesty": "Honesty",
    "rest": "Rest",
    "being_heard": "Being heard",
}

_CHIP_STYLE = """
QToolButton[chip="true"] {
    border: 1px solid palette(mid); border-radius: 13px; padding: 4px 12px;
    background: palette(base); color: palette(text);
}
QToolButton[chip="true"]:hover { border-color: palette(highlight); }
QToolButton[chip="true"]:focus { border: 2px solid palette(highlight); padding: 3px 11px; }
QToolButton[chip="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


def emotion_label(name: str) -> str:
    """The translated label of an emotion identifier."""
    return QCoreApplication.translate("Emotion", EMOTION_LABELS.get(name, name.replace("_", " ")))


def need_label(name: str) -> str:
    """The translated label of a need identifier."""
    return QCoreApplication.translate("Need", _NEED_LABELS.get(name, name.replace("_", " ")))


def make_chip(text: str, parent: QWidget) -> QToolButton:
    """A checkable, rounded chip."""
    chip = QToolButton(parent)
    chip.setText(text)
    chip.setCheckable(True)
    chip.setProperty("chip", True)
    chip.setAccessibleName(text)
    chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    chip.setCursor(Qt.CursorShape.PointingHandCursor)
    return chip


class EmotionPicker(QWidget):
    """Emotions with intensity, overall mood, needs, and "what is this telling me"."""

    #: Anything changed (emitted only for the user's changes, not for ``set_*``).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, show_telling_me: bool = True) -> None:
        super().__init__(parent)
        self._loading = False
        self._restyling = False
        self._mood_set = False
        self.setStyleSheet(_CHIP_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self._heading(self.tr("What are you feeling?"), layout)
        hint = QLabel(
            self.tr("Choose any that are here right now, then set how strong each one feels."), self
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        chips = QWidget(self)
        self._emotion_flow = FlowLayout(chips)
        self.emotion_chips: dict[str, QToolButton] = {}
        self._sliders: dict[str, QSlider] = {}
        self._rows: dict[str, tuple[QLabel, QSlider, QLabel]] = {}
        for name in EMOTIONS:
            chip = make_chip(emotion_label(name), chips)
            chip.setAccessibleDescription(self.tr("Emotion"))
            chip.toggled.connect(lambda on, n=name: self._on_emotion_toggled(n, on))
            self._emotion_flow.addWidget(chip)
            self.emotion_chips[name] = chip
        layout.addWidget(chips)

        self._intensity_box = QWidget(self)
        grid = QGridLayout(self._intensity_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for row, name in enumerate(EMOTIONS):
            label = QLabel(emotion_label(name), self._intensity_box)
            slider = self._slider(
                self.tr("How strong: {emotion}").format(emotion=emotion_label(name))
            )
            value = QLabel(str(DEFAULT_INTENSITY), self._intensity_box)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("10") + 4)
            label.setBuddy(slider)
            slider.setValue(DEFAULT_INTENSITY)
            slider.valueChanged.connect(lambda v, lbl=value: lbl.setText(str(v)))
            slider.valueChanged.connect(self._emit_changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            for w in (label, slider, value):
                w.hide()
            self._sliders[name] = slider
            self._rows[name] = (label, slider, value)
        grid.setColumnStretch(1, 1)
        self._intensity_box.hide()
        layout.addWidget(self._intensity_box)

        self._heading(self.tr("Overall mood"), layout)
        mood_row = QGridLayout()
        self.mood_slider = self._slider(
            self.tr("Overall mood, from 0 (very low) to 10 (very good)")
        )
        self.mood_slider.setValue(DEFAULT_INTENSITY)
        self._mood_value = QLabel(self)
        low = QLabel(self.tr("low"), self)
        high = QLabel(self.tr("good"), self)
        mood_row.addWidget(low, 0, 0)
        mood_row.addWidget(self.mood_slider, 0, 1)
        mood_row.addWidget(high, 0, 2)
        mood_row.addWidget(self._mood_value, 0, 3)
        mood_row.setColumnStretch(1, 1)
        layout.addLayout(mood_row)
        for signal in (
            self.mood_slider.valueChanged,
            self.mood_slider.sliderPressed,
            self.mood_slider.actionTriggered,
        ):
            signal.connect(self._on_mood_touched)
        self._show_mood()

        self._heading(self.tr("What might you need?"), layout)
        needs = QWidget(self)
        need_flow = FlowLayout(needs)
        self.need_chips: dict[str, QToolButton] = {}
        for name in NEEDS:
            chip = make_chip(need_label(name), needs)
            chip.setAccessibleDescription(self.tr("Need"))
            chip.toggled.connect(self._emit_changed)
            need_flow.addWidget(chip)
            self.need_chips[name] = chip
        layout.addWidget(needs)

        self.telling_me = QPlainTextEdit(self)
        self.telling_me.setAccessibleName(self.tr("What is this feeling telling me?"))
        self.telling_me.setPlaceholderText(
            self.tr("Feelings often point to a need. What might this one be asking for?")
        )
        self.telling_me.setTabChangesFocus(True)
        self.telling_me.setFixedHeight(self.telling_me.fontMetrics().lineSpacing() * 3 + 16)
        self.telling_me.textChanged.connect(self._emit_changed)
        if show_telling_me:
            self._heading(self.tr("What is this feeling telling me?"), layout).setBuddy(
                self.telling_me
            )
            layout.addWidget(self.telling_me)
        else:
            self.telling_me.hide()

    # -- building --------------------------------------------------------------------

    def _heading(self, text: str, layout: QVBoxLayout) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        layout.addWidget(label)
        return label

    def _slider(self, accessible_name: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(MIN_INTENSITY, MAX_INTENSITY)
        slider.setPageStep(2)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setMinimumWidth(140)
        slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        slider.setAccessibleName(accessible_name)
        return slider

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Re-resolve palette() colours in the chip style when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self.setStyleSheet("")
                self.setStyleSheet(_CHIP_STYLE)
                self._show_mood()
            finally:
                self._restyling = False

    # -- reacting --------------------------------------------------------------------

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_emotion_toggled(self, name: str, on: bool) -> None:
        for widget in self._rows[name]:
            widget.setVisible(on)
        self._intensity_box.setVisible(any(c.isChecked() for c in self.emotion_chips.values()))
        self._emit_changed()

    def _on_mood_touched(self) -> None:
        if self._loading:
            return
        self._mood_set = True
        self._show_mood()
        self._emit_changed()

    def _show_mood(self) -> None:
        if self._mood_set:
            self._mood_value.setText(
                self.tr("{value} of 10").format(value=self.mood_slider.value())
            )
            self.mood_slider.setPalette(QPalette())  # inherit the theme again
        else:
            self._mood_value.setText(self.tr("not set"))
            # An untouched slider should not look like a chosen value: no filled groove.
            quiet = QPalette(self.palette())
            quiet.setColor(QPalette.ColorRole.Highlight, quiet.color(QPalette.ColorRole.Mid))
            self.mood_slider.setPalette(quiet)

    # -- values ----------------------------------------------------------------------

    def emotions(self) -> list[EmotionRating]:
        """The chosen emotions with their intensities, strongest first."""
        chosen = [
            EmotionRating(name=n, intensity=self._sliders[n].value())
            for n, chip in self.emotion_chips.items()
            if chip.isChecked()
        ]
        return sorted(chosen, key=lambda e: -e.intensity)

    def set_emotions(self, ratings: list[EmotionRating]) -> None:
        """Show ``ratings`` (unknown names are ignored)."""
        by_name = {r.name: r.intensity for r in ratings}
        self._loading = True
        try:
            for name, chip in self.emotion_chips.items():
                self._sliders[name].setValue(by_name.get(name, DEFAULT_INTENSITY))
                chip.setChecked(name in by_name)
        finally:
            self._loading = False

    def set_intensity(self, name: str, value: int) -> None:
        """Choose emotion ``name`` with intensity ``value`` (as if the user did)."""
        self.emotion_chips[name].setChecked(True)
        self._sliders[name].setValue(value)

    def intensity_slider(self, name: str) -> QSlider:
        """The slider of one emotion (for tests and keyboard focus)."""
        return self._sliders[name]

    def mood(self) -> int | None:
        """Overall mood, or None when the user has not set it."""
        return self.mood_slider.value() if self._mood_set else None

    def set_mood(self, value: int | None) -> None:
        """Show ``value`` (None: not set)."""
        self._loading = True
        try:
            self._mood_set = value is not None
            self.mood_slider.setValue(DEFAULT_INTENSITY if value is None else value)
            self._show_mood()
        finally:
            self._loading = False

    def needs(self) -> list[str]:
        """The needs ticked, in vocabulary order."""
        return [n for n, chip in self.need_chips.items() if chip.isChecked()]

    def set_needs(self, needs: list[str]) -> None:
        """Tick exactly ``needs``."""
        self._loading = True
        try:
            for name, chip in self.need_chips.items():
                chip.setChecked(name in needs)
        finally:
            self._loading = False

    def telling_me_text(self) -> str:
        """The answer to "what is this feeling telling me?"."""
        return self.telling_me.toPlainText()

    def set_telling_me(self, text: str) -> None:
        """Show ``text`` (clears the undo history)."""
        self._loading = True
        try:
            self.telling_me.setPlainText(text)
        finally:
            self._loading = False

    def is_blank(self) -> bool:
        """Nothing chosen or written."""
        return not (
            self.emotions() or self._mood_set or self.needs() or self.telling_me_text().strip()
        )

    def clear(self) -> None:
        """Reset everything, including the text's undo history."""
        self.set_emotions([])
        self.set_mood(None)
        self.set_needs([])
        self.set_telling_me("")
        self.telling_me.document().clearUndoRedoStacks()
