"""The therapist report in German: its headings, its dates and the app's own words.

With the German translation installed (as the app installs it: translators and the
default locale), the golden journal's report is made as Markdown, HTML and PDF. Its
headings and notes are the translation's, its dates German ("2. März 2026"-style month
names), and the core's labels (kinds, overall mood, agreement fields) the ones the app
shows. No English text of the report that has a German translation is left.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from report_support import flat, pdf_pages

from hallpass_journal.reports.document import build_document
from hallpass_journal.reports.html import render_html
from hallpass_journal.reports.markdown import render_markdown
from hallpass_journal.reports.pdf import report_pdf
from hallpass_journal.services.journal import Journal

TS = Path(__file__).parents[3] / "resources" / "translations" / "hallpass_journal_de.ts"
#: German month names the golden period (March and April 2026) is written with.
GERMAN_MONTHS = ("März", "April")
#: Placeholders that always stand for a number.
NUMBERS = {"{n}", "{number}", "{days}", "{page}", "{pages}", "{old}", "{new}"}


def _catalogue() -> dict[tuple[str, str], str]:
    """(context, English source) -> German translation, for every finished message."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


CATALOGUE = _catalogue()


def german(context: str, source: str) -> str:
    """The .ts file's German for ``source`` (the test needs it to be there)."""
    assert (context, source) in CATALOGUE, f"{context}: {source!r} is not translated"
    return CATALOGUE[(context, source)]


@pytest.fixture
def in_german(qapp: QCoreApplication) -> Iterator[None]:
    """The German translation installed as the app installs it, removed afterwards."""
    from hallpass_journal.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, "de")
    try:
        assert installed, "the German translation did not load"
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.fixture
def report(golden_journal: Journal, golden: ModuleType, in_german: None) -> dict[str, str]:
    """The golden report in German: Markdown, HTML and the PDF's text."""
    doc = build_document(golden_journal, golden.selection(), today=golden.TODAY)
    return {
        "md": render_markdown(doc),
        "html": render_html(doc),
        "pdf": flat(" ".join(pdf_pages(report_pdf(doc)))),
    }


def _pattern(source: str) -> re.Pattern[str]:
    """``source`` as a whole phrase: a number placeholder stands for digits, any other
    for any words on its line."""
    pieces = re.split(r"(\{\w*\})", source)
    regex = "".join(
        (r"\d+" if piece in NUMBERS else r"[^\n]+?")
        if re.fullmatch(r"\{\w*\}", piece)
        else re.escape(piece)
        for piece in pieces
    )
    return re.compile(rf"(?<!\w){regex}(?!\w)")


def _written(golden: ModuleType) -> set[str]:
    """What the golden journal's writer wrote as titles (never translated)."""
    return {entry.title for entry in golden.entries()} | {golden.agreement().title}


def test_the_report_is_german(report: dict[str, str], golden: ModuleType) -> None:
    md, html, pdf = report["md"], report["html"], report["pdf"]
    # Headings: the translation's (those the catalogue holds already).
    assert f"## {german('Report', 'Entries')}" in md
    assert "## Entries" not in md
    for heading in ("At a glance", "Key events", "Before and after", "Consent record"):
        if ("Report", heading) in CATALOGUE:
            assert german("Report", heading) in md
            assert german("Report", heading) in html
    # Dates: German month names, from the locale the app set.
    for text in (md, html, pdf):
        assert any(month in text for month in GERMAN_MONTHS)
        assert "March 2026" not in text and "Mar 2026" not in text
    # The core's own words, as the app shows them.
    assert german("Domain", "Overall mood") in md
    assert german("EntryKind", "Feelings check-in") in md
    assert german("Domain", "Active since {date}").split("{date}")[0].strip() in md
    assert german("Report", "Page {page} of {pages}").split("{page}")[0].strip() in pdf
    # The page says which language it is in.
    assert '<html lang="de">' in html
    # What the person wrote is never translated.
    for title in ("Morning check-in", "Thinking it through", "Our repair plan"):
        assert title in md


def test_no_translated_english_is_left_in_the_report(
    report: dict[str, str], golden: ModuleType
) -> None:
    md = report["md"]
    written = _written(golden)  # an entry titled "Before", an agreement "Our agreement"
    left = [
        source
        for (context, source), translation in CATALOGUE.items()
        if context == "Report"
        and translation != source
        and source not in written
        and _pattern(source).search(md)
    ]
    assert left == [], "\n".join(left)


def test_names_the_app_gave_entries_are_german_and_typed_titles_are_not(
    journal: Journal, in_german: None
) -> None:
    from datetime import date

    from hallpass_journal.domain.entries import Entry
    from hallpass_journal.domain.vocabulary import EntryKind
    from hallpass_journal.reports.selection import ExportSelection

    day = date(2026, 5, 4)
    for title in ("Agreement drafted: Hope", "Self-reflection", "Hope"):
        journal.save_entry(Entry.new(EntryKind.FREE, title=title, about=day))
    md = render_markdown(build_document(journal, ExportSelection(), today=day))
    drafted = german("Domain", "Agreement drafted: {title}").format(title="Hope")
    assert drafted != "Agreement drafted: Hope" and drafted in md
    assert german("Domain", "Self-reflection") in md
    assert re.search(r"^#+ Hope$", md, re.MULTILINE)  # the typed title, as written
    assert german("Domain", "Hope") not in md
