"""Calendar: a month (or a whole year) where each day is tinted by how it felt.

Each day is tinted by its average mood, or by the average strength of one chosen
emotion, and days with a key moment carry a small diamond. The tint is never the only
signal: a month shows the average as a number in each day, every day has a tooltip and
an accessible sentence, and a legend explains the scale. Clicking a day (or Enter on
it) shows that day in the Timeline.

The figures come from one query for the whole visible range (a month, or a year), and
the key moments from one more, whatever the size of the journal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.vocabulary import EMOTIONS
from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.counts import counted
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.calendar_words import Summary, add_months, month_days
from hallpass_journal.ui.widgets.emotion_picker import emotion_label
from hallpass_journal.ui.widgets.mood_calendar import DayTable, MonthModel
from hallpass_journal.ui.widgets.mood_scale import ScaleLegend, legend_text
from hallpass_journal.ui.widgets.year_calendar import YearGrid
from hallpass_journal.ui.windows.sections import TIMELINE_DAY

MONTH, YEAR = "month", "year"


class CalendarView(JournalView):
    """A month or a year of days, tinted by mood or by one emotion."""

    section_id = "calendar"
    watches = frozenset({Area.ENTRIES, Area.EVENTS})

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(journal, parent)
        self._today = today
        self.selected_day = today()
        self.mode = MONTH
        #: None for mood, else the emotion whose strength tints the days.
        self.emotion: str | None = None
        self._build()
        self._lay_out_period()
        self.refresh()
        self._show_cursor(focus=False)

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 16, 24, 12)
        col.setSpacing(8)

        head = QHBoxLayout()
        head.setSpacing(6)
        self.previous_button = self._nav_button("‹")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = self._nav_button("›")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title_label.setFont(font)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(self.go_to_today)
        self.month_button = self._mode_button(self.tr("Month"))
        self.year_button = self._mode_button(self.tr("Year"))
        self.month_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.month_button)
        group.addButton(self.year_button)
        self.month_button.toggled.connect(lambda on: self._mode_toggled(MONTH, on))
        self.year_button.toggled.connect(lambda on: self._mode_toggled(YEAR, on))
        head.addWidget(self.previous_button)
        head.addWidget(self.next_button)
        head.addSpacing(8)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.today_button)
        head.addSpacing(12)
        head.addWidget(self.month_button)
        head.addWidget(self.year_button)
        col.addLayout(head)

        bar = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setProperty("role", "muted")
        self.summary_label.setWordWrap(True)
        self.colour_combo = QComboBox(self)
        self.colour_combo.addItem(self.tr("Mood"), None)
        for name in EMOTIONS:
            self.colour_combo.addItem(emotion_label(name), name)
        self.colour_combo.setAccessibleName(self.tr("Colour the days by"))
        self.colour_combo.currentIndexChanged.connect(self._colour_chosen)
        colour_label = QLabel(self.tr("Colour the days by"), self)
        colour_label.setBuddy(self.colour_combo)
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(colour_label)
        bar.addWidget(self.colour_combo)
        col.addLayout(bar)

        self.stack = QStackedWidget(self)
        self.month_model = MonthModel(self)
        self.month_table = DayTable(self.month_model, self.stack)
        self.year_grid = YearGrid()
        self.year_scroll = QScrollArea(self.stack)
        self.year_scroll.setWidgetResizable(True)
        self.year_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.year_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.year_scroll.setWidget(self.year_grid)
        self.year_grid.follow(self.year_scroll)
        self.stack.addWidget(self.month_table)
        self.stack.addWidget(self.year_scroll)
        col.addWidget(self.stack, 1)
        for table in [self.month_table, *self.year_grid.tables]:
            table.move_requested.connect(self._move_requested)
            table.day_activated.connect(self.open_day)
        self.year_grid.month_chosen.connect(self._month_chosen)

        self.legend = ScaleLegend(self)
        self.legend_label = QLabel(self)
        self.legend_label.setProperty("role", "muted")
        self.legend_label.setWordWrap(True)
        col.addWidget(self.legend)
        col.addWidget(self.legend_label)
        self._update_legend()

        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.today_button)
        QWidget.setTabOrder(self.today_button, self.month_button)
        QWidget.setTabOrder(self.month_button, self.year_button)
        QWidget.setTabOrder(self.year_button, self.colour_combo)

    def _nav_button(self, glyph: str) -> QPushButton:
        button = QPushButton(glyph, self)
        button.setAutoDefault(False)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        button.setFont(font)
        button.setFixedWidth(button.sizeHint().height() + 6)
        return button

    def _mode_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setAutoDefault(False)
        return button

    # -- the period shown ------------------------------------------------------------

    def visible_range(self) -> tuple[date, date]:
        """The first and last day shown: the cursor's month, or its year."""
        if self.mode == YEAR:
            return date(self.selected_day.year, 1, 1), date(self.selected_day.year, 12, 31)
        return month_days(self.selected_day.year, self.selected_day.month)

    def _lay_out_period(self) -> None:
        today = self._today()
        if self.mode == YEAR:
            self.year_grid.set_year(self.selected_day.year, today)
        else:
            self.month_model.set_month(self.selected_day.year, self.selected_day.month, today=today)
        self._update_titles()

    def _update_titles(self) -> None:
        locale = QLocale()
        if self.mode == YEAR:
            title = str(self.selected_day.year)
            before, after = self.tr("Previous year"), self.tr("Next year")
            keys = self.tr("Ctrl+Page Up"), self.tr("Ctrl+Page Down")
        else:
            title = locale.toString(
                QDate(self.selected_day.year, self.selected_day.month, 1), "MMMM yyyy"
            )
            before, after = self.tr("Previous month"), self.tr("Next month")
            keys = self.tr("Page Up"), self.tr("Page Down")
        self.title_label.setText(title)
        for button, text, key in (
            (self.previous_button, before, keys[0]),
            (self.next_button, after, keys[1]),
        ):
            button.setAccessibleName(text)
            button.setToolTip(
                self.tr("{action} ({key} in the calendar)").format(action=text, key=key)
            )
        self.month_table.setAccessibleName(title)
        self.year_grid.setAccessibleName(title)
        self.today_button.setToolTip(
            self.tr("Show today: {day}").format(
                day=locale.toString(_qdate(self._today()), QLocale.FormatType.LongFormat)
            )
        )

    def _mode_toggled(self, mode: str, on: bool) -> None:
        if on:
            self.set_mode(mode)

    def set_mode(self, mode: str) -> None:
        """Show a month ("month") or the whole year ("year") around the cursor."""
        if mode == self.mode:
            return
        had_focus = self._calendar_has_focus()
        self.mode = mode
        self.month_button.setChecked(mode == MONTH)
        self.year_button.setChecked(mode == YEAR)
        self.stack.setCurrentWidget(self.year_scroll if mode == YEAR else self.month_table)
        self._update_legend()
        self._lay_out_period()
        self.refresh()
        self._show_cursor(focus=had_focus)

    def go_to(self, day: date, *, focus: bool = False) -> None:
        """Put the cursor on ``day``, showing its month (or year); focus it if asked."""
        before = self.visible_range()
        self.selected_day = day
        if self.visible_range() != before:
            self._lay_out_period()
            self.refresh()
        self._show_cursor(focus=focus)

    def step(self, direction: int) -> None:
        """The previous (-1) or next (1) month, or year in the year view."""
        self.go_to(add_months(self.selected_day, direction * (12 if self.mode == YEAR else 1)))

    def go_to_today(self) -> None:
        """Show today, with the cursor on it."""
        self.go_to(self._today())

    def current_table(self) -> DayTable:
        """The grid holding the cursor."""
        if self.mode == YEAR:
            return self.year_grid.table_for(self.selected_day.month)
        return self.month_table

    def _calendar_has_focus(self) -> bool:
        return any(t.hasFocus() for t in [self.month_table, *self.year_grid.tables])

    def _show_cursor(self, *, focus: bool) -> None:
        if self.mode == YEAR:
            table = self.year_grid.set_current_month(self.selected_day.month)
            for other in self.year_grid.tables:
                if other is not table:
                    other.setCurrentIndex(other.model().index(-1, -1))
            self._reveal_month()
            # Just switched to the year, the months are placed at the next layout pass.
            QTimer.singleShot(0, self, self._reveal_month)
        else:
            table = self.month_table
        table.show_day(self.selected_day)
        if focus:
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reveal_month(self) -> None:
        """Scroll the year (in a small window) to the month holding the cursor."""
        if self.mode == YEAR:
            panel = self.year_grid.panels[self.selected_day.month - 1]
            self.year_scroll.ensureWidgetVisible(panel, 0, 0)

    def _move_requested(self, day: date) -> None:
        self.go_to(day, focus=True)

    def _month_chosen(self, month: int) -> None:
        self.selected_day = add_months(self.selected_day, month - self.selected_day.month)
        self.set_mode(MONTH)
        self.month_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_day(self, day: date) -> None:
        """Show ``day`` in the Timeline."""
        self.selected_day = day
        self._show_cursor(focus=False)
        self.action_requested.emit(TIMELINE_DAY, day.isoformat())

    # -- what tints the days ---------------------------------------------------------

    def _colour_chosen(self, _index: int) -> None:
        self.set_emotion(self.colour_combo.currentData())

    def set_emotion(self, emotion: str | None) -> None:
        """Tint by mood (None) or by one emotion's average strength."""
        if emotion != self.colour_combo.currentData():
            self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(emotion)))
            return  # -> _colour_chosen
        if emotion == self.emotion:
            return
        self.emotion = emotion
        self._update_legend()
        self.refresh()

    def _emotion_label(self) -> str | None:
        return emotion_label(self.emotion) if self.emotion else None

    def _update_legend(self) -> None:
        label = self._emotion_label()
        numbers = self.mode == MONTH
        text = legend_text(label, numbers=numbers)
        self.legend.set_emotion(label, numbers=numbers)
        self.legend_label.setText(text)
        for table in [self.month_table, *self.year_grid.tables]:
            table.setAccessibleDescription(text)  # what the colours mean, for screen readers

    def refresh(self) -> None:
        """Fetch the visible range's figures and key moments (one query each)."""
        since, until = self.visible_range()
        try:
            summaries = self.journal.timeline.day_summaries(
                since, until, include_private=True, emotion=self.emotion
            )
            found = self.journal.timeline.markers(since, until, include_private=True)
        except VaultError as exc:
            self._clear_models()
            self.summary_label.setText(exc.text)
            self.save_state.emit(exc.text)
            return
        markers: defaultdict[date, list[str]] = defaultdict(list)
        for marker in found:
            said = dt(marker.label)  # an untitled moment is named by the core
            if said not in markers[marker.day]:
                markers[marker.day].append(said)
        label = self._emotion_label()
        today = self._today()  # a view left open overnight moves its "today" on
        for model in [self.month_model, *self.year_grid.models]:
            model.today = today
        if self.mode == YEAR:
            self.year_grid.set_data(summaries, dict(markers), self.emotion, label)
        else:
            self.month_model.set_data(summaries, dict(markers), self.emotion, label)
        self.summary_label.setText(self._summary_text(summaries, len(markers)))

    def _summary_text(self, summaries: dict[date, Summary], moments: int) -> str:
        days, name = len(summaries), self._emotion_label()
        if self.mode == YEAR:
            if name is None:
                texts = (
                    self.tr("No mood recorded this year."),
                    self.tr("A mood recorded on {count} day this year."),
                    self.tr("A mood recorded on {count} days this year."),
                )
            else:
                texts = (
                    self.tr("{emotion} not rated this year."),
                    self.tr("{emotion} rated on {count} day this year."),
                    self.tr("{emotion} rated on {count} days this year."),
                )
        elif name is None:
            texts = (
                self.tr("No mood recorded this month."),
                self.tr("A mood recorded on {count} day this month."),
                self.tr("A mood recorded on {count} days this month."),
            )
        else:
            texts = (
                self.tr("{emotion} not rated this month."),
                self.tr("{emotion} rated on {count} day this month."),
                self.tr("{emotion} rated on {count} days this month."),
            )
        none, one, many = texts
        text = (none if days == 0 else one if days == 1 else many).format(
            count=QLocale().toString(days), emotion=name
        )
        if moments:
            text += " " + counted(
                moments,
                self.tr("{count} day with a key moment."),
                self.tr("{count} days with a key moment."),
            )
        return text

    # -- JournalView -----------------------------------------------------------------

    def _clear_models(self) -> None:
        self.month_model.clear_data()
        self.year_grid.clear_data()

    def wipe(self) -> None:
        """Forget every figure and key moment shown (the journal is being locked)."""
        self._clear_models()
        self.summary_label.clear()
        QToolTip.hideText()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Repaint the tints in the other theme's scale."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            for table in [self.month_table, *self.year_grid.tables]:
                table.viewport().update()
            self.legend.update()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
