"""A question for the next session: written (or changed) in a small dialog of its own.

The dialog checks the words before anything is stored: an empty or overlong question is
explained beside the text, which stays as typed; nothing in the journal changes until a
question is fit to keep. Open it with :func:`open_question_dialog`, which saves through
``journal.session`` and closes the dialog only once that worked.

No word is lost: what is typed and not yet stored is kept as a draft inside the
encrypted journal (a moment after typing pauses, whenever the dialog closes without
saving — Cancel, Esc, an automatic lock — and on :meth:`SessionQuestionDialog.keep_draft`,
which locking calls). The next time the dialog opens for the same thing (Home, the same
entry, the same question) the words are back; storing the question forgets them.

Parent it to a widget inside the journal's views: locking destroys those, and the
question (journal text) with them.
"""

from __future__ import annotations

import logging
import uuid as uuid_mod
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.session import MAX_QUESTION_CHARS, SessionQuestion
from hallpass_journal.services.journal import Journal
from hallpass_journal.services.session import UnknownQuestion
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    message_label,
    text_label,
)

log = logging.getLogger(__name__)

#: Drafts of questions: ``session_question:new`` (Home), ``session_question:entry:<uuid>``
#: (added from that entry), ``session_question:edit:<uuid>`` (changing that question).
QUESTION_DRAFT_PREFIX = "session_question:"
#: A draft is kept this long after typing pauses (and at once when the dialog closes).
DRAFT_MS = 2000


def question_draft_key(
    *, question: uuid_mod.UUID | None = None, entry: uuid_mod.UUID | None = None
) -> str:
    """The draft key of the dialog changing ``question``, or adding one from ``entry``/Home."""
    if question is not None:
        return f"{QUESTION_DRAFT_PREFIX}edit:{question}"
    if entry is not None:
        return f"{QUESTION_DRAFT_PREFIX}entry:{entry}"
    return f"{QUESTION_DRAFT_PREFIX}new"


