"""Import is strict: every doubtful value is a located problem, nothing is trusted.

Each case starts from the real golden export of the current format version
(tests/data/export-v2.json) and damages one thing, so a refusal can only come from that
one thing.
"""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.entries import CheckInAnswers, Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import (
    FORMAT_VERSION,
    ExportDocument,
    ImportProblem,
    build_document,
    export_json,
    import_json,
    parse_document,
)
from hallpass_journal.services.journal import Journal

PASS = "correct horse battery staple"
GOLDEN_PATH = Path(__file__).parents[2] / "data" / f"export-v{FORMAT_VERSION}.json"
GOLDEN: dict[str, Any] = json.loads(GOLDEN_PATH.read_bytes())
UNKNOWN = "00000000-0000-0000-0000-0000000000ff"
NOT_VALID = "not a valid Hall Pass Journal export"

Change = Callable[[dict[str, Any]], object]


def damaged(change: Change) -> bytes:
    """The golden export with one ``change`` applied."""
    data = copy.deepcopy(GOLDEN)
    change(data)
    return json.dumps(data).encode()


def refused(raw: bytes) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        parse_document(raw)
    return caught.value


def nested(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


def _first(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(e for e in data["entries"] if e["kind"] == kind)


def _emotion(**fields: object) -> Change:
    return lambda d: d["entries"][0]["emotions"][0].update(fields)


def _twice(part: str) -> Change:
    return lambda d: d[part].append(copy.deepcopy(d[part][0]))


def _setting(key: str, value: object) -> Change:
    return lambda d: d["settings"].update({key: value})


def _check_in_draft(payload: object) -> Change:
    draft = {"key": "home.check_in", "payload": payload, "saved_at": "2026-03-12T10:00:00Z"}
    return lambda d: d["drafts"].append(draft)


GOOD_CHECK_IN_DRAFT = {
    "emotions": [["calm", 6]],
    "mood": 4,
    "needs": ["rest"],
    "telling_me": "slow down",
    "note": "",
    "private": False,
}

LOCATED = [
    # strict types (pydantic strict mode): no silent conversions
    ("format_version true", lambda d: d.update(format_version=True), "format_version"),
    ("format_version 1.0", lambda d: d.update(format_version=1.0), "format_version"),
    ("format_version missing", lambda d: d.pop("format_version"), "format_version"),
    ("intensity as text", _emotion(intensity="5"), "entries[0].emotions[0].intensity"),
    ("intensity true", _emotion(intensity=True), "entries[0].emotions[0].intensity"),
    ("mood true", lambda d: d["entries"][0].update(mood=True), "entries[0].mood"),
    ("about as a number", lambda d: d["entries"][0].update(about=0), "entries[0].about"),
    ("dismissed as 1", lambda d: d["check_ins"][0].update(dismissed=1), "check_ins[0].dismissed"),
    # meaning
    ("unknown emotion", _emotion(name="zeal"), "entries[0].emotions[0].name"),
    ("entry twice", _twice("entries"), "entries[12].uuid"),
    ("agreement twice", _twice("agreements"), "agreements[1].uuid"),
    ("event twice", _twice("events"), "events[3].uuid"),
    ("check-in twice", _twice("check_ins"), "check_ins[3].uuid"),
    ("draft twice", _twice("drafts"), "drafts[1].key"),
    # times that do not exist in UTC, numbers no column can hold
    (
        "created at year 1, east of UTC",
        lambda d: d["entries"][0].update(created_at="0001-01-01T00:00:00+23:59"),
        "entries[0].created_at",
    ),
    (
        "due at year 9999, west of UTC",
        lambda d: d["check_ins"][0].update(due_at="9999-12-31T23:59:59-23:59"),
        "check_ins[0].due_at",
    ),
    (
        "version number beyond 64 bits",
        lambda d: d["agreements"][0]["versions"][1].update(number=2**70),
        "agreements[0].versions[1].number",
    ),
    # settings: typed and bounded
    ("backups.keep as text", _setting("backups.keep", "lots"), "settings.backups.keep"),
    ("backups.keep as a list", _setting("backups.keep", [1]), "settings.backups.keep"),
    ("backups.keep NaN", _setting("backups.keep", float("nan")), "settings.backups.keep"),
    ("backups.keep Infinity", _setting("backups.keep", float("inf")), "settings.backups.keep"),
    ("backups.keep 2.0", _setting("backups.keep", 2.0), "settings.backups.keep"),
    ("backups.keep true", _setting("backups.keep", True), "settings.backups.keep"),
    ("backups.keep 1", _setting("backups.keep", 1), "settings.backups.keep"),
    ("backups.keep 0", _setting("backups.keep", 0), "settings.backups.keep"),
    ("backups.keep 101", _setting("backups.keep", 101), "settings.backups.keep"),
    ("unknown setting nested", _setting("ui.layout", [[1]]), "settings.ui.layout"),
    ("unknown setting NaN", _setting("ui.zoom", float("nan")), "settings.ui.zoom"),
    ("unknown setting deep", _setting("ui.deep", nested(150)), "settings.ui.deep"),
    # drafts: typed by their kind
    ("check-in draft, emotions a number", _check_in_draft({"emotions": 5}), "drafts[1].payload"),
    ("check-in draft, mood text", _check_in_draft({"mood": "x"}), "drafts[1].payload"),
    (
        "check-in draft, unknown emotion",
        _check_in_draft({**GOOD_CHECK_IN_DRAFT, "emotions": [["zeal", 3]]}),
        "drafts[1].payload",
    ),
    (
        "check-in draft, deep",
        _check_in_draft({**GOOD_CHECK_IN_DRAFT, "note": nested(150)}),
        "drafts[1].payload",
    ),
    (
        "editor draft, title a list",
        lambda d: d["drafts"][0]["payload"].update(title=["x"]),
        "drafts[0].payload",
    ),
    (
        "unknown draft kind, deep",
        lambda d: d["drafts"].append(
            {
                "key": "later.thing",
                "payload": {"x": nested(150)},
                "saved_at": "2026-03-12T10:00:00Z",
            }
        ),
        "drafts[1].payload",
    ),
]


@pytest.mark.parametrize(("change", "where"), [c[1:] for c in LOCATED], ids=[c[0] for c in LOCATED])
def test_each_doubtful_value_is_a_located_problem(change: Change, where: str) -> None:
    problem = refused(damaged(change))
    assert "nothing was imported" in problem.summary
    assert any(line.startswith(f"{where}:") for line in problem.problems), problem.problems


def test_a_good_check_in_draft_and_plain_unknown_settings_are_kept() -> None:
    raw = damaged(
        lambda d: (
            _check_in_draft(GOOD_CHECK_IN_DRAFT)(d),
            _setting("ui.zoom", 1.25)(d),
            _setting("ui.recent", ["a", 2, None, True])(d),
        )
    )
    document = parse_document(raw)
    assert document.drafts[1].payload == GOOD_CHECK_IN_DRAFT
    assert document.model_dump(mode="json")["settings"] == {
        "backups.keep": 5,
        "ui.zoom": 1.25,
        "ui.recent": ["a", 2, None, True],
    }


UNREADABLE = [
    (
        "a 5000-digit number",
        json.dumps(GOLDEN).replace('"backups.keep": 5', '"backups.keep": ' + "9" * 5000).encode(),
    ),
    (
        "a lone surrogate",
        json.dumps(GOLDEN).replace('"Sample feelings"', '"\\ud800 alone"', 1).encode(),
    ),
    (
        "nested 100000 deep",
        damaged(_setting("x", "HERE")).replace(b'"HERE"', b"[" * 100_000 + b"]" * 100_000),
    ),
    ("nested 300 deep", damaged(_setting("x", nested(300)))),
]


@pytest.mark.parametrize("raw", [c[1] for c in UNREADABLE], ids=[c[0] for c in UNREADABLE])
def test_unreadable_values_are_not_a_valid_export(raw: bytes) -> None:
    problem = refused(raw)
    assert NOT_VALID in problem.summary
    assert "nothing was imported" in problem.summary


def test_nothing_deep_imports_and_exports_keep_working(journal: Journal, tmp_path: Path) -> None:
    for depth in (20, 120, 300, 900):
        source = tmp_path / f"deep-{depth}.json"
        source.write_bytes(damaged(_setting("x", nested(depth))))
        with pytest.raises(ImportProblem):
            import_json(journal, source)
        source.write_bytes(
            damaged(lambda d, n=depth: d["drafts"][0]["payload"].update(x=nested(n)))
        )
        with pytest.raises(ImportProblem):
            import_json(journal, source)
    assert journal.entries.count() == 0
    export_json(journal, tmp_path / "out.json", include_private=True)


DANGLING = [
    (
        "check-in's agreement",
        lambda d: d["check_ins"][1].update(agreement_uuid=UNKNOWN),
        "check_ins[1].agreement_uuid",
    ),
    (
        "agreement note's agreement",
        lambda d: _first(d, "agreement")["answers"].update(agreement_uuid=UNKNOWN),
        "entries[4].answers.agreement_uuid",
    ),
    (
        "debrief's agreement",
        lambda d: _first(d, "debrief")["answers"].update(agreement_uuid=UNKNOWN),
        "entries[7].answers.agreement_uuid",
    ),
    (
        "check-in entry's check-in",
        lambda d: _first(d, "check_in")["answers"].update(check_in_uuid=UNKNOWN),
        "entries[6].answers.check_in_uuid",
    ),
    (
        "event's agreement",
        lambda d: d["events"][1].update(agreement_uuid=UNKNOWN),
        "events[1].agreement_uuid",
    ),
    (
        "the agreement left out",
        lambda d: d.update(agreements=[]),
        "check_ins[0].agreement_uuid",
    ),
]


@pytest.mark.parametrize(
    ("change", "where"), [c[1:] for c in DANGLING], ids=[c[0] for c in DANGLING]
)
def test_a_reference_to_nothing_is_a_located_problem(
    journal: Journal, tmp_path: Path, change: Change, where: str
) -> None:
    source = tmp_path / "dangling.json"
    source.write_bytes(damaged(change))
    with pytest.raises(ImportProblem) as caught:
        import_json(journal, source)
    assert any(line.startswith(f"{where}:") for line in caught.value.problems), caught.value
    assert "nothing was imported" in caught.value.summary
    assert journal.entries.count() == 0 and journal.agreements.list() == []


def test_a_reference_to_what_the_journal_already_holds_is_fine(
    journal: Journal, tmp_path: Path
) -> None:
    import_json(journal, GOLDEN_PATH)
    only_notes = tmp_path / "notes.json"
    only_notes.write_bytes(
        damaged(lambda d: d.update(agreements=[], check_ins=[], entries=d["entries"][4:8]))
    )
    report = import_json(journal, only_notes)
    # the four entries, the events and the questions
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4 + 3 + 2)


def test_a_check_in_completed_by_a_private_entry_still_imports(
    journal: Journal, tmp_path: Path
) -> None:
    """Entries may be private (left out of a default export) or deleted: a check-in's
    link to its entry is kept, not refused, so a person's own export always imports."""
    check_in = CheckIn(kind=CheckInKind.BEFORE, due_at=datetime(2026, 3, 1, tzinfo=UTC))
    journal.check_ins.save_all([check_in])
    journal.check_ins.complete(
        check_in.uuid,
        Entry.new(
            EntryKind.CHECK_IN, private=True, answers=CheckInAnswers(check_in_uuid=check_in.uuid)
        ),
    )
    deleted = journal.save_entry(Entry.new(EntryKind.FREE, title="gone"))
    journal.check_ins.save_all(
        [CheckIn(kind=CheckInKind.INTERVAL, due_at=check_in.due_at, event_entry_uuid=deleted.uuid)]
    )
    journal.delete_entry(deleted.uuid)
    out = tmp_path / "default.json"
    export_json(journal, out)
    with Journal.create(tmp_path / "other.hpj", PASS) as other:
        report = import_json(other, out)
        assert report.added == 2
        again = tmp_path / "again.json"
        export_json(other, again)
    assert again.read_bytes() == out.read_bytes()


def test_the_counts_say_what_happened(journal: Journal, tmp_path: Path) -> None:
    report = import_json(journal, GOLDEN_PATH)
    assert (report.added, report.updated, report.unchanged) == (21, 0, 0)
    report = import_json(journal, GOLDEN_PATH)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 21)
    newer = tmp_path / "newer.json"
    newer.write_bytes(
        damaged(
            lambda d: d["entries"][11].update(title="changed", updated_at="2026-04-01T00:00:00Z")
        )
    )
    report = import_json(journal, newer)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 20)


