"""Full-text search (FTS5, inside the encrypted file) with highlighted matches.

What a person types is turned into a safe FTS5 query: well-formed syntax (phrases,
AND/OR/NOT, prefix*) is kept; anything FTS5 would reject falls back to the plain words,
so a half-typed query never errors.

Plain words also find an entry through its tags and the needs picked in a feelings
check-in, which the text index leaves out (needs are stored as identifiers). Each word
must be found somewhere in the entry, in its text, a tag or a need: "work tired" finds
an entry tagged "work" that mentions being tired. Matches in text are highlighted as
before; an entry found only through a tag or need shows the start of its text.
"""

from __future__ import annotations

import unicodedata
import uuid as uuid_mod
from datetime import date
from typing import Any, TypeVar

from hallpass_journal.domain.listing import (
    HL_END,
    HL_START,
    SNIPPET_CHARS,
    EntryFilter,
    SearchHit,
)
from hallpass_journal.domain.vocabulary import NEEDS, EntryKind
from hallpass_journal.storage import connection as db
from hallpass_journal.storage.filters import where as filter_where

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
K = TypeVar("K")


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


def _query_words(text: str) -> list[str]:
    """The words of a plain query; stray operators (a trailing ``AND``) were syntax."""
    return [w for w in _words(text) if w not in _OPERATORS]


def _term(word: str, prefix: bool) -> str:
    return f'"{word}"*' if prefix else f'"{word}"'


def plain_words_query(text: str) -> str:
    """Every word of ``text`` as a quoted FTS5 string, all required; last one as a prefix."""
    words = _query_words(text)
    return " ".join(_term(w, i == len(words) - 1) for i, w in enumerate(words))


