"""Change notices: merged once per batch, never for what rolled back."""

from __future__ import annotations

import pytest

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.services.journal import Journal


def test_a_bulk_write_is_announced_once_merged(journal: Journal) -> None:
    seen: list[Change] = []
    journal.subscribe(seen.append)
    with journal.bulk():
        a = journal.save_entry(Entry.new(EntryKind.FREE, title="a"))
        b = journal.save_entry(Entry.new(EntryKind.FREE, title="b"))
        journal.settings.set("x", 1)
        assert seen == []  # nothing is announced before the commit
    assert len(seen) == 1
    assert seen[0].areas == {Area.ENTRIES, Area.SETTINGS}
    assert seen[0].uuids == {a.uuid, b.uuid}


def test_a_rolled_back_bulk_write_announces_nothing(journal: Journal) -> None:
    seen: list[Change] = []
    journal.subscribe(seen.append)
    with pytest.raises(RuntimeError), journal.bulk():
        journal.save_entry(Entry.new(EntryKind.FREE, title="gone"))
        raise RuntimeError("stop")
    assert seen == []
    assert journal.entries.count() == 0


def test_a_failing_listener_does_not_stop_the_others() -> None:
    hub = ChangeHub()
    seen: list[Change] = []

    def broken(_change: Change) -> None:
        raise ValueError("listener bug")

    hub.subscribe(broken)
    unsubscribe = hub.subscribe(seen.append)
    hub.publish(Change.of(Area.ENTRIES))
    assert len(seen) == 1
    unsubscribe()
    hub.publish(Change.of(Area.ENTRIES))
    assert len(seen) == 1
    assert not Change() and Change.everything().touches(Area.DRAFTS)
