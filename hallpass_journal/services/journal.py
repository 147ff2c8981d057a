"""The journal as the app uses it: one unlocked vault and the use cases over it.

The UI talks to these services only (never to a repository): each write returns or
announces a :class:`~hallpass_journal.services.changes.Change` on :attr:`Journal.changes`.
The one connection is shared by every thread; the vault's lock serialises its use.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import DiskProblem, VaultError
from hallpass_journal.services import backups
from hallpass_journal.services.agreements import AgreementService
from hallpass_journal.services.changes import Change, ChangeHub
from hallpass_journal.services.check_ins import CheckInService
from hallpass_journal.services.entries import EntryService
from hallpass_journal.services.keyvalue import Drafts, JournalSettings
from hallpass_journal.services.timeline import TimelineService
from hallpass_journal.storage.vault import Vault

SETTING_BACKUPS_KEPT = "backups.keep"


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
        self.timeline = TimelineService(vault)
        self.drafts = Drafts(vault, self.changes)
        self.settings = JournalSettings(vault, self.changes)
        self.last_open = OpenResult()

    @property
    def path(self) -> Path:
        """The journal file."""
        return self.vault.path

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Journal:
        """Create a new, empty journal."""
        return cls(Vault.create(Path(path), passphrase))

    @classmethod
    def open(cls, path: Path, passphrase: str, *, auto_backup: bool = True) -> Journal:
        """Unlock; take the daily encrypted backup if one is due."""
        journal = cls(Vault.open(Path(path), passphrase))
        if auto_backup:
            # Best effort: a backup that cannot be written (full disk, odd folder) must
            # never keep a healthy journal locked.
            try:
                journal.last_open.backup = backups.backup_if_due(
                    journal.vault, keep=journal.backups_kept
                )
            except (VaultError, OSError) as exc:
                journal.last_open.backup_problem = (
                    exc.text if isinstance(exc, VaultError) else DiskProblem().text
                )
        return journal

    @property
    def backups_kept(self) -> int:
        """How many rolling backups to keep (a journal setting)."""
        return int(self.settings.get(SETTING_BACKUPS_KEPT, backups.DEFAULT_KEEP))

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
