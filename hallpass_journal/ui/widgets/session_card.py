"""Home's card for the next session: the open questions, and how many entries are marked.

Questions can be added here at any time (and from any entry, in the Journal), changed,
removed (after asking once) or marked "talked about", which takes them off the list;
they stay in the journal. The first few are listed, then "and N more"; each shows up to
three lines, the whole question in its tooltip. Below them, how many entries are marked
to bring, with a way to list just those in the Journal.

The card is always shown: it is where a question is written down from Home.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntrySummary
from hallpass_journal.domain.session import SessionQuestion
from hallpass_journal.reports.translated import title_text
from hallpass_journal.services.journal import Journal
from hallpass_journal.services.session import UnknownQuestion
from hallpass_journal.ui import messages
from hallpass_journal.ui.counts import counted
from hallpass_journal.ui.dialogs.session_question_dialog import (
    SessionQuestionDialog,
    open_question_dialog,
    question_draft_key,
)
from hallpass_journal.ui.widgets.clipped_label import ClippedLabel
from hallpass_journal.ui.widgets.home_cards import HomeCard, day_text
from hallpass_journal.ui.widgets.page_parts import link_button, text_label
from hallpass_journal.ui.windows.sections import JOURNAL_MARKED

#: How many open questions are listed before "and N more".
SHOWN = 4
#: How much of a question a button's accessible name repeats.
NAME_CHARS = 60
#: Lines of a question shown on the card (the whole of it is in its tooltip).
TEXT_LINES = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionCard", text)


translate = QCoreApplication.translate


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= NAME_CHARS else line[: NAME_CHARS - 1].rstrip() + "…"


class QuestionRow(QWidget):
    """One open question: its words, the entry it came from, and what can be done."""

    def __init__(
        self,
        question: SessionQuestion,
        came_from: EntrySummary | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        short = _short(question.text)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 2, 0, 2)
        col.setSpacing(2)
        #: The words, to about three lines; the whole question in its tooltip.
        self.text_label = ClippedLabel(question.text, self, lines=TEXT_LINES)
        col.addWidget(self.text_label)
        self.entry_button: QPushButton | None = None
        if came_from is not None:
            day = day_text(came_from.about, date.today())
            self.entry_button = link_button(
                translate("SessionCard", "From your entry of {day}").format(day=day), self
            )
            self.entry_button.setAccessibleName(
                translate("SessionCard", "Open the entry this question came from: {day}").format(
                    day=day
                )
            )
            if came_from.title.strip():
                self.entry_button.setToolTip(
                    translate("SessionCard", "Open “{title}”").format(
                        title=title_text(came_from.title.strip())
                    )
                )
            col.addWidget(self.entry_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 2, 0, 0)
        buttons.setSpacing(8)
        self.done_button = QPushButton(translate("SessionCard", "Talked about"), self)
        self.done_button.setAccessibleName(
            translate("SessionCard", "Talked about: {question}").format(question=short)
        )
        self.done_button.setToolTip(
            translate(
                "SessionCard",
                "Take it off the list once you have talked about it. It stays in your journal.",
            )
        )
        self.edit_button = link_button(translate("SessionCard", "Edit…"), self)
        self.edit_button.setAccessibleName(
            translate("SessionCard", "Edit the question: {question}").format(question=short)
        )
        self.remove_button = link_button(translate("SessionCard", "Remove"), self)
        self.remove_button.setAccessibleName(
            translate("SessionCard", "Remove the question: {question}").format(question=short)
        )
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        col.addLayout(buttons)

    def tab_stops(self) -> list[QWidget]:
        """The entry it came from, then Talked about, Edit…, Remove."""
        stops: list[QWidget] = [self.entry_button] if self.entry_button is not None else []
        return [*stops, self.done_button, self.edit_button, self.remove_button]


class SessionCard(HomeCard):
    """Questions for the next session (add, edit, remove, talked about) and marked entries."""

    #: Open an entry (its UUID as text) in the Journal.
    open_entry = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(translate("SessionCard", "Questions for my next session"), parent)
        self.journal = journal
        #: Rows of the questions shown, by UUID (as text).
        self.rows: dict[str, QuestionRow] = {}
        #: How many open questions there are (shown or not).
        self.open_count = 0
        self.expanded = False
        #: The question dialog last opened (tests drive it).
        self.question_dialog: SessionQuestionDialog | None = None
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(10)
        self.box.addLayout(self._rows_box)
        self.empty_label = text_label(
            translate(
                "SessionCard", "Anything you want to ask or talk about can wait here until then."
            ),
            self,
            role="muted",
        )
        self.box.addWidget(self.empty_label)
        self.more_button = link_button("", self)
        self.more_button.clicked.connect(self._toggle_more)
        self.add_button = QPushButton(translate("SessionCard", "Add a question…"), self)
        self.add_button.setAccessibleName(
            translate("SessionCard", "Add a question for my next session")
        )
        self.add_button.clicked.connect(self.add_question)
        add_row = QHBoxLayout()
        add_row.addWidget(self.more_button)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        self.box.addLayout(add_row)

        marks = QHBoxLayout()
        marks.setSpacing(8)
        self.marked_label = text_label("", self, role="muted")
        self.marked_button = link_button(translate("SessionCard", "Show them"), self)
        self.marked_button.setAccessibleName(
            translate("SessionCard", "Show the entries marked for my next session in the Journal")
        )
        self.marked_button.clicked.connect(lambda: self.action_requested.emit(JOURNAL_MARKED, ""))
        marks.addWidget(self.marked_label, 1)
        marks.addWidget(self.marked_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.box.addLayout(marks)
        self.message = text_label("", self, role="error")
        self.message.hide()
        self.box.addWidget(self.message)

    # -- showing ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the open questions and the marked entries, and show them."""
        try:
            questions = self.journal.session.questions()
            marked = self.journal.session.marked_count(include_private=False)
        except VaultError as exc:
            self.problem.emit(exc.text)
            questions, marked = [], 0
        self.open_count = len(questions)
        if self.open_count <= SHOWN:
            self.expanded = False
        shown = questions if self.expanded else questions[:SHOWN]
        self._show_rows(shown)
        self.empty_label.setVisible(not questions)
        hidden = self.open_count - len(shown)
        if hidden:
            text = counted(
                hidden,
                translate("SessionCard", "and 1 more"),
                translate("SessionCard", "and {count} more"),
            )
            self.more_button.setText(text)
            self.more_button.setAccessibleName(
                translate("SessionCard", "Show all questions ({text})").format(text=text)
            )
        elif self.expanded:
            self.more_button.setText(translate("SessionCard", "Show fewer"))
            self.more_button.setAccessibleName(translate("SessionCard", "Show fewer questions"))
        self.more_button.setVisible(bool(hidden) or self.expanded)
        self.marked_label.setText(
            counted(
                marked,
                translate("SessionCard", "1 entry marked to bring"),
                translate("SessionCard", "{count} entries marked to bring"),
            )
        )
        self.marked_label.setVisible(marked > 0)
        self.marked_button.setVisible(marked > 0)
        self.show()

    def _show_rows(self, questions: list[SessionQuestion]) -> None:
        for row in self.rows.values():
            row.hide()
            row.deleteLater()  # the click being handled may come from one of its buttons
        self.rows = {}
        came_from = self._came_from(questions)
        for question in questions:
            source = came_from.get(question.entry_uuid) if question.entry_uuid else None
            row = QuestionRow(question, source, self)
            key = str(question.uuid)
            row.done_button.clicked.connect(lambda _=False, q=question.uuid: self.talked_about(q))
            row.edit_button.clicked.connect(lambda _=False, q=question.uuid: self.edit_question(q))
            row.remove_button.clicked.connect(
                lambda _=False, q=question.uuid: self.remove_question(q)
            )
            if row.entry_button is not None and question.entry_uuid is not None:
                entry_key = str(question.entry_uuid)
                row.entry_button.clicked.connect(
                    lambda _=False, k=entry_key: self.open_entry.emit(k)
                )
            self._rows_box.addWidget(row)
            row.show()
            self.rows[key] = row

    def _came_from(self, questions: list[SessionQuestion]) -> dict[uuid_mod.UUID, EntrySummary]:
        """The entries the questions came from that are still in the journal (one read)."""
        linked = {q.entry_uuid for q in questions if q.entry_uuid is not None}
        if not linked:
            return {}
        try:
            return self.journal.entries.summaries(linked)
        except VaultError:
            return {}

    def _toggle_more(self) -> None:
        self.expanded = not self.expanded
        self.refresh()
        QTimer.singleShot(0, lambda: self.more_button.setFocus(Qt.FocusReason.OtherFocusReason))

    # -- acting ----------------------------------------------------------------------

    def add_question(self) -> SessionQuestionDialog:
        """Ask for a new question (not linked to an entry)."""
        self.question_dialog = open_question_dialog(
            self, self.journal, saved=lambda _q: self._settled(self.add_button)
        )
        return self.question_dialog

    def edit_question(self, question_uuid: uuid_mod.UUID) -> SessionQuestionDialog | None:
        """Change a question's words in the same small dialog."""
        try:
            question = self.journal.session.question(question_uuid)
        except VaultError as exc:
            self._say(exc.text)
            return None
        if question is None:
            self.refresh()
            return None
        self.question_dialog = open_question_dialog(
            self, self.journal, question=question, saved=lambda _q: self._settled(None)
        )
        return self.question_dialog

    def remove_question(self, question_uuid: uuid_mod.UUID) -> bool:
        """Remove a question after asking once."""
        if not messages.confirm(
            self,
            translate("SessionCard", "Remove question"),
            translate(
                "SessionCard",
                "Remove this question from the list? It will not be in what you export for "
                "your session. If you have talked about it, “Talked about” keeps it in your "
                "journal instead.",
            ),
            translate("SessionCard", "Remove"),
        ):
            return False
        return self._write(
            lambda: self.journal.session.remove_question(question_uuid), question_uuid
        )

    def talked_about(self, question_uuid: uuid_mod.UUID) -> bool:
        """Take a question off the list; the journal keeps it, dated."""
        return self._write(
            lambda: self.journal.session.set_question_done(question_uuid), question_uuid
        )

    def _write(self, write: Callable[[], object], question_uuid: uuid_mod.UUID) -> bool:
        """Write; an unsaved change to the question goes with it (off the list now)."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        try:
            with self.journal.bulk():
                write()
                self.journal.drafts.delete(question_draft_key(question=question_uuid))
        except VaultError as exc:
            self._say(exc.text)
            return False
        except UnknownQuestion:
            self._say(translate("SessionCard", "This question was already taken off the list."))
            self.refresh()
            return False
        self._settled(None, had_focus=had_focus)
        return True

    def _settled(self, focus: QWidget | None, *, had_focus: bool = False) -> None:
        """A write is done: show the list as it is, keeping the keyboard in this card."""
        self.message.hide()
        self.refresh()  # the change notice refreshes Home too; this card is current now
        if focus is not None or had_focus:
            QTimer.singleShot(0, lambda: self._keep_focus(focus))

    def _keep_focus(self, wanted: QWidget | None) -> None:
        rows = list(self.rows.values())
        target = wanted or (rows[0].done_button if rows else self.add_button)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.problem.emit(text)

    # -- HomeCard --------------------------------------------------------------------

    def tab_stops(self) -> list[QWidget]:
        """Each question's buttons, then "and N more", Add…, and "Show them"."""
        stops = [stop for row in self.rows.values() for stop in row.tab_stops()]
        if not self.more_button.isHidden():
            stops.append(self.more_button)
        stops.append(self.add_button)
        if not self.marked_button.isHidden():
            stops.append(self.marked_button)
        return stops

    def clear(self) -> None:
        """Forget the questions shown (the journal is being locked)."""
        self._show_rows([])
        self.open_count = 0
        self.marked_label.clear()
