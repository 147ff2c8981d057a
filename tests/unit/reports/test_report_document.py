"""The one document model: what a selection holds, and every figure without private entries."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from uuid import UUID

import pytest

from hallpass_journal.domain.agreements import AgreementTerms
from hallpass_journal.domain.entries import ChecklistAnswers, Entry, RepairItem, RepairPlanAnswers
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.reports.answers import answers_of
from hallpass_journal.reports.document import build_document
from hallpass_journal.reports.selection import (
    ExportSelection,
    count_by_kind,
    preview,
    range_presets,
)
from hallpass_journal.services.journal import Journal


def test_the_document_holds_the_chosen_entries_in_date_order(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    doc = build_document(shared_golden_journal, golden.selection(), today=golden.TODAY)
    uuids = [e.uuid for e in doc.entries]
    assert golden.PRIVATE not in uuids and golden.EXCLUDED not in uuids
    assert [e.day for e in doc.entries] == sorted(e.day for e in doc.entries)
    assert doc.cover.entry_count == len(doc.entries) == 17
    assert doc.cover.initials == "R." and doc.cover.generated_on == golden.TODAY
    # Marks come through (the private entry is marked too, and is still left out).
    assert {e.uuid for e in doc.entries if e.marked} == {UUID(int=1), UUID(int=6)}


def test_counts_are_of_the_entries_in_the_document(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    doc = build_document(shared_golden_journal, golden.selection(), today=golden.TODAY)
    assert doc.first_page is not None and doc.first_page.counts is not None
    counts = {c.kind: c.count for c in doc.first_page.counts}
    assert counts[EntryKind.FEELINGS] == 9
    assert counts[EntryKind.FREE] == 1  # the untitled one; private and unticked are not counted
    assert sum(counts.values()) == len(doc.entries)
    assert count_by_kind(shared_golden_journal, golden.selection()) == counts


def test_figures_leave_private_entries_out(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    doc = build_document(shared_golden_journal, golden.selection(), today=golden.TODAY)
    page = doc.first_page
    assert page is not None and page.chart is not None and page.evaluations is not None
    # The private entry (6 March) has mood 0 and the only "anger" rating.
    assert "Anger" not in {s.label for s in page.chart.series}
    [mood] = [s for s in page.chart.series if s.name == "mood"]
    assert date(2026, 3, 6) not in {day for day, _mean, _n in mood.points}
    [around] = page.evaluations  # the first conversation has nothing before it to compare
    assert around.anchor_label == "The encounter" and around.days == 30
    overall = around.rows[0]
    assert (overall.before.mean, overall.before.n) == (pytest.approx(4.4), 5)
    assert (overall.after.mean, overall.after.n) == (pytest.approx(7.5), 4)
    assert overall.change == pytest.approx(3.1) and overall.direction == "higher"
    assert [e.number for e in page.key_events or ()] == [1, 2]


def test_parts_left_out_of_the_selection_are_not_built(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    bare = dataclasses.replace(
        golden.selection(),
        summary=False,
        chart=False,
        evaluation=False,
        questions=False,
        agreement=False,
    )
    doc = build_document(shared_golden_journal, bare, today=golden.TODAY)
    assert doc.first_page is None and doc.agreement is None
    only_questions = dataclasses.replace(bare, questions=True)
    page = build_document(shared_golden_journal, only_questions, today=golden.TODAY).first_page
    assert page is not None
    assert page.questions == ("Why does the jealousy peak at night?",)
    assert page.counts is page.chart is page.evaluations is page.key_events is None


def test_the_agreement_has_its_versions_changes_and_consent_record(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    part = build_document(shared_golden_journal, golden.selection(), today=golden.TODAY).agreement
    assert part is not None
    assert part.version == 2 and part.newest and part.partner_name == "Sam"
    assert part.status_line == "Active since 12 March 2026"
    assert [c.status for c in part.consent] == ["Draft", "Agreed", "Active"]
    first, second = part.versions
    assert first.changes == ()
    assert [c.label for c in second.changes] == [
        "What is permitted",
        "What we tell each other afterwards",
        "Health and safety",
    ]
    assert second.change_note == "Added health & safety."


def test_marked_only_and_kinds_narrow_the_selection(
    shared_golden_journal: Journal, golden: ModuleType
) -> None:
    marked = preview(shared_golden_journal, ExportSelection(marked_only=True))
    assert [row.uuid for row in marked] == [UUID(int=1), UUID(int=6)]
    kinds = ExportSelection(kinds=frozenset({EntryKind.DEBRIEF, EntryKind.FREE}))
    rows = preview(shared_golden_journal, kinds)
    assert {row.kind for row in rows} == {EntryKind.DEBRIEF, EntryKind.FREE}
    # The preview lists unticked entries (to tick again), never private ones.
    assert golden.EXCLUDED in {row.uuid for row in rows}
    assert golden.PRIVATE not in {row.uuid for row in rows}
    assert not any(row.private for row in preview(shared_golden_journal, ExportSelection()))


def test_the_filter_never_asks_for_private_entries() -> None:
    assert ExportSelection().entry_filter().include_private is False
    assert ExportSelection(marked_only=True).entry_filter().marked_only is True


def test_range_presets(journal: Journal) -> None:
    today = date(2026, 5, 20)
    keys = [p.key for p in range_presets(journal, today)]
    assert keys == ["7", "30", "90", "all"]
    journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=date(2026, 4, 2)))
    journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=date(2026, 6, 1)))  # planned
    journal.agreements.create("Ours", AgreementTerms(), at=datetime(2026, 5, 1, 12, tzinfo=UTC))
    presets = {p.key: p for p in range_presets(journal, today)}
    assert list(presets) == ["7", "30", "90", "agreement", "encounter", "all"]
    assert (presets["7"].since, presets["7"].until) == (today - timedelta(days=6), today)
    assert presets["encounter"].since == date(2026, 4, 2)
    assert (presets["agreement"].since, presets["agreement"].until) == (date(2026, 5, 1), today)
    assert (presets["all"].since, presets["all"].until) == (None, None)


def test_checklists_list_what_is_done_and_name_the_rest_together() -> None:
    entry = Entry.new(
        EntryKind.SAFETY,
        answers=ChecklistAnswers(
            kind="safety",
            ticked={"consent_free": True},
            ticked_on={"consent_free": date(2026, 1, 2)},
            notes={"pause_clause": "Still talking about it."},
        ),
    )
    answers = answers_of(entry)
    assert answers[0].answer == "Done on 2 January 2026."
    assert answers[1].answer == "Not yet. Still talking about it."
    assert answers[-1].question == "Not yet" and len(answers[-1].items) == 4


def test_steps_a_person_added_join_their_phase() -> None:
    entry = Entry.new(
        EntryKind.REPAIR_PLAN,
        answers=RepairPlanAnswers(
            items=[RepairItem(phase="long_term", text="Dance class", done=True)]
        ),
    )
    groups = [(a.group, a.question) for a in answers_of(entry) if a.answer]
    assert groups == [("Over the months ahead", "Dance class")]
    assert answers_of(Entry.new(EntryKind.FREE, body="just text")) == ()


def test_with_nothing_to_say_first_the_report_starts_with_the_entries(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="only this", about=date(2026, 1, 5)))
    selection = ExportSelection(summary=False, chart=False, questions=False)
    doc = build_document(journal, selection, today=date(2026, 2, 1))
    assert doc.first_page is None and [e.title for e in doc.entries] == ["only this"]
    # Asked for, the counts are there even with no key event to compare around.
    page = build_document(journal, ExportSelection(), today=date(2026, 2, 1)).first_page
    assert page is not None and page.evaluations == () and page.key_events == ()
