"""Which entries a list, search or export covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.storage.rows import day


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a list or search shows. Empty means no restriction."""

    kinds: frozenset[EntryKind] = frozenset()
    tag: str | None = None
    since: date | None = None
    until: date | None = None
    include_private: bool = True

    def where(self, alias: str = "e") -> tuple[str, list[object]]:
        """SQL conditions (joined with AND) and their parameters."""
        conds: list[str] = []
        params: list[object] = []
        if self.kinds:
            conds.append(f"{alias}.kind IN ({','.join('?' * len(self.kinds))})")
            params.extend(sorted(k.value for k in self.kinds))
        if self.tag:
            conds.append(
                f"EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                f"WHERE et.entry_id = {alias}.id AND t.name = ?)"
            )
            params.append(self.tag)
        if self.since:
            conds.append(f"{alias}.about >= ?")
            params.append(day(self.since))
        if self.until:
            conds.append(f"{alias}.about <= ?")
            params.append(day(self.until))
        if not self.include_private:
            conds.append(f"{alias}.private = 0")
        return (" AND ".join(conds) or "1"), params
