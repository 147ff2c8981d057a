"""Fixtures for the journal views: reopening a journal, scripted dialogs, a window host."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from shell_support import ScriptedBackend

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages

# The same passphrase tests/conftest.py creates the ``journal`` fixture with (the root
# conftest is not importable as a module).
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def reopen(journal_path: Path) -> Iterator[Callable[[], Journal]]:
    """Unlock the test journal again (after the test closed it); closed at teardown."""
    opened: list[Journal] = []

    def _reopen() -> Journal:
        j = Journal.open(journal_path, PASSPHRASE, auto_backup=False)
        opened.append(j)
        return j

    yield _reopen
    for j in opened:
        if j.vault.is_open:
            j.close()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedBackend:
    """Replace the one dialog backend with a scripted one (every UI test uses this one)."""
    scripted = ScriptedBackend()
    monkeypatch.setattr(messages, "backend", scripted)
    return scripted


@pytest.fixture
def host(qtbot) -> Callable[[QWidget], QWidget]:  # noqa: ANN001
    """Show a widget inside a plain top-level window of a fixed size.

    The host has no layout, so size constraints of the view never reach the offscreen
    platform window (which answers them with a "propagateSizeHints" warning).
    """

    windows: list[QWidget] = []  # qtbot only keeps weak references

    def _show(widget: QWidget, width: int = 1100, height: int = 720) -> QWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        window.resize(width, height)
        widget.setParent(window)
        widget.setGeometry(0, 0, width, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return _show


@pytest.fixture
def make_entries(journal: Journal) -> Callable[..., list[Entry]]:
    """Write free entries into ``journal``, one per day back from a start, in one commit."""

    def _make(count: int, *, start: date | None = None, **fields: object) -> list[Entry]:
        start = start or date(2024, 6, 30)
        written = []
        with journal.vault.transaction():
            for i in range(count):
                values: dict[str, object] = {
                    "title": f"Entry {i:03d}",
                    "body": f"Body of entry number {i}.",
                    "about": start - timedelta(days=i),
                    **fields,
                }
                written.append(journal.save_entry(Entry.new(EntryKind.FREE, **values)))
        return written

    return _make
