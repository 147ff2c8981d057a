"""Full-text search (FTS5, inside the encrypted file) with highlighted matches.

What a person types is turned into a safe FTS5 query: well-formed syntax (phrases,
AND/OR/NOT, prefix*) is kept; anything FTS5 would reject falls back to the plain words,
so a half-typed query never errors.
"""

from __future__ import annotations

import unicodedata
import uuid as uuid_mod
from datetime import date
from typing import Any

from hallpass_journal.domain.listing import HL_END, HL_START, EntryFilter, SearchHit
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.storage import connection as db
from hallpass_journal.storage.filters import where as filter_where

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def _words(text: str) -> list[str]:
    """Split into words, keeping combining marks inside their word as the index does.

    A decomposed "é" (as macOS may type or paste it) then stays one word with its
    letter; the text itself is not normalised, so the phrase FTS5 tokenizes is exactly
    what was typed, like the entry it should find.
    """
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M"):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def plain_words_query(text: str) -> str:
    """Every word of ``text`` as a quoted FTS5 string, all required; last one as a prefix.

    Stray operators (a trailing ``AND``) are dropped: they were meant as syntax.
    """
    words = [w for w in _words(text) if w not in _OPERATORS]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"  # match as you type
    return " ".join(quoted)


def looks_structured(text: str) -> bool:
    """Whether ``text`` uses FTS5 syntax on purpose (quotes or upper-case operators)."""
    return '"' in text or any(t in _OPERATORS for t in text.split())


def search_entries(
    conn: db.Connection,
    text: str,
    flt: EntryFilter,
    limit: int = 50,
    offset: int = 0,
    newest_first: bool = False,
) -> list[SearchHit]:
    """Search titles, bodies and guided answers; best matches first, or newest first."""
    text = text.strip()
    if not text:
        return []
    if looks_structured(text):
        try:
            return _run(conn, text, flt, limit, offset, newest_first)
        except db.sqlcipher.OperationalError:
            pass  # not valid FTS5 after all: search the plain words instead
    plain = plain_words_query(text)
    return _run(conn, plain, flt, limit, offset, newest_first) if plain else []


_MARKED = (
    "e.id, e.uuid, e.kind, highlight(entries_fts, 0, ?, ?), e.about, e.private, "
    "snippet(entries_fts, 1, ?, ?, '…', 16), snippet(entries_fts, 2, ?, ?, '…', 16)"
)
_MARKS = (HL_START, HL_END) * 3


def _run(
    conn: db.Connection,
    query: str,
    flt: EntryFilter,
    limit: int,
    offset: int,
    newest_first: bool,
) -> list[SearchHit]:
    where, params = filter_where(flt)
    if not newest_first:
        # Ordering by rank alone lets FTS5 sort inside the index; adding a tie-breaker
        # would join every match to its (encrypted) row first.
        rows = conn.execute(
            f"SELECT {_MARKED} FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND {where} ORDER BY rank LIMIT ? OFFSET ?",
            (*_MARKS, query, *params, limit, offset),
        ).fetchall()
        return [_hit(r) for r in rows]
    # Newest first: walk the date index and keep rows whose id matched ("+" stops
    # SQLite from driving the loop from the match list, which would sort every match),
    # then ask FTS5 for highlights of just this page.
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT e.id FROM entries e WHERE +e.id IN "
            f"(SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?) AND {where} "
            "ORDER BY e.about DESC, e.id DESC LIMIT ? OFFSET ?",
            (query, *params, limit, offset),
        )
    ]
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT {_MARKED} FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
        f"WHERE entries_fts MATCH ? AND entries_fts.rowid IN ({','.join('?' * len(ids))})",
        (*_MARKS, query, *ids),
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    return [_hit(by_id[i]) for i in ids if i in by_id]


def _hit(r: tuple[Any, ...]) -> SearchHit:
    body_snip, answer_snip = r[6] or "", r[7] or ""
    snippet = body_snip if HL_START in body_snip or not answer_snip else answer_snip
    return SearchHit(
        uuid=uuid_mod.UUID(r[1]),
        kind=EntryKind(r[2]),
        title=r[3],
        about=date.fromisoformat(r[4]),
        snippet=" ".join(snippet.split()),
        private=bool(r[5]),
    )
