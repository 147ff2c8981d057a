"""A help page of the Guides section, as readable text: a title, a summary, paragraphs.

Shown in a read-only text browser that follows no links (the pages have none, and
nothing here points outside the app). On a page whose paragraphs open with a short lead
("Sharing fantasies.", or a question), the leads are bold, so the page can be skimmed.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from hallpass_journal.domain.guides import GuidePage
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.page_parts import link_button

READ_WIDTH = 760
_LEAD = re.compile(r"^(?P<lead>[^.?!]{2,80}[.?!])\s+(?P<rest>.+)$", re.S)
_LEAD_WORDS = 8  # German leads run longer ("Es einsetzen, um ein Zeichen zu setzen.")
_P = ' style="line-height: 135%; margin-bottom: 10px"'  # room between lines and paragraphs


def _lead(paragraph: str) -> tuple[str, str]:
    """A short first sentence (a question, or at most a few words) and the rest."""
    found = _LEAD.match(paragraph)
    if found is None:
        return "", paragraph
    lead = found["lead"]
    if lead.endswith("?") or len(lead.split()) <= _LEAD_WORDS:
        return lead, found["rest"]
    return "", paragraph


def page_html(title: str, summary: str, paragraphs: list[str]) -> str:
    """The page as simple HTML (escaped text, headings and paragraphs only)."""
    parts = [f"<h2>{html.escape(title)}</h2>", f"<p{_P}><i>{html.escape(summary)}</i></p>"]
    leads = [_lead(p) for p in paragraphs]
    # Leads only where they are the page's pattern, not a sentence that happens to be short.
    pattern = 3 * sum(1 for lead, _ in leads if lead) >= 2 * len(leads)
    for paragraph, (lead, rest) in zip(paragraphs, leads, strict=True):
        if lead and pattern:
            parts.append(f"<p{_P}><b>{html.escape(lead)}</b> {html.escape(rest)}</p>")
        else:
            parts.append(f"<p{_P}>{html.escape(paragraph)}</p>")
    return "\n".join(parts)


class HelpPage(QWidget):
    """A Back link and one help page."""

    #: Back to the list.
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = ""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        column = QWidget(self)
        column.setMaximumWidth(READ_WIDTH)  # long lines are tiring to read
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        self.back_button = link_button(self.tr("‹ All guides"), column)
        self.back_button.setAccessibleName(self.tr("Back to all guides"))
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.setContentsMargins(18, 0, 18, 0)  # in line with the page's text
        top.addWidget(self.back_button)
        top.addStretch(1)
        col.addLayout(top)
        self.browser = QTextBrowser(column)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.document().setDocumentMargin(24)
        self.browser.setAccessibleName(self.tr("Help page"))
        self.browser.viewport().setAutoFillBackground(False)
        col.addWidget(self.browser, 1)

    def show_page(self, page: GuidePage) -> None:
        """Show ``page`` from its top."""
        self.page_id = page.id
        self.browser.setHtml(
            page_html(
                dt(page.title),
                dt(page.summary),
                [dt(p) for p in page.paragraphs],
            )
        )
        self.browser.verticalScrollBar().setValue(0)

    def focus_text(self) -> None:
        """Put the keyboard on the page (arrows and Page Down scroll it)."""
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def wipe(self) -> None:
        """Nothing of the journal is shown here, but leave nothing behind either."""
        self.browser.clear()
        self.page_id = ""
