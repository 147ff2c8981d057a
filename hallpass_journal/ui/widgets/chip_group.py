"""A group of checkable chips that is one Tab stop: arrows move inside, Space toggles.

Keyboard model ("roving tab stop", as in a toolbar): only the group's current chip
accepts Tab focus; the others take focus from a click or an arrow key only. So Tab
enters the group once, on the chip last used, and the next Tab leaves it. Left/Right
move along the chips, Up/Down to the nearest chip on the line above or below (the chips
wrap like words), Home/End to the first or last; Space toggles the focused chip. Focus
always sits on a real chip, so the style draws its focus ring and assistive technology
announces it.

Chip colours come from the palette, so both themes work.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolButton, QWidget

from hallpass_journal.ui.widgets.flow_layout import FlowLayout

CHIP_STYLE = """
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

_ROAMING = Qt.FocusPolicy.ClickFocus  # chips other than the current one: no Tab stop
_TAB_STOP = Qt.FocusPolicy.StrongFocus


def make_chip(text: str, parent: QWidget) -> QToolButton:
    """A checkable, rounded chip."""
    chip = QToolButton(parent)
    chip.setText(text)
    chip.setCheckable(True)
    chip.setProperty("chip", True)
    chip.setAccessibleName(text)
    chip.setFocusPolicy(_ROAMING)
    chip.setCursor(Qt.CursorShape.PointingHandCursor)
    return chip


class ChipGroup(QWidget):
    """Checkable chips flowing in lines, reached with one Tab stop."""

    #: A chip was checked or unchecked: its key and its new state.
    toggled = Signal(str, bool)

    def __init__(
        self,
        items: Iterable[tuple[str, str]],
        name: str,
        parent: QWidget | None = None,
        *,
        description: str = "",
    ) -> None:
        """Chips for ``items`` (key, label); ``name`` is the group's accessible name."""
        super().__init__(parent)
        self._restyling = False
        self.setAccessibleName(name)
        self.setStyleSheet(CHIP_STYLE)
        self._flow = FlowLayout(self)
        self.chips: dict[str, QToolButton] = {}
        self._order: list[QToolButton] = []
        for key, label in items:
            chip = make_chip(label, self)
            if description:
                chip.setAccessibleDescription(description)
            chip.toggled.connect(lambda on, k=key: self.toggled.emit(k, on))
            chip.installEventFilter(self)
            self._flow.addWidget(chip)
            self.chips[key] = chip
            self._order.append(chip)
        # Tab order inside the group follows the chips, so Shift+Tab finds the stop too.
        for before, after in zip(self._order, self._order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._current: QToolButton | None = None
        if self._order:
            self._make_current(self._order[0])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Re-resolve the palette() colours of the chip style when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self.setStyleSheet("")
                self.setStyleSheet(CHIP_STYLE)
            finally:
                self._restyling = False

    # -- the one Tab stop ------------------------------------------------------------

    def current_chip(self) -> QToolButton | None:
        """The chip that Tab lands on (the one last focused)."""
        return self._current

    def _make_current(self, chip: QToolButton) -> None:
        if chip is self._current:
            return
        if self._current is not None:
            self._current.setFocusPolicy(_ROAMING)
        chip.setFocusPolicy(_TAB_STOP)
        self._current = chip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Follow focus (click, arrow, Tab) and move it on arrow keys."""
        if isinstance(watched, QToolButton) and watched in self._order:
            if event.type() == QEvent.Type.FocusIn:
                self._make_current(watched)
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                target = self._target(watched, event)
                if target is not None:
                    self._make_current(target)
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def _target(self, chip: QToolButton, event: QKeyEvent) -> QToolButton | None:
        """The chip an arrow key (or Home/End) moves to; None for other keys."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        visible = [c for c in self._order if not c.isHidden()]
        if chip not in visible:
            return None
        at = visible.index(chip)
        key = event.key()
        forward, back = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward, back = back, forward
        if key == forward:
            return visible[min(at + 1, len(visible) - 1)]
        if key == back:
            return visible[max(at - 1, 0)]
        if key == Qt.Key.Key_Home:
            return visible[0]
        if key == Qt.Key.Key_End:
            return visible[-1]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return self._vertical(chip, visible, down=key == Qt.Key.Key_Down)
        return None

    @staticmethod
    def _vertical(chip: QToolButton, visible: list[QToolButton], down: bool) -> QToolButton:
        """The chip on the next line up or down whose centre is nearest ``chip``'s."""
        here = chip.geometry().center()

        def line_of(c: QToolButton) -> int:
            return c.geometry().center().y()

        lines = sorted({line_of(c) for c in visible})
        index = lines.index(line_of(chip)) + (1 if down else -1)
        if not 0 <= index < len(lines):
            return chip
        candidates = [c for c in visible if line_of(c) == lines[index]]

        return min(candidates, key=lambda c: abs(c.geometry().center().x() - here.x()))

    # -- values ----------------------------------------------------------------------

    def checked(self) -> list[str]:
        """Keys of the checked chips, in the order they are shown."""
        return [key for key, chip in self.chips.items() if chip.isChecked()]

    def set_checked(self, keys: Iterable[str]) -> None:
        """Check exactly ``keys`` (unknown keys are ignored)."""
        wanted = set(keys)
        for key, chip in self.chips.items():
            chip.setChecked(key in wanted)
