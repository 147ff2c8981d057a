"""HTML of a report: a self-contained file for a browser, and the markup the PDF lays out.

One markup for both (:func:`render_html`); only the stylesheet differs. ``"web"`` is a
complete page (CSS in ``<style>``, the chart as a ``data:`` PNG, print rules that keep
headings with what follows and start each part on a new page). ``"qt"`` is the subset
:class:`~PySide6.QtGui.QTextDocument` understands, which :mod:`~hallpass_journal.reports.pdf`
paginates itself. Every piece of journal text is escaped; paragraphs written by the
person that starts in Arabic or Hebrew carries ``dir="rtl"`` (:func:`bidi`), decided here
so the browser and the PDF agree.
"""

from __future__ import annotations

import base64
import html
import unicodedata
from collections.abc import Iterable
from typing import Literal

from hallpass_journal.domain.agreement_compare import Segment
from hallpass_journal.reports.agreement_model import AgreementPart, FieldChange
from hallpass_journal.reports.chart_image import HEIGHT as CHART_HEIGHT
from hallpass_journal.reports.chart_image import WIDTH as CHART_WIDTH
from hallpass_journal.reports.chart_image import chart_image, png_bytes
from hallpass_journal.reports.document import (
    ChartData,
    EntryPart,
    EvaluationPart,
    FirstPage,
    KeyEventLine,
    KindCount,
    ReportDocument,
)
from hallpass_journal.reports.styles import QT_CSS, WEB_CSS
from hallpass_journal.reports.words import (
    APP_NAME,
    CHOSEN_NOTE,
    FIGURES_NOTE,
    NO_COMPARISON,
    UNENCRYPTED_NOTE,
    day_text,
    entries_text,
    evaluation_cells,
    evaluation_head,
    evaluation_heading,
    evaluation_intro,
    number_text,
    range_text,
    report_language,
    scale_text,
    short_day,
    too_few_to_draw,
    tr,
    translate,
    weekday_text,
    windows_text,
)

Flavour = Literal["web", "qt"]
#: Inline, so it works in both flavours: a part that starts on a page of its own.
NEW_PAGE = ' style="page-break-before: always"'
CHART_RESOURCE = "hallpass-chart.png"


