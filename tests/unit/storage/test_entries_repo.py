"""Entries in storage: lazy pages, filters, search with highlights, aggregation in SQL."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hallpass_journal.domain.entries import EmotionRating, Entry, ReflectionAnswers
from hallpass_journal.domain.listing import HL_END, HL_START, EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal

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


OPERATORS = {"AND", "OR", "NOT", "NEAR"}
# Where FTS5's unicode61 tokenizer (Unicode 6.1 tables) and the query builder (Python's
# tables) still disagree about word characters: the tokenizer keeps private-use code
# points inside a word, and any code point its old tables do not know, which Python may
# call a symbol. Combining marks agree since the query is composed (NFC) and keeps them
# in its words; see test_decomposed_accents_are_found below.
SPLIT_DIFFERENTLY = {"Co", "Cn"}


def _split_differently(ch: str) -> bool:
    if unicodedata.category(ch) in SPLIT_DIFFERENTLY:
        return True
    # Unassigned in Unicode 3.2 (so possibly in 6.1 too) and not a word character now.
    return not ch.isalnum() and unicodedata.ucd_3_2_0.category(ch) == "Cn"


def typed_as_words(query: str) -> bool:
    """Whether search promises to find text holding ``query``: plain words (no quotes or
    upper-case operators, which make it FTS5 syntax), at least one of them a real word,
    and no character the index splits differently."""
    words = [w for w in re.findall(r"\w+", query) if w not in OPERATORS]
    return (
        '"' not in query
        and not OPERATORS & set(query.split())
        and any(ch.isalnum() for w in words for ch in w)
        and not any(_split_differently(ch) for ch in query)
    )


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
@example("\ufb2a")  # a precomposed Hebrew letter that composing (NFC) would split
@example("re\u0301sume\u0301")  # decomposed accents
def test_any_query_runs_and_finds_the_entry_it_was_typed_from(journal: Journal, query: str) -> None:
    if journal.entries.count() == 0:
        add_days(journal, 5)
    written = journal.save_entry(Entry.new(EntryKind.FREE, title="probe", body=query))
    try:
        stored = {e.uuid for e in journal.entries.iter_all()}
        hits = [h.uuid for h in journal.entries.search(query, limit=len(stored))]
        # Never an error; only entries that exist, each once.
        assert len(hits) == len(set(hits)) and set(hits) <= stored
        # Whatever was typed as words finds the entry holding exactly that text.
        if typed_as_words(query):
            assert written.uuid in hits
    finally:
        journal.delete_entry(written.uuid)


def test_decomposed_accents_are_found(journal: Journal) -> None:
    text = unicodedata.normalize("NFD", "résumé")
    entry = journal.save_entry(Entry.new(EntryKind.FREE, body=text))
    assert [h.uuid for h in journal.entries.search(text)] == [entry.uuid]


def test_malformed_queries_fall_back_to_words(journal: Journal) -> None:
    add_days(journal, 5)
    for query in ['"river', "river AND", "OR river", "NEAR(river", "river*)", "-river", "^river"]:
        assert journal.entries.search(query), query


def test_tags_with_counts(journal: Journal) -> None:
    add_days(journal, 9)
    assert journal.entries.tags() == [("river", 3)]
