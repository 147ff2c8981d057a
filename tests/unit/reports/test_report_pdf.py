"""The therapist PDF, read back with pypdf: what a clinician (or a search) finds in it."""

from __future__ import annotations

import io
import os
import stat
import unicodedata
from pathlib import Path
from types import ModuleType

import pypdf
import pytest
from PySide6.QtGui import QFontDatabase
from report_support import flat, holds_script, pdf_pages

from hallpass_journal.reports.exporters import PDF
from hallpass_journal.reports.selection import ExportSelection
from hallpass_journal.services.export_json import Cancelled
from hallpass_journal.services.journal import Journal


@pytest.fixture(scope="module")
def pdf(
    shared_golden_journal: Journal, golden: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "report.pdf"
    PDF.write_selection(shared_golden_journal, out, golden.selection(), today=golden.TODAY)
    return out


@pytest.fixture(scope="module")
def pages(pdf: Path) -> list[str]:
    return pdf_pages(pdf)


def _covered(writing_system: QFontDatabase.WritingSystem) -> bool:
    return bool(QFontDatabase.families(writing_system))


def test_the_file_is_a_pdf_with_cover_and_numbered_pages(pdf: Path, pages: list[str]) -> None:
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert len(pages) >= 5
    cover = flat(pages[0])
    assert "Journal notes for a session" in cover and "Written by R." in cover
    assert "1 March 2026 – 30 April 2026" in cover and "Generated on 30 April 2026" in cover
    assert "Chosen and shared by the writer" in cover
    # The cover has no running header or number; every other page has both.
    assert "Page 1 of" not in cover
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} of {len(pages)}" in flat(text)
        assert "Journal notes for a session · R. 1 March 2026 – 30 April 2026" in flat(text)


def test_the_first_page_is_what_a_clinician_reads_first(pages: list[str]) -> None:
    first = flat(pages[1])
    for part in ("At a glance", "Questions for this session", "What is included"):
        assert part in first
    assert "Why does the jealousy peak at night?" in first
    assert "Feelings over this period" in first and "Key events" in first
    summary = flat(" ".join(pages[1:3]))
    # Before and after the encounter, in numbers and words (private mood 0 not counted).
    assert "Around “The encounter”, 15 March 2026" in summary
    assert "4.40 (5 check-ins)" in summary and "7.50 (4 check-ins)" in summary
    assert "+3.10 higher" in summary


def test_the_parts_come_in_order(pages: list[str]) -> None:
    text = flat(" ".join(pages[1:]))
    parts = ["At a glance", "The current agreement: Our agreement", "Consent record", "Entries"]
    where = [text.index(part) for part in parts]
    assert where == sorted(where)
    # Entries in date order.
    titles = ["Morning check-in", "Thinking it through", "Are we ready?", "Debrief", "Step one"]
    where = [text.index(title, text.index("Entries")) for title in titles]
    assert where == sorted(where)


def test_chosen_entries_are_in_it_and_private_or_unticked_ones_are_not(
    pages: list[str], golden: ModuleType
) -> None:
    text = flat(" ".join(pages))
    for title in ("Morning check-in", "Our repair plan", "Walk together on Sundays."):
        assert title in text
    assert golden.PRIVATE_CANARY not in text
    assert golden.EXCLUDED_CANARY not in text
    assert "Talked about already" not in text
    # Feelings rated only in the private entry are in no figure.
    assert "Anger" not in text


def test_guided_answers_are_laid_out_as_question_and_answer(pages: list[str]) -> None:
    text = flat(" ".join(pages))
    assert "What is this feeling telling me? I need to hear that we are still us." in text
    assert "We both want to talk about this, of our own accord Done on 5 March 2026." in text
    assert "Where do we go from here? Continue as we agreed" in text