def test_cli_import_says_where_and_never_something_unexpected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from hallpass_journal.cli import main

    journal_file = tmp_path / "j.hpj"
    Journal.create(journal_file, PASS).close()
    for raw in [damaged(_setting("backups.keep", "lots")), UNREADABLE[0][1], UNREADABLE[1][1]]:
        source = tmp_path / "bad.json"
        source.write_bytes(raw)
        monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\n"))
        code = main(["import", str(journal_file), str(source), "--passphrase-stdin"])
        err = capsys.readouterr().err
        assert code == 1 and "something unexpected" not in err
        assert "nothing was imported" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\n"))
    assert main(["import", str(journal_file), str(GOLDEN_PATH), "--passphrase-stdin"]) == 0
    assert "21 added, 0 updated, 0 unchanged" in capsys.readouterr().out


# -- properties ---------------------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "1", "5"])
)
# Values some places accept, so that damaged files are imported as well as refused.
fitting = st.integers(0, 12) | st.sampled_from(
    [
        "calm",
        "hope",
        "2026-03-01",
        "2026-03-01T10:00:00Z",
        "0001-01-01T00:00:00Z",
        "00000000-0000-0000-0000-0000000000a1",
        "00000000-0000-0000-0000-0000000000c2",
        "editor:other",
    ]
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=12,
)
# Where a value goes: the paths of the golden file that hold one.
PLACES = [
    ("settings", "backups.keep"),
    ("settings", "ui.anything"),
    ("entries", 0, "mood"),
    ("entries", 0, "about"),
    ("entries", 0, "created_at"),
    ("entries", 0, "emotions", 0, "name"),
    ("entries", 0, "emotions", 0, "intensity"),
    ("entries", 4, "answers", "agreement_uuid"),
    ("entries", 6, "answers", "check_in_uuid"),
    ("entries", 8, "answers", "step"),
    ("agreements", 0, "versions", 0, "number"),
    ("check_ins", 0, "due_at"),
    ("check_ins", 1, "agreement_uuid"),
    ("check_ins", 0, "completed_entry_uuid"),
    ("check_ins", 2, "snoozes"),
    ("agreements", 0, "check_in_days"),
    ("events", 0, "on"),
    ("events", 1, "agreement_uuid"),
    ("events", 2, "time"),
    ("drafts", 0, "payload"),
    ("drafts", 0, "payload", "title"),
    ("drafts", 0, "key"),
    ("drafts", 0, "saved_at"),
    ("format_version",),
]


