"""A printable agreement, for a couple to read together: any version, as PDF or HTML.

The terms are laid out field by field (each one, with "Not written yet" where nothing
is), then the consent record (every status change with its day and note, and the
partner's name as the journal knows it), then every version with what changed, and,
when asked, this version compared word by word with another. It ends with a place to
write the day it was read together. The same markup and stylesheets as the therapist
export (:mod:`~hallpass_journal.reports.html`), the same PDF machinery.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date
from pathlib import Path

from hallpass_journal.domain.errors import AlreadyExists
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.reports.agreement_model import AgreementPart, agreement_part
from hallpass_journal.reports.html import (
    NEW_PAGE,
    Flavour,
    bidi,
    change_html,
    consent_html,
    esc,
    page_html,
    terms_html,
    versions_html,
)
from hallpass_journal.reports.words import (
    APP_NAME,
    CHANGES_KEY,
    UNENCRYPTED_NOTE,
    day_text,
    tr,
    translate,
)
from hallpass_journal.services.agreements import UnknownAgreement
from hallpass_journal.services.export_json import write_atomically
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.fsutil import same_file_family
from hallpass_journal.storage.targets import check_output_target

#: The formats a printable agreement comes in.
AGREEMENT_FORMATS = ("pdf", "html")


def agreement_heading(part: AgreementPart) -> str:
    """The document's title: "Our agreement, version 3"."""
    return translate("Report", "{title}, version {number}").format(
        title=part.title, number=part.version
    )


def _muted(text: str) -> str:
    return f'<p class="muted">{esc(text)}</p>'


def comparison_html(part: AgreementPart) -> str:
    """The shown version beside another: changed fields word by word, the rest named."""
    comparison = part.comparison
    if comparison is None:
        return ""
    heading = translate("Report", "What changed from version {old} to version {new}").format(
        old=comparison.old_number, new=comparison.new_number
    )
    out = [f'<h3 class="part"{NEW_PAGE}>{esc(heading)}</h3>']
    out.append(_muted(tr(CHANGES_KEY)))
    if comparison.changes:
        out += [change_html(change) for change in comparison.changes]
    else:
        out.append(_muted(translate("Report", "The two versions say the same.")))
    if comparison.unchanged:
        stayed = "; ".join(comparison.unchanged)
        out.append(_muted(translate("Report", "Unchanged: {fields}.").format(fields=stayed)))
    return "\n".join(out)


def signature_html() -> str:
    """Room to write down the day it was read together, and both initials."""
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Read together on"),
            translate("Report", "Initials"),
            translate("Report", "Initials"),
        )
    )
    blank = "<td>&nbsp;<br>&nbsp;</td>"
    return (
        f'<table class="grid signature" cellspacing="0" cellpadding="6" width="100%">'
        f"<tr>{head}</tr><tr>{blank * 3}</tr></table>"
    )


def agreement_html(part: AgreementPart, *, today: date, flavour: Flavour = "web") -> str:
    """The printable agreement as a whole HTML document."""
    newest = "" if part.newest else " " + translate("Report", "(an earlier version)")
    status = translate(
        "Report", "{status}. This is version {number}, written on {day}{newest}."
    ).format(
        status=part.status_line, number=part.version, day=day_text(part.version_day), newest=newest
    )
    intro = translate(
        "Report",
        "For the two of you to read together, slowly. Either of you can stop at any point "
        "and say what you need; nothing here has to be settled today.",
    )
    made = translate("Report", "Printed from {app} on {day}.").format(
        app=APP_NAME, day=day_text(today)
    )
    agree = translate("Report", "What we agree")
    together = translate("Report", "Read together")
    unencrypted = tr(UNENCRYPTED_NOTE)
    body = [
        f'<p class="app">{esc(APP_NAME)}</p>',
        f"<h1{bidi(part.title)}>{esc(agreement_heading(part))}</h1>",
        f'<p class="meta">{esc(status)}</p>',
        f'<p class="chosen">{esc(intro)}</p>',
        f"<h2>{esc(agree)}</h2>",
        terms_html(part, show_empty=True),
        consent_html(part),
        versions_html(part),
        comparison_html(part),
        f"<h3>{esc(together)}</h3>",
        signature_html(),
        f'<p class="note">{esc(made)} {esc(unencrypted)}</p>',
    ]
    return page_html(agreement_heading(part), "\n".join(body), flavour)


def agreement_bytes(part: AgreementPart, *, today: date, fmt: str = "pdf") -> bytes:
    """The printable agreement as PDF or HTML file bytes."""
    if fmt == "html":
        return agreement_html(part, today=today).encode("utf-8")
    if fmt != "pdf":
        raise ValueError(f"unknown agreement format {fmt!r}; use 'pdf' or 'html'")
    from hallpass_journal.reports.gui import ensure_gui_app
    from hallpass_journal.reports.pdf import RunningText, html_to_pdf

    ensure_gui_app()
    heading = agreement_heading(part)
    return html_to_pdf(
        agreement_html(part, today=today, flavour="qt"),
        title=heading,
        running=RunningText(heading, part.status_line, cover=False),
    )


def write_agreement(
    journal: Journal,
    agreement_uuid: uuid_mod.UUID,
    out: Path,
    *,
    version: int | None = None,
    compare_with: int | None = None,
    fmt: str = "pdf",
    today: date | None = None,
) -> None:
    """Write a printable agreement to ``out`` (atomically, owner-only; not encrypted).

    Args:
        journal: An unlocked journal.
        agreement_uuid: Which agreement.
        out: The file to write (never the journal itself, nor another journal).
        version: The version to print; the newest by default.
        compare_with: Another version to compare it with, word by word.
        fmt: ``"pdf"`` or ``"html"``.
        today: The day it is printed (said at the foot); today by default.

    Raises:
        UnknownAgreement: The journal has no such agreement.
        ValueError: A version the agreement does not have, or an unknown format.
    """
    if fmt not in AGREEMENT_FORMATS:
        raise ValueError(f"unknown agreement format {fmt!r}; use 'pdf' or 'html'")
    agreement = journal.agreements.get(agreement_uuid)
    if agreement is None:
        raise UnknownAgreement(f"no agreement {agreement_uuid}")
    name = str(journal.settings.get(PARTNER_NAME, "") or "")
    part = agreement_part(
        agreement,
        journal.evaluation.zone,
        partner_name=name,
        version=version,
        compare_with=compare_with,
    )
    out = Path(out)
    if same_file_family(out, journal.path):
        raise AlreadyExists("An export cannot be written over the journal itself.")
    check_output_target(out, source=journal.path)
    write_atomically(out, agreement_bytes(part, today=today or date.today(), fmt=fmt))
