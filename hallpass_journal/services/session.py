"""The next session with a therapist: marked entries and questions, each change announced.

Marks and questions are journal content (encrypted); the therapist export reads them.
Every write publishes a change touching :attr:`Area.SESSION` once it has committed.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime

from hallpass_journal.domain.entries import utc_now
from hallpass_journal.domain.session import SessionMark, SessionQuestion, question_text
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.session_repo import SessionRepository
from hallpass_journal.storage.vault import Vault


class UnknownQuestion(LookupError):
    """No question with that UUID in this journal."""


class SessionService:
    """Mark entries for the next session and keep the questions for it."""

    def __init__(self, vault: Vault, hub: ChangeHub) -> None:
        self._hub = hub
        self._repo = SessionRepository(vault)

    # -- marks -----------------------------------------------------------------------

    def mark(self, entry_uuid: uuid_mod.UUID, marked: bool = True) -> Change:
        """Mark (or unmark) an entry; an empty change when there is no such entry."""
        if not self._repo.set_mark(entry_uuid, utc_now() if marked else None):
            return Change()
        return self._hub.publish(Change.of(Area.SESSION, uuids=[entry_uuid]))

    def restore_mark(self, mark: SessionMark) -> Change:
        """Mark an entry as of ``mark.marked_at`` (import); an entry already marked stays."""
        if self._repo.is_marked(mark.entry_uuid) or not self._repo.set_mark(
            mark.entry_uuid, mark.marked_at
        ):
            return Change()
        return self._hub.publish(Change.of(Area.SESSION, uuids=[mark.entry_uuid]))

    def is_marked(self, entry_uuid: uuid_mod.UUID) -> bool:
        """Whether the entry is marked for the next session."""
        return self._repo.is_marked(entry_uuid)

    def marked_count(self, *, include_private: bool) -> int:
        """How many entries are marked; an export never counts private ones."""
        return self._repo.marked_count(include_private=include_private)

    def marks(self, *, include_private: bool) -> list[SessionMark]:
        """Every mark, in the order of the entries' days."""
        return self._repo.marks(include_private=include_private)

    # -- questions -------------------------------------------------------------------

    def questions(self, *, include_done: bool = False) -> list[SessionQuestion]:
        """The questions, oldest first; talked-about ones only with ``include_done``."""
        return self._repo.questions(include_done=include_done)

    def question(self, question_uuid: uuid_mod.UUID) -> SessionQuestion | None:
        """One question, or None."""
        return self._repo.question(question_uuid)

    def add_question(
        self, text: str, *, entry_uuid: uuid_mod.UUID | None = None
    ) -> SessionQuestion:
        """Add a question (``ValueError`` with a plain message for empty or long text)."""
        question = SessionQuestion(text=question_text(text), entry_uuid=entry_uuid)
        self._repo.save_question(question)
        self._hub.publish(Change.of(Area.SESSION, uuids=[question.uuid]))
        return question

    def edit_question(self, question_uuid: uuid_mod.UUID, text: str) -> SessionQuestion:
        """Change a question's words."""
        return self._update(question_uuid, text=question_text(text))

    def set_question_done(self, question_uuid: uuid_mod.UUID, done: bool = True) -> SessionQuestion:
        """Mark a question as talked about (or bring it back to the list)."""
        when: datetime | None = utc_now() if done else None
        return self._update(question_uuid, done_at=when)

    def remove_question(self, question_uuid: uuid_mod.UUID) -> Change:
        """Remove a question; an empty change when there was none."""
        if not self._repo.delete_question(question_uuid):
            return Change()
        return self._hub.publish(Change.of(Area.SESSION, uuids=[question_uuid]))

    def save_question(self, question: SessionQuestion) -> Change:
        """Add or replace a whole question (import); checked again as a whole."""
        checked = SessionQuestion.model_validate(question.model_dump())
        self._repo.save_question(checked)
        return self._hub.publish(Change.of(Area.SESSION, uuids=[checked.uuid]))

    def _update(self, question_uuid: uuid_mod.UUID, **changes: object) -> SessionQuestion:
        existing = self._repo.question(question_uuid)
        if existing is None:
            raise UnknownQuestion(f"no question {question_uuid}")
        updated = SessionQuestion.model_validate({**existing.model_dump(), **changes})
        self._repo.save_question(updated)
        self._hub.publish(Change.of(Area.SESSION, uuids=[question_uuid]))
        return updated
