"""Search also finds entries through their tags and the needs picked in a check-in."""

from __future__ import annotations

from datetime import date, timedelta

from hallpass_journal.domain.entries import Entry, FeelingsAnswers
from hallpass_journal.domain.listing import HL_END, HL_START, EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal

DAY = date(2026, 3, 1)


def _feelings(journal: Journal, needs: list[str], days: int = 0, **fields: object) -> Entry:
    return journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            about=DAY - timedelta(days=days),
            answers=FeelingsAnswers(needs=needs),
            **fields,
        )
    )


def _free(journal: Journal, days: int = 0, **fields: object) -> Entry:
    return journal.save_entry(Entry.new(EntryKind.FREE, about=DAY - timedelta(days=days), **fields))


def _found(journal: Journal, text: str, **kwargs: object) -> list:
    return [h.uuid for h in journal.entries.search(text, **kwargs)]


def test_a_picked_need_is_found_by_its_name(journal: Journal) -> None:
    wanted = _feelings(journal, ["reassurance", "rest"], title="Tuesday")
    _feelings(journal, ["space"], days=1, title="Wednesday")
    heard = _feelings(journal, ["being_heard"], days=2)
    _free(journal, days=3, body="Nothing about that here.")
    assert _found(journal, "reassurance") == [wanted.uuid]
    assert _found(journal, "Reassur") == [wanted.uuid]  # as you type, any case
    assert _found(journal, "heard") == [heard.uuid]
    assert _found(journal, "being heard") == [heard.uuid]


def test_a_tag_is_found_by_its_words(journal: Journal) -> None:
    tagged = _free(journal, body="We cooked together.", tags=["date night"])
    _free(journal, days=1, body="A quiet evening.", tags=["home"])
    assert _found(journal, "date night") == [tagged.uuid]
    assert _found(journal, "nig") == [tagged.uuid]
    assert _found(journal, "DATE") == [tagged.uuid]


def test_every_word_may_come_from_text_a_tag_or_a_need(journal: Journal) -> None:
    both = _free(journal, body="So tired after the meeting.", tags=["work"])
    _free(journal, days=1, body="A long day.", tags=["work"])  # not tired
    _free(journal, days=2, body="Tired, but at home.")  # no work anywhere
    needing = _feelings(journal, ["rest"], days=3, body="Tired again.")
    assert _found(journal, "work tired") == [both.uuid]
    assert _found(journal, "tired rest") == [needing.uuid]


def test_text_matches_keep_their_highlights_and_tag_matches_show_their_text(
    journal: Journal,
) -> None:
    by_tag = _free(journal, title="Sunday", body="Pancakes and a long walk.", tags=["family"])
    by_text = _free(journal, days=1, title="Calls", body="Rang my family in the evening.")
    hits = {h.uuid: h for h in journal.entries.search("family", newest_first=True)}
    assert list(hits) == [by_tag.uuid, by_text.uuid]
    assert hits[by_tag.uuid].title == "Sunday"
    assert hits[by_tag.uuid].snippet == "Pancakes and a long walk."
    assert f"{HL_START}family{HL_END}" in hits[by_text.uuid].snippet
    # Nothing but real matches is marked, and no identifier ever shows.
    needing = _feelings(journal, ["being_heard"], days=2, title="Evening")
    [hit] = journal.entries.search("heard")
    assert hit.uuid == needing.uuid
    assert HL_START not in hit.title + hit.snippet and "being_heard" not in hit.snippet


def test_ranked_results_put_text_matches_first(journal: Journal) -> None:
    tag_only = _free(journal, body="Pancakes.", tags=["family"])
    text = _free(journal, days=30, body="My family, my family, my family.")
    assert _found(journal, "family") == [text.uuid, tag_only.uuid]


def test_filters_and_pages_apply_to_tag_and_need_matches(journal: Journal) -> None:
    expected = []
    with journal.vault.transaction():
        for i in range(25):
            if i % 2:
                expected.append(_free(journal, days=i, tags=["gratitude"]).uuid)
            else:
                expected.append(
                    _feelings(journal, ["time"], days=i, body="Grateful for time.").uuid
                )
        hidden = _free(journal, days=40, tags=["gratitude"], private=True)
    assert _found(journal, "gratitude time") == []  # no entry holds both words
    pages = [
        _found(journal, "grat", limit=10, offset=o, newest_first=True) for o in (0, 10, 20, 30)
    ]
    flat = [u for page in pages for u in page]
    assert flat == [*expected, hidden.uuid]
    shared = EntryFilter(include_private=False, kinds=frozenset({EntryKind.FREE}))
    assert _found(journal, "gratitude", flt=shared) == expected[1::2]


def test_ranked_pages_run_on_from_text_matches_to_tag_matches(journal: Journal) -> None:
    with journal.vault.transaction():
        texts = [_free(journal, days=i, body=f"Family dinner number {i}.").uuid for i in range(3)]
        tagged = [_free(journal, days=10 + i, tags=["family"]).uuid for i in range(4)]
    pages = [_found(journal, "family", limit=2, offset=o) for o in range(0, 8, 2)]
    flat = [u for page in pages for u in page]
    assert len(flat) == len(set(flat)) == 7
    assert set(flat[:3]) == set(texts)  # best text matches first, in rank order
    assert flat[3:] == tagged  # then the rest, newest first
    assert _found(journal, "family", limit=5, offset=5) == tagged[2:]