def bidi(text: str) -> str:
    """``dir="rtl"`` for text whose first strong character is right to left, else nothing.

    The rule of HTML's ``dir="auto"``, applied here because the PDF's layout does not
    know that value.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return ' dir="rtl"'
        if kind == "L":
            return ""
    return ""


def esc(text: str) -> str:
    """``text`` safe inside HTML (quotes too)."""
    return html.escape(text, quote=True)


def lines_html(text: str) -> str:
    """Escaped, with line breaks kept."""
    return "<br>".join(esc(line) for line in text.split("\n"))


def paragraphs(text: str, cls: str = "") -> str:
    """Text a person wrote: a paragraph per blank-line-separated block, line breaks kept."""
    attr = f' class="{cls}"' if cls else ""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return "\n".join(f"<p{bidi(b)}{attr}>{lines_html(b)}</p>" for b in blocks if b.strip())


def _list(items: Iterable[str], tag: str = "ul", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    inner = "".join(f"<li{bidi(item)}>{lines_html(item)}</li>" for item in items)
    return f"<{tag}{attr}>{inner}</{tag}>"


def segments_html(segments: tuple[Segment, ...]) -> str:
    """Compared text: removed words struck through, added ones bold and underlined."""
    if not segments:
        empty = translate("Report", "(empty)")
        return f'<span class="muted">{esc(empty)}</span>'
    out = []
    for segment in segments:
        text = lines_html(segment.text)
        if segment.change == "removed":
            out.append(f'<span class="removed" style="text-decoration: line-through">{text}</span>')
        elif segment.change == "added":
            out.append(
                f'<span class="added" style="font-weight: bold; text-decoration: underline">'
                f"{text}</span>"
            )
        else:
            out.append(text)
    return "\n".join(out)


def chart_data_uri(chart: ChartData) -> str:
    """The chart as a ``data:`` URI of a PNG (the self-contained HTML's image)."""
    encoded = base64.b64encode(png_bytes(chart_image(chart))).decode("ascii")
    return f"data:image/png;base64,{encoded}"


def _h3(text: str) -> str:
    return f"<h3>{esc(text)}</h3>"


def _muted(text: str) -> str:
    return f'<p class="muted">{esc(text)}</p>'


def _note(text: str) -> str:
    return f'<p class="note">{esc(text)}</p>'


# -- the parts -------------------------------------------------------------------------


def cover_html(doc: ReportDocument) -> str:
    """The cover: what this is, whose, which period, when made, and who chose it."""
    cover = doc.cover
    facts = [(translate("Report", "Period"), range_text(cover.since, cover.until))]
    facts.append((translate("Report", "Entries"), entries_text(cover.entry_count)))
    facts.append((translate("Report", "Generated on"), day_text(cover.generated_on)))
    rows = "".join(f'<tr><td class="label">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in facts)
    written_by = translate("Report", "Written by {initials}").format(initials=cover.initials)
    who = f'<p class="who">{esc(written_by)}</p>\n' if cover.initials else ""
    chosen, unencrypted = tr(CHOSEN_NOTE), tr(UNENCRYPTED_NOTE)
    return (
        f'<div class="cover">\n<p class="coverapp">{esc(APP_NAME)}</p>\n'
        f"<h1>{esc(cover.title)}</h1>\n{who}"
        f'<table class="facts" cellspacing="0" cellpadding="3">{rows}</table>\n'
        f'<p class="chosen">{esc(chosen)}</p>\n'
        f'<p class="muted">{esc(unencrypted)}</p>\n</div>'
    )


def _events_html(events: tuple[KeyEventLine, ...]) -> str:
    # Numbered as on the chart (the numbers run from 1 in date order, as an <ol> does).
    items = []
    planned_word = translate("Report", "planned")
    for event in events:
        planned = f" ({esc(planned_word)})" if event.planned else ""
        kind = f" — {esc(event.type_label)}" if event.type_label != event.label else ""
        items.append(f"<li>{esc(day_text(event.day))}: {esc(event.label)}{kind}{planned}</li>")
    return f'<ol class="events">{"".join(items)}</ol>'


def _evaluation_html(part: EvaluationPart) -> str:
    heading = evaluation_heading(part.anchor_label, part.anchor_day)
    head = "".join(f"<th>{esc(h)}</th>" for h in evaluation_head())
    rows = "".join(
        "<tr>"
        + "".join(
            f'<td class="{"num" if 0 < i < 4 else "text"}">{esc(cell)}</td>'
            for i, cell in enumerate(
                evaluation_cells(r.label, r.before, r.after, r.change, r.direction)
            )
        )
        + "</tr>"
        for r in part.rows
    )
    table = (
        f'<table class="grid figures" cellspacing="0" cellpadding="3"><tr>{head}</tr>{rows}</table>'
    )
    span = f'<p class="note">{esc(windows_text(part.before, part.after))}</p>'
    return f"<h4>{esc(heading)}</h4>\n{span}\n{table}"


def _counts_html(counts: tuple[KindCount, ...]) -> str:
    """Entries by kind in two pairs of columns (half as tall), then the total."""
    half = (len(counts) + 1) // 2
    left, right = counts[:half], counts[half:]
    rows = []
    for i, count in enumerate(left):
        cells = f'<td>{esc(count.label)}</td><td class="num">{count.count}</td>'
        if i < len(right):
            cells += f'<td>{esc(right[i].label)}</td><td class="num">{right[i].count}</td>'
        else:
            cells += "<td></td><td></td>"
        rows.append(f"<tr>{cells}</tr>")
    total = sum(c.count for c in counts)
    all_entries = translate("Report", "All entries")
    rows.append(
        f'<tr><td colspan="3"><b>{esc(all_entries)}</b></td>'
        f'<td class="num"><b>{total}</b></td></tr>'
    )
    return f'<table class="grid counts" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def chart_table_html(chart: ChartData) -> str:
    """The chart's figures in a small table (the text beside the image)."""
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Series"),
            translate("Report", "Average"),
            translate("Report", "Lowest"),
            translate("Report", "Highest"),
            translate("Report", "Ratings"),
        )
    )
    rows = []
    for series in chart.series:
        means = [m for _d, m, _n in series.points]
        ratings = sum(n for _d, _m, n in series.points)
        average = sum(m * n for _d, m, n in series.points) / max(ratings, 1)
        cells = [
            series.label,
            number_text(average, 1),
            number_text(min(means), 1),
            number_text(max(means), 1),
        ]
        cells.append(str(ratings))
        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    table = '<table class="grid" cellspacing="0" cellpadding="3">'
    return f"{table}<tr>{head}</tr>{''.join(rows)}</table>"


