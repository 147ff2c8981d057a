"""The Private check box says what is true: exports leave private entries out unless the
person asks for them (a JSON export with private entries included has them)."""

from __future__ import annotations

import pytest

from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.widgets.entry_editor import EntryEditor


@pytest.mark.parametrize("make", [HomeView, EntryEditor], ids=["home", "editor"])
def test_the_private_box_promises_only_what_exports_do(qtbot, journal, make) -> None:  # noqa: ANN001
    widget = make(journal)
    qtbot.addWidget(widget)
    check = widget.private_check
    assert check.text() == "Private — exported only if you ask"
    assert "never" not in (check.text() + check.accessibleName() + check.toolTip()).lower()
    assert "unless you choose to include private entries" in check.accessibleName()
    assert "backups" in check.toolTip()  # they stay in the encrypted journal and backups
