"""The Agreement section: the terms you wrote down together, where they stand, their past.

The current agreement is shown with its status (and the day it began), the moves open to
it now, its terms, and beside them the status history, the numbered versions and the key
moments. Every change goes through ``journal.agreements``, which writes the agreement and
a dated journal entry together. Writing terms always makes a new version; earlier ones
stay as they were. The lifecycle flows (consent, pause, resume, end) live in
:class:`~hallpass_journal.ui.agreement.flows.AgreementFlows`.
"""

from __future__ import annotations

import uuid as uuid_mod

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.agreements import (
    STATUS_LABELS,
    Agreement,
    AgreementStatus,
    AgreementTerms,
    AgreementVersion,
    InvalidTransition,
    current_agreement,
    refusal_reason,
)
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.agreement import lifecycle
from hallpass_journal.ui.agreement.autosave import EditorAutosave
from hallpass_journal.ui.agreement.compare_dialog import CompareDialog
from hallpass_journal.ui.agreement.events_panel import KeyEventsPanel
from hallpass_journal.ui.agreement.flows import AgreementFlows
from hallpass_journal.ui.agreement.reader import NoAgreementPage, TermsReader
from hallpass_journal.ui.agreement.terms_editor import TermsEditor
from hallpass_journal.ui.agreement.versions import HistoryPanel, VersionsPanel
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.page_parts import (
    link_button,
    set_role,
    text_label,
)
from hallpass_journal.ui.windows.sections import (
    AGREEMENT_END,
    AGREEMENT_PAUSE,
    AGREEMENT_RENEGOTIATE,
    AGREEMENT_SHOW,
)

#: From this width the terms and the side panel sit side by side.
WIDE = 820
DEFAULT_TITLE = str(QT_TRANSLATE_NOOP("AgreementView", "Our agreement"))


