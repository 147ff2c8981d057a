"""Numbered schema migrations, driven by ``PRAGMA user_version``.

Every schema change appends a migration here and commits a fixture journal of the new
version under ``tests/data/``. Migrations never edit earlier steps.
"""

from __future__ import annotations

from collections.abc import Callable

from hallpass_journal.storage.connection import APPLICATION_ID, Connection, transaction

SCHEMA_V1 = """
CREATE TABLE entries (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    about       TEXT NOT NULL,              -- ISO date the entry is about
    created_at  TEXT NOT NULL,              -- ISO UTC
    updated_at  TEXT NOT NULL,
    private     INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    mood        INTEGER CHECK (mood BETWEEN 0 AND 10),
    answers     TEXT NOT NULL DEFAULT '{}', -- typed guided answers, JSON
    answers_text TEXT NOT NULL DEFAULT ''   -- their free text, for the FTS index
);
CREATE INDEX entries_by_about ON entries (about DESC, id DESC);
CREATE INDEX entries_by_kind ON entries (kind, about DESC, id DESC);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);

-- One row per emotion per entry; "about" is copied so aggregation needs no join, and
-- the index covers intensity so a chart never touches the table itself.
CREATE TABLE entry_emotions (
    entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    emotion   TEXT NOT NULL,
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    about     TEXT NOT NULL,
    PRIMARY KEY (entry_id, emotion)
) WITHOUT ROWID;
CREATE INDEX entry_emotions_by_day ON entry_emotions (emotion, about, intensity);

CREATE TABLE agreements (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE agreement_versions (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL CHECK (number >= 1),
    created_at   TEXT NOT NULL,
    terms        TEXT NOT NULL,             -- JSON
    change_note  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agreement_id, number)
) WITHOUT ROWID;
CREATE TABLE agreement_status (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    status       TEXT NOT NULL
                 CHECK (status IN ('draft', 'agreed', 'active', 'paused', 'ended')),
    at           TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreement_status_by_agreement ON agreement_status (agreement_id, id);

CREATE TABLE check_ins (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    kind                 TEXT NOT NULL,
    due_at               TEXT NOT NULL,
    title                TEXT NOT NULL DEFAULT '',
    agreement_uuid       TEXT,
    event_entry_uuid     TEXT,
    completed_entry_uuid TEXT,
    completed_at         TEXT,
    dismissed            INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1))
);
CREATE INDEX check_ins_open_by_due ON check_ins (due_at) WHERE completed_at IS NULL;

-- Editor autosave: the latest unsaved state of each open editor.
CREATE TABLE drafts (
    key      TEXT PRIMARY KEY,
    payload  TEXT NOT NULL,
    saved_at TEXT NOT NULL
) WITHOUT ROWID;

-- Settings that concern this journal (they may hold journal content).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, answers_text,
    content = 'entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body, answers_text)
    VALUES (new.id, new.title, new.body, new.answers_text);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, answers_text)
    VALUES ('delete', old.id, old.title, old.body, old.answers_text);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, answers_text ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, answers_text)
    VALUES ('delete', old.id, old.title, old.body, old.answers_text);
    INSERT INTO entries_fts (rowid, title, body, answers_text)
    VALUES (new.id, new.title, new.body, new.answers_text);
END;
"""


def _v1(conn: Connection) -> None:
    for statement in _split(SCHEMA_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Split a schema script into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        stripped = line.split("--", 1)[0].rstrip()
        if not stripped.strip():
            continue
        current.append(stripped)
        text = "\n".join(current)
        if stripped.endswith(";") and ("CREATE TRIGGER" not in text or stripped.strip() == "END;"):
            statements.append(text)
            current = []
    return statements


# Version 2: key events, per-agreement check-in days, when check-ins were set aside or
# snoozed, and an index for leaving private entries out of aggregates. The event types
# are spelled out (not read from the enum) so this step stays exactly what it was when
# released; a new type needs a new step (tests/unit/storage/test_migration_v2.py checks).
SCHEMA_V2 = """
CREATE TABLE key_events (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL CHECK (type IN ('first_conversation', 'agreement_active',
                   'encounter', 'disclosure', 'test_result', 'repair_start', 'other')),
    on_day         TEXT NOT NULL,           -- ISO date
    time_of_day    TEXT,                    -- local ISO time, or NULL for the whole day
    title          TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    agreement_uuid TEXT,
    created_at     TEXT NOT NULL            -- ISO UTC
);
CREATE INDEX key_events_by_day ON key_events (on_day, time_of_day, id);

ALTER TABLE agreements ADD COLUMN check_in_days TEXT NOT NULL DEFAULT '[14,30,91]';

ALTER TABLE check_ins ADD COLUMN dismissed_at TEXT;
ALTER TABLE check_ins ADD COLUMN snoozed_at TEXT;
ALTER TABLE check_ins ADD COLUMN snoozes INTEGER NOT NULL DEFAULT 0 CHECK (snoozes >= 0);

CREATE INDEX entries_private ON entries (id) WHERE private = 1;
"""


def _v2(conn: Connection) -> None:
    for statement in _split(SCHEMA_V2):
        conn.execute(statement)


# Version 3: mood over time read from an index alone. A chart of ten years' moods would
# otherwise read every entry's row (and decrypt every page holding one); this index
# holds just the day, the mood and the private flag of entries that have a mood.
SCHEMA_V3 = """
CREATE INDEX entries_mood_by_day ON entries (about, mood, private) WHERE mood IS NOT NULL;
"""


def _v3(conn: Connection) -> None:
    for statement in _split(SCHEMA_V3):
        conn.execute(statement)


# Version 4: what the person brings to their next session with a therapist. A mark is
# kept apart from its entry (not a column of entries), so saving an entry from an editor
# that was open when it was marked never takes the mark away; it goes with the entry.
SCHEMA_V4 = """
CREATE TABLE session_marks (
    entry_id  INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
    marked_at TEXT NOT NULL                 -- ISO UTC
);
CREATE TABLE session_questions (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    text       TEXT NOT NULL,
    entry_uuid TEXT,                        -- the entry it came up in, if any
    created_at TEXT NOT NULL,               -- ISO UTC
    done_at    TEXT                         -- when it was talked about
);
"""


def _v4(conn: Connection) -> None:
    for statement in _split(SCHEMA_V4):
        conn.execute(statement)


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """The schema version recorded in the file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`, one transaction per step."""
    version = current_version(conn)
    for number in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(conn):
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute(f"PRAGMA application_id = {int(APPLICATION_ID)}")
    return SCHEMA_VERSION
