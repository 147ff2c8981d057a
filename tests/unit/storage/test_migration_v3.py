"""Schema version 3: mood over time is read from an index alone (no table touched).

The v3 fixture is opened with the real key derivation (see tests/data/README.md), and a
v2 fixture migrated to v3 gains the index and keeps every row.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from hallpass_journal.services.journal import Journal

DATA = Path(__file__).resolve().parents[2] / "data"
INDEX = "entries_mood_by_day"


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(DATA / name, target)
    return target


def _plan(journal: Journal, sql: str) -> str:
    rows = journal.vault.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    return " | ".join(str(r[-1]) for r in rows)


@pytest.mark.real_kdf
def test_migrating_v2_adds_the_mood_index_and_keeps_every_row(tmp_path: Path) -> None:
    path = _copy("journal-v2.hpj", tmp_path)
    with Journal.open(path, "fixture passphrase v2", auto_backup=False) as journal:
        names = {r[0] for r in journal.vault.conn.execute("SELECT name FROM sqlite_schema")}
        assert INDEX in names
        assert journal.entries.count() == 4
        assert len(journal.events.list()) == 2


@pytest.mark.real_kdf
def test_the_v3_fixture_reads_mood_over_time_from_the_index(tmp_path: Path) -> None:
    path = _copy("journal-v3.hpj", tmp_path)
    with Journal.open(path, "fixture passphrase v3", auto_backup=False) as journal:
        series = journal.timeline.mood_series(
            date(2026, 1, 16), date(2026, 1, 18), "day", include_private=True
        )
        assert series == [
            (date(2026, 1, 16), 3.0, 1),
            (date(2026, 1, 17), 5.0, 1),
            (date(2026, 1, 18), 7.0, 1),
        ]
        for private in ("", " AND e.private = 0"):
            plan = _plan(
                journal,
                "SELECT e.about, avg(e.mood), count(*) FROM entries e "
                f"WHERE e.mood IS NOT NULL AND e.about >= '2026-01-01'{private} GROUP BY 1",
            )
            assert f"COVERING INDEX {INDEX}" in plan, plan
