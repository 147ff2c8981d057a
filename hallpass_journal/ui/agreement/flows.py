"""The lifecycle moves of the Agreement section: consent, activate, pause, resume, end.

Each move reads the agreement afresh and checks the lifecycle first: a move that is not
possible now is explained in plain words and writes nothing. Every move then goes through
``journal.agreements``, which records the status and a dated journal entry together.
Dialogs open window-modal without blocking (``QDialog.open``); the one open is
:attr:`AgreementFlows.dialog`.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from hallpass_journal.domain.agreements import (
    Agreement,
    AgreementStatus,
    InvalidTransition,
    refusal_reason,
)
from hallpass_journal.domain.entries import PauseAnswers
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.scripts import script
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.services.agreements import AgreementOutcome, UnknownAgreement
from hallpass_journal.ui import messages
from hallpass_journal.ui.agreement import lifecycle
from hallpass_journal.ui.dialogs.consent_dialog import ConsentDialog
from hallpass_journal.ui.dialogs.pause_dialog import PauseDialog
from hallpass_journal.ui.dialogs.script_picker import as_shown
from hallpass_journal.ui.domain_text import dt

if TYPE_CHECKING:
    from hallpass_journal.services.journal import Journal
    from hallpass_journal.ui.views.agreement_view import AgreementView

CALM_SCRIPT = "calm_conversation"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementFlows", text)


translate = QCoreApplication.translate


def moment_of(day: date, after: datetime | None) -> datetime | None:
    """When a move chosen for ``day`` is recorded: now for today (None), else midday.

    A day set back is recorded at midday, and always after the last recorded change
    (``after``), so the history keeps its order.
    """
    if day >= date.today():
        return None
    at = datetime.combine(day, time(12, 0)).astimezone()
    if after is not None and at <= after:
        at = after + timedelta(minutes=1)
    return at


class AgreementFlows:
    """Carries out the moves the lifecycle bar and routed actions ask for."""

    def __init__(self, view: AgreementView) -> None:
        self.view = view
        self.dialog: QDialog | None = None
        #: The outcome of the last pause called here (its note entry takes the reason).
        self.last_pause: AgreementOutcome | None = None

    @property
    def journal(self) -> Journal:
        """The journal the view shows."""
        return self.view.journal

    # -- plumbing --------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog, done: Callable[[], object] | None = None) -> None:
        """Show ``dialog`` window-modal without blocking; ``done`` runs if it is accepted."""
        self.close_dialog()
        self.dialog = dialog
        if done is not None:
            dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: self._finished(dialog))
        dialog.open()

    def _finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def close_dialog(self) -> None:
        """Close the dialog that is open, without carrying it out (locking)."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def say_edit_is_open(self) -> None:
        """Another edit was asked for while unsaved changes are open: say so, calmly."""
        self.view.editor.show_note(
            translate(
                "AgreementFlows",
                "Your earlier changes, not saved yet, are open here; nothing is lost. "
                "Save or cancel them first, then renegotiate.",
            )
        )

    def refuse(self, text: str) -> None:
        """Say why a move is not possible now."""
        messages.inform(self.view, translate("AgreementFlows", "Not possible right now"), text)

    def _fresh(self) -> Agreement | None:
        shown = self.view.agreement
        if shown is None:
            return None
        try:
            return self.journal.agreements.get(shown.uuid)
        except VaultError as exc:
            self.view.show_problem(exc.text)
            return None

    def _allowed(self, agreement: Agreement, target: AgreementStatus) -> bool:
        reason = dt(refusal_reason(agreement.status, target))
        if reason:
            self.refuse(reason)
        return not reason

    def _apply(
        self,
        agreement_uuid: uuid_mod.UUID,
        target: AgreementStatus,
        call: Callable[[], AgreementOutcome],
    ) -> AgreementOutcome | None:
        """Run one move; a refusal or a problem is shown and nothing is written."""
        try:
            outcome = call()
        except InvalidTransition:
            fresh = self.journal.agreements.get(agreement_uuid)
            status = fresh.status if fresh else AgreementStatus.ENDED
            self.refuse(
                dt(refusal_reason(status, target))
                or translate("AgreementFlows", "That change is not possible now.")
            )
            return None
        except UnknownAgreement:
            self.refuse(translate("AgreementFlows", "This agreement is no longer in this journal."))
            return None
        except VaultError as exc:
            self.view.show_problem(exc.text)
            return None
        self.view.show_problem("")
        self.view.agreement = outcome.agreement
        self.view.refresh()
        return outcome

    def _change(
        self, target: AgreementStatus, note: str = "", at: datetime | None = None
    ) -> AgreementOutcome | None:
        agreement = self._fresh()
        if agreement is None or not self._allowed(agreement, target):
            return None
        return self._apply(
            agreement.uuid,
            target,
            lambda: self.journal.agreements.change_status(agreement.uuid, target, note, at=at),
        )

    # -- the moves -------------------------------------------------------------------

    def request(self, move: str) -> None:
        """A lifecycle button was pressed."""
        actions: dict[str, Callable[[], object]] = {
            lifecycle.CONSENT: self.consent,
            lifecycle.ACTIVATE: lambda: self._change(AgreementStatus.ACTIVE),
            lifecycle.TO_DRAFT: self.back_to_draft,
            lifecycle.PAUSE: self.pause,
            lifecycle.RESUME: self.resume,
            lifecycle.RENEGOTIATE: self._renegotiate,
            lifecycle.END: self.end,
            lifecycle.START_NEW: self.view.start_new,
        }
        actions[move]()

    def _renegotiate(self) -> None:
        agreement = self._fresh()
        if agreement is not None:
            self.view.start_version(agreement)

    def consent(self) -> ConsentDialog | None:
        """Ask both of you to agree (a tick, the day, the partner's name, a note)."""
        agreement = self._fresh()
        if agreement is None or not self._allowed(agreement, AgreementStatus.AGREED):
            return None
        try:
            name = str(self.journal.settings.get(PARTNER_NAME, "") or "")
        except VaultError:
            name = ""
        last = agreement.history[-1].at if agreement.history else agreement.created_at
        current = agreement.current
        dialog = ConsentDialog(
            agreement.title,
            current.number if current else 1,
            name,
            earliest=last.astimezone().date(),
            parent=self.view,
        )
        self.open_dialog(dialog, lambda: self._record_consent(dialog, name, last))
        return dialog

    def _record_consent(self, dialog: ConsentDialog, old_name: str, last: datetime) -> None:
        name = dialog.partner_name()
        if name != old_name:
            try:
                self.journal.settings.set(PARTNER_NAME, name)
            except (VaultError, ValueError) as exc:
                self.view.show_problem(exc.text if isinstance(exc, VaultError) else str(exc))
        lines = (
            [translate("AgreementFlows", "Agreed together with {name}.").format(name=name)]
            if name
            else []
        )
        if dialog.note():
            lines.append(dialog.note())
        self._change(AgreementStatus.AGREED, "\n".join(lines), moment_of(dialog.agreed_on(), last))

    def back_to_draft(self) -> lifecycle.NoteDialog | None:
        """Make an agreed (not yet active) agreement a draft again, after asking."""
        agreement = self._fresh()
        if agreement is None or not self._allowed(agreement, AgreementStatus.DRAFT):
            return None
        dialog = lifecycle.NoteDialog(
            translate("AgreementFlows", "Back to a draft"),
            translate(
                "AgreementFlows",
                "The agreement becomes a draft again, to be talked through and agreed "
                "once more. Its versions and history stay.",
            ),
            translate("AgreementFlows", "Make it a draft"),
            translate("AgreementFlows", "&Why (optional):"),
            self.view,
        )
        self.open_dialog(dialog, lambda: self._change(AgreementStatus.DRAFT, dialog.note()))
        return dialog

    def pause(self) -> PauseDialog | None:
        """Pause at once (dated now), then show the pause phrase and a calm script."""
        agreement = self._fresh()
        if agreement is None or not self._allowed(agreement, AgreementStatus.PAUSED):
            return None
        outcome = self._apply(
            agreement.uuid,
            AgreementStatus.PAUSED,
            lambda: self.journal.agreements.pause(agreement.uuid),
        )
        if outcome is None:
            return None
        self.last_pause = outcome
        current = outcome.agreement.current
        phrase = current.terms.pause_phrase if current else ""
        calm = as_shown(script(CALM_SCRIPT))
        dialog = PauseDialog(phrase, calm.title, calm.text, self.view)
        self.open_dialog(dialog)
        # However it closes (Keep this note, Close, Esc, or locking), words written stay.
        dialog.finished.connect(lambda _result: self._keep_pause_words(outcome, dialog))
        self.view.save_state.emit(translate("AgreementFlows", "Paused"))
        return dialog

    def _keep_pause_words(self, outcome: AgreementOutcome, dialog: PauseDialog) -> None:
        reason, what_i_need = dialog.reason(), dialog.what_i_need()
        if reason or what_i_need:
            self.save_pause_note(outcome, reason, what_i_need)

    def save_pause_note(self, outcome: AgreementOutcome, reason: str, what_i_need: str) -> bool:
        """Keep the reason (and what would help) in the pause entry the pause wrote."""
        try:
            entry = self.journal.entries.get(outcome.note.uuid)
            if entry is None or not isinstance(entry.answers, PauseAnswers):
                return False
            answers = entry.answers.model_copy(
                update={"reason": reason, "what_i_need": what_i_need}
            )
            self.journal.entries.save(entry.model_copy(update={"answers": answers}))
        except VaultError as exc:
            self.view.show_problem(exc.text)
            return False
        return True

    def resume(self) -> lifecycle.NoteDialog | None:
        """Resume a paused agreement: a deliberate step, with an optional note."""
        agreement = self._fresh()
        if agreement is None or not self._allowed(agreement, AgreementStatus.ACTIVE):
            return None
        dialog = lifecycle.NoteDialog(
            translate("AgreementFlows", "Resume the agreement"),
            translate(
                "AgreementFlows",
                "Go on with the agreement only if you have talked and you both want to. "
                "It becomes active again from now.",
            ),
            translate("AgreementFlows", "Resume the agreement"),
            translate("AgreementFlows", "&What you agreed when you talked (optional):"),
            self.view,
        )
        self.open_dialog(dialog, lambda: self._resume(agreement.uuid, dialog.note()))
        return dialog

    def _resume(self, agreement_uuid: uuid_mod.UUID, note: str) -> AgreementOutcome | None:
        return self._apply(
            agreement_uuid,
            AgreementStatus.ACTIVE,
            lambda: self.journal.agreements.resume(agreement_uuid, note),
        )

    def end(self) -> bool:
        """End the agreement, after asking once; ending is final."""
        agreement = self._fresh()
        if agreement is None or not self._allowed(agreement, AgreementStatus.ENDED):
            return False
        if not messages.confirm(
            self.view,
            translate("AgreementFlows", "End this agreement?"),
            translate(
                "AgreementFlows",
                "Ending is final: an ended agreement cannot be paused, resumed or changed "
                "again. Everything written stays in your journal, and you can start a new "
                "agreement whenever you both want to.",
            ),
            translate("AgreementFlows", "End the agreement"),
        ):
            return False
        return self._change(AgreementStatus.ENDED) is not None
