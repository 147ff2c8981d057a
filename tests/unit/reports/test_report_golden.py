"""What the reports say is locked in by golden files: tests/data/golden/.

An accidental change to a report (a part moved, a figure rounded otherwise, a word
changed) fails here; a deliberate one regenerates the files with
``tests/data/golden/make_report_golden.py --write`` after reading the difference.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from types import ModuleType

import pytest

from hallpass_journal.services.journal import Journal

GOLDEN = Path(__file__).parents[2] / "data" / "golden"


def _same(name: str, fresh: bytes) -> None:
    expected = (GOLDEN / name).read_bytes()
    if fresh != expected:
        diff = difflib.unified_diff(
            expected.decode().splitlines(),
            fresh.decode().splitlines(),
            "golden",
            "now",
            lineterm="",
        )
        pytest.fail(f"{name} differs from the golden file:\n" + "\n".join(list(diff)[:40]))


def test_reports_are_exactly_the_golden_files(
    golden_journal: Journal, golden: ModuleType, tmp_path: Path
) -> None:
    golden.write_goldens(golden_journal, tmp_path)
    for name in golden.GOLDEN_FILES:
        _same(name, (tmp_path / name).read_bytes())


@pytest.mark.parametrize("name", ["report.md", "report.html"])
def test_golden_reports_hold_what_was_chosen_and_nothing_else(
    golden: ModuleType, name: str
) -> None:
    text = (GOLDEN / name).read_text(encoding="utf-8")
    # Never a private entry, never an unticked one: not their titles, not their words.
    assert golden.PRIVATE_CANARY not in text
    assert golden.EXCLUDED_CANARY not in text
    for title in ("Morning check-in", "Thinking it through", "Our repair plan", "Debrief"):
        assert title in text
    for word in (golden.HEBREW, golden.ARABIC, golden.CHINESE, "office", "fluffy"):
        assert word in text
    # The parts, in order: cover, first page, agreement, entries.
    parts = ["Journal notes for a session", "At a glance", "The current agreement", "Entries"]
    heading = r"^#+ {}" if name.endswith(".md") else r"<h[12][^>]*>{}"
    found = [re.search(heading.format(part), text, re.MULTILINE) for part in parts]
    where = [match.start() for match in found if match is not None]
    assert len(where) == len(parts)
    assert where == sorted(where)
    # A question already talked about is not asked again.
    assert "Why does the jealousy peak at night?" in text
    assert "Talked about already" not in text


def test_golden_html_is_self_contained_and_escapes_what_was_written(golden: ModuleType) -> None:
    text = (GOLDEN / "report.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;not bold&lt;/b&gt;" in text and "<b>not bold</b>" not in text
    assert "Tom &amp; Jerry" in text
    assert "<script" not in text and "<link" not in text and 'src="http' not in text
    assert '<html lang="en">' in text and "@media print" in text
    assert f'dir="rtl">{golden.HEBREW}' in text
