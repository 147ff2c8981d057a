"""Schema version 4: what the person brings to their next session.

The v4 fixture is opened with the real key derivation (see tests/data/README.md); a v3
fixture migrated to v4 gains the two tables, keeps every row and starts with nothing
marked and no questions.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import pytest

from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.migrations import current_version

DATA = Path(__file__).resolve().parents[2] / "data"


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(DATA / name, target)
    return target


@pytest.mark.real_kdf
def test_migrating_v3_adds_the_session_and_keeps_every_row(tmp_path: Path) -> None:
    path = _copy("journal-v3.hpj", tmp_path)
    with Journal.open(path, "fixture passphrase v3", auto_backup=False) as journal:
        assert current_version(journal.vault.conn) == 4
        assert journal.vault.verify() == []
        assert journal.entries.count() == 7
        assert journal.session.marks(include_private=True) == []
        assert journal.session.questions(include_done=True) == []
        # The new tables work in the migrated file: an entry can be marked at once.
        assert journal.session.mark(UUID(int=1))
        assert journal.entries.count(EntryFilter(marked_only=True)) == 1


@pytest.mark.real_kdf
def test_the_v4_fixture_holds_a_marked_entry_and_two_questions(tmp_path: Path) -> None:
    path = _copy("journal-v4.hpj", tmp_path)
    with Journal.open(path, "fixture passphrase v4", auto_backup=False) as journal:
        [mark] = journal.session.marks(include_private=True)
        assert mark.entry_uuid == UUID(int=1)
        assert mark.marked_at == datetime(2026, 1, 18, 9, 30, tzinfo=UTC)
        assert [q.text for q in journal.session.questions()] == [
            "How do we slow down when one of us feels rushed?"
        ]
        done = journal.session.questions(include_done=True)[1]
        assert done.uuid == UUID(int=0xA2) and done.done_at is not None
        [row] = journal.entries.page(EntryFilter(marked_only=True))
        assert row.title == "Fixture feelings" and row.marked
