"""Full JSON export/import: lossless round trip, clear validation, no duplicates."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import plan_around_event
from hallpass_journal.domain.entries import (
    ChecklistAnswers,
    DebriefAnswers,
    EmotionRating,
    Entry,
    RepairItem,
    RepairPlanAnswers,
)
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import (
    FORMAT_NAME,
    FORMAT_VERSION,
    SUPPORTED_FORMAT_VERSIONS,
    ExportDocument,
    ImportProblem,
    build_document,
    export_json,
    import_json,
    json_schema,
    parse_document,
)
from hallpass_journal.services.journal import Journal

PASS = "correct horse battery staple"


def fill(journal: Journal) -> None:
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            title="Sunday",
            body="Quiet day 🌿",
            about=date(2026, 3, 1),
            tags=["calm", "weekend"],
            mood=6,
            emotions=[
                EmotionRating(name="calm", intensity=7),
                EmotionRating(name="hope", intensity=5),
            ],
        )
    )
    journal.save_entry(
        Entry.new(
            EntryKind.DEBRIEF, answers=DebriefAnswers(how_feeling="tender", decision="modify")
        )
    )
    journal.save_entry(
        Entry.new(
            EntryKind.REPAIR_PLAN,
            private=True,
            answers=RepairPlanAnswers(
                items=[RepairItem(phase="immediate", text="pause", done=True)]
            ),
        )
    )
    journal.save_entry(
        Entry.new(
            EntryKind.SAFETY, answers=ChecklistAnswers(kind="safety", ticked={"consent": True})
        )
    )
    agreement = journal.agreements.create(
        "Our agreement", AgreementTerms(intention="curiosity")
    ).agreement
    journal.agreements.new_version(
        agreement.uuid, AgreementTerms(intention="curiosity", disclosure="partial"), "softer"
    )
    journal.agreements.change_status(agreement.uuid, AgreementStatus.AGREED, "both said yes")
    journal.check_ins.save_all(
        plan_around_event(datetime(2026, 4, 1, 20, tzinfo=UTC), agreement_uuid=agreement.uuid)
    )
    journal.settings.set("backups.keep", 5)
    journal.drafts.put("editor:new", {"title": "half-written"})


def test_round_trip_is_byte_identical(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    first = tmp_path / "first.json"
    export_json(journal, first, include_private=True)
    with Journal.create(tmp_path / "other.hpj", PASS) as other:
        report = import_json(other, first)
        assert report.added == 4 + 3 + 1 + 6  # entries, agreement notes, agreement, check-ins
        second = tmp_path / "second.json"
        export_json(other, second, include_private=True)
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text())
    assert document["format"] == "hallpass-journal-export"
    assert document["format_version"] == FORMAT_VERSION


def test_reimport_creates_no_duplicates(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    out = tmp_path / "e.json"
    export_json(journal, out, include_private=True)
    count = journal.entries.count()
    report = import_json(journal, out)
    assert (report.added, report.updated) == (0, 0)
    assert journal.entries.count() == count
    assert len(journal.check_ins.all()) == 6 and len(journal.agreements.list()) == 1


def test_newer_copy_of_an_entry_updates_older_one_wins_not(journal: Journal) -> None:
    entry = journal.save_entry(Entry.new(EntryKind.FREE, title="v1"))
    newer = entry.model_copy(
        update={"title": "v2", "updated_at": entry.updated_at + timedelta(hours=1)}
    )
    older = entry.model_copy(
        update={"title": "v0", "updated_at": entry.updated_at - timedelta(hours=1)}
    )
    from hallpass_journal.services.export_json import import_document

    assert import_document(journal, ExportDocument(entries=[older])).unchanged == 1
    assert import_document(journal, ExportDocument(entries=[newer])).updated == 1
    assert journal.entries.get(entry.uuid).title == "v2"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xff\xfe not text", "not text"),
        (b'{"format": "hallpass-journal-export", ', "not valid JSON"),
        (b"[1, 2]", "not a Hall Pass Journal export"),
        (b'{"format": "hallpass-journal-export", "format_version": 9}', "newer version"),
    ],
)
def test_bad_files_get_a_clear_summary(raw: bytes, expected: str) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_document(raw)
    assert expected in caught.value.summary


def test_validation_problems_say_where(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    out = tmp_path / "e.json"
    export_json(journal, out)
    data = json.loads(out.read_text())
    data["entries"][0]["emotions"][0]["intensity"] = 11
    data["entries"][1]["kind"] = "nonsense"
    out.write_text(json.dumps(data))
    count = journal.entries.count()
    with pytest.raises(ImportProblem) as caught:
        import_json(journal, out)
    joined = "\n".join(caught.value.problems)
    assert "entries[0].emotions[0].intensity" in joined
    assert "entries[1].kind" in joined
    assert "nothing was imported" in caught.value.summary
    assert journal.entries.count() == count


def test_missing_file_is_a_clear_problem(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="no file"):
        import_json(journal, tmp_path / "absent.json")


def test_schema_describes_every_entry_kind() -> None:
    schema = json.dumps(json_schema())
    for kind in EntryKind:
        assert f'"{kind.value}"' in schema


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


# A real, complete export of the current version (tests/data/export-v2.json) to damage
# in small ways, so that documents are accepted as well as refused, with lists of every
# length.
GOLDEN = json.loads(
    (Path(__file__).parents[2] / "data" / f"export-v{FORMAT_VERSION}.json").read_bytes()
)
LIST_FIELDS = ("entries", "agreements", "events", "check_ins", "drafts")


def _damaged_golden(cuts: dict[str, int], damage: tuple[str, object] | None) -> bytes:
    """The golden export with lists cut short and one value replaced (in the first entry,
    or at the top level for names starting with "top:")."""
    data = copy.deepcopy(GOLDEN)
    for field, keep in cuts.items():
        data[field] = data[field][:keep]
    if damage is not None:
        name, value = damage
        if name.startswith("top:"):
            data[name.removeprefix("top:")] = value
        elif data["entries"]:
            data["entries"][0][name] = value
    return json.dumps(data).encode()


damaged_golden = st.builds(
    _damaged_golden,
    st.dictionaries(st.sampled_from(LIST_FIELDS), st.integers(0, 12)),
    st.none()
    | st.tuples(
        st.sampled_from(
            ["title", "about", "kind", "mood", "tags", "top:extra", "top:format_version"]
        ),
        json_values,
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=200),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.dictionaries(
            st.sampled_from(["format", "format_version", "extra", "settings", *LIST_FIELDS]),
            json_values,
        ).map(lambda d: json.dumps({"format": "hallpass-journal-export", **d}).encode()),
        damaged_golden,
    )
)
def test_any_input_is_either_a_faithful_document_or_a_problem_saying_where(raw: bytes) -> None:
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:  # not UTF-8 or not JSON
        data = None
    try:
        document = parse_document(raw)
    except ImportProblem as problem:
        assert problem.summary and "Traceback" not in str(problem)
        version = data.get("format_version") if isinstance(data, dict) else None
        if (
            isinstance(data, dict)
            and data.get("format") == FORMAT_NAME
            and not (isinstance(version, int) and version > FORMAT_VERSION)
        ):
            # A refused export names where each problem is, starting from a part the
            # file really has ("(top level)" is all a nameless "" key can be called),
            # or the one part every export must have.
            assert problem.problems
            for line in problem.problems:
                if line.startswith("... and "):
                    continue
                top = line.split(":")[0].split("[")[0].split(".")[0]
                assert (
                    top in data
                    or (top == "(top level)" and "" in data)
                    or line == "format_version: Field required"
                ), line
    else:
        # Accepted: it really is an export of a version this app reads, with only known
        # parts, and nothing in it was dropped or altered on the way in.
        assert isinstance(data, dict) and data["format"] == FORMAT_NAME
        assert set(data) <= set(ExportDocument.model_fields)
        for field in LIST_FIELDS:
            assert len(getattr(document, field)) == len(data.get(field, [])), field
        assert data["format_version"] in SUPPORTED_FORMAT_VERSIONS
        assert type(data["format_version"]) is int
        assert document.settings.stored() == data.get("settings", {})
        assert parse_document(document.model_dump_json().encode()) == document


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(max_size=50),
    body=st.text(max_size=300),
    tags=st.lists(st.text(min_size=1, max_size=12), max_size=4),
    about=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    private=st.booleans(),
)
def test_any_entry_survives_the_round_trip(
    journal: Journal, title: str, body: str, tags: list[str], about: date, private: bool
) -> None:
    entry = journal.save_entry(
        Entry.new(EntryKind.FREE, title=title, body=body, tags=tags, about=about, private=private)
    )
    document = parse_document(
        build_document(journal, include_private=True).model_dump_json().encode()
    )
    assert entry in document.entries


def test_private_entries_and_drafts_stay_out_unless_asked(journal: Journal) -> None:
    fill(journal)
    default = build_document(journal)
    assert all(not e.private for e in default.entries) and default.drafts == []
    complete = build_document(journal, include_private=True)
    assert any(e.private for e in complete.entries) and complete.drafts


def test_duplicate_version_numbers_are_a_validation_problem(journal: Journal) -> None:
    fill(journal)
    data = json.loads(build_document(journal).model_dump_json())
    data["agreements"][0]["versions"][1]["number"] = 1
    with pytest.raises(ImportProblem) as caught:
        parse_document(json.dumps(data).encode())
    assert "agreements[0]" in "\n".join(caught.value.problems)