class SessionQuestionDialog(QDialog):
    """One question's words; :attr:`submitted` carries them once they are fit to keep."""

    #: The question as written (trimmed), not empty and not too long.
    submitted = Signal(str)

    def __init__(
        self,
        text: str = "",
        *,
        editing: bool = False,
        context: str = "",
        parent: QWidget | None = None,
        journal: Journal | None = None,
        draft_key: str = "",
    ) -> None:
        """The dialog, with ``text`` to start from.

        With a ``journal`` and a ``draft_key``, unsaved words are kept there as a draft
        and a draft kept earlier is shown instead of ``text``.
        """
        super().__init__(parent)
        self._editing = editing
        self._original = text
        self._journal = journal if draft_key else None
        self.draft_key = draft_key
        #: The question was stored: nothing is kept as a draft any more.
        self.settled = False
        self._has_draft = False  # one is stored under draft_key (restored, or kept since)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_MS)
        self._draft_timer.timeout.connect(self._autosave)
        title = self.tr("Edit question") if editing else self.tr("Add a question for my session")
        self.setWindowTitle(title)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 18, 20, 14)
        col.setSpacing(10)
        prompt = QLabel(self.tr("What would you like to ask or talk about?"), self)
        prompt.setWordWrap(True)
        col.addWidget(prompt)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Question for my next session"))
        self.text_edit.setPlaceholderText(
            self.tr("For example: something from this week I keep coming back to")
        )
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.text_edit.setPlainText(text)
        self.text_edit.textChanged.connect(self._clear_problem)
        prompt.setBuddy(self.text_edit)
        col.addWidget(self.text_edit)
        #: Where the question comes from (an entry), when it comes from one.
        self.context_label = text_label(context, self, role="muted")
        self.context_label.setVisible(bool(context))
        col.addWidget(self.context_label)
        #: Says that words kept from last time are back.
        self.restored_label = text_label(
            self.tr("Your words from last time are back. They are not saved as a question yet."),
            self,
            role="muted",
        )
        self.restored_label.hide()
        col.addWidget(self.restored_label)
        self.note_label = text_label(
            self.tr(
                "Open questions wait on Home until you mark them talked about, and go with "
                "what you export for your session."
            ),
            self,
            role="muted",
        )
        col.addWidget(self.note_label)
        self.message = message_label(self)
        col.addWidget(self.message)
        col.addStretch(1)
        label = self.tr("Save question") if editing else self.tr("Add question")
        buttons, self.ok_button, self.cancel_button = accept_cancel_buttons(self, label, label)
        messages.plain_buttons(buttons.buttons())
        self.cancel_button.setToolTip(
            self.tr("Close for now. What you wrote waits here for next time.")
        )
        self.ok_button.clicked.connect(self._submit)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(420)
        #: Whether words kept from last time were brought back.
        self.restored_draft = self._restore_draft()
        self.text_edit.textChanged.connect(self._on_text)
        self.finished.connect(self._on_finished)
        settle_size(self, self.message)
        self.text_edit.setFocus()
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    def text(self) -> str:
        """The question as written, trimmed."""
        return self.text_edit.toPlainText().strip()

    def _submit(self) -> None:
        text = self.text()
        if not text:
            self.show_problem(
                self.tr("A question needs a few words. Nothing was changed.")
                if self._editing
                else self.tr("A question needs a few words. Nothing was added.")
            )
            return
        if len(text) > MAX_QUESTION_CHARS:
            self.show_problem(
                self.tr(
                    "A question can be up to {limit} characters; this one has {count}. "
                    "Longer thoughts fit better in an entry."
                ).format(
                    limit=QLocale().toString(MAX_QUESTION_CHARS),
                    count=QLocale().toString(len(text)),
                )
            )
            return
        self.submitted.emit(text)

    def show_problem(self, text: str) -> None:
        """Say what is wrong beside the text (which stays as typed) and return to it."""
        self.message.setText(text)
        self.message.show()
        self.text_edit.setFocus()

    def _clear_problem(self) -> None:
        self.message.hide()

    # -- the draft -------------------------------------------------------------------

    def _restore_draft(self) -> bool:
        if self._journal is None:
            return False
        try:
            payload = self._journal.drafts.get(self.draft_key)
        except VaultError:
            return False
        self._has_draft = payload is not None  # one not fit to show is cleared on leaving
        text = payload.get("text") if payload is not None else None
        if not isinstance(text, str) or not text.strip() or text == self._original:
            return False
        self.text_edit.setPlainText(text)
        self.restored_label.show()
        return True

    def _on_text(self) -> None:
        if self._journal is not None and not self.settled:
            self._draft_timer.start()  # restarts: kept once typing pauses

    def _autosave(self) -> None:
        if operations.journal_busy():
            self._draft_timer.start()  # background work holds the journal: shortly
            return
        try:
            self.keep_draft()
        except VaultError as exc:
            self.show_problem(exc.text)

    def keep_draft(self) -> None:
        """Keep what is typed as a draft now (nothing, if unchanged or stored).

        Raises:
            VaultError: the draft could not be written.
        """
        self._draft_timer.stop()
        if self._journal is None or self.settled:
            return
        text = self.text_edit.toPlainText()
        if text.strip() and text.strip() != self._original.strip():
            self._journal.drafts.put(self.draft_key, {"text": text})
            self._has_draft = True
        elif self._has_draft:  # emptied (or put back as it was): nothing to keep
            self._journal.drafts.delete(self.draft_key)
            self._has_draft = False

    def _on_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            return
        try:
            self.keep_draft()  # closed without saving (Cancel, Esc, an automatic lock)
        except VaultError as exc:
            log.warning("a question's draft could not be kept: %s", type(exc).__name__)
        self.settled = True  # closed: what it held is kept (or could not be)


def open_question_dialog(
    parent: QWidget,
    journal: Journal,
    *,
    question: SessionQuestion | None = None,
    entry_uuid: uuid_mod.UUID | None = None,
    context: str = "",
    saved: Callable[[SessionQuestion], None] | None = None,
) -> SessionQuestionDialog:
    """Open the dialog to add a question (linked to ``entry_uuid``) or change ``question``.

    The dialog stays open, with what was typed, until the question is stored; ``saved``
    is told the stored question. Returns the dialog (already open, window-modal).
    """
    key = question_draft_key(
        question=question.uuid if question is not None else None, entry=entry_uuid
    )
    dialog = SessionQuestionDialog(
        question.text if question is not None else "",
        editing=question is not None,
        context=context,
        parent=parent,
        journal=journal,
        draft_key=key,
    )

    def save(text: str) -> None:
        try:
            with journal.bulk():  # the question and the end of its draft, together
                if question is None:
                    stored = journal.session.add_question(text, entry_uuid=entry_uuid)
                else:
                    stored = journal.session.edit_question(question.uuid, text)
                journal.drafts.delete(key)
        except VaultError as exc:
            dialog.show_problem(exc.text)
            return
        except UnknownQuestion:
            dialog.show_problem(
                QCoreApplication.translate(
                    "SessionQuestionDialog",
                    "This question is no longer in the journal, so it cannot be changed.",
                )
            )
            return
        except ValueError:  # the dialog checked already; the service has the last word
            dialog.show_problem(
                QCoreApplication.translate(
                    "SessionQuestionDialog", "This question cannot be kept as it is."
                )
            )
            return
        dialog.settled = True
        dialog.accept()
        if saved is not None:
            saved(stored)

    dialog.submitted.connect(save)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
