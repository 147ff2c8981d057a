"""The chart's date axis, with month and day names in the person's language.

pyqtgraph writes its ticks with ``strftime``, whose month names ("Oct") follow the C
library's locale, not the language the app shows. Ticks naming a month or a weekday are
written here with :class:`QLocale` instead; every other tick (years, days of the month,
times) is pyqtgraph's own.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale

from hallpass_journal.ui.feelings.pg import pg

#: pyqtgraph's tick formats that hold words -> the same in Qt's date format.
_WORDED = {"%b": "MMM", "%a %d": "ddd dd"}


class LocalDateAxis(pg.DateAxisItem):
    """A date axis in the person's words (UTC offset 0: the chart's x is a UTC midnight)."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)

    def tickStrings(  # noqa: N802 - pyqtgraph API
        self, values: list[float], scale: float, spacing: float
    ) -> list[str]:
        """Month and weekday ticks from :class:`QLocale`; the rest as pyqtgraph writes them."""
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        fmt = _WORDED.get(spec.format) if spec is not None else None
        if fmt is None:
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        strings = []
        for value in values:
            try:
                day = datetime.fromtimestamp(value, UTC).date()
            except (OverflowError, ValueError, OSError):
                strings.append("")
                continue
            strings.append(locale.toString(QDate(day.year, day.month, day.day), fmt))
        return strings
