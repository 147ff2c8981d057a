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


def _spots(image: QImage, colour: str) -> list[tuple[float, float]]:
    """Where ``colour`` is painted, as shares of the width and height (0 to 1)."""
    target = QColor(colour)
    found = []
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            c = image.pixelColor(x, y)
            distance = (
                abs(c.red() - target.red())
                + abs(c.green() - target.green())
                + abs(c.blue() - target.blue())
            )
            if distance < 40:
                found.append((x / image.width(), y / image.height()))
    return found


#: Above this share of the height is the plot; below it the legend and the day labels.
PLOT_BOTTOM = 0.7


def test_a_single_point_is_drawn_where_it_belongs(qapp: object) -> None:
    single = ChartData(
        START,
        START,
        "day",
        (_series("mood", "Overall mood", [5]), _series("jealousy", "Jealousy", [9])),
        (),
    )
    image = chart_image(single)
    assert (image.width(), image.height()) == (WIDTH * SCALE, HEIGHT * SCALE)
    plotted = [(x, y) for x, y in _spots(image, STYLES[1].colour) if y < PLOT_BOTTOM]
    # One marker at the left edge (the period is one day), high up (9 of 10).
    assert plotted, "the point is not drawn"
    assert all(x < 0.1 for x, _y in plotted)
    assert all(y < 0.3 for _x, y in plotted)


def test_a_long_period_spans_the_width_from_low_to_high(qapp: object) -> None:
    rising = ChartSeries(
        "jealousy", "Jealousy", ((START, 2.0, 1), (START + timedelta(days=900), 8.0, 1))
    )
    years = ChartData(
        START,
        START + timedelta(days=900),
        "month",
        (_series("mood", "Overall mood", [5]), rising),
        (),
    )
    plotted = [(x, y) for x, y in _spots(chart_image(years), STYLES[1].colour) if y < PLOT_BOTTOM]
    left = [y for x, y in plotted if x < 0.15]
    right = [y for x, y in plotted if x > 0.85]
    middle = [y for x, y in plotted if 0.45 < x < 0.55]
    assert left and middle and right, "the line does not cross the whole period"
    # Low on the left (2 of 10), high on the right (8 of 10): lower y is higher up.
    assert max(right) < min(middle) <= max(middle) < min(left)


def test_the_days_along_the_bottom_are_few_and_round() -> None:
    week = ticks(START, START + timedelta(days=6))
    assert week[0] == (START, "1 Mar") and len(week) == 7
    months = ticks(date(2025, 1, 15), date(2026, 6, 1))
    assert 3 <= len(months) <= 8
    assert all(day.day == 1 for day, _label in months)
    assert months[0][1].endswith("2025")
