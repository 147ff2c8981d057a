"""Export format version 2: key events, check-in days and check-in state go through.

Version 1 files still import (their missing parts take defaults); unknown and newer
versions are refused; a refused import leaves the journal file exactly as it was.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import (
    FORMAT_VERSION,
    SUPPORTED_FORMAT_VERSIONS,
    ImportProblem,
    build_document,
    export_json,
    import_json,
    json_schema,
    parse_document,
)
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

DATA = Path(__file__).parents[2] / "data"
GOLDEN: dict[str, Any] = json.loads((DATA / "export-v2.json").read_bytes())
AT = datetime(2026, 3, 1, 18, 30, tzinfo=UTC)
UNKNOWN = "00000000-0000-0000-0000-0000000000ff"


def fill(journal: Journal) -> list[KeyEvent]:
    """An agreement in force, its encounter and other moments, a snoozed check-in."""
    agreement = journal.agreements.create("Our agreement", AgreementTerms(), at=AT).agreement
    journal.agreements.change_status(agreement.uuid, AgreementStatus.AGREED, at=AT)
    journal.agreements.set_check_in_days(agreement.uuid, [10, 45])
    events = [
        KeyEvent(
            type=EventType.FIRST_CONVERSATION,
            on=date(2026, 2, 1),
            title="The first talk 🌱",
            note="Slow, kind.",
            created_at=AT,
        ),
        KeyEvent(
            type=EventType.ENCOUNTER,
            on=date(2026, 3, 20),
            time=time(20, 0),
            agreement_uuid=agreement.uuid,
            created_at=AT,
        ),
        KeyEvent(type=EventType.TEST_RESULT, on=date(2026, 4, 2), created_at=AT),
    ]
    for event in events:
        journal.events.save(event)
    by_hand = CheckIn(kind=CheckInKind.ONE_WEEK, due_at=AT, agreement_uuid=agreement.uuid)
    journal.check_ins.save_all([by_hand])
    journal.check_ins.snooze(by_hand.uuid, datetime(2026, 3, 5, tzinfo=UTC), at=AT)
    journal.save_entry(Entry.new(EntryKind.FREE, title="A note", about=date(2026, 3, 21)))
    return events


def test_events_round_trip_through_export_and_import(journal: Journal, tmp_path: Path) -> None:
    events = fill(journal)
    first = tmp_path / "first.json"
    export_json(journal, first, include_private=True)
    document = json.loads(first.read_bytes())
    assert document["format_version"] == FORMAT_VERSION >= 2
    assert [e["uuid"] for e in document["events"]] == [str(e.uuid) for e in events]
    assert document["agreements"][0]["check_in_days"] == [10, 45]

    with Journal.create(tmp_path / "other.hpj", PASSPHRASE) as other:
        report = import_json(other, first)
        assert (report.events.added, report.events.updated) == (3, 0)
        assert other.events.list() == events
        assert other.agreements.list() == journal.agreements.list()
        assert other.check_ins.all() == journal.check_ins.all()
        second = tmp_path / "second.json"
        export_json(other, second, include_private=True)
    assert first.read_bytes() == second.read_bytes()


def test_events_merge_by_uuid(journal: Journal, tmp_path: Path) -> None:
    events = fill(journal)
    out = tmp_path / "e.json"
    export_json(journal, out)
    again = import_json(journal, out)
    assert (again.events.added, again.events.updated, again.events.unchanged) == (0, 0, 3)

    data = json.loads(out.read_bytes())
    data["events"][2]["note"] = "Changed in the file."
    out.write_text(json.dumps(data))
    journal.events.delete(events[0].uuid)
    report = import_json(journal, out)
    assert (report.events.added, report.events.updated, report.events.unchanged) == (1, 1, 1)
    assert journal.events.get(events[0].uuid) == events[0]  # back from the file
    assert journal.events.get(events[2].uuid).note == "Changed in the file."  # type: ignore[union-attr]
    assert len(journal.events.list()) == 3


def test_a_version_1_file_reads_with_the_defaults_of_version_2() -> None:
    v1: dict[str, Any] = {
        "format": "hallpass-journal-export",
        "format_version": 1,
        "agreements": [
            {
                "uuid": "00000000-0000-0000-0000-0000000000a1",
                "title": "Sample",
                "created_at": "2026-03-01T09:00:00Z",
                "versions": [],
                "history": [],
            }
        ],
        "check_ins": [
            {
                "uuid": "00000000-0000-0000-0000-0000000000c1",
                "kind": "before",
                "due_at": "2026-03-06T18:00:00Z",
                "title": "Before",
                "agreement_uuid": "00000000-0000-0000-0000-0000000000a1",
                "event_entry_uuid": None,
                "completed_entry_uuid": None,
                "completed_at": None,
                "dismissed": True,
            }
        ],
    }
    document = parse_document(json.dumps(v1).encode())
    assert document.format_version == 1 and document.events == []
    assert document.agreements[0].check_in_days == [14, 30, 91]
    check_in = document.check_ins[0]
    assert (check_in.dismissed_at, check_in.snoozed_at, check_in.snoozes) == (None, None, 0)


@pytest.mark.parametrize("version", [FORMAT_VERSION + 1, 99, 2**40])
def test_a_newer_version_asks_for_an_update(version: int) -> None:
    raw = json.dumps({**GOLDEN, "format_version": version}).encode()
    with pytest.raises(ImportProblem) as caught:
        parse_document(raw)
    assert "newer version of the app" in caught.value.summary
    assert f"format version {version}" in caught.value.summary


@pytest.mark.parametrize("version", [0, -1, "2", 2.0, True, None])
def test_an_unknown_version_is_a_located_problem(version: object) -> None:
    raw = json.dumps({**GOLDEN, "format_version": version}).encode()
    with pytest.raises(ImportProblem) as caught:
        parse_document(raw)
    assert "nothing was imported" in caught.value.summary
    assert any(line.startswith("format_version:") for line in caught.value.problems)


def _event(**fields: object) -> Any:
    return lambda d: d["events"][0].update(fields)


def _days(days: object) -> Any:
    return lambda d: d["agreements"][0].update(check_in_days=days)


def _check_in(**fields: object) -> Any:
    return lambda d: d["check_ins"][2].update(fields)


LOCATED = [
    ("event type unknown", _event(type="party"), "events[0].type"),
    ("event day impossible", _event(on="2026-02-30"), "events[0].on"),
    ("event day a number", _event(on=20260220), "events[0].on"),
    ("event time a number", _event(time=1130), "events[0].time"),
    ("event time impossible", _event(time="25:00:00"), "events[0].time"),
    ("event title too long", _event(title="x" * 201), "events[0].title"),
    ("event with an extra field", _event(mood=3), "events[0].mood"),
    ("event without a type", lambda d: d["events"][0].pop("type"), "events[0].type"),
    ("event twice", lambda d: d["events"].append(copy.deepcopy(d["events"][0])), "events[3].uuid"),
    ("events not a list", lambda d: d.update(events={}), "events"),
    ("days out of order", _days([30, 14]), "agreements[0].check_in_days"),
    ("days repeated", _days([14, 14]), "agreements[0].check_in_days"),
    ("day zero", _days([0, 14]), "agreements[0].check_in_days[0]"),
    ("day too far", _days([3651]), "agreements[0].check_in_days[0]"),
    ("too many days", _days(list(range(1, 14))), "agreements[0].check_in_days"),
    ("day as text", _days(["14"]), "agreements[0].check_in_days[0]"),
    ("snoozes negative", _check_in(snoozes=-1), "check_ins[2].snoozes"),
    ("snoozes as text", _check_in(snoozes="2"), "check_ins[2].snoozes"),
    ("snoozes beyond 64 bits", _check_in(snoozes=2**70), "check_ins[2].snoozes"),
    ("dismissed at nonsense", _check_in(dismissed_at="yesterday"), "check_ins[2].dismissed_at"),
]


@pytest.mark.parametrize(("change", "where"), [c[1:] for c in LOCATED], ids=[c[0] for c in LOCATED])
def test_each_doubtful_version_2_value_is_a_located_problem(change: Any, where: str) -> None:
    data = copy.deepcopy(GOLDEN)
    change(data)
    with pytest.raises(ImportProblem) as caught:
        parse_document(json.dumps(data).encode())
    assert "nothing was imported" in caught.value.summary
    assert any(line.startswith(f"{where}:") for line in caught.value.problems), caught.value


def _files(journal: Journal) -> dict[str, bytes]:
    """The journal file and its companions (not the folders beside it), byte for byte."""
    folder = journal.path.parent
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["events"][1].update(agreement_uuid=UNKNOWN),  # refused by the journal check
        lambda d: d["events"][2].update(type="party"),  # refused by the schema
        lambda d: d.update(format_version=FORMAT_VERSION + 1),  # refused as newer
    ],
    ids=["event's agreement unknown", "event type unknown", "newer version"],
)
def test_a_refused_import_writes_nothing(journal: Journal, tmp_path: Path, damage: Any) -> None:
    fill(journal)
    journal.vault.checkpoint()
    document = build_document(journal, include_private=True)
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "bad.json"
    data = copy.deepcopy(GOLDEN)
    damage(data)
    source.write_text(json.dumps(data))
    seen: list[object] = []
    journal.subscribe(seen.append)
    before = _files(journal)

    with pytest.raises(ImportProblem) as caught:
        import_json(journal, source)

    assert "nothing was imported" in caught.value.summary or "newer" in caught.value.summary
    assert _files(journal) == before and seen == []
    assert build_document(journal, include_private=True) == document
    journal.close()
    with Journal.open(journal.path, PASSPHRASE, auto_backup=False) as again:
        assert build_document(again, include_private=True) == document


def test_the_schema_describes_every_version_it_reads(capsys: pytest.CaptureFixture[str]) -> None:
    from hallpass_journal.cli import main

    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json_schema()
    version = printed["properties"]["format_version"]
    assert version.get("enum", [version.get("const")]) == list(SUPPORTED_FORMAT_VERSIONS)
    assert version["default"] == FORMAT_VERSION
    assert "events" in printed["properties"]
    text = json.dumps(printed)
    for name in ("check_in_days", "dismissed_at", "snoozed_at", "snoozes"):
        assert f'"{name}"' in text
    for kind in EventType:
        assert f'"{kind.value}"' in text
