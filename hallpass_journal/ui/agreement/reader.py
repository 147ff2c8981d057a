"""One version's terms, read-only, with a line saying which version it is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from hallpass_journal.domain.agreements import Agreement, AgreementVersion
from hallpass_journal.ui.agreement.compare_dialog import version_label
from hallpass_journal.ui.agreement.render import terms_html
from hallpass_journal.ui.widgets.page_parts import link_button, primary_button, text_label


class TermsReader(QWidget):
    """The terms of the version being read; links to the newest one, Compare and Save."""

    newest_requested = Signal()
    compare_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 8, 0)
        col.setSpacing(6)
        row = QHBoxLayout()
        self.version_line = text_label("", self, role="muted")
        self.version_line.setAccessibleName(self.tr("Version shown"))
        self.newest_button = link_button(self.tr("Show the newest version"), self)
        self.newest_button.clicked.connect(self.newest_requested)
        self.compare_link = link_button(self.tr("Compare versions…"), self)
        self.compare_link.setAccessibleName(self.tr("Compare two versions"))
        self.compare_link.clicked.connect(self.compare_requested)
        self.save_link = link_button(self.tr("Save to read together…"), self)
        self.save_link.setAccessibleName(self.tr("Save this version as a PDF or HTML file"))
        self.save_link.clicked.connect(self.save_requested)
        # The line (with its change note) has the width to itself; the links go under
        # it, so longer words (German) never squeeze it into a narrow column.
        col.addWidget(self.version_line)
        row.setSpacing(12)
        row.addWidget(self.newest_button)
        row.addWidget(self.compare_link)
        row.addWidget(self.save_link)
        row.addStretch(1)
        col.addLayout(row)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("The terms of the agreement"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(12)
        col.addWidget(self.browser, 1)

    def show_version(self, agreement: Agreement, version: AgreementVersion) -> None:
        """Show ``version`` of ``agreement``, keeping the place read when it is the same."""
        newest = version is agreement.current
        line = version_label(version)
        if newest and len(agreement.versions) > 1:
            line = self.tr("{version} (the newest)").format(version=line)
        elif not newest:
            line = self.tr("{version}: an earlier version").format(version=line)
        if version.change_note:
            line += " · " + version.change_note
        self.version_line.setText(line)
        self.newest_button.setVisible(not newest)
        self.compare_link.setVisible(len(agreement.versions) > 1)
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(terms_html(version.terms))
        self.browser.verticalScrollBar().setValue(scroll)

    def clear(self) -> None:
        """Show nothing (the journal is being locked)."""
        self.browser.clear()
        self.version_line.clear()


class NoAgreementPage(QWidget):
    """What the section shows before any agreement exists, with Start (connect it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 8, 16, 8)
        col.setSpacing(12)
        card = QFrame(self)
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.setContentsMargins(22, 18, 22, 18)
        box.setSpacing(12)
        heading = QLabel(self.tr("No agreement written down yet"), card)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(font.Weight.DemiBold)
        heading.setFont(font)
        heading.setWordWrap(True)
        box.addWidget(heading)
        box.addWidget(
            text_label(
                self.tr(
                    "An agreement is where the two of you put into words what you have "
                    "decided together: what is okay and what is not, what you will tell "
                    "each other, how you will check in, and the words either of you can say "
                    "to pause. It can change as you talk; every version is kept."
                ),
                card,
            )
        )
        box.addWidget(
            text_label(
                self.tr(
                    "Writing one down decides nothing by itself. It is a place to be clear "
                    "with each other, whatever you choose."
                ),
                card,
                role="muted",
            )
        )
        self.start_button = primary_button(self.tr("Start an agreement"), card)
        self.start_button.setAccessibleName(self.tr("Start an agreement"))
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        box.addLayout(row)
        col.addWidget(card)
        col.addStretch(1)
