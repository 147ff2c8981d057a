"""Markdown of a report: the same parts in the same order as the HTML and the PDF.

Plain CommonMark (tables as in GitHub's dialect). Everything the person wrote is
escaped, so a line starting with "#" or "1." stays text and never becomes a heading or
a list. The chart is a small table of its figures.
"""

from __future__ import annotations

import re

from hallpass_journal.domain.agreement_compare import Segment
from hallpass_journal.reports.agreement_model import AgreementPart, FieldChange
from hallpass_journal.reports.document import (
    ChartData,
    EntryPart,
    EvaluationPart,
    FirstPage,
    KeyEventLine,
    ReportDocument,
)
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
    scale_text,
    short_day,
    too_few_to_draw,
    tr,
    translate,
    weekday_text,
    windows_text,
)

#: Characters that are markup anywhere in a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
#: An entity ("&amp;") would be decoded.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
#: Markup only at the start of a line: a numbered item, a bullet, a heading, or a line
#: of "-" or "=" (a rule, or the line under a heading).
_NUMBERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)", re.MULTILINE)
_MARKER = re.compile(r"^([-+]|#{1,6})(?=\s|$)", re.MULTILINE)
_UNDERLINE = re.compile(r"^([-=])(?=[-=\s]*$)", re.MULTILINE)


def md_escape(text: str) -> str:
    """``text`` as literal Markdown: no markup, headings, lists or HTML can come of it.

    Leading spaces are dropped from each line (four would start a code block).
    """
    out = "\n".join(line.lstrip() for line in text.split("\n"))
    out = _SPECIAL.sub(r"\\\1", out)
    out = _ENTITY.sub(r"\\&", out)
    out = _NUMBERED.sub(r"\1\\\2", out)
    out = _MARKER.sub(r"\\\1", out)
    return _UNDERLINE.sub(r"\\\1", out)


def md_lines(text: str) -> str:
    """Escaped, with line breaks kept (a backslash at the end of a line)."""
    return "\\\n".join(md_escape(line) for line in text.split("\n"))


def md_paragraphs(text: str) -> list[str]:
    """Text a person wrote, a paragraph per blank-line-separated block."""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return [md_lines(b) for b in blocks if b.strip()]


def _segments(segments: tuple[Segment, ...], indent: str = "") -> str:
    """Compared text, line by line: removed words struck (~~), added ones bold (**)."""
    if not segments:
        return _em(translate("Report", "(empty)"))
    lines: list[str] = [""]
    for segment in segments:
        for n, piece in enumerate(segment.text.split("\n")):
            if n:
                lines.append("")
            text = md_escape(piece)
            core = text.strip()
            if core and segment.change != "same":
                mark = "~~" if segment.change == "removed" else "**"
                lead = text[: len(text) - len(text.lstrip())]
                trail = text[len(text.rstrip()) :]
                text = f"{lead}{mark}{core}{mark}{trail}"
            lines[-1] += text
    return f"\\\n{indent}".join(lines)


def _em(text: str) -> str:
    """``text`` escaped and in italics."""
    return f"*{md_escape(text)}*"


def _heading(level: int, text: str) -> str:
    """``text`` escaped as a heading of ``level``."""
    return f"{'#' * level} {md_escape(text)}"


def _fact(label: str, value: str) -> str:
    """A cover fact: "- **Period:** 1 March 2026 – 30 April 2026"."""
    return f"- **{md_escape(label)}:** {md_escape(value)}"


