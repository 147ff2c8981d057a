"""Views keep themselves current from the journal's change notices, whoever writes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Change
from hallpass_journal.services.export_json import ExportDocument, import_document
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.operations import JournalOp
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.widgets.entry_editor import EntryEditor
from hallpass_journal.ui.windows.sections import default_sections

OP_TIMEOUT = 60_000


@pytest.fixture
def workspace(qtbot, host, journal: Journal) -> WorkspacePage:  # noqa: ANN001
    page = WorkspacePage(journal, default_sections())
    host(page)  # the host window (and this page with it) is destroyed by qtbot
    return page


def journal_view(workspace: WorkspacePage) -> JournalListView:
    view = workspace.show_section("journal") or workspace.view("journal")
    assert isinstance(view, JournalListView)
    return view


def test_an_entry_saved_elsewhere_appears_in_the_list(workspace, journal) -> None:
    view = journal_view(workspace)
    assert view.model.rowCount() == 0
    entry = journal.save_entry(Entry.new(EntryKind.FREE, title="written by another view"))
    assert view.model.row_of(entry.uuid) == 0
    assert view.count_label.text() == "1 entry"
    journal.delete_entry(entry.uuid)
    assert view.model.row_of(entry.uuid) == -1


def test_a_hidden_view_catches_up_when_shown(workspace, journal) -> None:
    view = journal_view(workspace)
    workspace.show_section("home")
    home = workspace.view("home")
    assert isinstance(home, HomeView)
    with journal.bulk():  # more than a handful of rows: the hidden list reloads later
        for i in range(30):
            journal.save_entry(Entry.new(EntryKind.FREE, title=f"imported {i}"))
    assert home.recent_list.count() == 5  # the visible Home view refreshed at once
    assert view.stale and view.model.rowCount() == 0
    workspace.show_section("journal")
    assert not view.stale and view.model.rowCount() == 30


def test_changes_made_on_a_worker_arrive_on_the_gui_thread(qtbot, workspace, journal) -> None:
    view = journal_view(workspace)
    threads: list[object] = []

    def record(_change: Change) -> None:
        threads.append(QThread.currentThread())

    workspace.events.changed.connect(record)

    def work() -> Entry:
        return journal.save_entry(Entry.new(EntryKind.FREE, title="from a worker"))

    with qtbot.waitSignal(workspace.events.changed, timeout=OP_TIMEOUT):
        JournalOp(workspace, work).run_in_background()
    assert threads == [workspace.thread()]
    qtbot.waitUntil(lambda: not operations.journal_busy(), timeout=OP_TIMEOUT)
    assert view.model.rowCount() == 1


def test_background_import_while_the_editor_autosaves(
    qtbot, workspace, journal, monkeypatch
) -> None:
    monkeypatch.setattr(EntryEditor, "autosave_ms", 5)
    view = journal_view(workspace)
    view.new_entry()
    qtbot.keyClicks(view.editor.title_edit, "typed while importing")
    document = ExportDocument(
        entries=[Entry.new(EntryKind.FREE, title=f"imported {i}") for i in range(2000)]
    )
    started = threading.Event()

    def work() -> object:
        with journal.bulk():
            started.set()
            return import_document(journal, document)

    op = JournalOp(workspace, work).run_in_background()
    assert started.wait(10)
    typed = ""
    while op.active:  # keep typing; autosave fires every few ms and waits its turn
        qtbot.keyClicks(view.editor.body_edit, "x")
        typed += "x"
        qtbot.wait(3)
        if len(typed) > 2000:
            break
    qtbot.waitUntil(lambda: not op.active, timeout=OP_TIMEOUT)
    # The last keystroke's autosave, now that nothing holds the journal.
    with qtbot.waitSignal(view.editor.saved, timeout=OP_TIMEOUT):
        qtbot.keyClicks(view.editor.body_edit, "!")
    saved = journal.entries.get(view.editor.current_uuid())
    assert saved is not None and saved.body == typed + "!"
    assert journal.entries.count(EntryFilter()) == 2001  # every imported entry, and ours
    assert journal.vault.verify() == []