class AgreementView(JournalView):
    """One agreement at a time (a picker when there are several), its past and moments."""

    section_id = "agreement"
    watches = frozenset({Area.AGREEMENTS, Area.EVENTS})

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.agreements: list[Agreement] = []
        self.agreement: Agreement | None = None
        #: The version being read (None: the newest).
        self.shown_version: int | None = None
        #: What the editor is writing: None for a new agreement, else the agreement's UUID.
        self.editing: uuid_mod.UUID | None = None
        self.flows = AgreementFlows(self)
        self._build()
        self.drafts = EditorAutosave(self)
        self.refresh()
        self.drafts.restore()  # unsaved words from before the lock, in the same editor

    @property
    def dialog(self) -> QDialog | None:
        """The dialog this view has open now, if any."""
        return self.flows.dialog

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        main = QWidget(self.pages)
        self.pages.addWidget(main)
        self.editor = TermsEditor(self.pages)
        self.editor.save_requested.connect(self.save_editor)
        self.editor.cancel_requested.connect(self.cancel_editor)
        self.pages.addWidget(self.editor)

        col = QVBoxLayout(main)
        col.setContentsMargins(24, 18, 24, 16)
        col.setSpacing(10)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.title_label = QLabel(self.tr("Agreement"), main)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        self.picker = QComboBox(main)
        self.picker.setAccessibleName(self.tr("Which agreement to show"))
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(16)
        self.picker.setMaximumWidth(320)  # the title beside it keeps its room
        self.picker.currentIndexChanged.connect(self._on_picked)
        self.new_button = link_button(self.tr("New agreement…"), main)
        self.new_button.setAccessibleName(self.tr("Start a new agreement"))
        self.new_button.clicked.connect(self.start_new)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.picker, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)
        col.addLayout(head)
        self.lifecycle = lifecycle.LifecycleBar(main)
        self.lifecycle.requested.connect(self.flows.request)
        col.addWidget(self.lifecycle)
        self.message = text_label("", main, role="error")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        col.addWidget(self.message)

        self.split = QSplitter(Qt.Orientation.Horizontal, main)
        self.split.setChildrenCollapsible(False)
        col.addWidget(self.split, 1)
        self.left = QStackedWidget(self.split)
        self.left.addWidget(self._build_empty())
        self.left.addWidget(self._build_reader())
        self.tabs = QTabWidget(self.split)
        self.tabs.setAccessibleName(self.tr("History, versions and key moments"))
        self.history_panel = HistoryPanel(self.tabs)
        self.versions_panel = VersionsPanel(self.tabs)
        self.versions_panel.version_chosen.connect(self.show_version)
        self.versions_panel.compare_requested.connect(self.compare)
        self.events_panel = KeyEventsPanel(self.journal, self.tabs)
        self.events_panel.problem.connect(self.show_problem)
        self.events_panel.days_saved.connect(self.refresh)
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.tabs.addTab(self.versions_panel, self.tr("Versions"))
        self.tabs.addTab(self.events_panel, self.tr("Key moments"))
        self.split.addWidget(self.left)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

    def _build_empty(self) -> QWidget:
        page = NoAgreementPage(self.left)
        self.start_button = page.start_button
        self.start_button.clicked.connect(self.start_new)
        self.empty_page = page
        return page

    def _build_reader(self) -> QWidget:
        self.reader_page = TermsReader(self.left)
        self.reader_page.newest_requested.connect(lambda: self.show_version(None))
        self.reader_page.compare_requested.connect(self.compare)
        self.reader_page.save_requested.connect(self.save_to_read)
        # Short names for what tests and the window look at.
        self.reader = self.reader_page.browser
        self.version_line = self.reader_page.version_line
        self.newest_button = self.reader_page.newest_button
        self.compare_link = self.reader_page.compare_link
        return self.reader_page

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Terms and side panel side by side when wide enough, stacked otherwise."""
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Rich text follows a theme change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "reader"):
            self._show_terms()

    # -- what is shown ---------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the agreements and show the chosen one (or the newest in use)."""
        try:
            self.agreements = self.journal.agreements.list()
        except VaultError as exc:
            self.show_problem(exc.text)
            return
        chosen = self.agreement.uuid if self.agreement else None
        found = next((a for a in self.agreements if a.uuid == chosen), None)
        self._show(found or self.default_agreement())
        self.events_panel.refresh()

    def default_agreement(self) -> Agreement | None:
        """The current agreement: the one most in use (as on Home and in a debrief)."""
        return current_agreement(self.agreements)

    def select(self, argument: str) -> Agreement | None:
        """Show the agreement with this UUID ("": the current one); None if unknown."""
        self.refresh()
        if not argument:
            return self.agreement
        try:
            wanted = uuid_mod.UUID(argument)
        except ValueError:
            return None
        found = next((a for a in self.agreements if a.uuid == wanted), None)
        if found is not None and found is not self.agreement:
            self._show(found)
        return found

    def _show(self, agreement: Agreement | None) -> None:
        if self.agreement is None or agreement is None or agreement.uuid != self.agreement.uuid:
            self.shown_version = None
        history = self.tabs.indexOf(self.history_panel)
        first = agreement is not None and not self.tabs.isTabVisible(history)
        self.agreement = agreement
        self._fill_picker()
        has = agreement is not None
        self.lifecycle.setVisible(has)
        self.left.setCurrentWidget(self.reader_page if has else self.empty_page)
        self.tabs.setTabVisible(history, has)
        self.tabs.setTabVisible(self.tabs.indexOf(self.versions_panel), has)
        if first:
            self.tabs.setCurrentWidget(self.history_panel)  # a first agreement: its history
        self.new_button.setVisible(has)
        self.events_panel.show_agreement(agreement)
        if agreement is None:
            self.title_label.setText(self.tr("Agreement"))
            self.tabs.setCurrentWidget(self.events_panel)
            return
        self.title_label.setText(agreement.title or self.tr(DEFAULT_TITLE))
        self.lifecycle.show_agreement(agreement)
        self.history_panel.show_agreement(agreement)
        self._show_terms()

    def _fill_picker(self) -> None:
        self.picker.blockSignals(True)
        try:
            self.picker.clear()
            for agreement in reversed(self.agreements):
                text = agreement.title or self.tr(DEFAULT_TITLE)
                if agreement.status == AgreementStatus.ENDED:
                    text = self.tr("{title} (ended)").format(title=text)
                else:
                    text = f"{text} · {dt(STATUS_LABELS[agreement.status])}"
                self.picker.addItem(text, str(agreement.uuid))
            if self.agreement is not None:
                self.picker.setCurrentIndex(self.picker.findData(str(self.agreement.uuid)))
        finally:
            self.picker.blockSignals(False)
        self.picker.setVisible(len(self.agreements) > 1)
        self.picker.setToolTip(self.picker.currentText())

    def _on_picked(self, index: int) -> None:
        if index >= 0:
            self.select(self.picker.itemData(index))

    def version(self) -> AgreementVersion | None:
        """The version being read."""
        if self.agreement is None:
            return None
        wanted = self.shown_version
        found = next((v for v in self.agreement.versions if v.number == wanted), None)
        return found or self.agreement.current

    def show_version(self, number: int | None) -> None:
        """Read one version (None: the newest)."""
        self.shown_version = number
        self._show_terms()

    def _show_terms(self) -> None:
        agreement, version = self.agreement, self.version()
        if agreement is None or version is None:
            self.reader.clear()
            return
        self.reader_page.show_version(agreement, version)
        self.versions_panel.show_agreement(agreement, version.number)

    def show_problem(self, text: str) -> None:
        """A problem under the status line ("" hides it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            set_role(self.message, "error")
            self.save_state.emit(text)

    def compare(self) -> CompareDialog | None:
        """Open the comparison of the newest version with the one before it."""
        if self.agreement is None or len(self.agreement.versions) < 2:
            return None
        dialog = CompareDialog(self.agreement, self)
        self.flows.open_dialog(dialog)
        return dialog

    def save_to_read(self) -> QDialog | None:
        """Save the version shown, as PDF or HTML, to read together."""
        from hallpass_journal.ui.agreement.print_dialog import save_agreement

        if self.agreement is None:
            return None
        shown = self.version()
        return save_agreement(self, self.journal, self.agreement, shown.number if shown else None)

    # -- writing terms ---------------------------------------------------------------

    def start_new(self) -> None:
        """Open the editor for a new agreement (a draft, version 1)."""
        self.editing = None
        self.editor.start(
            self.tr("Start an agreement"),
            self.tr(
                "Write it together, in your own words. Nothing here is final: it stays a "
                "draft until you both say you agree, and you can change it at any time."
            ),
            AgreementTerms(),
            ask_title=True,
            ask_change_note=False,
            save_label=self.tr("Save the draft"),
        )
        self.drafts.begin(None)
        self.pages.setCurrentWidget(self.editor)

    def start_version(self, agreement: Agreement) -> None:
        """Open the editor prefilled from the newest version, the change note focused."""
        current = agreement.current
        number = current.number if current else 0
        draft = agreement.status == AgreementStatus.DRAFT
        self.editing = agreement.uuid
        heading = self.tr("Edit the draft: {title}") if draft else self.tr("Renegotiate: {title}")
        self.editor.start(
            heading.format(title=agreement.title or self.tr(DEFAULT_TITLE)),
            self.tr(
                "Saving adds version {new}; version {old} stays exactly as it was, so you "
                "can always look back and compare."
            ).format(new=number + 1, old=number),
            current.terms if current else AgreementTerms(),
            ask_title=False,
            ask_change_note=True,
            save_label=self.tr("Save as version {number}").format(number=number + 1),
        )
        self.drafts.begin(agreement.uuid)
        self.pages.setCurrentWidget(self.editor)

    def save_editor(self) -> bool:
        """Save what the editor holds: a new agreement, or a new version of one."""
        terms = self.editor.terms()
        try:
            if self.editing is not None:
                agreement = self.journal.agreements.get(self.editing)
                if agreement is None:
                    self.editor.show_status(self.tr("This agreement is no longer here."))
                    return False
                current = agreement.current
                if current is not None and current.terms == terms:
                    self.editor.show_status(
                        self.tr("Nothing in the terms has changed yet, so there is no new version.")
                    )
                    return False
            with self.journal.bulk():  # the version and the end of its draft, together
                if self.editing is None:
                    title = self.editor.title() or self.tr(DEFAULT_TITLE)
                    outcome = self.journal.agreements.create(title, terms)
                else:
                    outcome = self.journal.agreements.new_version(
                        self.editing, terms, self.editor.note()
                    )
                self.drafts.delete_draft()
        except InvalidTransition as exc:  # it ended meanwhile: the words stay in the editor
            self.editor.show_status(dt(str(exc)))  # the core's words
            return False
        except VaultError as exc:
            self.editor.show_status(exc.text)
            return False
        self.drafts.stop()
        self.editor.clear()
        self.pages.setCurrentIndex(0)
        self.agreement = outcome.agreement
        self.shown_version = None
        self.refresh()
        self.save_state.emit(self.tr("Saved"))
        return True

    def cancel_editor(self) -> bool:
        """Leave the editor; unsaved words (and their draft) go only after asking once."""
        if not self.drafts.discard():
            return False
        self.editor.clear()
        self.pages.setCurrentIndex(0)
        return True

    def editing_open(self) -> bool:
        """Whether the editor is showing."""
        return self.pages.currentWidget() is self.editor

    # -- JournalView -----------------------------------------------------------------

    def handle_action(self, action: str, argument: str) -> bool:
        """Carry out an agreement action routed here from another section."""
        if action not in (AGREEMENT_SHOW, AGREEMENT_RENEGOTIATE, AGREEMENT_END, AGREEMENT_PAUSE):
            return False
        agreement = self.select(argument)
        if agreement is None:
            if argument:
                self.show_problem(self.tr("That agreement is no longer in this journal."))
            return action == AGREEMENT_SHOW
        if action == AGREEMENT_PAUSE:
            return self.flows.pause() is not None
        held = self.editing_open() and self.editor.dirty  # unsaved words stay where they are
        if action == AGREEMENT_END:  # ending leaves the editor (and its draft) untouched
            if not held:
                self.pages.setCurrentIndex(0)
            return self.flows.end()
        if action == AGREEMENT_RENEGOTIATE and agreement.status == AgreementStatus.ENDED:
            self.flows.refuse(dt(refusal_reason(agreement.status, AgreementStatus.DRAFT)))
            return False
        if held:
            if action == AGREEMENT_RENEGOTIATE and self.editing != agreement.uuid:
                self.flows.say_edit_is_open()
            return True
        self.pages.setCurrentIndex(0)
        if action == AGREEMENT_RENEGOTIATE:
            self.start_version(agreement)
        return True

    def flush(self) -> None:
        """Keep the editor's unsaved words as a draft now; raises the VaultError if not."""
        self.drafts.flush()

    def wipe(self) -> None:
        """Forget the agreements shown here (the journal is being locked)."""
        self.drafts.stop()
        self.flows.close_dialog()
        self.editor.clear()
        self.pages.setCurrentIndex(0)
        self.reader_page.clear()
        self.history_panel.list.clear()
        self.versions_panel.list.clear()
        self.events_panel.clear()
        self.picker.clear()
        self.agreements = []
        self.agreement = None
