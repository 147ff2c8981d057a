"""Check-ins in storage: completing and dismissing, in a real encrypted journal."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hallpass_journal.domain.checkins import CheckIn, plan_around_event
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.storage.checkins_repo import CheckInRepository
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.vault import Vault

PASS = "correct horse battery staple"
EVENT = datetime(2026, 4, 1, 20, tzinfo=UTC)
LATER = EVENT + timedelta(days=365)  # every planned check-in is due by then


@pytest.fixture
def vault(journal_path: Path) -> Iterator[Vault]:
    with Vault.create(journal_path, PASS) as vault:
        yield vault


@pytest.fixture
def planned(vault: Vault) -> list[CheckIn]:
    plan = plan_around_event(EVENT)
    CheckInRepository(vault).save_all(plan)
    return plan


def reopened(journal_path: Path, vault: Vault) -> Vault:
    """Lock the journal and unlock it again, so what follows reads from the file."""
    vault.close()
    return Vault.open(journal_path, PASS)


def test_complete_stores_entry_and_time_and_is_no_longer_due(
    journal_path: Path, vault: Vault, planned: list[CheckIn]
) -> None:
    repo = CheckInRepository(vault)
    target, *others = planned
    assert [c.uuid for c in repo.due(LATER)] == [c.uuid for c in planned]
    answer = EntryRepository(vault).save(Entry.new(EntryKind.CHECK_IN, title="How are we"))
    done_at = datetime(2026, 3, 31, 21, 15, tzinfo=UTC)

    assert repo.complete(target.uuid, answer.uuid, done_at) is True

    with reopened(journal_path, vault) as again:
        repo = CheckInRepository(again)
        stored = repo.get(target.uuid)
        assert stored is not None
        assert (stored.completed_entry_uuid, stored.completed_at) == (answer.uuid, done_at)
        assert not stored.is_open and not stored.dismissed
        assert [c.uuid for c in repo.due(LATER)] == [c.uuid for c in others]
        assert stored in repo.all()  # kept, with its answer
        # The others were not touched.
        assert [c for c in repo.all() if c.uuid != target.uuid] == others


def test_completing_an_unknown_check_in_changes_nothing(
    vault: Vault, planned: list[CheckIn]
) -> None:
    repo = CheckInRepository(vault)
    assert repo.complete(uuid.uuid4(), uuid.uuid4(), LATER) is False
    assert repo.all() == planned


def test_dismiss_is_no_longer_due_but_kept(
    journal_path: Path, vault: Vault, planned: list[CheckIn]
) -> None:
    repo = CheckInRepository(vault)
    target = planned[2]

    assert repo.dismiss(target.uuid) is True

    with reopened(journal_path, vault) as again:
        repo = CheckInRepository(again)
        assert target.uuid not in [c.uuid for c in repo.due(LATER)]
        assert len(repo.due(LATER)) == len(planned) - 1
        everything = {c.uuid: c for c in repo.all()}
        assert set(everything) == {c.uuid for c in planned}  # still listed
        kept = everything[target.uuid]
        assert kept.dismissed and not kept.is_open
        assert (kept.completed_entry_uuid, kept.completed_at) == (None, None)
        assert kept.dismissed_at is not None  # when, for the schedule and the timeline
        # Otherwise as planned.
        assert kept.model_copy(update={"dismissed": False, "dismissed_at": None}) == target
        assert repo.dismiss(uuid.uuid4()) is False


def test_dismiss_and_snooze_record_when_and_how_often(
    journal_path: Path, vault: Vault, planned: list[CheckIn]
) -> None:
    repo = CheckInRepository(vault)
    dismissed, snoozed = planned[0], planned[1]
    first, second = EVENT + timedelta(hours=1), EVENT + timedelta(hours=2)
    until = EVENT + timedelta(days=3)

    assert repo.dismiss(dismissed.uuid, at=first) is True
    assert repo.snooze(snoozed.uuid, EVENT + timedelta(days=2), at=first) is True
    assert repo.snooze(snoozed.uuid, until, at=second) is True
    assert repo.snooze(dismissed.uuid, until, at=second) is False  # set aside: not open

    with reopened(journal_path, vault) as again:
        repo = CheckInRepository(again)
        stored = {c.uuid: c for c in repo.all()}
    assert stored[dismissed.uuid].dismissed_at == first
    assert stored[dismissed.uuid].snoozes == 0
    assert (stored[snoozed.uuid].due_at, stored[snoozed.uuid].snoozed_at) == (until, second)
    assert stored[snoozed.uuid].snoozes == 2
    assert (
        stored[snoozed.uuid].model_copy(
            update={"due_at": snoozed.due_at, "snoozed_at": None, "snoozes": 0}
        )
        == snoozed
    )


def test_save_all_keeps_the_recorded_state(vault: Vault, planned: list[CheckIn]) -> None:
    repo = CheckInRepository(vault)
    state = planned[2].model_copy(
        update={
            "dismissed": True,
            "dismissed_at": EVENT,
            "snoozed_at": EVENT - timedelta(days=1),
            "snoozes": 3,
        }
    )
    repo.save_all([state])
    assert repo.get(state.uuid) == state
