"""One form for every guided entry: any template, a draft kept as you go, and Save.

The form renders whatever template it is given (:class:`~.form_body.FormBody`): no
guided entry has a hand-built form. Save validates the answers, says in plain words
beside a prompt what it still needs (and puts the cursor there), and stores the entry
through ``journal.guided`` (a check-in is completed in the same transaction).

Autosave, as on Home: two seconds after the last change, what is filled in is stored as
a draft inside the encrypted journal (key ``guided:<template>[:<entry or check-in>]``),
and at once on :meth:`GuidedForm.flush` (locking, closing). Opening the same form again,
or unlocking, brings it back; a save removes it in the same transaction. So Close and
Esc lose nothing and need not ask; "Discard changes…" asks once before it forgets.

A saved entry can be brought to the next session and can have questions, as in the
Journal's editor (:attr:`GuidedForm.session`, shown under Private once there is an entry).
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from hallpass_journal.domain.checkins import CheckInNotOpen
from hallpass_journal.domain.drafts import GuidedDraft, guided_draft_key
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.templates import (
    InvalidAnswers,
    Template,
    blank_values,
    is_empty,
    to_values,
    validate,
    values_to_json,
)
from hallpass_journal.services.guided import UnknownEntry
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.guided.form_body import FormBody, State
from hallpass_journal.ui.widgets.session_controls import EntrySessionControls

DRAFT_MS = 2000


class GuidedForm(FormBody):
    """A guided entry being written: new, an entry opened again, or a due check-in."""

    #: Saved: ``(entry, the entry as it was before this save, or None for a new one)``.
    saved = Signal(object, object)
    #: Close (or Esc) was chosen; a draft keeps anything unsaved.
    close_requested = Signal()
    #: "Saving…", "Saved", or a problem, for the status bar.
    save_state = Signal(str)

    def __init__(
        self,
        journal: Journal,
        template: Template,
        parent: QWidget | None = None,
        *,
        entry: Entry | None = None,
        check_in_uuid: uuid_mod.UUID | None = None,
        context: Mapping[str, Any] | None = None,
        about: date | None = None,
    ) -> None:
        """A form for ``template``: editing ``entry``, answering a check-in, or new.

        ``context`` sets answer fields of a new entry that are not questions (e.g. the
        agreement a debrief is about); an entry opened again keeps its own.
        """
        super().__init__(template, parent)
        self.journal = journal
        self._entry = entry
        self._check_in = check_in_uuid
        self.context: dict[str, Any] = dict(context or {})
        self._draft_dirty = False  # changed since the draft was last stored
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_MS)
        self._draft_timer.timeout.connect(self._autosave_draft)
        self.edited.connect(self._on_edited)
        self.discard_button.clicked.connect(self.discard_changes)
        self.close_button.clicked.connect(self.close_form)
        self.save_button.clicked.connect(self.save)
        #: "Bring to my next session" and "Add a question…" for the saved entry.
        self.session = EntrySessionControls(
            journal, self.title_edit.parentWidget(), saves_itself=False
        )
        self.session.problem.connect(self.save_state)
        self.private_check.toggled.connect(self.session.set_private)
        self.meta_form.addRow("", self.session)
        self.meta_stops += [self.session.check, self.session.question_button]
        context_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Save), self.save),
            (QKeySequence(Qt.Key.Key_Escape), self.close_form),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context_)
            shortcut.activated.connect(slot)
        self._baseline = self._start_state(about)
        self.show_state(*self._baseline)
        #: Whether unsaved answers from a draft were brought back on opening.
        self.restored_draft = self._restore_draft()
        self._show_session()
        self._update_discard()

    # -- what is open ------------------------------------------------------------------

    @property
    def entry(self) -> Entry | None:
        """The entry being edited (None until a new one is saved)."""
        return self._entry

    @property
    def check_in_uuid(self) -> uuid_mod.UUID | None:
        """The check-in this form answers (None once it is saved, or if none)."""
        return self._check_in

    @property
    def draft_key(self) -> str:
        """Where this form's draft is kept."""
        return guided_draft_key(self.template.id, self._target())

    def _target(self) -> uuid_mod.UUID | None:
        return self._entry.uuid if self._entry is not None else self._check_in

    def is_for(self, template_id: str, target: uuid_mod.UUID | None) -> bool:
        """Whether this form is ``template_id`` for that entry or check-in (None: new)."""
        return self.template.id == template_id and self._target() == target

    def _show_session(self) -> None:
        """The next-session controls of the saved entry (none for one not saved yet)."""
        self.session.show_entry(self._entry, stored=self._entry is not None, writing=True)
        self.session.set_private(self.private_check.isChecked())  # a draft's, if restored
        self.session.setVisible(self._entry is not None)

    def _start_state(self, about: date | None) -> State:
        entry = self._entry
        if entry is None:
            return blank_values(self.template), "", about or date.today(), False
        title = "" if entry.title == self.template.title else entry.title
        return to_values(self.template, entry.answers), title, entry.about, entry.private

    # -- drafts ------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self.status_label.clear()
        self._draft_dirty = True
        self._draft_timer.start()  # restarts: the draft is stored once typing pauses
        self._update_discard()

    def _update_discard(self) -> None:
        self.discard_button.setVisible(self.has_changes())

    def has_changes(self) -> bool:
        """Whether anything differs from what was last saved (or from a blank form)."""
        values, title, about, private = self._baseline
        now_values, now_title, now_about, now_private = self.state()
        return (
            values_to_json(self.template, values) != values_to_json(self.template, now_values)
            or title != now_title
            or about != now_about
            or private != now_private
        )

    def _draft_payload(self) -> dict[str, Any]:
        values, title, about, private = self.state()
        return {
            "template": self.template.id,
            "values": values_to_json(self.template, values),
            "title": title,
            "about": about.isoformat(),
            "private": private,
        }

    def _autosave_draft(self) -> None:
        if operations.journal_busy():
            self._draft_timer.start()  # background work holds the journal: shortly
            return
        self._save_draft()

    def _save_draft(self) -> VaultError | None:
        self._draft_timer.stop()
        try:
            if self.has_changes():
                self.journal.drafts.put(self.draft_key, self._draft_payload())
            else:
                self.journal.drafts.delete(self.draft_key)
        except VaultError as exc:
            self.show_status(exc.text, error=True)
            self.save_state.emit(exc.text)
            return exc  # still dirty: flush() tries again and reports it
        self._draft_dirty = False
        return None

    def _restore_draft(self) -> bool:
        # The service hands back only a draft that fits its schema (and this template);
        # any other is set aside with a note on journal.notes, and the form starts fresh.
        try:
            draft = self.journal.drafts.read(self.draft_key)
        except VaultError:
            draft = None
        if not isinstance(draft, GuidedDraft) or draft.template != self.template.id:
            return False
        try:
            values = draft.form_values()
        except ValueError:
            return False
        about = draft.about_day or self._baseline[2]
        self.show_state(values, draft.title, about, draft.private)
        self.show_status(self.tr("Your unsaved answers are back, as you left them."))
        return True

    def discard_changes(self) -> bool:
        """After one question, forget the unsaved answers and their draft."""
        if not self.has_changes():
            return False
        if not messages.confirm(
            self,
            self.tr("Discard changes"),
            self.tr("Forget what was written here since it was last saved?"),
            self.tr("Discard"),
        ):
            return False
        self._draft_timer.stop()
        try:
            self.journal.drafts.delete(self.draft_key)
        except VaultError as exc:
            self.show_status(exc.text, error=True)
            return False
        self._draft_dirty = False
        self.show_state(*self._baseline)
        self._update_discard()
        self.show_status(self.tr("Changes discarded."))
        return True

    # -- saving ------------------------------------------------------------------------

    def save(self) -> Entry | None:
        """Save the entry (completing the check-in); None, with the problem shown, if not."""
        values, title, about, private = self.state()
        problems = validate(self.template, values)
        if problems:
            self.show_problems(problems)
            return None
        before = self._entry
        old_key = self.draft_key
        self.save_state.emit(self.tr("Saving…"))
        try:
            with self.journal.bulk():  # the entry and the end of its draft, together
                if self._check_in is not None and before is None:
                    entry = self.journal.guided.complete_check_in(
                        self._check_in,
                        self.template,
                        values,
                        title=title.strip() or self.template.title,
                        about=about,
                        private=private,
                    )
                else:
                    entry = self.journal.guided.save(
                        self.template,
                        values,
                        entry_uuid=before.uuid if before is not None else None,
                        title=title.strip() or self.template.title,
                        about=about,
                        private=private,
                        context=self.context if before is None else None,
                    )
                self.journal.drafts.delete(old_key)
        except InvalidAnswers as exc:
            self.show_problems(exc.problems)
            return None
        except VaultError as exc:
            self._not_saved(
                self.tr("Not saved: {problem} Your answers are still here.").format(
                    problem=exc.text
                )
            )
            return None
        except CheckInNotOpen:  # settled meanwhile, elsewhere
            self._not_saved(
                self.tr(
                    "This check-in is no longer open, so nothing was saved. Your answers "
                    "are still here."
                )
            )
            return None
        except UnknownEntry:  # deleted meanwhile, in the journal
            self._not_saved(
                self.tr(
                    "This entry was deleted in the meantime, so nothing was saved. Your "
                    "answers are still here."
                )
            )
            return None
        self._saved(entry, before)
        return entry

    def _not_saved(self, text: str) -> None:
        self.show_status(text, error=True)
        self.save_state.emit(text)

    def _saved(self, entry: Entry, before: Entry | None) -> None:
        self._draft_timer.stop()
        self._entry = entry
        self._check_in = None
        self.blank_hidden()  # hidden answers were not kept: they do not come back later
        values, title, _about, _private = self.state()
        shown_title = "" if title.strip() == self.template.title else title.strip()
        self._baseline = (values, shown_title, entry.about, entry.private)
        self._loading = True
        try:
            self.title_edit.setText(shown_title)
        finally:
            self._loading = False
        self._draft_dirty = False
        if before is None:
            self._show_session()  # a new entry: it can be marked now
        else:
            self.session.entry_saved(entry)
        self._update_discard()
        self.show_status(self.tr("Saved."))
        self.save_state.emit(self.tr("Saved"))
        self.saved.emit(entry, before)

    def show_message(self, text: str) -> None:
        """Say something calmly beside the buttons (e.g. what saving also set up)."""
        self.show_status(text)

    # -- leaving -----------------------------------------------------------------------

    def close_form(self) -> bool:
        """Keep unsaved answers as a draft now and ask to be closed; False if that failed."""
        if self._draft_dirty and self._save_draft() is not None:
            return False
        self.close_requested.emit()
        return True

    def flush(self) -> None:
        """Keep unsaved answers as a draft now; raises the :class:`VaultError` if that failed."""
        if self._draft_dirty:
            problem = self._save_draft()
            if problem is not None:
                raise problem

    def is_blank(self) -> bool:
        """Whether nothing at all was filled in."""
        return is_empty(self.template, self.values()) and not self.title_edit.text().strip()

    def wipe(self) -> None:
        """Forget everything written here, undo histories included (the journal locks)."""
        self._draft_timer.stop()
        self._draft_dirty = False
        self.session.clear()
        self.wipe_widgets()
        self._entry = None
        self._check_in = None
        self.context = {}
        self._baseline = (blank_values(self.template), "", date.today(), False)
