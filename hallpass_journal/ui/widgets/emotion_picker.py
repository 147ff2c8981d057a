"""Naming feelings: emotions with intensities, overall mood, needs, and what they tell me.

Emotions and needs are chip groups (one Tab stop each, arrows inside, Space toggles);
each chosen emotion gets an intensity slider (0-10) that starts "not set": a freshly
picked feeling does not claim a strength nobody chose. Only emotions with a strength
are values the journal can keep (:meth:`EmotionPicker.emotions`); the ones still
without one are :meth:`EmotionPicker.unrated`, and the form says so beside them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.entries import EmotionRating
from hallpass_journal.domain.vocabulary import EMOTION_LABELS, EMOTIONS, NEEDS
from hallpass_journal.ui.widgets.chip_group import ChipGroup
from hallpass_journal.ui.widgets.intensity_slider import IntensitySlider

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


def emotion_label(name: str) -> str:
    """The translated label of an emotion identifier."""
    return QCoreApplication.translate("Emotion", EMOTION_LABELS.get(name, name.replace("_", " ")))


def need_label(name: str) -> str:
    """The translated label of a need identifier."""
    return QCoreApplication.translate("Need", _NEED_LABELS.get(name, name.replace("_", " ")))


class EmotionPicker(QWidget):
    """Emotions with intensity, overall mood, needs, and "what is this telling me"."""

    #: Anything changed (emitted only for the user's changes, not for ``set_*``).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, show_telling_me: bool = True) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self._heading(self.tr("What are you feeling?"), layout)
        hint = QLabel(
            self.tr("Choose any that are here right now, then set how strong each one feels."), self
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.emotion_group = ChipGroup(
            [(name, emotion_label(name)) for name in EMOTIONS],
            self.tr("Emotions"),
            self,
            description=self.tr("Emotion"),
        )
        self.emotion_chips = self.emotion_group.chips
        self.emotion_group.toggled.connect(self._on_emotion_toggled)
        layout.addWidget(self.emotion_group)
        layout.addWidget(self._build_intensities())

        self._heading(self.tr("Overall mood"), layout)
        self.mood_slider = IntensitySlider(
            self.tr("Overall mood, from 0 (very low) to 10 (very good)"),
            self,
            clearable=True,
            clear_name=self.tr("Clear the overall mood"),
            ends=(self.tr("low"), self.tr("good")),
        )
        self.mood_slider.value_changed.connect(self._emit_changed)
        layout.addWidget(self.mood_slider)

        self._heading(self.tr("What might you need?"), layout)
        self.need_group = ChipGroup(
            [(name, need_label(name)) for name in NEEDS],
            self.tr("Needs"),
            self,
            description=self.tr("Need"),
        )
        self.need_chips = self.need_group.chips
        self.need_group.toggled.connect(self._emit_changed)
        layout.addWidget(self.need_group)

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

    def _build_intensities(self) -> QWidget:
        """One row per emotion (hidden until chosen), and a note for unrated ones."""
        self._intensity_box = QWidget(self)
        grid = QGridLayout(self._intensity_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self._sliders: dict[str, IntensitySlider] = {}
        self._rows: dict[str, tuple[QLabel, IntensitySlider]] = {}
        for row, name in enumerate(EMOTIONS):
            label = QLabel(emotion_label(name), self._intensity_box)
            slider = IntensitySlider(
                self.tr("How strong: {emotion}").format(emotion=emotion_label(name)),
                self._intensity_box,
            )
            label.setBuddy(slider.track)
            slider.value_changed.connect(self._on_intensity_changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            label.hide()
            slider.hide()
            self._sliders[name] = slider
            self._rows[name] = (label, slider)
        self.unrated_note = QLabel(
            self.tr("A feeling is saved once you set how strong it is."), self._intensity_box
        )
        self.unrated_note.setWordWrap(True)
        self.unrated_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.unrated_note.setProperty("role", "muted")
        policy = self.unrated_note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # setting a strength never moves the form
        self.unrated_note.setSizePolicy(policy)
        self.unrated_note.hide()
        grid.addWidget(self.unrated_note, len(EMOTIONS), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self._intensity_box.hide()
        return self._intensity_box

    # -- reacting --------------------------------------------------------------------

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_emotion_toggled(self, name: str, on: bool) -> None:
        if not on:
            self._sliders[name].clear()  # chosen again later, it starts unset again
        for widget in self._rows[name]:
            widget.setVisible(on)
        self._intensity_box.setVisible(any(c.isChecked() for c in self.emotion_chips.values()))
        self._show_unrated_note()
        self._emit_changed()

    def _on_intensity_changed(self) -> None:
        self._show_unrated_note()
        self._emit_changed()

    def _show_unrated_note(self) -> None:
        self.unrated_note.setVisible(bool(self.unrated()))

    # -- values ----------------------------------------------------------------------

    def emotions(self) -> list[EmotionRating]:
        """The chosen emotions that have a strength, strongest first."""
        rated = [
            EmotionRating(name=name, intensity=value)
            for name, value in self.chosen_emotions()
            if value is not None
        ]
        return sorted(rated, key=lambda e: -e.intensity)

    def chosen_emotions(self) -> list[tuple[str, int | None]]:
        """Every chosen emotion with its strength (None: not set yet), in list order."""
        return [
            (name, self._sliders[name].value())
            for name, chip in self.emotion_chips.items()
            if chip.isChecked()
        ]

    def unrated(self) -> list[str]:
        """Chosen emotions whose strength is not set yet, in list order."""
        return [name for name, value in self.chosen_emotions() if value is None]

    def set_emotions(self, ratings: list[EmotionRating], unrated: Sequence[str] = ()) -> None:
        """Show ``ratings`` and, without a strength, ``unrated`` (unknown names ignored)."""
        values: dict[str, int | None] = {name: None for name in unrated}
        values.update({r.name: r.intensity for r in ratings})
        self._loading = True
        try:
            for name, chip in self.emotion_chips.items():
                chip.setChecked(name in values)
                self._sliders[name].setValue(values.get(name))
        finally:
            self._loading = False

    def set_intensity(self, name: str, value: int | None) -> None:
        """Choose emotion ``name`` with intensity ``value`` (as if the user did)."""
        self.emotion_chips[name].setChecked(True)
        self._sliders[name].setValue(value)

    def intensity_slider(self, name: str) -> IntensitySlider:
        """The slider of one emotion (for tests and keyboard focus)."""
        return self._sliders[name]

    def focus_unrated(self) -> bool:
        """Put the focus on the first emotion without a strength; False if there is none."""
        names = self.unrated()
        if not names:
            return False
        self._sliders[names[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def mood(self) -> int | None:
        """Overall mood, or None when it is not set."""
        return self.mood_slider.value()

    def set_mood(self, value: int | None) -> None:
        """Show ``value`` (None: not set)."""
        self._loading = True
        try:
            self.mood_slider.setValue(value)
        finally:
            self._loading = False

    def needs(self) -> list[str]:
        """The needs ticked, in vocabulary order."""
        return self.need_group.checked()

    def set_needs(self, needs: list[str]) -> None:
        """Tick exactly ``needs``."""
        self._loading = True
        try:
            self.need_group.set_checked(needs)
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

    def is_blank(self, *, count_unrated: bool = True) -> bool:
        """Nothing chosen or written (``count_unrated``: a feeling without strength counts)."""
        chosen = self.chosen_emotions() if count_unrated else self.emotions()
        return not (
            chosen or self.mood() is not None or self.needs() or self.telling_me_text().strip()
        )

    def clear(self) -> None:
        """Reset everything, including the text's undo history."""
        self.set_emotions([])
        self.set_mood(None)
        self.set_needs([])
        self.set_telling_me("")
        self.telling_me.document().clearUndoRedoStacks()
