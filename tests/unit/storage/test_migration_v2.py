"""Schema version 2: key events, check-in days, check-in state, and what migration keeps.

The fixture journals (tests/data/journal-v1.hpj, journal-v2.hpj) are opened with the real
key derivation; each test works on a copy in tmp_path.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from hallpass_journal.domain.agreements import DEFAULT_CHECK_IN_DAYS
from hallpass_journal.domain.checkins import CheckInKind
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.events import EventType
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage import connection as db
from hallpass_journal.storage import keys, migrations
from hallpass_journal.storage.migrations import SCHEMA_V2, SCHEMA_VERSION, current_version

DATA = Path(__file__).parents[2] / "data"
V1_PASSPHRASE = "fixture passphrase v1"
V2_PASSPHRASE = "fixture passphrase v2"
FIXED = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)

Snapshot = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


def copy_of(name: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copyfile(DATA / name, copy)
    return copy


def raw(path: Path, key: keys.RawKey) -> Any:
    """The file opened below the vault: no migration, nothing written."""
    return db.connect(path, key)


def snapshot(conn: Any, columns: dict[str, list[str]] | None = None) -> Snapshot:
    """Every table's rows (only ``columns`` of each table, when given), sorted."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    result: Snapshot = {}
    for name in names:
        if columns is not None and name not in columns:
            continue
        cols = columns[name] if columns is not None else columns_of(conn, name)
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM '{name}'").fetchall()
        result[name] = (cols, sorted(rows, key=repr))
    return result


def schema_names(conn: Any) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def columns_of(conn: Any, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]


def test_the_event_type_check_lists_every_event_type() -> None:
    """A new EventType needs a new migration step: SQLite would refuse to store it."""
    [listed] = re.findall(r"CHECK \(type IN \(([^)]*)\)\)", SCHEMA_V2)
    assert set(re.findall(r"'([a-z_]+)'", listed)) == {t.value for t in EventType}


def test_the_file_refuses_what_the_model_would_never_write(journal: Journal) -> None:
    conn = journal.vault.conn
    with pytest.raises(db.sqlcipher.IntegrityError):
        conn.execute(
            "INSERT INTO key_events (uuid, type, on_day, created_at) VALUES (?, ?, ?, ?)",
            ("x", "party", "2026-01-01", "2026-01-01T00:00:00+00:00"),
        )
    with pytest.raises(db.sqlcipher.IntegrityError):
        conn.execute(
            "INSERT INTO check_ins (uuid, kind, due_at, snoozes) VALUES ('c', 'x', 'x', -1)"
        )
    assert journal.events.list() == [] and journal.check_ins.all() == []


def test_private_entries_are_counted_from_their_own_index(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="open"))
    journal.save_entry(Entry.new(EntryKind.FREE, title="kept", private=True))
    conn = journal.vault.conn
    plan = " ".join(
        str(r[-1])
        for r in conn.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM entries WHERE private = 1")
    )
    assert "entries_private" in plan
    assert conn.execute("SELECT count(*) FROM entries WHERE private = 1").fetchone()[0] == 1


