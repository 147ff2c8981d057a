"""The printable agreement: any version, its consent record, a comparison when asked."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import ModuleType
from uuid import UUID

import pytest
from report_support import flat, pdf_pages

from hallpass_journal.reports.agreement_document import write_agreement
from hallpass_journal.services.agreements import UnknownAgreement
from hallpass_journal.services.journal import Journal


def test_the_pdf_holds_the_terms_consent_record_and_comparison(
    shared_golden_journal: Journal, golden: ModuleType, tmp_path: Path
) -> None:
    out = tmp_path / "agreement.pdf"
    write_agreement(
        shared_golden_journal, golden.AGREEMENT, out, compare_with=1, today=golden.TODAY
    )
    pages = pdf_pages(out)
    text = flat(" ".join(pages))
    assert "Our agreement, version 2" in text
    assert "Active since 12 March 2026. This is version 2, written on 3 March 2026." in text
    assert "What is permitted One evening Dinner first" in text
    assert "Who is off limits Not written yet" in text  # every field, for reading together
    assert "Consent record Partner: Sam" in text and "Agreed together with Sam." in text
    assert "What changed from version 1 to version 2" in text
    assert "Read together on" in text
    assert f"Page 1 of {len(pages)}" in flat(pages[0])
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_an_earlier_version_says_so_and_has_no_later_terms(
    shared_golden_journal: Journal, golden: ModuleType, tmp_path: Path
) -> None:
    out = tmp_path / "v1.html"
    write_agreement(shared_golden_journal, golden.AGREEMENT, out, version=1, fmt="html")
    text = out.read_text(encoding="utf-8")
    assert "Our agreement, version 1" in text and "(an earlier version)" in text
    terms = text[: text.index("Consent record")]
    assert "Dinner first" not in terms and "None: we leave it unspoken" in terms
    assert "What changed from version" not in text


def test_what_cannot_be_printed_is_refused_and_nothing_written(
    shared_golden_journal: Journal, golden: ModuleType, tmp_path: Path
) -> None:
    with pytest.raises(UnknownAgreement):
        write_agreement(shared_golden_journal, UUID(int=0xBAD), tmp_path / "a.pdf")
    with pytest.raises(ValueError, match="no version 7"):
        write_agreement(shared_golden_journal, golden.AGREEMENT, tmp_path / "a.pdf", version=7)
    with pytest.raises(ValueError, match="no version 9"):
        write_agreement(shared_golden_journal, golden.AGREEMENT, tmp_path / "a.pdf", compare_with=9)
    with pytest.raises(ValueError, match="unknown agreement format"):
        write_agreement(shared_golden_journal, golden.AGREEMENT, tmp_path / "a.doc", fmt="doc")
    assert list(tmp_path.iterdir()) == []
