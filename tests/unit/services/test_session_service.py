"""The next session: marking entries and keeping questions, in a real encrypted journal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.session import MAX_QUESTION_CHARS
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from hallpass_journal.services.session import UnknownQuestion
from tests.conftest import PASSPHRASE


def _entry(journal: Journal, title: str, *, private: bool = False, day: int = 1) -> Entry:
    return journal.save_entry(
        Entry.new(EntryKind.FREE, title=title, about=date(2026, 5, day), private=private)
    )


def test_a_mark_shows_in_lists_and_filters_and_survives_an_edit(journal: Journal) -> None:
    kept = _entry(journal, "Bring this", day=2)
    other = _entry(journal, "Not this", day=3)
    changes: list[Change] = []
    journal.subscribe(changes.append)

    assert journal.session.mark(kept.uuid).touches(Area.SESSION)
    assert changes[-1].uuids == {kept.uuid}
    rows = {r.title: r.marked for r in journal.entries.page()}
    assert rows == {"Bring this": True, "Not this": False}
    assert [r.title for r in journal.entries.page(EntryFilter(marked_only=True))] == ["Bring this"]
    assert journal.entries.count(EntryFilter(marked_only=True)) == 1
    [hit] = journal.entries.search("Bring")
    assert hit.marked

    # An editor that was open before the mark saves its (older) copy: the mark stays.
    journal.save_entry(kept.model_copy(update={"body": "more words"}))
    assert journal.session.is_marked(kept.uuid)
    assert not journal.session.is_marked(other.uuid)

    journal.session.mark(kept.uuid, False)
    assert journal.session.marks(include_private=True) == []


def test_marking_twice_keeps_the_first_time_and_a_missing_entry_changes_nothing(
    journal: Journal,
) -> None:
    entry = _entry(journal, "Twice")
    journal.session.mark(entry.uuid)
    [first] = journal.session.marks(include_private=True)
    journal.session.mark(entry.uuid)
    assert journal.session.marks(include_private=True) == [first]
    deleted = _entry(journal, "Gone")
    journal.delete_entry(deleted.uuid)
    assert not journal.session.mark(deleted.uuid)
    assert journal.session.marked_count(include_private=True) == 1


def test_private_marks_are_counted_only_when_asked_and_go_with_their_entry(
    journal: Journal,
) -> None:
    private = _entry(journal, "Mine alone", private=True)
    shared = _entry(journal, "Shared")
    journal.session.mark(private.uuid)
    journal.session.mark(shared.uuid)
    assert journal.session.marked_count(include_private=True) == 2
    assert journal.session.marked_count(include_private=False) == 1
    assert [m.entry_uuid for m in journal.session.marks(include_private=False)] == [shared.uuid]
    journal.delete_entry(private.uuid)
    assert journal.session.marked_count(include_private=True) == 1


def test_questions_are_added_edited_talked_about_and_removed(journal: Journal) -> None:
    entry = _entry(journal, "Where it came up")
    first = journal.session.add_question("  How do we pause kindly?  ", entry_uuid=entry.uuid)
    second = journal.session.add_question("What does repair look like?")
    assert first.text == "How do we pause kindly?" and first.entry_uuid == entry.uuid
    assert [q.uuid for q in journal.session.questions()] == [first.uuid, second.uuid]

    journal.session.edit_question(first.uuid, "How do we pause, kindly?")
    journal.session.set_question_done(second.uuid)
    assert [q.text for q in journal.session.questions()] == ["How do we pause, kindly?"]
    both = journal.session.questions(include_done=True)
    assert [q.done_at is not None for q in both] == [False, True]
    journal.session.set_question_done(second.uuid, False)
    assert len(journal.session.questions()) == 2

    assert journal.session.remove_question(first.uuid).touches(Area.SESSION)
    assert not journal.session.remove_question(first.uuid)
    with pytest.raises(UnknownQuestion):
        journal.session.edit_question(first.uuid, "again")


@pytest.mark.parametrize("text", ["", "   \n ", "x" * (MAX_QUESTION_CHARS + 1)])
def test_an_empty_or_overlong_question_is_refused_plainly(journal: Journal, text: str) -> None:
    with pytest.raises(ValueError, match="question"):
        journal.session.add_question(text)
    assert journal.session.questions(include_done=True) == []


def test_marks_and_questions_are_kept_after_closing(journal: Journal, journal_path: Path) -> None:
    entry = _entry(journal, "Kept")
    journal.session.mark(entry.uuid)
    question = journal.session.add_question("Still here after locking?")
    journal.close()
    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as again:
        assert again.session.is_marked(entry.uuid)
        assert again.session.questions() == [question]


def test_a_json_export_without_private_entries_never_points_at_one(
    journal: Journal, tmp_path: Path
) -> None:
    from hallpass_journal.services.export_json import build_document

    private = _entry(journal, "Mine alone", private=True)
    shared = _entry(journal, "Shared")
    journal.session.add_question("From the private entry", entry_uuid=private.uuid)
    journal.session.add_question("From the shared entry", entry_uuid=shared.uuid)
    without = build_document(journal, include_private=False).session_questions
    assert [q.entry_uuid for q in without] == [None, shared.uuid]
    assert [q.text for q in without] == ["From the private entry", "From the shared entry"]
    complete = build_document(journal, include_private=True).session_questions
    assert [q.entry_uuid for q in complete] == [private.uuid, shared.uuid]


def test_unticked_entries_are_counted_in_sql_within_a_filter(journal: Journal) -> None:
    """The export preview counts its unticked entries that the filter still matches."""
    import uuid

    from hallpass_journal.storage.entries_repo import UUID_CHUNK

    with journal.vault.transaction():
        made = [_entry(journal, f"Day {i}", day=1 + i % 28) for i in range(UUID_CHUNK + 20)]
    private = _entry(journal, "Mine alone", private=True, day=5)
    journal.session.mark(made[0].uuid)
    shown = EntryFilter(include_private=False)
    unticked = [e.uuid for e in made[: UUID_CHUNK + 10]]  # more than one chunk
    missing = uuid.uuid4()  # deleted since it was unticked
    among = [*unticked, private.uuid, missing]

    assert journal.entries.count_among(shown, among) == UUID_CHUNK + 10
    assert journal.entries.count_among(EntryFilter(include_private=True), among) == UUID_CHUNK + 11
    early = EntryFilter(include_private=False, until=date(2026, 5, 2))
    expected = sum(1 for e in made[: UUID_CHUNK + 10] if e.about <= date(2026, 5, 2))
    assert journal.entries.count_among(early, among) == expected
    assert journal.entries.count_among(EntryFilter(marked_only=True), among) == 1
    assert journal.entries.count_among(shown, []) == 0


def test_summaries_are_read_for_a_set_of_uuids_in_one_go(journal: Journal) -> None:
    import uuid

    first = _entry(journal, "Where it came up", day=3)
    private = _entry(journal, "Mine alone", private=True, day=4)
    gone = _entry(journal, "Deleted since")
    journal.delete_entry(gone.uuid)
    found = journal.entries.summaries([first.uuid, private.uuid, gone.uuid, uuid.uuid4()])
    assert set(found) == {first.uuid, private.uuid}
    assert (found[first.uuid].title, found[first.uuid].about) == ("Where it came up", first.about)
    assert found[private.uuid].private
    assert journal.entries.summaries([]) == {}
