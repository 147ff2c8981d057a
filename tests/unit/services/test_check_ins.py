"""Check-in use cases: completing saves the answer and settles the check-in together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.domain.checkins import CheckInNotOpen, plan_around_event
from hallpass_journal.domain.entries import CheckInAnswers, Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

EVENT = datetime(2026, 5, 1, 20, 0, tzinfo=UTC)
LATER = EVENT + timedelta(days=200)


@pytest.fixture
def planned(journal: Journal) -> Journal:
    journal.check_ins.save_all(plan_around_event(EVENT))
    return journal


def answer(check_in_uuid: object, text: str = "calmer than I feared") -> Entry:
    return Entry.new(
        EntryKind.CHECK_IN,
        title="Right after",
        answers=CheckInAnswers(check_in_uuid=check_in_uuid, how_are_we=text),  # type: ignore[arg-type]
    )


def test_complete_saves_the_entry_and_settles_the_check_in(planned: Journal) -> None:
    seen: list[Change] = []
    planned.subscribe(seen.append)
    first = planned.check_ins.due(LATER)[0]
    outcome = planned.check_ins.complete(first.uuid, answer(first.uuid))
    assert outcome.check_in.completed_entry_uuid == outcome.entry.uuid  # type: ignore[union-attr]
    assert outcome.check_in.completed_at is not None
    assert planned.entries.get(outcome.entry.uuid) is not None  # type: ignore[union-attr]
    assert first.uuid not in {c.uuid for c in planned.check_ins.due(LATER)}
    assert len(seen) == 1 and seen[0].touches(Area.CHECK_INS) and seen[0].touches(Area.ENTRIES)
    with pytest.raises(CheckInNotOpen):  # completing twice is refused, nothing written
        planned.check_ins.complete(first.uuid, answer(first.uuid, "again"))
    assert planned.entries.count() == 1


def test_dismiss_and_snooze(planned: Journal) -> None:
    first, second = planned.check_ins.due(LATER)[:2]
    planned.check_ins.dismiss(first.uuid)
    assert first.uuid not in {c.uuid for c in planned.check_ins.due(LATER)}
    assert first.uuid in {c.uuid for c in planned.check_ins.all()}  # set aside, not deleted
    with pytest.raises(CheckInNotOpen):
        planned.check_ins.snooze(first.uuid, LATER)

    until = LATER + timedelta(days=1)
    snoozed = planned.check_ins.snooze(second.uuid, until).check_in
    assert snoozed.due_at == until
    assert second.uuid not in {c.uuid for c in planned.check_ins.due(LATER)}
    assert second.uuid in {c.uuid for c in planned.check_ins.due(until)}


def test_dismiss_and_snooze_record_when_and_how_often(planned: Journal) -> None:
    first, second = planned.check_ins.due(LATER)[:2]
    before = datetime.now(UTC).replace(microsecond=0)  # stored times are whole seconds
    dismissed = planned.check_ins.dismiss(first.uuid).check_in
    assert dismissed.dismissed_at is not None and dismissed.dismissed_at >= before
    at = EVENT + timedelta(days=3)
    planned.check_ins.snooze(second.uuid, at + timedelta(days=1), at=at)
    again = planned.check_ins.snooze(
        second.uuid, at + timedelta(days=2), at=at + timedelta(hours=1)
    )
    assert (again.check_in.snoozes, again.check_in.snoozed_at) == (2, at + timedelta(hours=1))
    assert again.change.touches(Area.CHECK_INS) and second.uuid in again.change.uuids
    planned.close()
    with Journal.open(planned.path, PASSPHRASE, auto_backup=False) as reopened:
        assert reopened.check_ins.get(second.uuid) == again.check_in
        assert reopened.check_ins.get(first.uuid) == dismissed


def test_a_failed_write_completes_nothing(
    planned: Journal, file_size_limit: Callable[[int | None], None]
) -> None:
    first = planned.check_ins.due(LATER)[0]
    file_size_limit(planned.path.stat().st_size + 1024 * 1024)
    with pytest.raises(errors.DiskProblem):
        planned.check_ins.complete(first.uuid, answer(first.uuid, "words " * 1_000_000))
    file_size_limit(None)
    assert planned.check_ins.get(first.uuid).is_open  # type: ignore[union-attr]
    assert planned.entries.count() == 0
