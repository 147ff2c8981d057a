"""Full export and import of a journal as versioned JSON.

The format is defined by :class:`ExportDocument` (pydantic), so its JSON Schema is
always the code's own (``hallpass-journal schema``). Exports are deterministic: the same
journal always gives the same bytes, so an export -> import -> export round trip can be
compared byte for byte. Import validates everything before writing anything, then
merges by UUID, so importing the same file twice adds nothing.

Import trusts nothing: the file is validated in pydantic's strict mode (``"5"`` is not a
number, ``true`` is not 1, ``0`` is not a date), settings and drafts by their own schemas
(:mod:`hallpass_journal.domain.settings`, :mod:`hallpass_journal.domain.drafts`), then
as a whole (:mod:`hallpass_journal.services.import_checks`). Every way a file can be
wrong ends as an :class:`ImportProblem`, never as an unexpected error: a file larger than
:data:`MAX_IMPORT_BYTES` is refused before it is read, one nested deeper than
:data:`~hallpass_journal.services.import_checks.MAX_DEPTH` before it is parsed.

Versions: 2 added key events, each agreement's check-in days and when a check-in was
set aside or snoozed; 3 added what the person brings to their next session (entries
marked for it, and questions). Older files still import: they are read as the current
version without the newer parts, which take their defaults (no events, check-ins after
14, 30 and 91 days, nothing snoozed, nothing marked, no questions). A file from a newer
version is refused, asking for an update.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Final, Literal, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from hallpass_journal.domain.agreements import Agreement
from hallpass_journal.domain.checkins import CheckIn
from hallpass_journal.domain.drafts import DraftKey, draft_payload, parse_draft
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import AlreadyExists
from hallpass_journal.domain.events import KeyEvent
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.session import SessionMark, SessionQuestion
from hallpass_journal.domain.settings import JournalSettingsDocument
from hallpass_journal.services import import_files
from hallpass_journal.services.import_checks import (
    LongNumber,
    RepeatedKeys,
    document_problems,
    line_column,
    location,
    long_number_problem,
    nesting_problem,
    reference_problems,
    whole_number,
)
from hallpass_journal.services.import_files import (
    ImportProblem,
    out_of_memory,
    read_export_bytes,
    too_large,
)
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.connection import known_errors
from hallpass_journal.storage.fsutil import same_file_family
from hallpass_journal.storage.targets import check_output_target

#: Told ``(done, total)`` as an export or import goes; it may raise (e.g. :class:`Cancelled`)
#: to stop: an export then writes nothing, an import rolls back.
Progress = Callable[[int, int], None]
_T = TypeVar("_T")

FORMAT_NAME = "hallpass-journal-export"
FORMAT_VERSION: Final = 3
#: Every version this app reads (older files take the newer parts' defaults).
SUPPORTED_FORMAT_VERSIONS = (1, 2, 3)
MAX_PROBLEMS = 10
NOT_VALID = "This file is not a valid Hall Pass Journal export; nothing was imported."
NOT_JSON = "This file is not valid JSON; nothing was imported."
NOT_EXPORT = "This file is not a Hall Pass Journal export; nothing was imported."


class DraftRecord(BaseModel):
    """An autosaved editor state; its payload fits the schema of its kind of draft."""

    model_config = ConfigDict(extra="forbid")

    key: DraftKey
    payload: dict[str, Any] = Field(
        description=(
            'Checked by kind: "home.check_in" and "editor:<id>" have their own schemas '
            "(hallpass_journal.domain.drafts); other kinds must be plain, shallow JSON."
        )
    )
    saved_at: datetime

    @field_validator("payload")
    @classmethod
    def _fits_its_kind(cls, payload: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        key = info.data.get("key")
        if key is None:
            return payload  # the key's own problem is the one reported
        return draft_payload(parse_draft(key, payload))


def _whole_number(value: Any) -> Any:
    # Literal[1] alone accepts true and 1.0, which equal 1 in Python.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


class ExportDocument(BaseModel):
    """A whole journal. Version 3 of the export format (versions 1 and 2 are read too)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["hallpass-journal-export"] = "hallpass-journal-export"
    format_version: Annotated[Literal[1, 2, 3], BeforeValidator(_whole_number)] = FORMAT_VERSION
    entries: list[Entry] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    events: list[KeyEvent] = Field(
        default_factory=list, description="Key events, by day then time (format version 2)."
    )
    check_ins: list[CheckIn] = Field(default_factory=list)
    settings: JournalSettingsDocument = Field(default_factory=JournalSettingsDocument)
    drafts: list[DraftRecord] = Field(default_factory=list)
    session_marks: list[SessionMark] = Field(
        default_factory=list,
        description="Entries marked for the next session, by the entry's day (format version 3).",
    )
    session_questions: list[SessionQuestion] = Field(
        default_factory=list,
        description="Questions for the next session, talked-about ones too (format version 3).",
    )


