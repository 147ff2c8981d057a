"""Every schema version's fixture journal opens and migrates to the current schema.

What a particular version added is checked in ``test_migration_v<N>.py``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from uuid import UUID

import pytest

from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.migrations import MIGRATIONS, SCHEMA_VERSION, current_version

DATA = Path(__file__).parents[2] / "data"


def fixture_passphrases() -> dict[int, str]:
    table = (DATA / "README.md").read_text()
    return {
        int(v): pw
        for v, pw in re.findall(r"\| `journal-v\d+\.hpj` \| (\d+) \| `([^`]+)` \|", table)
    }


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = sorted(fixture_passphrases())
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert all((DATA / f"journal-v{v}.hpj").exists() for v in versions)
    assert len(MIGRATIONS) == SCHEMA_VERSION


@pytest.mark.real_kdf
@pytest.mark.parametrize("version", sorted(fixture_passphrases()))
def test_fixture_opens_and_migrates(tmp_path: Path, version: int) -> None:
    copy = tmp_path / "old.hpj"
    shutil.copyfile(DATA / f"journal-v{version}.hpj", copy)
    with Journal.open(copy, fixture_passphrases()[version], auto_backup=False) as journal:
        assert current_version(journal.vault.conn) == SCHEMA_VERSION
        assert journal.vault.verify() == []
        feelings = journal.entries.get(UUID(int=1))
        assert feelings is not None and feelings.title == "Fixture feelings"
        assert [(e.name, e.intensity) for e in feelings.emotions] == [("calm", 7)]
        assert feelings.tags == ["fixture"]
        note = journal.entries.get(UUID(int=2))
        assert note is not None and note.private
        [agreement] = journal.agreements.list()
        assert agreement.title == "Fixture agreement" and agreement.status.value == "agreed"
        # The six planned by hand (UUID4); from version 2 the schedule adds its own (UUID5).
        by_hand = [c for c in journal.check_ins.all() if c.uuid.version == 4]
        assert sorted(c.kind.value for c in by_hand) == sorted(
            ["before", "right_after", "one_week", "interval", "interval", "interval"]
        )
        assert all(c.agreement_uuid == agreement.uuid for c in by_hand)
        assert [h.title for h in journal.entries.search("steady")] == ["Fixture feelings"]


@pytest.mark.real_kdf
@pytest.mark.parametrize("version", sorted(fixture_passphrases()))
def test_migrated_schema_equals_a_fresh_one(tmp_path: Path, version: int) -> None:
    copy = tmp_path / "old.hpj"
    shutil.copyfile(DATA / f"journal-v{version}.hpj", copy)

    def schema(journal: Journal) -> list[tuple[str, str]]:
        return journal.vault.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()

    with Journal.open(copy, fixture_passphrases()[version], auto_backup=False) as old:
        migrated = schema(old)
    with Journal.create(tmp_path / "fresh.hpj", "fresh") as fresh:
        assert migrated == schema(fresh)
