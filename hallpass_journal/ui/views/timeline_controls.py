"""The Timeline's controls: search, order, grouping, jump to a date, and the filters.

The filters are the Journal's (kind, tag, a period or dates of one's own), with one more
kind: "Key moments", the entries that mark the way (agreement notes, pauses, debriefs,
healing steps) and the key events. Everything wraps onto more rows in a narrow window
instead of being squeezed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.ui.models.timeline_rows import MARKER_KINDS, Resolution, TimelineQuery
from hallpass_journal.ui.views.journal_filters import JournalFilters
from hallpass_journal.ui.widgets.date_field import DateField

SEARCH_DEBOUNCE_MS = 200
#: The kind choice "Key moments" sits just below "All kinds".
KEY_MOMENTS_INDEX = 1
#: The space a FilterBar leaves between its controls.
FILTER_GAP = 6


class TimelineFilters(JournalFilters):
    """The Journal's filters, plus "Key moments" among the kinds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No data, like "All kinds": the Journal's reading of the choices stays right,
        # and :meth:`current_filter` narrows it to the key moments' kinds.
        self.kind_combo.insertItem(KEY_MOMENTS_INDEX, self.tr("Key moments"), None)
        self.kind_combo.insertSeparator(KEY_MOMENTS_INDEX + 1)
        self.kind_combo.setAccessibleName(self.tr("Show rows of kind"))
        self._fit()

    def _fit(self) -> None:
        # As wide as the choices side by side, no wider: the rest of the row is the jump's.
        gap = FILTER_GAP
        widest = 0
        for bar in (self.bar, self.range):
            widgets = bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            wanted = [min(w.sizeHint().width(), w.maximumWidth()) for w in widgets]
            widest = max(widest, sum(wanted) + gap * (len(wanted) - 1))
        self.setMaximumWidth(max(widest, 1))

    def set_tags(self, names: list[str]) -> bool:
        """Offer these tags (and make room for the longest)."""
        kept = super().set_tags(names)
        self._fit()
        return kept

    def key_moments_only(self) -> bool:
        """Whether "Key moments" is chosen."""
        return self.kind_combo.currentIndex() == KEY_MOMENTS_INDEX

    def current_filter(self) -> EntryFilter:
        """The filter the choices describe."""
        flt = super().current_filter()
        return replace(flt, kinds=MARKER_KINDS) if self.key_moments_only() else flt

    def shows_events(self) -> bool:
        """Key events have no kind of entry and no tags: any kind or tag choice hides them."""
        kind_all = self.kind_combo.currentIndex() == 0 or self.key_moments_only()
        return kind_all and not self.tag_combo.currentData()

    def set_any_date(self) -> None:
        """Choose "Any date" (a jump asked for a day outside the dates chosen)."""
        self.date_combo.setCurrentIndex(0)


class TimelineControls(QWidget):
    """Search, order and grouping on one row; the filters and the jump below them."""

    #: The search text or a filter changed (after a short pause while typing).
    query_changed = Signal()
    #: Newest first (False) or oldest first (True).
    order_changed = Signal(bool)
    #: Group by another resolution.
    resolution_changed = Signal(Resolution)
    #: Show this day.
    jump_requested = Signal(date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.query_changed)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the timeline"))
        self.search_edit.setAccessibleName(self.tr("Search the timeline"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.textChanged.connect(self._update_order_choice)

        self.order_combo = QComboBox(self)
        self.order_combo.setAccessibleName(self.tr("Order"))
        self.order_combo.addItem(self.tr("Newest first"), False)
        self.order_combo.addItem(self.tr("Oldest first"), True)
        self.order_combo.currentIndexChanged.connect(
            lambda _i: self.order_changed.emit(bool(self.order_combo.currentData()))
        )

        self.resolution_combo = QComboBox(self)
        self.resolution_combo.setAccessibleName(self.tr("Group by"))
        for label, value in (
            (self.tr("By day"), Resolution.DAY),
            (self.tr("By week"), Resolution.WEEK),
            (self.tr("By month"), Resolution.MONTH),
        ):
            self.resolution_combo.addItem(label, value.value)
        self.resolution_combo.currentIndexChanged.connect(
            lambda _i: self.resolution_changed.emit(Resolution(self.resolution_combo.currentData()))
        )
        for combo in (self.order_combo, self.resolution_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.jump_edit = DateField(QDate.currentDate(), self)
        self.jump_edit.setDisplayFormat("d MMM yyyy")
        self.jump_edit.setAccessibleName(self.tr("Date to jump to"))
        self.jump_button = QPushButton(self.tr("Go"), self)
        self.jump_button.setAccessibleName(self.tr("Jump to this date"))
        self.jump_button.setToolTip(self.tr("Show the entries of this day, or the nearest before"))
        self.jump_button.clicked.connect(self._on_jump)
        self.jump_edit.installEventFilter(self)
        jump_label = QLabel(self.tr("Jump to"), self)
        jump_label.setBuddy(self.jump_edit)

        self.filters = TimelineFilters(self)
        self.filters.changed.connect(self.query_changed)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.order_combo)
        top.addWidget(self.resolution_combo)
        below = QHBoxLayout()
        # The filters take the room they need (wrapping when squeezed), the jump sits right.
        below.addWidget(self.filters, 100, Qt.AlignmentFlag.AlignTop)
        below.addStretch(1)
        jump = QHBoxLayout()
        jump.addWidget(jump_label)
        jump.addWidget(self.jump_edit)
        jump.addWidget(self.jump_button)
        below.addLayout(jump)
        below.setAlignment(jump, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(below)

        QWidget.setTabOrder(self.search_edit, self.order_combo)
        QWidget.setTabOrder(self.order_combo, self.resolution_combo)
        QWidget.setTabOrder(self.resolution_combo, self.jump_edit)
        QWidget.setTabOrder(self.jump_edit, self.jump_button)
        QWidget.setTabOrder(self.jump_button, self.filters.kind_combo)
        self._update_order_choice()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter in the date field jumps, as the button does."""
        if (
            watched is self.jump_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_jump()
            return True
        return super().eventFilter(watched, event)

    def _on_jump(self) -> None:
        day = self.jump_edit.date()
        self.jump_requested.emit(date(day.year(), day.month(), day.day()))

    def _update_order_choice(self) -> None:
        searching = bool(self.search_edit.text().strip())
        self.order_combo.setEnabled(not searching)
        self.order_combo.setToolTip(
            self.tr("Search results are listed newest first.") if searching else ""
        )

    def flush_search(self) -> None:
        """Apply typed search text now (no waiting for the pause)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.query_changed.emit()

    def query(self) -> TimelineQuery:
        """What the controls ask the timeline to show."""
        return TimelineQuery(
            filter=self.filters.current_filter(),
            text=self.search_edit.text().strip(),
            with_events=self.filters.shows_events(),
        )

    def set_jump_date(self, day: date) -> None:
        """Put ``day`` in the jump field."""
        self.jump_edit.setDate(QDate(day.year, day.month, day.day))

    def forget(self) -> None:
        """Drop the search text (and its undo history) and the tag names (lock)."""
        self._search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.setText("")
        self.search_edit.blockSignals(False)
        self.filters.forget_tags()
