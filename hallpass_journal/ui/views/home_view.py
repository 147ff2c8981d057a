"""Home: a calm greeting, a quick feelings check-in, and the latest entries.

The check-in saves in two clicks (an emotion, then Save). Until it is saved, what was
chosen and written is kept as a draft inside the encrypted journal, so locking or a
crash does not lose it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.drafts import CHECK_IN_DRAFT, CheckInDraft
from hallpass_journal.domain.entries import EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.models.entry_list_model import EntryRoles
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.emotion_picker import EmotionPicker, emotion_label
from hallpass_journal.ui.widgets.entry_delegate import EntryDelegate
from hallpass_journal.ui.widgets.page_parts import private_checkbox

DRAFT_KEY = CHECK_IN_DRAFT
DRAFT_MS = 2000
RECENT = 5
WIDE = 1000  # px: from here the check-in and recent entries sit side by side


class HomeView(JournalView):
    """The first thing seen after unlocking."""

    section_id = "home"
    watches = frozenset({Area.ENTRIES})
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
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        host = QWidget(scroll)
        scroll.setWidget(host)
        centre = QHBoxLayout(host)
        page = QWidget(host)
        page.setMaximumWidth(1180)
        centre.addStretch(1)
        centre.addWidget(page, 100)
        centre.addStretch(1)
        col = QVBoxLayout(page)
        col.setContentsMargins(24, 20, 24, 24)
        col.setSpacing(12)

        self.greeting = QLabel(page)
        self.greeting.setObjectName("pageTitle")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.greeting.setFont(font)
        col.addWidget(self.greeting)
        intro = QLabel(
            self.tr(
                "How are you feeling right now? There are no right or wrong answers; "
                "naming what is here is enough."
            ),
            page,
        )
        intro.setWordWrap(True)
        col.addWidget(intro)

        # Check-in and recent entries side by side when there is room, else stacked.
        self._columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._columns.setSpacing(20)
        col.addLayout(self._columns)
        col.addStretch(1)
        self._columns.addWidget(self._build_check_in(page), 3)
        self._columns.addWidget(self._build_recent(page), 2)

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

    def _build_recent(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        heading = QLabel(self.tr("Recent entries"), box)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.all_button = QPushButton(self.tr("Open the journal"), box)
        self.all_button.setFlat(True)
        self.all_button.setProperty("role", "link")
        self.all_button.setAccessibleName(self.tr("Open the journal"))
        self.all_button.clicked.connect(lambda: self.navigate.emit("journal"))
        head.addWidget(heading)
        head.addStretch(1)
        head.addWidget(self.all_button)
        col.addLayout(head)

        self.recent_list = QListWidget(box)
        self.recent_list.setAccessibleName(self.tr("Recent entries"))
        self._delegate = EntryDelegate(self.recent_list, snippet_lines=1)
        self.recent_list.setItemDelegate(self._delegate)
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.itemClicked.connect(self._open_item)
        self.recent_list.itemActivated.connect(self._open_item)
        self.recent_empty = QLabel(
            self.tr("Your entries will appear here. A check-in is a gentle way to begin."),
            box,
        )
        self.recent_empty.setWordWrap(True)
        self.recent_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.recent_empty.setProperty("role", "muted")
        col.addWidget(self.recent_list)
        col.addWidget(self.recent_empty)
        col.addStretch(1)
        return box

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Side by side when wide enough, stacked otherwise."""
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

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
        self.saved.emit(entry)  # the recent list follows from the change notice
        return entry

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

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_entry_requested.emit(item.data(EntryRoles.UUID))

    def refresh(self) -> None:
        """Reload the greeting and the latest entries."""
        self.greeting.setText(self._greeting_text())
        try:
            recent = self.journal.entries.page(limit=RECENT)
        except VaultError as exc:
            self._show_status(exc.text)
            recent = []
        self.recent_list.clear()
        for summary in recent:
            item = QListWidgetItem(summary.title)
            item.setData(EntryRoles.UUID, str(summary.uuid))
            item.setData(EntryRoles.KIND, summary.kind.value)
            item.setData(EntryRoles.TITLE, summary.title)
            item.setData(EntryRoles.SNIPPET, summary.snippet)
            item.setData(EntryRoles.PRIVATE, summary.private)
            item.setData(
                EntryRoles.DATE, QDate(summary.about.year, summary.about.month, summary.about.day)
            )
            self.recent_list.addItem(item)
        rows = len(recent)
        self.recent_list.setVisible(rows > 0)
        self.recent_empty.setVisible(rows == 0)
        if rows:
            row_height = self.recent_list.sizeHintForRow(0)
            self.recent_list.setFixedHeight(row_height * rows + 2 * self.recent_list.frameWidth())

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
        self.recent_list.clear()
