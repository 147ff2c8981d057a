"""Writing the terms of an agreement: every field with plain-language help beside it.

List fields take one item per line. Gentle hints (empty key fields, words that can mean
different things to each of you) follow the text as it is typed; they never stop a save.
The editor always writes a new version: a draft's first words, a renegotiation, an edit
to a draft; earlier versions stay exactly as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.agreements import (
    CHOICE_LABELS,
    FIELD_HELP,
    FIELD_LABELS,
    LIST_FIELDS,
    TERM_FIELDS,
    AgreementTerms,
    list_from_lines,
    vague_terms,
)
from hallpass_journal.domain.drafts import MAX_AGREEMENT_TITLE
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.page_parts import (
    link_button,
    primary_button,
    set_role,
    text_label,
)

HINT_MS = 400
#: From this width of the form, help sits beside each field rather than under its label.
SIDE_BY_SIDE = 760
MAX_TITLE = MAX_AGREEMENT_TITLE

_LINES = {"intention": 3, "check_in_plan": 3, "notes": 3}
_LIST_LINES = 4


def _plain_edit(parent: QWidget, lines: int, name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on, never traps the keyboard
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


class _FieldRow(QWidget):
    """A label over its field, with the help beside the field (wide) or under the label."""

    def __init__(self, label: QLabel, field: QWidget, help_label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.addWidget(label, 0, 0)
        self.label = label
        self.help_label = help_label
        self.field = field
        self.wide = False
        self.set_wide(True)

    def set_wide(self, wide: bool) -> None:
        """Help beside the field (wide) or between label and field (narrow)."""
        if wide == self.wide:
            return
        self.wide = wide
        self.grid.removeWidget(self.help_label)
        self.grid.removeWidget(self.field)
        top = Qt.AlignmentFlag.AlignTop
        if wide:
            self.grid.addWidget(self.field, 1, 0)
            self.grid.addWidget(self.help_label, 1, 1, top)
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 2)
        else:
            self.grid.addWidget(self.help_label, 1, 0, top)
            self.grid.addWidget(self.field, 2, 0)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 0)


class TermsEditor(QWidget):
    """The form for one version's terms, an optional title and change note, Save/Cancel."""

    #: Save was pressed (the form's content is read with :meth:`terms` etc.).
    save_requested = Signal()
    cancel_requested = Signal()
    #: Something in the form was edited.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QPlainTextEdit | QLineEdit | QComboBox] = {}
        self.help_labels: dict[str, QLabel] = {}
        self._rows: list[_FieldRow] = []
        self._loading = False
        self.dirty = False
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_MS)
        self._hint_timer.timeout.connect(self.update_hints)
        self._build()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area, 1)
        page = QWidget(self.scroll_area)
        self.scroll_area.setWidget(page)
        col = QVBoxLayout(page)
        col.setContentsMargins(24, 18, 24, 18)
        col.setSpacing(14)

        self.heading = QLabel(page)
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(font.Weight.DemiBold)
        self.heading.setFont(font)
        col.addWidget(self.heading)
        self.intro = text_label("", page, role="muted")
        col.addWidget(self.intro)

        self.title_edit = QLineEdit(page)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(self.tr("Name of the agreement"))
        self.title_edit.setPlaceholderText(self.tr("For example: Our one-time agreement"))
        self.title_edit.textChanged.connect(self._on_edited)
        self.title_row = self._row(
            self.tr("&Name of the agreement"),
            self.title_edit,
            self.tr("A short name you both recognise. It cannot be changed later."),
            page,
        )
        col.addWidget(self.title_row)

        self.change_note = _plain_edit(
            page, 2, self.tr("What changed, and why"), self.tr("What you changed together, and why")
        )
        self.change_note.textChanged.connect(self._on_edited)
        self.change_row = self._row(
            self.tr("What &changed, and why"),
            self.change_note,
            self.tr(
                "A line for your future selves: what you changed and what led to it. "
                "The earlier version is kept as it was."
            ),
            page,
        )
        col.addWidget(self.change_row)

        for name in TERM_FIELDS:
            field = self._field(name, page)
            self.fields[name] = field
            row = self._row(dt(FIELD_LABELS[name]), field, dt(FIELD_HELP[name]), page, name)
            col.addWidget(row)

        self.hints = text_label("", page, role="notice")
        self.hints.setAccessibleName(self.tr("Gentle suggestions"))
        col.addWidget(self.hints)
        col.addStretch(1)

        bar = QFrame(self)
        bar.setObjectName("editorBar")
        bar_box = QHBoxLayout(bar)
        bar_box.setContentsMargins(24, 8, 24, 12)
        self.status = text_label("", bar, role="muted")
        self.hints_link = link_button("", bar)
        self.hints_link.clicked.connect(self.show_hints)
        self.cancel_button = QPushButton(self.tr("Cancel"), bar)
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_button = primary_button(self.tr("Save"), bar)
        self.save_button.clicked.connect(self.save_requested)
        bar_box.addWidget(self.hints_link)
        bar_box.addWidget(self.status, 1)
        bar_box.addWidget(self.cancel_button)
        bar_box.addWidget(self.save_button)
        outer.addWidget(bar)

    def _field(self, name: str, parent: QWidget) -> QPlainTextEdit | QLineEdit | QComboBox:
        label = dt(FIELD_LABELS[name])
        if name in CHOICE_LABELS:
            combo = QComboBox(parent)
            combo.setAccessibleName(label)
            for value, text in CHOICE_LABELS[name].items():
                combo.addItem(dt(text), value)
            combo.currentIndexChanged.connect(self._on_edited)
            return combo
        if name == "pause_phrase":
            line = QLineEdit(parent)
            line.setAccessibleName(label)
            line.setPlaceholderText(self.tr("The words either of you can say"))
            line.textChanged.connect(self._on_edited)
            return line
        if name in LIST_FIELDS:
            edit = _plain_edit(parent, _LIST_LINES, label, self.tr("One per line"))
        else:
            edit = _plain_edit(parent, _LINES.get(name, 3), label)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _row(
        self, label_text: str, field: QWidget, help_text: str, parent: QWidget, name: str = ""
    ) -> _FieldRow:
        label = QLabel(label_text, parent)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(field)
        label.setWordWrap(True)
        help_label = text_label(help_text, parent, role="muted")
        help_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        field.setAccessibleDescription(help_text)
        if name:
            self.help_labels[name] = help_label
        row = _FieldRow(label, field, help_label, parent)
        self._rows.append(row)
        return row

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Help beside the fields when there is room, under the labels otherwise."""
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE
        for row in self._rows:
            row.set_wide(wide)

    # -- content ---------------------------------------------------------------------

    def start(
        self,
        heading: str,
        intro: str,
        terms: AgreementTerms,
        *,
        ask_title: bool,
        ask_change_note: bool,
        save_label: str,
    ) -> None:
        """Fill the form for a new agreement (title) or a new version (change note)."""
        self._loading = True
        try:
            self.heading.setText(heading)
            self.intro.setText(intro)
            self.intro.setVisible(bool(intro))
            self.title_row.setVisible(ask_title)
            self.title_edit.setText("")  # setText also forgets the undo history
            self.change_row.setVisible(ask_change_note)
            self.change_note.setPlainText("")
            self.set_terms(terms)
            self.save_button.setText(save_label)
            self.save_button.setAccessibleName(save_label)
            self.status.clear()
        finally:
            self._loading = False
        self.dirty = False
        self.set_has_changes(False)
        self.update_hints()
        self.scroll_area.verticalScrollBar().setValue(0)
        first = self.title_edit if ask_title else self.change_note
        if not ask_change_note and not ask_title:
            first = self.fields["intention"]  # type: ignore[assignment]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_terms(self, terms: AgreementTerms) -> None:
        """Show ``terms`` in the fields."""
        for name, field in self.fields.items():
            value = getattr(terms, name)
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(field.findData(value), 0))
            elif isinstance(field, QLineEdit):
                field.setText(value)
            else:
                field.setPlainText("\n".join(value) if isinstance(value, list) else value)

    def terms(self) -> AgreementTerms:
        """The terms as written now (list fields: one item per non-blank line)."""
        values: dict[str, object] = {}
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                values[name] = field.currentData()
            elif isinstance(field, QLineEdit):
                values[name] = field.text().strip()
            elif name in LIST_FIELDS:
                values[name] = list_from_lines(field.toPlainText())
            else:
                values[name] = field.toPlainText().strip()
        return AgreementTerms.model_validate(values)

    def texts(self) -> dict[str, str]:
        """Every term field exactly as it stands (list fields: their lines; choices: values)."""
        texts: dict[str, str] = {}
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                texts[name] = str(field.currentData())
            elif isinstance(field, QLineEdit):
                texts[name] = field.text()
            else:
                texts[name] = field.toPlainText()
        return texts

    def fill(self, title: str, texts: dict[str, str], note: str) -> None:
        """Put words back as they were typed (a kept draft); counts as unsaved changes."""
        self._loading = True
        try:
            self.title_edit.setText(title)
            self.change_note.setPlainText(note)
            for name, text in texts.items():
                field = self.fields[name]
                if isinstance(field, QComboBox):
                    field.setCurrentIndex(max(field.findData(text), 0))
                elif isinstance(field, QLineEdit):
                    field.setText(text)
                else:
                    field.setPlainText(text)
        finally:
            self._loading = False
        self.dirty = True
        self.update_hints()

    def set_has_changes(self, changed: bool) -> None:
        """Cancel says what it does: with unsaved changes it discards them (after asking)."""
        text = self.tr("Discard changes…") if changed else self.tr("Cancel")
        self.cancel_button.setText(text)
        self.cancel_button.setAccessibleName(
            self.tr("Discard changes") if changed else self.tr("Cancel editing")
        )

    def title(self) -> str:
        """The agreement's name as typed."""
        return self.title_edit.text().strip()

    def note(self) -> str:
        """The change note as typed."""
        return self.change_note.toPlainText().strip()

    def show_status(self, text: str) -> None:
        """A line beside the buttons (a problem saving)."""
        self.status.setText(text)
        set_role(self.status, "error" if text else "muted")

    def show_note(self, text: str) -> None:
        """A calm line beside the buttons (e.g. that unsaved changes were kept)."""
        self.status.setText(text)
        set_role(self.status, "muted")

    def clear(self) -> None:
        """Empty every field (the journal is being locked)."""
        self._hint_timer.stop()
        self._loading = True
        try:
            self.title_edit.setText("")  # setText also forgets the undo history
            self.change_note.setPlainText("")
            self.set_terms(AgreementTerms())
            for field in self.fields.values():
                if isinstance(field, QPlainTextEdit):
                    field.document().clearUndoRedoStacks()
            self.hints.clear()
            self.status.clear()
        finally:
            self._loading = False
        self.dirty = False
        self.set_has_changes(False)

    # -- hints -----------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._hint_timer.start()
        self.edited.emit()

    def show_hints(self) -> None:
        """Scroll to the suggestions at the end of the form."""
        self.scroll_area.ensureWidgetVisible(self.hints)

    def update_hints(self) -> None:
        """Show the gentle suggestions for the terms as they stand."""
        self._hint_timer.stop()
        hints = vague_terms(self.terms())
        self.hints_link.setVisible(bool(hints))
        if not hints:
            self.hints.setText(self.tr("Each key part has some words now."))
            return
        count = len(hints)
        self.hints_link.setText(
            self.tr("1 gentle suggestion")
            if count == 1
            else self.tr("{count} gentle suggestions").format(count=count)
        )
        self.hints_link.setAccessibleName(self.tr("Show the gentle suggestions"))
        lines = [self.tr("A few gentle thoughts (saving is fine either way):")]
        lines += [f"• {dt(hint.text)}" for hint in hints]
        self.hints.setText("\n".join(lines))
