"""File menu: export everything as JSON, import JSON (real journals, scripted dialogs)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import shiboken6
from menu_support import (
    OP_TIMEOUT,
    PASSPHRASE,
    add_entries,
    journal_with,
    titles,
    unlocked_window,
)
from PySide6.QtCore import Qt
from shell_support import ScriptedBackend

from hallpass_journal.paths import AppPaths
from hallpass_journal.services.export_json import export_json
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.windows.main_window import MainWindow


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path)


@pytest.fixture
def window(qtbot, paths: AppPaths, dialogs: ScriptedBackend):  # noqa: ANN001, ANN201
    """A main window, unlocked on a journal with two entries and one private entry."""
    journal_with(paths.default_journal, "First", "Second", private=("Only mine",))
    with unlocked_window(qtbot, paths) as win:
        yield win


def _export(qtbot, window: MainWindow, dialogs: ScriptedBackend, out: Path, *, private: bool):  # noqa: ANN001, ANN202
    dialogs.save_answers.append(out)
    window.menu_actions.export_json.trigger()
    dialog = window.data_actions.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.include_private.setChecked(private)
    with qtbot.waitSignal(window.data_actions.finished, timeout=OP_TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


# -- export --------------------------------------------------------------------------


def test_export_says_it_is_not_encrypted_and_writes_the_clis_bytes(
    qtbot, window, dialogs, tmp_path
) -> None:
    window.menu_actions.export_json.trigger()
    dialog = window.data_actions.export_dialog
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.contents)))
    assert "NOT encrypted" in texts
    assert "2 entries" in dialog.contents.text()
    assert "entry marked private is left out" in dialog.contents.text()
    assert not dialog.include_private.isChecked()  # private entries only when asked for
    dialog.reject()

    out = tmp_path / "mine"
    _export(qtbot, window, dialogs, out, private=False)
    written = out.with_name("mine.json")  # the usual extension is added
    assert [c[0] for c in dialogs.calls] == ["save_file", "inform"]
    kind, title, text = dialogs.calls[-1]
    assert title == "Export written"
    assert "2 entries" in text and "entry marked private was left out" in text
    assert "not encrypted" in text
    assert stat.S_IMODE(written.stat().st_mode) == 0o600

    reference = tmp_path / "cli.json"
    export_json(window.journal, reference)  # what `hallpass-journal export` writes
    assert written.read_bytes() == reference.read_bytes()
    assert "Only mine" not in written.read_text()


def test_export_with_private_entries_when_ticked(qtbot, window, dialogs, tmp_path) -> None:
    out = tmp_path / "all.json"
    _export(qtbot, window, dialogs, out, private=True)
    reference = tmp_path / "cli.json"
    export_json(window.journal, reference, include_private=True)
    assert out.read_bytes() == reference.read_bytes()
    assert len(json.loads(out.read_text())["entries"]) == 3


def test_export_cancelled_writes_nothing(qtbot, window, dialogs, tmp_path) -> None:
    out = tmp_path / "stopped.json"
    dialogs.save_answers.append(out)
    window.menu_actions.export_json.trigger()
    dialog = window.data_actions.export_dialog
    journal = window.journal
    # Holding the journal keeps the export at its first step until Cancel is chosen.
    with (
        qtbot.waitSignal(window.data_actions.finished, timeout=OP_TIMEOUT),
        journal.vault.locked(),
    ):
        dialog.ok_button.click()
        progress = window.data_actions.progress
        assert progress is not None and progress.isVisible()
        progress.cancel_button.click()
    assert dialogs.calls[-1][:2] == ("inform", "Export stopped")
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))


def test_export_refuses_to_write_over_the_journal(qtbot, window, dialogs, paths) -> None:
    before = paths.default_journal.read_bytes()
    _export(qtbot, window, dialogs, paths.default_journal.with_suffix(".json"), private=False)
    target = paths.default_journal
    dialogs.save_answers.append(target)
    window.menu_actions.export_json.trigger()
    with qtbot.waitSignal(window.data_actions.finished, timeout=OP_TIMEOUT):
        window.data_actions.export_dialog.ok_button.click()
    kind, title, _text = dialogs.calls[-1]
    assert (kind, title) == ("warn", "Not exported")
    assert paths.default_journal.read_bytes() == before


# -- import --------------------------------------------------------------------------


def _import(
    qtbot,
    window: MainWindow,
    dialogs: ScriptedBackend,
    source: Path,
    *,
    confirm: bool | None = True,
) -> None:  # noqa: ANN001
    dialogs.open_answers.append(source)
    if confirm is not None:
        dialogs.confirm_answers.append(confirm)
    with qtbot.waitSignal(window.data_actions.finished, timeout=OP_TIMEOUT):
        window.menu_actions.import_json.trigger()


def test_import_into_another_journal_explains_its_counts(
    qtbot, window, dialogs, paths, tmp_path
) -> None:
    other = tmp_path / "other.hpj"
    source = tmp_path / "export.json"
    with Journal.create(other, PASSPHRASE) as journal:
        add_entries(journal, "Elsewhere one", "Elsewhere two", "Elsewhere three")
        export_json(journal, source)
    add_entries(window.journal, "Elsewhere one")  # a different entry with the same title

    _import(qtbot, window, dialogs, source)
    assert [c[0] for c in dialogs.calls] == ["open_file", "confirm", "inform"]
    confirm_text = dialogs.calls[1][2]
    assert "3 entries" in confirm_text and "not encrypted" in confirm_text
    kind, title, text = dialogs.calls[-1]
    assert title == "Import finished"
    assert "Added: 3" in text and "Updated: 0" in text and "Unchanged: 0" in text
    assert "more than the number of entries an export reports" in text
    assert "private entries" in text
    assert titles(window.journal).count("Elsewhere one") == 2
    assert len(titles(window.journal)) == 3 + 3 + 1

    # Importing the same file again adds nothing, and says so.
    _import(qtbot, window, dialogs, source)
    assert "Added: 0" in dialogs.calls[-1][2] and "Unchanged: 3" in dialogs.calls[-1][2]


def test_bad_import_file_shows_its_problems_and_imports_nothing(
    qtbot, window, dialogs, tmp_path
) -> None:
    good = tmp_path / "good.json"
    with Journal.create(tmp_path / "other.hpj", PASSPHRASE) as journal:
        add_entries(journal, "From the file")
        export_json(journal, good)
    data = json.loads(good.read_text())
    data["entries"][0]["emotions"] = [{"name": "jealousy", "intensity": 42}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    before = titles(window.journal)

    _import(qtbot, window, dialogs, bad, confirm=None)
    assert [c[0] for c in dialogs.calls] == ["open_file", "warn"]
    kind, title, text = dialogs.calls[-1]
    assert title == "Not imported"
    assert "nothing was imported" in text
    assert "entries[0].emotions[0].intensity" in text
    assert titles(window.journal) == before


def test_import_of_something_else_says_what_it_is(qtbot, window, dialogs, tmp_path) -> None:
    source = tmp_path / "notes.json"
    source.write_text("this is not json")
    _import(qtbot, window, dialogs, source, confirm=None)
    assert dialogs.calls[-1][:2] == ("warn", "Not imported")
    assert "not valid JSON" in dialogs.calls[-1][2]


def test_import_declined_or_stopped_imports_nothing(qtbot, window, dialogs, tmp_path) -> None:
    source = tmp_path / "export.json"
    with Journal.create(tmp_path / "other.hpj", PASSPHRASE) as journal:
        add_entries(journal, "From the file")
        export_json(journal, source)
    before = titles(window.journal)

    _import(qtbot, window, dialogs, source, confirm=False)
    assert titles(window.journal) == before

    dialogs.open_answers.append(source)
    dialogs.confirm_answers.append(True)
    journal = window.journal

    def importing() -> bool:
        progress = window.data_actions.progress
        return shiboken6.isValid(progress) and progress.label.text() == "Importing…"

    # Holding the journal keeps the import at its first step (the file is read and
    # checked without it) until its progress dialog is closed.
    with (
        qtbot.waitSignal(window.data_actions.finished, timeout=OP_TIMEOUT),
        journal.vault.locked(),
    ):
        window.menu_actions.import_json.trigger()
        qtbot.waitUntil(importing)
        assert not dialogs.confirm_answers  # confirmed
        window.data_actions.progress.reject()  # Escape, or an auto-lock closing it
    assert dialogs.calls[-1][:2] == ("inform", "Import stopped")
    assert titles(window.journal) == before


def test_auto_lock_during_an_export_stops_it_and_writes_nothing(
    qtbot, window, dialogs, tmp_path
) -> None:
    out = tmp_path / "interrupted.json"
    dialogs.save_answers.append(out)
    window.menu_actions.export_json.trigger()
    journal = window.journal
    with journal.vault.locked():  # the export waits at its first step
        window.data_actions.export_dialog.ok_button.click()
        window.auto_lock()  # closes the progress dialog (= Cancel), then locks
    with (
        qtbot.waitSignal(window.locked, timeout=OP_TIMEOUT),
        qtbot.waitSignal(window.data_actions.finished, timeout=OP_TIMEOUT),
    ):
        pass
    assert window.journal is None and not journal.vault.is_open
    assert dialogs.calls[-1][:2] == ("inform", "Export stopped")
    assert not out.exists()


def test_import_stopped_while_the_file_is_checked(qtbot, window, dialogs, tmp_path) -> None:
    source = tmp_path / "export.json"
    with Journal.create(tmp_path / "other.hpj", PASSPHRASE) as journal:
        add_entries(journal, "From the file")
        export_json(journal, source)
    before = titles(window.journal)
    dialogs.open_answers.append(source)
    with qtbot.waitSignal(window.data_actions.finished, timeout=OP_TIMEOUT):
        window.menu_actions.import_json.trigger()
        # The check's result can only arrive through the event loop, so this comes first.
        window.data_actions.progress.cancel_button.click()
    assert [c[:2] for c in dialogs.calls] == [
        ("open_file", "Import (JSON)"),
        ("inform", "Import stopped"),
    ]
    # Once the check has delivered (and been discarded), still nothing was asked.
    qtbot.waitUntil(lambda: operations.running() == 0)
    assert [c[0] for c in dialogs.calls] == ["open_file", "inform"]
    assert titles(window.journal) == before
