"""Calendar: days tinted from the journal, key moments marked, readable, keyboard-driven.

A real journal with a few hand-made entries on known days of June 2024; real widgets.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.ui import resources, theme
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.theme import DARK, LIGHT, contrast_ratio
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.views.calendar_view import MONTH, YEAR, CalendarView
from hallpass_journal.ui.widgets import mood_scale
from hallpass_journal.ui.widgets.mood_calendar import (
    COUNT_ROLE,
    DAY_ROLE,
    MARKERS_ROLE,
    VALUE_ROLE,
    DayTable,
    MonthModel,
)
from hallpass_journal.ui.widgets.mood_scale import ink, tint
from hallpass_journal.ui.windows.sections import TIMELINE_DAY, Section, default_sections

TODAY = date(2024, 6, 12)
JUNE = [date(2024, 6, d) for d in range(1, 31)]
#: What the hand-made journal holds for June: mood per day (average, check-ins).
MOOD = {date(2024, 6, 3): (6.0, 2), date(2024, 6, 10): (2.0, 1), date(2024, 6, 20): (9.0, 1)}
JEALOUSY = {date(2024, 6, 3): (7.0, 2), date(2024, 6, 20): (4.0, 1)}
ENCOUNTER = date(2024, 6, 15)
Role = Qt.ItemDataRole


def _feelings(day: date, mood: int | None, private: bool = False, **emotions: int) -> Entry:
    return Entry.new(
        EntryKind.FEELINGS,
        about=day,
        mood=mood,
        private=private,
        emotions=[EmotionRating(name=n, intensity=v) for n, v in emotions.items()],
    )


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Day and month names as the sentences below expect them; weeks start on Monday."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def filled(journal):  # noqa: ANN001, ANN201
    """The hand-made journal: June 2024 plus a day either side of it."""
    with journal.bulk():
        journal.save_entry(_feelings(date(2024, 6, 3), 5, jealousy=8))
        journal.save_entry(_feelings(date(2024, 6, 3), 7, jealousy=6))
        journal.save_entry(_feelings(date(2024, 6, 10), 2))
        journal.save_entry(_feelings(date(2024, 6, 20), 9, private=True, jealousy=4))
        journal.save_entry(Entry.new(EntryKind.FREE, about=date(2024, 6, 25), title="No mood"))
        journal.save_entry(_feelings(date(2024, 5, 31), 1, jealousy=10))
        journal.save_entry(_feelings(date(2024, 7, 1), 10))
    journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=ENCOUNTER))
    return journal


@pytest.fixture
def view(qtbot, host, filled) -> CalendarView:  # noqa: ANN001
    calendar = CalendarView(filled, today=lambda: TODAY)
    host(calendar, 1000, 700)
    return calendar


def _cell(model: MonthModel, day: date) -> QModelIndex:
    index = model.index_of(day)
    assert index.isValid(), day
    return index


def _centre(table: DayTable, day: date) -> QPoint:
    return table.visualRect(_cell(table.month_model(), day)).center()


def _empty_corner(table: DayTable, day: date) -> QPoint:
    """A point of a large day cell with nothing drawn on it but its background."""
    rect = table.visualRect(_cell(table.month_model(), day))
    return QPoint(rect.left() + 10, rect.bottom() - 8)


def _image(table: DayTable) -> QImage:
    return table.viewport().grab().toImage()


# -- the tint follows the data -----------------------------------------------------------


def test_the_days_with_a_mood_are_tinted_by_it_and_the_others_stay_plain(view) -> None:  # noqa: ANN001
    model, table = view.month_model, view.month_table
    assert (model.year, model.month) == (2024, 6)
    assert model.days() == JUNE  # May 31 and July 1 are not in June's grid
    image = _image(table)
    for day in JUNE:
        index = _cell(model, day)
        expected = MOOD.get(day)
        assert index.data(DAY_ROLE) == day
        assert index.data(Role.DisplayRole) == str(day.day)
        assert index.data(VALUE_ROLE) == (expected[0] if expected else None), day
        assert index.data(COUNT_ROLE) == (expected[1] if expected else 0), day
        drawn = image.pixelColor(_empty_corner(table, day))
        if expected:
            colour = tint(expected[0], emotion=False)
            assert index.data(Role.BackgroundRole) == colour
            assert drawn == colour, day
        else:
            assert index.data(Role.BackgroundRole) is None
            assert drawn == QColor(theme.colors().base), day  # a plain cell
    # The private check-in counts in the person's own calendar.
    assert model.summary(date(2024, 6, 20)) == (9.0, 1)
    assert view.summary_label.text() == (
        "A mood recorded on 3 days this month. 1 day with a key moment."
    )


def test_the_month_writes_each_days_average_in_it(view) -> None:  # noqa: ANN001
    table = view.month_table
    image = _image(table)

    def inked(day: date) -> int:
        """Pixels in the cell's lower right quarter that stand out from its background."""
        rect = table.visualRect(_cell(view.month_model, day))
        background = image.pixelColor(_empty_corner(table, day))
        return sum(
            contrast_ratio(image.pixelColor(x, y), background) > 2
            for x in range(rect.center().x(), rect.right() - 6)
            for y in range(rect.center().y(), rect.bottom() - 6)
        )

    assert inked(date(2024, 6, 3)) > 5  # "6"
    assert inked(date(2024, 6, 10)) > 5  # "2"
    assert inked(date(2024, 6, 4)) == 0  # no check-in, no number


