"""Key events in storage: exact round trips and their order, in a real encrypted journal."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.storage.events_repo import KeyEventRepository
from hallpass_journal.storage.vault import Vault

PASS = "correct horse battery staple"
AT = datetime(2026, 4, 1, 8, 15, 30, 123456, tzinfo=UTC)


@pytest.fixture
def vault(journal_path: Path) -> Iterator[Vault]:
    with Vault.create(journal_path, PASS) as vault:
        yield vault


def reopened(journal_path: Path, vault: Vault) -> Vault:
    """Lock the journal and unlock it again, so what follows reads from the file."""
    vault.close()
    return Vault.open(journal_path, PASS)


def event(
    on: date, kind: EventType = EventType.OTHER, at: time | None = None, **kw: object
) -> KeyEvent:
    return KeyEvent(type=kind, on=on, time=at, created_at=AT, **kw)  # type: ignore[arg-type]


def test_every_field_round_trips_through_the_file(journal_path: Path, vault: Vault) -> None:
    full = event(
        date(2026, 4, 2),
        EventType.ENCOUNTER,
        time(20, 30, 15, 250000),
        title="Sample évènement 🌙",
        note="Line one\nline two, עברית",
        agreement_uuid=uuid.uuid4(),
    )
    bare = event(date(1999, 12, 31))
    repo = KeyEventRepository(vault)
    assert repo.save(full) == full
    repo.save(bare)
    with reopened(journal_path, vault) as again:
        repo = KeyEventRepository(again)
        assert repo.get(full.uuid) == full
        assert repo.get(bare.uuid) == bare
        assert repo.get(uuid.uuid4()) is None


def test_saving_again_replaces_by_uuid(vault: Vault) -> None:
    repo = KeyEventRepository(vault)
    first = repo.save(event(date(2026, 4, 2), EventType.ENCOUNTER))
    moved = first.model_copy(update={"on": date(2026, 4, 9), "time": time(19), "note": "later"})
    repo.save(moved)
    assert repo.list() == [moved]
    assert vault.conn.execute("SELECT count(*) FROM key_events").fetchone()[0] == 1


def test_listed_by_day_then_time_whole_day_first_then_as_saved(vault: Vault) -> None:
    repo = KeyEventRepository(vault)
    day = date(2026, 4, 2)
    evening = repo.save(event(day, at=time(20)))
    morning = repo.save(event(day, at=time(9)))
    whole_day = repo.save(event(day))
    whole_day_too = repo.save(event(day))
    earlier = repo.save(event(date(2026, 4, 1), at=time(23, 59)))
    later = repo.save(event(date(2026, 5, 1)))
    assert repo.list() == [earlier, whole_day, whole_day_too, morning, evening, later]


def test_list_by_type_and_latest(vault: Vault) -> None:
    repo = KeyEventRepository(vault)
    talk = repo.save(event(date(2026, 1, 5), EventType.FIRST_CONVERSATION))
    past = repo.save(event(date(2026, 2, 1), EventType.ENCOUNTER))
    planned = repo.save(event(date(2099, 6, 1), EventType.ENCOUNTER, at=time(19)))
    same_day = repo.save(event(date(2099, 6, 1), EventType.ENCOUNTER))
    result = repo.save(event(date(2026, 3, 1), EventType.TEST_RESULT))

    assert repo.list([EventType.ENCOUNTER]) == [past, same_day, planned]
    assert repo.list({EventType.FIRST_CONVERSATION, EventType.TEST_RESULT}) == [talk, result]
    assert repo.list([]) == []
    assert repo.list([EventType.DISCLOSURE]) == []
    # The latest may lie ahead; on one day a timed event counts as later than a whole-day one.
    assert repo.latest(EventType.ENCOUNTER) == planned
    assert repo.latest(EventType.REPAIR_START) is None


def test_delete(journal_path: Path, vault: Vault) -> None:
    repo = KeyEventRepository(vault)
    gone, kept = repo.save(event(date(2026, 1, 1))), repo.save(event(date(2026, 1, 2)))
    assert repo.delete(gone.uuid) is True
    assert repo.delete(gone.uuid) is False
    with reopened(journal_path, vault) as again:
        assert KeyEventRepository(again).list() == [kept]


def test_a_failed_save_writes_nothing(vault: Vault) -> None:
    repo = KeyEventRepository(vault)
    kept = repo.save(event(date(2026, 1, 1)))
    with pytest.raises(RuntimeError), vault.transaction():
        repo.save(event(date(2026, 1, 2)))
        raise RuntimeError("stop before the commit")
    assert repo.list() == [kept]
