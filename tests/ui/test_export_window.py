"""The Export section inside the main window: reached from the sidebar, stopped by a lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from menu_support import OP_TIMEOUT, journal_with, unlocked_window
from PySide6.QtCore import Qt
from shell_support import ScriptedBackend

from hallpass_journal.paths import AppPaths
from hallpass_journal.ui import operations, resources
from hallpass_journal.ui.views.export_view import ExportView
from hallpass_journal.ui.windows.main_window import MainWindow
from hallpass_journal.ui.windows.sections import default_sections


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs: ScriptedBackend):  # noqa: ANN001, ANN201
    """A 1366 x 800 window, unlocked on a journal with two entries and one private entry."""
    paths = AppPaths.under(tmp_path / "app")
    journal_with(paths.default_journal, "First", "Second", private=("Only mine",))
    with unlocked_window(qtbot, paths, (1366, 800)) as win:
        yield win


def _open_export(qtbot, window: MainWindow) -> ExportView:  # noqa: ANN001
    workspace = window.workspace
    assert workspace is not None
    sidebar = workspace.sidebar
    last = sidebar.item(sidebar.count() - 1)
    assert last.text() == "Export"
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(last).center()
    )
    assert workspace.current_section() == "export"
    view = workspace.view("export", create=False)
    assert isinstance(view, ExportView) and view.isVisible()
    return view


def test_export_is_the_last_section_with_its_icon(qtbot) -> None:  # noqa: ANN001
    section = default_sections()[-1]
    assert (section.section_id, section.title) == ("export", "Export")
    assert not resources.icon(section.icon).isNull()


def test_the_last_sidebar_row_shows_the_export(qtbot, window: MainWindow) -> None:
    view = _open_export(qtbot, window)
    view.options.choose_preset("all")
    titles = [view.model.index(r).data() for r in range(view.model.rowCount())]
    assert sorted(titles) == ["First", "Second"]
    assert view.side_by_side  # room for options and preview side by side at 1366 x 800
    assert view.export_button.isVisible()


def test_an_auto_lock_during_an_export_stops_it_and_writes_nothing(
    qtbot, window: MainWindow, dialogs: ScriptedBackend, tmp_path: Path
) -> None:
    view = _open_export(qtbot, window)
    qtbot.mouseClick(view.options.format_buttons["html"], Qt.MouseButton.LeftButton)
    out = tmp_path / "out" / "notes.html"
    out.parent.mkdir()
    dialogs.save_answers.append(out)
    journal = window.journal
    assert journal is not None
    with journal.vault.locked():  # the export waits at its first step
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        progress = view.run.progress
        assert progress is not None and progress.isVisible()
        window.auto_lock()  # closes the progress dialog (= Cancel), then locks
    qtbot.waitUntil(lambda: window.journal is None, timeout=OP_TIMEOUT)
    qtbot.waitUntil(lambda: operations.running() == 0, timeout=OP_TIMEOUT)
    assert not journal.vault.is_open
    assert list(out.parent.iterdir()) == []
