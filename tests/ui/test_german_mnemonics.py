"""Alt+letter shortcuts in German: no page claims a letter of the menu bar, none twice.

The same check as ``test_keyboard.test_no_page_claims_a_letter_of_the_menu_bar``, with
the German translation installed, since translators choose their own letters.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from menu_support import PASSPHRASE, unlocked_window
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from test_keyboard import _every_page, mnemonics

from hallpass_journal.app import install_translations
from hallpass_journal.demo import fill_demo
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.windows.main_window import MainWindow


@pytest.fixture
def german_window(qtbot, qapp, tmp_path: Path, dialogs) -> Iterator[MainWindow]:  # noqa: ANN001
    """The main window in German, unlocked on a journal with something in every section."""
    before = QLocale()
    installed = install_translations(qapp, "de")
    assert installed
    paths = AppPaths.under(tmp_path)
    with Journal.create(paths.default_journal, PASSPHRASE) as journal:
        fill_demo(journal, entries=40)
    try:
        with unlocked_window(qtbot, paths, (1366, 800)) as window:
            yield window
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_no_german_page_claims_a_letter_of_the_menu_bar(qtbot, german_window: MainWindow) -> None:  # noqa: ANN001
    bar = {
        QKeySequence.mnemonic(action.text()).toString(): action.text()
        for action in german_window.menuBar().actions()
    }
    assert [a.text() for a in german_window.menuBar().actions()][0] == "&Datei"
    assert len(bar) == 4  # four menus, four letters
    for page, view in _every_page(german_window):
        claimed = mnemonics(view, visible_only=False)
        clashes = {key: (bar[key], claimed[key]) for key in claimed.keys() & bar.keys()}
        assert clashes == {}, page
        shown = mnemonics(view, visible_only=True)
        assert {k: v for k, v in shown.items() if len(v) > 1} == {}, page