class Cancelled(Exception):
    """The person stopped an export or import: nothing was written or imported."""


class ImportCounts(BaseModel):
    """What an import did with one kind of record."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0


class ImportReport(BaseModel):
    """What an import did: totals over entries, agreements, events, check-ins and questions."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    entries: ImportCounts = Field(default_factory=ImportCounts)
    agreements: ImportCounts = Field(default_factory=ImportCounts)
    events: ImportCounts = Field(default_factory=ImportCounts)
    check_ins: ImportCounts = Field(default_factory=ImportCounts)
    questions: ImportCounts = Field(default_factory=ImportCounts)
    #: Entries left as they are because the journal's copy was edited more recently
    #: than the file's (counted as unchanged).
    newer_here: int = 0

    def count(self, kind: str, outcome: str, n: int = 1) -> None:
        """Add ``n`` to the total ``outcome`` and to that of ``kind``."""
        setattr(self, outcome, getattr(self, outcome) + n)
        counts: ImportCounts = getattr(self, kind)
        setattr(counts, outcome, getattr(counts, outcome) + n)


def _reporting(items: Iterable[_T], progress: Progress | None, total: int) -> Iterator[_T]:
    """Yield ``items``, telling ``progress`` how many have gone by (if asked to)."""
    if progress is None:
        yield from items
        return
    for done, item in enumerate(items, 1):
        yield item
        progress(done, total)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the export format."""
    return ExportDocument.model_json_schema()


def build_document(
    journal: Journal, *, include_private: bool = False, progress: Progress | None = None
) -> ExportDocument:
    """The journal in a stable order.

    Entries marked private (and editor drafts, which may hold them) are left out unless
    ``include_private``: the full, lossless copy is something a person asks for.
    ``progress`` is told how many entries have been read.
    """
    flt = EntryFilter(include_private=include_private)
    total = journal.entries.count(flt) if progress is not None else 0
    return ExportDocument(
        entries=list(_reporting(journal.entries.iter_all(flt), progress, total)),
        agreements=journal.agreements.list(),
        events=journal.events.list(),
        check_ins=journal.check_ins.all(),
        settings=JournalSettingsDocument.model_validate(journal.settings.all()),
        drafts=[DraftRecord(key=k, payload=p, saved_at=t) for k, p, t in journal.drafts.all()]
        if include_private
        else [],
        session_marks=journal.session.marks(include_private=include_private),
        session_questions=_questions(journal, include_private=include_private),
    )


def _questions(journal: Journal, *, include_private: bool) -> list[SessionQuestion]:
    """Every question; without private entries, none says it came from one."""
    questions = journal.session.questions(include_done=True)
    if include_private:
        return questions
    out = []
    for question in questions:  # a few: one lookup each
        linked = journal.entries.get(question.entry_uuid) if question.entry_uuid else None
        if linked is not None and linked.private:
            question = question.model_copy(update={"entry_uuid": None})
        out.append(question)
    return out


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` beside ``target`` (owner-only), fsync, then rename over it.

    Killed part-way, no partial file ever appears at ``target``; the leftover temp file
    has a fixed name, so the next export to the same place replaces it.
    """
    target = Path(target)
    tmp = target.with_name(f".{target.name}.partial")
    with known_errors():
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)