def test_ligature_prone_words_and_special_characters_survive(pages: list[str]) -> None:
    text = flat(" ".join(pages))
    assert not [c for c in text if 0xFB00 <= ord(c) <= 0xFB06], "ligature glyphs in the text"
    for word in ("office", "fluffy", "efficient", "affluent"):
        assert word in text
    assert "Tom & Jerry <b>not bold</b> *not italic* _x_ [link](http://x) | pipe" in text
    assert "“quotes”" in text and "Added health & safety." in text


@pytest.mark.parametrize(
    ("word", "system"),
    [
        ("HEBREW", QFontDatabase.WritingSystem.Hebrew),
        ("ARABIC", QFontDatabase.WritingSystem.Arabic),
        ("CHINESE", QFontDatabase.WritingSystem.SimplifiedChinese),
    ],
)
def test_other_scripts_are_in_the_text(
    pages: list[str], golden: ModuleType, word: str, system: QFontDatabase.WritingSystem
) -> None:
    if not _covered(system):
        pytest.skip(f"no installed font covers {system.name}")
    text = " ".join(pages)
    for part in getattr(golden, word).split():
        assert holds_script(text, part), part


def test_every_font_is_embedded(pdf: Path) -> None:
    reader = pypdf.PdfReader(pdf)
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
            seen += 1
    assert seen > 0


def test_the_chart_is_an_image_on_the_first_page(pdf: Path) -> None:
    reader = pypdf.PdfReader(pdf)
    objects = reader.pages[1]["/Resources"].get_object().get("/XObject", {})
    widths = [
        int(ref.get_object()["/Width"])
        for ref in objects.values()
        if ref.get_object().get("/Subtype") == "/Image"
    ]
    assert widths, "no chart image on the first page"
    assert max(widths) >= 1000  # drawn at twice its size, sharp on paper


def test_the_file_is_for_its_owner_only(pdf: Path) -> None:
    assert stat.S_IMODE(os.stat(pdf).st_mode) == 0o600


def test_a_cancelled_export_writes_nothing(golden_journal: Journal, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "stopped.pdf"
    seen: list[tuple[int, int]] = []

    def stop_after_some(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        PDF.write_selection(golden_journal, out, ExportSelection(), progress=stop_after_some)
    assert seen[-1][0] == 3 and seen[-1][1] >= 17
    assert list((tmp_path / "out").iterdir()) == []


def test_cancel_while_the_pages_are_laid_out_writes_nothing(
    golden_journal: Journal, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "stopped.pdf"
    calls: list[tuple[int, int]] = []

    def stop_late(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) > total + 2:  # every entry read, a few pages painted
            raise Cancelled()

    with pytest.raises(Cancelled):
        PDF.write_selection(golden_journal, out, ExportSelection(), progress=stop_late)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_long_entry_runs_over_pages_and_keeps_every_word(
    journal: Journal, tmp_path: Path, qapp: object
) -> None:
    from hallpass_journal.domain.entries import Entry
    from hallpass_journal.domain.vocabulary import EntryKind

    words = [f"word{n:04d}" for n in range(1500)]
    unbroken = "x" * 300  # one "word" wider than the page: wrapped, not cut off
    body = "\n\n".join(" ".join(words[i : i + 300]) for i in range(0, 1500, 300))
    journal.save_entry(Entry.new(EntryKind.FREE, title="Long", body=f"{body}\n\n{unbroken}"))
    out = tmp_path / "long.pdf"
    PDF.write_selection(journal, out, ExportSelection(summary=False, chart=False))
    pages = pdf_pages(out)
    assert len(pages) >= 3
    text = flat(" ".join(pages))
    missing = [w for w in words if w not in text]
    assert not missing, missing[:5]
    assert unbroken in "".join(unicodedata.normalize("NFKC", " ".join(pages)).split())


def test_an_empty_selection_still_makes_a_readable_file(journal: Journal, qapp: object) -> None:
    data = io.BytesIO()
    from hallpass_journal.reports.document import build_document
    from hallpass_journal.reports.pdf import report_pdf

    data.write(report_pdf(build_document(journal, ExportSelection())))
    pages = pdf_pages(data.getvalue())
    assert "No entries were chosen." in flat(" ".join(pages))
