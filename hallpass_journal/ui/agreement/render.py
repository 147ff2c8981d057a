"""Terms and comparisons as rich text for read-only browsers.

Every piece of journal text is escaped before it goes into the markup. Changes are marked
by more than colour, so they read in both themes and for people who do not see colour
well: added words are bold and underlined, removed ones struck through, and each changed
field says "Changed" in words.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from hallpass_journal.domain.agreement_compare import FieldComparison, Segment
from hallpass_journal.domain.agreements import (
    CHOICE_LABELS,
    FIELD_LABELS,
    LIST_FIELDS,
    TERM_FIELDS,
    AgreementTerms,
    field_text,
)
from hallpass_journal.ui import theme
from hallpass_journal.ui.domain_text import dt

#: Soft backgrounds behind added and removed words: (light, dark).
ADDED_BG = ("#d5ecdc", "#24482f")
REMOVED_BG = ("#f6dad6", "#552f2b")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementRender", text)


translate = QCoreApplication.translate


def _dark() -> bool:
    return theme.colors().scheme == "dark"


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _muted(value: str) -> str:
    return f'<span style="color:{theme.colors().muted}"><i>{html.escape(value)}</i></span>'


def terms_html(terms: AgreementTerms) -> str:
    """One version's terms, field by field, with a quiet line where nothing is written."""
    parts = []
    for name in TERM_FIELDS:
        parts.append(
            f"<h3 style='margin-top:14px; margin-bottom:4px'>{_text(dt(FIELD_LABELS[name]))}</h3>"
        )
        value = getattr(terms, name)
        if not value:
            not_written = translate("AgreementRender", "Not written yet")
            parts.append(f"<p>{_muted(not_written)}</p>")
        elif name in LIST_FIELDS:
            items = "".join(f"<li>{_text(item)}</li>" for item in value)
            parts.append(f"<ul style='margin-top:0'>{items}</ul>")
        elif name == "pause_phrase":
            parts.append(f"<p><b>“{_text(value)}”</b></p>")
        else:
            text = field_text(terms, name)
            parts.append(f"<p>{_text(dt(text) if name in CHOICE_LABELS else text)}</p>")
    return "".join(parts)


def _segments(segments: tuple[Segment, ...]) -> str:
    if not segments:
        return _muted(translate("AgreementRender", "Empty"))
    index = 1 if _dark() else 0
    out = []
    for segment in segments:
        text = _text(segment.text)
        if segment.change == "added":
            out.append(
                f'<span style="background-color:{ADDED_BG[index]}; font-weight:700; '
                f'text-decoration:underline">{text}</span>'
            )
        elif segment.change == "removed":
            out.append(
                f'<span style="background-color:{REMOVED_BG[index]}; '
                f'text-decoration:line-through">{text}</span>'
            )
        else:
            out.append(text)
    return "".join(out)


def _choice_sides(item: FieldComparison) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """A choice compared whole, in the person's language (its words are the core's)."""
    before = "".join(s.text for s in item.old)
    after = "".join(s.text for s in item.new)
    old = (Segment(dt(before), "removed" if item.changed else "same"),) if before else ()
    new = (Segment(dt(after), "added" if item.changed else "same"),) if after else ()
    return old, new


def comparison_html(
    comparisons: list[FieldComparison], left: str, right: str, *, only_changes: bool = False
) -> str:
    """Two versions side by side, field by field; changed fields are marked in words."""
    c = theme.colors()
    changed = translate("AgreementRender", "Changed")
    unchanged = translate("AgreementRender", "unchanged")
    same = translate("AgreementRender", "These two versions say the same.")
    rows = [
        f"<tr><th width='50%' align='left'>{_text(left)}</th>"
        f"<th width='50%' align='left'>{_text(right)}</th></tr>"
    ]
    shown = 0
    for item in comparisons:
        if only_changes and not item.changed:
            continue
        shown += 1
        if item.changed:
            marker = f" <span style='color:{c.warning}'><b>◆ {html.escape(changed)}</b></span>"
        else:
            marker = f" <span style='color:{c.muted}'>{html.escape(unchanged)}</span>"
        rows.append(
            f"<tr><td colspan='2' style='background-color:{c.alternate}; padding-top:8px'>"
            f"<b>{_text(dt(item.label))}</b>{marker}</td></tr>"
        )
        old, new = _choice_sides(item) if item.field in CHOICE_LABELS else (item.old, item.new)
        rows.append(
            f"<tr><td valign='top'>{_segments(old)}</td><td valign='top'>{_segments(new)}</td></tr>"
        )
    if not shown:
        rows.append(f"<tr><td colspan='2'>{_muted(same)}</td></tr>")
    legend = translate(
        "AgreementRender",
        "Added words are bold and underlined; removed words are struck through. "
        "Each field that differs is marked “Changed”.",
    )
    return (
        f"<p style='color:{c.muted}'>{html.escape(legend)}</p>"
        "<table width='100%' cellspacing='0' cellpadding='6' border='0'>"
        + "".join(rows)
        + "</table>"
    )
