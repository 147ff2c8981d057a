"""Getting to an unlocked journal: create, unlock, restore, choose a file, the demo.

Every slow step (Argon2id key derivation, writing and verifying files) runs through
:class:`BackgroundOp`, so the window keeps painting and answering while it works. At
most one such step runs per window; a newer request or a page change cancels the
older one, and an orphaned result (an open journal) is closed, never leaked.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDateTime, QLocale, QObject
from PySide6.QtWidgets import QWidget

from hallpass_journal.domain.errors import AlreadyExists, DamagedJournal, VaultError
from hallpass_journal.paths import AppPaths
from hallpass_journal.services import backups
from hallpass_journal.services.journal import Journal
from hallpass_journal.services.strength import assess
from hallpass_journal.ui import messages
from hallpass_journal.ui.operations import BackgroundOp, describe_failure
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.welcome_page import WelcomePage


class FlowsHost(Protocol):
    """What the flows need from the window that hosts them (the main window)."""

    paths: AppPaths
    page: QWidget | None
    remember_journal: bool
    unlock_note: str

    def open_journal(self, journal: Journal) -> None:
        """Show an unlocked journal."""

    def show_unlock(self, path: Path) -> UnlockPage:
        """Show the unlock page for ``path``."""

    def show_welcome(self, target: Path | None = None) -> WelcomePage:
        """Show the page that creates a journal at ``target``."""

    def lock(self) -> bool:
        """Lock the open journal (if any); False if it had to stay unlocked."""


log = logging.getLogger(__name__)
JOURNAL_SUFFIX = ".hpj"


def _close(journal: Journal) -> None:
    journal.close()


def _when(taken: datetime) -> str:
    """E.g. "Tuesday, 24 November 2026, 14:58" in the user's language."""
    moment = QDateTime.fromSecsSinceEpoch(int(taken.timestamp()))
    locale = QLocale()
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


