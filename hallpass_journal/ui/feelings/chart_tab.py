"""The chart tab: the controls column, the chart, and a friendly word when it is empty.

Data come from ``journal.timeline`` with ``include_private=True``: this is the person's
own view of all their feelings. Averages per bucket are computed in SQL; only the moving
average (a handful of buckets per point) is worked out here.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.evaluation import MOOD, Marker
from hallpass_journal.domain.vocabulary import EMOTIONS
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import theme
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.feelings.chart import ChartSeries, FeelingsChart
from hallpass_journal.ui.feelings.chart_controls import ChartControls
from hallpass_journal.ui.feelings.colours import SeriesStyle, Slots, emotion_style, mood_style
from hallpass_journal.ui.feelings.series import (
    Bucket,
    bucket_days,
    day_x,
    moving_average,
)
from hallpass_journal.ui.feelings.series_picker import mood_label
from hallpass_journal.ui.widgets.emotion_picker import emotion_label
from hallpass_journal.ui.widgets.page_parts import link_button

CONTROLS_WIDTH = 240


class ChartTab(QWidget):
    """Feelings over time, drawn."""

    #: A problem reading the journal, for the status bar.
    problem = Signal(str)
    #: The chart (or the empty word) was drawn again (tests wait on this).
    drawn = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.today = date.today
        self._slots = Slots()
        self._last_range: tuple[date | None, date | None, str] | None = None

        self.controls = ChartControls(self)
        self.controls.changed.connect(self.refresh)
        self.picker = self.controls.picker
        scroll = QScrollArea(self)
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(CONTROLS_WIDTH)

        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.setSpacing(4)
        top = QHBoxLayout()
        self.hint = QLabel(
            self.tr("Scroll to zoom, drag to move along the dates. Click a name to hide its line."),
            right,
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.reset_button = QPushButton(self.tr("Reset view"), right)
        self.reset_button.setAccessibleName(self.tr("Reset the chart's view"))
        self.reset_button.setAutoDefault(False)
        top.addWidget(self.hint, 1)
        top.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        right_box.addLayout(top)
        self.stack = QStackedWidget(right)
        self.chart = FeelingsChart(self.stack)
        self.reset_button.clicked.connect(self.chart.reset_view)
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self._build_empty(self.stack))
        right_box.addWidget(self.stack, 1)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(16)
        row.addWidget(scroll)
        row.addWidget(right, 1)
        QWidget.setTabOrder(self.controls.picker, self.reset_button)

    def _build_empty(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.empty_title = QLabel(page)
        self.empty_title.setWordWrap(True)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_title.setFont(font)
        self.empty_note = QLabel(page)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_note.setProperty("role", "muted")
        self.show_all_button = link_button(self.tr("Show all dates"), page)
        self.show_all_button.clicked.connect(lambda: self.controls.set_preset("all"))
        box.addWidget(self.empty_title)
        box.addWidget(self.empty_note)
        box.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return page

    # -- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the chosen dates' feelings and draw them."""
        try:
            self._load()
        except VaultError as exc:
            self.problem.emit(exc.text)
        self.drawn.emit()

    def _load(self) -> None:
        timeline = self.journal.timeline
        since, until = self.controls.date_range(self.today())
        resolution = self.controls.resolution()
        averages = timeline.emotion_average(
            list(EMOTIONS), since or date.min, until or date.max, include_private=True
        )
        counts = {name: n for name, (_mean, n) in averages.items()}
        mood_count = sum(
            n for _d, _m, n in timeline.mood_series(since, until, "month", include_private=True)
        )
        self.picker.set_counts(counts, mood_count)
        if not any(counts.values()) and not mood_count:
            self._show_empty(self._has_any_elsewhere(since, until))
            return
        emotions = self.picker.chosen_emotions()
        slots = self._slots.assign(emotions)
        by_emotion = (
            timeline.emotion_series(emotions, since, until, resolution, include_private=True)
            if emotions
            else {}
        )
        wanted: list[tuple[str, str, SeriesStyle, list[Bucket]]] = []
        if self.picker.mood_chosen():
            mood = timeline.mood_series(since, until, resolution, include_private=True)
            wanted.append((MOOD, mood_label(), mood_style(theme.colors()), mood))
        for name in emotions:
            style = emotion_style(slots[name], theme.colors())
            wanted.append((name, emotion_label(name), style, by_emotion.get(name, [])))
        window = self.controls.smoothing()
        series = [
            ChartSeries(
                name=name,
                label=label,
                style=style,
                resolution=resolution,
                buckets=list(buckets),
                smoothed=moving_average(buckets, resolution, window) if window else None,
                smoothing_label=self.controls.smoothing_label(),
            )
            for name, label, style, buckets in wanted
            if buckets
        ]
        if not series:
            self._show_nothing_chosen()
            return
        markers = [  # a moment without a title is named by the core: in the person's words
            dataclasses.replace(m, label=dt(m.label))
            for m in timeline.markers(since, until, include_private=True)
        ]
        first, last = self._extent(since, until, series, markers)
        if since is None:
            self.controls.show_dates(first, last)
        elif self.controls.preset() != "custom":
            self.controls.show_dates(since, until or last)
        key = (since, until, resolution)
        keep = self._last_range == key and self.stack.currentWidget() is self.chart
        kept_view = self.chart.x_range() if keep else None
        hidden = [name for name, d in self.chart.drawn.items() if not d.line.isVisible()]
        self.chart.set_data(series, markers, (day_x(first), day_x(last + timedelta(days=1))))
        if kept_view is not None:  # a new check-in elsewhere: stay where the person was
            self.chart.view_box.setXRange(*kept_view, padding=0)
            for name in hidden:
                self.chart.set_series_shown(name, False)
        self._last_range = key
        self._describe(series, first, last)
        self._show_page(0)

    def _show_page(self, index: int) -> None:
        """The chart (0) or the empty word (1); the chart's hint and button go with it."""
        self.stack.setCurrentIndex(index)
        self.hint.setVisible(index == 0)
        self.reset_button.setVisible(index == 0)

    def _extent(
        self,
        since: date | None,
        until: date | None,
        series: list[ChartSeries],
        markers: list[Marker],
    ) -> tuple[date, date]:
        """The first and last day to show: the chosen dates, or the data's own."""
        starts = [b[0] for s in series for b in s.buckets]
        ends = [
            b[0] + timedelta(days=bucket_days(b[0], s.resolution) - 1)
            for s in series
            for b in s.buckets
        ]
        days = [m.day for m in markers]
        first = since or min(starts + days)
        last = until or max(ends + days)
        return first, last

    def _has_any_elsewhere(self, since: date | None, until: date | None) -> bool:
        if since is None and until is None:
            return False
        averages = self.journal.timeline.emotion_average(
            list(EMOTIONS), date.min, date.max, include_private=True
        )
        if any(n for _mean, n in averages.values()):
            return True
        return bool(self.journal.timeline.mood_series(None, None, "month", include_private=True))

    def _show_empty(self, elsewhere: bool) -> None:
        self.chart.clear()
        self._last_range = None
        if elsewhere:
            self.empty_title.setText(self.tr("No check-ins rated a feeling in these dates."))
            self.empty_note.setText(
                self.tr("Other dates have some: choose wider dates, or show them all.")
            )
        else:
            self.empty_title.setText(
                self.tr("Your feelings will show here once you have a few check-ins.")
            )
            self.empty_note.setText(
                self.tr(
                    "A check-in on Home takes a minute: name a feeling, say how strong it "
                    "is, and it appears here over the days."
                )
            )
        self.show_all_button.setVisible(elsewhere)
        self._show_page(1)

    def _show_nothing_chosen(self) -> None:
        self.chart.clear()
        self._last_range = None
        self.empty_title.setText(self.tr("Nothing chosen to draw."))
        self.empty_note.setText(self.tr("Tick overall mood or a feeling in the list to draw it."))
        self.show_all_button.hide()
        self._show_page(1)

    def _describe(self, series: list[ChartSeries], first: date, last: date) -> None:
        names = ", ".join(s.label for s in series)
        self.chart.plot_widget.setAccessibleName(
            self.tr("Chart of {names} from {first} to {last}").format(
                names=names, first=first.isoformat(), last=last.isoformat()
            )
        )

    # -- theme and locking -------------------------------------------------------------

    def apply_theme(self) -> None:
        """Redraw in the current theme's colours."""
        c = theme.colors()
        slots = self._slots.assign(self.picker.chosen_emotions())
        styles = {
            name: (mood_style(c) if name == MOOD else emotion_style(slots.get(name, 0), c))
            for name in self.chart.drawn
        }
        self.chart.apply_theme(c, styles)

    def wipe(self) -> None:
        """Forget every feeling drawn or listed (the journal is being locked)."""
        self.chart.clear()
        self.chart.plot_widget.setAccessibleName("")
        self.picker.forget()
        self._slots.clear()
        self._last_range = None
        self.empty_title.clear()
        self.empty_note.clear()
