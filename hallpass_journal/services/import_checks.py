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

Before any of that, the file's bytes are checked for what could hurt the reader itself:
arrays and objects nested deeper than :data:`MAX_DEPTH` (see :func:`nesting_problem`),
whole numbers of thousands of digits (:func:`whole_number`), and an object with the same
key twice (:class:`RepeatedKeys`), which two JSON readers may read differently.
"""

from __future__ import annotations

import json
import re
import uuid as uuid_mod
from collections.abc import Callable, Hashable, Iterator
from datetime import UTC, datetime
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Final

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
        *_repeated("session_marks", [m.entry_uuid for m in document.session_marks], "entry_uuid"),
        *_repeated("session_questions", [q.uuid for q in document.session_questions], "uuid"),
    ]
    for i, entry in enumerate(document.entries):
        for j, emotion in enumerate(entry.emotions):
            if emotion.name not in _EMOTIONS:
                problems.append(f"entries[{i}].emotions[{j}].name: not an emotion this app knows")
    for i, agreement in enumerate(document.agreements):
        days_problem = check_in_days_problem(agreement.check_in_days)
        if days_problem is not None:
            problems.append(f"agreements[{i}].check_in_days: {days_problem}")
    parts = ("entries", "agreements", "events", "check_ins", "drafts")
    for part in (*parts, "session_marks", "session_questions"):
        problems.extend(_out_of_range(getattr(document, part), part))
    return problems


def reference_problems(document: ExportDocument, journal: Journal) -> list[str]:
    """References to an agreement, check-in or marked entry in neither the file nor the journal.

    A question may name an entry that is not here (a private one left out of the export):
    it is only where the question came up, so it is kept as it is.
    """
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
    entry_known = _known(
        {e.uuid for e in document.entries}, lambda u: journal.entries.get(u) is not None
    )
    for i, mark in enumerate(document.session_marks):
        if not entry_known(mark.entry_uuid):
            problems.append(f"session_marks[{i}].entry_uuid: {_NO_ENTRY}")
    return problems


_NO_AGREEMENT = "no agreement with this UUID in the file or the journal"
_NO_CHECK_IN = "no check-in with this UUID in the file or the journal"
_NO_ENTRY = "no entry with this UUID in the file or the journal"


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


# -- before parsing ---------------------------------------------------------------------

#: How deep arrays and objects nest in an export this version writes, the document
#: itself counted: ``agreements`` > an agreement > ``versions`` > a version > ``terms`` >
#: ``who`` is 7; a draft's payload reaches 6 (``drafts`` > a draft > ``payload`` >
#: ``emotions`` > one ``[name, intensity]``). A test derives it from the schema.
DEEPEST_EXPORT: Final = 7
#: The deepest nesting an import file may have; anything deeper is refused before it is
#: parsed. Far above :data:`DEEPEST_EXPORT` (room for later versions of the format), far
#: below where any JSON reader would run out of stack (Python's and pydantic's readers
#: recurse once per level), in any thread.
MAX_DEPTH: Final = 64
#: Digits a whole number may have (Python's own default limit, and pydantic's): no field
#: holds more than 19, and converting millions of digits would take minutes.
MAX_NUMBER_DIGITS: Final = 4300
#: How much of an object key a location shows.
_SHOWN_KEY = 60

# A string, or one never closed: it runs to the end (no reader goes past it), so a scan
# never starts again inside it and stays linear whatever the file holds.
_STRING = rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"?'
_TOKENS = re.compile(_STRING + rb"|[\[\]{},:]", re.DOTALL)
# A whole number (not a float's fraction or exponent), tried only where one can start.
_LONG_NUMBER = re.compile(
    _STRING + rb"|(?<![0-9.eE+-])-?[0-9]{%d,}+(?![.eE])" % (MAX_NUMBER_DIGITS + 1), re.DOTALL
)
_ONLY_QUOTES_AND_BRACKETS = bytes(sorted(set(range(256)) - set(b'"[]{}')))
_AS_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1, +1, -1, -1 as signed bytes


def nesting_problem(raw: bytes, schema: dict[str, Any]) -> str | None:
    """Where ``raw`` (JSON text) nests arrays and objects deeper than :data:`MAX_DEPTH`.

    Nothing is parsed, so nothing recurses: first an upper bound of the depth (found with
    C-speed passes over the bytes: a real export costs little), then, only when that bound
    is over the limit, an exact walk that finds the place. The location is the path, as in
    every other problem, down to where ``schema`` (the export's JSON Schema) stops
    describing the file (a draft's payload counts as one value), with the line and
    column. ``None`` means no JSON reader will go deeper than :data:`MAX_DEPTH` in
    ``raw``, even if it is not valid JSON.
    """
    if _depth_bound(raw) <= MAX_DEPTH:
        return None
    return _too_deep_at(raw, schema)


def _depth_bound(raw: bytes) -> int:
    r"""At least the deepest any JSON reader goes in ``raw`` (for JSON, exactly its depth).

    Escapes are dropped (``\\`` then ``\"``), every other quote then starts or ends a
    string, and the brackets outside strings are kept as steps of +1 and -1: the highest
    their running sum reaches is the depth, up to the first bracket that closes nothing,
    where every reader stops (it is not JSON).
    """
    quoted = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    quoted = quoted.translate(None, _ONLY_QUOTES_AND_BRACKETS)
    steps = b"".join(quoted.split(b'"')[::2]).translate(_AS_STEPS)
    del quoted
    return max(0, max(accumulate(memoryview(steps).cast("b")), default=0))


def _too_deep_at(raw: bytes, schema: dict[str, Any]) -> str | None:
    """The first place ``raw`` opens an array or object deeper than :data:`MAX_DEPTH`."""
    # One frame per open array or object: [is an object, its current key or index].
    frames: list[list[Any]] = []
    last_string = b""
    for token in _TOKENS.finditer(raw):
        text = token.group()
        if text[0] == 0x22:  # '"'
            last_string = text
        elif text in (b"[", b"{"):
            if len(frames) >= MAX_DEPTH:
                path = [_part(frame) for frame in frames]
                where = location(_described(path, schema))
                return (
                    f"{where}: arrays and objects nest more than {MAX_DEPTH} deep "
                    f"({line_column(raw, token.start())}); an export nests at most "
                    f"{DEEPEST_EXPORT} deep"
                )
            frames.append([text == b"{", None if text == b"{" else 0])
        elif text in (b"]", b"}"):
            if frames:
                frames.pop()
        elif frames and text == b",":
            frames[-1][1] = None if frames[-1][0] else frames[-1][1] + 1
        elif frames and text == b":" and frames[-1][0]:
            frames[-1][1] = last_string
    return None


def _part(frame: list[Any]) -> str | int:
    member = frame[1]
    if not frame[0]:
        return int(member)
    try:
        key = json.loads(member) if member is not None else None
    except ValueError:
        key = None
    return key if isinstance(key, str) else "?"


def _described(path: list[str | int], schema: dict[str, Any]) -> list[str | int]:
    """``path`` down to where ``schema`` stops describing it, then without list positions.

    ``settings.ui.x[0][0]...`` is ``settings.ui.x`` (a setting is one plain value),
    ``drafts[1].payload.note[0]...`` is ``drafts[1].payload`` (checked as a whole).
    """
    defs = schema.get("$defs", {})
    node: Any = schema
    kept: list[str | int] = []
    for part in path:
        kept.append(part)
        node = _child(node, part, defs)
        if not _describes_inside(node, defs):
            break
    while kept and isinstance(kept[-1], int):
        kept.pop()
    return kept


def _describes_inside(node: Any, defs: dict[str, Any], seen: int = 0) -> bool:
    """Whether ``node`` says what the members of a value may be."""
    if not isinstance(node, dict) or seen > 16:
        return False
    if "$ref" in node:
        return _describes_inside(defs.get(node["$ref"].rsplit("/", 1)[-1]), defs, seen + 1)
    return isinstance(node.get("additionalProperties"), dict) or any(
        key in node for key in ("properties", "items", "prefixItems", "anyOf", "oneOf", "allOf")
    )


def _child(node: Any, part: str | int, defs: dict[str, Any], seen: int = 0) -> Any:
    """The schema of ``part`` of a value that ``node`` describes; ``None`` when open or unknown."""
    if not isinstance(node, dict) or seen > 16:
        return None
    if "$ref" in node:
        return _child(defs.get(node["$ref"].rsplit("/", 1)[-1]), part, defs, seen + 1)
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(key, []):
            found = _child(branch, part, defs, seen + 1)
            if found is not None:
                return found
    if isinstance(part, int):
        items = node.get("prefixItems", [])
        found = items[part] if part < len(items) else node.get("items")
    else:
        found = node.get("properties", {}).get(part, node.get("additionalProperties"))
    return found if isinstance(found, dict) and found else None


def whole_number(text: str) -> int:
    """A ``parse_int`` for :func:`json.loads` that refuses more than :data:`MAX_NUMBER_DIGITS`.

    Raises:
        ValueError: the number is longer (then :func:`long_number_problem` says where).
    """
    if len(text) - text.startswith("-") > MAX_NUMBER_DIGITS:
        raise LongNumber("a number has too many digits")
    return int(text)


class LongNumber(ValueError):
    """A whole number of more than :data:`MAX_NUMBER_DIGITS` digits."""


def long_number_problem(raw: bytes) -> str:
    """Where ``raw`` holds a whole number of more than :data:`MAX_NUMBER_DIGITS` digits."""
    where = ""
    for match in _LONG_NUMBER.finditer(raw):
        if match.group()[0] != 0x22:  # not a string
            where = f" ({line_column(raw, match.start())})"
            break
    return f"a number has more than {MAX_NUMBER_DIGITS} digits{where}"


class RepeatedKeys:
    """An ``object_pairs_hook`` for :func:`json.loads` noting every object with a key twice.

    JSON readers differ on such an object (the first or the last value wins, or it is an
    error), so a file that has one says two things at once: it is refused.
    """

    def __init__(self) -> None:
        self.found: list[tuple[dict[str, Any], str]] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        """The object ``pairs`` make, noted if a key comes twice."""
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.found.append((obj, key))
                seen.add(key)
        return obj

    def problems(self, data: object) -> list[str]:
        """``location: ...`` for each repeated key found while reading ``data``."""
        if not self.found:
            return []
        paths = _paths_of({id(obj) for obj, _ in self.found}, data)
        return [
            f"{location([*paths.get(id(obj), []), key])}: this key appears more than once "
            "in its object"
            for obj, key in self.found
        ]


def _paths_of(wanted: set[int], data: object) -> dict[int, list[str | int]]:
    """The path of each container in ``data`` whose ``id`` is in ``wanted`` (no recursion)."""
    found: dict[int, list[str | int]] = {}
    todo: list[tuple[dict[str, Any] | list[Any], list[str | int]]] = []
    if isinstance(data, dict | list):
        todo.append((data, []))
    while todo and len(found) < len(wanted):
        value, path = todo.pop()
        if id(value) in wanted:
            found[id(value)] = path
        members = value.items() if isinstance(value, dict) else enumerate(value)
        todo.extend((item, [*path, key]) for key, item in members if isinstance(item, dict | list))
    return found


def location(path: list[str | int] | tuple[str | int, ...]) -> str:
    """``entries[3].answers.step``: a path as every problem starts, keys shown safely."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = shown_key(part)
            out += f".{key}" if out else key
    return out or "(top level)"


def shown_key(key: str) -> str:
    """An object key from a file, fit to print (short, in one line).

    Control characters, lone surrogates and terminal escapes are written as JSON escapes.
    """
    short = key[:_SHOWN_KEY]
    if not short.isprintable():
        short = json.dumps(short)[1:-1]
    return short + ("\u2026" if len(key) > _SHOWN_KEY else "")


def line_column(raw: bytes, offset: int) -> str:
    """``line 3, column 17``: where byte ``offset`` of ``raw`` is (columns in characters)."""
    start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    column = len(raw[start:offset].decode("utf-8", "replace")) + 1
    return f"line {line}, column {column}"
