"""File menu: change the passphrase, back up now, restore from a backup.

What the command line can do, the window can do, as safely: the passphrase change is the
vault's atomic one (a verified, re-encrypted copy renamed over the file) after the current
passphrase has been proved; a backup is a verified encrypted copy; a restore closes the
journal first, keeps the file it replaces, and unlocks the restored one. Every slow step
(key derivation, copying, verifying) runs off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QObject

from hallpass_journal.domain.errors import VaultError, WrongPassphrase
from hallpass_journal.services import backups
from hallpass_journal.ui.counts import counted
from hallpass_journal.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from hallpass_journal.ui.dialogs.progress_dialog import ProgressDialog
from hallpass_journal.ui.dialogs.restore_dialog import RestoreDialog, when_taken
from hallpass_journal.ui.operations import BackgroundOp, JournalOp
from hallpass_journal.ui.widgets.page_parts import friendly_path
from hallpass_journal.ui.windows.action_support import ActionFlows, ActionsHost

CHANGE_PASSPHRASE, BACKUP, RESTORE = "change_passphrase", "backup", "restore"


@dataclass(frozen=True)
class _Changed:
    """How a passphrase change ended for the backups."""

    fresh_backup: Path | None = None
    removed: int = 0
    backup_problem: str = ""


class JournalActions(ActionFlows):
    """Change passphrase, back up now, restore from a backup (File menu)."""

    def __init__(self, host: ActionsHost, parent: QObject | None = None) -> None:
        super().__init__(host, parent)
        #: The dialogs last opened (tests drive them).
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.progress: ProgressDialog | None = None

    # -- change passphrase -----------------------------------------------------------

    def change_passphrase(self) -> None:
        """File > Change passphrase: prove the current one, choose a new one."""
        if self._journal_for(self.tr("Change passphrase")) is None:
            return
        dialog = ChangePassphraseDialog(self._window())
        dialog.change_requested.connect(
            lambda current, new, replace: self._change(dialog, current, new, replace)
        )
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def _change(
        self, dialog: ChangePassphraseDialog, current: str, new: str, replace: bool
    ) -> None:
        journal = self.host.journal
        if journal is None:
            dialog.reject()
            return
        # The welcome page's rule: weak asks once, among the first guesses asks twice.
        if not self.host.flows._passphrase_accepted(new):
            dialog.passphrase.setFocus()
            return
        dialog.set_busy(True)

        def work() -> _Changed:
            journal.change_passphrase(current, new)
            if not replace:
                return _Changed()
            try:  # the passphrase has changed: a backup problem must not hide that
                fresh, removed = journal.replace_older_backups()
            except (VaultError, OSError) as exc:
                text = exc.text if isinstance(exc, VaultError) else str(exc.strerror or "")
                return _Changed(backup_problem=text)
            return _Changed(fresh, removed)

        def failed(exc: BaseException) -> None:
            if self._still_open(dialog):
                dialog.show_problem(self._why(exc), current_wrong=isinstance(exc, WrongPassphrase))
                self._tell(CHANGE_PASSPHRASE, "", "")
            else:  # locked meanwhile: the dialog has gone, so say it in a message
                title = self.tr("Passphrase not changed")
                self._tell(CHANGE_PASSPHRASE, title, self._why(exc), problem=True)

        JournalOp(self._window(), work).success(
            lambda changed: self._changed(dialog, changed)
        ).failure(failed).run_in_background()

    def _still_open(self, dialog: ChangePassphraseDialog | RestoreDialog) -> bool:
        """Whether ``dialog`` can still show a problem; if the journal was locked, close it."""
        if not shiboken6.isValid(dialog):
            return False
        if self.host.journal is None:
            dialog.set_busy(False)
            dialog.reject()
            return False
        return True

    def _why(self, exc: BaseException) -> str:
        if isinstance(exc, WrongPassphrase):
            return self.tr(
                "That is not the journal's current passphrase, so nothing was changed. "
                "Please try again."
            )
        return self._problem_text(
            exc,
            self.tr(
                "If the journal does not open with the current passphrase after locking, it "
                "opens with the new one."
            ),
        )

    def _changed(self, dialog: ChangePassphraseDialog, changed: _Changed) -> None:
        if shiboken6.isValid(dialog):
            dialog.set_busy(False)
            dialog.accept()
        text = self.tr(
            "Your passphrase has been changed. From now on the journal opens only with the new one."
        )
        if changed.fresh_backup is not None:
            text += "\n\n" + counted(
                changed.removed,
                self.tr(
                    "A fresh backup was made under the new passphrase, and the older backup "
                    "was deleted."
                ),
                self.tr(
                    "A fresh backup was made under the new passphrase, and {count} older "
                    "backups were deleted."
                ),
            )
        elif changed.backup_problem:
            text += "\n\n" + self.tr(
                "The older backups could not be replaced, so they are as they were and still "
                "open with the old passphrase: {problem}"
            ).format(problem=changed.backup_problem)
        else:
            text += self._older_backups_note()
        self._tell(CHANGE_PASSPHRASE, self.tr("Passphrase changed"), text)

    def _older_backups_note(self) -> str:
        """Where the backups are that still open with the old passphrase, if any."""
        journal = self.host.journal
        if journal is None:
            return ""
        try:
            found = backups.list_restorable(journal.path)
        except OSError:
            return ""
        older = sum(backups.opens_like_journal(journal.path, b.path) is False for b in found)
        if not older:
            return ""
        return (
            "\n\n"
            + counted(
                older,
                self.tr("The backup made before this still opens with the old passphrase."),
                self.tr("The {count} backups made before this still open with the old passphrase."),
            )
            + " "
            + self.tr(
                "They are in {folder}. If someone else knows the old passphrase, you can delete "
                "them there."
            ).format(folder=friendly_path(backups.backup_dir_for(journal.path)))
        )

    # -- back up now -----------------------------------------------------------------

    def back_up_now(self) -> None:
        """File > Back up now: a verified encrypted copy in the backups folder."""
        title = self.tr("Back up now")
        journal = self._journal_for(title)
        if journal is None:
            return
        progress = ProgressDialog(
            title,
            self.tr("Making an encrypted copy of the journal and checking it…"),
            cancellable=False,
            parent=self._window(),
        )
        progress.finished.connect(progress.deleteLater)
        self.progress = progress
        progress.open()

        def done(path: Path) -> None:
            self._finish(progress)
            kept = self._backups_kept()
            text = self.tr(
                "A backup was made and checked:\n\n{where}\n({size})\n\nIt is encrypted and "
                "opens with the journal's current passphrase."
            ).format(where=self.where(path), size=self._size(path))
            if kept:
                text += " " + self.tr(
                    "The newest {count} backups are kept; older ones are removed (see Preferences)."
                ).format(count=QLocale().toString(kept))
            self._tell(BACKUP, self.tr("Backup made"), text)

        def failed(exc: BaseException) -> None:
            self._finish(progress)
            why = self._problem_text(exc, self.tr("No backup was made; the journal is unchanged."))
            self._tell(BACKUP, self.tr("No backup made"), why, problem=True)

        JournalOp(self._window(), journal.back_up_now).success(done).failure(
            failed
        ).run_in_background()

    def _backups_kept(self) -> int:
        journal = self.host.journal
        try:
            return journal.backups_kept if journal is not None else 0
        except VaultError:
            return 0

    @staticmethod
    def _size(path: Path) -> str:
        try:
            return QLocale().formattedDataSize(path.stat().st_size)
        except OSError:
            return "?"

    @staticmethod
    def _finish(progress: ProgressDialog) -> None:
        if shiboken6.isValid(progress):
            progress.finish()

    # -- restore ---------------------------------------------------------------------

    def restore(self) -> None:
        """File > Restore from a backup: choose one; the replaced journal is kept."""
        title = self.tr("Restore from a backup")
        journal = self._journal_for(title)
        if journal is None:
            return
        try:
            found = backups.list_restorable(journal.path)
        except OSError:
            found = []
        # 16 bytes of each file say whether it opens with the current passphrase.
        current = {b.path: backups.opens_like_journal(journal.path, b.path) for b in found}
        dialog = RestoreDialog(
            found, backups.backup_dir_for(journal.path), current, parent=self._window()
        )
        dialog.restore_requested.connect(
            lambda backup, passphrase: self._check_backup(dialog, backup, passphrase)
        )
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def _check_backup(self, dialog: RestoreDialog, backup: Path, passphrase: str) -> None:
        """Prove the backup opens with ``passphrase`` before closing the journal for it."""
        dialog.set_busy(True)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongPassphrase):
                why = self.tr("That passphrase does not open this backup. Nothing was changed.")
            else:
                why = self._problem_text(exc, self.tr("Nothing was changed."))
            if self._still_open(dialog):
                dialog.show_problem(why)
                self._tell(RESTORE, "", "")
            else:
                self._tell(RESTORE, self.tr("Not restored"), why, problem=True)

        BackgroundOp(dialog, lambda: backups.verify_backup(backup, passphrase)).success(
            lambda _none: self._restore(dialog, backup, passphrase)
        ).failure(failed).run_in_background()

    def _restore(self, dialog: RestoreDialog, backup: Path, passphrase: str) -> None:
        dialog.set_busy(False)
        taken = dialog.info(backup)
        dialog.accept()
        if self.host.journal is None:  # locked meanwhile (auto-lock)
            self._tell(
                RESTORE,
                self.tr("Not restored"),
                self.tr(
                    "The journal was locked before the restore could start. Nothing was changed."
                ),
            )
            return
        # Close the journal first: views save their last edits, then it is locked. If an
        # edit cannot be saved, lock() says so and the journal stays as it is.
        if not self.host.lock():
            self._tell(RESTORE, "", "")
            return

        def done(kept: Path) -> None:
            when = when_taken(taken.taken_at) if taken is not None else backup.name
            self._tell(
                RESTORE,
                self.tr("Journal restored"),
                self.tr(
                    "The journal has been restored from the backup taken on {when}. Anything "
                    "written after that is not in it.\n\nThe journal as it was just before is "
                    "kept as:\n{where}\n\nTo go back to it, choose it in File \u25b8 Restore "
                    "from a backup\u2026, where it is listed as \u201ckept before a "
                    "restore\u201d."
                ).format(when=when, where=self.where(kept)),
            )

        def failed(exc: BaseException) -> None:
            # The unlock page says what happened; the journal can be unlocked as before.
            self._tell(RESTORE, "", "")

        self.host.flows.restore_backup(backup, passphrase, done=done, failed=failed)
