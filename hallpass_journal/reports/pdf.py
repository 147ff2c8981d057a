"""PDF from a report's HTML: QTextDocument laid out once, paginated here, painted per page.

Qt's own pagination knows nothing of headings, so a heading could end a page with its
text on the next. Instead the document is laid out once as one long column, and the
page cuts are chosen here (:func:`page_spans`): only between lines, never between a
heading and the first lines after it, never leaving one line of a paragraph alone at
the foot or head of a page, never inside a small table, and always where a part asks
for a new page. Each page is then painted by drawing that slice of the document, and
the running header and page number are painted around it.

Ligatures are switched off (the ``liga`` font feature) on the document's default font,
so "office" and "fluffy" stay six letters each in the PDF's text layer: searchable,
and copied as typed. Qt embeds the fonts used (subsets, with their Unicode mapping).
Works in a worker thread (a QThread, such as the app's thread pool: QTextDocument starts
a timer while it lays out, which a bare Python thread has no event dispatcher for) and in
the command line (given a QGuiApplication, see
:func:`~hallpass_journal.reports.gui.ensure_gui_app`). Nothing is written to disk here.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from hallpass_journal.reports.document import ReportDocument
from hallpass_journal.reports.styles import QT_FAMILIES
from hallpass_journal.reports.words import APP_NAME, range_text, translate

#: The PDF writer's resolution: CSS pixels, so lengths in the stylesheet mean what they say.
DPI = 96
#: Margins in CSS pixels (about 20 mm at the sides, room for the header and footer).
MARGIN_SIDE = 76.0
MARGIN_TOP = 86.0
MARGIN_BOTTOM = 80.0
#: Lines kept with a heading (a heading never ends a page on its own).
KEEP_AFTER_HEADING = 2
#: A table shorter than this share of a page is never split.
WHOLE_TABLE = 0.3
#: Room kept around each page's slice so borders and descenders are not clipped.
_PAD = 3.0

#: How far the cover's text sits below the top margin.
COVER_DROP = 150.0
INK = "#222222"
RULE = "#c8d0d6"

#: Told ``(pages painted, pages in all)``; may raise to stop (nothing is returned then).
PageProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class RunningText:
    """What every page but the first says: a header on the left and right, a page number."""

    left: str
    right: str = ""
    #: The first page (a cover) has no header and no number.
    cover: bool = True


def paper_palette() -> QPalette:
    """Dark text and light rules on white, whatever the app's theme is."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    # Qt draws a horizontal rule in the inactive window-text colour.
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText, QColor(RULE))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1d3b53"))
    return palette


