"""Session marks and questions: what the person brings to their next session."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime
from typing import Any

from hallpass_journal.domain.session import SessionMark, SessionQuestion
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.rows import parse_optional_ts, parse_ts, ts, uid
from hallpass_journal.storage.vault import Vault

_QUESTION_COLUMNS = "uuid, text, entry_uuid, created_at, done_at"


def _question(r: tuple[Any, ...]) -> SessionQuestion:
    return SessionQuestion(
        uuid=uuid_mod.UUID(r[0]),
        text=r[1],
        entry_uuid=uuid_mod.UUID(r[2]) if r[2] else None,
        created_at=parse_ts(r[3]),
        done_at=parse_optional_ts(r[4]),
    )


@translating
class SessionRepository:
    """Marks by entry, questions by UUID (oldest first)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- marks -----------------------------------------------------------------------

    def set_mark(self, entry_uuid: uuid_mod.UUID, at: datetime | None) -> bool:
        """Mark the entry (``at``) or clear its mark (``None``); False if no such entry.

        Marking an entry that is already marked keeps the first time it was marked.
        """
        with self._vault.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM entries WHERE uuid = ?", (str(entry_uuid),)
            ).fetchone()
            if row is None:
                return False
            if at is None:
                conn.execute("DELETE FROM session_marks WHERE entry_id = ?", (row[0],))
            else:
                conn.execute(
                    "INSERT OR IGNORE INTO session_marks (entry_id, marked_at) VALUES (?, ?)",
                    (row[0], ts(at)),
                )
        return True

    def is_marked(self, entry_uuid: uuid_mod.UUID) -> bool:
        """Whether the entry is marked."""
        row = self._vault.conn.execute(
            "SELECT 1 FROM session_marks m JOIN entries e ON e.id = m.entry_id WHERE e.uuid = ?",
            (str(entry_uuid),),
        ).fetchone()
        return row is not None

    def marked_count(self, *, include_private: bool) -> int:
        """How many entries are marked (private ones only when asked)."""
        extra = "" if include_private else " WHERE e.private = 0"
        return int(
            self._vault.conn.execute(
                f"SELECT count(*) FROM session_marks m JOIN entries e ON e.id = m.entry_id{extra}"
            ).fetchone()[0]
        )

    def marks(self, *, include_private: bool) -> list[SessionMark]:
        """Every mark, in the order of the entries' days (private ones only when asked)."""
        extra = "" if include_private else " WHERE e.private = 0"
        rows = self._vault.conn.execute(
            "SELECT e.uuid, m.marked_at FROM session_marks m JOIN entries e ON e.id = m.entry_id"
            f"{extra} ORDER BY e.about, e.id"
        ).fetchall()
        return [SessionMark(entry_uuid=uuid_mod.UUID(r[0]), marked_at=parse_ts(r[1])) for r in rows]

    # -- questions -------------------------------------------------------------------

    def save_question(self, question: SessionQuestion) -> SessionQuestion:
        """Insert a question, or replace the one with its UUID (keeping its place)."""
        with self._vault.transaction() as conn:
            conn.execute(
                f"INSERT INTO session_questions ({_QUESTION_COLUMNS}) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (uuid) DO UPDATE SET text = excluded.text, "
                "entry_uuid = excluded.entry_uuid, created_at = excluded.created_at, "
                "done_at = excluded.done_at",
                (
                    str(question.uuid),
                    question.text,
                    uid(question.entry_uuid),
                    ts(question.created_at),
                    ts(question.done_at) if question.done_at is not None else None,
                ),
            )
        return question

    def question(self, question_uuid: uuid_mod.UUID) -> SessionQuestion | None:
        """One question, or None."""
        row = self._vault.conn.execute(
            f"SELECT {_QUESTION_COLUMNS} FROM session_questions WHERE uuid = ?",
            (str(question_uuid),),
        ).fetchone()
        return _question(row) if row else None

    def questions(self, *, include_done: bool) -> list[SessionQuestion]:
        """The questions in the order they were asked (talked-about ones when asked)."""
        where = "" if include_done else " WHERE done_at IS NULL"
        rows = self._vault.conn.execute(
            f"SELECT {_QUESTION_COLUMNS} FROM session_questions{where} ORDER BY created_at, id"
        ).fetchall()
        return [_question(r) for r in rows]

    def delete_question(self, question_uuid: uuid_mod.UUID) -> bool:
        """Remove a question; False when there was none."""
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM session_questions WHERE uuid = ?", (str(question_uuid),)
            )
        return cur.rowcount > 0
