"""A view asks for an action; the workspace shows the section that handles it and lets
its view carry it out (the seam guided entries, agreements and Home use)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.windows.sections import Section


class _Asker(JournalView):
    section_id = "asker"


class _Doer(JournalView):
    section_id = "doer"

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.done: list[tuple[str, str]] = []

    def handle_action(self, action: str, argument: str) -> bool:
        self.done.append((action, argument))
        return True


def _sections() -> list[Section]:
    return [
        Section("asker", "Asker", "home", _Asker),
        Section("doer", "Doer", "journal", _Doer, actions=frozenset({"thing.do"})),
    ]


def test_an_action_shows_its_section_and_reaches_its_view(qtbot, journal: Journal) -> None:  # noqa: ANN001
    page = WorkspacePage(journal, _sections())
    qtbot.addWidget(page)
    asker = page.view("asker")
    assert page.current_section() == "asker" and asker is not None
    assert page.view("doer", create=False) is None  # not built until needed

    asker.action_requested.emit("thing.do", "42")

    doer = page.view("doer", create=False)
    assert isinstance(doer, _Doer)
    assert doer.done == [("thing.do", "42")]
    assert page.current_section() == "doer"
    assert page.stack.currentWidget() is doer


def test_an_action_no_section_handles_changes_nothing(qtbot, journal: Journal) -> None:  # noqa: ANN001
    page = WorkspacePage(journal, _sections())
    qtbot.addWidget(page)
    assert page.route_action("nobody.does", "x") is False
    assert page.current_section() == "asker"
    assert page.view("doer", create=False) is None
