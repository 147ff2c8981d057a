"""SQL for an :class:`~hallpass_journal.domain.listing.EntryFilter`."""

from __future__ import annotations

from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.storage.rows import day


def where(flt: EntryFilter, alias: str = "e") -> tuple[str, list[object]]:
    """SQL conditions for ``flt`` (joined with AND) and their parameters."""
    conds: list[str] = []
    params: list[object] = []
    if flt.kinds:
        conds.append(f"{alias}.kind IN ({','.join('?' * len(flt.kinds))})")
        params.extend(sorted(k.value for k in flt.kinds))
    if flt.tag:
        conds.append(
            f"EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            f"WHERE et.entry_id = {alias}.id AND t.name = ?)"
        )
        params.append(flt.tag)
    if flt.since:
        conds.append(f"{alias}.about >= ?")
        params.append(day(flt.since))
    if flt.until:
        conds.append(f"{alias}.about <= ?")
        params.append(day(flt.until))
    if flt.marked_only:
        conds.append(f"{alias}.id IN (SELECT entry_id FROM session_marks)")
    if not flt.include_private:
        conds.append(f"{alias}.private = 0")
    return (" AND ".join(conds) or "1"), params
