"""The parts a guided form is made of: prompt blocks, group sections, "Add your own step".

Each prompt is a :class:`PromptBlock` (label, help, the control :func:`make_control`
picks for its type, gentle notices, a problem). Prompts of one group sit in a
:class:`GroupSection` under its heading; a repair plan's steps the person adds join the
section of their phase, through :class:`AddItemRow`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.templates import MAX_CUSTOM_ITEMS, Prompt, PromptType
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.guided.check_item import CheckControl
from hallpass_journal.ui.guided.controls import (
    DateControl,
    MultiControl,
    PromptControl,
    ScaleControl,
    SingleControl,
    TextControl,
    muted,
)
from hallpass_journal.ui.widgets.page_parts import set_role, text_label

_CONTROLS: dict[PromptType, Callable[[Prompt, QWidget | None], PromptControl]] = {
    PromptType.TEXT: TextControl,
    PromptType.SINGLE: SingleControl,
    PromptType.MULTI: MultiControl,
    PromptType.SCALE: ScaleControl,
    PromptType.DATE: DateControl,
}


def make_control(prompt: Prompt, parent: QWidget | None = None) -> PromptControl:
    """The control that answers ``prompt``."""
    if prompt.type is PromptType.CHECK:
        return CheckControl(dt(prompt.label), parent, help_text=dt(prompt.help))
    return _CONTROLS[prompt.type](prompt, parent)


def heading(text: str, parent: QWidget, scale: float = 1.12) -> QLabel:
    """A section heading inside a form: a little larger, semi-bold."""
    label = text_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(font.Weight.DemiBold)
    label.setFont(font)
    return label


class GroupSection(QWidget):
    """A group's heading, its prompts, then the person's own steps in that group."""

    def __init__(self, group: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.blocks: list[PromptBlock] = []
        self.items: list[CheckControl] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(14)
        self.heading: QLabel | None = None
        if title:
            self.heading = heading(dt(title), self)
            self.heading.setContentsMargins(0, 8, 0, 0)
            col.addWidget(self.heading)
        self._col = col

    def add_block(self, block: PromptBlock) -> None:
        """Add a prompt (in template order)."""
        block.setParent(self)
        self.blocks.append(block)
        self._col.addWidget(block)

    def add_item(self, item: CheckControl) -> None:
        """Add one of the person's own steps, after the others of this group."""
        item.setParent(self)
        self.items.append(item)
        self._col.addWidget(item)
        item.show()  # now, not once the layout gets round to it (focus and scrolling need it)

    def remove_item(self, item: CheckControl) -> None:
        """Take a step of the person's out (the caller destroys it)."""
        if item in self.items:
            self.items.remove(item)
            self._col.removeWidget(item)

    def update_visibility(self) -> None:
        """Shown while any of its prompts or steps is."""
        shown = any(not b.isHidden() for b in self.blocks) or bool(self.items)
        self.setVisible(shown)


class AddItemRow(QWidget):
    """Words for a new step, the group it joins, and Add (Enter in the words adds too)."""

    #: (words, group id)
    add_requested = Signal(str, str)

    def __init__(self, groups: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 8, 0, 0)
        col.setSpacing(6)
        col.addWidget(heading(self.tr("Add your own step"), self))
        col.addWidget(
            muted(
                self.tr(
                    "Anything that would help you both, in your own words. You can tick "
                    "it off later like the others."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("A step of your own"))
        self.text_edit.setAccessibleName(self.tr("A step of your own"))
        self.text_edit.returnPressed.connect(self._add)
        self.text_edit.textChanged.connect(self._update)
        row.addWidget(self.text_edit, 1)
        self.group_combo = QComboBox(self)
        self.group_combo.setAccessibleName(self.tr("When"))
        for group, label in groups.items():
            self.group_combo.addItem(dt(label), group)
        self.group_combo.setVisible(bool(groups))
        row.addWidget(self.group_combo)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add this step"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(row)
        self.full_label = muted(
            self.tr(
                "This plan holds {count} steps of your own, as many as it keeps. To add "
                "another, remove one you no longer need."
            ).format(count=MAX_CUSTOM_ITEMS),
            self,
        )
        self.full_label.hide()
        col.addWidget(self.full_label)
        self._full = False
        self._update()

    @property
    def is_full(self) -> bool:
        """Whether as many own steps as a plan keeps are there (Add is off)."""
        return self._full

    def set_full(self, full: bool) -> None:
        """Turn adding off, with a calm line saying why, while the plan is full."""
        self._full = full
        self.text_edit.setEnabled(not full)
        self.group_combo.setEnabled(not full)
        self.full_label.setVisible(full)
        self._update()

    def _update(self) -> None:
        self.add_button.setEnabled(not self._full and bool(self.text_edit.text().strip()))

    def _add(self) -> None:
        words = self.text_edit.text().strip()
        if not words or self._full:
            return
        group = self.group_combo.currentData() if self.group_combo.count() else ""
        self.text_edit.setText("")
        self.add_requested.emit(words, str(group or ""))

    def wipe(self) -> None:
        """Forget the words typed (and their undo history)."""
        self.text_edit.setText("")


class PromptBlock(QWidget):
    """One prompt as the form shows it: label, help, the control, notices, a problem."""

    def __init__(self, prompt: Prompt, control: PromptControl, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompt = prompt
        self.control = control
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        self.label: QLabel | None = None
        if prompt.type is not PromptType.CHECK:  # a checklist item shows its own words
            self.label = text_label(dt(prompt.label), self)
            font = self.label.font()
            font.setWeight(font.Weight.DemiBold)
            self.label.setFont(font)
            self.label.setBuddy(control.focus_target())
            col.addWidget(self.label)
            help_text = dt(prompt.help)
            if prompt.required:
                needed = self.tr("An answer is needed to save this entry.")
                help_text = f"{help_text} {needed}".strip()
            if help_text:
                col.addWidget(muted(help_text, self))
        control.setParent(self)
        col.addWidget(control)
        self.notice = text_label("", self, role="caution")
        self.notice.setAccessibleName(self.tr("A gentle note"))
        self.notice.hide()
        col.addWidget(self.notice)
        self.problem = text_label("", self, role="error")
        self.problem.setAccessibleName(self.tr("Needs a look"))
        self.problem.hide()
        col.addWidget(self.problem)

    def set_notices(self, texts: list[str]) -> bool:
        """Show the gentle notes for what is picked here (none: hidden); True if new."""
        text = "\n\n".join(dict.fromkeys(dt(t) for t in texts))  # the same note once
        changed = text != self.notice.text()
        if changed:
            self.notice.setText(text)
        self.notice.setVisible(bool(text))
        return changed and bool(text)

    def set_problem(self, text: str) -> None:
        """Say what needs a look before saving ("" hides it)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        set_role(self.problem, "error")


def focus_leaves(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that take focus, in creation order, compound ones whole.

    A date field's inner line edit or a slider's parts are left to their owner: once a
    widget that takes focus is found, what is inside it is not visited.
    """
    found: list[QWidget] = []

    def walk(widget: QWidget) -> None:
        for child in widget.children():
            if not isinstance(child, QWidget) or child.isWindow():
                continue
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                found.append(child)
            else:
                walk(child)

    walk(root)
    return found
