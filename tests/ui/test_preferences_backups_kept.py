"""Preferences offer only the numbers of backups a journal accepts (see domain.settings)."""

from __future__ import annotations

from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.dialogs.settings_dialog import SettingsDialog


def test_backups_kept_stays_within_what_the_journal_accepts(qtbot, journal) -> None:  # noqa: ANN001
    dialog = SettingsDialog(AppSettings(), backups_kept=10, preview_theme=lambda _mode: None)
    qtbot.addWidget(dialog)
    for wanted in (0, 1, 2, 100, 101):
        dialog.backups.setValue(wanted)
        journal.settings.set("backups.keep", dialog.backups.value())  # never refused
    dialog.backups.setValue(1)
    journal.settings.set("backups.keep", dialog.backups.value())
    assert journal.backups_kept == dialog.backups.value() == 2