def _chart_html(chart: ChartData, chart_src: str | None, flavour: Flavour) -> list[str]:
    """The chart's heading, then the image, its caption and figures, or why there is none."""
    heading = translate("Report", "Feelings over this period")
    out = [f"<h3>{esc(heading)}</h3>"]
    if not chart.series:
        return [*out, f'<p class="muted">{esc(too_few_to_draw(chart.bucket))}</p>']
    if chart_src is not None:
        alt = translate("Report", "Chart of overall mood and the most rated feelings")
        out.append(
            f'<p class="chart"><img src="{esc(chart_src)}" width="{CHART_WIDTH}" '
            f'height="{CHART_HEIGHT}" alt="{esc(alt)}"></p>'
        )
    what = {
        "day": translate("Report", "per day"),
        "week": translate("Report", "per week"),
        "month": translate("Report", "per month"),
    }
    caption = translate(
        "Report",
        "Overall mood and the most often rated feelings, averaged {bucket}, on the "
        "0–10 scale, {start} to {end}. Dotted lines mark key events, numbered as below.",
    ).format(
        bucket=what.get(chart.bucket, chart.bucket),
        start=short_day(chart.since),
        end=short_day(chart.until),
    )
    out.append(f'<p class="caption">{esc(caption)}</p>')
    if flavour == "web":
        out.append(chart_table_html(chart))
    return out


def first_page_html(page: FirstPage, chart_src: str | None, flavour: Flavour) -> str:
    """The page a clinician reads first: questions, counts, chart, before/after, events."""
    glance = translate("Report", "At a glance")
    out = [f'<h2 class="part"{NEW_PAGE}>{esc(glance)}</h2>']
    if page.questions:
        out.append(_h3(translate("Report", "Questions for this session")))
        out.append(_list(page.questions, "ol", "questions"))
    if page.counts is not None:
        out.append(_h3(translate("Report", "What is included")))
        if page.counts:
            out.append(_counts_html(page.counts))
        else:
            out.append(_muted(translate("Report", "No entries were chosen.")))
    if page.chart is not None:
        out += _chart_html(page.chart, chart_src, flavour)
    if page.key_events is not None:
        out.append(_h3(translate("Report", "Key events")))
        if page.key_events:
            out.append(_events_html(page.key_events))
        else:
            out.append(_muted(translate("Report", "No key events in this period.")))
    if page.evaluations is not None:
        out.append(_h3(translate("Report", "Before and after")))
        if page.evaluations:
            out += [_evaluation_html(part) for part in page.evaluations]
            out.append(_note(evaluation_intro(page.evaluations[0].days)))
        else:
            out.append(_muted(tr(NO_COMPARISON)))
    if (page.chart is not None and page.chart.series) or page.evaluations:
        out.append(_note(tr(FIGURES_NOTE)))
    return "\n".join(out)


def change_html(change: FieldChange) -> str:
    """One changed field: before and now, the changed words marked."""
    # A list (one item per line) starts on the line after "Before:" and "Now:".
    several = any("\n" in s.text for s in change.old + change.new)
    gap = "<br>" if several else " "
    before, now = translate("Report", "Before:"), translate("Report", "Now:")
    return (
        f'<h5 class="q">{esc(change.label)}</h5>\n'
        f'<p class="was"><span class="muted">{esc(before)}</span>{gap}'
        f"{segments_html(change.old)}</p>\n"
        f'<p class="now"><span class="muted">{esc(now)}</span>{gap}'
        f"{segments_html(change.new)}</p>"
    )


def terms_html(part: AgreementPart, *, show_empty: bool) -> str:
    """The terms, field by field; empty fields said once (or each, for a couple's copy)."""
    out = []
    empty = []
    not_written = translate("Report", "Not written yet")
    for line in part.terms:
        if line.empty:
            if show_empty:
                out.append(f"<h4>{esc(line.label)}</h4>{_muted(not_written)}")
            else:
                empty.append(line.label)
            continue
        out.append(f"<h4>{esc(line.label)}</h4>")
        if line.items:
            out.append(_list(line.items))
        elif line.field == "pause_phrase":
            out.append(f'<p{bidi(line.text)} class="phrase"><b>“{lines_html(line.text)}”</b></p>')
        else:
            out.append(paragraphs(line.text))
    if empty:
        joined = "; ".join(empty)
        out.append(_muted(translate("Report", "Not written yet: {fields}.").format(fields=joined)))
    return "\n".join(out)


def versions_html(part: AgreementPart) -> str:
    """Every version, newest first, with its note and what changed from the one before."""
    out = [_h3(translate("Report", "Versions and what changed"))]
    for version in reversed(part.versions):
        heading = translate("Report", "Version {number}, {day}").format(
            number=version.number, day=day_text(version.day)
        )
        out.append(f"<h4>{esc(heading)}</h4>")
        if version.change_note:
            out.append(
                paragraphs(
                    translate("Report", "Why: {note}").format(note=version.change_note), "note"
                )
            )
        if version.number == part.versions[0].number:
            out.append(_muted(translate("Report", "The first version.")))
        elif version.changes:
            out += [change_html(change) for change in version.changes]
        else:
            out.append(_muted(translate("Report", "The terms stayed the same.")))
    return "\n".join(out)


