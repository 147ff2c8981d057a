"""A question for the next session: written (or changed) in a small dialog of its own.

The dialog checks the words before anything is stored: an empty or overlong question is
explained beside the text, which stays as typed; nothing in the journal changes until a
question is fit to keep. Open it with :func:`open_question_dialog`, which saves through
``journal.session`` and closes the dialog only once that worked.

Parent it to a widget inside the journal's views: locking destroys those, and the
question (journal text) with them.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.session import MAX_QUESTION_CHARS, SessionQuestion
from hallpass_journal.services.journal import Journal
from hallpass_journal.services.session import UnknownQuestion
from hallpass_journal.ui import messages
from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    message_label,
    text_label,
)


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
    ) -> None:
        super().__init__(parent)
        self._editing = editing
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
        self.ok_button.clicked.connect(self._submit)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(420)
        settle_size(self, self.message)
        self.text_edit.setFocus()

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
    dialog = SessionQuestionDialog(
        question.text if question is not None else "",
        editing=question is not None,
        context=context,
        parent=parent,
    )

    def save(text: str) -> None:
        try:
            if question is None:
                stored = journal.session.add_question(text, entry_uuid=entry_uuid)
            else:
                stored = journal.session.edit_question(question.uuid, text)
        except VaultError as exc:
            dialog.show_problem(exc.text)
            return
        except UnknownQuestion:
            dialog.show_problem(
                dialog.tr("This question is no longer in the journal, so it cannot be changed.")
            )
            return
        except ValueError:  # the dialog checked already; the service has the last word
            dialog.show_problem(dialog.tr("This question cannot be kept as it is."))
            return
        dialog.accept()
        if saved is not None:
            saved(stored)

    dialog.submitted.connect(save)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
