"""Hostile import files: every one is a clear :class:`ImportProblem`, and nothing is written.

Nesting is checked on the bytes before any JSON reader recurses (deeper than
``MAX_DEPTH`` is refused, saying where), a file larger than ``MAX_IMPORT_BYTES`` is
refused before it is read, and whatever else a file holds (huge numbers, NaN, lone
surrogates, a BOM, bytes that are not UTF-8, a key twice, the same UUID twice) ends as a
problem with its location, never as a RecursionError, ValueError or MemoryError.
"""

from __future__ import annotations

import copy
import io
import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallpass_journal.services import import_checks, import_files
from hallpass_journal.services.export_json import (
    FORMAT_VERSION,
    ExportDocument,
    ImportProblem,
    build_document,
    import_document,
    import_json,
    json_schema,
    parse_document,
    read_document,
)
from hallpass_journal.services.import_checks import DEEPEST_EXPORT, MAX_DEPTH
from hallpass_journal.services.import_files import MAX_IMPORT_BYTES
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

GOLDEN_PATH = Path(__file__).parents[2] / "data" / f"export-v{FORMAT_VERSION}.json"
GOLDEN_RAW = GOLDEN_PATH.read_bytes()
GOLDEN: dict[str, Any] = json.loads(GOLDEN_RAW)
NOT_VALID = "not a valid Hall Pass Journal export"
NOT_JSON = "not valid JSON"
NOT_EXPORT = "not a Hall Pass Journal export"
TOO_DEEP = f"nest more than {MAX_DEPTH} deep"

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def refused(raw: bytes) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        parse_document(raw)
    return caught.value


def with_setting(value_json: bytes) -> bytes:
    """The golden export with an unknown setting ``x`` whose JSON text is ``value_json``."""
    data = copy.deepcopy(GOLDEN)
    data["settings"]["x"] = "HERE"
    return json.dumps(data).encode().replace(b'"HERE"', value_json)


