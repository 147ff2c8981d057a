"""Home: a calm greeting, a quick feelings check-in, what is due, and the latest entries.

The check-in saves in two clicks (an emotion, then Save). Until it is saved, what was
chosen and written is kept as a draft inside the encrypted journal, so locking or a
crash does not lose it.

Beside it (below it in a narrow window) Home gathers what needs a moment: check-ins
that are due, the current agreement (with Pause while it is active), the progress of
guides that have been started, the questions for the next session (and how many
entries are marked to bring), and the latest entries. Each card appears only when it
applies (see :mod:`hallpass_journal.ui.widgets.home_cards`). Right after a check-in with
a strong painful feeling Home offers a one-minute grounding card, and while recent
check-ins stay heavy a calm note to consider support (each goes with one click).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.drafts import CHECK_IN_DRAFT, CheckInDraft
from hallpass_journal.domain.entries import EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.support import grounding_offer
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.care_cards import GroundingCard, SupportCard
from hallpass_journal.ui.widgets.emotion_picker import EmotionPicker, emotion_label
from hallpass_journal.ui.widgets.home_agreement import AgreementCard
from hallpass_journal.ui.widgets.home_cards import DueCheckInsCard, HomeCard, QuietLinks
from hallpass_journal.ui.widgets.home_layout import HomeColumns, scrolling_page
from hallpass_journal.ui.widgets.home_progress import ProgressCard
from hallpass_journal.ui.widgets.home_recent import RecentEntries
from hallpass_journal.ui.widgets.page_parts import link_button, private_checkbox
from hallpass_journal.ui.widgets.session_card import SessionCard
from hallpass_journal.ui.windows.sections import AGREEMENT_SHOW

DRAFT_KEY = CHECK_IN_DRAFT
DRAFT_MS = 2000
RECENT = 5
GUIDES_SECTION = "guides"


class HomeView(JournalView):
    """The first thing seen after unlocking."""

    section_id = "home"
    watches = frozenset(
        {Area.ENTRIES, Area.CHECK_INS, Area.AGREEMENTS, Area.SETTINGS, Area.SESSION}
    )
    #: A check-in was saved (the Entry).
    saved = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self._loading = False
        self._draft_dirty = False  # the form changed since the draft was last stored
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self._build()
        self._restore_draft()
        self.refresh()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        self._scroll, page, col = scrolling_page(self)
        head = QHBoxLayout()
        self.greeting = QLabel(page)
        self.greeting.setObjectName("pageTitle")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.greeting.setFont(font)
        # Stacked, the due check-ins sit below the fold: a quiet pointer to them.
        self.due_hint = link_button("", page)
        self.due_hint.clicked.connect(self._show_due)
        head.addWidget(self.greeting, 1)
        head.addWidget(self.due_hint, 0, Qt.AlignmentFlag.AlignBottom)
        col.addLayout(head)
        intro = QLabel(
            self.tr(
                "How are you feeling right now? There are no right or wrong answers; "
                "naming what is here is enough."
            ),
            page,
        )
        intro.setWordWrap(True)
        col.addWidget(intro)

        # The check-in (and care) beside the other cards when there is room, else stacked.
        self._columns = HomeColumns(page)
        col.addLayout(self._columns)
        col.addStretch(1)
        left, left_box = self._columns.left, self._columns.left_box
        right, right_box = self._columns.right, self._columns.right_box
        left_box.addWidget(self._build_check_in(left))
        self.grounding = GroundingCard(left)
        self.support = SupportCard(self.journal, left)
        self.due = DueCheckInsCard(self.journal, right)
        self.agreement = AgreementCard(self.journal, right)
        self.progress = ProgressCard(self.journal, right)
        self.session = SessionCard(self.journal, right)
        self.session.open_entry.connect(self.open_entry_requested)
        #: Every card, in reading (and Tab) order.
        self.cards: list[HomeCard] = [self.grounding, self.support, self.due]
        self.cards += [self.agreement, self.session, self.progress]
        for card in self.cards:
            card.action_requested.connect(self.action_requested)
            card.problem.connect(self.save_state)
        left_box.addWidget(self.grounding)
        left_box.addWidget(self.support)
        for card in (self.due, self.agreement, self.session, self.progress):
            right_box.addWidget(card)
        self.grounding.dismissed.connect(self._care_dismissed)
        self.due.focus_released.connect(self._focus_form)
        self.support.dismissed.connect(self._care_dismissed)
        self.links = QuietLinks(right)  # while there is no agreement, or no guide started
        self.start_agreement_button = self.links.start_agreement_button
        self.guides_button = self.links.guides_button
        self.links.start_agreement_button.clicked.connect(
            lambda: self.action_requested.emit(AGREEMENT_SHOW, "")
        )
        self.links.guides_button.clicked.connect(lambda: self.navigate.emit(GUIDES_SECTION))
        self.recent = RecentEntries(right)
        self.recent.open_entry.connect(self.open_entry_requested)
        self.recent.open_journal.connect(lambda: self.navigate.emit("journal"))
        right_box.addWidget(self.recent)
        right_box.addWidget(self.links)  # last: a way in, never a nudge
        self.recent_list, self.recent_empty = self.recent.list, self.recent.empty
        self.all_button = self.recent.all_button
        left_box.addStretch(1)
        right_box.addStretch(1)

    def _build_check_in(self, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(self.tr("Quick check-in"))
        card_box = QVBoxLayout(card)
        card_box.setContentsMargins(16, 14, 16, 14)
        card_box.setSpacing(10)
        self.picker = EmotionPicker(card)
        self.picker.changed.connect(self._on_changed)
        card_box.addWidget(self.picker)
        note_label = QLabel(self.tr("A short note (optional)"), card)
        font = note_label.font()
        font.setBold(True)
        note_label.setFont(font)
        self.note_edit = QPlainTextEdit(card)
        self.note_edit.setAccessibleName(self.tr("A short note"))
        self.note_edit.setPlaceholderText(
            self.tr("What happened, or anything you want to remember.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 16)
        self.note_edit.textChanged.connect(self._on_changed)
        note_label.setBuddy(self.note_edit)
        card_box.addWidget(note_label)
        card_box.addWidget(self.note_edit)

        actions = QHBoxLayout()
        self.private_check = private_checkbox(card)
        self.private_check.toggled.connect(self._on_changed)
        self.status_label = QLabel(card)
        self.status_label.setAccessibleName(self.tr("Check-in status"))
        self.status_label.setProperty("role", "muted")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.save_button = QPushButton(self.tr("Save check-in"), card)
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_check_in)
        actions.addWidget(self.private_check)
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.save_button)
        card_box.addLayout(actions)
        return card

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Side by side when wide enough, stacked otherwise."""
        super().resizeEvent(event)
        if self._columns.fit(event.size().width()):
            self._update_due_hint()

    def _update_due_hint(self) -> None:
        due = len(self.due.rows)
        text = self.tr("A check-in is due") if due == 1 else self.tr("{n} check-ins are due")
        self.due_hint.setText(text.format(n=due))
        self.due_hint.setAccessibleName(self.tr("{text}: show it").format(text=text.format(n=due)))
        self.due_hint.setVisible(due > 0 and not self._columns.side_by_side)

    def _show_due(self) -> None:
        rows = list(self.due.rows.values())
        if rows:
            self._scroll.ensureWidgetVisible(self.due)
            rows[0].start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the check-in ----------------------------------------------------------------

    def _is_blank(self) -> bool:
        return self.picker.is_blank() and not self.note_edit.toPlainText().strip()

    def _on_changed(self) -> None:
        if self._loading:
            return
        self.save_button.setEnabled(not self._is_blank())
        self.status_label.clear()
        self._draft_dirty = True
        self._draft_timer.start()

    def _draft_payload(self) -> dict[str, Any]:
        return {
            "emotions": [[name, value] for name, value in self.picker.chosen_emotions()],
            "mood": self.picker.mood(),
            "needs": self.picker.needs(),
            "telling_me": self.picker.telling_me_text(),
            "note": self.note_edit.toPlainText(),
            "private": self.private_check.isChecked(),
        }

    def _save_draft(self) -> VaultError | None:
        self._draft_timer.stop()
        try:
            if self._is_blank():
                self.journal.drafts.delete(DRAFT_KEY)
            else:
                self.journal.drafts.put(DRAFT_KEY, self._draft_payload())
        except VaultError as exc:
            self._show_status(exc.text)
            return exc  # still dirty: flush() tries again and reports it
        self._draft_dirty = False
        return None

    def _restore_draft(self) -> None:
        # The service hands back only a draft that fits its schema (names from the
        # vocabulary, intensities 0-10, text as text); any other is set aside with a
        # note on journal.notes, and the form simply starts fresh.
        try:
            draft = self.journal.drafts.read(DRAFT_KEY)
        except VaultError:
            draft = None
        if not isinstance(draft, CheckInDraft):
            return
        self._loading = True
        try:
            self.picker.set_emotions(
                [
                    EmotionRating(name=name, intensity=value)
                    for name, value in draft.emotions
                    if value is not None
                ],
                unrated=[name for name, value in draft.emotions if value is None],
            )
            self.picker.set_mood(draft.mood)
            self.picker.set_needs(list(draft.needs))
            self.picker.set_telling_me(draft.telling_me)
            self.note_edit.setPlainText(draft.note)
            self.private_check.setChecked(draft.private)
        finally:
            self._loading = False
        self.save_button.setEnabled(not self._is_blank())

    def save_check_in(self) -> Entry | None:
        """Store the check-in as a feelings entry; None (problem shown) on failure.

        A feeling chosen without a strength is not guessed at (the journal keeps 0-10
        for each) nor quietly left out: Save asks for it, beside the button, and puts
        the focus on its slider.
        """
        if self._is_blank():
            return None
        unrated = self.picker.unrated()
        if unrated:
            self._show_status(
                self.tr(
                    "One more step: set how strong each feeling is ({names}), then save."
                ).format(names=", ".join(emotion_label(name) for name in unrated)),
                emit=False,
            )
            self.picker.focus_unrated()
            return None
        emotions = self.picker.emotions()
        had_focus = self.save_button.hasFocus()
        entry = Entry.new(
            EntryKind.FEELINGS,
            title=", ".join(emotion_label(e.name) for e in emotions[:3]),
            body=self.note_edit.toPlainText().strip(),
            mood=self.picker.mood(),
            emotions=emotions,
            private=self.private_check.isChecked(),
            answers=FeelingsAnswers(
                needs=self.picker.needs(), telling_me=self.picker.telling_me_text().strip()
            ),
        )
        self.save_state.emit(self.tr("Saving…"))
        try:
            with self.journal.bulk():  # the entry and the end of its draft, together
                entry = self.journal.save_entry(entry)
                self.journal.drafts.delete(DRAFT_KEY)
        except VaultError as exc:
            self._show_status(exc.text)
            return None
        self._draft_timer.stop()
        self._clear_form()
        self._draft_dirty = False
        self._show_status(self.tr("Saved. Thank you for checking in with yourself."), emit=False)
        self.save_state.emit(self.tr("Saved"))
        # An offer, never a step to get through: it sits below the form until set aside.
        self.grounding.setVisible(grounding_offer(entry.emotions))
        self._chain_tab_order()
        if had_focus:
            # Save is disabled now, and Qt would hand its focus to whatever comes next
            # (a Pause button, say). The card just offered, or a fresh start, instead.
            if self.grounding.isVisible():
                self.grounding.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._focus_form()
        self.saved.emit(entry)  # the recent list follows from the change notice
        return entry

    def _focus_form(self) -> None:
        """Put the keyboard focus at the start of the check-in."""
        chip = self.picker.emotion_group.current_chip()
        if chip is not None:
            chip.setFocus(Qt.FocusReason.OtherFocusReason)

    def _care_dismissed(self, had_focus: bool) -> None:
        self._chain_tab_order()
        if had_focus:  # not on to the next card's buttons (a Pause, say)
            self._focus_form()

    def _show_status(self, text: str, emit: bool = True) -> None:
        self.status_label.setText(text)
        if emit:
            self.save_state.emit(text)

    def _clear_form(self) -> None:
        self._loading = True
        try:
            self.picker.clear()
            self.note_edit.setPlainText("")
            self.note_edit.document().clearUndoRedoStacks()
            self.private_check.setChecked(False)
        finally:
            self._loading = False
        self.save_button.setEnabled(False)

    # -- recent entries --------------------------------------------------------------

    def _greeting_text(self) -> str:
        hour = datetime.now().hour
        if 5 <= hour < 12:
            return self.tr("Good morning.")
        if 12 <= hour < 18:
            return self.tr("Good afternoon.")
        return self.tr("Good evening.")

    def refresh(self) -> None:
        """Reload the greeting, the cards that apply and the latest entries."""
        self.greeting.setText(self._greeting_text())
        try:
            recent = self.journal.entries.page(limit=RECENT)
        except VaultError as exc:
            self._show_status(exc.text)
            recent = []
        self.recent.show_entries(recent)
        for card in (self.support, self.due, self.agreement, self.session, self.progress):
            card.refresh()
        self.links.show_links(
            agreement=self.agreement.agreement is None, guides=self.progress.isHidden()
        )
        self._update_due_hint()
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab goes through the cards in reading order, whatever was rebuilt last.

        Rows built by a refresh join the end of the window's focus chain; this puts
        every stop after the check-in's Save button back in the order they are read.
        """
        stops: list[QWidget] = [self.save_button]
        for card in self.cards:
            if not card.isHidden():
                stops += card.tab_stops()
        stops += [self.all_button, self.recent_list]
        stops += [
            button
            for button in (self.start_agreement_button, self.guides_button)
            if not button.isHidden()
        ]
        for first, second in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- JournalView -----------------------------------------------------------------

    def flush(self) -> None:
        """Keep an unsaved check-in as a draft; raises the :class:`VaultError` if that failed."""
        if self._draft_dirty:
            problem = self._save_draft()
            if problem is not None:
                raise problem

    def wipe(self) -> None:
        """Forget all journal text shown here (the journal is being locked)."""
        self._draft_timer.stop()
        self._draft_dirty = False
        self._clear_form()
        self.status_label.clear()
        self.recent.clear()
        for card in self.cards:
            card.clear()
            card.hide()
