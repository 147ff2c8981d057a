"""The journal as the app uses it: one unlocked vault and its repositories."""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass
from pathlib import Path

from hallpass_journal.domain.entries import Entry, normalise_tags, utc_now
from hallpass_journal.services import backups
from hallpass_journal.storage.agreements_repo import AgreementRepository
from hallpass_journal.storage.checkins_repo import CheckInRepository
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.errors import DiskProblem, VaultError
from hallpass_journal.storage.kv_repo import DraftRepository, SettingsRepository
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
        self.entries = EntryRepository(vault)
        self.agreements = AgreementRepository(vault)
        self.check_ins = CheckInRepository(vault)
        self.drafts = DraftRepository(vault)
        self.settings = SettingsRepository(vault)
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

    def close(self) -> None:
        """Lock: checkpoint and close the file."""
        self.vault.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- entries ---------------------------------------------------------------------

    def save_entry(self, entry: Entry, *, touch: bool = True) -> Entry:
        """Save an entry; ``touch`` stamps ``updated_at`` (imports keep theirs)."""
        changes: dict[str, object] = {"tags": normalise_tags(entry.tags)}
        if touch:
            changes["updated_at"] = utc_now()
        entry = entry.model_copy(update=changes)
        return self.entries.save(entry)

    def delete_entry(self, entry_uuid: uuid_mod.UUID) -> Entry | None:
        """Delete an entry; returns what was deleted so the UI can offer undo."""
        with self.vault.transaction():
            entry = self.entries.get(entry_uuid)
            if entry is not None:
                self.entries.delete(entry_uuid)
        return entry
