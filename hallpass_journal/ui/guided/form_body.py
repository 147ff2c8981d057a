"""What a guided form shows and holds: any template's prompts, live conditions, own steps.

:class:`FormBody` knows no journal: it renders a template (title, purpose, intro; the
title, day and Private fields of the entry; each prompt in its group; "Add your own
step" where the template allows it; the button row) and answers what is filled in.
Conditions apply as the person answers: a prompt whose condition fails disappears (what
it held stays in its widget, in case the answer changes back, but is not saved). Gentle
notes for a picked choice show beside it and never stop a save. Saving, drafts and
leaving are :class:`~hallpass_journal.ui.guided.form.GuidedForm`'s.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.templates import (
    CUSTOM_PREFIX,
    MAX_CUSTOM_ITEMS,
    CheckValue,
    Problem,
    Template,
    Values,
    blank_values,
    notices,
    visible_prompts,
)
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.guided.check_item import CheckControl
from hallpass_journal.ui.guided.controls import DAY_FORMAT, PromptControl, TextControl, muted
from hallpass_journal.ui.guided.parts import (
    AddItemRow,
    GroupSection,
    PromptBlock,
    focus_leaves,
    make_control,
)
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.page_parts import (
    link_button,
    primary_button,
    private_checkbox,
    set_role,
    text_label,
    title_label,
)

FORM_WIDTH = 760  # px: long lines are tiring to read and write

#: What the form shows besides the answers: (values, title, day, private).
State = tuple[Values, str, date, bool]


class FormBody(QWidget):
    """The widgets of a guided form for one template, and the values they hold."""

    #: The person changed something (an answer, the title, the day, Private).
    edited = Signal()
    #: A text box asks for a script (the form's host opens the picker): the text box.
    script_requested = Signal(object)

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self._loading = False
        self._blocks: dict[str, PromptBlock] = {}
        self._sections: list[GroupSection] = []
        self._custom: dict[str, CheckControl] = {}
        self.add_row: AddItemRow | None = None
        #: Tab stops a form adds after Private (e.g. the next-session controls).
        self.meta_stops: list[QWidget] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
        outer.addWidget(self.scroll_area, 1)
        host = QWidget(self.scroll_area)
        self.scroll_area.setWidget(host)
        centre = QHBoxLayout(host)
        page = QWidget(host)
        page.setMaximumWidth(FORM_WIDTH)
        centre.addStretch(1)
        centre.addWidget(page, 100)
        centre.addStretch(1)
        col = QVBoxLayout(page)
        col.setContentsMargins(24, 20, 24, 24)
        col.setSpacing(18)
        self._build_header(page, col)
        self._build_meta(page, col)
        self._build_prompts(page, col)
        col.addStretch(1)
        # A hairline between the page, which scrolls, and the buttons, which stay.
        rule = QWidget(self)
        rule.setFixedHeight(1)
        rule.setBackgroundRole(QPalette.ColorRole.Mid)  # the theme's border colour
        rule.setAutoFillBackground(True)
        outer.addWidget(rule)
        outer.addWidget(self._build_footer())

    # -- building ----------------------------------------------------------------------

    def _build_header(self, page: QWidget, col: QVBoxLayout) -> None:
        head = QVBoxLayout()
        head.setSpacing(6)
        self.title_label = title_label(dt(self.template.title), page, scale=1.45)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        head.addWidget(self.title_label)
        self.purpose_label = muted(dt(self.template.purpose), page)
        head.addWidget(self.purpose_label)
        col.addLayout(head)
        self.intro_label: QLabel | None = None
        if self.template.intro:
            self.intro_label = text_label(dt(self.template.intro), page)
            col.addWidget(self.intro_label)

    def _build_meta(self, page: QWidget, col: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(page)
        self.title_edit.setPlaceholderText(dt(self.template.title))
        self.title_edit.setAccessibleName(self.tr("Title (optional)"))
        title = QLabel(self.tr("&Title"), page)
        title.setBuddy(self.title_edit)
        form.addRow(title, self.title_edit)
        self.about_edit = DateField(parent=page)  # one Tab stop, calendar on Alt+Down
        self.about_edit.setDisplayFormat(DAY_FORMAT)
        self.about_edit.setMinimumDate(QDate(1900, 1, 1))
        self.about_edit.setAccessibleName(self.tr("The day this entry is about"))
        about_row = QHBoxLayout()
        about_row.addWidget(self.about_edit)
        about_row.addStretch(1)
        about = QLabel(self.tr("&Day"), page)
        about.setBuddy(self.about_edit)  # addRow(text, layout) would show the "&"
        form.addRow(about, about_row)
        self.private_check = private_checkbox(page)
        form.addRow("", self.private_check)
        col.addLayout(form)
        #: The title, day and Private; a form may add rows under them.
        self.meta_form = form
        self.title_edit.textChanged.connect(lambda _text: self._on_changed(None))
        self.about_edit.dateChanged.connect(lambda _day: self._on_changed(None))
        self.private_check.toggled.connect(lambda _on: self._on_changed(None))

    def _build_prompts(self, page: QWidget, col: QVBoxLayout) -> None:
        section: GroupSection | None = None
        for prompt in self.template.prompts:
            if section is None or prompt.group != section.group:
                section = self._add_section(prompt.group, page, col)
            control = make_control(prompt, page)
            block = PromptBlock(prompt, control, section)
            section.add_block(block)
            self._blocks[prompt.id] = block
            control.changed.connect(lambda pid=prompt.id: self._on_changed(pid))
            if isinstance(control, TextControl):
                control.script_requested.connect(self.script_requested)
        if self.template.allow_custom_items:
            have = {s.group for s in self._sections}
            for group in self.template.group_labels:
                if group not in have:  # a phase with no suggestions still takes steps
                    self._add_section(group, page, col)
            if not self._sections:
                self._add_section("", page, col)
            self.add_row = AddItemRow(self.template.group_labels, page)
            self.add_row.add_requested.connect(self._add_own_item)
            col.addWidget(self.add_row)

    def _add_section(self, group: str, page: QWidget, col: QVBoxLayout) -> GroupSection:
        section = GroupSection(group, self.template.group_label(group) if group else "", page)
        self._sections.append(section)
        col.addWidget(section)
        return section

    def _build_footer(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("formFooter")
        centre = QHBoxLayout(frame)
        centre.setContentsMargins(0, 0, 0, 0)
        bar = QWidget(frame)
        bar.setMaximumWidth(FORM_WIDTH)  # the buttons stay under the page they save
        centre.addStretch(1)
        centre.addWidget(bar, 100)
        centre.addStretch(1)
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 8, 24, 10)
        self.status_label = text_label("", bar, role="muted")
        self.status_label.setAccessibleName(self.tr("Save status"))
        row.addWidget(self.status_label, 1)
        self.discard_button = link_button(self.tr("Discard changes…"), bar)
        self.discard_button.setAccessibleName(self.tr("Discard changes"))
        self.discard_button.hide()
        row.addWidget(self.discard_button)
        self.close_button = QPushButton(self.tr("Close"), bar)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(self.tr("Back (Esc). Anything not saved is kept as a draft."))
        row.addWidget(self.close_button)
        self.save_button = primary_button(self.tr("Save"), bar)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this entry (Ctrl+S)"))
        row.addWidget(self.save_button)
        return frame

    def fix_tab_order(self) -> None:
        """Tab follows the page: title, day, Private, prompts and own steps, buttons."""
        chain: list[QWidget] = [self.title_edit, self.about_edit, self.private_check]
        chain += self.meta_stops
        for section in self._sections:
            for block in section.blocks:
                chain += focus_leaves(block)
            for item in section.items:
                chain += focus_leaves(item)
        if self.add_row is not None:
            chain += focus_leaves(self.add_row)
        chain += [self.discard_button, self.close_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        """Put the cursor where answering starts (the first prompt shown)."""
        for prompt in visible_prompts(self.template, self.values()):
            target = self._blocks[prompt.id].control.focus_target()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ------------------------------------------------------------------------

    def values(self) -> Values:
        """What is filled in: every prompt (hidden ones too) and the person's own steps."""
        values: Values = {pid: block.control.value() for pid, block in self._blocks.items()}
        for key, item in self._custom.items():
            values[key] = item.value()
        return values

    def state(self) -> State:
        """The values, title, day and Private as they are now."""
        day = self.about_edit.date()
        about = date(day.year(), day.month(), day.day())
        return self.values(), self.title_edit.text(), about, self.private_check.isChecked()

    def control(self, prompt_id: str) -> PromptControl:
        """The control answering ``prompt_id``."""
        return self._blocks[prompt_id].control

    def block(self, prompt_id: str) -> PromptBlock:
        """The block showing ``prompt_id``."""
        return self._blocks[prompt_id]

    def own_items(self) -> dict[str, CheckControl]:
        """The steps the person added, by key."""
        return dict(self._custom)

    def show_state(self, values: Values, title: str, about: date, private: bool) -> None:
        """Show ``values`` (own steps included), the title, the day and Private."""
        blank = blank_values(self.template)
        self._loading = True
        try:
            for key in list(self._custom):
                self._remove_item(key)
            for pid, block in self._blocks.items():
                block.control.set_value(values.get(pid, blank[pid]))
                block.set_problem("")
            for key, value in values.items():
                if key.startswith(CUSTOM_PREFIX) and isinstance(value, CheckValue):
                    self._make_item(key, value).set_value(value)
            self.title_edit.setText(title)
            self.about_edit.setDate(QDate(about.year, about.month, about.day))
            self.private_check.setChecked(private)
        finally:
            self._loading = False
        self.apply_conditions()
        self.fix_tab_order()

    def blank_hidden(self) -> None:
        """Empty the prompts hidden now (after a save, which did not keep them)."""
        shown = {p.id for p in visible_prompts(self.template, self.values())}
        blank = blank_values(self.template)
        self._loading = True
        try:
            for pid, block in self._blocks.items():
                if pid not in shown:
                    block.control.set_value(blank[pid])
        finally:
            self._loading = False

    # -- reacting ----------------------------------------------------------------------

    def _on_changed(self, prompt_id: str | None) -> None:
        if self._loading:
            return
        if prompt_id is not None:
            self._blocks[prompt_id].set_problem("")
            if self.apply_conditions() == prompt_id:
                self._reveal(self._blocks[prompt_id].notice)
        self.edited.emit()

    def _reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view once the page is laid out again (it just appeared)."""
        area = self.scroll_area
        QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(widget, 0, 24))

    def apply_conditions(self) -> str | None:
        """Show the prompts whose conditions hold, and the notes for what is picked.

        Returns the prompt whose note is new (to bring it into view), if any.
        """
        values = self.values()
        shown = {p.id for p in visible_prompts(self.template, values)}
        notes: dict[str, list[str]] = {}
        for notice in notices(self.template, values):
            notes.setdefault(notice.prompt_id, []).append(notice.text)
        new_note = None
        for pid, block in self._blocks.items():
            block.setVisible(pid in shown)
            if block.set_notices(notes.get(pid, [])):
                new_note = pid
        for section in self._sections:
            section.update_visibility()
        return new_note

    # -- the person's own steps --------------------------------------------------------

    def _make_item(self, key: str, value: CheckValue) -> CheckControl:
        section = next((s for s in reversed(self._sections) if s.group == value.group), None)
        section = section or self._sections[-1]
        item = CheckControl(value.text, section, custom=True, group=section.group)
        item.changed.connect(lambda key=key: self._on_item_changed(key))
        item.remove_requested.connect(lambda key=key: self._remove_own_item(key))
        section.add_item(item)
        self._custom[key] = item
        section.update_visibility()
        self._update_add_row()
        return item

    def _update_add_row(self) -> None:
        """Adding stops at as many own steps as a plan keeps (a draft could not hold more)."""
        if self.add_row is not None:
            self.add_row.set_full(len(self._custom) >= MAX_CUSTOM_ITEMS)

    def _next_key(self) -> str:
        """The lowest free key (keys stay short however often steps come and go)."""
        number = 1
        while f"{CUSTOM_PREFIX}{number}" in self._custom:
            number += 1
        return f"{CUSTOM_PREFIX}{number}"

    def _add_own_item(self, words: str, group: str) -> None:
        if len(self._custom) >= MAX_CUSTOM_ITEMS:
            self._update_add_row()
            return
        item = self._make_item(self._next_key(), CheckValue(text=words, group=group))
        self.fix_tab_order()
        item.check.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(item)
        self._on_changed(None)

    def _on_item_changed(self, key: str) -> None:
        item = self._custom.get(key)
        if item is not None and item.text_edit is not None and item.text_edit.text().strip():
            item.set_problem("")
        self._on_changed(None)

    def _remove_own_item(self, key: str) -> None:
        self._remove_item(key)
        self.fix_tab_order()
        if self.add_row is not None:
            self.add_row.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_changed(None)

    def _remove_item(self, key: str) -> None:
        item = self._custom.pop(key, None)
        if item is None:
            return
        for section in self._sections:
            if item in section.items:
                section.remove_item(item)
                section.update_visibility()
        item.wipe()
        item.hide()
        item.deleteLater()
        self._update_add_row()

    # -- saying things -----------------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        """Say beside each prompt what it needs, scroll to the first and put the cursor there."""
        for block in self._blocks.values():
            block.set_problem("")
        for item in self._custom.values():
            item.set_problem("")
        first: QWidget | None = None
        for problem in problems:
            where: QWidget
            if problem.prompt_id in self._blocks:
                block = self._blocks[problem.prompt_id]
                block.set_problem(dt(problem.message))
                where, target = block, block.control.focus_target()
            elif problem.prompt_id in self._custom:
                item = self._custom[problem.prompt_id]
                item.set_problem(dt(problem.message))
                where, target = item, item.focus_target()
            else:
                continue
            if first is None:
                first = target
                self.scroll_area.ensureWidgetVisible(where)
        count = len(problems)
        self.show_status(
            self.tr("One answer needs a look before saving.")
            if count == 1
            else self.tr("{count} answers need a look before saving.").format(count=count),
            error=True,
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_status(self, text: str, *, error: bool = False) -> None:
        """A line beside the buttons: calm, or a problem."""
        self.status_label.setText(text)
        set_role(self.status_label, "error" if error else "muted")

    def wipe_widgets(self) -> None:
        """Empty every widget, undo histories included (locking)."""
        self._loading = True
        try:
            for key in list(self._custom):
                self._remove_item(key)
            for block in self._blocks.values():
                block.control.wipe()
                block.set_problem("")
                block.set_notices([])
            self.title_edit.setText("")  # also drops the line edit's undo history
            self.private_check.setChecked(False)
            if self.add_row is not None:
                self.add_row.wipe()
            self.status_label.clear()
        finally:
            self._loading = False
