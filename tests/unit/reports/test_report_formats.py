"""The registered report formats: HTML and Markdown files, refusals, atomic owner-only writes."""

from __future__ import annotations

import base64
import os
import re
import stat
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QRunnable, QThread, QThreadPool
from PySide6.QtGui import QGuiApplication, QImage
from report_support import flat, pdf_pages

from hallpass_journal.domain.agreements import AgreementTerms
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import AlreadyExists
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.reports import load_all
from hallpass_journal.reports.document import build_document
from hallpass_journal.reports.exporters import HTML, MARKDOWN, PDF, PRIVATE_REFUSED
from hallpass_journal.reports.gui import ensure_gui_app
from hallpass_journal.reports.html import render_html
from hallpass_journal.reports.markdown import md_escape, render_markdown
from hallpass_journal.reports.selection import ExportSelection
from hallpass_journal.services.export_json import Cancelled
from hallpass_journal.services.exporters import registry
from hallpass_journal.services.journal import Journal


class _Sources(HTMLParser):
    """Every tag and every ``src``/``href`` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [value or "" for name, value in attrs if name in ("src", "href")]


def test_the_formats_are_registered_with_their_extensions() -> None:
    load_all()
    assert {"pdf", "html", "markdown"} <= set(registry.names())
    assert registry.get("pdf") is PDF and PDF.extension == ".pdf"
    assert registry.get("html") is HTML and HTML.extension == ".html"
    assert registry.get("markdown") is MARKDOWN and MARKDOWN.extension == ".md"


def test_the_html_file_is_self_contained_with_its_chart(
    golden_journal: Journal, golden: ModuleType, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    HTML.write_selection(golden_journal, out, golden.selection(), today=golden.TODAY)
    page = _Sources()
    page.feed(out.read_text(encoding="utf-8"))
    assert "script" not in page.tags and "link" not in page.tags
    [chart] = page.links
    assert chart.startswith("data:image/png;base64,")
    image = QImage.fromData(base64.b64decode(chart.split(",", 1)[1]), "PNG")
    assert (image.width(), image.height()) == (1280, 520)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_markdown_keeps_what_was_written_as_text() -> None:
    # A test dependency (pyproject's test extras): this test never skips.
    import markdown_it

    tricky = [
        "# not a heading",
        "1. not a list",
        "- not a bullet",
        "> not a quote",
        "*not emphasis* and _not either_",
        "<b>not html</b> &amp; not an entity",
        "[not](a link) | not a cell | `not code`",
        "---",
        "    not code either",
        "~~not struck~~",
    ]
    renderer = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
    for text in tricky:
        rendered = renderer.render(md_escape(text))
        assert re.fullmatch(r"<p>[^<]*</p>\n", rendered), (text, rendered)


def test_markdown_of_the_selection_leaves_private_and_unticked_out(
    golden_journal: Journal, golden: ModuleType, tmp_path: Path
) -> None:
    out = tmp_path / "out.md"
    result = MARKDOWN.write_selection(golden_journal, out, golden.selection(), today=golden.TODAY)
    text = out.read_text(encoding="utf-8")
    entries = text[text.index("\n## Entries\n") :]
    assert result.entries == entries.count("\n### ") == 17
    assert golden.PRIVATE_CANARY not in text and golden.EXCLUDED_CANARY not in text
    # The chart is a small table of figures in Markdown.
    assert "| Overall mood | 5.8 | 4.0 | 8.0 | 9 |" in text


def test_write_is_everything_not_private_and_refuses_private(
    journal: Journal, tmp_path: Path, qapp: object
) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="open", body="shared words"))
    journal.save_entry(Entry.new(EntryKind.FREE, title="closed", body="secret", private=True))
    out = tmp_path / "all.md"
    assert MARKDOWN.write(journal, out).entries == 1
    assert "shared words" in out.read_text() and "secret" not in out.read_text()
    with pytest.raises(ValueError, match="never holds private entries"):
        MARKDOWN.write(journal, tmp_path / "never.md", include_private=True)
    assert PRIVATE_REFUSED.startswith("A report for a therapist")
    assert not (tmp_path / "never.md").exists()


@pytest.mark.parametrize("exporter", [HTML, MARKDOWN], ids=["html", "markdown"])
def test_an_export_never_replaces_the_journal(
    journal: Journal, exporter: object, qapp: object
) -> None:
    before = journal.path.read_bytes()
    with pytest.raises(AlreadyExists):
        exporter.write_selection(journal, journal.path, ExportSelection())  # type: ignore[attr-defined]
    assert journal.path.read_bytes() == before


@pytest.mark.parametrize("exporter", [HTML, MARKDOWN], ids=["html", "markdown"])
def test_a_cancelled_export_leaves_the_old_file_alone(
    golden_journal: Journal, tmp_path: Path, exporter: object
) -> None:
    out = tmp_path / "out" / "report"
    out.parent.mkdir()
    out.write_text("an older export")

    def stop(done: int, total: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        exporter.write_selection(golden_journal, out, ExportSelection(), progress=stop)  # type: ignore[attr-defined]
    assert out.read_text() == "an older export"
    assert [p.name for p in out.parent.iterdir()] == ["report"]


def test_ensure_gui_app_uses_the_running_application(qapp: QGuiApplication) -> None:
    assert ensure_gui_app() is qapp


_PROBE = """
import sys
from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QGuiApplication
from hallpass_journal.reports.gui import ensure_gui_app
font_db = QLoggingCategory("qt.text.font.db")
print(font_db.isWarningEnabled())
if sys.argv[1] == "app":
    app = QGuiApplication(["the app"])
