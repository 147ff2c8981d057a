"""The front page of the Guides section: every guided entry, the hurt partner's path, help.

A calm table of contents: each guided entry's title (a link to start it) with its
one-line purpose, and a quiet note of where it stands (a draft waiting, items ticked,
a step written). The five steps for the partner who feels hurt are grouped under their
own heading and introduction; the help pages follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.guides import GUIDE_PAGES, PATH_INTRO
from hallpass_journal.domain.templates import Template
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.guided.parts import heading
from hallpass_journal.ui.widgets.page_parts import link_button, text_label, title_label

PAGE_WIDTH = 820


@dataclass(frozen=True)
class RowStatus:
    """Where one guided entry stands, in a few quiet words ("" for nothing to say)."""

    template_id: str
    text: str


class _Row(QWidget):
    """A link (the title), a quiet status beside it, the one-line purpose below."""

    def __init__(self, title: str, purpose: str, parent: QWidget) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.link: QPushButton = link_button(title, self)
        font = self.link.font()
        font.setWeight(font.Weight.DemiBold)
        self.link.setFont(font)
        self.link.setAccessibleDescription(purpose)
        top.addWidget(self.link)
        self.status = text_label("", self, role="muted")
        self.status.setWordWrap(False)
        top.addWidget(self.status)
        top.addStretch(1)
        col.addLayout(top)
        self.purpose = text_label(purpose, self, role="muted")
        self.purpose.setContentsMargins(6, 0, 0, 0)  # in line with the link's text
        col.addWidget(self.purpose)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.link.setAccessibleName(f"{self.link.text()} ({text})" if text else self.link.text())


class GuideList(QWidget):
    """Every guided entry listed, grouped, and the help pages."""

    #: A guided entry was chosen (its template id).
    template_chosen = Signal(str)
    #: A help page was chosen (its id).
    page_chosen = Signal(str)

    def __init__(self, templates: list[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, _Row] = {}
        self.page_rows: dict[str, _Row] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
        outer.addWidget(scroll)
        host = QWidget(scroll)
        scroll.setWidget(host)
        centre = QHBoxLayout(host)
        page = QWidget(host)
        page.setMaximumWidth(PAGE_WIDTH)
        centre.addStretch(1)
        centre.addWidget(page, 100)
        centre.addStretch(1)
        col = QVBoxLayout(page)
        col.setContentsMargins(24, 20, 24, 28)
        col.setSpacing(10)

        title = title_label(self.tr("Guides"), page, scale=1.6)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        col.addWidget(title)
        col.addWidget(
            text_label(
                self.tr(
                    "Guided entries walk you through a moment one question at a time. "
                    "Answer as much or as little as feels right; what you write is kept "
                    "as you go, and you can come back to any of them."
                ),
                page,
            )
        )
        path = [t for t in templates if t.kind is EntryKind.HURT_STEP]
        others = [t for t in templates if t.kind is not EntryKind.HURT_STEP]
        self._section(page, col, self.tr("Guided entries"))
        for template in others:
            self._template_row(template, page, col)
        if path:
            self._section(page, col, self.tr("If you feel hurt"))
            col.addWidget(text_label(dt(PATH_INTRO), page, role="muted"))
            for template in path:
                self._template_row(template, page, col)
        self._section(page, col, self.tr("To read"))
        for guide in GUIDE_PAGES:
            row = _Row(dt(guide.title), dt(guide.summary), page)
            row.link.clicked.connect(lambda _=False, pid=guide.id: self.page_chosen.emit(pid))
            self.page_rows[guide.id] = row
            col.addWidget(row)
        col.addStretch(1)

    def _section(self, page: QWidget, col: QVBoxLayout, text: str) -> QLabel:
        label = heading(text, page, scale=1.18)
        label.setContentsMargins(0, 14, 0, 2)
        col.addWidget(label)
        return label

    def _template_row(self, template: Template, page: QWidget, col: QVBoxLayout) -> None:
        row = _Row(dt(template.title), dt(template.purpose), page)
        row.link.clicked.connect(lambda _=False, tid=template.id: self.template_chosen.emit(tid))
        self.rows[template.id] = row
        col.addWidget(row)

    def set_statuses(self, statuses: list[RowStatus]) -> None:
        """Show where each guided entry stands (those not named: nothing)."""
        texts = {s.template_id: s.text for s in statuses}
        for template_id, row in self.rows.items():
            row.set_status(texts.get(template_id, ""))

    def first_link(self) -> QPushButton | None:
        """The first guided entry's link (where the keyboard starts)."""
        return next((row.link for row in self.rows.values()), None)