def consent_html(part: AgreementPart) -> str:
    """The consent record: every status change with its day and note."""
    out = [_h3(translate("Report", "Consent record"))]
    if part.partner_name:
        partner = translate("Report", "Partner: {name}").format(name=part.partner_name)
        out.append(f"<p>{esc(partner)}</p>")
    if not part.consent:
        out.append(_muted(translate("Report", "No change of status recorded yet.")))
        return "\n".join(out)
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Day"),
            translate("Report", "Status"),
            translate("Report", "Note"),
        )
    )
    rows = "".join(
        f"<tr><td>{esc(short_day(c.day))}</td><td>{esc(c.status)}</td>"
        f"<td{bidi(c.note)}>{lines_html(c.note)}</td></tr>"
        for c in part.consent
    )
    out.append(
        f'<table class="grid consent" cellspacing="0" cellpadding="3"><tr>{head}</tr>{rows}</table>'
    )
    return "\n".join(out)


def agreement_html(part: AgreementPart) -> str:
    """The therapist export's agreement part: current terms, versions, consent record."""
    heading = translate("Report", "The current agreement: {title}").format(title=part.title)
    status = translate("Report", "{status}. Version {number}, written on {day}.").format(
        status=part.status_line, number=part.version, day=day_text(part.version_day)
    )
    return "\n".join(
        [
            f'<h2 class="part"{NEW_PAGE}>{esc(heading)}</h2>',
            f'<p class="meta">{esc(status)}</p>',
            terms_html(part, show_empty=False),
            versions_html(part),
            consent_html(part),
        ]
    )


def entry_html(entry: EntryPart, first: bool) -> str:
    """One entry: title, day and kind, feelings, guided answers, then what was written."""
    out = [] if first else ['<hr class="sep">']
    title = entry.title or entry.kind_label
    out.append(f'<h3 class="entry"{bidi(title)}>{esc(title)}</h3>')
    meta = [weekday_text(entry.day), entry.kind_label]
    if entry.mood is not None:
        meta.append(translate("Report", "Mood {value}").format(value=scale_text(entry.mood)))
    if entry.marked:
        meta.append(translate("Report", "Marked for the session"))
    out.append(f'<p class="meta">{esc(" · ".join(meta))}</p>')
    if entry.feelings:
        felt = ", ".join(f"{name} {value}" for name, value in entry.feelings)
        feelings = translate("Report", "Feelings: {list}").format(list=felt)
        out.append(f'<p class="feelings">{esc(feelings)}</p>')
    group = ""
    for answer in entry.answers:
        if answer.group and answer.group != group:
            out.append(f"<h4>{esc(answer.group)}</h4>")
        group = answer.group
        out.append(f'<h5 class="q"{bidi(answer.question)}>{esc(answer.question)}</h5>')
        if answer.items:
            out.append(_list(answer.items, cls="a"))
        else:
            out.append(paragraphs(answer.answer, "a"))
    if entry.body.strip():
        if entry.answers:
            also = translate("Report", "Also written")
            out.append(f'<h5 class="q">{esc(also)}</h5>')
        out.append(paragraphs(entry.body, "body"))
    if entry.tags:
        tags = translate("Report", "Tags: {tags}").format(tags=", ".join(entry.tags))
        out.append(f'<p class="tags">{esc(tags)}</p>')
    return "\n".join(out)


def entries_html(entries: tuple[EntryPart, ...]) -> str:
    """The chosen entries in date order."""
    heading = translate("Report", "Entries")
    out = [f'<h2 class="part"{NEW_PAGE}>{esc(heading)}</h2>']
    if not entries:
        out.append(_muted(translate("Report", "No entries were chosen.")))
    out += [entry_html(entry, i == 0) for i, entry in enumerate(entries)]
    return "\n".join(out)


def page_html(title: str, body: str, flavour: Flavour) -> str:
    """A whole document around ``body``, with the flavour's stylesheet."""
    css = WEB_CSS if flavour == "web" else QT_CSS
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(report_language())}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="generator" content="{esc(APP_NAME)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>\n{css}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def render_html(
    doc: ReportDocument, *, flavour: Flavour = "web", chart_src: str | None = None
) -> str:
    """The whole report as HTML.

    Args:
        doc: What to lay out.
        flavour: ``"web"`` for the self-contained file, ``"qt"`` for the PDF's layout.
        chart_src: Where the chart image is: by default (web) a ``data:`` URI made here.
    """
    first = doc.first_page
    chart = first.chart if first is not None else None
    if chart is not None and chart.series and chart_src is None and flavour == "web":
        chart_src = chart_data_uri(chart)
    parts = [cover_html(doc)]
    if first is not None:
        parts.append(first_page_html(first, chart_src, flavour))
    if doc.agreement is not None:
        parts.append(agreement_html(doc.agreement))
    parts.append(entries_html(doc.entries))
    return page_html(doc.cover.title, "\n".join(parts), flavour)