def test_choosing_an_emotion_tints_by_its_strength(qtbot, view, filled) -> None:  # noqa: ANN001
    model = view.month_model
    mood_colour = _cell(model, date(2024, 6, 3)).data(Role.BackgroundRole)
    view.colour_combo.setCurrentIndex(view.colour_combo.findData("jealousy"))
    assert view.emotion == "jealousy"
    for day in JUNE:
        index = _cell(model, day)
        expected = JEALOUSY.get(day)
        assert index.data(VALUE_ROLE) == (expected[0] if expected else None), day
        if expected:
            assert index.data(Role.BackgroundRole) == tint(expected[0], emotion=True)
    # Another scale for an emotion (violet, not mood's teal), and the words follow.
    assert _cell(model, date(2024, 6, 3)).data(Role.BackgroundRole) != mood_colour
    assert _cell(model, date(2024, 6, 10)).data(Role.BackgroundRole) is None  # mood only
    assert "how strong jealousy was" in view.legend_label.text()
    assert "stronger" in view.legend.accessibleName()
    assert view.summary_label.text().startswith("Jealousy rated on 2 days this month.")
    assert _cell(model, date(2024, 6, 3)).data(Role.AccessibleTextRole) == (
        "Monday 3 June: jealousy 7 of 10 from 2 check-ins"
    )
    assert _cell(model, date(2024, 6, 4)).data(Role.AccessibleTextRole) == (
        "Tuesday 4 June: jealousy not rated"
    )
    view.set_emotion(None)  # back to mood
    assert view.colour_combo.currentText() == "Mood"
    assert _cell(model, date(2024, 6, 3)).data(Role.BackgroundRole) == mood_colour


# -- key moments and words -----------------------------------------------------------


def test_key_moments_are_marked_and_named(view) -> None:  # noqa: ANN001
    model, table = view.month_model, view.month_table
    index = _cell(model, ENCOUNTER)
    assert index.data(MARKERS_ROLE) == ["The encounter"]
    assert "The encounter" in index.data(Role.ToolTipRole)
    assert index.data(Role.AccessibleTextRole) == (
        "Saturday 15 June: no mood recorded; The encounter"
    )
    for day in JUNE:
        if day != ENCOUNTER:
            assert _cell(model, day).data(MARKERS_ROLE) == [], day
    # The amber diamond is drawn in the marked day only.
    image = _image(table)
    amber = mood_scale.marker_color()

    def has_marker(day: date) -> bool:
        rect = table.visualRect(_cell(model, day))
        return any(
            image.pixelColor(x, y) == amber
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        )

    assert has_marker(ENCOUNTER)
    assert not has_marker(date(2024, 6, 3))


