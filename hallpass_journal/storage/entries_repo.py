"""Entries: save, load, page lazily, search, and aggregate emotions in SQL."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from pydantic import TypeAdapter

from hallpass_journal.domain.entries import Answers, EmotionRating, Entry, tag_order
from hallpass_journal.domain.guided_content import answers_search_text
from hallpass_journal.domain.listing import SNIPPET_CHARS, EntryFilter, EntrySummary, SearchHit
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.storage import connection as db
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.filters import where as filter_where
from hallpass_journal.storage.rows import day, parse_ts, ts
from hallpass_journal.storage.search import search_entries
from hallpass_journal.storage.vault import Vault

_answers_adapter: TypeAdapter[Any] = TypeAdapter(Answers)
#: UUIDs bound in one ``IN (...)`` list (SQLite allows a few thousand variables at most).
UUID_CHUNK = 500


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@translating
class EntryRepository:
    """All entry reads and writes go through here."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- writes ----------------------------------------------------------------------

    def save(self, entry: Entry) -> Entry:
        """Insert or update ``entry`` (by UUID) with its tags and emotions."""
        answers_json = entry.answers.model_dump_json()
        with self._vault.transaction() as conn:
            conn.execute(
                """
                INSERT INTO entries (uuid, kind, title, body, about, created_at, updated_at,
                                     private, mood, answers, answers_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (uuid) DO UPDATE SET
                    kind = excluded.kind, title = excluded.title, body = excluded.body,
                    about = excluded.about, created_at = excluded.created_at,
                    updated_at = excluded.updated_at, private = excluded.private,
                    mood = excluded.mood, answers = excluded.answers,
                    answers_text = excluded.answers_text
                """,
                (
                    str(entry.uuid),
                    entry.kind.value,
                    entry.title,
                    entry.body,
                    day(entry.about),
                    ts(entry.created_at),
                    ts(entry.updated_at),
                    int(entry.private),
                    entry.mood,
                    answers_json,
                    answers_search_text(entry.kind, entry.answers),
                ),
            )
            (entry_id,) = conn.execute(
                "SELECT id FROM entries WHERE uuid = ?", (str(entry.uuid),)
            ).fetchone()
            self._write_tags(conn, entry_id, entry.tags)
            conn.execute("DELETE FROM entry_emotions WHERE entry_id = ?", (entry_id,))
            conn.executemany(
                "INSERT INTO entry_emotions (entry_id, emotion, intensity, about) "
                "VALUES (?, ?, ?, ?)",
                [(entry_id, e.name, e.intensity, day(entry.about)) for e in entry.emotions],
            )
        return entry

    @staticmethod
    def _write_tags(conn: db.Connection, entry_id: int, tags: list[str]) -> None:
        conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        for name in tags:
            conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
            (tag_id,) = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
            conn.execute(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
                (entry_id, tag_id),
            )
        conn.execute(
            "DELETE FROM tags WHERE NOT EXISTS "
            "(SELECT 1 FROM entry_tags WHERE entry_tags.tag_id = tags.id)"
        )

    def delete(self, entry_uuid: uuid_mod.UUID) -> bool:
        """Delete an entry (tags, emotions and index rows go with it)."""
        with self._vault.transaction() as conn:
            cur = conn.execute("DELETE FROM entries WHERE uuid = ?", (str(entry_uuid),))
            conn.execute(
                "DELETE FROM tags WHERE NOT EXISTS "
                "(SELECT 1 FROM entry_tags WHERE entry_tags.tag_id = tags.id)"
            )
        return cur.rowcount > 0

    # -- reads -----------------------------------------------------------------------

    _COLUMNS = (
        "e.id, e.uuid, e.kind, e.title, e.body, e.about, e.created_at, e.updated_at, "
        "e.private, e.mood, e.answers"
    )

    @staticmethod
    def _entry(row: tuple[Any, ...], tags: list[str], emotions: list[EmotionRating]) -> Entry:
        return Entry(
            uuid=uuid_mod.UUID(row[1]),
            kind=EntryKind(row[2]),
            title=row[3],
            body=row[4],
            about=date.fromisoformat(row[5]),
            created_at=parse_ts(row[6]),
            updated_at=parse_ts(row[7]),
            private=bool(row[8]),
            mood=row[9],
            tags=sorted(tags, key=tag_order),
            emotions=emotions,
            answers=_answers_adapter.validate_json(row[10]),
        )

    def _hydrate_many(self, conn: db.Connection, rows: list[tuple[Any, ...]]) -> list[Entry]:
        """Build entries for ``rows`` with two queries for all their tags and emotions."""
        ids = [row[0] for row in rows]
        marks = ",".join("?" * len(ids))
        tags: dict[int, list[str]] = {i: [] for i in ids}
        for entry_id, name in conn.execute(
            "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            f"WHERE et.entry_id IN ({marks})",
            ids,
        ):
            tags[entry_id].append(name)
        emotions: dict[int, list[EmotionRating]] = {i: [] for i in ids}
        for entry_id, name, intensity in conn.execute(
            "SELECT entry_id, emotion, intensity FROM entry_emotions "
            f"WHERE entry_id IN ({marks}) ORDER BY entry_id, intensity DESC, emotion",
            ids,
        ):
            emotions[entry_id].append(EmotionRating(name=name, intensity=intensity))
        return [self._entry(row, tags[row[0]], emotions[row[0]]) for row in rows]

    def get(self, entry_uuid: uuid_mod.UUID) -> Entry | None:
        """Load one entry, or None."""
        conn = self._vault.conn
        row = conn.execute(
            f"SELECT {self._COLUMNS} FROM entries e WHERE e.uuid = ?", (str(entry_uuid),)
        ).fetchone()
        return self._hydrate_many(conn, [row])[0] if row else None

    def iter_all(self, flt: EntryFilter | None = None, batch: int = 500) -> Iterator[Entry]:
        """Every entry in date order (oldest first), fetched in batches."""
        conn = self._vault.conn
        where, params = filter_where(flt or EntryFilter())
        last: tuple[str, int] = ("", 0)
        while True:
            with self._vault.locked(), db.known_errors():
                rows = conn.execute(
                    f"SELECT {self._COLUMNS} FROM entries e WHERE {where} "
                    "AND (e.about, e.id) > (?, ?) ORDER BY e.about, e.id LIMIT ?",
                    (*params, *last, batch),
                ).fetchall()
                entries = self._hydrate_many(conn, rows)
            if not rows:
                return
            yield from entries
            last = (rows[-1][5], rows[-1][0])

    def page(
        self,
        flt: EntryFilter | None = None,
        after: tuple[str, int] | None = None,
        limit: int = 50,
        *,
        oldest_first: bool = False,
    ) -> list[EntrySummary]:
        """Newest first, ``limit`` rows after the cursor of the previous page's last row.

        Keyset pagination on the ``(about, id)`` index: page 2,000 costs what page 1 does.
        ``oldest_first`` walks the same index the other way (the timeline's other order,
        and the rows above a place it jumped to).
        """
        where, params = filter_where(flt or EntryFilter())
        if after is not None:
            where += f" AND (e.about, e.id) {'>' if oldest_first else '<'} (?, ?)"
            params = [*params, *after]
        order = "ASC" if oldest_first else "DESC"
        rows = self._vault.conn.execute(
            f"SELECT {self._SUMMARY_COLUMNS} FROM entries e WHERE {where} "
            f"ORDER BY e.about {order}, e.id {order} LIMIT ?",
            (SNIPPET_CHARS, *params, limit),
        ).fetchall()
        return [self._summary(r) for r in rows]

    _SUMMARY_COLUMNS = (
        "e.id, e.uuid, e.kind, e.title, e.about, substr(e.body, 1, ?), e.private, "
        "e.updated_at, e.id IN (SELECT entry_id FROM session_marks)"
    )

    @staticmethod
    def _summary(r: tuple[Any, ...]) -> EntrySummary:
        return EntrySummary(
            uuid=uuid_mod.UUID(r[1]),
            kind=EntryKind(r[2]),
            title=r[3],
            about=date.fromisoformat(r[4]),
            snippet=" ".join(r[5].split()),
            private=bool(r[6]),
            updated_at=parse_ts(r[7]),
            cursor=(r[4], r[0]),
            marked=bool(r[8]),
        )

    def summaries(self, uuids: Iterable[uuid_mod.UUID]) -> dict[uuid_mod.UUID, EntrySummary]:
        """The summaries of the entries among ``uuids`` that exist (private ones too)."""
        found: dict[uuid_mod.UUID, EntrySummary] = {}
        for chunk in _chunks(sorted({str(u) for u in uuids}), UUID_CHUNK):
            rows = self._vault.conn.execute(
                f"SELECT {self._SUMMARY_COLUMNS} FROM entries e "
                f"WHERE e.uuid IN ({','.join('?' * len(chunk))})",
                (SNIPPET_CHARS, *chunk),
            ).fetchall()
            found.update((s.uuid, s) for s in map(self._summary, rows))
        return found

    def count(self, flt: EntryFilter | None = None) -> int:
        """How many entries match."""
        where, params = filter_where(flt or EntryFilter())
        return int(
            self._vault.conn.execute(
                f"SELECT count(*) FROM entries e WHERE {where}", params
            ).fetchone()[0]
        )

    def count_among(self, flt: EntryFilter | None, uuids: Iterable[uuid_mod.UUID]) -> int:
        """How many of the entries ``uuids`` names match ``flt`` (in SQL, in chunks)."""
        where, params = filter_where(flt or EntryFilter())
        total = 0
        for chunk in _chunks(sorted({str(u) for u in uuids}), UUID_CHUNK):
            total += int(
                self._vault.conn.execute(
                    f"SELECT count(*) FROM entries e WHERE {where} "
                    f"AND e.uuid IN ({','.join('?' * len(chunk))})",
                    (*params, *chunk),
                ).fetchone()[0]
            )
        return total

    def tags(self) -> list[tuple[str, int]]:
        """All tags with how many entries use each, most used first."""
        return [
            (r[0], r[1])
            for r in self._vault.conn.execute(
                "SELECT t.name, count(*) FROM tags t JOIN entry_tags et ON et.tag_id = t.id "
                "GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE"
            )
        ]

    def search(
        self,
        text: str,
        flt: EntryFilter | None = None,
        limit: int = 50,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[SearchHit]:
        """Search titles, bodies, guided answers, tags and needs (see ``storage.search``)."""
        return search_entries(
            self._vault.conn, text, flt or EntryFilter(), limit, offset, newest_first
        )

    # -- aggregation -----------------------------------------------------------------

    _BUCKETS = {
        "day": "ee.about",
        "week": "date(ee.about, '-6 days', 'weekday 1')",
        "month": "substr(ee.about, 1, 7) || '-01'",
    }

    @staticmethod
    def _private_condition(include_private: bool) -> str:
        """An extra condition leaving out private entries' feelings (or none)."""
        if include_private:
            return ""
        # Private entries' feelings must never reach an export. The few private ids are
        # listed once (SQLite builds a bloom filter); a join per rating was 4x slower.
        return " AND ee.entry_id NOT IN (SELECT id FROM entries WHERE private = 1)"

    def emotion_series(
        self,
        emotions: list[str],
        since: date | None = None,
        until: date | None = None,
        bucket: str = "day",
        *,
        include_private: bool,
    ) -> dict[str, list[tuple[date, float, int]]]:
        """Average intensity per emotion per day/week/month: ``{emotion: [(start, avg, n)]}``.

        ``include_private`` is always an explicit choice: the app's own views show the
        person everything; anything exported leaves private entries out.
        """
        if not emotions:
            return {}
        expr = self._BUCKETS[bucket]
        conds = [
            f"ee.emotion IN ({','.join('?' * len(emotions))})"
            + self._private_condition(include_private)
        ]
        params: list[object] = list(emotions)
        if since:
            conds.append("ee.about >= ?")
            params.append(day(since))
        if until:
            conds.append("ee.about <= ?")
            params.append(day(until))
        out: dict[str, list[tuple[date, float, int]]] = {e: [] for e in emotions}
        for emotion, start, avg, n in self._vault.conn.execute(
            f"SELECT ee.emotion, {expr} AS b, avg(ee.intensity), count(*) "
            f"FROM entry_emotions ee WHERE {' AND '.join(conds)} "
            "GROUP BY ee.emotion, b ORDER BY b",
            params,
        ):
            out[emotion].append((date.fromisoformat(start), float(avg), int(n)))
        return out

    def emotion_average(
        self, emotions: list[str], since: date, until: date, *, include_private: bool
    ) -> dict[str, tuple[float, int]]:
        """Mean intensity and sample count per emotion in ``[since, until]``."""
        if not emotions:
            return {}
        rows = self._vault.conn.execute(
            f"SELECT ee.emotion, avg(ee.intensity), count(*) FROM entry_emotions ee "
            f"WHERE ee.emotion IN ({','.join('?' * len(emotions))}) "
            f"AND ee.about BETWEEN ? AND ?{self._private_condition(include_private)} "
            "GROUP BY ee.emotion",
            (*emotions, day(since), day(until)),
        ).fetchall()
        return {r[0]: (float(r[1]), int(r[2])) for r in rows}
