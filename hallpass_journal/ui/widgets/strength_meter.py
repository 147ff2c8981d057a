"""Live passphrase strength feedback: a small meter, a label and one hint (zxcvbn)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from hallpass_journal.services.strength import Strength, assess
from hallpass_journal.ui.widgets.page_parts import set_role, text_label

# zxcvbn's labels, marked for translation (the service returns them in English).
_LABELS: tuple[str, ...] = tuple(
    str(label)
    for label in (
        QT_TRANSLATE_NOOP("StrengthMeter", "Very weak"),
        QT_TRANSLATE_NOOP("StrengthMeter", "Weak"),
        QT_TRANSLATE_NOOP("StrengthMeter", "Fair"),
        QT_TRANSLATE_NOOP("StrengthMeter", "Strong"),
        QT_TRANSLATE_NOOP("StrengthMeter", "Very strong"),
    )
)
DEBOUNCE_MS = 150


class StrengthMeter(QWidget):
    """Rates a passphrase a moment after typing stops (zxcvbn can take a few ms)."""

    #: The latest assessment.
    assessed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passphrase = ""
        self.strength: Strength | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._assess)

        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        set_role(self.bar, "strength", level="weak")
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Passphrase strength"))
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("Very strong") + 8)
        self.hint = text_label("", self, role="muted")
        self.hint.setAccessibleName(self.tr("Passphrase advice"))

        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.bar, 1)
        row.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self._show(None)

    def set_passphrase(self, text: str) -> None:
        """Rate ``text`` shortly (debounced)."""
        self._passphrase = text
        if not text:
            self._timer.stop()
            self._show(None)
            return
        self._timer.start()

    def clear(self) -> None:
        """Forget the passphrase and reset the meter."""
        self.set_passphrase("")

    def _assess(self) -> None:
        strength = assess(self._passphrase)
        self._show(strength)
        self.assessed.emit(strength)

    def _show(self, strength: Strength | None) -> None:
        self.strength = strength
        if strength is None:
            self.bar.setValue(0)
            self.label.setText("")
            self.hint.setText(
                self.tr("Several unrelated words you can remember make a strong passphrase.")
            )
            return
        self.bar.setValue(max(strength.score, 1 if self._passphrase else 0))
        level = "weak" if strength.score < 2 else "fair" if strength.score == 2 else "strong"
        set_role(self.bar, "strength", level=level)
        self.label.setText(QCoreApplication.translate("StrengthMeter", _LABELS[strength.score]))
        self.hint.setText(QCoreApplication.translate("StrengthMeter", strength.hint))
        self.bar.setAccessibleDescription(self.label.text())
