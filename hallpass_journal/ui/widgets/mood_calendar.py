"""The calendar's month grids: a model per month, how a day is drawn, and the grid view.

A :class:`MonthModel` lays one month out in weeks (the locale's first weekday first)
and answers, for each day, its tint, the average written in it, a tooltip and an
accessible sentence ("Tuesday 3 June: mood 6 of 10 from 2 check-ins; The encounter"),
from data the view fetched once for the whole visible range. A :class:`DayTable` shows
one model, large (the month view) or compact (one of the year view's twelve), and turns
keys into moves between days: arrows by a day or a week, Page Up and Page Down by a
month, Home and End to the month's ends, Enter (or Space) to open the day.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hallpass_journal.ui import theme
from hallpass_journal.ui.widgets.calendar_words import (
    Summary,
    add_months,
    day_sentence,
    day_tooltip,
    month_days,
    value_text,
)
from hallpass_journal.ui.widgets.mood_scale import ink, paint_marker, tint

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
DAY_ROLE = _Role.UserRole + 1  # the date of a cell (None outside the month)
VALUE_ROLE = _Role.UserRole + 2  # the day's average, or None
COUNT_ROLE = _Role.UserRole + 3  # check-ins behind it (0 without data)
MARKERS_ROLE = _Role.UserRole + 4  # labels of the day's key moments
TODAY_ROLE = _Role.UserRole + 5


class MonthModel(QAbstractTableModel):
    """One month in weeks; each cell a day (or empty, before the 1st and after the end)."""

    def __init__(
        self, parent: Any = None, *, weeks: int | None = None, narrow_names: bool = False
    ) -> None:
        """``weeks``: always this many rows (the year view's months line up), else as needed.

        ``narrow_names``: one-letter weekday names above the columns (the year view).
        """
        super().__init__(parent)
        self._weeks = weeks
        self._name_format = (
            QLocale.FormatType.NarrowFormat if narrow_names else QLocale.FormatType.ShortFormat
        )
        self._cells: list[date | None] = []
        self.first_weekday = QLocale().firstDayOfWeek().value  # 1 = Monday … 7 = Sunday
        self.year = self.month = 0
        self.today = date.today()
        self._summaries: Mapping[date, Summary] = {}
        self._markers: Mapping[date, Sequence[str]] = {}
        #: None for mood, else the emotion whose intensity tints the days.
        self.emotion: str | None = None
        self.emotion_label: str | None = None

    # -- content ---------------------------------------------------------------------

    def set_month(self, year: int, month: int, *, today: date | None = None) -> None:
        """Lay out another month (its data comes with :meth:`set_data`)."""
        self.beginResetModel()
        self.year, self.month = year, month
        self.today = today or date.today()
        first, last = month_days(year, month)
        lead = (first.isoweekday() - self.first_weekday) % 7
        cells: list[date | None] = [None] * lead
        cells += [first + timedelta(days=i) for i in range(last.day)]
        rows = max(self._weeks or 0, -(-len(cells) // 7))
        self._cells = cells + [None] * (rows * 7 - len(cells))
        self._summaries, self._markers = {}, {}
        self.endResetModel()

    def set_data(
        self,
        summaries: Mapping[date, Summary],
        markers: Mapping[date, Sequence[str]],
        emotion: str | None = None,
        emotion_label: str | None = None,
    ) -> None:
        """The figures and key moments of the days (the view's one query for its range)."""
        self._summaries, self._markers = summaries, markers
        self.emotion, self.emotion_label = emotion, emotion_label
        if self._cells:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6), [])

    def clear_data(self) -> None:
        """Forget every figure and key moment (the journal is being locked)."""
        self.set_data({}, {}, None, None)

    def day_at(self, index: _Index) -> date | None:
        """The day in a cell (None for the empty cells around the month)."""
        if not index.isValid():
            return None
        pos = index.row() * 7 + index.column()
        return self._cells[pos] if 0 <= pos < len(self._cells) else None

    def index_of(self, day: date) -> QModelIndex:
        """The cell of a day of this month (invalid for other days)."""
        if (day.year, day.month) != (self.year, self.month) or not self._cells:
            return QModelIndex()
        pos = self._cells.index(day)
        return self.index(pos // 7, pos % 7)

    def days(self) -> list[date]:
        """Every day of the month, in order."""
        return [d for d in self._cells if d is not None]

    def summary(self, day: date) -> Summary | None:
        """The day's (average, check-ins), or None without data."""
        return self._summaries.get(day)

    def markers(self, day: date) -> Sequence[str]:
        """The labels of the day's key moments."""
        return self._markers.get(day, ())

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Weeks shown."""
        return 0 if parent.isValid() else len(self._cells) // 7

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Seven days a week."""
        return 0 if parent.isValid() else 7

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Days are enabled and selectable; the empty cells are nothing."""
        if self.day_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def weekday(self, column: int) -> int:
        """The ISO weekday (1 = Monday) of a column."""
        return (self.first_weekday - 1 + column) % 7 + 1

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole
    ) -> Any:
        """Weekday names above the columns (short; the full name for screen readers)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        locale = QLocale()
        if role == _Role.DisplayRole:
            name = locale.dayName(self.weekday(section), self._name_format)
            if name.isdigit():  # some locales (C) number the days in their narrow form
                name = locale.dayName(self.weekday(section), QLocale.FormatType.ShortFormat)[:2]
            return name
        if role == _Role.ForegroundRole:
            return QColor(theme.colors().muted)
        if role in (_Role.ToolTipRole, _Role.AccessibleTextRole):
            return locale.dayName(self.weekday(section), QLocale.FormatType.LongFormat)
        return None

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        """A day's number, figure, colours, tooltip and accessible text."""
        day = self.day_at(index)
        if day is None:
            return None
        summary = self._summaries.get(day)
        if role == _Role.DisplayRole:
            return str(day.day)
        if role == DAY_ROLE:
            return day
        if role == VALUE_ROLE:
            return summary[0] if summary else None
        if role == COUNT_ROLE:
            return summary[1] if summary else 0
        if role == MARKERS_ROLE:
            return list(self._markers.get(day, ()))
        if role == TODAY_ROLE:
            return day == self.today
        if role == _Role.BackgroundRole:
            return tint(summary[0], emotion=self.emotion is not None) if summary else None
        if role == _Role.ForegroundRole:
            background = self.data(index, _Role.BackgroundRole)
            return ink(background) if background is not None else QColor(theme.colors().text)
        if role == _Role.ToolTipRole:
            return day_tooltip(day, summary, self.emotion_label, self.markers(day))
        if role == _Role.AccessibleTextRole:
            return day_sentence(
                day, summary, self.emotion_label, self.markers(day), today=day == self.today
            )
        return None


class DayDelegate(QStyledItemDelegate):
    """Draws a day: its tint (or a plain cell), its number, its average, a marker, focus."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        """Room for a day number (compact) or a number and an average."""
        height = option.fontMetrics.height()
        if self.compact:
            return QSize(height + 8, height + 4)
        return QSize(height * 3, height * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Paint one day (nothing for the empty cells around the month)."""
        day = index.data(DAY_ROLE)
        if day is None:
            return
        c = theme.colors()
        background = index.data(_Role.BackgroundRole)
        foreground = QColor(index.data(_Role.ForegroundRole))
        gap = 1 if self.compact else 3
        rect = QRectF(option.rect).adjusted(gap, gap, -gap, -gap)
        radius = 3 if self.compact else 6
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if background is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(rect, radius, radius)
        elif not self.compact:
            painter.setPen(QPen(QColor(c.border), 1))
            painter.setBrush(QColor(c.base))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        font = QFont(option.font)
        if index.data(TODAY_ROLE):
            font.setBold(True)
            font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(foreground)
        marked = bool(index.data(MARKERS_ROLE))
        if self.compact:
            # A marked day's number steps aside for its diamond, so neither touches.
            text_rect = rect.adjusted(0, 0, -7, 0) if marked else rect
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, index.data(_Role.DisplayRole))
        else:
            self._paint_full(painter, rect, index, option, foreground)
        if marked:
            if self.compact:
                size = 3.0
                centre = QPointF(rect.right() - size - 1.5, rect.top() + size + 1.5)
            else:
                size = max(4.0, option.fontMetrics.height() / 3.2)
                centre = QPointF(rect.right() - size - 6, rect.top() + size + 6)
            paint_marker(painter, centre, size, foreground)
        if option.state & QStyle.StateFlag.State_HasFocus:
            ring = QRectF(option.rect).adjusted(1, 1, -1, -1)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(c.focus), 2))
            painter.drawRoundedRect(ring, radius + 1, radius + 1)
            painter.setPen(QPen(QColor(c.base), 1))
            painter.drawRoundedRect(ring.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        painter.restore()

    @staticmethod
    def _paint_full(
        painter: QPainter,
        rect: QRectF,
        index: _Index,
        option: QStyleOptionViewItem,
        foreground: QColor,
    ) -> None:
        pad = 6.0
        inner = rect.adjusted(pad, pad - 2, -pad, -pad + 2)
        align = Qt.AlignmentFlag
        painter.drawText(inner, align.AlignLeft | align.AlignTop, index.data(_Role.DisplayRole))
        value = index.data(VALUE_ROLE)
        if value is None:
            return
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        small.setBold(False)
        small.setUnderline(False)
        painter.setFont(small)
        painter.setPen(foreground)
        painter.drawText(inner, align.AlignRight | align.AlignBottom, value_text(value))


class DayTable(QTableView):
    """One month's grid; keys move between days, Enter or a click opens one."""

    #: Move the cursor to this day (it may lie in another month).
    move_requested = Signal(object)
    #: Open this day (clicked, or Enter on it).
    day_activated = Signal(object)

    def __init__(
        self, model: MonthModel, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.compact = compact
        self._month_model = model  # kept: the wipe on lock takes the view's model away
        self.setModel(model)
        self.delegate = DayDelegate(self, compact=compact)
        self.setItemDelegate(self.delegate)
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        # The days sit on the page itself; weekday names are quiet column titles. No
        # colours here: text keeps the palette's, so both themes follow.
        self.setStyleSheet(
            "QTableView { background: transparent; }"
            "QHeaderView { background: transparent; }"
            "QHeaderView::section { background: transparent; border: none; padding: 2px 0; }"
        )
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.verticalHeader().hide()
        head = self.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        head.setSectionsClickable(False)
        head.setHighlightSections(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        head.setMinimumSectionSize(10)
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(10)
        if compact:
            small = self.font()
            small.setPointSizeF(small.pointSizeF() * 0.88)
            self.setFont(small)
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(self.smallest_row_height())
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.clicked.connect(self._clicked)

    def month_model(self) -> MonthModel:
        """The month shown."""
        return self._month_model

    def smallest_row_height(self) -> int:
        """The height of a compact week at its smallest: the day numbers and a little air."""
        return self.fontMetrics().height() + 3

    def set_row_height(self, height: int) -> None:
        """Give a compact month's weeks this height (the year view fits its page)."""
        rows = self.verticalHeader()
        if rows.defaultSectionSize() != height:
            rows.setDefaultSectionSize(height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Compact: exactly its weeks under the weekday names; large: a comfortable month."""
        head = self.horizontalHeader().sizeHint().height()
        if self.compact:
            rows = self.month_model().rowCount()
            cell = self.verticalHeader().defaultSectionSize()
            return QSize(7 * (cell + 6), head + rows * cell + 2)
        line = self.fontMetrics().height()
        return QSize(7 * line * 4, head + 6 * line * 3)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Compact months keep their height; the large grid can shrink to small cells."""
        if self.compact:
            cell = self.fontMetrics().horizontalAdvance("28") + 11
            return QSize(7 * cell, self.sizeHint().height())
        line = self.fontMetrics().height()
        head = self.horizontalHeader().sizeHint().height()
        return QSize(7 * line * 2, head + 6 * (line * 2 + 2))

    def current_day(self) -> date | None:
        """The day the keyboard is on."""
        return self.month_model().day_at(self.currentIndex())

    def show_day(self, day: date) -> bool:
        """Put the cursor on a day of this month (False: not one of its days)."""
        index = self.month_model().index_of(day)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        day = self.month_model().day_at(index)
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Arrows, Page Up/Down, Home/End move between days; Enter or Space opens one."""
        day = self.current_day()
        model = self.month_model()
        if day is None and model.days():
            day = model.days()[0]
        if day is None:
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        keys = Qt.Key
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        steps: dict[Qt.Key, int] = {
            keys.Key_Left: 1 if rtl else -1,
            keys.Key_Right: -1 if rtl else 1,
            keys.Key_Up: -7,
            keys.Key_Down: 7,
        }
        months = 12 if event.modifiers() & Qt.KeyboardModifier.ControlModifier else 1
        target: date | None = None
        if key in steps:
            target = day + timedelta(days=steps[key])
        elif key == keys.Key_PageUp:
            target = add_months(day, -months)
        elif key == keys.Key_PageDown:
            target = add_months(day, months)
        elif key == keys.Key_Home:
            target = day.replace(day=1)
        elif key == keys.Key_End:
            target = month_days(day.year, day.month)[1]
        elif key in (keys.Key_Return, keys.Key_Enter, keys.Key_Space):
            event.accept()
            self.day_activated.emit(day)
            return
        if target is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.move_requested.emit(target)
