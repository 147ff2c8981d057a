"""The export format is locked in by a golden file: tests/data/export-v1.json.

An accidental change to what the exporter writes (a renamed field, another order, other
date formatting) fails here; a deliberate one comes with a new ``format_version`` and a
new golden file (see tests/data/make_export_golden.py).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import FORMAT_NAME, import_json
from hallpass_journal.services.journal import Journal

DATA = Path(__file__).parents[2] / "data"
GOLDEN_V1 = DATA / "export-v1.json"
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


def test_golden_file_is_a_full_v1_export() -> None:
    document = json.loads(GOLDEN_V1.read_bytes())
    assert (document["format"], document["format_version"]) == (FORMAT_NAME, 1)
    # It exercises every part of the format, so a change to any part shows up.
    assert {e["kind"] for e in document["entries"]} == {k.value for k in EntryKind}
    assert any(e["private"] for e in document["entries"])
    assert len(document["agreements"][0]["versions"]) == 2
    assert len(document["agreements"][0]["history"]) == 2
    assert [c["dismissed"] for c in document["check_ins"]] == [False, True, False]
    assert document["check_ins"][0]["completed_at"] is not None
    assert document["settings"] and document["drafts"]


def test_exporter_writes_exactly_the_golden_file(journal: Journal, tmp_path: Path) -> None:
    make_export_golden.fill_golden_journal(journal)
    out = tmp_path / "export.json"
    make_export_golden.export_golden(journal, out)
    assert out.read_bytes() == GOLDEN_V1.read_bytes()


def test_golden_file_imports_and_exports_back_byte_for_byte(
    journal: Journal, tmp_path: Path
) -> None:
    report = import_json(journal, GOLDEN_V1)
    assert (report.added, report.updated) == (12 + 1 + 3, 0)  # entries, agreement, check-ins
    out = tmp_path / "again.json"
    make_export_golden.export_golden(journal, out)
    assert out.read_bytes() == GOLDEN_V1.read_bytes()
    # And the imported journal is a working one: searchable, reopens.
    assert [h.title for h in journal.entries.search("café")] == ["Sample feelings"]
    journal.close()
    with Journal.open(journal.path, PASS, auto_backup=False) as again:
        assert again.vault.verify() == []
        assert again.entries.count() == 12
