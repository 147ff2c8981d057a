"""The Timeline section with real widgets over a real encrypted journal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from shell_support import widgets_containing

from hallpass_journal.domain.agreements import AgreementTerms
from hallpass_journal.domain.entries import DebriefAnswers, Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.models.timeline_model import TimelineRoles
from hallpass_journal.ui.models.timeline_rows import RowType
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.theme import DARK, LIGHT, build_palette, contrast_ratio
from hallpass_journal.ui.views.timeline_controls import KEY_MOMENTS_INDEX
from hallpass_journal.ui.views.timeline_view import TimelineView
from hallpass_journal.ui.widgets.entry_delegate import blend
from hallpass_journal.ui.widgets.timeline_delegate import (
    MARKER_COLORS,
    TINT_DARK,
    TINT_LIGHT,
    marker_color,
)
from hallpass_journal.ui.windows.main_window import MainWindow
from hallpass_journal.ui.windows.sections import (
    AGREEMENT_SHOW,
    GUIDED_OPEN,
    TIMELINE_DAY,
    default_sections,
)

MARKER = "quokka-lanterns-5521"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def view(qtbot, host, journal) -> TimelineView:  # noqa: ANN001
    widget = TimelineView(journal)
    host(widget, 1000, 640)
    return widget


def items(view: TimelineView) -> list:
    model = view.model
    return [model.item_at(r) for r in range(model.rowCount()) if model.item_at(r) is not None]


def select(view: TimelineView, title: str) -> QModelIndex:
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == title)
    index = model.index(row)
    view.list_view.setCurrentIndex(index)
    return index


def test_filter_widgets_combine(qtbot, view, journal, make_entries) -> None:  # noqa: ANN001
    make_entries(20, tags=["walks"], body="to the lighthouse")  # 11-30 June 2024
    make_entries(10, start=date(2024, 6, 10), body="to the lighthouse")  # no tag
    journal.save_entry(
        Entry.new(EntryKind.FEELINGS, title="Felt", about=date(2024, 6, 20), tags=["walks"])
    )
    journal.events.save(KeyEvent(type=EventType.OTHER, on=date(2024, 6, 21), title="Lighthouse"))
    view.refresh()
    assert len(items(view)) == 32
    qtbot.waitUntil(lambda: view.count_label.text() == "31 entries · 1 key event")

    filters = view.filters
    filters.tag_combo.setCurrentIndex(filters.tag_combo.findData("walks"))
    assert len(items(view)) == 21  # tagged entries; events have no tags
    filters.kind_combo.setCurrentIndex(filters.kind_combo.findData(EntryKind.FREE.value))
    assert len(items(view)) == 20
    filters.date_combo.setCurrentIndex(filters.date_combo.findData(-1))  # between dates
    filters.since_edit.setDate(date(2024, 6, 15))
    filters.until_edit.setDate(date(2024, 6, 24))
    assert len(items(view)) == 10
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        qtbot.keyClicks(view.search_edit, "lighthouse")
    assert len(items(view)) == 10
    assert not view.controls.order_combo.isEnabled()  # search results: newest first
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        view.search_edit.setText("nowhere")
    assert items(view) == []
    assert view.empty_label.text().startswith("Nothing matches")
    view.search_edit.clear()
    view.controls.flush_search()
    # Key moments: the event in range shows again (no tag), the entries do not.
    filters.tag_combo.setCurrentIndex(0)
    filters.kind_combo.setCurrentIndex(KEY_MOMENTS_INDEX)
    assert [i.title for i in items(view)] == ["Lighthouse"]


def test_order_and_grouping_controls(view, journal, make_entries) -> None:  # noqa: ANN001
    make_entries(10)  # 21-30 June 2024
    view.refresh()
    first = items(view)[0]
    assert first.day == date(2024, 6, 30)
    view.controls.order_combo.setCurrentIndex(1)
    assert items(view)[0].day == date(2024, 6, 21)
    view.controls.resolution_combo.setCurrentIndex(2)  # by month
    headers = [r for r in range(view.model.rowCount()) if view.model.is_header(r)]
    assert headers == [0]
    assert view.model.index(0).data() == "June 2024"


def test_keys_move_between_rows_never_onto_headers(qtbot, view, journal, make_entries) -> None:  # noqa: ANN001
    make_entries(80)
    view.refresh()
    lst = view.list_view
    lst.setFocus()
    qtbot.waitUntil(lst.hasFocus)
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    assert lst.currentIndex().row() == 1  # row 0 is the first day's header
    seen = []
    for _ in range(6):
        qtbot.keyClick(lst, Qt.Key.Key_Down)
        seen.append(lst.currentIndex().row())
    assert all(not view.model.is_header(r) for r in seen)
    assert seen == [3, 5, 7, 9, 11, 13]  # one entry a day: every other row is a header
    qtbot.keyClick(lst, Qt.Key.Key_Up)
    assert lst.currentIndex().row() == 11
    qtbot.keyClick(lst, Qt.Key.Key_PageDown)
    assert lst.currentIndex().row() > 13 and not view.model.is_header(lst.currentIndex().row())
    qtbot.keyClick(lst, Qt.Key.Key_End)
    last = view.model.item_at(lst.currentIndex().row())
    assert last is not None and last.title == "Entry 079"  # the very end, loaded as needed
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    assert view.model.item_at(lst.currentIndex().row()).title == "Entry 000"
    # A click on a header does not choose it.
    header = view.model.index(2)
    assert view.model.is_header(2)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualRect(header).center())
    assert lst.currentIndex().row() == 1


def test_enter_opens_the_right_thing(qtbot, view, journal) -> None:  # noqa: ANN001
    free = journal.save_entry(Entry.new(EntryKind.FREE, title="Plain", about=date(2024, 3, 3)))
    debrief = journal.save_entry(
        Entry.new(
            EntryKind.DEBRIEF,
            title="Talked it through",
            about=date(2024, 3, 2),
            answers=DebriefAnswers(how_feeling="tired"),
        )
    )
    journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=date(2024, 3, 1)))
    view.refresh()
    lst = view.list_view
    lst.setFocus()

    select(view, "Plain")
    with qtbot.waitSignal(view.open_entry_requested) as opened:
        qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert opened.args == [str(free.uuid)]

    select(view, "Talked it through")
    with qtbot.waitSignal(view.action_requested) as asked:
        qtbot.keyClick(lst, Qt.Key.Key_Enter)
    assert asked.args == [GUIDED_OPEN, str(debrief.uuid)]

    select(view, "The encounter")
    with qtbot.waitSignal(view.action_requested) as asked:
        qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert asked.args == [AGREEMENT_SHOW, ""]


def test_jump_field_and_timeline_day_action(qtbot, host, journal, make_entries) -> None:  # noqa: ANN001
    make_entries(600, start=date(2024, 6, 30))
    sections = [s for s in default_sections() if s.section_id in ("journal", "timeline")]
    page = WorkspacePage(journal, sections)
    host(page, 1100, 700)
    # The calendar (or anyone) asks for a day: the timeline shows it.
    day = date(2023, 3, 5)
    page.route_action(TIMELINE_DAY, day.isoformat())
    view = page.view("timeline", create=False)
    assert isinstance(view, TimelineView) and page.current_section() == "timeline"
    current = view.model.item_at(view.list_view.currentIndex().row())
    assert current is not None and current.day == day
    assert view.model.loaded_items() < 600
    row = view.list_view.currentIndex().row()
    header = view.list_view.visualRect(view.model.index(row - 1))
    assert header.top() == 0  # the day's header at the top of the list
    # A day outside the chosen dates widens them to any date.
    view.filters.date_combo.setCurrentIndex(1)  # past week: nothing in 2024
    assert view.handle_action(TIMELINE_DAY, "2024-01-10")
    assert view.filters.date_combo.currentIndex() == 0
    assert view.model.item_at(view.list_view.currentIndex().row()).day == date(2024, 1, 10)
    assert not view.handle_action(TIMELINE_DAY, "not a day")
    # The jump field: a day before everything lands on the oldest entry.
    view.controls.set_jump_date(date(2001, 1, 1))
    view.controls.jump_button.click()
    assert view.model.item_at(view.list_view.currentIndex().row()).title == "Entry 599"


def test_a_calendar_day_clears_every_filter_and_lands_on_that_day(
    qtbot,
    view,
    journal,  # noqa: ANN001
) -> None:
    """With a kind, tag or text filter left, the jump went months earlier without a word."""
    journal.save_entry(
        Entry.new(EntryKind.FEELINGS, title="Walk in March", about=date(2024, 3, 2), tags=["walks"])
    )
    journal.save_entry(Entry.new(EntryKind.FREE, title="The clicked day", about=date(2024, 7, 9)))
    journal.events.save(KeyEvent(type=EventType.OTHER, on=date(2024, 7, 9), title="Talk"))
    view.refresh()
    qtbot.waitUntil(lambda: view.filters.tag_combo.findData("walks") > 0)
    filters = view.filters
    filters.kind_combo.setCurrentIndex(filters.kind_combo.findData(EntryKind.FEELINGS.value))
    filters.tag_combo.setCurrentIndex(filters.tag_combo.findData("walks"))
    filters.date_combo.setCurrentIndex(filters.date_combo.findData(-1))  # between dates
    filters.since_edit.setDate(date(2024, 1, 1))
    filters.until_edit.setDate(date(2024, 12, 31))
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        view.search_edit.setText("walk")
    assert [i.day for i in items(view)] == [date(2024, 3, 2)]  # the only match

    with qtbot.waitSignal(view.list_updated, timeout=2000):
        assert view.handle_action(TIMELINE_DAY, "2024-07-09")
    current = view.model.item_at(view.list_view.currentIndex().row())
    assert current is not None and current.day == date(2024, 7, 9)
    assert view.search_edit.text() == ""
    assert [c.currentIndex() for c in (filters.kind_combo, filters.tag_combo)] == [0, 0]
    assert filters.date_combo.currentIndex() == 0 and filters.range.isHidden()
    assert view.controls.order_combo.isEnabled()  # no search left
    assert {i.title for i in items(view)} == {"Walk in March", "The clicked day", "Talk"}


def test_scrolling_up_after_a_jump_loads_rows_above_in_place(
    qtbot, view, journal, make_entries
) -> None:  # noqa: ANN001
    make_entries(700)
    view.refresh()
    view.jump_to(date(2023, 6, 1))
    lst = view.list_view
    model = view.model
    assert model.can_fetch_above()
    loaded = model.loaded_items()
    lst.verticalScrollBar().setValue(0)  # the top of what is loaded
    at_top = lst.indexAt(QPoint(1, 1))
    shown = model.item_at(at_top.row()) or model.item_at(at_top.row() + 1)
    y = lst.visualRect(model.index(model.row_of(shown.uuid))).top()
    qtbot.waitUntil(lambda: model.loaded_items() > loaded)
    # The rows above arrived, and what was on screen stayed where it was.
    assert lst.verticalScrollBar().value() > 0
    assert lst.visualRect(model.index(model.row_of(shown.uuid))).top() == y


def test_a_refresh_keeps_the_place_and_the_selection(qtbot, view, journal, make_entries) -> None:  # noqa: ANN001
    make_entries(900)
    view.refresh()
    view.jump_to(date(2023, 1, 15))
    lst, model = view.list_view, view.model
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    chosen = model.item_at(lst.currentIndex().row())
    shown_at = lst.visualRect(lst.currentIndex()).top()
    journal.save_entry(Entry.new(EntryKind.FREE, title="Meanwhile", about=date(2024, 7, 1)))
    view.refresh()
    assert model.item_at(lst.currentIndex().row()).uuid == chosen.uuid
    assert lst.visualRect(lst.currentIndex()).top() == shown_at
    assert model.loaded_items() <= 3 * 50 + 1  # two pages around the place, not 900


def test_changes_elsewhere_show_up(qtbot, host, journal, make_entries) -> None:  # noqa: ANN001
    make_entries(5)
    sections = [s for s in default_sections() if s.section_id in ("journal", "timeline")]
    page = WorkspacePage(journal, sections)
    host(page)
    page.show_section("timeline")
    view = page.view("timeline", create=False)
    assert isinstance(view, TimelineView)
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        journal.events.save(KeyEvent(type=EventType.DISCLOSURE, on=date(2024, 6, 29)))
    assert "A disclosure" in [i.title or view.model.shown_title(i) for i in items(view)]
    with qtbot.waitSignal(view.list_updated, timeout=2000):
        journal.agreements.create("Ours", AgreementTerms())
    assert any(i.marker == "agreement" for i in items(view))


def test_wiped_on_lock(qtbot, view, journal) -> None:  # noqa: ANN001
    journal.save_entry(
        Entry.new(EntryKind.FREE, title=f"About {MARKER}", body=f"Text {MARKER}", tags=[MARKER])
    )
    journal.events.save(KeyEvent(type=EventType.OTHER, on=date.today(), title=MARKER))
    view.refresh()
    view.filters.tag_combo.setCurrentIndex(view.filters.tag_combo.findData(MARKER))
    view.filters.tag_combo.setCurrentIndex(0)
    qtbot.keyClicks(view.search_edit, MARKER[:6])
    view.controls.flush_search()
    assert widgets_containing(MARKER)
    view.flush()
    view.wipe()
    assert widgets_containing(MARKER) == []
    assert widgets_containing(MARKER[:6]) == []
    assert view.model.rowCount() == 0 and not view.search_edit.isUndoAvailable()


def test_locking_destroys_the_timeline_and_its_text(qtbot, tmp_path, dialogs) -> None:  # noqa: ANN001
    paths = AppPaths.under(tmp_path)
    with Journal.create(paths.default_journal, PASSPHRASE) as made:
        made.save_entry(Entry.new(EntryKind.DEBRIEF, title=f"About {MARKER}", about=date.today()))
        made.events.save(KeyEvent(type=EventType.OTHER, on=date.today(), title=MARKER))
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    try:
        window.resize(1100, 720)
        window.start(None)
        window.show()
        qtbot.waitExposed(window)
        page = window.page
        assert isinstance(page, UnlockPage)
        page.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(window.unlocked, timeout=10_000):
            page.unlock_button.click()
        window.workspace.show_section("timeline")
        qtbot.waitUntil(lambda: len(widgets_containing(MARKER)) >= 1)
        assert any(isinstance(w, TimelineView) for w in QApplication.allWidgets())

        with qtbot.waitSignal(window.locked):
            window.menu_actions.lock.trigger()

        assert widgets_containing(MARKER) == []
        assert not [w for w in QApplication.allWidgets() if isinstance(w, TimelineView)]
    finally:
        window.shutdown()
        operations.shutdown()


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_markers_keep_contrast_and_are_painted(qtbot, host, journal, colors, qapp) -> None:  # noqa: ANN001
    tint = TINT_DARK if colors is DARK else TINT_LIGHT
    for marker in MARKER_COLORS:
        accent = marker_color(marker)
        for background in (colors.base, colors.window):
            assert contrast_ratio(accent, background) >= 3.0, (marker, background)
        tinted = blend(accent, QColor(colors.base), tint)
        assert contrast_ratio(accent, tinted) >= 3.0, marker
        assert contrast_ratio("#ffffff", accent) >= 3.0  # the glyph on the disc
    journal.save_entry(Entry.new(EntryKind.PAUSE, title="Pause called", about=date(2024, 2, 2)))
    view = TimelineView(journal)
    view.setPalette(build_palette(colors))
    host(view, 900, 500)
    row = next(
        r
        for r in range(view.model.rowCount())
        if view.model.index(r).data(TimelineRoles.ROW_TYPE) == RowType.ENTRY
    )
    rect = view.list_view.visualRect(view.model.index(row))
    image = view.list_view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    # The stripe on the left edge is the pause colour; the row is tinted, not plain base.
    stripe = image.pixelColor(int(1 * ratio), int(rect.center().y() * ratio))
    assert stripe.name() == MARKER_COLORS["pause"]
    inside = image.pixelColor(int((rect.right() - 20) * ratio), int((rect.bottom() - 3) * ratio))
    assert inside.name() == blend(marker_color("pause"), QColor(colors.base), tint).name()


def test_empty_journal_says_so_gently(view) -> None:  # noqa: ANN001
    assert view.model.rowCount() == 0
    assert view.empty_label.text().startswith("Nothing here yet")
    assert view.count_label.text() == ""