def document_font(point_size: float = 10.0) -> QFont:
    """The document's default font: the report's families, ligatures off."""
    font = QFont()
    font.setFamilies(QT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def text_document(
    html: str, width: float, images: dict[str, QImage], device: QPdfWriter
) -> QTextDocument:
    """``html`` laid out as one column ``width`` wide, in the PDF writer's units."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(document_font())
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    # A long word or link wraps anywhere rather than running off the page.
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _spans(doc: QTextDocument, page_height: float) -> tuple[list[tuple[float, float]], list[float]]:
    """Stretches of the layout no page may be cut inside, sorted; and forced cuts."""
    layout = doc.documentLayout()
    # Qt lays out lazily, as far as asked: a block not reached yet has no lines.
    layout.documentSize()
    spans: list[tuple[float, float]] = []
    forced: list[float] = []
    keeping: float | None = None  # top of a heading still waiting for its lines
    owed = 0
    last_level = 0
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        count = text_layout.lineCount() if text_layout is not None else 0
        if count:
            top = layout.blockBoundingRect(block).top()
            offset = top - text_layout.boundingRect().top()
            lines = []
            for i in range(count):
                line = text_layout.lineAt(i)
                lines.append((offset + line.y(), offset + line.y() + line.height()))
            fmt = block.blockFormat()
            if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                forced.append(lines[0][0])
                keeping, owed = None, 0
            level = fmt.headingLevel()
            if level > 0:
                # A heading travels with the headings just above it, and a smaller one
                # with the section it opens (an entry's title, its first question and
                # answer); a heading as large as the last starts afresh.
                if keeping is None or (owed < KEEP_AFTER_HEADING and level <= last_level):
                    keeping = lines[0][0]
                last_level = level
                owed = KEEP_AFTER_HEADING
                spans.append((keeping, lines[-1][1]))
            else:
                if keeping is not None:
                    taken = lines[: min(owed, count)]
                    spans.append((keeping, taken[-1][1]))
                    owed -= len(taken)
                    if owed <= 0:
                        keeping = None
                if count <= 3:
                    spans.append((lines[0][0], lines[-1][1]))
                else:  # no lone first or last line at the foot or head of a page
                    spans += [(lines[0][0], lines[1][1]), (lines[-2][0], lines[-1][1])]
                    spans += lines[2:-2]
        block = block.next()
    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if rect.height() < page_height * WHOLE_TABLE:
            spans.append((rect.top(), rect.bottom()))
    return _merged(spans, forced), sorted(forced)


def _merged(spans: list[tuple[float, float]], forced: list[float]) -> list[tuple[float, float]]:
    """Overlapping stretches joined; never across a forced cut (which splits one instead)."""
    out: list[tuple[float, float]] = []
    for top, bottom in sorted(spans):
        if out and top < out[-1][1] - 0.01:
            out[-1] = (out[-1][0], max(out[-1][1], bottom))
        else:
            out.append((top, bottom))
    cuts = sorted(forced)
    split: list[tuple[float, float]] = []
    for top, bottom in out:
        inside = cuts[bisect.bisect_right(cuts, top + 0.5) : bisect.bisect_left(cuts, bottom - 0.5)]
        for cut in inside:
            split.append((top, cut))
            top = cut
        split.append((top, bottom))
    return split


def page_spans(doc: QTextDocument, page_height: float) -> list[tuple[float, float]]:
    """Where each page starts and ends in the laid-out document (``[top, bottom)``).

    Cuts fall only between the merged stretches of :func:`_spans`; a stretch taller than
    a page (which the document never holds) is cut where the page ends.
    """
    spans, forced = _spans(doc, page_height)
    usable = page_height - 2 * _PAD
    pages: list[tuple[float, float]] = []
    i = 0
    while i < len(spans):
        start = spans[i][0]
        limit = start + usable
        k = bisect.bisect_right(forced, start + 0.5)
        next_forced = forced[k] if k < len(forced) else None
        j = i
        while (
            j < len(spans)
            and spans[j][1] <= limit
            and (next_forced is None or spans[j][0] < next_forced - 0.5)
        ):
            j += 1
        if j == i:  # one stretch taller than a page: cut it where the page ends
            pages.append((start, limit))
            spans[i] = (limit, spans[i][1])
            continue
        pages.append((start, spans[j - 1][1]))
        i = j
    return pages or [(0.0, 0.0)]


def _paint_running(
    painter: QPainter, running: RunningText, number: int, total: int, page: QRectF
) -> None:
    font = document_font(8.0)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = page.width() - 2 * MARGIN_SIDE
    half = width / 2 - 8
    muted = QColor("#666666")
    base = MARGIN_TOP - 30
    painter.setPen(muted)
    left = metrics.elidedText(running.left, Qt.TextElideMode.ElideRight, half)
    right = metrics.elidedText(running.right, Qt.TextElideMode.ElideLeft, half)
    box = QRectF(MARGIN_SIDE, base - metrics.height(), width, metrics.height())
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), left)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), right)
    painter.setPen(QPen(QColor("#cccccc"), 0.8))
    rule = box.bottom() + 5
    painter.drawLine(QPointF(box.left(), rule), QPointF(box.right(), rule))
    painter.setPen(muted)
    footer = translate("Report", "Page {page} of {pages}").format(page=number, pages=total)
    foot = QRectF(MARGIN_SIDE, page.height() - MARGIN_BOTTOM + 30, width, metrics.height())
    painter.drawText(foot, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), footer)


def html_to_pdf(
    html: str,
    *,
    title: str,
    running: RunningText,
    images: dict[str, QImage] | None = None,
    progress: PageProgress | None = None,
) -> bytes:
    """Lay out ``html`` (the ``"qt"`` flavour) on A4 pages and return the PDF's bytes.

    Args:
        html: The document.
        title: The PDF's title (its metadata; shown by viewers).
        running: The running header and whether the first page is a cover.
        images: Images the HTML names by ``src`` (e.g. the chart), drawn at their ratio.
        progress: Told ``(pages painted, pages)``; may raise to stop.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    page = QRectF(writer.pageLayout().fullRectPixels(DPI))
    width = page.width() - 2 * MARGIN_SIDE
    height = page.height() - MARGIN_TOP - MARGIN_BOTTOM
    doc = text_document(html, width, images or {}, writer)
    pages = page_spans(doc, height)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("The PDF could not be started.")
    try:
        for number, (top, bottom) in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            # A little room either side for borders and descenders, never into the
            # neighbouring page's lines.
            above = min(_PAD, top - pages[number - 2][1]) if number > 1 else _PAD
            below = min(_PAD, pages[number][0] - bottom) if number < len(pages) else _PAD
            cover = running.cover and number == 1
            drop = max(0.0, min(COVER_DROP, height - (bottom - top) - 2 * _PAD)) if cover else 0.0
            painter.save()
            painter.translate(MARGIN_SIDE, MARGIN_TOP + _PAD + drop - top)
            clip = QRectF(-_PAD, top - above, width + 2 * _PAD, bottom - top + above + below)
            painter.setClipRect(clip)
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            if not (running.cover and number == 1):
                _paint_running(painter, running, number, len(pages), page)
            if progress is not None:
                progress(number, len(pages))
    finally:
        painter.end()
        buffer.close()
        # Free the Qt objects here, on this thread: a stopped export's traceback keeps
        # this frame alive and is handed to the GUI thread, which must not destroy them.
        del doc, writer, painter, context, buffer
    return bytes(data.data())


def report_pdf(document: ReportDocument, *, progress: PageProgress | None = None) -> bytes:
    """The therapist report as PDF bytes: cover, first page, agreement, entries."""
    from hallpass_journal.reports.chart_image import chart_image
    from hallpass_journal.reports.html import CHART_RESOURCE, render_html

    images: dict[str, QImage] = {}
    first = document.first_page
    if first is not None and first.chart is not None and first.chart.series:
        images[CHART_RESOURCE] = chart_image(first.chart)
    cover = document.cover
    left = cover.title + (f" · {cover.initials}" if cover.initials else "")
    html = render_html(document, flavour="qt", chart_src=CHART_RESOURCE if images else None)
    return html_to_pdf(
        html,
        title=cover.title,
        running=RunningText(left, range_text(cover.since, cover.until)),
        images=images,
        progress=progress,
    )