class JournalFlows(QObject):
    """The window's ways into a journal."""

    def __init__(self, window: FlowsHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._pending: BackgroundOp[Journal] | None = None

    # -- plumbing --------------------------------------------------------------------

    def _parent_widget(self) -> QWidget | None:
        """Where dialogs are centred: the window that owns the flows."""
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def cancel_pending(self) -> None:
        """Forget a running create/unlock; its journal will be closed when it arrives."""
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    @property
    def busy(self) -> bool:
        """Whether a create/unlock/restore is running."""
        return self._pending is not None and self._pending.active

    def _run(
        self,
        page: QObject,
        work: Callable[[], Journal],
        failed: Callable[[BaseException], None],
        then: Callable[[], None] | None = None,
    ) -> None:
        self.cancel_pending()

        def done(journal: Journal) -> None:
            self._pending = None
            self.window.open_journal(journal)
            # Said once: a leftover file set aside, a stored value that could not be used.
            notes = journal.notes.take()
            if notes:
                messages.inform(
                    self._parent_widget(), self.tr("Journal unlocked"), "\n\n".join(notes)
                )
            if then is not None:
                then()

        def fail(exc: BaseException) -> None:
            self._pending = None
            if not isinstance(exc, VaultError):
                log.error("opening a journal failed: %s", describe_failure(exc))
            failed(exc)

        # The page is the op's parent: if it is gone, the result is closed, not shown.
        self._pending = (
            BackgroundOp(page, work).success(done).failure(fail).discard(_close)
        ).run_in_background()

    # -- create ----------------------------------------------------------------------

    def create(self, target: Path, passphrase: str) -> None:
        """Create a journal at ``target`` (from the welcome page).

        Never fails silently: this runs in a slot, where an exception would only reach
        the log and leave the page looking as if Create did nothing.
        """
        page = self.window.page
        if not isinstance(page, WelcomePage):
            return
        try:
            self._create(page, Path(target), passphrase)
        except Exception as exc:  # noqa: BLE001 - shown on the page, logged without text
            log.error("creating a journal failed: %s", describe_failure(exc))
            self.cancel_pending()
            page.set_busy(False)
            page.show_message(self._create_failed_text())

    def _create_failed_text(self) -> str:
        return self.tr(
            "Something unexpected went wrong, so the journal was not created. Nothing was "
            "written; please try again."
        )

    def _create(self, page: WelcomePage, target: Path, passphrase: str) -> None:
        if not self._passphrase_accepted(passphrase):
            page.focus_first()  # ready for another one
            return
        page.set_busy(True)

        def failed(exc: BaseException) -> None:
            page.set_busy(False)
            page.show_message(
                exc.text if isinstance(exc, VaultError) else self._create_failed_text()
            )

        self._run(page, lambda: Journal.create(target, passphrase), failed)

    def _passphrase_accepted(self, passphrase: str) -> bool:
        """Weak: ask once. Very weak (among the first guesses): ask a second time."""
        verdict = assess(passphrase)
        if not verdict.weak:
            return True
        if not messages.confirm(
            self._parent_widget(),
            self.tr("Use a weak passphrase?"),
            self.tr(
                "This passphrase would be easy for someone else to guess. {hint}\n\nUse it anyway?"
            ).format(hint=verdict.hint),
            self.tr("Use it anyway"),
        ):
            return False
        return not verdict.very_weak or messages.confirm(
            self._parent_widget(),
            self.tr("Keep this passphrase?"),
            self.tr(
                "It is among the first passphrases anyone trying to open this journal "
                "would guess, so it protects very little of what you write here. A few "
                "unrelated words you can remember are much safer.\n\n"
                "Keep this passphrase all the same?"
            ),
            self.tr("Yes, keep this passphrase"),
        )

    # -- unlock ----------------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Unlock the journal of the unlock page."""
        page = self.window.page
        if not isinstance(page, UnlockPage):
            return
        path = page.path
        page.set_busy(True)
        self._run(
            page, lambda: Journal.open(path, passphrase), lambda exc: self._unlock_failed(page, exc)
        )

    def _unlock_failed(self, page: UnlockPage, exc: BaseException) -> None:
        page.set_busy(False)
        found = []
        if isinstance(exc, DamagedJournal):
            try:
                found = backups.list_backups(page.path)
            except OSError:
                found = []
        newest = _when(found[0].taken_at) if found else ""
        page.show_problem(exc, backups=len(found), newest=newest)

    def restore(self, passphrase: str) -> None:
        """Replace a damaged journal by its newest backup, after asking; then unlock."""
        page = self.window.page
        if not isinstance(page, UnlockPage):
            return
        found = backups.list_backups(page.path)
        if not found:
            page.show_problem(DamagedJournal(), backups=0)
            return
        if not passphrase:
            page.show_problem(
                DamagedJournal(
                    self.tr("Type the journal's passphrase first: the backup opens with it too.")
                ),
                backups=len(found),
                newest=_when(found[0].taken_at),
            )
            page.focus_passphrase()
            return
        newest = found[0]
        if not messages.confirm(
            self._parent_widget(),
            self.tr("Restore from the backup?"),
            self.tr(
                "The damaged journal will be replaced by the backup taken {when}. Anything "
                "written after that is not in the backup.\n\nThe damaged file is kept "
                "beside the backups, in case it is needed."
            ).format(when=_when(newest.taken_at)),
            self.tr("Restore"),
        ):
            return
        self.restore_backup(newest.path, passphrase)

    def restore_backup(
        self,
        backup: Path,
        passphrase: str,
        *,
        done: Callable[[Path], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Replace the unlock page's journal by ``backup``, then unlock it with ``passphrase``.

        The journal must be locked (the unlock page shown). ``done`` is told where the
        replaced file was kept, once the restored journal is open; ``failed`` is told why
        it did not happen, after the unlock page has said so.
        """
        page = self.window.page
        if not isinstance(page, UnlockPage):
            return
        path = page.path
        page.set_busy(True, self.tr("Restoring from the backup…"))
        kept: list[Path] = []

        def work() -> Journal:
            kept.append(backups.restore_backup(path, backup, passphrase))
            return Journal.open(path, passphrase)

        def fail(exc: BaseException) -> None:
            self._unlock_failed(page, exc)
            if failed is not None:
                failed(exc)

        self._run(page, work, fail, (lambda: done(kept[0])) if done is not None else None)

    # -- choosing files --------------------------------------------------------------

    def _start_folder(self) -> Path:
        page = self.window.page
        current = getattr(page, "path", None) or getattr(page, "target", None)
        if current is not None and Path(current).parent.is_dir():
            return Path(current).parent
        return self.window.paths.data_dir if self.window.paths.data_dir.is_dir() else Path.home()

    def choose_journal(self) -> None:
        """File > Open journal…: pick a file, then ask for its passphrase."""
        chosen = messages.open_file(
            self._parent_widget(),
            self.tr("Open a journal"),
            self._start_folder(),
            self.tr("Hall Pass journals (*.hpj);;All files (*)"),
        )
        if chosen is None or not self.window.lock():
            return
        self.window.remember_journal = True
        self.window.unlock_note = ""
        self.window.show_unlock(chosen)

    def choose_new_journal(self) -> None:
        """File > New journal…: pick where, then choose its passphrase."""
        chosen = messages.save_file(
            self._parent_widget(),
            self.tr("New journal"),
            self._start_folder() / "journal.hpj",
            self.tr("Hall Pass journals (*.hpj)"),
        )
        if chosen is None:
            return
        if chosen.suffix.lower() != JOURNAL_SUFFIX:
            chosen = chosen.with_name(chosen.name + JOURNAL_SUFFIX)
        if chosen.exists():
            messages.warn(self._parent_widget(), self.tr("New journal"), AlreadyExists().text)
            return
        if not self.window.lock():
            return
        self.window.remember_journal = True
        self.window.unlock_note = ""
        self.window.show_welcome(chosen)

    # -- demo ------------------------------------------------------------------------

    def start_demo(self, folder: Path) -> None:
        """Fill a throwaway journal in ``folder`` with sample entries and open it."""
        from hallpass_journal.demo import fill_demo

        passphrase = "demo-" + secrets.token_hex(4)
        path = Path(folder) / "demo-journal.hpj"
        self.window.unlock_note = self.tr(
            "This is a demo journal with made-up entries; it is deleted when you quit. "
            "Its passphrase for this session is:\n{passphrase}"
        ).format(passphrase=passphrase)
        page = self.window.show_unlock(path)
        page.clear_problem()
        page.set_busy(True, self.tr("Preparing the demo journal…"))

        def work() -> Journal:
            journal = Journal.create(path, passphrase)
            try:
                fill_demo(journal)
            except BaseException:
                journal.close()
                raise
            return journal

        self._run(page, work, lambda exc: self._unlock_failed(page, exc))