def arrays(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def objects(depth: int) -> bytes:
    return b'{"a": ' * depth + b"1" + b"}" * depth


def _put_in_draft(raw: bytes) -> bytes:
    data = copy.deepcopy(GOLDEN)
    data["drafts"][0]["payload"]["title"] = "HERE"
    return json.dumps(data).encode().replace(b'"HERE"', raw)


def _put_in_terms(raw: bytes) -> bytes:
    data = copy.deepcopy(GOLDEN)
    data["agreements"][0]["versions"][0]["terms"]["who"] = "HERE"
    return json.dumps(data).encode().replace(b'"HERE"', raw)


# -- nesting --------------------------------------------------------------------------

DEEP = [
    ("100000 arrays", arrays(100_000), "(top level)"),
    ("100000 objects", objects(100_000), "a"),
    ("100000 arrays never closed", b"[" * 100_000, "(top level)"),
    ("100000 mixed, never closed", b'[{"k": ' * 50_000, "(top level)"),
    ("a setting 100000 deep", with_setting(arrays(100_000)), "settings.x"),
    ("a setting just too deep", with_setting(arrays(MAX_DEPTH - 1)), "settings.x"),
    ("a draft's payload", _put_in_draft(objects(500)), "drafts[0].payload"),
    ("an agreement's terms", _put_in_terms(arrays(500)), "agreements[0].versions[0].terms.who"),
    ("an unknown member", b'{"zz": ' + arrays(100) + b"}", "zz"),
]


@pytest.mark.parametrize(("raw", "where"), [c[1:] for c in DEEP], ids=[c[0] for c in DEEP])
def test_too_deep_is_refused_before_parsing_saying_where(raw: bytes, where: str) -> None:
    problem = refused(raw)
    assert NOT_VALID in problem.summary and "nothing was imported" in problem.summary
    assert len(problem.problems) == 1
    assert problem.problems[0].startswith(f"{where}: arrays and objects {TOO_DEEP} (line ")


def test_the_limit_is_exact() -> None:
    assert refused(arrays(MAX_DEPTH)).summary.startswith("This file is not a Hall Pass")
    assert TOO_DEEP in refused(arrays(MAX_DEPTH + 1)).problems[0]
    at_limit = refused(with_setting(arrays(MAX_DEPTH - 2)))  # document, settings, then these
    assert at_limit.problems == [
        "settings.x: must be plain JSON: text, a number, true/false or null, "
        "or one flat list or object of those"
    ]


def test_the_place_is_a_line_and_column() -> None:
    raw = b'{\n  "format": "hallpass-journal-export",\n  "x": ' + arrays(1000) + b"\n}"
    (problem,) = refused(raw).problems
    assert f"(line 3, column {8 + MAX_DEPTH - 1})" in problem  # the 65th, with the document


@pytest.mark.parametrize(
    "text",
    [
        "[" * 5000,
        "{" * 5000 + "}" * 10,
        '\\"' + "[" * 5000,
        "\\\\" + "[" * 200 + '\\"' + "{" * 200,
        '"' * 3 + "[" * 300,
    ],
    ids=["arrays", "objects", "after an escaped quote", "after escapes", "after quotes"],
)
def test_brackets_in_text_are_only_text(text: str) -> None:
    data = copy.deepcopy(GOLDEN)
    data["entries"][0]["body"] = text
    data["settings"]["ui.note"] = text
    data["drafts"][0]["payload"]["body"] = text
    document = parse_document(json.dumps(data).encode())
    assert document.entries[0].body == text


@pytest.mark.parametrize(
    "raw",
    [
        b'\\"' * 200_000 + b"[" * 100,  # a quote after each backslash: no string ever ends
        b'["' * 200_000 + b"[" * 100,
        b'"' + b"[" * 100 + b"9" * 5000,
        b"[" * 100 + b'"\\"' * 200_000,
    ],
    ids=["escaped quotes", "strings never closed", "a string never closed", "after the limit"],
)
def test_finding_the_place_takes_one_pass(raw: bytes) -> None:
    started = time.monotonic()
    problem = refused(raw)
    assert time.monotonic() - started < 2
    assert NOT_VALID in problem.summary or NOT_JSON in problem.summary


def test_the_format_nests_as_deep_as_documented() -> None:
    """DEEPEST_EXPORT comes from the schema, so a deeper format shows here first."""
    schema = json_schema()
    assert _schema_depth(schema, schema["$defs"]) == DEEPEST_EXPORT
    from hallpass_journal.domain.drafts import CheckInDraft, EditorDraft, GuidedDraft, OtherDraft

    # document > drafts > a draft > payload, the payload being one of these
    for kind in (CheckInDraft, EditorDraft, GuidedDraft, OtherDraft):
        payload = kind.model_json_schema()
        assert 3 + _schema_depth(payload, payload.get("$defs", {})) <= DEEPEST_EXPORT, kind
    assert import_checks._depth_bound(GOLDEN_RAW) <= DEEPEST_EXPORT
    assert 4 * DEEPEST_EXPORT <= MAX_DEPTH <= 100


def _schema_depth(node: Any, defs: dict[str, Any], seen: tuple[str, ...] = ()) -> int:
    """Containers nested in what ``node`` allows; an open-ended one counts as two (itself
    and one flat list or object inside: a guided draft's answers, plain values)."""
    if not isinstance(node, dict):
        return 0
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        assert name not in seen, f"{name} nests itself"
        return _schema_depth(defs[name], defs, (*seen, name))
    deepest = max(
        (
            _schema_depth(b, defs, seen)
            for k in ("anyOf", "oneOf", "allOf")
            for b in node.get(k, [])
        ),
        default=0,
    )
    inner = [*node.get("prefixItems", []), *node.get("properties", {}).values()]
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            inner.append(node[key])
    if inner:
        return max(deepest, 1 + max(_schema_depth(c, defs, seen) for c in inner))
    if node.get("type") in ("array", "object"):
        return max(deepest, 2)
    return deepest


# -- everything else a file can hold --------------------------------------------------


def _golden_with(old: bytes, new: bytes) -> bytes:
    assert old in GOLDEN_RAW
    return GOLDEN_RAW.replace(old, new, 1)


KEEP = b'"backups.keep": 5'
HOSTILE = [
    # (name, raw, words in the summary, the first problem starts with)
    ("empty", b"", "empty", None),
    ("only spaces", b" \n\t\r\n", "empty", None),
    ("a top-level array", b"[1, 2]", NOT_EXPORT, None),
    ("a top-level string", b'"hallpass-journal-export"', NOT_EXPORT, None),
    ("a number", b"12", NOT_EXPORT, None),
    ("null", b"null", NOT_EXPORT, None),
    ("another format", b'{"format": "x"}', NOT_EXPORT, None),
    ("a NUL byte", b"\x00", NOT_JSON, "line 1, column 1:"),
    ("cut short", GOLDEN_RAW[: len(GOLDEN_RAW) // 2], NOT_JSON, "line "),
    ("two documents", GOLDEN_RAW + GOLDEN_RAW, NOT_JSON, "line "),
    ("a BOM", b"\xef\xbb\xbf" + GOLDEN_RAW, NOT_JSON, "line 1, column 1:"),
    ("UTF-16", GOLDEN_RAW.decode().encode("utf-16"), "not text (UTF-8)", "line 1, column 1:"),
    ("a byte not UTF-8", _golden_with(b"Sample", b"Sam\xffple"), "not text (UTF-8)", "line "),
    ("a lone surrogate", _golden_with(b"Sample", b"\\ud800Sample"), NOT_VALID, None),
    ("a lone surrogate key", _golden_with(KEEP, KEEP + b', "\\udc00": 1'), NOT_VALID, None),
    ("100000 digits", _golden_with(KEEP, b'"backups.keep": ' + b"9" * 100_000), NOT_VALID, "a"),
    ("-4301 digits", _golden_with(KEEP, b'"backups.keep": -' + b"1" * 4301), NOT_VALID, "a"),
    ("1e999999", _golden_with(KEEP, b'"backups.keep": 1e999999'), "1 problem", "settings.b"),
    ("-1e999999", _golden_with(KEEP, KEEP + b', "x": -1e999999'), "1 problem", "settings.x"),
    ("NaN", _golden_with(KEEP, b'"backups.keep": NaN'), "1 problem", "settings.backups.keep"),
    ("Infinity", _golden_with(KEEP, KEEP + b', "x": Infinity'), "1 problem", "settings.x"),
    ("a mood of NaN", _golden_with(b'"mood": ', b'"mood": NaN, "m": '), "problem", "entries[0]"),
    (
        "a key twice",
        _golden_with(b'"mood": ', b'"mood": 1, "mood": '),
        "1 problem",
        "entries[0].mood",
    ),
    ("entries twice", _golden_with(b"{", b'{"entries": [],'), "1 problem", "entries:"),
    ("format twice", _golden_with(b"{", b'{"format": "x",'), "1 problem", "format:"),
]


@pytest.mark.parametrize(
    ("raw", "words", "first"), [c[1:] for c in HOSTILE], ids=[c[0] for c in HOSTILE]
)
def test_each_hostile_file_is_a_clear_problem(raw: bytes, words: str, first: str | None) -> None:
    problem = refused(raw)
    assert words in problem.summary and "nothing was imported" in problem.summary
    if first is not None:
        assert problem.problems and problem.problems[0].startswith(first), problem.problems
    for line in [problem.summary, *problem.problems]:
        line.encode("utf-8")  # printable as it is: no lone surrogate


def test_a_long_number_is_found_where_it_is() -> None:
    fraction = b"0." + b"1" * 5000 + b"e-" + b"2" * 5000  # a float, read as one
    raw = _golden_with(KEEP, KEEP + b', "f": ' + fraction + b', "x": -' + b"3" * 4301)
    at = raw.index(b"-" + b"3" * 4301)
    line, column = raw.count(b"\n", 0, at) + 1, at - raw.rfind(b"\n", 0, at)
    problem = refused(raw)
    assert problem.problems == [
        f"a number has more than 4300 digits (line {line}, column {column})"
    ]


def test_keys_are_shown_safely() -> None:
    raw = _golden_with(b"{", b'{"\\u001b[2J\\ud800' + b"k" * 200 + b'": [' + arrays(100) + b"],")
    (problem,) = refused(raw).problems
    assert "\x1b" not in problem and "\\u001b[2J" in problem
    assert len(problem) < 300
    problem.encode("utf-8")


# -- the same UUID twice ------------------------------------------------------------

KINDS = ["entries", "agreements", "events", "check_ins"]


@pytest.mark.parametrize("part", KINDS)
@pytest.mark.parametrize("upper", [False, True], ids=["same", "upper case"])
def test_the_same_uuid_twice_is_a_located_problem(part: str, upper: bool) -> None:
    data = copy.deepcopy(GOLDEN)
    items = data[part]
    copied = copy.deepcopy(items[-1])
    if upper:
        copied["uuid"] = copied["uuid"].upper()
    items.append(copied)
    problem = refused(json.dumps(data).encode())
    last, first = len(items) - 1, len(items) - 2
    assert f"{part}[{last}].uuid: already used by {part}[{first}]" in problem.problems


@pytest.mark.parametrize("part", KINDS)
def test_a_built_document_with_a_uuid_twice_imports_nothing(journal: Journal, part: str) -> None:
    items = getattr(ExportDocument.model_validate_json(GOLDEN_RAW), part)
    document = ExportDocument.model_validate_json(GOLDEN_RAW).model_copy(
        update={part: [*items, items[0]]}
    )
    with pytest.raises(ImportProblem) as caught:
        import_document(journal, document)
    assert f"{part}[{len(items)}].uuid: already used by {part}[0]" in caught.value.problems
    assert journal.entries.count() == 0 and journal.agreements.list() == []


# -- size -----------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 300 * 1024 * 1024)  # sparse: nothing is written
    started = time.monotonic()
    with pytest.raises(ImportProblem) as caught:
        read_document(big)
    assert time.monotonic() - started < 1
    assert caught.value.summary == (
        "This file is 556 MiB, larger than the 256 MiB an export may be; nothing was imported."
    )
    assert MAX_IMPORT_BYTES == 256 * 1024 * 1024


def test_the_limit_and_the_size_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_files, "MAX_IMPORT_BYTES", 1024)
    source = tmp_path / "e.json"
    source.write_bytes(b" " * 1025)
    with pytest.raises(ImportProblem) as caught:
        read_document(source)
    assert "1.1 KiB, larger than the 1 KiB" in caught.value.summary  # rounded up
    with pytest.raises(ImportProblem) as caught:
        parse_document(b" " * 2048)
    assert "2 KiB, larger than the 1 KiB" in caught.value.summary
    source.write_bytes(b" " * 1024)
    assert "empty" in pytest.raises(ImportProblem, read_document, source).value.summary


def test_a_file_growing_while_read_is_read_no_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size looked at says 10 bytes; at most the limit and one byte are read."""
    monkeypatch.setattr(import_files, "MAX_IMPORT_BYTES", 100)
    source = tmp_path / "e.json"
    source.write_bytes(b"[" * 5000)
    real_fstat, real_stat = os.fstat, os.stat

    def small(info: os.stat_result) -> os.stat_result:
        return os.stat_result((*info[:6], 10, *info[7:10]))

    monkeypatch.setattr(os, "stat", lambda path, *a, **k: small(real_stat(path, *a, **k)))
    monkeypatch.setattr(os, "fstat", lambda fd: small(real_fstat(fd)))
    read: list[int] = []
    real_fdopen = os.fdopen

    def counting_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        fh = real_fdopen(fd, *args, **kwargs)
        real_read = fh.read

        class Counted:
            def __enter__(self) -> Counted:
                return self

            def __exit__(self, *exc: object) -> None:
                fh.close()

            def fileno(self) -> int:
                return int(fh.fileno())

            def read(self, n: int) -> bytes:
                data: bytes = real_read(n)
                read.append(len(data))
                return data

        return Counted()

    monkeypatch.setattr(os, "fdopen", counting_fdopen)
    with pytest.raises(ImportProblem) as caught:
        read_document(source)
    assert sum(read) == 101
    assert caught.value.summary == (
        "This file is larger than the 100 bytes an export may be; nothing was imported."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_only_ordinary_files_are_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)  # opening it to read would wait for a writer
    for source in (pipe, Path(os.devnull)):
        problem = pytest.raises(ImportProblem, read_document, source).value
        assert "not an ordinary file" in problem.summary
    assert "folder" in pytest.raises(ImportProblem, read_document, tmp_path).value.summary
    missing = tmp_path / "none.json"
    assert "no file" in pytest.raises(ImportProblem, read_document, missing).value.summary


# -- properties -----------------------------------------------------------------------


def _only_import_problems(raw: bytes) -> ImportProblem | None:
    try:
        parse_document(raw)
    except ImportProblem as problem:
        assert problem.summary
        return problem
    return None


@FAST
@given(
    depth=st.integers(1, 3 * MAX_DEPTH),
    opens=st.lists(st.sampled_from([b"[", b'{"k": ', b'{"": [']), min_size=1, max_size=3),
    where=st.sampled_from(["top", "setting", "draft", "terms", "entry"]),
    closed=st.booleans(),
)
def test_any_nesting_is_a_problem_or_fine(
    depth: int, opens: list[bytes], where: str, closed: bool
) -> None:
    opening = b"".join(opens[i % len(opens)] for i in range(depth))
    closing = bytes(c for c in reversed(opening) if c in b"[{").translate(
        bytes.maketrans(b"[{", b"]}")
    )
    value = opening + b"1" + (closing if closed else b"")
    placed = {
        "top": lambda v: v,
        "setting": with_setting,
        "draft": _put_in_draft,
        "terms": _put_in_terms,
        "entry": lambda v: _golden_with(b'"mood": ', b'"mood": ' + v + b', "m": '),
    }[where](value)
    problem = _only_import_problems(placed)  # a flat list is a fine setting
    # How deep the value reaches: the levels around it, then its own.
    levels = sum(opening.count(c) for c in (b"[", b"{"))
    nesting = levels + {"top": 0, "setting": 2, "draft": 4, "terms": 6, "entry": 3}[where]
    too_deep = problem is not None and TOO_DEEP in "\n".join(problem.problems)
    if nesting > MAX_DEPTH:
        assert too_deep, (nesting, problem)
    elif closed:  # (left open, what follows it in the file nests inside it too)
        assert not too_deep, (nesting, problem)


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_are_a_problem(raw: bytes) -> None:
    assert _only_import_problems(raw) is not None


BIG = "\x00a number of 5000 digits\x00"  # json.dumps refuses to write one


def dumped(value: object, **options: Any) -> bytes:
    text = json.dumps(value, **options).replace(json.dumps(BIG), "-" + "9" * 5000)
    return text.encode("utf-8", "surrogatepass")


json_text = st.text(alphabet=st.sampled_from('[]{}"\\:,ab \u00e9'), max_size=12)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | json_text
    | st.sampled_from([10**30, BIG, float("nan"), "\ud800", "\ufeff"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(json_text, children, max_size=3)
    ),
    max_leaves=20,
)


@FAST
@given(json_values, st.sampled_from(["top", "setting", "draft", "entries", "format_version"]))
def test_any_json_value_anywhere_is_a_problem_or_a_document(value: object, where: str) -> None:
    data = copy.deepcopy(GOLDEN)
    if where == "top":
        raw = dumped(value)
    else:
        target = {
            "setting": (data["settings"], "x"),
            "draft": (data["drafts"][0]["payload"], "title"),
            "entries": (data, "entries"),
            "format_version": (data, "format_version"),
        }[where]
        target[0][target[1]] = value
        raw = dumped(data)
    _only_import_problems(raw)


@FAST
@given(
    st.lists(
        st.tuples(st.integers(0, len(GOLDEN_RAW)), st.integers(0, 3), st.binary(max_size=4)),
        min_size=1,
        max_size=4,
    )
)
def test_any_damage_to_the_bytes_is_a_problem_or_a_document(
    damage: list[tuple[int, int, bytes]],
) -> None:
    raw = bytearray(GOLDEN_RAW)
    for at, cut, put in damage:
        raw[at : at + cut] = put
    _only_import_problems(bytes(raw))


def _depth_of(value: object) -> int:
    todo, deepest = [(value, 1)], 0
    while todo:
        item, level = todo.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            todo.extend((i, level + 1) for i in (item.values() if isinstance(item, dict) else item))
    return deepest


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_the_quick_depth_is_the_depth(value: object) -> None:
    for raw in (dumped(value), dumped(value, ensure_ascii=False)):
        assert import_checks._depth_bound(raw) == _depth_of(value)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from('[]{}"\\:,a'), max_size=40))
def test_the_quick_depth_is_never_less_than_the_exact_one(text: str) -> None:
    """Never less than any JSON reader reaches: it stops at a backslash outside a string,
    a string never closed or a bracket closing nothing (none of them JSON), so the bound
    is only owed up to there."""
    raw = text.encode()
    frames = 0
    deepest = 0
    for token in re.finditer(rb'"(?:[^"\\]|\\.)*"?|[\[\]{}\\]', raw, re.DOTALL):
        if token.group() == b"\\" or token.group()[-1:] != b'"' == token.group()[:1]:
            break
        if token.group() in (b"[", b"{"):
            frames += 1
            deepest = max(deepest, frames)
        elif token.group() in (b"]", b"}"):
            if frames == 0:
                break
            frames -= 1
    assert import_checks._depth_bound(raw) >= deepest


# -- nothing is written -------------------------------------------------------------


def _files(journal: Journal) -> dict[str, bytes]:
    folder = journal.path.parent
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


HOSTILE_FILES = st.sampled_from([c[1] for c in DEEP] + [c[1] for c in HOSTILE]) | st.binary(
    max_size=200
)


@FAST
@given(raw=HOSTILE_FILES)
def test_a_hostile_file_writes_nothing(
    journal: Journal, journal_path: Path, tmp_path: Path, raw: bytes
) -> None:
    if journal.entries.count() == 0:
        import_json(journal, GOLDEN_PATH)
        journal.vault.checkpoint()
    source = tmp_path / "in" / "hostile.json"
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(raw)
    before = _files(journal)
    document = build_document(journal, include_private=True)
    with pytest.raises(ImportProblem):
        import_json(journal, source)
    assert _files(journal) == before
    assert journal_path.read_bytes() == before[journal_path.name]
    assert build_document(journal, include_private=True) == document


# -- the command line ---------------------------------------------------------------

CLI_CASES = [
    ("deep", arrays(100_000), NOT_VALID),
    ("deep in a setting", with_setting(objects(100_000)), NOT_VALID),
    ("huge number", _golden_with(KEEP, b'"backups.keep": ' + b"9" * 100_000), NOT_VALID),
    ("surrogate", _golden_with(b"Sample", b"\\ud800Sample"), NOT_VALID),
    ("BOM", b"\xef\xbb\xbf" + GOLDEN_RAW, NOT_JSON),
    ("empty", b"", "empty"),
    ("array", b"[]", NOT_EXPORT),
    (
        "uuid twice",
        json.dumps({**GOLDEN, "events": [*GOLDEN["events"], GOLDEN["events"][0]]}).encode(),
        "problem",
    ),
]


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Callable[[bytes], tuple[int, str, str]]:
    from hallpass_journal.cli import main

    journal_file = tmp_path / "j.hpj"
    Journal.create(journal_file, PASSPHRASE).close()

    def run(raw: bytes) -> tuple[int, str, str]:
        source = tmp_path / "in.json"
        source.write_bytes(raw)
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
        before = journal_file.read_bytes()
        code = main(["import", str(journal_file), str(source), "--passphrase-stdin"])
        out, err = capsys.readouterr()
        assert journal_file.read_bytes() == before
        return code, out, err

    return run


@pytest.mark.parametrize(
    ("raw", "words"), [c[1:] for c in CLI_CASES], ids=[c[0] for c in CLI_CASES]
)
def test_cli_import_of_a_hostile_file_exits_1_with_a_clear_line(
    cli: Callable[[bytes], tuple[int, str, str]], raw: bytes, words: str
) -> None:
    code, out, err = cli(raw)
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[0].startswith("hallpass-journal: This ") and words in lines[0], err
    assert "nothing was imported" in lines[0]
    assert all(line.startswith("  ") for line in lines[1:]) and len(lines) <= 2, err
    assert "something unexpected" not in err and "Traceback" not in err


def test_cli_import_of_a_file_too_large_says_how_large(
    cli: Callable[[bytes], tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_files, "MAX_IMPORT_BYTES", 4096)
    code, _, err = cli(GOLDEN_RAW)
    size = import_files._size(len(GOLDEN_RAW))
    assert code == 1
    assert err == (
        f"hallpass-journal: This file is {size}, larger than the 4 KiB an export may be; "
        "nothing was imported.\n"
    )
