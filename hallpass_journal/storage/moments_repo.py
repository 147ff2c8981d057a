"""The moments that stand out in time: key events and the entries that mark a change.

Read in SQL from ``key_events_by_day`` and ``entries_by_kind``: only the few marking
entries are touched (their title, day and two answer fields), never the rest.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date

from hallpass_journal.domain.evaluation import RESUME, Marker
from hallpass_journal.domain.events import EVENT_LABELS, EventType
from hallpass_journal.domain.vocabulary import KIND_LABELS, EntryKind
from hallpass_journal.storage.aggregates_repo import day_range
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.vault import Vault

#: Entry kinds that mark a moment on the timeline, calendar and chart.
MARKING_KINDS: tuple[EntryKind, ...] = (
    EntryKind.AGREEMENT,
    EntryKind.PAUSE,
    EntryKind.DEBRIEF,
    EntryKind.HURT_STEP,
)

# An agreement note is a resume when it made the agreement active (a status note, not a
# version note) after a pause of the same agreement was recorded.
_IS_RESUME = """
e.kind = 'agreement'
AND json_extract(e.answers, '$.status') = 'active'
AND json_extract(e.answers, '$.version') IS NULL
AND EXISTS (
    SELECT 1 FROM entries p
    WHERE p.kind = 'pause'
    AND json_extract(p.answers, '$.agreement_uuid') = json_extract(e.answers, '$.agreement_uuid')
    AND (p.about < e.about OR (p.about = e.about AND p.created_at <= e.created_at))
)
"""


@translating
class MomentRepository:
    """Key events and marking entries as light markers, by day."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def markers(
        self, since: date | None, until: date | None, *, include_private: bool
    ) -> list[Marker]:
        """Key events, then marking entries, of each day in ``[since, until]``, by day.

        Within a day: key events by time of day (whole-day ones first), then entries in
        the order they were written. Key events are never private; private entries are
        left out unless ``include_private``.
        """
        conn = self._vault.conn
        where, params = day_range("on_day", since, until)
        rows: list[tuple[date, int, str, Marker]] = []
        for uid, kind, on_day, time_of_day, title in conn.execute(
            "SELECT uuid, type, on_day, time_of_day, title FROM key_events "
            f"WHERE 1 = 1{where} ORDER BY on_day, time_of_day, id",
            params,
        ):
            when = date.fromisoformat(on_day)
            label = title or EVENT_LABELS[EventType(kind)]
            marker = Marker(day=when, kind=kind, label=label, uuid=uuid_mod.UUID(uid))
            rows.append((when, 0, time_of_day or "", marker))
        kinds = [k.value for k in MARKING_KINDS]
        where, params = day_range("e.about", since, until)
        private = "" if include_private else " AND e.private = 0"
        for uid, kind, about, title, resume, created in conn.execute(
            f"SELECT e.uuid, e.kind, e.about, e.title, ({_IS_RESUME}), e.created_at "
            f"FROM entries e WHERE e.kind IN ({','.join('?' * len(kinds))}){where}{private} "
            "ORDER BY e.about, e.created_at, e.id",
            (*kinds, *params),
        ):
            when = date.fromisoformat(about)
            entry_uuid = uuid_mod.UUID(uid)
            marker = Marker(
                day=when,
                kind=RESUME if resume else kind,
                label=title or KIND_LABELS[EntryKind(kind)],
                uuid=entry_uuid,
                entry_uuid=entry_uuid,
            )
            rows.append((when, 1, created, marker))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        return [r[3] for r in rows]

    def hurt_steps(self, *, include_private: bool) -> list[tuple[uuid_mod.UUID, date, int]]:
        """Every entry of the hurt partner's path: ``(uuid, day, step)``, by day.

        Private entries are left out unless ``include_private``.
        """
        private = "" if include_private else " AND private = 0"
        return [
            (uuid_mod.UUID(uid), date.fromisoformat(about), int(step or 1))
            for uid, about, step in self._vault.conn.execute(
                "SELECT uuid, about, json_extract(answers, '$.step') FROM entries "
                f"WHERE kind = ?{private} ORDER BY about, created_at, id",
                (EntryKind.HURT_STEP.value,),
            )
        ]

    def first_repair_plan(self, *, include_private: bool) -> tuple[uuid_mod.UUID, date] | None:
        """The earliest repair plan entry by its day, or None.

        A private plan is left out unless ``include_private``.
        """
        private = "" if include_private else " AND private = 0"
        row = self._vault.conn.execute(
            f"SELECT uuid, about FROM entries WHERE kind = ?{private} ORDER BY about, id LIMIT 1",
            (EntryKind.REPAIR_PLAN.value,),
        ).fetchone()
        return (uuid_mod.UUID(row[0]), date.fromisoformat(row[1])) if row else None
