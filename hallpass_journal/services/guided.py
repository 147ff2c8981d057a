"""Guided entries: save a filled-in template as an entry, answer a check-in, see progress.

A thin layer over :class:`~hallpass_journal.services.entries.EntryService` and
:class:`~hallpass_journal.services.check_ins.CheckInService` (which publish the changes)
and the templates in :mod:`hallpass_journal.domain.guided_content`. Also the scripts
library: the built-in scripts plus the person's own, kept in a journal setting.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.checkins import CheckInNotOpen
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.guided_content_path import HURT_STEPS, REPAIR_PLAN
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.scripts import OWN_PREFIX, SCRIPTS, Script, own_scripts
from hallpass_journal.domain.settings import MAX_CUSTOM_SCRIPTS, SCRIPTS_CUSTOM, TOO_MANY_SCRIPTS
from hallpass_journal.domain.templates import (
    Template,
    blank_values,
    context_of,
    progress,
    to_answers,
    to_values,
)
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Change
from hallpass_journal.services.check_ins import CheckInService
from hallpass_journal.services.entries import EntryService
from hallpass_journal.services.keyvalue import JournalSettings

_PAGE = 100


class UnknownEntry(LookupError):
    """No entry with that UUID in this journal."""


class GuidedService:
    """Guided entries and the scripts library, over the journal's other services."""

    def __init__(
        self, entries: EntryService, check_ins: CheckInService, settings: JournalSettings
    ) -> None:
        self._entries = entries
        self._check_ins = check_ins
        self._settings = settings

    # -- writes ----------------------------------------------------------------------

    def save(
        self,
        template: Template | str,
        values: Mapping[str, Any],
        *,
        entry_uuid: uuid_mod.UUID | None = None,
        title: str = "",
        about: date | None = None,
        private: bool | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> Entry:
        """Save ``values`` as a new entry, or as entry ``entry_uuid``'s answers.

        An update keeps the entry's other fields (body, tags, feelings, created time)
        and its answers' context (e.g. the agreement it belongs to); ``title``, ``about``
        and ``private`` change it only when given (a blank title keeps the old one; a
        new entry's blank title is the template's).

        Raises:
            InvalidAnswers: ``values`` do not fit the template (``problems`` says where).
            UnknownEntry: there is no entry ``entry_uuid``.
            ValueError: the entry is of another kind, or ``context`` does not fit.
        """
        tpl = _template(template)
        if entry_uuid is None:
            answers = to_answers(tpl, values, context)
            entry = Entry.new(
                tpl.kind,
                title=title.strip() or tpl.title,
                private=bool(private),
                answers=answers,
                **({} if about is None else {"about": about}),
            )
            return self._entries.save(entry)
        existing = self._entries.get(entry_uuid)
        if existing is None:
            raise UnknownEntry(f"no entry {entry_uuid}")
        if existing.kind is not tpl.kind:
            raise ValueError(f"a {existing.kind.value} entry cannot be saved as {tpl.id!r}")
        kept = {**context_of(tpl, existing.answers), **(context or {})}
        changes: dict[str, Any] = {"answers": to_answers(tpl, values, kept)}
        if title.strip():
            changes["title"] = title.strip()
        if about is not None:
            changes["about"] = about
        if private is not None:
            changes["private"] = private
        return self._entries.save(existing.model_copy(update=changes))

    def complete_check_in(
        self,
        check_in_uuid: uuid_mod.UUID,
        template: Template | str,
        values: Mapping[str, Any],
        *,
        title: str = "",
        about: date | None = None,
        private: bool | None = None,
    ) -> Entry:
        """Answer an open check-in: its entry is saved and the check-in completed, atomically.

        Raises:
            CheckInNotOpen: the check-in does not exist or was already settled.
            InvalidAnswers: ``values`` do not fit the template.
        """
        tpl = _template(template)
        check_in = self._check_ins.get(check_in_uuid)
        if check_in is None or not check_in.is_open:
            raise CheckInNotOpen("This check-in is no longer open.")
        context = {"check_in_uuid": check_in_uuid} if tpl.kind is EntryKind.CHECK_IN else {}
        entry = Entry.new(
            tpl.kind,
            title=title.strip() or check_in.title or tpl.title,
            private=bool(private),
            answers=to_answers(tpl, values, context),
            **({} if about is None else {"about": about}),
        )
        saved = self._check_ins.complete(check_in_uuid, entry).entry
        assert saved is not None  # completing always saves its entry
        return saved

    # -- reads -----------------------------------------------------------------------

    def latest(self, template_id: str) -> Entry | None:
        """The newest entry (by the day it is about) written with ``template_id``."""
        tpl = guided_content.template(template_id)
        return next(
            (e for e in self._newest(tpl.kind) if _written_with(e) == tpl.id),
            None,
        )

    def checklist_progress(self, template_id: str) -> tuple[int, int]:
        """``(ticked, total)`` of the latest entry of a checklist; ``(0, n)`` if none."""
        tpl = guided_content.template(template_id)
        entry = self.latest(template_id)
        values = blank_values(tpl) if entry is None else to_values(tpl, entry.answers)
        return progress(tpl, values)

    def path_progress(self) -> list[bool]:
        """For each of the hurt partner's five steps: whether it has a saved entry."""
        wanted = {t.id for t in HURT_STEPS}
        seen: set[str] = set()
        for entry in self._newest(EntryKind.HURT_STEP):
            seen.add(_written_with(entry))
            if wanted <= seen:
                break
        return [t.id in seen for t in HURT_STEPS]

    def repair_progress(self) -> tuple[int, int]:
        """``(done, total)`` actions of the latest repair plan (its own items included)."""
        return self.checklist_progress(REPAIR_PLAN.id)

    # -- scripts ---------------------------------------------------------------------

    def scripts(self) -> list[Script]:
        """The scripts library: the built-in scripts, then the person's own."""
        return [*SCRIPTS, *own_scripts(self._own())]

    def add_script(self, *, title: str, text: str, when_to_use: str = "") -> Script:
        """Add a script of the person's own to the library; returns it as listed.

        Raises:
            ValueError: a blank title or text, text too long, or too many scripts.
        """
        stored = self._own()
        if len(stored) >= MAX_CUSTOM_SCRIPTS:
            raise ValueError(TOO_MANY_SCRIPTS.format(n=MAX_CUSTOM_SCRIPTS))
        item = {"title": title.strip(), "when_to_use": when_to_use.strip(), "text": text.strip()}
        self._settings.set(SCRIPTS_CUSTOM, [*stored, item])
        return own_scripts([*stored, item])[-1]

    def remove_script(self, script_id: str) -> Change:
        """Remove one of the person's own scripts (built-in scripts stay).

        Raises:
            KeyError: ``script_id`` is not one of the person's own scripts.
        """
        stored = self._own()
        ids = [s.id for s in own_scripts(stored)]
        if not script_id.startswith(OWN_PREFIX) or script_id not in ids:
            raise KeyError(script_id)
        del stored[ids.index(script_id)]
        return self._settings.set(SCRIPTS_CUSTOM, stored)

    # -- internals -------------------------------------------------------------------

    def _own(self) -> list[dict[str, Any]]:
        return [dict(item) for item in self._settings.get(SCRIPTS_CUSTOM)]

    def _newest(self, kind: EntryKind) -> Iterator[Entry]:
        """Entries of ``kind``, newest first, loaded a page at a time."""
        flt = EntryFilter(kinds=frozenset({kind}))
        after = None
        while True:
            page = self._entries.page(flt, after, _PAGE)
            for summary in page:
                entry = self._entries.get(summary.uuid)
                if entry is not None:
                    yield entry
            if len(page) < _PAGE:
                return
            after = page[-1].cursor


def _template(template: Template | str) -> Template:
    return guided_content.template(template) if isinstance(template, str) else template


def _written_with(entry: Entry) -> str:
    """The id of the template ``entry`` was written with ("" when none fits)."""
    tpl = guided_content.template_for(entry.kind, entry.answers)
    return "" if tpl is None else tpl.id
