"""Key events as the app uses them: saved, listed and deleted, each change announced."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from pydantic import ValidationError

from hallpass_journal.domain.agreements import AgreementTerms
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.services.agreements import UnknownAgreement
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

AT = datetime(2026, 3, 1, 18, 30, tzinfo=UTC)


def notices(journal: Journal) -> list[Change]:
    seen: list[Change] = []
    journal.subscribe(seen.append)
    return seen


def event(kind: EventType, on: date, at: time | None = None, **fields: object) -> KeyEvent:
    return KeyEvent(type=kind, on=on, time=at, created_at=AT, **fields)  # type: ignore[arg-type]


def test_save_get_list_latest_and_delete(journal: Journal) -> None:
    seen = notices(journal)
    talk = event(EventType.FIRST_CONVERSATION, date(2026, 2, 1), title="Sample talk")
    result = event(EventType.TEST_RESULT, date(2026, 3, 2), time(10, 15), note="Sample.")
    repair = event(EventType.REPAIR_START, date(2026, 3, 2))

    changes = [journal.events.save(e) for e in (result, talk, repair)]
    assert changes == [Change.of(Area.EVENTS, uuids=[e.uuid]) for e in (result, talk, repair)]
    assert seen == changes
    assert journal.events.list() == [talk, repair, result]  # by day, whole day first
    assert journal.events.list(types=[EventType.TEST_RESULT, EventType.REPAIR_START]) == [
        repair,
        result,
    ]
    assert journal.events.list(types=iter([EventType.DISCLOSURE])) == []
    assert journal.events.get(talk.uuid) == talk
    assert journal.events.latest(EventType.FIRST_CONVERSATION) == talk
    assert journal.events.latest(EventType.OTHER) is None

    moved = talk.model_copy(update={"on": date(2026, 4, 1)})
    assert journal.events.save(moved) == Change.of(Area.EVENTS, uuids=[talk.uuid])
    assert journal.events.list() == [repair, result, moved]

    assert journal.events.delete(result.uuid) == Change.of(Area.EVENTS, uuids=[result.uuid])
    assert journal.events.get(result.uuid) is None
    before = len(seen)
    assert not journal.events.delete(result.uuid)  # nothing there: nothing to announce
    assert len(seen) == before

    journal.close()
    with Journal.open(journal.path, PASSPHRASE, auto_backup=False) as again:
        assert again.events.list() == [repair, moved]


def test_an_event_may_name_an_agreement_that_exists(journal: Journal) -> None:
    agreement = journal.agreements.create("Our agreement", AgreementTerms()).agreement
    linked = event(EventType.AGREEMENT_ACTIVE, date(2026, 3, 1), agreement_uuid=agreement.uuid)
    journal.events.save(linked)
    assert journal.events.get(linked.uuid) == linked

    seen = notices(journal)
    dangling = event(EventType.AGREEMENT_ACTIVE, date(2026, 3, 2), agreement_uuid=uuid.uuid4())
    with pytest.raises(UnknownAgreement):
        journal.events.save(dangling)
    assert journal.events.list() == [linked] and seen == []


def test_an_event_changed_past_its_checks_is_refused(journal: Journal) -> None:
    """``model_copy(update=...)`` skips validation; saving checks the event again."""
    sample = journal.events.save(event(EventType.OTHER, date(2026, 3, 1)))
    assert sample
    stored = journal.events.list()
    too_long = stored[0].model_copy(update={"title": "x" * 201})
    with pytest.raises(ValidationError):
        journal.events.save(too_long)
    assert journal.events.list() == stored


def test_saves_inside_a_bulk_change_are_announced_once_on_commit(journal: Journal) -> None:
    seen = notices(journal)
    first = event(EventType.OTHER, date(2026, 3, 1))
    second = event(EventType.OTHER, date(2026, 3, 2))
    with pytest.raises(RuntimeError), journal.bulk():
        journal.events.save(first)
        raise RuntimeError("stopped")
    assert journal.events.list() == [] and seen == []
    with journal.bulk():
        journal.events.save(first)
        journal.events.save(second)
    assert seen == [Change.of(Area.EVENTS, uuids=[first.uuid, second.uuid])]