def _table(head: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    right = right or set()
    line = "| " + " | ".join(head) + " |"
    rule = "| " + " | ".join("---:" if i in right else "---" for i in range(len(head))) + " |"
    body = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([line, rule, *body])


def cover_md(doc: ReportDocument) -> list[str]:
    """The cover's facts under the document's title."""
    cover = doc.cover
    out = [f"# {md_escape(cover.title)}", f"*{md_escape(APP_NAME)}*"]
    if cover.initials:
        out.append(
            md_escape(translate("Report", "Written by {initials}").format(initials=cover.initials))
        )
    out.append(
        "\n".join(
            [
                _fact(translate("Report", "Period"), range_text(cover.since, cover.until)),
                _fact(translate("Report", "Entries"), entries_text(cover.entry_count)),
                _fact(translate("Report", "Generated on"), day_text(cover.generated_on)),
            ]
        )
    )
    out += [_em(tr(CHOSEN_NOTE)), md_escape(tr(UNENCRYPTED_NOTE))]
    return out


def chart_md(chart: ChartData) -> str:
    """The chart's figures: per series its average, lowest, highest, ratings."""
    rows = []
    for series in chart.series:
        means = [m for _d, m, _n in series.points]
        ratings = sum(n for _d, _m, n in series.points)
        average = sum(m * n for _d, m, n in series.points) / max(ratings, 1)
        rows.append(
            [
                md_escape(series.label),
                number_text(average, 1),
                number_text(min(means), 1),
                number_text(max(means), 1),
                str(ratings),
            ]
        )
    head = [
        translate("Report", "Series"),
        translate("Report", "Average"),
        translate("Report", "Lowest"),
        translate("Report", "Highest"),
        translate("Report", "Ratings"),
    ]
    return _table([md_escape(h) for h in head], rows, {1, 2, 3, 4})


def _events_md(events: tuple[KeyEventLine, ...]) -> str:
    lines = []
    planned_word = md_escape(translate("Report", "planned"))
    for event in events:
        kind = f" — {md_escape(event.type_label)}" if event.type_label != event.label else ""
        planned = f" ({planned_word})" if event.planned else ""
        lines.append(
            f"{event.number}. {md_escape(day_text(event.day))}: {md_escape(event.label)}"
            f"{kind}{planned}"
        )
    return "\n".join(lines)


def _evaluation_md(part: EvaluationPart) -> list[str]:
    heading = "#### " + md_escape(evaluation_heading(part.anchor_label, part.anchor_day))
    rows = [
        [md_escape(c) for c in evaluation_cells(r.label, r.before, r.after, r.change, r.direction)]
        for r in part.rows
    ]
    span = f"*{md_escape(windows_text(part.before, part.after))}*"
    return [heading, span, _table([md_escape(h) for h in evaluation_head()], rows, {1, 2, 3})]


def _chart_part_md(chart: ChartData) -> list[str]:
    """The chart's heading, caption and figures, or why there is no chart."""
    out = [_heading(3, translate("Report", "Feelings over this period"))]
    if not chart.series:
        return [*out, f"*{md_escape(too_few_to_draw(chart.bucket))}*"]
    what = {
        "day": translate("Report", "per day"),
        "week": translate("Report", "per week"),
        "month": translate("Report", "per month"),
    }
    caption = translate(
        "Report",
        "Overall mood and the most often rated feelings, averaged {bucket}, on the "
        "0–10 scale, {start} to {end}.",
    ).format(
        bucket=what.get(chart.bucket, chart.bucket),
        start=short_day(chart.since),
        end=short_day(chart.until),
    )
    return [*out, md_escape(caption), chart_md(chart)]


def first_page_md(page: FirstPage) -> list[str]:
    """Questions, counts, chart figures, key events, before and after."""
    out = [_heading(2, translate("Report", "At a glance"))]
    if page.questions:
        out.append(_heading(3, translate("Report", "Questions for this session")))
        out.append("\n".join(f"{i}. {md_lines(q)}" for i, q in enumerate(page.questions, 1)))
    if page.counts is not None:
        out.append(_heading(3, translate("Report", "What is included")))
        if page.counts:
            rows = [[md_escape(c.label), str(c.count)] for c in page.counts]
            all_entries = md_escape(translate("Report", "All entries"))
            rows.append([f"**{all_entries}**", f"**{sum(c.count for c in page.counts)}**"])
            out.append(
                _table(
                    [
                        md_escape(translate("Report", "Kind")),
                        md_escape(translate("Report", "Entries")),
                    ],
                    rows,
                    {1},
                )
            )
        else:
            out.append(_em(translate("Report", "No entries were chosen.")))
    if page.chart is not None:
        out += _chart_part_md(page.chart)
    if page.key_events is not None:
        out.append(_heading(3, translate("Report", "Key events")))
        out.append(
            _events_md(page.key_events)
            if page.key_events
            else _em(translate("Report", "No key events in this period."))
        )
    if page.evaluations is not None:
        out.append(_heading(3, translate("Report", "Before and after")))
        if page.evaluations:
            for part in page.evaluations:
                out += _evaluation_md(part)
            out.append(_em(evaluation_intro(page.evaluations[0].days)))
        else:
            out.append(_em(tr(NO_COMPARISON)))
    if (page.chart is not None and page.chart.series) or page.evaluations:
        out.append(_em(tr(FIGURES_NOTE)))
    return out


def change_md(change: FieldChange) -> str:
    """One changed field: before and now, removed words struck, added ones bold."""
    before = md_escape(translate("Report", "Before:"))
    now = md_escape(translate("Report", "Now:"))
    return (
        f"- **{md_escape(change.label)}**\n"
        f"  - {before} {_segments(change.old, '    ')}\n"
        f"  - {now} {_segments(change.new, '    ')}"
    )


def agreement_md(part: AgreementPart) -> list[str]:
    """The current agreement's terms, its versions and what changed, the consent record."""
    heading = translate("Report", "The current agreement: {title}").format(title=part.title)
    status = translate("Report", "{status}. Version {number}, written on {day}.").format(
        status=part.status_line, number=part.version, day=day_text(part.version_day)
    )
    out = [f"## {md_escape(heading)}", f"*{md_escape(status)}*"]
    empty = []
    for line in part.terms:
        if line.empty:
            empty.append(line.label)
            continue
        out.append(f"#### {md_escape(line.label)}")
        if line.items:
            out.append("\n".join(f"- {md_lines(item)}" for item in line.items))
        elif line.field == "pause_phrase":
            out.append(f"**“{md_lines(line.text)}”**")
        else:
            out += md_paragraphs(line.text)
    if empty:
        fields = "; ".join(empty)
        out.append(_em(translate("Report", "Not written yet: {fields}.").format(fields=fields)))
    out.append(_heading(3, translate("Report", "Versions and what changed")))
    for version in reversed(part.versions):
        heading = translate("Report", "Version {number}, {day}").format(
            number=version.number, day=day_text(version.day)
        )
        out.append(f"#### {md_escape(heading)}")
        if version.change_note:
            out += md_paragraphs(
                translate("Report", "Why: {note}").format(note=version.change_note)
            )
        if version.number == part.versions[0].number:
            out.append(_em(translate("Report", "The first version.")))
        elif version.changes:
            out.append("\n".join(change_md(c) for c in version.changes))
        else:
            out.append(_em(translate("Report", "The terms stayed the same.")))
    out.append(_heading(3, translate("Report", "Consent record")))
    if part.partner_name:
        out.append(md_escape(translate("Report", "Partner: {name}").format(name=part.partner_name)))
    if part.consent:
        rows = [
            [
                md_escape(short_day(c.day)),
                md_escape(c.status),
                md_escape(c.note).replace("\n", "<br>"),
            ]
            for c in part.consent
        ]
        out.append(
            _table(
                [
                    md_escape(translate("Report", "Day")),
                    md_escape(translate("Report", "Status")),
                    md_escape(translate("Report", "Note")),
                ],
                rows,
            )
        )
    else:
        out.append(_em(translate("Report", "No change of status recorded yet.")))
    return out


def entry_md(entry: EntryPart) -> list[str]:
    """One entry: title, day and kind, feelings, guided answers, what was written, tags."""
    out = [f"### {md_escape(entry.title or entry.kind_label)}"]
    meta = [weekday_text(entry.day), entry.kind_label]
    if entry.mood is not None:
        meta.append(translate("Report", "Mood {value}").format(value=scale_text(entry.mood)))
    if entry.marked:
        meta.append(translate("Report", "Marked for the session"))
    out.append(f"*{md_escape(' · '.join(meta))}*")
    if entry.feelings:
        felt = ", ".join(f"{name} {value}" for name, value in entry.feelings)
        out.append(md_escape(translate("Report", "Feelings: {list}").format(list=felt)))
    group = ""
    for answer in entry.answers:
        if answer.group and answer.group != group:
            out.append(f"#### {md_escape(answer.group)}")
        group = answer.group
        out.append(f"**{md_escape(answer.question)}**")
        if answer.items:
            out.append("\n".join(f"- {md_lines(item)}" for item in answer.items))
        else:
            out += md_paragraphs(answer.answer)
    if entry.body.strip():
        if entry.answers:
            also = md_escape(translate("Report", "Also written"))
            out.append(f"**{also}**")
        out += md_paragraphs(entry.body)
    if entry.tags:
        out.append(_em(translate("Report", "Tags: {tags}").format(tags=", ".join(entry.tags))))
    return out


def render_markdown(doc: ReportDocument) -> str:
    """The whole report as Markdown."""
    blocks = cover_md(doc)
    if doc.first_page is not None:
        blocks += first_page_md(doc.first_page)
    if doc.agreement is not None:
        blocks += agreement_md(doc.agreement)
    blocks.append(_heading(2, translate("Report", "Entries")))
    if not doc.entries:
        blocks.append(_em(translate("Report", "No entries were chosen.")))
    for i, entry in enumerate(doc.entries):
        if i:
            blocks.append("---")
        blocks += entry_md(entry)
    return "\n\n".join(blocks) + "\n"
