"""The feelings chart (issue 8, item 3): real journal, real widgets, plotted data checked."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import theme
from hallpass_journal.ui.feelings import colours
from hallpass_journal.ui.feelings.chart_labels import LabelSpot, Placed, place_labels
from hallpass_journal.ui.feelings.series import (
    Smoothed,
    bucket_x,
    event_x,
    moving_average,
    preset_range,
)
from hallpass_journal.ui.theme import DARK, LIGHT, contrast_ratio

pg = pytest.importorskip("pyqtgraph")

from hallpass_journal.ui.feelings.chart import FeelingsChart, shorten  # noqa: E402
from hallpass_journal.ui.feelings.chart_tab import ChartTab  # noqa: E402
from hallpass_journal.ui.views.feelings_view import FeelingsView  # noqa: E402

TODAY = date(2024, 4, 30)
LONG_LABEL = "We began the repair plan together, slowly and gently"


def _ts(y: int, m: int, d: int, hour: int = 0) -> float:
    return datetime(y, m, d, hour, tzinfo=UTC).timestamp()


def _check_in(
    journal: Journal, on: date, mood: int | None = None, private: bool = False, **emotions: int
) -> None:
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            about=on,
            mood=mood,
            private=private,
            emotions=[EmotionRating(name=k, intensity=v) for k, v in emotions.items()],
        )
    )


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """Check-ins in March 2024 (weeks of 4 and 11 March), an evening and the start of repair."""
    _check_in(journal, date(2024, 3, 4), mood=3, jealousy=8, hurt=6)
    _check_in(journal, date(2024, 3, 5), mood=5, jealousy=6)
    _check_in(journal, date(2024, 3, 6), jealousy=4, hurt=2, calm=5)
    _check_in(journal, date(2024, 3, 12), mood=7, jealousy=2, calm=7)
    _check_in(journal, date(2024, 3, 12), mood=5, jealousy=4)
    _check_in(journal, date(2024, 3, 13), private=True, hurt=9)  # private: still the person's
    _check_in(journal, date(2024, 4, 2), calm=8)
    journal.events.save(
        KeyEvent(type=EventType.ENCOUNTER, on=date(2024, 3, 8), title="The evening")
    )
    journal.events.save(
        KeyEvent(type=EventType.REPAIR_START, on=date(2024, 3, 20), title=LONG_LABEL)
    )
    return journal


@pytest.fixture
def tab(qtbot, host, filled: Journal) -> ChartTab:
    chart_tab = ChartTab(filled)
    chart_tab.today = lambda: TODAY
    host(chart_tab)
    with qtbot.waitSignal(chart_tab.drawn):
        chart_tab.refresh()
    return chart_tab


def _data(tab: ChartTab, name: str) -> tuple[list[float], list[float]]:
    xs, ys = tab.chart.drawn[name].line.getOriginalDataset()
    return [float(x) for x in xs], [round(float(y), 6) for y in ys]


def _lines(chart: FeelingsChart) -> list:
    return [i for i in chart.plot.items if isinstance(i, pg.InfiniteLine)]


# -- what is drawn -------------------------------------------------------------------


def test_default_series_are_mood_and_the_three_most_rated(tab: ChartTab) -> None:
    # jealousy 5 ratings; hurt and calm 3 each (a tie: the vocabulary's order).
    assert list(tab.chart.drawn) == ["mood", "jealousy", "hurt", "calm"]
    assert tab.picker.chosen_emotions() == ["jealousy", "hurt", "calm"]
    assert tab.controls.resolution() == "week"  # the 90-day preset starts with weeks
    assert tab.stack.currentWidget() is tab.chart


def test_plotted_points_are_the_services_buckets(tab: ChartTab, filled: Journal) -> None:
    since, until = preset_range("90", TODAY)
    series = filled.timeline.emotion_series(
        ["jealousy", "hurt", "calm"], since, until, "week", include_private=True
    )
    series["mood"] = filled.timeline.mood_series(since, until, "week", include_private=True)
    for name, buckets in series.items():
        xs, ys = _data(tab, name)
        assert xs == [bucket_x(start, "week") for start, _m, _n in buckets]
        assert ys == [round(mean, 6) for _s, mean, _n in buckets]
    # Worked out by hand: a week's point sits mid-week (Thursday, noon UTC).
    assert _data(tab, "jealousy") == ([_ts(2024, 3, 7, 12), _ts(2024, 3, 14, 12)], [6.0, 3.0])
    assert _data(tab, "hurt") == ([_ts(2024, 3, 7, 12), _ts(2024, 3, 14, 12)], [4.0, 9.0])
    assert _data(tab, "mood") == ([_ts(2024, 3, 7, 12), _ts(2024, 3, 14, 12)], [4.0, 6.0])


def test_events_are_labelled_vertical_lines_on_their_days(tab: ChartTab, filled: Journal) -> None:
    lines = _lines(tab.chart)
    markers = filled.timeline.markers(*preset_range("90", TODAY), include_private=True)
    assert [line.value() for line in lines] == [event_x(m.day) for m in markers]
    assert [line.value() for line in lines] == [_ts(2024, 3, 8, 12), _ts(2024, 3, 20, 12)]
    assert all(line.angle == 90 for line in lines)
    texts = [line.label.toPlainText() for line in lines]
    assert texts[0] == "The evening"
    assert texts[1] == shorten(LONG_LABEL) and texts[1].endswith("…") and len(texts[1]) <= 20
    # The full label is in the tooltip of the line.
    at = tab.chart.view_box.mapViewToScene(QPointF(lines[1].value(), 1.0))
    assert tab.chart.tooltip_at(at) == f"{LONG_LABEL}\nWed 20 Mar 2024"


def test_labels_never_overlap(tab: ChartTab) -> None:
    lines = [line for line in _lines(tab.chart) if line.label.isVisible()]
    rects = [line.label.sceneBoundingRect() for line in lines]
    assert rects
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
        assert tab.chart.view_box.sceneBoundingRect().contains(a)


def test_key_events_get_their_labels_first() -> None:
    spots = [
        LabelSpot(x=100, width=80, key_event=False),
        LabelSpot(x=110, width=80, key_event=False),
        LabelSpot(x=120, width=80, key_event=True),
        LabelSpot(x=130, width=80, key_event=False),
        LabelSpot(x=395, width=80, key_event=False),  # near the right edge
        LabelSpot(x=500, width=10, key_event=True),  # off the view
    ]
    places = place_labels(spots, 0, 400, max_rows=3)
    assert places[2] == Placed(row=0, left_of_line=False)  # the key event, top row
    assert places[0] == Placed(row=1, left_of_line=False)
    assert places[1] == Placed(row=2, left_of_line=False)
    assert places[3] is None  # no room left at this zoom
    assert places[4] == Placed(row=0, left_of_line=True)
    assert places[5] is None


def test_braces_in_an_event_title_are_shown_as_written(qtbot, host, journal: Journal) -> None:
    _check_in(journal, date(2024, 4, 1), jealousy=3)
    journal.events.save(KeyEvent(type=EventType.OTHER, on=date(2024, 4, 2), title="{value} day"))
    chart_tab = ChartTab(journal)
    chart_tab.today = lambda: TODAY
    host(chart_tab)
    with qtbot.waitSignal(chart_tab.drawn):
        chart_tab.refresh()
    assert [line.label.toPlainText() for line in _lines(chart_tab.chart)] == ["{value} day"]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no real tooltips
def test_hovering_a_point_tells_date_value_and_check_ins(qtbot, tab: ChartTab) -> None:
    chart = tab.chart
    scene = chart.view_box.mapViewToScene(QPointF(_ts(2024, 3, 7, 12), 6.0))
    viewport_pos = chart.plot_widget.mapFromScene(scene)
    qtbot.mouseMove(chart.plot_widget.viewport(), viewport_pos)
    qtbot.waitUntil(lambda: chart.hover_text != "")
    assert chart.hover_text == "Jealousy, week of 4 Mar 2024\n6.0 of 10, from 3 check-ins"
    away = chart.view_box.mapViewToScene(QPointF(_ts(2024, 4, 20), 9.5))
    assert chart.tooltip_at(away) == ""


def test_the_legend_hides_and_shows_a_series(qtbot, tab: ChartTab) -> None:
    button = tab.chart.legend.buttons["hurt"]
    assert button.text() == "Hurt" and button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not tab.chart.drawn["hurt"].line.isVisible()
    assert tab.chart.drawn["jealousy"].line.isVisible()
    # A hidden line answers no hover: the hurt point of the second week is not found.
    at = tab.chart.view_box.mapViewToScene(QPointF(_ts(2024, 3, 14, 12), 9.0))
    assert not tab.chart.tooltip_at(at).startswith("Hurt")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tab.chart.drawn["hurt"].line.isVisible()


def test_changing_the_resolution_buckets_again(qtbot, tab: ChartTab) -> None:
    with qtbot.waitSignal(tab.drawn):
        tab.controls.set_resolution("day")
    days = [_ts(2024, 3, d, 12) for d in (4, 5, 6, 12)]
    assert _data(tab, "jealousy") == (days, [8.0, 6.0, 4.0, 3.0])
    with qtbot.waitSignal(tab.drawn):
        tab.controls.set_resolution("month")
    # March: (8 + 6 + 4 + 2 + 4) / 5, drawn half-way through its 31 days.
    assert _data(tab, "jealousy") == ([_ts(2024, 3, 16, 12)], [4.8])
    # April has calm only: one bucket of 8.
    assert _data(tab, "calm") == ([_ts(2024, 3, 16, 12), _ts(2024, 4, 16)], [6.0, 8.0])


def test_moving_average_by_hand() -> None:
    d = date(2024, 3, 1)
    buckets = [(d, 8.0, 1), (date(2024, 3, 2), 6.0, 1), (date(2024, 3, 3), 4.0, 2)]
    buckets.append((date(2024, 3, 10), 2.0, 1))  # a week later: the first three drop out
    assert moving_average(buckets, "day", 7) == [
        Smoothed(d, 8.0, 1),
        Smoothed(date(2024, 3, 2), 7.0, 2),
        Smoothed(date(2024, 3, 3), 5.5, 4),  # (8 + 6 + 4 + 4) / 4: every check-in alike
        Smoothed(date(2024, 3, 10), 2.0, 1),
    ]
    months = [(date(2024, 1, 1), 3.0, 2), (date(2024, 3, 1), 6.0, 1), (date(2024, 4, 1), 9.0, 1)]
    assert moving_average(months, "month", 3) == [
        Smoothed(date(2024, 1, 1), 3.0, 2),
        Smoothed(date(2024, 3, 1), 4.0, 3),  # January, (no February), March
        Smoothed(date(2024, 4, 1), 7.5, 2),  # February to April
    ]
    weeks = [(date(2024, 1, 1), 2.0, 1), (date(2024, 1, 29), 4.0, 1)]  # four weeks apart
    assert [s.mean for s in moving_average(weeks, "week", 4)] == [2.0, 4.0]


def test_the_chart_draws_the_moving_average_over_the_raw_points(qtbot, tab: ChartTab) -> None:
    with qtbot.waitSignal(tab.drawn):
        tab.controls.set_resolution("day")
    with qtbot.waitSignal(tab.drawn):
        tab.controls.smooth_check.setChecked(True)
    assert "7 days" in tab.controls.smooth_note.text()
    drawn = tab.chart.drawn["jealousy"]
    xs, ys = drawn.line.getOriginalDataset()
    # 4 Mar: 8; 5 Mar: (8+6)/2; 6 Mar: (8+6+4)/3; 12 Mar: 6 to 12 Mar, (4+2+4)/3.
    assert [round(float(y), 4) for y in ys] == [8.0, 7.0, 6.0, 3.3333]
    assert drawn.raw is not None
    raw_x, raw_y = drawn.raw.getOriginalDataset()
    assert list(raw_y) == [8.0, 6.0, 4.0, 3.0] and list(raw_x) == list(xs)
    at = tab.chart.view_box.mapViewToScene(QPointF(float(xs[3]), float(ys[3])))
    assert tab.chart.tooltip_at(at).startswith("Jealousy, 7-day average up to Tue 12 Mar 2024")
    assert "from 3 check-ins" in tab.chart.tooltip_at(at)


def test_the_picker_chooses_series_up_to_six(qtbot, tab: ChartTab, filled: Journal) -> None:
    with qtbot.waitSignal(tab.drawn):
        tab.picker.set_checked("mood", False)
    assert "mood" not in tab.chart.drawn
    for name in ("anger", "shame", "hope"):
        with qtbot.waitSignal(tab.drawn):
            tab.picker.set_checked(name, True)
    assert len(tab.picker.chosen_emotions()) == colours.MAX_EMOTIONS
    assert not tab.picker.item_for("regret").flags() & Qt.ItemFlag.ItemIsEnabled
    # Rated emotions are drawn, the others (no data in these dates) are not.
    assert list(tab.chart.drawn) == ["jealousy", "hurt", "calm"]
    symbols = {d.line.opts["symbol"] for d in tab.chart.drawn.values()}
    assert len(symbols) == 3  # a shape of its own for each, as well as a colour
    # The hand-made choice stays when the dates change.
    with qtbot.waitSignal(tab.drawn):
        tab.controls.set_preset("all")
    assert len(tab.picker.chosen_emotions()) == colours.MAX_EMOTIONS


def test_reset_view_after_zooming(qtbot, tab: ChartTab) -> None:
    home = tab.chart.x_range()
    tab.chart._zoom(0.3)
    tab.chart._pan(0.5)
    assert tab.chart.x_range() != home
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert tab.chart.x_range() == pytest.approx(home)
    assert tab.chart.view_box.state["mouseEnabled"] == [True, False]  # dates only


def test_date_range_presets_and_dates(qtbot, tab: ChartTab) -> None:
    since, until = tab.controls.date_range(TODAY)
    assert (since, until) == (date(2024, 2, 1), TODAY)
    with qtbot.waitSignal(tab.drawn):
        tab.controls.since_edit.setDate(tab.controls.since_edit.date().addDays(39))  # 11 March
    assert tab.controls.preset() == "custom"
    assert tab.controls.date_range(TODAY) == (date(2024, 3, 11), TODAY)
    # Only the second week remains.
    assert _data(tab, "jealousy")[1] == [3.0]
    assert [line.value() for line in _lines(tab.chart)] == [_ts(2024, 3, 20, 12)]
    with qtbot.waitSignal(tab.drawn):
        tab.controls.set_preset("all")
    # Everything is drawn by month here: the fields show the months drawn.
    assert tab.controls.resolution() == "month"
    assert tab.controls.since_edit.date().toPython() == date(2024, 3, 1)
    assert tab.controls.until_edit.date().toPython() == date(2024, 4, 30)


def test_no_context_menu_to_export_unencrypted(qtbot, tab: ChartTab) -> None:
    assert not tab.chart.plot.menuEnabled()
    viewport = tab.chart.plot_widget.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=viewport.rect().center())
    assert QApplication.activePopupWidget() is None


# -- empty states --------------------------------------------------------------------


def test_an_empty_journal_shows_a_friendly_word(qtbot, host, journal: Journal) -> None:
    chart_tab = ChartTab(journal)
    host(chart_tab)
    with qtbot.waitSignal(chart_tab.drawn):
        chart_tab.refresh()
    assert chart_tab.stack.currentIndex() == 1
    assert chart_tab.empty_title.text() == (
        "Your feelings will show here once you have a few check-ins."
    )
    assert chart_tab.show_all_button.isHidden()
    assert chart_tab.chart.drawn == {}


def test_dates_without_check_ins_offer_all_dates(qtbot, host, filled: Journal) -> None:
    chart_tab = ChartTab(filled)
    chart_tab.today = lambda: date(2025, 1, 1)
    host(chart_tab)
    with qtbot.waitSignal(chart_tab.drawn):
        chart_tab.refresh()
    assert chart_tab.stack.currentIndex() == 1
    assert "No check-ins rated a feeling in these dates" in chart_tab.empty_title.text()
    assert chart_tab.show_all_button.isVisible()
    with qtbot.waitSignal(chart_tab.drawn):
        qtbot.mouseClick(chart_tab.show_all_button, Qt.MouseButton.LeftButton)
    assert chart_tab.stack.currentWidget() is chart_tab.chart
    assert "jealousy" in chart_tab.chart.drawn


# -- colours -------------------------------------------------------------------------


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_series_colours_stand_out_and_differ(colors: theme.Colors) -> None:
    styles = [colours.emotion_style(slot, colors) for slot in range(colours.MAX_EMOTIONS)]
    styles.append(colours.mood_style(colors))
    for style in styles:
        assert contrast_ratio(style.colour, colors.base) >= 3.0, style
    assert len({s.colour for s in styles}) == len(styles)
    assert len({s.symbol for s in styles}) == len(styles)


def test_slots_keep_colours_when_a_series_is_removed() -> None:
    slots = colours.Slots()
    assert slots.assign(["a", "b", "c"]) == {"a": 0, "b": 1, "c": 2}
    assert slots.assign(["a", "c"]) == {"a": 0, "c": 2}
    assert slots.assign(["a", "c", "d"]) == {"a": 0, "c": 2, "d": 1}


@pytest.fixture
def theme_manager(qapp, monkeypatch):  # noqa: ANN001, ANN201
    """A live theme switch, everything put back afterwards."""
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(theme, "_current", theme.colors())
    style, palette, sheet = qapp.style().name(), QGuiApplication.palette(), qapp.styleSheet()
    manager = theme.ThemeManager(qapp, "light")
    yield manager
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    manager.deleteLater()


def test_the_chart_follows_the_theme(qtbot, host, filled: Journal, theme_manager) -> None:
    theme_manager.apply()
    view = FeelingsView(filled)
    host(view)
    qtbot.waitUntil(lambda: view.chart_tab is not None)
    chart_tab = view.chart_tab
    with qtbot.waitSignal(chart_tab.drawn):
        chart_tab.controls.set_preset("all")
    chart = chart_tab.chart
    slot = chart_tab._slots.assign(chart_tab.picker.chosen_emotions())["jealousy"]
    assert chart.plot_widget.backgroundBrush().color().name() == LIGHT.base
    theme_manager.set_mode("dark")  # a real palette change reaches the view
    qtbot.waitUntil(lambda: chart.plot_widget.backgroundBrush().color().name() == DARK.base)
    pen = chart.drawn["jealousy"].line.opts["pen"]
    assert pen.color().name() == colours.emotion_style(slot, DARK).colour
    assert chart.drawn["mood"].line.opts["pen"].color().name() == DARK.text
    assert chart.plot.getAxis("bottom").textPen().color().name() == DARK.muted


# -- the section ---------------------------------------------------------------------


def test_the_view_wipes_everything_on_lock(qtbot, host, filled: Journal) -> None:
    view = FeelingsView(filled)
    host(view)
    qtbot.waitUntil(lambda: view.chart_tab is not None)  # built once on screen
    chart_tab = view.chart_tab
    with qtbot.waitSignal(chart_tab.drawn):
        chart_tab.controls.set_preset("all")  # the check-ins are from 2024
    assert chart_tab.chart.drawn
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(view.evaluate_panel.tables))
    view.wipe()
    scene_items = chart_tab.chart.plot_widget.scene().items()
    assert not [i for i in scene_items if isinstance(i, pg.PlotDataItem | pg.InfiniteLine)]
    assert chart_tab.chart.drawn == {} and chart_tab.chart.markers == []
    assert chart_tab.picker.count() == 0
    assert chart_tab.chart.legend.buttons == {}
    assert view.evaluate_panel.tables == [] and view.evaluate_panel.anchor_combo.count() == 0
    assert "Jealousy" not in chart_tab.chart.plot_widget.accessibleName()


def test_locking_leaves_no_feeling_or_event_behind(qtbot, tmp_path, dialogs) -> None:
    from shell_support import widgets_containing

    from hallpass_journal.paths import AppPaths
    from hallpass_journal.ui import operations
    from hallpass_journal.ui.app_settings import AppSettings
    from hallpass_journal.ui.windows.main_window import MainWindow

    marker = "zebra-marmalade-8812"
    paths = AppPaths.under(tmp_path)
    today = date.today()
    with Journal.create(paths.default_journal, "correct horse battery staple") as journal:
        _check_in(journal, today, mood=4, jealousy=7)
        journal.events.save(KeyEvent(type=EventType.OTHER, on=today, title=marker))
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    try:
        window.start(None)
        window.show()
        qtbot.waitExposed(window)
        window.page.passphrase.setText("correct horse battery staple")
        with qtbot.waitSignal(window.unlocked, timeout=10_000):
            qtbot.mouseClick(window.page.unlock_button, Qt.MouseButton.LeftButton)
        window.workspace.show_section("feelings")
        view = window.workspace.view("feelings")
        qtbot.waitUntil(lambda: bool(view.chart_tab and view.chart_tab.chart.markers))
        scene = view.chart_tab.chart.plot_widget.scene()
        assert any(
            marker in item.toPlainText() for item in scene.items() if isinstance(item, pg.TextItem)
        )
        view.tabs.setCurrentIndex(1)
        assert widgets_containing(marker)  # the moment to choose, in the combo box
        with qtbot.waitSignal(window.locked):
            window.menu_actions.lock.trigger()
        assert widgets_containing(marker) == []
        assert not [w for w in QApplication.allWidgets() if isinstance(w, pg.PlotWidget)]
        assert not [w for w in QApplication.allWidgets() if isinstance(w, FeelingsView)]
    finally:
        window.shutdown()
        operations.shutdown()


def test_the_section_has_its_icon(qapp) -> None:
    from PySide6.QtCore import QSize

    from hallpass_journal.ui import resources

    image = resources.icon("feelings").pixmap(QSize(24, 24)).toImage()
    assert any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24))


# Colour vision (Machado, Oliveira & Fernandes 2009, full severity), on linear RGB.
_CVD = {
    "protan": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deutan": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritan": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
    "typical": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
}


def _lab(colour: str, matrix) -> tuple[float, float, float]:  # noqa: ANN001
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    seen = [min(max(sum(m * c for m, c in zip(row, lin, strict=True)), 0.0), 1.0) for row in matrix]
    xyz_rows = ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505))
    xyz = [sum(m * c for m, c in zip(row, seen, strict=True)) for row in xyz_rows]
    t = [v / n for v, n in zip(xyz, (0.95047, 1.0, 1.08883), strict=True)]
    f = [v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in t]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


@pytest.mark.parametrize("vision", sorted(_CVD))
@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_series_colours_stay_apart_for_colour_blind_eyes(colors, vision: str) -> None:  # noqa: ANN001
    styles = [colours.emotion_style(slot, colors) for slot in range(colours.MAX_EMOTIONS)]
    hues = [s.colour for s in styles] + [colours.mood_style(colors).colour]
    labs = [_lab(h, _CVD[vision]) for h in hues]
    closest = min(
        sum((a - b) ** 2 for a, b in zip(labs[i], labs[j], strict=True)) ** 0.5
        for i in range(len(labs))
        for j in range(i + 1, len(labs))
    )
    assert closest >= 15.0  # CIELAB distance: two lines never look alike
