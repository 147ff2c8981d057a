"""The Guides section: every guided entry, the hurt partner's path, and the help pages.

Three pages stacked in one view: the list (:class:`~hallpass_journal.ui.guided.guide_list.
GuideList`), a guided form (:class:`~hallpass_journal.ui.guided.form.GuidedForm`; Close
or Esc comes back, a draft keeping anything unsaved), and a help page. Other sections
reach it through actions (``ui/windows/sections.py``): start a guided entry, answer a
due check-in, open a saved guided entry again, show a help page.

What saving leads to is decided here, not in the form: a debrief that decides to change
the agreement asks the Agreement section for a new version, one that decides to stop
asks it to end the agreement (it asks once); the fifth step of the hurt partner's path
says calmly which check-ins were set up.

A saved guided entry open here can be brought to the next session, and have questions,
from its form and from the window's Entry menu (:meth:`GuidesView.entry_actions`).
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.agreements import AgreementStatus, current_agreement
from hallpass_journal.domain.drafts import guided_draft_key
from hallpass_journal.domain.entries import DebriefAnswers, Entry, empty_answers
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.guides import guide_page
from hallpass_journal.domain.templates import PromptType, Template
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Area, Change
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import wipe
from hallpass_journal.ui.dialogs.script_picker import ScriptPicker, pick_script
from hallpass_journal.ui.guided.controls import day_text
from hallpass_journal.ui.guided.form import GuidedForm
from hallpass_journal.ui.guided.guide_list import GuideList, RowStatus
from hallpass_journal.ui.guided.help_page import HelpPage
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.windows.sections import (
    AGREEMENT_END,
    AGREEMENT_RENEGOTIATE,
    GUIDE_PAGE,
    GUIDED_CHECK_IN,
    GUIDED_OPEN,
    GUIDED_START,
)

#: The step of the hurt partner's path that sets up check-ins at intervals.
PATH_EVALUATE = "hurt_step_5"
#: A debrief's decision -> what the Agreement section is asked to do.
_DECISIONS = {"modify": AGREEMENT_RENEGOTIATE, "stop": AGREEMENT_END}


def is_checklist(template: Template) -> bool:
    """A checklist is ticked over time: starting it again continues the latest one."""
    return any(p.type is PromptType.CHECK for p in template.prompts)


class GuidesView(JournalView):
    """Guided entries to start, the form being filled in, and help to read."""

    section_id = "guides"
    watches = frozenset({Area.ENTRIES, Area.DRAFTS, Area.SESSION})

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        #: The guided form open in this section, if any.
        self.form: GuidedForm | None = None
        #: The script picker last opened from a form (tests drive it).
        self.picker: ScriptPicker | None = None
        self._list_stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)
        self.guide_list = GuideList(guided_content.listed(), self.pages)
        self.guide_list.template_chosen.connect(self.start)
        self.guide_list.page_chosen.connect(self.show_help)
        self.pages.addWidget(self.guide_list)
        self.form_page = QWidget(self.pages)
        self._form_box = QVBoxLayout(self.form_page)
        self._form_box.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.form_page)
        self.help_page = HelpPage(self.pages)
        self.help_page.back_requested.connect(self.show_list)
        self.pages.addWidget(self.help_page)
        self.pages.currentChanged.connect(lambda _index: self.entry_actions_changed.emit())
        self.refresh()

    # -- the list ----------------------------------------------------------------------

    def show_list(self) -> None:
        """Back to the list of guides (saying again where each stands)."""
        self.refresh()
        self.pages.setCurrentWidget(self.guide_list)
        link = self.guide_list.first_link()
        if link is not None and self.isVisible():
            link.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Say again where each guided entry stands (drafts, ticks, steps written)."""
        self._list_stale = False
        try:
            drafts = {key for key, _payload, _at in self.journal.drafts.all()}
            path = self.journal.guided.path_progress()
            statuses = []
            steps = iter(path)
            for template in guided_content.listed():
                words: list[str] = []
                if guided_draft_key(template.id) in drafts:
                    words.append(self.tr("a draft is waiting"))
                if template.kind is EntryKind.HURT_STEP and next(steps, False):
                    words.append(self.tr("written"))
                elif is_checklist(template) and self.journal.guided.latest(template.id):
                    ticked, total = self.journal.guided.checklist_progress(template.id)
                    words.append(
                        self.tr("{ticked} of {total} done").format(ticked=ticked, total=total)
                    )
                statuses.append(RowStatus(template.id, " · ".join(words)))
        except VaultError as exc:
            self.save_state.emit(exc.text)
            return
        self.guide_list.set_statuses(statuses)

    def journal_changed(self, change: Change) -> None:
        """Entries or drafts changed: the list catches up when it is next shown."""
        if change.touches(Area.SESSION) and self.form is not None:
            self.form.session.reread()  # marked or unmarked elsewhere (the Journal)
        if not change.touches(Area.ENTRIES, Area.DRAFTS):
            return
        if self.isVisible() and self.pages.currentWidget() is self.guide_list:
            self.refresh()
        else:
            self._list_stale = True

    def shown(self) -> None:
        """Brought to the front."""
        super().shown()
        if self._list_stale and self.pages.currentWidget() is self.guide_list:
            self.refresh()

    # -- help pages --------------------------------------------------------------------

    def show_help(self, page_id: str) -> bool:
        """Show a help page (False: no such page)."""
        try:
            page = guide_page(page_id)
        except KeyError:
            return False
        self.help_page.show_page(page)
        self.pages.setCurrentWidget(self.help_page)
        self.help_page.focus_text()
        return True

    # -- guided forms ------------------------------------------------------------------

    def start(self, template_id: str) -> bool:
        """Start a guided entry; a checklist continues its latest entry."""
        try:
            template = guided_content.template(template_id)
        except KeyError:
            return False
        entry: Entry | None = None
        context: dict[str, Any] = {}
        try:
            if is_checklist(template):
                entry = self.journal.guided.latest(template.id)
            if (
                entry is None
                and "agreement_uuid" in type(empty_answers(template.kind)).model_fields
            ):
                context = self._agreement_context()
        except VaultError as exc:
            self.save_state.emit(exc.text)
            return False
        return self._open_form(template, entry=entry, context=context)

    def _agreement_context(self) -> dict[str, Any]:
        """The agreement a new debrief (or pause) is about: the current one, as everywhere."""
        current = current_agreement(self.journal.agreements.list())
        if current is None or current.status is AgreementStatus.ENDED:
            return {}  # every agreement has ended: nothing left to pause or change
        return {"agreement_uuid": current.uuid}

    def open_guided(self, entry_uuid: str | uuid_mod.UUID) -> bool:
        """Open a saved guided entry again, for editing (its context is kept)."""
        try:
            entry = self.journal.entries.get(uuid_mod.UUID(str(entry_uuid)))
        except (ValueError, VaultError):
            return False
        if entry is None:
            return False
        template = guided_content.template_for(entry.kind, entry.answers)
        if template is None:
            return False
        return self._open_form(template, entry=entry)

    def answer_check_in(self, check_in_uuid: str | uuid_mod.UUID) -> bool:
        """Answer a due check-in with its guided entry (saving completes it)."""
        try:
            check_in = self.journal.check_ins.get(uuid_mod.UUID(str(check_in_uuid)))
            if check_in is None:
                return False
            if check_in.completed_entry_uuid is not None:  # answered already: show it
                return self.open_guided(check_in.completed_entry_uuid)
            template = guided_content.template(self.journal.schedule.template_id(check_in))
        except (ValueError, KeyError, VaultError):
            return False
        return self._open_form(template, check_in_uuid=check_in.uuid)

    def _open_form(
        self,
        template: Template,
        *,
        entry: Entry | None = None,
        check_in_uuid: uuid_mod.UUID | None = None,
        context: dict[str, Any] | None = None,
    ) -> bool:
        target = entry.uuid if entry is not None else check_in_uuid
        if self.form is not None and self.form.is_for(template.id, target):
            self._show_form()
            return True
        if not self._close_form():
            return False
        form = GuidedForm(
            self.journal,
            template,
            self.form_page,
            entry=entry,
            check_in_uuid=check_in_uuid,
            context=context,
            about=date.today(),
        )
        form.save_state.connect(self.save_state)
        form.saved.connect(self._on_saved)
        form.close_requested.connect(self.show_list)
        form.script_requested.connect(self._pick_script)
        form.session.marked.connect(self._on_marked)
        self._form_box.addWidget(form)
        self.form = form
        self._show_form()
        self.entry_actions_changed.emit()  # the Entry menu: this form's entry now
        return True

    def _show_form(self) -> None:
        if self.form is None:
            return
        self.pages.setCurrentWidget(self.form_page)
        self.form.focus_first()

    def _close_form(self) -> bool:
        """Keep the open form's answers as a draft and let it go; False if that failed."""
        form = self.form
        if form is None:
            return True
        try:
            form.flush()
        except VaultError as exc:
            self.save_state.emit(exc.text)
            self._show_form()
            return False
        self.form = None
        self.entry_actions_changed.emit()
        self._form_box.removeWidget(form)
        wipe.destroy(form)
        return True

    def _on_marked(self, _entry_uuid: uuid_mod.UUID, marked: bool) -> None:
        if marked:
            self.save_state.emit(self.tr("Marked for your next session"))
        else:
            self.save_state.emit(self.tr("No longer marked for your next session"))

    def _pick_script(self, edit: QPlainTextEdit) -> None:
        self.picker = pick_script(self, self.journal, edit)

    def _on_saved(self, entry: Entry, before: Entry | None) -> None:
        """What a save leads to: the agreement's next step, or check-ins set up."""
        answers = entry.answers
        if isinstance(answers, DebriefAnswers) and answers.agreement_uuid is not None:
            earlier = (
                before.answers.decision
                if before and isinstance(before.answers, DebriefAnswers)
                else ""
            )
            if answers.decision != earlier:
                action = _DECISIONS.get(answers.decision)
                if action is not None:
                    self.action_requested.emit(action, str(answers.agreement_uuid))
                    return
        form = self.form
        if form is not None and form.template.id == PATH_EVALUATE and before is None:
            form.show_message(self._path_check_ins_text(entry))

    def _path_check_ins_text(self, entry: Entry) -> str:
        try:
            days = sorted(
                c.due_at.astimezone().date()
                for c in self.journal.check_ins.all()
                if c.event_entry_uuid == entry.uuid and c.is_open
            )
        except VaultError:
            days = []
        if not days:
            return self.tr(
                "Saved. Gentle check-ins at intervals have been set up, so you can look "
                "back on how you are doing; they appear on Home when they are due."
            )
        texts = [day_text(d) for d in days]
        listed = texts[0]
        if len(texts) > 1:
            listed = self.tr("{first} and {last}").format(
                first=", ".join(texts[:-1]), last=texts[-1]
            )
        return self.tr(
            "Saved. Check-ins to look back on how you are doing are set for {days}; "
            "they will show on Home when they are due."
        ).format(days=listed)

    # -- JournalView -------------------------------------------------------------------

    def handle_action(self, action: str, argument: str) -> bool:
        """Start, answer, open again, or read: the actions routed to this section."""
        if action == GUIDED_START:
            return self.start(argument)
        if action == GUIDED_CHECK_IN:
            return self.answer_check_in(argument)
        if action == GUIDED_OPEN:
            return self.open_guided(argument)
        if action == GUIDE_PAGE:
            return self.show_help(argument)
        return False

    def entry_actions(self) -> list[QAction]:
        """For the guided entry open here: bring it to my next session, add a question."""
        if self.form is None or self.pages.currentWidget() is not self.form_page:
            return []
        return [self.form.session.mark_action, self.form.session.question_action]

    def flush(self) -> None:
        """Keep the open form's unsaved answers as a draft; raises a :class:`VaultError`."""
        if self.form is not None:
            self.form.flush()

    def wipe(self) -> None:
        """Forget every answer shown (the journal is being locked)."""
        if self.form is not None:
            self.form.wipe()
        self.help_page.wipe()
        self.guide_list.set_statuses([])
