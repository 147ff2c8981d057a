"""The year view: twelve compact months, as many side by side as the width allows.

Only the month holding the cursor is a Tab stop (the others take focus by click), so Tab
passes the year in one step; arrows carry the cursor from one month into the next.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from hallpass_journal.ui.widgets.calendar_words import Summary
from hallpass_journal.ui.widgets.mood_calendar import DayTable, MonthModel
from hallpass_journal.ui.widgets.page_parts import link_button

COLUMN_CHOICES = (6, 4, 3, 2)  # months per row: always whole rows
SPACING = 14


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


translate = QCoreApplication.translate


class YearGrid(QWidget):
    """Twelve :class:`DayTable` months of one year under their names."""

    #: The name of a month was clicked: show it as a month (1-12).
    month_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = 0
        self.models = [MonthModel(self, weeks=6, narrow_names=True) for _ in range(12)]
        self.tables: list[DayTable] = []
        self.titles = []
        self.panels: list[QWidget] = []
        locale = QLocale()
        for month, model in enumerate(self.models, start=1):
            panel = QWidget(self)
            box = QVBoxLayout(panel)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            title = link_button(name, panel)
            title.setAccessibleName(
                translate("Calendar", "Show {month} as a month").format(month=name)
            )
            title.setToolTip(translate("Calendar", "Show {month} as a month").format(month=name))
            title.clicked.connect(lambda _=False, m=month: self.month_chosen.emit(m))
            table = DayTable(model, panel, compact=True)
            table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            box.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
            box.addWidget(table)
            box.addStretch(1)
            self.titles.append(title)
            self.tables.append(table)
            self.panels.append(panel)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(SPACING)
        self._grid.setVerticalSpacing(6)
        self.columns = 0
        self._viewport: QWidget | None = None
        self._place(4)

    def _panel_width(self) -> int:
        return self.tables[0].minimumSizeHint().width() + 4

    def columns_for(self, width: int) -> int:
        """How many months fit side by side in ``width`` pixels."""
        need = self._panel_width()
        for columns in COLUMN_CHOICES:
            if columns * need + (columns - 1) * SPACING <= width:
                return columns
        return COLUMN_CHOICES[-1]

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for panel in self.panels:
            self._grid.removeWidget(panel)
        for column in range(max(COLUMN_CHOICES)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for i, panel in enumerate(self.panels):
            self._grid.addWidget(panel, i // columns, i % columns)
        # Tab order follows reading order: row by row.
        for first, second in zip(self.tables, self.tables[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Reflow the months for the new width."""
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))

    def follow(self, scroll: QScrollArea) -> None:
        """Fit the months to the scroll area showing them, whenever it changes size."""
        # Its viewport: by the time it is resized the scroll area knows its new size.
        self._viewport = scroll.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The page showing the year was resized: fit the year to it."""
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit(self._viewport.width(), self._viewport.height())
        return False

    def fit(self, width: int, height: int) -> None:
        """Place the months for a page of this size, with taller weeks where there is room.

        In a small window the weeks keep their smallest height and the page scrolls; in a
        large one they grow (up to about one and a half times) instead of leaving gaps.
        """
        columns = self.columns_for(width)
        self._place(columns)
        rows = -(-len(self.panels) // columns)
        table = self.tables[0]
        smallest = table.smallest_row_height()
        fixed = self.titles[0].sizeHint().height() + table.horizontalHeader().sizeHint().height()
        per_panel = (height - (rows - 1) * self._grid.verticalSpacing()) / rows
        row = int((per_panel - fixed - 4) / 6)
        row = max(smallest, min(row, round(smallest * 1.6)))
        for table in self.tables:
            table.set_row_height(row)

    def minimumSizeHint(self):  # noqa: ANN201, D102, N802 - Qt API
        hint = super().minimumSizeHint()
        hint.setWidth(2 * self._panel_width() + SPACING)
        return hint

    # -- content ---------------------------------------------------------------------

    def set_year(self, year: int, today: date) -> None:
        """Lay out the twelve months of ``year``."""
        self.year = year
        locale = QLocale()
        for month, (model, table) in enumerate(zip(self.models, self.tables, strict=True), 1):
            model.set_month(year, month, today=today)
            name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            table.setAccessibleName(f"{name} {year}")

    def set_data(
        self,
        summaries: Mapping[date, Summary],
        markers: Mapping[date, Sequence[str]],
        emotion: str | None,
        emotion_label: str | None,
    ) -> None:
        """Every month's figures and key moments, from the one query for the year."""
        for model in self.models:
            model.set_data(summaries, markers, emotion, emotion_label)

    def clear_data(self) -> None:
        """Forget every figure and key moment."""
        for model in self.models:
            model.clear_data()

    def table_for(self, month: int) -> DayTable:
        """The grid of one month (1-12)."""
        return self.tables[month - 1]

    def set_current_month(self, month: int) -> DayTable:
        """Make ``month`` the year's one Tab stop; return its grid."""
        for i, table in enumerate(self.tables, start=1):
            table.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if i == month else Qt.FocusPolicy.ClickFocus
            )
        return self.table_for(month)
