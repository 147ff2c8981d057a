"""The feelings chart as an image: readable in print, also in black and white."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QImage

from hallpass_journal.reports.chart_image import HEIGHT, SCALE, STYLES, WIDTH, chart_image, ticks
from hallpass_journal.reports.document import ChartData, ChartSeries, KeyEventLine

START = date(2026, 3, 1)


def _series(name: str, label: str, values: list[float]) -> ChartSeries:
    return ChartSeries(
        name, label, tuple((START + timedelta(days=i), v, 1) for i, v in enumerate(values))
    )


def _colours(image: QImage) -> set[str]:
    step = 4  # markers are 13 pixels wide: none is missed
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def _near(found: set[str], wanted: str) -> bool:
    target = QColor(wanted)
    return any(
        abs(QColor(c).red() - target.red())
        + abs(QColor(c).green() - target.green())
        + abs(QColor(c).blue() - target.blue())
        < 12
        for c in found
    )


@pytest.fixture
def chart() -> ChartData:
    return ChartData(
        START,
        START + timedelta(days=29),
        "day",
        (
            _series("mood", "Overall mood", [5, 6, 4, 7, 8] * 6),
            _series("jealousy", "Jealousy", [7, 6, 5, 4, 3] * 6),
            _series("calm", "Calm", [2, 3, 4, 5, 6] * 6),
        ),
        (KeyEventLine(1, START + timedelta(days=14), "The encounter", "The encounter", False),),
    )


def test_the_image_is_drawn_at_twice_its_size(chart: ChartData, qapp: object) -> None:
    image = chart_image(chart)
    assert (image.width(), image.height()) == (WIDTH * SCALE, HEIGHT * SCALE)
    assert image.devicePixelRatio() == SCALE


def test_each_series_is_drawn_in_its_own_style(chart: ChartData, qapp: object) -> None:
    found = _colours(chart_image(chart))
    for style in STYLES[:3]:
        assert _near(found, style.colour), style.colour
    # Not drawn: the fourth style, with no fourth series.
    assert not _near(found, STYLES[3].colour)
    # Line styles and markers differ too, so grey print still tells them apart.
    assert len({(s.dash, s.marker) for s in STYLES}) == len(STYLES)


def test_a_single_point_and_a_long_period_draw(qapp: object) -> None:
    single = ChartData(START, START, "day", (_series("mood", "Overall mood", [5]),), ())
    assert not chart_image(single).isNull()
    years = ChartData(
        START, START + timedelta(days=900), "month", (_series("mood", "Overall mood", [5, 6]),), ()
    )
    assert not chart_image(years).isNull()


def test_the_days_along_the_bottom_are_few_and_round() -> None:
    week = ticks(START, START + timedelta(days=6))
    assert week[0] == (START, "1 Mar") and len(week) == 7
    months = ticks(date(2025, 1, 15), date(2026, 6, 1))
    assert 3 <= len(months) <= 8
    assert all(day.day == 1 for day, _label in months)
    assert months[0][1].endswith("2025")
