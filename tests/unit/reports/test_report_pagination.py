"""Where pages are cut: between lines only, headings kept with what follows them."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter, QTextDocument

from hallpass_journal.reports.html import page_html
from hallpass_journal.reports.pdf import DPI, KEEP_AFTER_HEADING, page_spans, text_document

PAGE_HEIGHT = 500.0
WIDTH = 400.0


@pytest.fixture
def device(qapp: object) -> QPdfWriter:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer._buffer = buffer  # type: ignore[attr-defined]  # kept alive with the writer
    return writer


def _sections(seed: int, count: int = 60) -> str:
    rng = random.Random(seed)
    parts = []
    for n in range(count):
        level = rng.choice((2, 3, 4, 5))
        parts.append(f"<h{level}>Heading {n}</h{level}>")
        for _ in range(rng.randint(1, 3)):
            words = " ".join(f"w{n}x{i}" for i in range(rng.randint(3, 90)))
            parts.append(f"<p>{words}</p>")
    return page_html("test", "\n".join(parts), "qt")


def _lines(doc: QTextDocument) -> list[tuple[float, float, int, str]]:
    """Every line: top, bottom, its block's heading level, its block's text."""
    layout = doc.documentLayout()
    out = []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        top = layout.blockBoundingRect(block).top()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            level = block.blockFormat().headingLevel()
            out.append((top + line.y(), top + line.y() + line.height(), level, block.text()))
        block = block.next()
    return out


def _page_of(pages: list[tuple[float, float]], top: float, bottom: float) -> int:
    found = [
        i for i, (start, end) in enumerate(pages) if start - 0.01 <= top and bottom <= end + 0.01
    ]
    assert len(found) == 1, f"line {top:.1f}-{bottom:.1f} is on {len(found)} pages"
    return found[0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_line_is_on_exactly_one_page_and_pages_fit(device: QPdfWriter, seed: int) -> None:
    doc = text_document(_sections(seed), WIDTH, {}, device)
    pages = page_spans(doc, PAGE_HEIGHT)
    assert len(pages) > 5
    for top, bottom in pages:
        assert bottom - top <= PAGE_HEIGHT
    for top, bottom, _level, _text in _lines(doc):
        _page_of(pages, top, bottom)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_heading_never_ends_a_page(device: QPdfWriter, seed: int) -> None:
    doc = text_document(_sections(seed), WIDTH, {}, device)
    pages = page_spans(doc, PAGE_HEIGHT)
    lines = _lines(doc)
    for i, (top, bottom, level, text) in enumerate(lines):
        if not level:
            continue
        following = [line for line in lines[i + 1 :] if not line[2]][:KEEP_AFTER_HEADING]
        page = _page_of(pages, top, bottom)
        for line in following:
            assert _page_of(pages, line[0], line[1]) == page, f"{text} is cut from its text"


def test_no_paragraph_leaves_a_single_line_behind(device: QPdfWriter) -> None:
    doc = text_document(_sections(4), WIDTH, {}, device)
    pages = page_spans(doc, PAGE_HEIGHT)
    by_block: dict[str, list[int]] = {}
    for top, bottom, level, text in _lines(doc):
        if not level:
            by_block.setdefault(text, []).append(_page_of(pages, top, bottom))
    for text, on in by_block.items():
        if len(on) >= 2:
            assert on[0] == on[1] and on[-1] == on[-2], f"a lone line of {text[:20]}"


def test_a_part_asking_for_a_new_page_starts_one(device: QPdfWriter) -> None:
    body = '<p>one</p><h2 style="page-break-before: always">Two</h2><p>two</p>'
    doc = text_document(page_html("t", body, "qt"), WIDTH, {}, device)
    pages = page_spans(doc, PAGE_HEIGHT)
    assert len(pages) == 2
    lines = _lines(doc)
    assert _page_of(pages, *lines[0][:2]) == 0
    assert _page_of(pages, *lines[1][:2]) == 1


def test_a_small_table_is_never_split(device: QPdfWriter) -> None:
    rows = "".join(f"<tr><td>row {n}</td><td>{n}</td></tr>" for n in range(6))
    for count in range(5, 40):  # enough lines before it that the page ends inside it
        filler = "".join(f"<p>line {n}</p>" for n in range(count))
        body = f'{filler}<table class="grid">{rows}</table><p>after</p>'
        doc = text_document(page_html("t", body, "qt"), WIDTH, {}, device)
        [table] = doc.rootFrame().childFrames()
        rect = doc.documentLayout().frameBoundingRect(table)
        if rect.top() < PAGE_HEIGHT - 60 < PAGE_HEIGHT < rect.bottom():
            break
    else:
        pytest.fail("no filler puts the table across the end of the page")
    pages = page_spans(doc, PAGE_HEIGHT)
    rows_on = {_page_of(pages, t, b) for t, b, _l, text in _lines(doc) if text.startswith("row")}
    assert rows_on == {1}


def test_a_pdf_stopped_part_way_in_a_worker_frees_its_qt_objects_there(qapp: object) -> None:
    """A stopped export's traceback reaches the GUI thread, without the Qt objects in it.

    Were the text document still held by the traceback's frames, it would be destroyed
    on the GUI thread, and Qt warns (and the suite fails on any Qt warning).
    """
    from PySide6.QtCore import QRunnable, QThreadPool

    from hallpass_journal.reports.pdf import RunningText, html_to_pdf

    class Stop(Exception):
        pass

    def stop_at_page_two(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    caught: list[BaseException] = []

    class Job(QRunnable):
        def run(self) -> None:
            try:
                html_to_pdf(
                    _sections(3, count=120),
                    title="t",
                    running=RunningText("Notes", "", cover=False),
                    progress=stop_at_page_two,
                )
            except Stop as exc:
                caught.append(exc)

    pool = QThreadPool()
    pool.start(Job())
    assert pool.waitForDone(60_000)
    [stopped] = caught
    frames = []
    tb = stopped.__traceback__
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    held = [
        name
        for frame in frames
        for name, value in frame.f_locals.items()
        if type(value).__module__.startswith("PySide6") and hasattr(value, "thread")
    ]
    assert held == []
    caught.clear()  # the traceback goes here, on the GUI thread
