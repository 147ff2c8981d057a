"""What an export holds: a period, kinds of entry, marked ones only, parts, cover, format.

The period is a preset ("Last 30 days", "Since the encounter"…) or dates of one's own:
choosing a preset fills in the two date fields, and changing a date makes the choice
"Dates of my choosing". Every kind starts chosen; with none chosen nothing can be
exported, which is said rather than read as "every kind".
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.reports.selection import ExportSelection, RangePreset
from hallpass_journal.ui.guided.controls import radio_style
from hallpass_journal.ui.widgets.chip_group import ChipGroup
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.entry_delegate import kind_label
from hallpass_journal.ui.widgets.page_parts import link_button, text_label

CUSTOM = "custom"
DEFAULT_PRESET = "30"
#: (format name in the exporters' registry, label); the first is the default.
FORMATS = (("pdf", "PDF"), ("html", "HTML"), ("markdown", "Markdown"))
INITIALS_MAX = 12


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def heading(text: str, parent: QWidget) -> QLabel:
    """A small bold heading over a group of choices."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ExportOptions(QWidget):
    """The choices of an export; :meth:`entry_filter` and :meth:`selection` read them."""

    #: The period, the kinds or "only marked" changed: the preview lists other entries.
    filter_changed = Signal()
    #: A part, the initials or the format changed.
    parts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presets: dict[str, RangePreset] = {}
        self._first_day: date | None = None
        self._today = date.today()
        self._quiet = False
        self._restyling = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self._build_period(column)
        self._build_kinds(column)
        self._build_parts(column)
        self._build_cover(column)
        column.addStretch(1)

    # -- building --------------------------------------------------------------------

    def _build_period(self, column: QVBoxLayout) -> None:
        column.addWidget(heading(self.tr("Period"), self))
        self.preset_combo = QComboBox(self)
        self.preset_combo.setAccessibleName(self.tr("Period"))
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset_combo.currentIndexChanged.connect(self._on_preset)
        presets = QHBoxLayout()
        presets.addWidget(self.preset_combo)
        presets.addStretch(1)
        column.addLayout(presets)
        today = QDate.currentDate()
        self.since_edit = self._date_field(today.addDays(-29), self.tr("From date"))
        self.until_edit = self._date_field(today, self.tr("To date"))
        # "From … to …" is one phrase: its four parts stay on one line together.
        self.dates_row = QWidget(self)
        dates = QHBoxLayout(self.dates_row)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(6)
        for text, field in ((self.tr("F&rom"), self.since_edit), (self.tr("t&o"), self.until_edit)):
            label = QLabel(text, self.dates_row)
            label.setBuddy(field)
            dates.addWidget(label)
            dates.addWidget(field)
        dates.addStretch(1)
        column.addWidget(self.dates_row)

    def _date_field(self, value: QDate, name: str) -> DateField:
        field = DateField(value, self)
        field.setDisplayFormat("d MMM yyyy")
        field.setAccessibleName(name)
        field.dateChanged.connect(self._on_date)
        return field

    def _build_kinds(self, column: QVBoxLayout) -> None:
        column.addSpacing(6)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Kinds of entry"), self))
        head.addStretch(1)
        self.every_kind_button = link_button(self.tr("All kinds"), self)
        self.every_kind_button.setAccessibleName(self.tr("Choose every kind of entry"))
        self.every_kind_button.clicked.connect(lambda: self.set_kinds(set(EntryKind)))
        self.no_kind_button = link_button(self.tr("None"), self)
        self.no_kind_button.setAccessibleName(self.tr("Choose no kind of entry"))
        self.no_kind_button.clicked.connect(lambda: self.set_kinds(set()))
        head.addWidget(self.every_kind_button)
        head.addWidget(self.no_kind_button)
        column.addLayout(head)
        self.kind_chips = ChipGroup(
            [(kind.value, kind_label(kind)) for kind in EntryKind],
            self.tr("Kinds of entry"),
            self,
            description=self.tr("Space includes or leaves out this kind"),
        )
        self.kind_chips.set_checked(kind.value for kind in EntryKind)
        self.kind_chips.toggled.connect(self._on_kind)
        column.addWidget(self.kind_chips)
        self.marked_only = QCheckBox(self.tr("Only entries marked for my next &session"), self)
        self.marked_only.setAccessibleName(self.tr("Only entries marked for my next session"))
        self.marked_only.toggled.connect(self._on_filter)
        column.addWidget(self.marked_only)

    def _build_parts(self, column: QVBoxLayout) -> None:
        column.addSpacing(6)
        column.addWidget(heading(self.tr("Also in the file"), self))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.summary_check = self._part(self.tr("Summary: counts and key moments"))
        self.chart_check = self._part(self.tr("Feelings chart"))
        self.evaluation_check = self._part(self.tr("Evaluate over time (before and after)"))
        self.agreement_check = self._part(self.tr("The agreement and its history"))
        self.questions_check = self._part(self.tr("Questions for the session"))
        parts = [
            self.summary_check,
            self.chart_check,
            self.evaluation_check,
            self.agreement_check,
            self.questions_check,
        ]
        for i, check in enumerate(parts):
            grid.addWidget(check, i // 2, i % 2)
        column.addLayout(grid)

    def _part(self, text: str) -> QCheckBox:
        check = QCheckBox(text, self)
        check.setAccessibleName(text)
        check.setChecked(True)
        check.toggled.connect(self.parts_changed)
        return check

    def _build_cover(self, column: QVBoxLayout) -> None:
        column.addSpacing(6)
        column.addWidget(heading(self.tr("Format and cover"), self))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(self.tr("Format:"), self), 0, 0)
        # Drawn like the app's check boxes (the style's own circles are faint in dark).
        self.formats = QWidget(self)
        self.formats.setStyleSheet(radio_style())
        formats = QHBoxLayout(self.formats)
        formats.setContentsMargins(0, 0, 0, 0)
        formats.setSpacing(12)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for name, label in FORMATS:
            button = QRadioButton(label, self.formats)
            button.setAccessibleName(self.tr("Format: {name}").format(name=label))
            self.format_group.addButton(button)
            self.format_buttons[name] = button
            formats.addWidget(button)
        self.format_buttons[FORMATS[0][0]].setChecked(True)
        self.format_group.buttonToggled.connect(self._on_format)
        grid.addWidget(self.formats, 0, 1, Qt.AlignmentFlag.AlignLeading)
        self.initials_edit = QLineEdit(self)
        self.initials_edit.setMaxLength(INITIALS_MAX)
        self.initials_edit.setPlaceholderText(self.tr("e.g. A.K."))
        self.initials_edit.setAccessibleName(self.tr("Initials for the cover (optional)"))
        self.initials_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("M" * 9))
        self.initials_edit.textChanged.connect(self.parts_changed)
        initials = QLabel(self.tr("&Initials for the cover:"), self)
        initials.setBuddy(self.initials_edit)
        grid.addWidget(initials, 1, 0)
        grid.addWidget(self.initials_edit, 1, 1, Qt.AlignmentFlag.AlignLeading)
        column.addLayout(grid)
        column.addWidget(
            text_label(
                self.tr("Optional. Initials are enough: the file never needs your full name."),
                self,
                role="muted",
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Take the new theme's colours for the format choices."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self.formats.setStyleSheet(radio_style())
            finally:
                self._restyling = False

    def _on_format(self, _button: QRadioButton, on: bool) -> None:
        if on:
            self.parts_changed.emit()

    # -- the period ------------------------------------------------------------------

    def preset_label(self, preset: RangePreset) -> str:
        """A preset's name in the user's language (known by its key)."""
        labels = {
            "7": self.tr("Last 7 days"),
            "30": self.tr("Last 30 days"),
            "90": self.tr("Last 90 days"),
            "agreement": self.tr("Since the agreement began"),
            "encounter": self.tr("Since the encounter"),
            "all": self.tr("Everything"),
        }
        return labels.get(preset.key, preset.label)

    def set_presets(self, presets: list[RangePreset], today: date, first_day: date | None) -> None:
        """Offer ``presets`` (then "Dates of my choosing"); keep the current choice if offered.

        ``first_day`` is the day of the oldest entry that can be exported, shown as the
        start of "Everything".
        """
        current = self.preset_combo.currentData() or DEFAULT_PRESET
        self._presets = {p.key: p for p in presets}
        self._today, self._first_day = today, first_day
        self._quiet = True
        try:
            self.preset_combo.clear()
            for preset in presets:
                self.preset_combo.addItem(self.preset_label(preset), preset.key)
            self.preset_combo.addItem(self.tr("Dates of my choosing"), CUSTOM)
            found = self.preset_combo.findData(current)
            if found < 0:  # e.g. the encounter was removed
                found = self.preset_combo.findData("all")
            self.preset_combo.setCurrentIndex(max(found, 0))
            self._show_preset()
        finally:
            self._quiet = False

    def choose_preset(self, key: str) -> bool:
        """Choose the period called ``key``; False when it is not offered."""
        found = self.preset_combo.findData(key)
        if found >= 0:
            self.preset_combo.setCurrentIndex(found)
        return found >= 0

    def _show_preset(self) -> None:
        """Put the chosen preset's first and last day into the date fields."""
        preset = self._presets.get(self.preset_combo.currentData())
        if preset is None:
            return
        since = preset.since or self._first_day or self._today
        until = preset.until or max(self._today, since)
        for field, day in ((self.since_edit, since), (self.until_edit, until)):
            field.blockSignals(True)
            field.setDate(_qdate(day))
            field.blockSignals(False)

    def _on_preset(self) -> None:
        if self._quiet:
            return
        self._show_preset()
        self.filter_changed.emit()

    def _on_date(self) -> None:
        if self._quiet:
            return
        custom = self.preset_combo.findData(CUSTOM)
        if custom >= 0 and self.preset_combo.currentIndex() != custom:
            self._quiet = True
            self.preset_combo.setCurrentIndex(custom)
            self._quiet = False
        self.filter_changed.emit()

    def period(self) -> tuple[date | None, date | None]:
        """The first and last day chosen (None: no limit, for "Everything")."""
        preset = self._presets.get(self.preset_combo.currentData())
        if preset is not None:
            return preset.since, preset.until
        first, last = _pydate(self.since_edit.date()), _pydate(self.until_edit.date())
        return (first, last) if first <= last else (last, first)

    # -- kinds -----------------------------------------------------------------------

    def kinds(self) -> set[EntryKind]:
        """The kinds chosen."""
        return {EntryKind(key) for key in self.kind_chips.checked()}

    def set_kinds(self, kinds: set[EntryKind]) -> None:
        """Choose exactly ``kinds``."""
        self._quiet = True
        try:
            self.kind_chips.set_checked(kind.value for kind in kinds)
        finally:
            self._quiet = False
        self.filter_changed.emit()

    def _on_kind(self, _key: str, _on: bool) -> None:
        self._on_filter()

    def _on_filter(self) -> None:
        if not self._quiet:
            self.filter_changed.emit()

    # -- reading the choices ---------------------------------------------------------

    def format_name(self) -> str:
        """The format chosen: a name in the exporters' registry."""
        return next(name for name, b in self.format_buttons.items() if b.isChecked())

    def entry_filter(self) -> EntryFilter | None:
        """The entries the choices can hold (never private); None when no kind is chosen."""
        selection = self.selection(frozenset())
        return None if selection is None else selection.entry_filter()

    def selection(self, excluded: frozenset[uuid.UUID]) -> ExportSelection | None:
        """Everything chosen, with the entries unticked in the preview; None: no kind."""
        kinds = self.kinds()
        if not kinds:
            return None
        since, until = self.period()
        return ExportSelection(
            since=since,
            until=until,
            kinds=frozenset() if kinds == set(EntryKind) else frozenset(kinds),
            marked_only=self.marked_only.isChecked(),
            excluded=excluded,
            summary=self.summary_check.isChecked(),
            chart=self.chart_check.isChecked(),
            evaluation=self.evaluation_check.isChecked(),
            agreement=self.agreement_check.isChecked(),
            questions=self.questions_check.isChecked(),
            initials=self.initials_edit.text().strip(),
        )