def test_every_day_has_a_tooltip_and_an_accessible_sentence(view) -> None:  # noqa: ANN001
    model = view.month_model
    for day in JUNE:
        index = _cell(model, day)
        sentence = index.data(Role.AccessibleTextRole)
        weekday = QLocale().dayName(day.isoweekday())
        assert sentence.startswith(f"{weekday} {day.day} June"), sentence
        assert index.data(Role.ToolTipRole).startswith(f"{weekday} {day.day} June 2024")
    assert _cell(model, date(2024, 6, 3)).data(Role.AccessibleTextRole) == (
        "Monday 3 June: mood 6 of 10 from 2 check-ins"
    )
    assert _cell(model, date(2024, 6, 10)).data(Role.ToolTipRole) == (
        "Monday 10 June 2024\nMood 2 of 10 from 1 check-in"
    )
    assert _cell(model, TODAY).data(Role.AccessibleTextRole) == (
        "Wednesday 12 June, today: no mood recorded"
    )
    # The grid's cells answer screen readers with those sentences.
    from PySide6.QtGui import QAccessible

    table = QAccessible.queryAccessibleInterface(view.month_table)
    assert table is not None
    names = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert "Monday 3 June: mood 6 of 10 from 2 check-ins" in names
    assert view.month_table.accessibleName() == "June 2024"
    assert (
        view.legend.accessibleDescription()
        == view.legend_label.text()
        == (
            "Each day's colour and small number show its average mood, 0 to 10. "
            "Days without a mood stay plain."
        )
    )


# -- readable in both themes -------------------------------------------------------------


@pytest.mark.parametrize("c", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("emotion", [False, True], ids=["mood", "emotion"])
def test_text_on_every_tint_reads(c: theme.Colors, emotion: bool) -> None:
    colours = mood_scale.steps(emotion=emotion, scheme=c.scheme)
    assert len(colours) == 11
    for value in [v / 10 for v in range(0, 101)]:  # every average 0-10
        background = tint(value, emotion=emotion, scheme=c.scheme)
        assert background.name() in colours
        assert contrast_ratio(ink(background), background) >= 4.5, (value, background.name())
    # Sequential: each step stands further from the page than the one before, so "more"
    # reads as more in both themes.
    distance = [contrast_ratio(colour, c.base) for colour in colours]
    assert distance == sorted(distance) and len(set(distance)) == 11
    # The marker's amber is far from every tint's hue.
    marker_hue = mood_scale.marker_color(c.scheme).hslHue()
    for colour in colours:
        hue = QColor(colour).hslHue()
        assert min(abs(hue - marker_hue), 360 - abs(hue - marker_hue)) >= 60, colour


@pytest.fixture
def themed(qapp) -> Iterator[theme.ThemeManager]:  # noqa: ANN001
    style, palette, sheet = qapp.style().name(), QGuiApplication.palette(), qapp.styleSheet()
    manager = theme.ThemeManager(qapp, "light")
    yield manager
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style or "Fusion")
    qapp.setPalette(palette)
    manager.deleteLater()
    resources.clear_icon_cache()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_drawn_days_are_readable_in_both_themes(qtbot, view, themed, mode: str) -> None:  # noqa: ANN001
    themed.set_mode(mode)
    c = theme.colors()
    assert c.scheme == mode
    for emotion in (None, "jealousy"):
        view.set_emotion(emotion)
        qtbot.waitUntil(lambda: view.month_table.isVisible())
        image = _image(view.month_table)
        data = JEALOUSY if emotion else MOOD
        for day, (value, _n) in data.items():
            index = _cell(view.month_model, day)
            background = QColor(index.data(Role.BackgroundRole))
            text = QColor(index.data(Role.ForegroundRole))
            assert background == QColor(
                mood_scale.steps(emotion=emotion is not None, scheme=mode)[round(value)]
            )
            assert image.pixelColor(_empty_corner(view.month_table, day)) == background
            assert contrast_ratio(text, background) >= 4.5
        plain = _cell(view.month_model, date(2024, 6, 4))
        assert contrast_ratio(QColor(plain.data(Role.ForegroundRole)), c.base) >= 4.5


# -- opening a day, and the keyboard -----------------------------------------------------


def test_clicking_a_day_asks_the_timeline_to_show_it(qtbot, view) -> None:  # noqa: ANN001
    table = view.month_table
    with qtbot.waitSignal(view.action_requested) as asked:
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=_centre(table, date(2024, 6, 3))
        )
    assert asked.args == [TIMELINE_DAY, "2024-06-03"]
    assert TIMELINE_DAY == "timeline.day"
    assert view.selected_day == date(2024, 6, 3)
    # The empty cells before the 1st open nothing.
    first = table.visualRect(_cell(view.month_model, date(2024, 6, 1)))
    opened: list[tuple[str, str]] = []
    view.action_requested.connect(lambda a, b: opened.append((a, b)))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=first.center() - QPoint(first.width(), 0)
    )
    assert opened == []