@pytest.mark.real_kdf
def test_migrating_v1_keeps_every_row_and_adds_version_2(tmp_path: Path) -> None:
    path = copy_of("journal-v1.hpj", tmp_path)
    key = keys.raw_key(V1_PASSPHRASE, db.classify_file(path))
    conn = raw(path, key)
    try:
        assert current_version(conn) == 1
        before = snapshot(conn)
        v1_columns = {name: cols for name, (cols, _) in before.items()}
        entry_uuids = {r[0] for r in conn.execute("SELECT uuid FROM entries")}
    finally:
        conn.close()
    assert len(entry_uuids) == 2

    with Journal.open(path, V1_PASSPHRASE, auto_backup=False) as journal:
        assert current_version(journal.vault.conn) == SCHEMA_VERSION
        assert journal.vault.verify() == []
        # Every entry reads back whole through the services, with the new fields' defaults.
        assert {str(e.uuid) for e in journal.entries.iter_all()} == entry_uuids
        [agreement] = journal.agreements.list()
        assert agreement.check_in_days == list(DEFAULT_CHECK_IN_DAYS)
        check_ins = journal.check_ins.all()
        assert len(check_ins) == 6
        assert all(
            (c.dismissed_at, c.snoozed_at, c.snoozes, c.dismissed) == (None, None, 0, False)
            for c in check_ins
        )
        assert journal.events.list() == []
        assert journal.events.latest(EventType.ENCOUNTER) is None

    conn = raw(path, key)
    try:
        after = snapshot(conn, v1_columns)
        assert after == before  # every v1 row, every v1 column, exactly as it was
        # Version 2 added key_events; the later versions their own tables.
        later = {"session_marks", "session_questions"}
        assert set(snapshot(conn)) - set(before) == {"key_events"} | later
        assert {"key_events_by_day", "entries_private"} <= schema_names(conn)
        assert columns_of(conn, "agreements")[-1] == "check_in_days"
        assert columns_of(conn, "check_ins")[-3:] == ["dismissed_at", "snoozed_at", "snoozes"]
        assert conn.execute("SELECT DISTINCT check_in_days FROM agreements").fetchall() == [
            ("[14,30,91]",)
        ]
    finally:
        conn.close()


@pytest.mark.real_kdf
def test_the_v2_fixture_holds_key_events_and_check_in_state(tmp_path: Path) -> None:
    path = copy_of("journal-v2.hpj", tmp_path)
    with Journal.open(path, V2_PASSPHRASE, auto_backup=False) as journal:
        [agreement] = journal.agreements.list()
        assert agreement.check_in_days == [7, 30, 120]
        first, encounter = journal.events.list()
        assert (first.uuid, first.type, first.on, first.time) == (
            UUID(int=0xE2),
            EventType.FIRST_CONVERSATION,
            date(2026, 1, 2),
            None,
        )
        assert (encounter.uuid, encounter.type, encounter.on, encounter.time) == (
            UUID(int=0xE1),
            EventType.ENCOUNTER,
            date(2026, 1, 15),
            time(20, 0),
        )
        assert (encounter.title, encounter.note) == ("Fixture encounter", "Planned together.")
        assert encounter.agreement_uuid == agreement.uuid and encounter.created_at == FIXED
        assert journal.events.latest(EventType.ENCOUNTER) == encounter
        by_hand = {c.kind: c for c in journal.check_ins.all() if c.uuid.version == 4}
        dismissed = by_hand[CheckInKind.RIGHT_AFTER]
        assert dismissed.dismissed and dismissed.dismissed_at == FIXED + timedelta(days=1)
        snoozed = by_hand[CheckInKind.ONE_WEEK]
        assert (snoozed.snoozes, snoozed.snoozed_at) == (1, FIXED + timedelta(days=7))
        assert snoozed.due_at == FIXED + timedelta(weeks=1, days=2)
        # The schedule planned around the encounter when the fixture was written.
        assert any(c.uuid.version == 5 for c in journal.check_ins.all())


@pytest.mark.real_kdf
def test_a_step_that_fails_part_way_leaves_the_file_at_version_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of("journal-v1.hpj", tmp_path)
    key = keys.raw_key(V1_PASSPHRASE, db.classify_file(path))

    def breaks_after_v2(conn: Any) -> None:
        migrations._v2(conn)
        raise RuntimeError("stopped part-way")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations._v1, breaks_after_v2])
    with pytest.raises(RuntimeError, match="part-way"):
        Journal.open(path, V1_PASSPHRASE, auto_backup=False)
    conn = raw(path, key)
    try:
        assert current_version(conn) == 1
        assert not {"key_events", "entries_private"} & schema_names(conn)
        assert "check_in_days" not in columns_of(conn, "agreements")
        assert "snoozes" not in columns_of(conn, "check_ins")
    finally:
        conn.close()

    monkeypatch.undo()
    with Journal.open(path, V1_PASSPHRASE, auto_backup=False) as journal:
        assert current_version(journal.vault.conn) == SCHEMA_VERSION
        assert journal.entries.count() == 2
