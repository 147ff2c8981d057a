"""The Export section: choose a period, kinds and entries, then write a real file.

Real journal, real widgets; only the file dialog is answered, through ui/messages.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from shell_support import ScriptedBackend

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.export.export_run import STOPPED, WRITTEN
from hallpass_journal.ui.export.preview_model import PreviewRoles
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.export_view import ExportView
from hallpass_journal.ui.windows.sections import default_sections

OP_TIMEOUT = 20_000
TODAY = date.today()


def _entry(journal: Journal, kind: EntryKind, title: str, days_ago: int, **fields) -> Entry:  # noqa: ANN003
    return journal.save_entry(
        Entry.new(
            kind,
            title=title,
            body=f"The body of {title}.",
            about=TODAY - timedelta(days=days_ago),
            **fields,
        )
    )


@pytest.fixture
def filled(journal: Journal) -> dict[str, Entry]:
    """Entries of several kinds over a year, one private, two marked, one question."""
    made = {
        "today": _entry(journal, EntryKind.FREE, "Free today", 0),
        "feelings": _entry(journal, EntryKind.FEELINGS, "Feelings three days ago", 3),
        "reflection": _entry(journal, EntryKind.REFLECTION, "Reflection twenty days ago", 20),
        "conversation": _entry(journal, EntryKind.CONVERSATION, "Conversation sixty days", 60),
        "old": _entry(journal, EntryKind.FREE, "Old free entry", 400),
        "private": _entry(journal, EntryKind.FREE, "Only mine", 1, private=True),
    }
    journal.session.mark(made["feelings"].uuid)
    journal.session.mark(made["old"].uuid)
    journal.session.mark(made["private"].uuid)  # marked, and still never exported
    journal.session.add_question("Why does the evening feel hardest?")
    return made


@pytest.fixture
def view(qtbot, host, journal: Journal, filled) -> ExportView:  # noqa: ANN001
    export_view = ExportView(journal)
    host(export_view, 1200, 760)
    return export_view


@pytest.fixture
def workspace(qtbot, host, journal: Journal, filled) -> Iterator[WorkspacePage]:  # noqa: ANN001
    """The sections as the window shows them: changes reach the views the real way."""
    page = WorkspacePage(journal, default_sections())
    host(page, 1366, 760)
    yield page
    # The host window (and the page in it) is closed by qtbot before this runs.
    page.events.detach()


def _shown_export(page: WorkspacePage) -> ExportView:
    view = page.show_section("export")
    assert isinstance(view, ExportView) and view.isVisible()
    return view


def _titles(view: ExportView) -> list[str]:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r).data() for r in range(model.rowCount())]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _row_of(view: ExportView, title: str) -> int:
    return _titles(view).index(title)


# -- the period ------------------------------------------------------------------------


def test_presets_set_the_dates_and_the_preview(qtbot, view: ExportView) -> None:
    options = view.options
    offered = [options.preset_combo.itemData(i) for i in range(options.preset_combo.count())]
    assert offered == ["7", "30", "90", "all", "custom"]  # no agreement, no encounter yet
    assert options.preset_combo.currentData() == "30"  # the default
    assert _titles(view) == [
        "Reflection twenty days ago",
        "Feelings three days ago",
        "Free today",
    ]

    with qtbot.waitSignal(view.preview_updated):
        assert options.choose_preset("7")
    assert options.since_edit.date() == _qdate(TODAY - timedelta(days=6))
    assert options.until_edit.date() == _qdate(TODAY)
    selection = view.selection()
    assert selection is not None
    assert (selection.since, selection.until) == (TODAY - timedelta(days=6), TODAY)
    assert _titles(view) == ["Feelings three days ago", "Free today"]

    with qtbot.waitSignal(view.preview_updated):
        options.choose_preset("90")
    assert options.since_edit.date() == _qdate(TODAY - timedelta(days=89))
    assert "Conversation sixty days" in _titles(view)

    with qtbot.waitSignal(view.preview_updated):
        options.choose_preset("all")
    selection = view.selection()
    assert selection is not None and (selection.since, selection.until) == (None, None)
    assert options.since_edit.date() == _qdate(TODAY - timedelta(days=400))  # the oldest
    assert _titles(view)[0] == "Old free entry"
    assert view.model.total == 5

    # A date of one's own makes the choice "Dates of my choosing".
    with qtbot.waitSignal(view.preview_updated):
        options.since_edit.setDate(_qdate(TODAY - timedelta(days=2)))
    assert options.preset_combo.currentData() == "custom"
    selection = view.selection()
    assert selection is not None
    assert (selection.since, selection.until) == (TODAY - timedelta(days=2), TODAY)
    assert _titles(view) == ["Free today"]


def test_an_encounter_preset_appears_when_there_is_one(
    qtbot, workspace: WorkspacePage, journal: Journal
) -> None:
    view = _shown_export(workspace)
    with qtbot.waitSignal(view.preview_updated):
        journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=TODAY - timedelta(days=21)))
    combo = view.options.preset_combo
    assert combo.findData("encounter") >= 0
    assert combo.itemText(combo.findData("encounter")) == "Since the encounter"
    with qtbot.waitSignal(view.preview_updated):
        view.options.choose_preset("encounter")
    assert view.options.since_edit.date() == _qdate(TODAY - timedelta(days=21))
    assert _titles(view) == ["Reflection twenty days ago", "Feelings three days ago", "Free today"]


# -- kinds, marked only, private -------------------------------------------------------


def test_kinds_and_marked_only_filter_the_preview(qtbot, view: ExportView) -> None:
    options = view.options
    options.choose_preset("all")
    with qtbot.waitSignal(view.preview_updated):
        options.set_kinds({EntryKind.FREE})
    assert _titles(view) == ["Old free entry", "Free today"]
    selection = view.selection()
    assert selection is not None and selection.kinds == frozenset({EntryKind.FREE})

    # A click on a chip adds its kind.
    with qtbot.waitSignal(view.preview_updated):
        qtbot.mouseClick(options.kind_chips.chips["feelings"], Qt.MouseButton.LeftButton)
    assert _titles(view) == ["Old free entry", "Feelings three days ago", "Free today"]

    with qtbot.waitSignal(view.preview_updated):
        qtbot.mouseClick(options.marked_only, Qt.MouseButton.LeftButton)
    assert options.marked_only.isChecked()
    assert _titles(view) == ["Old free entry", "Feelings three days ago"]
    assert "2 marked" in options.marked_only.text()  # the private mark is not counted

    # No kind at all lists nothing and cannot be exported (it does not mean "every kind").
    with qtbot.waitSignal(view.preview_updated):
        qtbot.mouseClick(options.no_kind_button, Qt.MouseButton.LeftButton)
    assert _titles(view) == []
    assert view.selection() is None
    assert not view.export_button.isEnabled()
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "Choose at least one kind of entry."

    with qtbot.waitSignal(view.preview_updated):
        qtbot.mouseClick(options.every_kind_button, Qt.MouseButton.LeftButton)
    selection = view.selection()
    assert selection is not None and selection.kinds == frozenset()  # every kind
    assert view.export_button.isEnabled()


def test_the_private_entry_is_never_listed(qtbot, view: ExportView) -> None:
    options = view.options
    for key in ("7", "30", "90", "all"):
        options.choose_preset(key)
        for marked in (False, True):
            options.marked_only.setChecked(marked)
            titles = _titles(view)
            assert "Only mine" not in titles
            model = view.model
            uuids = {model.index(r).data(PreviewRoles.UUID) for r in range(model.rowCount())}
            assert len(uuids) == len(titles)
    options.marked_only.setChecked(False)
    options.choose_preset("all")
    view.model.set_all_ticked(True)
    assert view.model.total == 5 and view.model.ticked == 5


# -- ticks -----------------------------------------------------------------------------


def test_unticking_two_entries_changes_the_counts_and_excludes_them(
    qtbot, view: ExportView, filled
) -> None:
    view.options.choose_preset("all")
    assert view.count_label.text() == "5 of 5 entries ticked"
    assert view.summary_label.text() == "5 entries and 1 question will go in."

    # With the keyboard: Space on the current row.
    list_view = view.list_view
    list_view.setFocus()
    list_view.setCurrentIndex(view.model.index(_row_of(view, "Old free entry")))
    with qtbot.waitSignal(view.model.ticks_changed):
        qtbot.keyClick(list_view, Qt.Key.Key_Space)
    # With the mouse: a click on the tick.
    row = _row_of(view, "Reflection twenty days ago")
    index = view.model.index(row)
    rect = list_view.visualRect(index)
    with qtbot.waitSignal(view.model.ticks_changed):
        qtbot.mouseClick(
            list_view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_check_point(list_view, index, rect),
        )

    assert view.count_label.text() == "3 of 5 entries ticked"
    assert view.summary_label.text() == "3 entries and 1 question will go in."
    selection = view.selection()
    assert selection is not None
    assert selection.excluded == frozenset({filled["old"].uuid, filled["reflection"].uuid})
    assert view.model.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    # Unticked entries stay unticked while a narrower period hides them, and come back so.
    view.options.choose_preset("7")
    assert view.count_label.text() == "2 of 2 entries ticked"
    view.options.choose_preset("all")
    assert view.count_label.text() == "3 of 5 entries ticked"

    # Questions left out: the line says entries only.
    qtbot.mouseClick(view.options.questions_check, Qt.MouseButton.LeftButton)
    assert view.summary_label.text() == "3 entries will go in."
    view.model.set_all_ticked(True)
    assert view.count_label.text() == "5 of 5 entries ticked"


def _check_point(list_view, index, rect):  # noqa: ANN001, ANN202
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    list_view.initViewItemOption(option)
    option.rect = rect
    list_view.itemDelegate().initStyleOption(option, index)
    style = list_view.style()
    return style.subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, list_view
    ).center()


# -- exporting -------------------------------------------------------------------------


def _export(qtbot, view: ExportView, dialogs: ScriptedBackend, out: Path | None) -> str:  # noqa: ANN001
    dialogs.save_answers.append(out)
    with qtbot.waitSignal(view.run.finished, timeout=OP_TIMEOUT) as finished:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    return str(finished.args[0])


def test_export_writes_the_ticked_entries_as_markdown(
    qtbot, view: ExportView, dialogs: ScriptedBackend, filled, tmp_path: Path
) -> None:
    view.options.choose_preset("all")
    qtbot.mouseClick(view.options.format_buttons["markdown"], Qt.MouseButton.LeftButton)
    assert view.options.format_name() == "markdown"
    assert "session-notes-" in view.notice.text() and "not encrypted" in view.notice.text()
    for title in ("Old free entry", "Conversation sixty days"):
        view.model.set_ticked(_row_of(view, title), False)

    out = tmp_path / "for-my-therapist"  # no extension typed: the format's is added
    assert _export(qtbot, view, dialogs, out) == WRITTEN

    kind, title, start = dialogs.calls[0]
    assert (kind, title) == ("save_file", "Export for your session")
    assert Path(start).name == f"session-notes-{TODAY.isoformat()}.md"
    written = out.with_name("for-my-therapist.md")
    text = written.read_text(encoding="utf-8")
    for kept in ("Free today", "Feelings three days ago", "Reflection twenty days ago"):
        assert kept in text
    for left_out in ("Old free entry", "Conversation sixty days", "Only mine"):
        assert left_out not in text
    assert "Why does the evening feel hardest?" in text
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".md") == [written.name]

    kind, title, message = dialogs.calls[-1]
    assert (kind, title) == ("inform", "Export written")
    assert "3 entries" in message and "for-my-therapist.md" in message
    assert "for-my-therapist.md" in view.notice.text()  # where the last one went


def test_the_default_format_is_pdf(
    qtbot, view: ExportView, dialogs: ScriptedBackend, tmp_path: Path
) -> None:
    assert view.options.format_name() == "pdf"
    out = tmp_path / "notes.pdf"
    assert _export(qtbot, view, dialogs, out) == WRITTEN
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_choosing_no_file_writes_nothing(
    qtbot, view: ExportView, dialogs: ScriptedBackend, tmp_path: Path
) -> None:
    before = set(tmp_path.iterdir())
    assert _export(qtbot, view, dialogs, None) != WRITTEN
    assert [c[0] for c in dialogs.calls] == ["save_file"]
    assert set(tmp_path.iterdir()) == before


def test_cancel_leaves_no_file(
    qtbot, view: ExportView, dialogs: ScriptedBackend, journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "stopped.md"
    qtbot.mouseClick(view.options.format_buttons["markdown"], Qt.MouseButton.LeftButton)
    before = set(tmp_path.iterdir())
    dialogs.save_answers.append(out)
    # Holding the journal keeps the export at its first step until Cancel is chosen.
    with (
        qtbot.waitSignal(view.run.finished, timeout=OP_TIMEOUT) as finished,
        journal.vault.locked(),
    ):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        progress = view.run.progress
        assert progress is not None and progress.isVisible()
        assert operations.journal_busy()
        progress.cancel_button.click()
    assert finished.args == [STOPPED]
    assert dialogs.calls[-1][:2] == ("inform", "Export stopped")
    assert not out.exists()
    assert set(tmp_path.iterdir()) == before  # no partial or temporary file either
    qtbot.waitUntil(lambda: operations.running() == 0)


# -- staying current and lazy ----------------------------------------------------------


def test_the_preview_follows_marks_and_new_entries(
    qtbot, workspace: WorkspacePage, journal: Journal, filled
) -> None:
    view = _shown_export(workspace)
    options = view.options
    options.choose_preset("all")
    options.marked_only.setChecked(True)
    assert _titles(view) == ["Old free entry", "Feelings three days ago"]
    with qtbot.waitSignal(view.preview_updated):
        journal.session.mark(filled["today"].uuid)
    assert _titles(view) == ["Old free entry", "Feelings three days ago", "Free today"]
    assert "3 marked" in options.marked_only.text()

    options.marked_only.setChecked(False)
    with qtbot.waitSignal(view.preview_updated):
        _entry(journal, EntryKind.DEBRIEF, "A debrief yesterday", 1)
    assert "A debrief yesterday" in _titles(view)
    with qtbot.waitSignal(view.preview_updated):
        journal.session.add_question("What do I need from the next weeks?")
    assert view.summary_label.text() == "6 entries and 2 questions will go in."

    # Hidden, it catches up when shown again.
    workspace.show_section("home")
    journal.session.mark(filled["reflection"].uuid)
    with qtbot.waitSignal(view.preview_updated):
        workspace.show_section("export")
    options.marked_only.setChecked(True)
    assert "Reflection twenty days ago" in _titles(view)


def test_ten_years_load_a_page_at_a_time(qtbot, host, journal: Journal, qtmodeltester) -> None:  # noqa: ANN001
    with journal.vault.transaction():
        for i in range(3650):
            journal.save_entry(
                Entry.new(EntryKind.FREE, title=f"Day {i}", about=TODAY - timedelta(days=i))
            )
    view = ExportView(journal)
    host(view, 1200, 760)
    view.options.choose_preset("all")
    model = view.model
    assert model.total == 3650
    assert model.rowCount() < 3650  # only what the list has scrolled to
    n = QLocale().toString(3650)
    assert view.count_label.text() == f"{n} of {n} entries ticked"
    view.untick_all_button.click()
    assert model.ticked == 0 and len(view.model.excluded()) == 3650
    assert view.summary_label.text() == "0 entries will go in."
    view.tick_all_button.click()
    assert model.ticked == 3650
    qtmodeltester.check(model)


# -- layout and keyboard ---------------------------------------------------------------


def test_options_and_preview_sit_side_by_side_only_when_there_is_room(
    qtbot, host, journal: Journal, filled
) -> None:
    wide = ExportView(journal)
    host(wide, 1166, 740)
    assert wide.side_by_side
    narrow = ExportView(journal)
    host(narrow, 640, 520)
    assert not narrow.side_by_side
    assert narrow.list_view.height() >= 280  # the page scrolls; the list keeps its room


def test_every_control_has_a_name_and_tab_reaches_export(qtbot, view: ExportView) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    for kind in (QAbstractButton, QComboBox, QLineEdit):
        for widget in view.findChildren(kind):
            if widget.isVisible() and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName(), widget
    view.options.preset_combo.setFocus()
    seen = []
    for _ in range(40):
        qtbot.keyClick(view.window().focusWidget(), Qt.Key.Key_Tab)
        seen.append(view.window().focusWidget())
        if seen[-1] is view.export_button:
            break
    assert view.export_button in seen
    assert view.list_view in seen
    assert view.options.initials_edit in seen


def test_initials_and_unticked_entries_reach_the_selection(qtbot, view: ExportView, filled) -> None:
    qtbot.keyClicks(view.options.initials_edit, " A.K. ")
    selection = view.selection()
    assert selection is not None and selection.initials == "A.K."
    assert selection.excluded == frozenset()
    view.model.set_ticked(_row_of(view, "Free today"), False)
    selection = view.selection()
    assert selection is not None and selection.excluded == frozenset({filled["today"].uuid})