def test_the_keyboard_walks_days_weeks_and_months(qtbot, view) -> None:  # noqa: ANN001
    table = view.month_table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert table.current_day() == TODAY

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # noqa: ANN202
        qtbot.keyClick(table, key, modifier)
        return table.current_day()

    assert press(Qt.Key.Key_Right) == date(2024, 6, 13)
    assert press(Qt.Key.Key_Down) == date(2024, 6, 20)
    assert press(Qt.Key.Key_Left) == date(2024, 6, 19)
    assert press(Qt.Key.Key_Up) == date(2024, 6, 12)
    assert press(Qt.Key.Key_End) == date(2024, 6, 30)
    assert press(Qt.Key.Key_Right) == date(2024, 7, 1)  # into the next month
    assert (view.month_model.year, view.month_model.month) == (2024, 7)
    assert view.title_label.text() == "July 2024"
    assert table.hasFocus()
    assert press(Qt.Key.Key_PageUp) == date(2024, 6, 1)
    assert press(Qt.Key.Key_Left) == date(2024, 5, 31)
    assert press(Qt.Key.Key_PageDown) == date(2024, 6, 30)  # clamped to June's end
    assert press(Qt.Key.Key_Home) == date(2024, 6, 1)
    assert press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier) == date(2025, 6, 1)
    assert press(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier) == date(2024, 6, 1)
    with qtbot.waitSignal(view.action_requested) as asked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked.args == [TIMELINE_DAY, "2024-06-01"]


def test_previous_next_and_today(qtbot, view) -> None:  # noqa: ANN001
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.title_label.text() == "July 2024"
    assert view.month_model.summary(date(2024, 7, 1)) == (10.0, 1)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.title_label.text() == "May 2024"
    assert view.month_model.summary(date(2024, 5, 31)) == (1.0, 1)
    assert view.previous_button.accessibleName() == "Previous month"
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.title_label.text() == "June 2024"
    assert view.month_table.current_day() == TODAY


# -- the year ----------------------------------------------------------------------------


def test_the_year_shows_twelve_months_tinted_alike(qtbot, view) -> None:  # noqa: ANN001
    qtbot.mouseClick(view.year_button, Qt.MouseButton.LeftButton)
    assert view.mode == YEAR
    assert view.title_label.text() == "2024"
    grid = view.year_grid
    qtbot.waitUntil(lambda: all(t.isVisible() for t in grid.tables))
    assert [(m.year, m.month) for m in grid.models] == [(2024, m) for m in range(1, 13)]
    assert [t.text() for t in grid.titles][:3] == ["January", "February", "March"]
    june = grid.models[5]
    for day in JUNE:
        expected = MOOD.get(day)
        assert _cell(june, day).data(VALUE_ROLE) == (expected[0] if expected else None)
    assert _cell(grid.models[4], date(2024, 5, 31)).data(VALUE_ROLE) == 1.0
    assert _cell(grid.models[6], date(2024, 7, 1)).data(VALUE_ROLE) == 10.0
    assert _cell(june, ENCOUNTER).data(MARKERS_ROLE) == ["The encounter"]
    table = grid.table_for(6)
    last = _cell(june, date(2024, 6, 30))
    qtbot.waitUntil(lambda: table.visualRect(last).bottom() < table.viewport().height())
    image = _image(table)
    for day in (date(2024, 6, 3), date(2024, 6, 4)):
        rect = table.visualRect(_cell(june, day))
        beside_the_number = image.pixelColor(rect.left() + 4, rect.center().y())
        if day in MOOD:
            assert beside_the_number == tint(MOOD[day][0], emotion=False)
        else:
            assert beside_the_number != tint(6.0, emotion=False)
    assert view.year_button.isChecked() and not view.month_button.isChecked()
    assert grid.table_for(6).accessibleName() == "June 2024"
    # No numbers in the year's small days: the legend does not promise them.
    assert view.legend_label.text() == (
        "Each day's colour shows its average mood, 0 to 10. Days without a mood stay plain."
    )
    assert table.accessibleDescription() == view.legend_label.text()


