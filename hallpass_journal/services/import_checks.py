"""What an import must check beyond the export schema's types.

The schema (:class:`~hallpass_journal.services.export_json.ExportDocument`, validated in
strict mode) says what each value may be; these checks look at the document as a whole,
and at the journal it is going into. Each problem is a line ``location: what is wrong``,
in the same form as the schema's own, and never quotes the file's content.

References checked: an agreement (from a check-in, a key event, or an agreement note,
pause or debrief entry) and a check-in (from a check-in entry) must be in the file or
already in the journal; neither is ever deleted or left out of an export. A check-in's
link to an entry (``event_entry_uuid``, ``completed_entry_uuid``) is not checked: entries
can be deleted, and private ones are left out of a default export, so a person's own
export may rightly point at an entry it does not hold.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable, Hashable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel

from hallpass_journal.domain.json_values import INT_LIMIT
from hallpass_journal.domain.vocabulary import EMOTIONS
from hallpass_journal.services.agreements import check_in_days_problem

if TYPE_CHECKING:
    from hallpass_journal.services.export_json import ExportDocument
    from hallpass_journal.services.journal import Journal

_EMOTIONS = frozenset(EMOTIONS)


def document_problems(document: ExportDocument) -> list[str]:
    """Problems of the document on its own: repeats, unknown emotions, impossible values."""
    problems = [
        *_repeated("entries", [e.uuid for e in document.entries], "uuid"),
        *_repeated("agreements", [a.uuid for a in document.agreements], "uuid"),
        *_repeated("events", [e.uuid for e in document.events], "uuid"),
        *_repeated("check_ins", [c.uuid for c in document.check_ins], "uuid"),
        *_repeated("drafts", [d.key for d in document.drafts], "key"),
    ]
    for i, entry in enumerate(document.entries):
        for j, emotion in enumerate(entry.emotions):
            if emotion.name not in _EMOTIONS:
                problems.append(f"entries[{i}].emotions[{j}].name: not an emotion this app knows")
    for i, agreement in enumerate(document.agreements):
        days_problem = check_in_days_problem(agreement.check_in_days)
        if days_problem is not None:
            problems.append(f"agreements[{i}].check_in_days: {days_problem}")
    for part in ("entries", "agreements", "events", "check_ins", "drafts"):
        problems.extend(_out_of_range(getattr(document, part), part))
    return problems


def reference_problems(document: ExportDocument, journal: Journal) -> list[str]:
    """References to an agreement or check-in that is neither in the file nor the journal."""
    agreement_known = _known(
        {a.uuid for a in document.agreements}, lambda u: journal.agreements.get(u) is not None
    )
    check_in_known = _known(
        {c.uuid for c in document.check_ins}, lambda u: journal.check_ins.get(u) is not None
    )
    problems: list[str] = []
    for i, entry in enumerate(document.entries):
        agreement = getattr(entry.answers, "agreement_uuid", None)
        if agreement is not None and not agreement_known(agreement):
            problems.append(f"entries[{i}].answers.agreement_uuid: {_NO_AGREEMENT}")
        check_in = getattr(entry.answers, "check_in_uuid", None)
        if check_in is not None and not check_in_known(check_in):
            problems.append(f"entries[{i}].answers.check_in_uuid: {_NO_CHECK_IN}")
    for i, event in enumerate(document.events):
        if event.agreement_uuid is not None and not agreement_known(event.agreement_uuid):
            problems.append(f"events[{i}].agreement_uuid: {_NO_AGREEMENT}")
    for i, planned in enumerate(document.check_ins):
        if planned.agreement_uuid is not None and not agreement_known(planned.agreement_uuid):
            problems.append(f"check_ins[{i}].agreement_uuid: {_NO_AGREEMENT}")
    return problems


_NO_AGREEMENT = "no agreement with this UUID in the file or the journal"
_NO_CHECK_IN = "no check-in with this UUID in the file or the journal"


def _known(
    in_file: set[uuid_mod.UUID], in_journal: Callable[[uuid_mod.UUID], bool]
) -> Callable[[uuid_mod.UUID], bool]:
    """A membership test that asks the journal at most once per UUID."""
    asked: dict[uuid_mod.UUID, bool] = {}

    def known(value: uuid_mod.UUID) -> bool:
        if value in in_file:
            return True
        if value not in asked:
            asked[value] = in_journal(value)
        return asked[value]

    return known


def _repeated(part: str, keys: list[Hashable], field: str) -> Iterator[str]:
    first: dict[Hashable, int] = {}
    for i, key in enumerate(keys):
        if key in first:
            yield f"{part}[{i}].{field}: already used by {part}[{first[key]}]"
        else:
            first[key] = i


def _out_of_range(value: object, where: str) -> Iterator[str]:
    """Times that have no UTC equivalent (stored as UTC), whole numbers beyond 64 bits."""
    if isinstance(value, datetime):
        try:
            (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
        except OverflowError:
            yield f"{where}: this time falls outside the years 1 to 9999 in UTC"
    elif isinstance(value, int) and not isinstance(value, bool):
        if not -INT_LIMIT < value < INT_LIMIT:
            yield f"{where}: this number is too large"
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _out_of_range(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _out_of_range(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _out_of_range(item, f"{where}.{key}")
