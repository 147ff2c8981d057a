"""File menu: change passphrase, back up now, restore from a backup (real journals)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from menu_support import (
    NEW_PASSPHRASE,
    OP_TIMEOUT,
    PASSPHRASE,
    add_entries,
    journal_with,
    titles,
    unlock,
    unlocked_window,
)
from PySide6.QtCore import Qt
from shell_support import ScriptedBackend

from hallpass_journal.domain.errors import WrongPassphrase
from hallpass_journal.paths import AppPaths
from hallpass_journal.services import backups
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.windows.main_window import MainWindow


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path)


@pytest.fixture
def window(qtbot, paths: AppPaths, dialogs: ScriptedBackend):  # noqa: ANN001, ANN201
    """A main window, unlocked on a journal holding "First" and "Second"."""
    journal_with(paths.default_journal, "First", "Second")
    with unlocked_window(qtbot, paths) as win:
        yield win


def _open_passphrase_dialog(window: MainWindow) -> ChangePassphraseDialog:
    window.menu_actions.change_passphrase.trigger()
    dialog = window.journal_actions.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill(dialog: ChangePassphraseDialog, current: str, new: str) -> None:
    dialog.current.setText(current)
    dialog.passphrase.setText(new)
    dialog.confirmation.setText(new)


def test_actions_need_an_unlocked_journal(qtbot, window) -> None:
    a = window.menu_actions
    new_ones = [a.change_passphrase, a.back_up_now, a.restore_backup, a.export_json, a.import_json]
    assert all(action.isEnabled() for action in new_ones)
    with qtbot.waitSignal(window.locked):
        a.lock.trigger()
    assert not any(action.isEnabled() for action in new_ones)


# -- change passphrase ---------------------------------------------------------------


def test_change_passphrase_from_the_menu(qtbot, window, dialogs, paths) -> None:
    dialog = _open_passphrase_dialog(window)
    assert not dialog.change_button.isEnabled()
    _fill(dialog, PASSPHRASE, NEW_PASSPHRASE)
    dialog.confirmation.setText(NEW_PASSPHRASE[:-1])
    assert not dialog.change_button.isEnabled()  # the two new ones differ
    assert dialog.message.isVisibleTo(dialog)
    dialog.confirmation.setText(NEW_PASSPHRASE)
    assert dialog.change_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.meter.strength is not None)
    assert dialog.meter.label.text() in {"Strong", "Very strong"}

    with qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        # The key derivation and copy run off the GUI thread, as a JournalOp.
        assert dialog.busy.isVisibleTo(dialog) and not dialog.current.isEnabled()
        assert operations.journal_busy()

    assert ("inform", "Passphrase changed") in [c[:2] for c in dialogs.calls]
    text = dialogs.calls[-1][2]
    assert "opens only with the new one" in text
    assert "still opens with the old passphrase" in text  # the backup made at unlock
    assert window.journal is not None and window.journal.vault.is_open
    assert titles(window.journal) == ["First", "Second"]  # still unlocked, still usable

    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()
    with pytest.raises(WrongPassphrase):
        Journal.open(paths.default_journal, PASSPHRASE, auto_backup=False)
    with Journal.open(paths.default_journal, NEW_PASSPHRASE, auto_backup=False) as journal:
        assert titles(journal) == ["First", "Second"]


def test_wrong_current_passphrase_changes_nothing(qtbot, window, dialogs, paths) -> None:
    before = paths.default_journal.read_bytes()
    dialog = _open_passphrase_dialog(window)
    _fill(dialog, "not the passphrase", NEW_PASSPHRASE)
    with qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT):
        dialog.change_button.click()

    assert dialog.isVisible()  # still open, to try again
    assert "not the journal's current passphrase" in dialog.message.text()
    assert dialog.current.hasFocus() or dialog.current.hasSelectedText()
    assert dialogs.calls == []
    assert paths.default_journal.read_bytes() == before

    dialog.reject()
    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()
    with Journal.open(paths.default_journal, PASSPHRASE, auto_backup=False) as journal:
        assert titles(journal) == ["First", "Second"]


def test_weak_new_passphrase_asks_first(qtbot, window, dialogs, paths) -> None:
    dialog = _open_passphrase_dialog(window)
    _fill(dialog, PASSPHRASE, "abc")
    dialogs.confirm_answers.append(False)
    dialog.change_button.click()
    assert [c[:2] for c in dialogs.calls] == [("confirm", "Use a weak passphrase?")]
    assert not dialog.is_busy and dialog.isVisible()
    assert not operations.journal_busy()

    # One of the first guesses anyone would try: asked a second time, as on the welcome page.
    dialogs.calls.clear()
    dialogs.confirm_answers.extend([True, False])
    dialog.change_button.click()
    assert [c[0] for c in dialogs.calls] == ["confirm", "confirm"]
    assert not dialog.is_busy and not operations.journal_busy()
    assert window.journal.vault.check_passphrase(PASSPHRASE)


def test_same_passphrase_is_not_offered(window) -> None:
    dialog = _open_passphrase_dialog(window)
    _fill(dialog, PASSPHRASE, PASSPHRASE)
    assert not dialog.change_button.isEnabled()
    assert "same as the current one" in dialog.message.text()


def test_replacing_older_backups_leaves_one_under_the_new_passphrase(
    qtbot, window, dialogs, paths
) -> None:
    assert len(backups.list_backups(paths.default_journal)) == 1  # made at unlock
    dialog = _open_passphrase_dialog(window)
    dialog.show_text.setChecked(True)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Normal
    _fill(dialog, PASSPHRASE, NEW_PASSPHRASE)
    dialog.replace_backups.setChecked(True)
    with qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT):
        dialog.change_button.click()

    assert "older backup was deleted" in dialogs.calls[-1][2]
    assert not shiboken6.isValid(dialog)  # closed and destroyed, with what was typed
    (fresh,) = backups.list_restorable(paths.default_journal)
    backups.verify_backup(fresh.path, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(fresh.path, PASSPHRASE)


# -- back up now ---------------------------------------------------------------------


def test_back_up_now_makes_a_new_backup(qtbot, window, dialogs, paths) -> None:
    before = {b.path for b in backups.list_backups(paths.default_journal)}
    with qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT):
        window.menu_actions.back_up_now.trigger()
        assert window.journal_actions.progress is not None

    made = {b.path for b in backups.list_backups(paths.default_journal)} - before
    assert len(made) == 1
    (path,) = made
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("inform", "Backup made")
    assert path.name in text and "encrypted" in text
    backups.verify_backup(path, PASSPHRASE)


# -- restore -------------------------------------------------------------------------


def test_restore_from_the_list(qtbot, window, dialogs, paths) -> None:
    (backup,) = backups.list_backups(paths.default_journal)  # holds First and Second
    add_entries(window.journal, "Third, written after the backup")

    window.menu_actions.restore_backup.trigger()
    dialog = window.journal_actions.restore_dialog
    assert dialog is not None and dialog.backups.topLevelItemCount() == 1
    row = dialog.backups.topLevelItem(0)
    assert row.text(1) and row.text(2) == "Backup"  # a size, and what it is
    assert row.text(3) == "Your current passphrase"
    assert dialog.chosen() == backup.path
    assert "kept first" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.message))
    )
    assert not dialog.restore_button.isEnabled()  # the backup's passphrase first
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert window.journal is not None  # unlocked again, on the restored journal
    assert titles(window.journal) == ["First", "Second"]
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("inform", "Journal restored")
    (kept,) = backups.list_kept_copies(paths.default_journal)
    assert kept.path.name in text
    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()
    with Journal.open(kept.path, PASSPHRASE, auto_backup=False) as replaced:
        assert "Third, written after the backup" in titles(replaced)

    # The kept copy is offered next time, so a restore can be undone.
    unlock(qtbot, window)
    window.menu_actions.restore_backup.trigger()
    again = window.journal_actions.restore_dialog
    kinds = [
        again.backups.topLevelItem(i).text(2) for i in range(again.backups.topLevelItemCount())
    ]
    assert "Kept before a restore" in kinds
    again.reject()


def test_restore_with_a_passphrase_the_backup_does_not_open_with(
    qtbot, window, dialogs, paths
) -> None:
    journal = window.journal
    window.menu_actions.restore_backup.trigger()
    dialog = window.journal_actions.restore_dialog
    dialog.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT):
        dialog.restore_button.click()
    assert "does not open this backup" in dialog.message.text()
    assert dialog.isVisible()
    assert window.journal is journal and journal.vault.is_open  # never locked for it
    assert not isinstance(window.page, UnlockPage)
    assert backups.list_kept_copies(paths.default_journal) == []
    assert dialogs.calls == []


def test_restore_dialog_with_no_backups_says_so(qtbot, window, paths) -> None:
    for info in backups.list_backups(paths.default_journal):
        info.path.unlink()
    window.menu_actions.restore_backup.trigger()
    dialog = window.journal_actions.restore_dialog
    assert dialog.empty.isVisibleTo(dialog) and not dialog.backups.isVisibleTo(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.restore_button.isEnabled()


def test_restore_a_backup_from_before_a_passphrase_change(qtbot, window, dialogs, paths) -> None:
    (before_change,) = backups.list_backups(paths.default_journal)
    window.journal.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    window.journal.back_up_now()

    window.menu_actions.restore_backup.trigger()
    dialog = window.journal_actions.restore_dialog
    opens = {
        dialog.backups.topLevelItem(i).text(3) for i in range(dialog.backups.topLevelItemCount())
    }
    assert opens == {"Your current passphrase", "An earlier passphrase"}
    dialog.choose(before_change.path)
    assert "earlier passphrase" in dialog.passphrase_note.text()
    dialog.passphrase.setText(PASSPHRASE)  # the one the backup was made with
    with qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT):
        dialog.restore_button.click()

    assert window.journal is not None and titles(window.journal) == ["First", "Second"]
    with qtbot.waitSignal(window.locked):
        window.menu_actions.lock.trigger()
    Journal.open(paths.default_journal, PASSPHRASE, auto_backup=False).close()


def test_auto_lock_during_a_passphrase_change_waits_for_it(qtbot, window, dialogs, paths) -> None:
    journal = window.journal
    dialog = _open_passphrase_dialog(window)
    _fill(dialog, PASSPHRASE, NEW_PASSPHRASE)
    with journal.vault.locked():  # the change waits until the lock below has begun
        dialog.change_button.click()
        window.auto_lock()
    with (
        qtbot.waitSignal(window.locked, timeout=OP_TIMEOUT),
        qtbot.waitSignal(window.journal_actions.finished, timeout=OP_TIMEOUT),
    ):
        pass
    assert not journal.vault.is_open
    assert dialogs.calls[-1][:2] == ("inform", "Passphrase changed")  # said after locking
    with Journal.open(paths.default_journal, NEW_PASSPHRASE, auto_backup=False) as reopened:
        assert titles(reopened) == ["First", "Second"]
