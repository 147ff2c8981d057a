"""The journal as the app uses it: one unlocked vault and the use cases over it.

The UI talks to these services only (never to a repository): each write returns or
announces a :class:`~hallpass_journal.services.changes.Change` on :attr:`Journal.changes`.
The one connection is shared by every thread; the vault's lock serialises its use.
"""

from __future__ import annotations

import logging
import uuid as uuid_mod
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import DiskProblem, VaultError, WrongPassphrase
from hallpass_journal.domain.settings import BACKUPS_KEPT
from hallpass_journal.services import backups
from hallpass_journal.services.agreements import AgreementService
from hallpass_journal.services.care import CareService
from hallpass_journal.services.changes import Change, ChangeHub
from hallpass_journal.services.check_ins import CheckInService
from hallpass_journal.services.entries import EntryService
from hallpass_journal.services.evaluation import EvaluationService
from hallpass_journal.services.events import KeyEventService
from hallpass_journal.services.guided import GuidedService
from hallpass_journal.services.keyvalue import Drafts, JournalSettings, Notes
from hallpass_journal.services.schedule import ScheduleService
from hallpass_journal.services.session import SessionService
from hallpass_journal.services.timeline import TimelineService
from hallpass_journal.storage.vault import Vault

log = logging.getLogger(__name__)

SETTING_BACKUPS_KEPT = BACKUPS_KEPT
CURRENT_PASSPHRASE_WRONG = (
    "That is not the journal's current passphrase, so nothing was changed. Please try again."
)


@dataclass
class OpenResult:
    """What happened while unlocking: the automatic backup taken, or why it failed."""

    backup: Path | None = None
    backup_problem: str | None = None


class Journal:
    """An unlocked journal. Close it to lock."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.changes = ChangeHub()
        self.entries = EntryService(vault, self.changes)
        self.agreements = AgreementService(vault, self.changes)
        self.check_ins = CheckInService(vault, self.changes)
        self.events = KeyEventService(vault, self.changes)
        self.session = SessionService(vault, self.changes)
        self.timeline = TimelineService(vault)
        self.evaluation = EvaluationService(vault)
        #: What the window (or CLI) should tell the person once: e.g. that a stored
        #: setting or draft could not be used and was replaced by its default or set aside.
        self.notes = Notes()
        for note in vault.notes:  # found while opening, e.g. a leftover -wal set aside
            self.notes.add(note)
        self.drafts = Drafts(vault, self.changes, self.notes)
        self.settings = JournalSettings(vault, self.changes, self.notes)
        self.guided = GuidedService(self.entries, self.check_ins, self.settings)
        #: Plans check-ins after every change it depends on (it subscribes to ``changes``).
        self.schedule = ScheduleService(
            vault, self.changes, agreements=self.agreements.list, events=self.events.list
        )
        self.care = CareService(vault, self.settings)
        self.last_open = OpenResult()

    @property
    def path(self) -> Path:
        """The journal file."""
        return self.vault.path

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Journal:
        """Create a new, empty journal."""
        vault = Vault.create(Path(path), passphrase)
        with _closed_on_failure(vault):
            return cls(vault)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, auto_backup: bool = True) -> Journal:
        """Unlock; take the daily encrypted backup if one is due.

        Whatever fails after the vault is open, the vault is closed (and its lock
        released) before the error goes on, so the next try is not told "already open".
        """
        vault = Vault.open(Path(path), passphrase)
        with _closed_on_failure(vault):
            journal = cls(vault)
            if auto_backup:
                journal._backup_if_due()
            journal._sync_schedule()
            return journal

    def _sync_schedule(self) -> None:
        # Best effort, like the backup: the plan is made again after the next change,
        # and a journal that cannot be written to (read-only disk) still opens. Nothing
        # in planning may keep a journal locked; only the error's type is logged, never
        # its text (it could quote the journal).
        try:
            self.schedule.sync()
        except Exception as exc:  # noqa: BLE001
            log.error("planning check-ins at unlock failed: %s", type(exc).__name__)

    def _backup_if_due(self) -> None:
        # Best effort: a backup that cannot be written (full disk, odd folder) must
        # never keep a healthy journal locked.
        try:
            self.last_open.backup = backups.backup_if_due(self.vault, keep=self.backups_kept)
        except (VaultError, OSError) as exc:
            self.last_open.backup_problem = (
                exc.text if isinstance(exc, VaultError) else DiskProblem().text
            )

    @property
    def backups_kept(self) -> int:
        """How many rolling backups to keep (a journal setting; its default if unusable)."""
        kept: int = self.settings.get(SETTING_BACKUPS_KEPT)
        return kept

    # -- passphrase and backups -------------------------------------------------------

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-encrypt under ``new`` once ``current`` proves to be the passphrase in use.

        Both steps derive a key (slow: run off the GUI thread). A wrong ``current``
        changes nothing. The change itself is atomic (see ``Vault.change_passphrase``):
        interrupted, the old passphrase still opens the journal. Backups made before keep
        the passphrase they were made with.
        """
        if not self.vault.check_passphrase(current):
            raise WrongPassphrase(CURRENT_PASSPHRASE_WRONG)
        self.vault.change_passphrase(new)

    def back_up_now(self) -> Path:
        """Write a verified encrypted backup to the backups folder now; rotate the oldest."""
        return backups.make_backup(self.vault, keep=self.backups_kept)

    def replace_older_backups(self) -> tuple[Path, int]:
        """A fresh backup under the current passphrase; every older copy removed.

        Returns the fresh backup and how many older files were removed.
        """
        return backups.replace_older_copies(self.vault, keep=self.backups_kept)

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Be told of every committed change; returns a function that unsubscribes."""
        return self.changes.subscribe(listener)

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """One transaction, announced once: an import or demo is all or nothing."""
        with self.changes.batch(), self.vault.transaction():
            yield

    def close(self) -> None:
        """Lock: checkpoint and close the file (waits for another thread's write)."""
        self.vault.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- entries (the most common use cases, by name) --------------------------------

    def save_entry(self, entry: Entry, *, touch: bool = True) -> Entry:
        """Save an entry; ``touch`` stamps ``updated_at`` (imports keep theirs)."""
        return self.entries.save(entry, touch=touch)

    def delete_entry(self, entry_uuid: uuid_mod.UUID) -> Entry | None:
        """Delete an entry; returns what was deleted so the UI can offer undo."""
        return self.entries.delete(entry_uuid)


@contextmanager
def _closed_on_failure(vault: Vault) -> Iterator[None]:
    """Close ``vault`` if the block fails (the original error is what propagates)."""
    try:
        yield
    except BaseException:
        with suppress(Exception):
            vault.close()
        raise
