"""The agreement editor's unsaved words, kept as a draft inside the encrypted journal.

As in a guided form: two seconds after the last change, what the editor holds is stored
as a draft (key ``agreement:new`` for a new agreement, ``agreement:<uuid>`` for a new
version of one), and at once on :meth:`EditorAutosave.flush` (locking, closing). A crash
loses at most those seconds; locking loses nothing. When the Agreement section opens
again (after unlock), the newest draft reopens the editor in the same mode, the words as
they were. Saving the version removes the draft in the same transaction; so does
"Discard changes…", after asking once. A draft for an agreement that is no longer in the
journal, or has ended, is set aside: it stays where it is and is not brought back.
"""

from __future__ import annotations

import uuid as uuid_mod
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from hallpass_journal.domain.agreements import AgreementStatus
from hallpass_journal.domain.drafts import (
    AGREEMENT_DRAFT_PREFIX,
    AgreementDraft,
    agreement_draft_key,
)
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.widgets.page_parts import set_role

if TYPE_CHECKING:
    from hallpass_journal.services.journal import Journal
    from hallpass_journal.ui.views.agreement_view import AgreementView

DRAFT_MS = 2000


class DraftTooLong(VaultError):
    """The editor holds more than a draft may (far more than anyone writes)."""

    message = (
        "This is too long to keep as an unsaved draft. Save it as a version to keep every word."
    )


class EditorAutosave(QObject):
    """Stores, restores and removes the draft of the view's terms editor."""

    def __init__(self, view: AgreementView) -> None:
        super().__init__(view)
        self.view = view
        self.editor = view.editor
        #: Where the open editor's draft is kept (None: the editor is not open).
        self.key: str | None = None
        self._agreement: uuid_mod.UUID | None = None
        self._baseline: dict[str, Any] | None = None
        self._dirty = False  # changed since the draft was last stored
        #: Whether the editor was reopened from a draft when the section opened.
        self.restored = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_MS)
        self.timer.timeout.connect(self._autosave)
        self.editor.edited.connect(self._on_edited)

    @property
    def journal(self) -> Journal:
        """The journal the view shows."""
        return self.view.journal

    # -- the open editor -----------------------------------------------------------------

    def begin(self, agreement: uuid_mod.UUID | None) -> None:
        """The editor was just filled: a new agreement (None) or a new version of one."""
        if self._dirty:
            self.save()  # never the case from the buttons; no words are ever dropped
        self.timer.stop()
        self.key = agreement_draft_key(agreement)
        self._agreement = agreement
        self._baseline = self.payload()
        self._dirty = False

    def payload(self) -> dict[str, Any]:
        """What the editor holds, as an agreement draft."""
        new = self._agreement is None
        return {
            "mode": "new" if new else "version",
            "agreement": None if new else str(self._agreement),
            "title": self.editor.title_edit.text() if new else "",
            "terms": self.editor.texts(),
            "change_note": "" if new else self.editor.change_note.toPlainText(),
        }

    def has_changes(self) -> bool:
        """Whether the editor differs from how it was opened (the saved version)."""
        return self.key is not None and self.payload() != self._baseline

    def _on_edited(self) -> None:
        if self.key is None:
            return
        self._dirty = True
        self.timer.start()  # restarts: the draft is stored once typing pauses
        self.editor.set_has_changes(self.has_changes())

    def _autosave(self) -> None:
        if operations.journal_busy():
            self.timer.start()  # background work holds the journal: shortly
            return
        self.save()

    def save(self) -> VaultError | None:
        """Store the draft now (or remove it when nothing differs); the problem, if any."""
        self.timer.stop()
        if self.key is None:
            self._dirty = False
            return None
        try:
            if self.has_changes():
                try:
                    self.journal.drafts.put(self.key, self.payload())
                except ValueError:  # longer than a draft may be
                    raise DraftTooLong() from None
            else:
                self.journal.drafts.delete(self.key)
        except VaultError as exc:
            self.editor.show_status(exc.text)
            self.view.save_state.emit(exc.text)
            return exc  # still dirty: flush() tries again and reports it
        self._dirty = False
        return None

    def flush(self) -> None:
        """Store unsaved changes now; raises the :class:`VaultError` if that failed."""
        if self._dirty:
            problem = self.save()
            if problem is not None:
                raise problem

    def delete_draft(self) -> None:
        """Remove the open editor's draft (inside the transaction that saves the version)."""
        if self.key is not None:
            self.journal.drafts.delete(self.key)

    def stop(self) -> None:
        """The editor is closed (saved, discarded) or the journal locks: write nothing more."""
        self.timer.stop()
        self.key = None
        self._agreement = None
        self._baseline = None
        self._dirty = False

    def discard(self) -> bool:
        """Cancel / "Discard changes…": ask once if anything changed, then forget it all."""
        if self.has_changes() and not messages.confirm(
            self.view,
            self.tr("Discard changes"),
            self.tr(
                "Forget what was written here since the agreement was last saved? "
                "This cannot be undone."
            ),
            self.tr("Discard changes"),
        ):
            return False
        self.timer.stop()
        try:
            self.delete_draft()
        except VaultError as exc:
            self.editor.show_status(exc.text)
            return False
        self.stop()
        return True

    # -- opening the section again -------------------------------------------------------

    def restore(self) -> bool:
        """Reopen the editor from the newest usable draft; True if one was brought back."""
        try:
            stored = self.journal.drafts.all()
        except VaultError:
            return False
        newest_first = sorted(
            ((saved_at, key) for key, _payload, saved_at in stored),
            reverse=True,
        )
        set_aside = False
        for _saved_at, key in newest_first:
            if not key.startswith(AGREEMENT_DRAFT_PREFIX):
                continue
            try:
                draft = self.journal.drafts.read(key)
                if not isinstance(draft, AgreementDraft):
                    continue
                if not self._reopen(draft):
                    set_aside = True
                    continue
            except VaultError:
                return False
            self.restored = True
            break
        if set_aside:
            self._say_set_aside()
        return self.restored

    def _reopen(self, draft: AgreementDraft) -> bool:
        target = draft.agreement_uuid
        if target is None:
            self.view.start_new()
        else:
            agreement = self.journal.agreements.get(target)
            if agreement is None or agreement.status == AgreementStatus.ENDED:
                return False  # set aside: kept in the journal, not brought back
            self.view.select(str(target))
            self.view.start_version(agreement)
        self.editor.fill(draft.title, draft.terms.texts(), draft.change_note)
        self._dirty = False  # what is shown is what the draft holds
        self.editor.set_has_changes(self.has_changes())
        self.editor.show_note(
            self.tr("Your unsaved changes were kept. They are here, as you left them.")
        )
        return True

    def _say_set_aside(self) -> None:
        message = self.view.message
        message.setText(
            self.tr(
                "Unsaved changes to an agreement that has ended, or is no longer in this "
                "journal, were set aside and not brought back."
            )
        )
        set_role(message, "muted")
        message.show()