def _reaches(target: object, part: str | int) -> bool:
    if isinstance(target, dict):
        return part in target
    return isinstance(target, list) and isinstance(part, int) and part < len(target)


def _put(data: dict[str, Any], place: tuple[str | int, ...], value: object) -> None:
    """Put ``value`` at ``place``, unless an earlier damage already replaced the way there."""
    target: Any = data
    for part in place[:-1]:
        if not _reaches(target, part):
            return
        target = target[part]
    if isinstance(target, dict) or _reaches(target, place[-1]):
        target[place[-1]] = value


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.tuples(st.sampled_from(PLACES), fitting | values), min_size=1, max_size=3))
def test_any_damage_imports_cleanly_or_is_a_problem(
    tmp_path: Path, damage: list[tuple[tuple[str | int, ...], object]]
) -> None:
    """Whatever is put wherever: a clear problem, or an import whose journal reopens and
    whose export imports again, unchanged."""
    data = copy.deepcopy(GOLDEN)
    for place, value in damage:
        _put(data, place, value)
    raw = json.dumps(data).encode()
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        path = Path(folder) / "j.hpj"
        with Journal.create(path, PASS) as journal:
            try:
                document = parse_document(raw)
                import_json_bytes(journal, raw)
            except ImportProblem as problem:
                # Located problems, or one of the two whole-file verdicts.
                assert problem.problems or any(
                    words in problem.summary for words in (NOT_VALID, "newer version")
                )
                event("refused")
                return
            event("imported")
            exported = build_document(journal, include_private=True)
        with Journal.open(path, PASS, auto_backup=False) as again:
            assert again.backups_kept >= 2
            assert build_document(again, include_private=True) == exported
        assert parse_document(exported.model_dump_json().encode()) == exported
        assert isinstance(document, ExportDocument)


def import_json_bytes(journal: Journal, raw: bytes) -> None:
    from hallpass_journal.services.export_json import import_document

    import_document(journal, parse_document(raw))
