"""Entries as the app uses them: save and delete with change notices; lazy reads."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable, Iterator

from hallpass_journal.domain.entries import Entry, normalise_tags, utc_now
from hallpass_journal.domain.listing import EntryFilter, EntrySummary, SearchHit
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.vault import Vault


class EntryService:
    """Writes announce what changed; reads are the repository's, page by page."""

    def __init__(self, vault: Vault, hub: ChangeHub) -> None:
        self._vault = vault
        self._hub = hub
        self._repo = EntryRepository(vault)

    # -- writes ----------------------------------------------------------------------

    def save(self, entry: Entry, *, touch: bool = True) -> Entry:
        """Save an entry; ``touch`` stamps ``updated_at`` (imports keep theirs)."""
        changes: dict[str, object] = {"tags": normalise_tags(entry.tags)}
        if touch:
            changes["updated_at"] = utc_now()
        saved = self._repo.save(entry.model_copy(update=changes))
        self._hub.publish(Change.of(Area.ENTRIES, uuids=[saved.uuid]))
        return saved

    def delete(self, entry_uuid: uuid_mod.UUID) -> Entry | None:
        """Delete an entry; returns what was deleted so the UI can offer undo."""
        with self._vault.transaction():
            entry = self._repo.get(entry_uuid)
            if entry is not None:
                self._repo.delete(entry_uuid)
        if entry is not None:
            self._hub.publish(Change.of(Area.ENTRIES, uuids=[entry_uuid]))
        return entry

    # -- reads -----------------------------------------------------------------------

    def get(self, entry_uuid: uuid_mod.UUID) -> Entry | None:
        """One entry, or None."""
        return self._repo.get(entry_uuid)

    def page(
        self,
        flt: EntryFilter | None = None,
        after: tuple[str, int] | None = None,
        limit: int = 50,
        *,
        oldest_first: bool = False,
    ) -> list[EntrySummary]:
        """Newest (or oldest) first, one keyset page after ``after`` (``EntryRepository.page``)."""
        return self._repo.page(flt, after, limit, oldest_first=oldest_first)

    def count(self, flt: EntryFilter | None = None) -> int:
        """How many entries match."""
        return self._repo.count(flt)

    def count_among(self, flt: EntryFilter | None, uuids: Iterable[uuid_mod.UUID]) -> int:
        """How many of the entries named in ``uuids`` match ``flt`` (counted in SQL)."""
        return self._repo.count_among(flt, uuids)

    def summaries(self, uuids: Iterable[uuid_mod.UUID]) -> dict[uuid_mod.UUID, EntrySummary]:
        """Summaries (no bodies) of those of ``uuids`` still in the journal, by UUID."""
        return self._repo.summaries(uuids)

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many entries use it, most used first."""
        return self._repo.tags()

    def search(
        self,
        text: str,
        flt: EntryFilter | None = None,
        limit: int = 50,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[SearchHit]:
        """Full-text search with highlighted snippets."""
        return self._repo.search(text, flt, limit, offset, newest_first)

    def iter_all(self, flt: EntryFilter | None = None, batch: int = 500) -> Iterator[Entry]:
        """Every matching entry, oldest first, fetched in batches."""
        return self._repo.iter_all(flt, batch)
