"""Before and after: how feelings compare in the days either side of a moment.

Pick a moment (a key event, an agreement's version or change, a pause or a debrief, a
healing step, the start of repair, or any day) and window lengths (a week, a month,
three months unless changed).
For each window a table gives overall mood and every feeling rated: the change in words
first — those are what to read — then the averages before and after with the number of
check-ins behind them, and the change in points (to 2 decimals, the same figures as
``hallpass-journal evaluate``). Where either side has fewer than three
check-ins the table says so and shows no average: a number from one or two check-ins
would look surer than it is. The figures come from ``journal.evaluation`` (in SQL), with
the person's private entries included: this is their own view.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.evaluation import (
    DEFAULT_WINDOWS,
    MAX_WINDOW_DAYS,
    MIN_CHECK_INS,
    MOOD,
    TOO_FEW,
    Anchor,
    Evaluation,
    SeriesResult,
    WindowResult,
    chosen_day,
    window_bounds,
)
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.feelings.evaluate_text import (
    change_text,
    day_text,
    direction_words,
    qdate,
    rows_to_show,
    stat_text,
    window_words,
)
from hallpass_journal.ui.feelings.series_picker import mood_label
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.emotion_picker import emotion_label

A_DATE = "date"  # the anchor choice "A date…"
RECALC_MS = 250
COLUMNS = 5


class EvaluatePanel(QWidget):
    """Pick a moment and windows; read how feelings compare either side of it."""

    #: A problem reading the journal, for the status bar.
    problem = Signal(str)
    #: The tables were filled again (tests wait on this).
    evaluated = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._loading = False
        self.evaluation: Evaluation | None = None
        self.tables: list[QTableWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECALC_MS)
        self._timer.timeout.connect(self.evaluate)
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        anchor_label = QLabel(self.tr("&Around"), self)
        self.anchor_combo = QComboBox(self)
        self.anchor_combo.setAccessibleName(self.tr("The moment to look either side of"))
        self.anchor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.anchor_combo.setMinimumContentsLength(24)
        self.anchor_combo.currentIndexChanged.connect(self._on_anchor_changed)
        anchor_label.setBuddy(self.anchor_combo)
        self.date_edit = DateField(None, self)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("The day to look either side of"))
        self.date_edit.dateChanged.connect(self._schedule)
        self.date_edit.hide()
        row.addWidget(anchor_label)
        row.addWidget(self.anchor_combo)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        outer.addLayout(row)

        windows = QHBoxLayout()
        windows.setSpacing(8)
        windows_label = QLabel(self.tr("Days either side"), self)
        windows.addWidget(windows_label)
        self.window_spins: list[QSpinBox] = []
        for number, days in enumerate(DEFAULT_WINDOWS, start=1):
            spin = QSpinBox(self)
            spin.setRange(1, MAX_WINDOW_DAYS)
            spin.setValue(days)
            spin.setSuffix(self.tr(" days"))
            spin.setAccessibleName(self.tr("Window {n}, in days").format(n=number))
            spin.valueChanged.connect(self._schedule)
            windows.addWidget(spin)
            self.window_spins.append(spin)
        windows_label.setBuddy(self.window_spins[0])
        windows.addStretch(1)
        outer.addLayout(windows)

        self.note = QLabel(
            self.tr(
                "Each figure is the average of the check-ins that rated that feeling in "
                "those days (0 to 10); a check-in that did not rate it does not count as "
                "zero. The moment's own day is in neither window. Changes under 1 point "
                "are called about the same, and with fewer than {n} check-ins on a side "
                "there is too little to tell."
            ).format(n=MIN_CHECK_INS),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.setMaximumWidth(self.note.fontMetrics().averageCharWidth() * 110)
        outer.addWidget(self.note)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        outer.addWidget(self.heading)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll_area)
        self.body_box = QVBoxLayout(self.body)
        self.body_box.setContentsMargins(0, 0, 8, 0)
        self.body_box.setSpacing(6)
        self.body_box.addStretch(1)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.hide()
        outer.addWidget(self.empty)

    # -- anchors ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the moments to choose from (keeping the one chosen) and evaluate."""
        current = self.anchor_combo.currentData()
        try:
            anchors = self.journal.evaluation.anchors(include_private=True)
        except VaultError as exc:
            self.problem.emit(exc.text)
            return
        self._loading = True
        try:
            self.anchor_combo.clear()
            for anchor in anchors:
                text = self.tr("{label} ({date})").format(
                    label=dt(anchor.label), date=day_text(anchor.day)
                )
                self.anchor_combo.addItem(text, anchor)
            self.anchor_combo.addItem(self.tr("A date…"), A_DATE)
            index = self._index_of(current) if current is not None else -1
            self.anchor_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        self._on_anchor_changed()

    def _index_of(self, wanted: object) -> int:
        for index in range(self.anchor_combo.count()):
            data = self.anchor_combo.itemData(index)
            if data == wanted or (
                isinstance(data, Anchor)
                and isinstance(wanted, Anchor)
                and data.uuid is not None
                and data.uuid == wanted.uuid
            ):
                return index
        return -1

    def select(self, argument: str) -> bool:
        """Choose the moment with this UUID, or the day in ISO form; False if unknown."""
        try:
            wanted = uuid_mod.UUID(argument)
        except ValueError:
            try:
                day = date.fromisoformat(argument)
            except ValueError:
                return False
            self._loading = True
            try:
                self.anchor_combo.setCurrentIndex(self.anchor_combo.findData(A_DATE))
                self.date_edit.setDate(qdate(day))
            finally:
                self._loading = False
            self._on_anchor_changed()
            return True
        for index in range(self.anchor_combo.count()):
            data = self.anchor_combo.itemData(index)
            if isinstance(data, Anchor) and data.uuid == wanted:
                self.anchor_combo.setCurrentIndex(index)
                self.evaluate()
                return True
        return False

    def current_anchor(self) -> Anchor | None:
        """The moment chosen (a chosen day for "A date…")."""
        data = self.anchor_combo.currentData()
        if data == A_DATE:
            picked = self.date_edit.date()
            return chosen_day(date(picked.year(), picked.month(), picked.day()))
        return data if isinstance(data, Anchor) else None

    def windows(self) -> tuple[int, ...]:
        """The window lengths chosen, in days (sorted, each once)."""
        return tuple(sorted({spin.value() for spin in self.window_spins}))

    def _on_anchor_changed(self) -> None:
        self.date_edit.setVisible(self.anchor_combo.currentData() == A_DATE)
        if not self._loading:
            self.evaluate()

    def _schedule(self) -> None:
        if not self._loading:
            self._timer.start()

    # -- the comparison --------------------------------------------------------------

    def evaluate(self) -> None:
        """Compare the chosen moment's before and after, and show the tables."""
        self._timer.stop()
        anchor = self.current_anchor()
        if anchor is None:
            return
        try:
            evaluation = self.journal.evaluation.evaluate(
                anchor, self.windows(), include_private=True
            )
        except VaultError as exc:
            self.problem.emit(exc.text)
            return
        self.show_evaluation(evaluation)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Fill the heading and one table per window."""
        self.evaluation = evaluation
        self._clear_tables()
        anchor = evaluation.anchor
        label = dt(anchor.label) if anchor.uuid is not None else self.tr("The chosen day")
        self.heading.setText(
            self.tr("{label}, {date}").format(
                label=label, date=day_text(anchor.day, "dddd d MMMM yyyy")
            )
        )
        rated = any(s.before.n or s.after.n for w in evaluation.windows for s in w.series)
        self.empty.setVisible(not rated)
        self.empty.setText(
            ""
            if rated
            else self.tr(
                "No check-ins in these days, before or after. Try longer windows or another moment."
            )
        )
        at = 0
        for window in evaluation.windows:
            shown, unrated = rows_to_show(window.series)
            parts: list[QWidget] = [self._window_title(anchor.day, window)]
            table = self._table(window.days, shown)
            parts.append(table)
            self.tables.append(table)
            if unrated:
                names = ", ".join(emotion_label(s.name) for s in unrated)
                rest = QLabel(
                    self.tr("Not rated in these days: {names}.").format(names=names), self.body
                )
                rest.setWordWrap(True)
                rest.setProperty("role", "muted")
                parts.append(rest)
            for part in parts:
                align = Qt.AlignmentFlag.AlignLeft if part is table else Qt.AlignmentFlag(0)
                self.body_box.insertWidget(at, part, 0, align)
                part.show()  # now, not when the layout gets round to it
                at += 1
        self.evaluated.emit()

    def _window_title(self, day: date, window: WindowResult) -> QLabel:
        (b0, b1), (a0, a1) = window_bounds(day, window.days)
        text = self.tr("{length} before and after: {b0} – {b1}, then {a0} – {a1}").format(
            length=window_words(window.days),
            b0=day_text(b0, "d MMM"),
            b1=day_text(b1, "d MMM yyyy"),
            a0=day_text(a0, "d MMM"),
            a1=day_text(a1, "d MMM yyyy"),
        )
        title = QLabel(text, self.body)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setContentsMargins(0, 8, 0, 0)
        return title

    def _table(self, days: int, series: list[SeriesResult]) -> QTableWidget:
        table = QTableWidget(len(series), COLUMNS, self.body)
        table.setAccessibleName(
            self.tr("{length} before and after").format(length=window_words(days))
        )
        table.setHorizontalHeaderLabels(
            [
                self.tr("Feeling"),
                self.tr("In words"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Change"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, result in enumerate(series):
            self._fill_row(table, row, result)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        height = header.height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)
        # As wide as its columns: the numbers stay beside their names.
        width = sum(header.sectionSize(c) for c in range(COLUMNS))
        table.setFixedWidth(width + 2 * table.frameWidth())
        return table

    def _fill_row(self, table: QTableWidget, row: int, result: SeriesResult) -> None:
        name = mood_label() if result.name == MOOD else emotion_label(result.name)
        words = direction_words(result.direction)
        cells = [
            name,
            words,
            stat_text(result.before),
            stat_text(result.after),
            change_text(result.change),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 1 and result.direction != TOO_FEW:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if column == 1 and result.direction == TOO_FEW:
                item.setForeground(self.palette().placeholderText())
            table.setItem(row, column, item)

    def _clear_tables(self) -> None:
        while self.body_box.count() > 1:  # the stretch stays last
            item = self.body_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                if isinstance(widget, QTableWidget):
                    widget.clear()
                else:
                    widget.setProperty("text", "")
                widget.hide()
                widget.deleteLater()
        self.tables = []

    def wipe(self) -> None:
        """Forget the moments and figures shown (the journal is being locked)."""
        self._timer.stop()
        self._clear_tables()
        self.evaluation = None
        self._loading = True
        try:
            self.anchor_combo.clear()
        finally:
            self._loading = False
        self.heading.clear()
        self.empty.clear()
