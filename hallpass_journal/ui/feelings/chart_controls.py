"""The column beside the chart: which dates, how grouped, smoothed or not, which feelings.

The dates are a preset (the last 30 or 90 days, the last year, everything) or dates of
one's own; the date fields always show the dates drawn, and editing one switches to
"Choose dates…". Until the person picks a grouping, it follows the dates (days for a
month, weeks for a season or a year, months for everything), so the chart never starts
as a thicket of daily points or as three lonely monthly ones.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.ui.feelings.colours import MAX_EMOTIONS
from hallpass_journal.ui.feelings.series import (
    CUSTOM,
    DEFAULT_PRESET,
    SMOOTHING,
    preset_range,
)
from hallpass_journal.ui.feelings.series_picker import SeriesPicker
from hallpass_journal.ui.widgets.date_field import DateField

#: The grouping a preset starts with (until the person picks one).
PRESET_RESOLUTION = {"30": "day", "90": "week", "365": "week", "all": "month"}


def resolution_for_span(days: int) -> str:
    """A grouping that gives a readable number of points over ``days`` days."""
    if days <= 45:
        return "day"
    if days <= 400:
        return "week"
    return "month"


def _py(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ChartControls(QWidget):
    """Dates, grouping, smoothing and the feelings to draw."""

    #: Anything changed: the chart needs drawing again.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self.resolution_by_hand = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)

        column.addWidget(_heading(self.tr("Dates"), self))
        self.range_combo = QComboBox(self)
        self.range_combo.setAccessibleName(self.tr("Dates to show"))
        for label, key in (
            (self.tr("Last 30 days"), "30"),
            (self.tr("Last 90 days"), "90"),
            (self.tr("Last year"), "365"),
            (self.tr("Everything"), "all"),
            (self.tr("Choose dates…"), CUSTOM),
        ):
            self.range_combo.addItem(label, key)
        self.range_combo.setCurrentIndex(self.range_combo.findData(DEFAULT_PRESET))
        self.range_combo.currentIndexChanged.connect(self._on_preset)
        column.addWidget(self.range_combo)
        dates = QGridLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setHorizontalSpacing(6)
        today = QDate.currentDate()
        self.since_edit = self._date_field(today.addDays(-89), self.tr("From date"))
        self.until_edit = self._date_field(today, self.tr("To date"))
        for row, (text, field) in enumerate(
            ((self.tr("F&rom"), self.since_edit), (self.tr("&To"), self.until_edit))
        ):
            buddy = QLabel(text, self)
            buddy.setBuddy(field)
            dates.addWidget(buddy, row, 0)
            dates.addWidget(field, row, 1)
        dates.setColumnStretch(1, 1)
        column.addLayout(dates)

        column.addSpacing(6)
        column.addWidget(_heading(self.tr("Each point is"), self))
        self.resolution_combo = QComboBox(self)
        self.resolution_combo.setAccessibleName(self.tr("Each point is the average of"))
        for label, key in (
            (self.tr("A day's average"), "day"),
            (self.tr("A week's average"), "week"),
            (self.tr("A month's average"), "month"),
        ):
            self.resolution_combo.addItem(label, key)
        self.resolution_combo.setCurrentIndex(
            self.resolution_combo.findData(PRESET_RESOLUTION[DEFAULT_PRESET])
        )
        self.resolution_combo.currentIndexChanged.connect(self._on_resolution)
        column.addWidget(self.resolution_combo)
        self.smooth_check = QCheckBox(self.tr("Moving average"), self)
        self.smooth_check.toggled.connect(self._on_smoothing)
        column.addWidget(self.smooth_check)
        self.smooth_note = QLabel(self)
        self.smooth_note.setWordWrap(True)
        self.smooth_note.setProperty("role", "muted")
        column.addWidget(self.smooth_note)

        column.addSpacing(6)
        column.addWidget(_heading(self.tr("Feelings"), self))
        self.picker = SeriesPicker(self)
        self.picker.changed.connect(self.changed)
        column.addWidget(self.picker, 1)
        self.picker_note = QLabel(
            self.tr(
                "In brackets: how many check-ins rated it in these dates. "
                "Up to {n} feelings at a time."
            ).format(n=MAX_EMOTIONS),
            self,
        )
        self.picker_note.setWordWrap(True)
        self.picker_note.setProperty("role", "muted")
        column.addWidget(self.picker_note)
        self._update_smooth_note()

    def _date_field(self, value: QDate, name: str) -> DateField:
        field = DateField(value, self)
        field.setDisplayFormat("d MMM yyyy")
        field.setAccessibleName(name)
        field.dateChanged.connect(self._on_date_edited)
        return field

    # -- what is chosen ----------------------------------------------------------------

    def preset(self) -> str:
        """The dates preset ("30", "90", "365", "all") or "custom"."""
        return str(self.range_combo.currentData())

    def date_range(self, today: date) -> tuple[date | None, date | None]:
        """``(since, until)`` chosen (``None`` ends for everything)."""
        if self.preset() == CUSTOM:
            first, last = _py(self.since_edit.date()), _py(self.until_edit.date())
            return (first, last) if first <= last else (last, first)
        return preset_range(self.preset(), today)

    def resolution(self) -> str:
        """The grouping: "day", "week" or "month"."""
        return str(self.resolution_combo.currentData())

    def smoothing(self) -> int | None:
        """The moving average's window in buckets, or None when it is off."""
        return SMOOTHING[self.resolution()] if self.smooth_check.isChecked() else None

    def smoothing_label(self) -> str:
        """The average's name in a tooltip: "7-day average", "4-week average"..."""
        return {
            "day": self.tr("7-day average"),
            "week": self.tr("4-week average"),
            "month": self.tr("3-month average"),
        }[self.resolution()]

    # -- setting -------------------------------------------------------------------------

    def set_preset(self, key: str) -> None:
        """Choose a dates preset (as a person would)."""
        self.range_combo.setCurrentIndex(self.range_combo.findData(key))

    def set_resolution(self, key: str) -> None:
        """Choose the grouping (as a person would)."""
        self.resolution_combo.setCurrentIndex(self.resolution_combo.findData(key))

    def show_dates(self, since: date, until: date) -> None:
        """Show the dates drawn in the date fields (without choosing "Choose dates…")."""
        self._syncing = True
        try:
            self.since_edit.setDate(QDate(since.year, since.month, since.day))
            self.until_edit.setDate(QDate(until.year, until.month, until.day))
        finally:
            self._syncing = False

    # -- reacting --------------------------------------------------------------------------

    def _follow_dates(self, span_days: int | None) -> None:
        if self.resolution_by_hand:
            return
        key = PRESET_RESOLUTION.get(self.preset())
        if key is None and span_days is not None:
            key = resolution_for_span(span_days)
        if key is not None and key != self.resolution():
            self._syncing = True
            try:
                self.set_resolution(key)
            finally:
                self._syncing = False
            self._update_smooth_note()

    def _on_preset(self) -> None:
        if self._syncing:
            return
        if self.preset() == CUSTOM:
            first, last = _py(self.since_edit.date()), _py(self.until_edit.date())
            self._follow_dates(abs((last - first).days) + 1)
        else:
            self._follow_dates(None)
        self.changed.emit()

    def _on_date_edited(self) -> None:
        if self._syncing:
            return
        if self.preset() != CUSTOM:
            self._syncing = True
            try:
                self.set_preset(CUSTOM)
            finally:
                self._syncing = False
        first, last = _py(self.since_edit.date()), _py(self.until_edit.date())
        self._follow_dates(abs((last - first).days) + 1)
        self.changed.emit()

    def _on_resolution(self) -> None:
        self._update_smooth_note()
        if self._syncing:
            return
        self.resolution_by_hand = True
        self.changed.emit()

    def _on_smoothing(self) -> None:
        self._update_smooth_note()
        self.changed.emit()

    def _update_smooth_note(self) -> None:
        notes = {
            "day": self.tr("Each point then averages the check-ins of the 7 days up to it."),
            "week": self.tr("Each point then averages the check-ins of the 4 weeks up to it."),
            "month": self.tr("Each point then averages the check-ins of the 3 months up to it."),
        }
        self.smooth_note.setText(notes[self.resolution()])
        self.smooth_check.setAccessibleDescription(notes[self.resolution()])
