"""Before and after (issue 8, item 4): a hand-made journal, figures worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTableWidget

from hallpass_journal.cli.evaluate_command import text_report
from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.evaluation import chosen_day, to_json
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.feelings.evaluate_panel import EvaluatePanel
from hallpass_journal.ui.feelings.evaluate_text import change_text, stat_text
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.feelings_view import EVALUATE, FeelingsView
from hallpass_journal.ui.windows.sections import FEELINGS_EVALUATE, default_sections

EVENING = date(2024, 3, 10)


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
def evening(journal: Journal) -> KeyEvent:
    """Around 10 March 2024, figures worked out by hand below."""
    # The week before (3-9 March): jealousy 8, 7, 9 -> 8.0; calm 3, 3, 3 -> 3.0; mood 4, 5.
    _check_in(journal, date(2024, 3, 3), mood=4, jealousy=8, calm=3)
    _check_in(journal, date(2024, 3, 5), mood=5, jealousy=7, calm=3)
    _check_in(journal, date(2024, 3, 9), jealousy=9, calm=3)
    # The evening's own day counts on neither side.
    _check_in(journal, EVENING, mood=0, jealousy=10, calm=0)
    # The week after (11-17 March): jealousy 5, 4, 6 -> 5.0 (one private: still counted);
    # calm 3, 4, 4 -> 3.67 (+0.67: about the same); mood 6, 6, 6.
    _check_in(journal, date(2024, 3, 11), mood=6, jealousy=5, calm=3)
    _check_in(journal, date(2024, 3, 14), mood=6, jealousy=4, calm=4, private=True)
    _check_in(journal, date(2024, 3, 17), mood=6, jealousy=6, calm=4)
    # Further out, in the month windows only (9 Feb - 9 Mar, 11 Mar - 9 Apr).
    _check_in(journal, date(2024, 2, 20), jealousy=2)
    _check_in(journal, date(2024, 4, 1), jealousy=1, hurt=4)
    event = KeyEvent(type=EventType.ENCOUNTER, on=EVENING, title="The evening")
    journal.events.save(event)
    return event


@pytest.fixture
def panel(qtbot, host, journal: Journal, evening: KeyEvent) -> EvaluatePanel:
    widget = EvaluatePanel(journal)
    host(widget)
    with qtbot.waitSignal(widget.evaluated):
        widget.refresh()
    return widget


def _rows(table: QTableWidget) -> dict[str, list[str]]:
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
        for r in range(table.rowCount())
    }


def test_the_evening_is_offered_and_chosen(panel: EvaluatePanel, evening: KeyEvent) -> None:
    anchor = panel.current_anchor()
    assert anchor is not None and anchor.uuid == evening.uuid
    assert panel.anchor_combo.currentText() == "The evening (10 Mar 2024)"
    assert panel.anchor_combo.itemText(panel.anchor_combo.count() - 1) == "A date…"
    assert panel.heading.text() == "The evening, Sunday 10 March 2024"
    assert panel.windows() == (7, 30, 91)
    assert len(panel.tables) == 3


def test_a_week_either_side_worked_out_by_hand(panel: EvaluatePanel) -> None:
    rows = _rows(panel.tables[0])
    # Words first, then before, after, change.
    assert rows["Jealousy"] == ["easing", "8.00 (3 check-ins)", "5.00 (3 check-ins)", "−3.00"]
    assert rows["Calm"] == [
        "about the same",
        "3.00 (3 check-ins)",
        "3.67 (3 check-ins)",
        "+0.67",
    ]
    assert rows["Overall mood"] == [
        "too few check-ins to tell",
        "only 2 check-ins",
        "6.00 (3 check-ins)",
        "—",
    ]
    assert list(rows) == ["Overall mood", "Jealousy", "Calm"]  # mood first; hurt not rated
    notes = [w.text() for w in panel.body.findChildren(QLabel) if not w.isHidden()]
    assert "Not rated in these days: Hurt." in notes


def test_a_month_either_side(panel: EvaluatePanel) -> None:
    rows = _rows(panel.tables[1])
    # Before: 8, 7, 9, 2 -> 6.5; after: 5, 4, 6, 1 -> 4.0.
    assert rows["Jealousy"] == ["easing", "6.50 (4 check-ins)", "4.00 (4 check-ins)", "−2.50"]
    assert rows["Hurt"] == ["too few check-ins to tell", "no check-ins", "only 1 check-in", "—"]


def test_too_few_never_shows_a_mean() -> None:
    from hallpass_journal.domain.evaluation import Stat

    assert stat_text(Stat(mean=9.0, n=2)) == "only 2 check-ins"
    assert stat_text(Stat(mean=None, n=0)) == "no check-ins"
    assert stat_text(Stat(mean=6.0, n=3)) == "6.00 (3 check-ins)"
    assert stat_text(Stat(mean=2 / 3, n=3)) == "0.67 (3 check-ins)"
    assert change_text(None) == "—"
    # To 2 decimals, as the command line prints them: 0.97 is "about the same" there too.
    assert change_text(0.97) == "+0.97"
    assert change_text(-2.3) == "−2.30"
    assert change_text(0.0) == "0.00"
    assert change_text(-0.001) == "0.00"  # never "−0.00"


def test_windows_can_be_changed(qtbot, panel: EvaluatePanel) -> None:
    with qtbot.waitSignal(panel.evaluated):
        panel.window_spins[0].setValue(14)
    assert panel.windows() == (14, 30, 91)
    titles = [w.text() for w in panel.body.findChildren(QLabel) if not w.isHidden()]
    assert any(t.startswith("2 weeks before and after: 25 Feb – 9 Mar 2024") for t in titles), (
        titles
    )


def test_a_chosen_day(qtbot, panel: EvaluatePanel) -> None:
    with qtbot.waitSignal(panel.evaluated):
        assert panel.select("2024-03-16")
    assert panel.date_edit.isVisible()
    assert panel.current_anchor() == chosen_day(date(2024, 3, 16))
    assert panel.heading.text() == "The chosen day, Saturday 16 March 2024"
    # Before: 9-15 March, jealousy 9, 10, 5, 4 -> 7.0; after: 17-23 March, just 6.
    rows = _rows(panel.tables[0])
    assert rows["Jealousy"] == [
        "too few check-ins to tell",
        "7.00 (4 check-ins)",
        "only 1 check-in",
        "—",
    ]


def test_handle_action_shows_before_and_after(qtbot, host, journal: Journal, evening) -> None:
    view = FeelingsView(journal)
    host(view)
    with qtbot.waitSignal(view.evaluate_panel.evaluated):
        assert view.handle_action(FEELINGS_EVALUATE, str(evening.uuid))
    assert view.tabs.currentIndex() == EVALUATE
    assert view.evaluate_panel.current_anchor().uuid == evening.uuid
    assert view.handle_action(FEELINGS_EVALUATE, "2024-03-16")
    assert view.evaluate_panel.current_anchor() == chosen_day(date(2024, 3, 16))
    assert not view.handle_action(FEELINGS_EVALUATE, "00000000-0000-4000-8000-000000000000")
    assert not view.handle_action(FEELINGS_EVALUATE, "next tuesday")
    assert not view.handle_action("guided.start", "reflection")


def test_the_window_routes_the_action_to_this_section(
    qtbot, host, journal: Journal, evening
) -> None:
    page = WorkspacePage(journal, default_sections())
    host(page)
    assert page.route_action(FEELINGS_EVALUATE, str(evening.uuid))
    assert page.current_section() == "feelings"
    view = page.view("feelings", create=False)
    assert isinstance(view, FeelingsView)
    assert view.evaluate_panel.current_anchor().uuid == evening.uuid
    assert _rows(view.evaluate_panel.tables[0])["Jealousy"][0] == "easing"
    later = QTimer()  # what the first showing queued runs before a timer started now
    later.setSingleShot(True)
    with qtbot.waitSignal(later.timeout):
        later.start(0)
    assert view.chart_tab is None  # no chart (nor pyqtgraph) needed for this
    page.teardown()


def test_a_new_check_in_is_counted(qtbot, host, journal: Journal, evening) -> None:
    view = FeelingsView(journal)
    host(view)
    with qtbot.waitSignal(view.evaluate_panel.evaluated):
        view.handle_action(FEELINGS_EVALUATE, str(evening.uuid))
    _check_in(journal, date(2024, 3, 6), mood=5)  # a third mood before the evening
    with qtbot.waitSignal(view.evaluate_panel.evaluated):
        view.refresh()
    assert _rows(view.evaluate_panel.tables[0])["Overall mood"] == [
        "higher",
        "4.67 (3 check-ins)",
        "6.00 (3 check-ins)",
        "+1.33",
    ]


def test_the_app_shows_the_command_lines_figures(qtbot, host, journal: Journal) -> None:
    """Sadness 0, 0, 1 before and 0, 1, 1 after: 0.33 and 0.67, a change of +0.34."""
    day = date(2024, 6, 10)
    for offset, before, after in ((1, 0, 0), (2, 0, 1), (3, 1, 1)):
        _check_in(journal, date(2024, 6, 10 - offset), sadness=before)
        _check_in(journal, date(2024, 6, 10 + offset), sadness=after)
    panel = EvaluatePanel(journal)
    host(panel)
    with qtbot.waitSignal(panel.evaluated):
        panel.refresh()
    with qtbot.waitSignal(panel.evaluated):
        assert panel.select(day.isoformat())
    shown = _rows(panel.tables[0])["Sadness"]
    assert shown == ["about the same", "0.33 (3 check-ins)", "0.67 (3 check-ins)", "+0.34"]
    evaluation = journal.evaluation.evaluate(chosen_day(day), (7,), include_private=True)
    line = next(x for x in text_report(evaluation).splitlines() if x.startswith("Sadness"))
    assert line.split() == [
        "Sadness",
        "0.33",
        "(3)",
        "0.67",
        "(3)",
        "+0.34",
        "about",
        "the",
        "same",
    ]
    row = to_json(evaluation)["windows"][0]["series"][1]
    assert (row["before"]["mean"], row["after"]["mean"], row["change"]) == (0.33, 0.67, 0.34)
