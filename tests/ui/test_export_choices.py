"""The Export section's choices: when Export is possible at all, how the period reads at
common window widths, and that unticking never makes the preview re-read the journal.

Real journal, real widgets (see test_export_view.py for the rest of the section).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QWidget

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.export.preview_model import PAGE_SIZE
from hallpass_journal.ui.views.export_view import ExportView

TODAY = date.today()


def _free(journal: Journal, title: str, days_ago: int) -> Entry:
    return journal.save_entry(
        Entry.new(EntryKind.FREE, title=title, about=TODAY - timedelta(days=days_ago))
    )


@pytest.fixture
def show(qtbot, host, journal: Journal) -> Callable[..., ExportView]:  # noqa: ANN001
    def _show(width: int = 1200, height: int = 760) -> ExportView:
        view = ExportView(journal)
        host(view, width, height)
        return view

    return _show


# -- nothing to export -----------------------------------------------------------------


def _parts_off(view: ExportView, *, except_: tuple[str, ...] = ()) -> None:
    options = view.options
    for name in ("summary", "chart", "evaluation", "agreement", "questions"):
        getattr(options, f"{name}_check").setChecked(name in except_)


def test_export_waits_until_something_would_go_in(
    qtbot,  # noqa: ANN001
    show,  # noqa: ANN001
    journal: Journal,
) -> None:
    _free(journal, "Yesterday", 1)
    view = show()
    view.untick_all_button.click()
    assert view.model.ticked == 0
    assert view.export_button.isEnabled()  # the summary and the agreement still go in

    _parts_off(view, except_=("chart", "evaluation"))  # drawn from entries: none ticked
    assert not view.export_button.isEnabled()
    reason = view.export_button.toolTip()
    assert reason.startswith("Nothing would go in yet")
    assert view.summary_label.text() == reason
    assert view.export_button.accessibleDescription() == reason

    # Questions alone are worth a file, once there is one.
    view.options.questions_check.setChecked(True)
    assert not view.export_button.isEnabled()  # none written yet
    with qtbot.waitSignal(view.preview_updated):
        journal.session.add_question("Where do we start?")
        view.refresh()  # (the window's change notice does this)
    assert view.export_button.isEnabled()
    assert view.export_button.toolTip() == ""
    assert view.summary_label.text() == "0 entries and 1 question will go in."

    # One ticked entry is enough without any part.
    _parts_off(view)
    assert not view.export_button.isEnabled()
    view.model.set_ticked(0, True)
    assert view.export_button.isEnabled()
    assert view.summary_label.text() == "1 entry will go in."


# -- the period at common widths -------------------------------------------------------


@pytest.mark.parametrize("window_width", [1100, 1366])
def test_from_and_to_stay_on_one_line(show, window_width: int) -> None:  # noqa: ANN001
    # The window's sidebar takes about 180 px of its width.
    view = show(window_width - 180)
    options = view.options
    labels = options.dates_row.findChildren(QLabel)
    assert [label.text() for label in labels] == ["F&rom", "t&o"]
    row: list[QWidget] = [labels[0], options.since_edit, labels[1], options.until_edit]
    tops = [w.geometry().top() for w in row]
    bottoms = [w.geometry().bottom() for w in row]
    assert max(tops) < min(bottoms), "the period wrapped"  # one band, left to right
    lefts = [w.geometry().left() for w in row]
    assert lefts == sorted(lefts)
    assert options.since_edit.isVisible() and options.until_edit.isVisible()
    assert options.until_edit.geometry().right() <= options.dates_row.width()
    assert options.preset_combo.geometry().bottom() < options.dates_row.geometry().top()


# -- unticking reads no more pages -----------------------------------------------------


def test_a_reload_with_entries_unticked_reads_one_page(
    qtbot,  # noqa: ANN001
    show,  # noqa: ANN001
    journal: Journal,
    monkeypatch,  # noqa: ANN001
) -> None:
    with journal.vault.transaction():
        for i in range(1200):
            _free(journal, f"Day {i}", i)
    view = show()
    view.options.choose_preset("all")
    view.untick_all_button.click()
    assert view.model.ticked == 0
    pages: list[int] = []
    read_page = journal.entries.page

    def counted_page(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        pages.append(1)
        return read_page(*args, **kwargs)

    monkeypatch.setattr(journal.entries, "page", counted_page)
    since = QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-99)
    with qtbot.waitSignal(view.preview_updated):
        view.options.since_edit.setDate(since)  # as a keystroke in the date does
    assert len(pages) == 1  # the first page of the list, and no more
    assert view.model.rowCount() == PAGE_SIZE
    assert (view.model.total, view.model.ticked) == (100, 0)
    view.model.set_ticked(0, True)
    assert view.count_label.text() == "1 of 100 entries ticked"
    with qtbot.waitSignal(view.preview_updated):
        view.options.choose_preset("all")
    assert (view.model.total, view.model.ticked) == (1200, 1)
    assert view.options.preset_combo.currentData() == "all"
