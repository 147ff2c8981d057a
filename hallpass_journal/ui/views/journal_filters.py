"""The Journal section's filters: kind, tag, date, and "marked for my next session".

The date is a period, or dates of one's own; the last choice lists only the entries
marked to bring to the next session.

Every choice is shown in full ("Readiness checklist", not "Readiness chec"): the combo
boxes are as wide as their longest choice and the date fields as their widest date, and
the row wraps onto a second one when the list is narrow.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout, QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.entries import EntryService
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.entry_delegate import kind_label
from hallpass_journal.ui.widgets.filter_bar import FilterBar, labelled

CUSTOM = -1  # the date choice "Choose dates…"
TAG_MAX_WIDTH = 220  # a long tag is elided in the box (the list shows it whole)


class JournalFilters(QWidget):
    """Kind, tag, date and "marked" choices; :meth:`current_filter` is what they describe."""

    #: Any choice changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Show entries of kind"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in EntryKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Show entries with tag"))
        self.tag_combo.setMaximumWidth(TAG_MAX_WIDTH)
        self.date_combo = QComboBox(self)
        self.date_combo.setAccessibleName(self.tr("Show entries from"))
        for label, days in (
            (self.tr("Any date"), 0),
            (self.tr("Past week"), 7),
            (self.tr("Past month"), 30),
            (self.tr("Past 3 months"), 91),
            (self.tr("Past year"), 365),
            (self.tr("Choose dates…"), CUSTOM),
        ):
            self.date_combo.addItem(label, days)
        for combo in (self.kind_combo, self.tag_combo, self.date_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_changed)
        self.marked_check = QCheckBox(self.tr("Marked for my next session"), self)
        self.marked_check.setAccessibleName(self.tr("Show only entries marked for my next session"))
        self.marked_check.setToolTip(
            self.tr(
                "Show only the entries you marked to bring to your next session "
                "(private entries are never among them)."
            )
        )
        self.marked_check.toggled.connect(self._on_changed)
        self.bar = FilterBar(
            [self.kind_combo, self.tag_combo, self.date_combo, self.marked_check], self
        )

        today = QDate.currentDate()
        self.since_edit = self._date_edit(today.addDays(-30), self.tr("From date"))
        self.until_edit = self._date_edit(today, self.tr("To date"))
        self.range = FilterBar(
            [
                labelled(self.tr("From"), self.since_edit),
                labelled(self.tr("to"), self.until_edit),
            ],
            self,
        )
        self.range.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bar)
        column.addWidget(self.range)
        QWidget.setTabOrder(self.kind_combo, self.tag_combo)
        QWidget.setTabOrder(self.tag_combo, self.date_combo)
        QWidget.setTabOrder(self.date_combo, self.marked_check)
        QWidget.setTabOrder(self.marked_check, self.since_edit)
        QWidget.setTabOrder(self.since_edit, self.until_edit)

    def _date_edit(self, value: QDate, name: str) -> DateField:
        edit = DateField(value, self)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._on_changed)
        return edit

    def _on_changed(self) -> None:
        self.range.setVisible(self.date_combo.currentData() == CUSTOM)
        self.changed.emit()

    def current_filter(self) -> EntryFilter:
        """The filter the choices describe."""
        kind = self.kind_combo.currentData()
        tag = self.tag_combo.currentData()
        days = self.date_combo.currentData() or 0
        since: date | None = None
        until: date | None = None
        if days == CUSTOM:
            first, last = self.since_edit.date(), self.until_edit.date()
            if first > last:
                first, last = last, first
            since, until = (
                date(first.year(), first.month(), first.day()),
                date(last.year(), last.month(), last.day()),
            )
        elif days:
            since = date.today() - timedelta(days=days)
        marked = self.marked_check.isChecked()
        return EntryFilter(
            kinds=frozenset({EntryKind(kind)}) if kind else frozenset(),
            tag=tag or None,
            since=since,
            until=until,
            # A private entry is never brought to a session, so it is never listed as marked.
            include_private=not marked,
            marked_only=marked,
        )

    def show_marked_only(self) -> None:
        """Show just the entries marked for the next session, whatever their kind, tag, date."""
        for combo in (self.kind_combo, self.tag_combo, self.date_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.marked_check.blockSignals(True)
        self.marked_check.setChecked(True)
        self.marked_check.blockSignals(False)
        self._on_changed()

    def set_tags(self, names: list[str]) -> bool:
        """Offer these tags; False when the chosen one is gone (then "All tags" is chosen)."""
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        try:
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("All tags"), None)
            for name in names:
                self.tag_combo.addItem(name, name)
            found = self.tag_combo.findData(current) if current else 0
            self.tag_combo.setCurrentIndex(max(found, 0))
        finally:
            self.tag_combo.blockSignals(False)
        self.bar.refit()  # the longest tag may have changed
        return not current or self.tag_combo.currentData() == current

    def reload_tags(self, entries: EntryService) -> bool:
        """Offer the journal's tags again, most used first; False if the chosen one is gone.

        A journal that cannot be read offers no tags.
        """
        try:
            names = [name for name, _count in entries.tags()]
        except VaultError:
            names = []
        return self.set_tags(names)

    def forget_tags(self) -> None:
        """Drop the tag names (the journal is being locked)."""
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.blockSignals(False)
