"""The export format is locked in by golden files: tests/data/export-v<N>.json.

An accidental change to what the exporter writes (a renamed field, another order, other
date formatting) fails here; a deliberate one comes with a new ``format_version`` and a
new golden file (see tests/data/make_export_golden.py). Every older golden file must
still import, with everything in it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from hallpass_journal.domain.events import EventType
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import (
    FORMAT_NAME,
    FORMAT_VERSION,
    SUPPORTED_FORMAT_VERSIONS,
    import_json,
    read_document,
)
from hallpass_journal.services.journal import Journal

DATA = Path(__file__).parents[2] / "data"
GOLDEN = DATA / f"export-v{FORMAT_VERSION}.json"
PASS = "correct horse battery staple"


def _maker() -> ModuleType:
    """tests/data/make_export_golden.py (a script in a folder that is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "make_export_golden", DATA / "make_export_golden.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_export_golden = _maker()


def test_there_is_a_golden_file_for_every_version_read() -> None:
    assert tuple(range(1, FORMAT_VERSION + 1)) == SUPPORTED_FORMAT_VERSIONS
    for version in SUPPORTED_FORMAT_VERSIONS:
        document = json.loads((DATA / f"export-v{version}.json").read_bytes())
        assert (document["format"], document["format_version"]) == (FORMAT_NAME, version)


def test_golden_file_is_a_full_export() -> None:
    document = json.loads(GOLDEN.read_bytes())
    # It exercises every part of the format, so a change to any part shows up.
    assert {e["kind"] for e in document["entries"]} == {k.value for k in EntryKind}
    assert any(e["private"] for e in document["entries"])
    [agreement] = document["agreements"]
    assert len(agreement["versions"]) == 2 and len(agreement["history"]) == 2
    assert agreement["check_in_days"] == [7, 30, 120]
    assert [c["dismissed"] for c in document["check_ins"]] == [False, True, False]
    assert document["check_ins"][0]["completed_at"] is not None
    assert document["check_ins"][1]["dismissed_at"] is not None
    assert document["check_ins"][2]["snoozes"] == 2
    events = document["events"]
    assert {e["time"] is None for e in events} == {True, False}
    assert any(e["agreement_uuid"] for e in events)
    # No encounter: the schedule would plan check-ins around it in the local time zone.
    assert EventType.ENCOUNTER.value not in {e["type"] for e in events}
    assert document["settings"] and document["drafts"]
    assert len(document["session_marks"]) == 2
    assert {q["done_at"] is None for q in document["session_questions"]} == {True, False}


def test_exporter_writes_exactly_the_golden_file(journal: Journal, tmp_path: Path) -> None:
    make_export_golden.fill_golden_journal(journal)
    out = tmp_path / "export.json"
    make_export_golden.export_golden(journal, out)
    assert out.read_bytes() == GOLDEN.read_bytes()


def test_golden_file_imports_and_exports_back_byte_for_byte(
    journal: Journal, tmp_path: Path
) -> None:
    report = import_json(journal, GOLDEN)
    # entries, agreement, events, check-ins, questions
    assert (report.added, report.updated) == (12 + 1 + 3 + 3 + 2, 0)
    assert report.events.added == 3
    assert report.questions.added == 2
    out = tmp_path / "again.json"
    make_export_golden.export_golden(journal, out)
    assert out.read_bytes() == GOLDEN.read_bytes()
    # And the imported journal is a working one: searchable, reopens.
    assert [h.title for h in journal.entries.search("café")] == ["Sample feelings"]
    journal.close()
    with Journal.open(journal.path, PASS, auto_backup=False) as again:
        assert again.vault.verify() == []
        assert again.entries.count() == 12
        assert len(again.events.list()) == 3
        assert [m.entry_uuid.int for m in again.session.marks(include_private=True)] == [1, 7]
        assert [q.done_at is None for q in again.session.questions(include_done=True)] == [
            True,
            False,
        ]


@pytest.mark.parametrize("version", SUPPORTED_FORMAT_VERSIONS[:-1])
def test_older_golden_files_import_with_every_item(journal: Journal, version: int) -> None:
    source = DATA / f"export-v{version}.json"
    document = read_document(source)
    assert document.format_version == version
    report = import_json(journal, source)
    assert report.updated == 0 and report.unchanged == 0
    # Every item is there, exactly as the file has it (newer parts at their defaults).
    assert list(journal.entries.iter_all(EntryFilter(include_private=True))) == document.entries
    assert journal.agreements.list() == document.agreements
    assert journal.events.list() == document.events
    assert journal.check_ins.all() == document.check_ins
    stored = journal.settings.all()
    assert document.settings.stored() and all(
        stored[key] == value for key, value in document.settings.stored().items()
    )
    assert [(k, p, t) for k, p, t in journal.drafts.all()] == [
        (d.key, d.payload, d.saved_at) for d in document.drafts
    ]
    assert journal.session.marks(include_private=True) == document.session_marks == []
    assert journal.session.questions(include_done=True) == document.session_questions == []
    # Importing it again finds everything already here.
    again = import_json(journal, source)
    assert (again.added, again.updated) == (0, 0)