def _fold(text: str) -> str:
    """Case and accents folded, as the index's tokenizer folds them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _names_matching(word: str, prefix: bool, names: dict[K, str]) -> list[K]:
    """Keys of ``names`` whose name has a word equal to ``word`` (or starting with it)."""
    wanted = _fold(word)
    found = []
    for key, name in names.items():
        parts = [_fold(p) for p in _words(name.replace("_", " "))]
        if any(p.startswith(wanted) if prefix else p == wanted for p in parts):
            found.append(key)
    return found


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
    words = _query_words(text)
    if not words:
        return []
    also = _tag_and_need_matches(conn, words)
    if not any(also):  # the usual case: no tag or need holds any of the words
        return _run(conn, plain_words_query(text), flt, limit, offset, newest_first)
    return _run_with_tags_and_needs(conn, words, also, flt, limit, offset, newest_first)


_MARKED = (
    "e.id, e.uuid, e.kind, highlight(entries_fts, 0, ?, ?), e.about, e.private, "
    "snippet(entries_fts, 1, ?, ?, '…', 16), snippet(entries_fts, 2, ?, ?, '…', 16), "
    "e.id IN (SELECT entry_id FROM session_marks)"
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
        marked=bool(r[8]),
    )


# -- tags and needs ----------------------------------------------------------------------

#: Need identifiers, read as words ("being_heard" is found by "heard").
_NEED_NAMES = {need: need for need in NEEDS}


def _tag_and_need_matches(conn: db.Connection, words: list[str]) -> list[str]:
    """For each word, SQL selecting the ids of entries whose tags or needs hold it ("")."""
    tags: dict[int, str] = {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM tags")}
    out = []
    for i, word in enumerate(words):
        prefix = i == len(words) - 1
        parts = []
        tag_ids = _names_matching(word, prefix, tags)
        if tag_ids:
            listed = ",".join(str(t) for t in sorted(tag_ids))
            parts.append(f"SELECT entry_id FROM entry_tags WHERE tag_id IN ({listed})")
        needs = sorted(_names_matching(word, prefix, _NEED_NAMES))
        if needs:
            # Identifiers from the vocabulary, so safe to write into the SQL. instr() skips
            # the JSON of entries that cannot hold the need without parsing it; json_each
            # then checks the picked needs themselves, not a word someone wrote.
            found = " OR ".join(f"instr(n.answers, '\"{n}\"') > 0" for n in needs)
            listed = ",".join(f"'{n}'" for n in needs)
            parts.append(
                f"SELECT n.id FROM entries n WHERE n.kind = '{EntryKind.FEELINGS.value}' "
                f"AND ({found}) AND EXISTS (SELECT 1 FROM json_each(n.answers, '$.needs') "
                f"WHERE value IN ({listed}))"
            )
        out.append(" UNION ".join(parts))
    return out


def _run_with_tags_and_needs(
    conn: db.Connection,
    words: list[str],
    also: list[str],
    flt: EntryFilter,
    limit: int,
    offset: int,
    newest_first: bool,
) -> list[SearchHit]:
    """Entries holding every word in their text, a tag or a need.

    Ranked, entries whose text holds every word come first, best first, exactly as a
    plain search finds them (FTS5 ranks inside its index); the others follow, newest
    first. Newest first, all of them are simply in date order.
    """
    last = len(words) - 1
    every_word = " ".join(_term(w, i == last) for i, w in enumerate(words))
    conds: list[str] = []
    params: list[object] = []
    text_only = [_term(w, i == last) for i, w in enumerate(words) if not also[i]]
    if text_only:
        conds.append("e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
        params.append(" ".join(text_only))
    for i, word in enumerate(words):
        if also[i]:
            conds.append(
                "(e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?) "
                f"OR e.id IN ({also[i]}))"
            )
            params.append(_term(word, i == last))
    head: list[SearchHit] = []
    if not newest_first:
        head = _run(conn, every_word, flt, limit, offset, newest_first=False)
        if len(head) == limit:
            return head
        # The rest come after every text match: skip what the offset has shown of them.
        texts = len(head) + offset if head or not offset else _count(conn, every_word, flt)
        offset, limit = max(0, offset - texts), limit - len(head)
        conds.append("e.id NOT IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
        params.append(every_word)
    where, filter_params = filter_where(flt)
    # Walk the date index and keep the rows found, as a plain search does.
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT e.id FROM entries e WHERE {' AND '.join(conds)} AND {where} "
            "ORDER BY e.about DESC, e.id DESC LIMIT ? OFFSET ?",
            (*params, *filter_params, limit, offset),
        )
    ]
    return head + _hits_for(
        conn, ids, " OR ".join(_term(w, i == last) for i, w in enumerate(words))
    )


def _count(conn: db.Connection, query: str, flt: EntryFilter) -> int:
    where, params = filter_where(flt)
    return int(
        conn.execute(
            "SELECT count(*) FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND {where}",
            (query, *params),
        ).fetchone()[0]
    )


def _hits_for(conn: db.Connection, ids: list[int], any_word: str) -> list[SearchHit]:
    """Hits for ``ids`` in that order: marked where their text holds a word."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    by_id = {
        r[0]: _hit(r)
        for r in conn.execute(
            f"SELECT {_MARKED} FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND entries_fts.rowid IN ({marks})",
            (*_MARKS, any_word, *ids),
        )
    }
    # Found only through a tag or a need: no word to mark; the start of the text shows,
    # as in the list.
    missing = [i for i in ids if i not in by_id]
    if missing:
        for r in conn.execute(
            "SELECT e.id, e.uuid, e.kind, e.title, e.about, e.private, "
            "substr(CASE WHEN e.body != '' THEN e.body ELSE e.answers_text END, 1, ?), "
            "e.id IN (SELECT entry_id FROM session_marks) "
            f"FROM entries e WHERE e.id IN ({','.join('?' * len(missing))})",
            (SNIPPET_CHARS, *missing),
        ):
            by_id[r[0]] = _hit((*r[:6], r[6], "", r[7]))
    return [by_id[i] for i in ids if i in by_id]