def test_the_keyboard_crosses_months_in_the_year(qtbot, view) -> None:  # noqa: ANN001
    view.set_mode(YEAR)
    view.go_to(date(2024, 6, 30), focus=True)
    grid = view.year_grid
    june, july = grid.table_for(6), grid.table_for(7)
    qtbot.waitUntil(june.hasFocus)
    assert june.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert july.focusPolicy() == Qt.FocusPolicy.ClickFocus  # one Tab stop for the year
    qtbot.keyClick(june, Qt.Key.Key_Right)
    qtbot.waitUntil(july.hasFocus)
    assert july.current_day() == date(2024, 7, 1)
    assert july.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(july, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.title_label.text() == "2025"
    assert grid.table_for(7).current_day() == date(2025, 7, 1)
    with qtbot.waitSignal(view.action_requested) as asked:
        qtbot.keyClick(grid.table_for(7), Qt.Key.Key_Enter)
    assert asked.args == [TIMELINE_DAY, "2025-07-01"]
    # A month's name opens it as a month.
    qtbot.mouseClick(grid.titles[1], Qt.MouseButton.LeftButton)
    assert view.mode == MONTH
    assert view.title_label.text() == "February 2025"


# -- one query per range, whatever the size of the journal ------------------------------


def test_a_month_of_a_large_journal_is_one_summaries_query(
    qtbot, host, journal, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    rng = random.Random(8)
    moods: dict[date, list[int]] = defaultdict(list)
    start = date(2021, 1, 1)
    with journal.bulk():
        for i in range(4 * 365):
            day = start + timedelta(days=i)
            for _ in range(rng.choice((0, 1, 1, 2))):
                mood = rng.randint(0, 10)
                moods[day].append(mood)
                journal.save_entry(_feelings(day, mood, hope=rng.randint(0, 10)))
    calls: list[tuple[date, date, str | None]] = []
    real = journal.timeline.day_summaries

    def counted(since, until, *, include_private, emotion=None):  # noqa: ANN001, ANN202
        assert include_private is True
        calls.append((since, until, emotion))
        return real(since, until, include_private=include_private, emotion=emotion)

    monkeypatch.setattr(journal.timeline, "day_summaries", counted)
    view = CalendarView(journal, today=lambda: date(2023, 3, 14))
    host(view)
    assert calls == [(date(2023, 3, 1), date(2023, 3, 31), None)]
    for day in view.month_model.days():
        expected = moods.get(day)
        summary = view.month_model.summary(day)
        if expected:
            assert summary is not None
            assert summary[0] == pytest.approx(sum(expected) / len(expected))
            assert summary[1] == len(expected)
        else:
            assert summary is None
    view.step(1)
    view.set_emotion("hope")
    view.set_mode(YEAR)
    assert calls[1:] == [
        (date(2023, 4, 1), date(2023, 4, 30), None),
        (date(2023, 4, 1), date(2023, 4, 30), "hope"),
        (date(2023, 1, 1), date(2023, 12, 31), "hope"),
    ]
    view.go_to(date(2023, 9, 9))  # within the year shown: nothing to fetch
    assert len(calls) == 4


# -- keeping current, and forgetting on lock ---------------------------------------------


def test_it_follows_changes_to_entries_and_events(qtbot, view, filled) -> None:  # noqa: ANN001
    assert view.watches == frozenset({Area.ENTRIES, Area.EVENTS})
    unsubscribe = filled.subscribe(view.journal_changed)
    try:
        filled.save_entry(_feelings(date(2024, 6, 4), 3))
        filled.events.save(
            KeyEvent(type=EventType.OTHER, on=date(2024, 6, 4), title="Talked it through")
        )
    finally:
        unsubscribe()
    index = _cell(view.month_model, date(2024, 6, 4))
    assert index.data(VALUE_ROLE) == 3.0
    assert index.data(MARKERS_ROLE) == ["Talked it through"]


def test_hidden_it_catches_up_when_shown(qtbot, view, filled) -> None:  # noqa: ANN001
    view.hide()
    filled.save_entry(_feelings(date(2024, 6, 5), 8))
    view.journal_changed(Change.of(Area.ENTRIES))
    assert view.stale
    assert _cell(view.month_model, date(2024, 6, 5)).data(VALUE_ROLE) is None
    view.show()
    view.shown()
    assert _cell(view.month_model, date(2024, 6, 5)).data(VALUE_ROLE) == 8.0


def test_wipe_leaves_no_figures_or_moments_in_the_widgets(qtbot, view) -> None:  # noqa: ANN001
    view.set_mode(YEAR)
    view.set_mode(MONTH)  # both the month and the year were filled once
    view.set_mode(YEAR)
    view.wipe()
    models = [view.month_model, *view.year_grid.models]
    for model in models:
        for day in model.days():
            index = _cell(model, day)
            assert index.data(VALUE_ROLE) is None
            assert index.data(MARKERS_ROLE) == []
            assert "encounter" not in index.data(Role.ToolTipRole)
            assert "mood 6" not in index.data(Role.AccessibleTextRole)
    assert view.summary_label.text() == ""
    assert not any("encounter" in w.toolTip() for w in view.findChildren(QWidget))


# -- in the window -----------------------------------------------------------------------


class _Timeline(JournalView):
    """Stands in for the Timeline section: records what it was asked to show."""

    section_id = "timeline"

    def __init__(self, journal, parent=None) -> None:  # noqa: ANN001
        super().__init__(journal, parent)
        self.asked: list[tuple[str, str]] = []

    def handle_action(self, action: str, argument: str) -> bool:
        self.asked.append((action, argument))
        return True


def test_the_sidebar_lists_the_calendar_and_a_click_shows_the_day(qtbot, host, filled) -> None:  # noqa: ANN001
    ids = [s.section_id for s in default_sections()]
    assert "calendar" in ids
    assert ids.index("calendar") > ids.index("timeline")
    section = next(s for s in default_sections() if s.section_id == "calendar")
    assert section.title == "Calendar"
    assert not resources.icon(section.icon).isNull()

    timeline = Section(
        "timeline", "Timeline", "timeline", _Timeline, actions=frozenset({TIMELINE_DAY})
    )
    page = WorkspacePage(filled, [section, timeline], start_section="calendar")
    host(page)
    calendar = page.view("calendar")
    assert isinstance(calendar, CalendarView)
    table = calendar.month_table
    calendar.go_to(date(2024, 6, 3))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=_centre(table, date(2024, 6, 3))
    )
    stand_in = page.view("timeline", create=False)
    assert isinstance(stand_in, _Timeline)
    assert stand_in.asked == [(TIMELINE_DAY, "2024-06-03")]
    assert page.current_section() == "timeline"
    page.teardown()


def test_locking_the_window_leaves_nothing_of_the_calendar(qtbot, dialogs, tmp_path) -> None:  # noqa: ANN001
    from shell_support import widgets_containing

    from hallpass_journal.paths import AppPaths
    from hallpass_journal.services.journal import Journal
    from hallpass_journal.ui import operations
    from hallpass_journal.ui.app_settings import AppSettings
    from hallpass_journal.ui.pages.unlock_page import UnlockPage
    from hallpass_journal.ui.windows.main_window import MainWindow

    secret = "quokka-lantern-5120"
    paths = AppPaths.under(tmp_path)
    passphrase = "correct horse battery staple"
    with Journal.create(paths.default_journal, passphrase) as journal:
        journal.save_entry(_feelings(date.today(), 6))
        journal.events.save(KeyEvent(type=EventType.OTHER, on=date.today(), title=secret))
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    try:
        window.resize(1100, 720)
        window.start(None)
        window.show()
        qtbot.waitExposed(window)
        unlock = window.page
        assert isinstance(unlock, UnlockPage)
        unlock.passphrase.setText(passphrase)
        with qtbot.waitSignal(window.unlocked, timeout=10_000):
            qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
        assert window.workspace is not None
        window.workspace.show_section("calendar")
        calendar = window.workspace.view("calendar")
        assert isinstance(calendar, CalendarView)
        qtbot.waitUntil(lambda: bool(widgets_containing(secret)))  # the day's tooltip
        with qtbot.waitSignal(window.locked):
            window.menu_actions.lock.trigger()
        assert widgets_containing(secret) == []
        assert not [w for w in QApplication.allWidgets() if isinstance(w, CalendarView)]
    finally:
        window.shutdown()
        operations.shutdown()
