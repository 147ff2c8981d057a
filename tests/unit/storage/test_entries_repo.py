"""Entries in storage: lazy pages, filters, search with highlights, aggregation in SQL."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallpass_journal.domain.entries import EmotionRating, Entry, ReflectionAnswers
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.entries_repo import HL_END, HL_START, EntryFilter

START = date(2026, 1, 1)


def add_days(journal: Journal, days: int) -> None:
    with journal.vault.transaction():
        for i in range(days):
            kind = EntryKind.FEELINGS if i % 2 else EntryKind.FREE
            journal.save_entry(
                Entry.new(
                    kind,
                    title=f"day {i}",
                    body=f"walked by the river {i}" if i % 3 == 0 else f"ordinary day {i}",
                    about=START + timedelta(days=i),
                    tags=["river"] if i % 3 == 0 else [],
                    emotions=[EmotionRating(name="hurt", intensity=min(10, i % 11))]
                    if kind is EntryKind.FEELINGS
                    else [],
                )
            )


def test_pages_are_newest_first_and_continue_from_a_cursor(journal: Journal) -> None:
    add_days(journal, 120)
    first = journal.entries.page(limit=50)
    second = journal.entries.page(after=first[-1].cursor, limit=50)
    third = journal.entries.page(after=second[-1].cursor, limit=50)
    abouts = [s.about for s in first + second + third]
    assert len(abouts) == 120 and abouts == sorted(abouts, reverse=True)
    assert len({s.uuid for s in first + second + third}) == 120


def test_filters_combine(journal: Journal) -> None:
    add_days(journal, 30)
    flt = EntryFilter(
        kinds=frozenset({EntryKind.FREE}),
        tag="river",
        since=START,
        until=START + timedelta(days=14),
    )
    rows = journal.entries.page(flt, limit=100)
    assert rows and all(r.kind is EntryKind.FREE and "river" in r.snippet for r in rows)
    assert journal.entries.count(flt) == len(rows) == 3  # days 0, 6, 12


def test_private_entries_can_be_left_out(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="mine", private=True))
    journal.save_entry(Entry.new(EntryKind.FREE, title="shared"))
    assert [r.title for r in journal.entries.page(EntryFilter(include_private=False))] == ["shared"]


def test_search_highlights_titles_bodies_and_guided_answers(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="River walk", body="cold water"))
    journal.save_entry(
        Entry.new(
            EntryKind.REFLECTION,
            answers=ReflectionAnswers(hoping_for="more closeness by the river"),
        )
    )
    hits = journal.entries.search("river")
    assert len(hits) == 2
    by_kind = {h.kind: h for h in hits}
    assert f"{HL_START}River{HL_END}" in by_kind[EntryKind.FREE].title
    assert f"{HL_START}river{HL_END}" in by_kind[EntryKind.REFLECTION].snippet


def test_search_matches_prefixes_as_you_type_and_respects_filters(journal: Journal) -> None:
    add_days(journal, 12)
    assert len(journal.entries.search("riv")) == 4
    flt = EntryFilter(since=START + timedelta(days=5))
    assert {h.title for h in journal.entries.search("river", flt)} == {"day 6", "day 9"}


def test_edits_and_deletes_keep_the_index_in_step(journal: Journal) -> None:
    entry = journal.save_entry(Entry.new(EntryKind.FREE, body="first draft about lanterns"))
    journal.save_entry(entry.model_copy(update={"body": "rewritten about candles"}))
    assert journal.entries.search("lanterns") == []
    assert len(journal.entries.search("candles")) == 1
    journal.delete_entry(entry.uuid)
    assert journal.entries.search("candles") == []


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_no_query_ever_errors(journal: Journal, query: str) -> None:
    if journal.entries.count() == 0:
        add_days(journal, 5)
    hits = journal.entries.search(query)
    assert isinstance(hits, list)


def test_malformed_queries_fall_back_to_words(journal: Journal) -> None:
    add_days(journal, 5)
    for query in ['"river', "river AND", "OR river", "NEAR(river", "river*)", "-river", "^river"]:
        assert journal.entries.search(query), query


def test_tags_with_counts(journal: Journal) -> None:
    add_days(journal, 9)
    assert journal.entries.tags() == [("river", 3)]