def export_json(
    journal: Journal,
    out: Path,
    *,
    include_private: bool = False,
    progress: Progress | None = None,
) -> ExportDocument:
    """Write an export to ``out`` (unencrypted: callers must say so first).

    ``progress`` is told ``(entries read, entries in all)``; if it raises, nothing is
    written.
    """
    if same_file_family(Path(out), journal.path):
        raise AlreadyExists("An export cannot be written over the journal itself.")
    check_output_target(Path(out), source=journal.path)  # never a journal: JSON is plain
    document = build_document(journal, include_private=include_private, progress=progress)
    write_atomically(Path(out), document.model_dump_json(indent=2).encode("utf-8") + b"\n")
    return document


def _refused(problems: list[str]) -> ImportProblem:
    shown = problems[:MAX_PROBLEMS]
    if len(problems) > MAX_PROBLEMS:
        shown.append(f"... and {len(problems) - MAX_PROBLEMS} more")
    return ImportProblem(
        f"This export has {len(problems)} problem(s); nothing was imported.", shown
    )


@functools.cache
def _schema() -> dict[str, Any]:
    return json_schema()


def _read_json(raw: bytes) -> Any:
    """``raw`` read as JSON, once it is known to be safe to read; refused as it comes."""
    if len(raw) > import_files.MAX_IMPORT_BYTES:
        raise too_large(len(raw))
    if not raw or raw.isspace():
        raise ImportProblem("This file is empty; nothing was imported.")
    if raw.startswith(codecs.BOM_UTF8):
        raise ImportProblem(
            NOT_JSON,
            ["line 1, column 1: it starts with a byte order mark (BOM), which no export has"],
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            "This file is not text (UTF-8), so it cannot be a journal export; "
            "nothing was imported.",
            [f"{line_column(raw, exc.start)}: not UTF-8 text"],
        ) from exc
    too_deep = nesting_problem(raw, _schema())
    if too_deep is not None:
        raise ImportProblem(NOT_VALID, [too_deep])
    repeated = RepeatedKeys()
    try:
        data = json.loads(text, object_pairs_hook=repeated, parse_int=whole_number)
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            NOT_JSON, [f"line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from exc
    except LongNumber:
        raise ImportProblem(NOT_VALID, [long_number_problem(raw)]) from None
    except (ValueError, RecursionError):  # a number no reader holds; a stack already deep
        raise ImportProblem(NOT_VALID) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ImportProblem(NOT_EXPORT)
    if repeated.found:
        raise _refused(repeated.problems(data))
    return data


def parse_document(raw: bytes) -> ExportDocument:
    """Validate an export file; raise :class:`ImportProblem` with the first problems.

    Files no reader should take on make the whole file refused, saying where when a place
    can be named: larger than :data:`MAX_IMPORT_BYTES`, empty, not UTF-8 text, not JSON,
    arrays and objects nested deeper than
    :data:`~hallpass_journal.services.import_checks.MAX_DEPTH` (checked before parsing),
    a number of thousands of digits, text with a lone surrogate. An object with a key
    twice, and every other problem, is listed with its location.
    """
    try:
        data = _read_json(raw)
    except MemoryError:
        raise out_of_memory() from None
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ImportProblem(
            f"This export uses format version {version}, made by a newer version of the app. "
            "Please update Hall Pass Journal to import it."
        )
    # Written by every version; a default is for building documents, not for reading one.
    problems = [] if "format_version" in data else ["format_version: Field required"]
    del data  # the second reading needs the memory more
    try:
        document = ExportDocument.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        unreadable = [
            e["msg"].removeprefix("Invalid JSON: ") for e in errors if e["type"] == "json_invalid"
        ]
        if unreadable:
            raise ImportProblem(NOT_VALID, unreadable[:1]) from exc
        problems += [f"{location(e['loc'])}: {e['msg']}" for e in errors]
        raise _refused(problems) from exc
    except RecursionError as exc:  # not deep (checked above): the caller's stack was
        raise ImportProblem(NOT_VALID) from exc
    except MemoryError:
        raise out_of_memory() from None
    problems += document_problems(document)
    if problems:
        raise _refused(problems)
    return document


def _same(a: object, b: object) -> bool:
    # JSON equality: in Python true == 1 == 1.0, in a journal setting they differ.
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def import_document(
    journal: Journal, document: ExportDocument, *, progress: Progress | None = None
) -> ImportReport:
    """Merge ``document`` into ``journal`` by UUID, in one transaction.

    Nothing is written unless every check passes (see
    :mod:`~hallpass_journal.services.import_checks`): for instance, an agreement a
    check-in or event refers to must be in the file or already in the journal. An entry
    is replaced only when the imported copy was updated later than the one already here;
    identical agreements, events and check-ins are left alone (a different one is
    replaced by the file's); a mark is added where the entry has none. ``progress`` is
    told how many of the file's entries, agreements, events, check-ins and questions are
    done; if it raises, the whole import is rolled
    back.
    """
    problems = document_problems(document) + reference_problems(document, journal)
    if problems:
        raise _refused(problems)
    report = ImportReport()
    total = (
        len(document.entries)
        + len(document.agreements)
        + len(document.events)
        + len(document.check_ins)
        + len(document.session_questions)
    )
    done = 0

    def step(n: int = 1) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    with journal.bulk():
        for entry in document.entries:
            existing = journal.entries.get(entry.uuid)
            if existing is None:
                report.count("entries", "added")
            elif existing == entry or existing.updated_at >= entry.updated_at:
                report.count("entries", "unchanged")
                report.newer_here += existing != entry
                step()
                continue
            else:
                report.count("entries", "updated")
            journal.save_entry(entry, touch=False)
            step()
        for agreement in document.agreements:
            current = journal.agreements.get(agreement.uuid)
            if current == agreement:
                report.count("agreements", "unchanged")
            else:
                report.count("agreements", "added" if current is None else "updated")
                journal.agreements.save(agreement)
            step()
        for event in document.events:
            current_event = journal.events.get(event.uuid)
            if current_event == event:
                report.count("events", "unchanged")
            else:
                report.count("events", "added" if current_event is None else "updated")
                journal.events.save(event)
            step()
        existing_check_ins = {c.uuid: c for c in journal.check_ins.all()}
        changed = [c for c in document.check_ins if existing_check_ins.get(c.uuid) != c]
        report.count("check_ins", "unchanged", len(document.check_ins) - len(changed))
        report.count("check_ins", "added", sum(c.uuid not in existing_check_ins for c in changed))
        report.count("check_ins", "updated", sum(c.uuid in existing_check_ins for c in changed))
        if changed:
            journal.check_ins.save_all(changed)
        step(len(document.check_ins))
        current_settings = journal.settings.all()
        for key, value in document.settings.stored().items():
            if key not in current_settings or not _same(current_settings[key], value):
                journal.settings.set(key, value)
        for question in document.session_questions:
            current_question = journal.session.question(question.uuid)
            if current_question == question:
                report.count("questions", "unchanged")
            else:
                report.count("questions", "added" if current_question is None else "updated")
                journal.session.save_question(question)
            step()
        for mark in document.session_marks:
            journal.session.restore_mark(mark)
        known_drafts = {k for k, _, _ in journal.drafts.all()}
        for draft in document.drafts:
            if draft.key not in known_drafts:
                journal.drafts.put(draft.key, draft.payload, draft.saved_at)
    return report


def read_document(source: Path) -> ExportDocument:
    """Read and validate an export file (no journal needed); see :func:`parse_document`."""
    return parse_document(read_export_bytes(source))


def import_json(
    journal: Journal, source: Path, *, progress: Progress | None = None
) -> ImportReport:
    """Validate then merge an export file."""
    return import_document(journal, read_document(source), progress=progress)