ensure_gui_app()
print(font_db.isWarningEnabled(), QLoggingCategory("qt.qpa").isWarningEnabled())
"""


@pytest.mark.parametrize(
    ("running", "warned"),
    [("none", ["True", "False", "True"]), ("app", ["True", "True", "True"])],
    ids=["made for rendering", "the app's own"],
)
def test_only_an_application_made_for_rendering_keeps_font_warnings_quiet(
    running: str, warned: list[str]
) -> None:
    # In a fresh process, as the command line (no application yet) or the app runs it.
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, running],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    # Warned before; quiet only once an application is made for rendering; other
    # categories untouched.
    assert done.stdout.split() == warned


def test_a_pdf_can_be_made_off_the_main_thread(
    golden_journal: Journal, golden: ModuleType, tmp_path: Path
) -> None:
    # As the app makes it: in a pool thread (ui.operations runs exports so).
    out = tmp_path / "thread.pdf"
    failures: list[BaseException] = []
    threads: list[object] = []

    class Work(QRunnable):
        def run(self) -> None:
            threads.append(QThread.currentThread())
            try:
                PDF.write_selection(golden_journal, out, golden.selection(), today=golden.TODAY)
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

    pool = QThreadPool()
    pool.start(Work())
    assert pool.waitForDone(60_000)
    assert failures == [] and threads and threads[0] is not QThread.currentThread()
    assert out.read_bytes().startswith(b"%PDF-")


def test_line_breaks_in_titles_and_labels_never_break_a_heading(
    journal: Journal, tmp_path: Path, qapp: object
) -> None:
    journal.save_entry(
        Entry.new(
            EntryKind.FREE,
            title="First line\n# second line\r\n",
            tags=["one\ntag"],
            about=date(2026, 3, 2),
        )
    )
    journal.events.save(KeyEvent(type=EventType.OTHER, on=date(2026, 3, 3), title="Moving\nday"))
    journal.agreements.create("Our\n\nagreement", AgreementTerms(intention="Honesty."))
    chosen = ExportSelection(initials=" R.\nB. ")
    doc = build_document(journal, chosen, today=date(2026, 3, 4))
    # Once, in the model: every format gets the same one-line text.
    assert doc.entries[0].title == "First line # second line"
    assert doc.entries[0].tags == ("one tag",)
    assert doc.cover.initials == "R. B."
    assert doc.first_page is not None and doc.first_page.key_events is not None
    assert doc.first_page.key_events[0].label == "Moving day"
    assert doc.agreement is not None and doc.agreement.title == "Our agreement"
    lines = render_markdown(doc).splitlines()
    assert "### First line # second line" in lines
    assert "## The current agreement: Our agreement" in lines
    assert not [line for line in lines if line.startswith(("# second", "day", "agreement"))]
    page = render_html(doc)
    assert '<h3 class="entry">First line # second line</h3>' in page
    out = tmp_path / "lines.pdf"
    PDF.write_selection(journal, out, chosen, today=date(2026, 3, 4))
    running = flat(pdf_pages(out)[1])
    assert "Journal notes for a session · R. B." in running
