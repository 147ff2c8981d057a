"""``hallpass-journal due``: the real command on a real journal."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_support import cli_runner

from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.services.journal import Journal

PW = "correct horse battery staple"
BERLIN = ZoneInfo("Europe/Berlin")


def today() -> date:
    """Today where the journal's check-ins are planned (TZ is set to Berlin below)."""
    return datetime.now(BERLIN).date()


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    monkeypatch.setenv("TZ", "Europe/Berlin")
    return cli_runner(monkeypatch, capsys, PW + "\n")


@pytest.fixture
def planned(run, tmp_path: Path) -> Path:  # noqa: ANN001
    """A journal whose encounter was two days ago, recorded a week before it."""
    path = tmp_path / "j.hpj"
    assert run("init", str(path), "--passphrase-stdin")[0] == 0
    with Journal.open(path, PW, auto_backup=False) as journal:
        journal.events.save(
            KeyEvent(
                type=EventType.ENCOUNTER,
                on=today() - timedelta(days=2),
                time=time(20, 0),
                created_at=datetime.now(UTC) - timedelta(days=9),
            )
        )
    return path


def test_due_lists_overdue_first_then_this_week(run, planned: Path) -> None:  # noqa: ANN001
    code, out, err = run("due", str(planned), "--passphrase-stdin")
    assert code == 0, err
    lines = out.splitlines()
    day = today()
    # Before (three evenings ago) and right after (yesterday morning) are overdue; one
    # week later is in five days; the intervals are further ahead than a week.
    assert len(lines) == 3
    assert lines[0].startswith(f"{day - timedelta(days=3)} 19:00  before ")
    assert "Before: confirm consent" in lines[0] and lines[0].endswith("overdue")
    assert lines[1].startswith(f"{day - timedelta(days=1)} 09:00  right_after ")
    assert lines[1].endswith("overdue")
    assert lines[2].startswith(f"{day + timedelta(days=5)} 19:00  one_week ")
    assert "overdue" not in lines[2]


def test_due_as_json(run, planned: Path) -> None:  # noqa: ANN001
    code, out, _ = run("due", str(planned), "--format", "json", "--passphrase-stdin")
    assert code == 0
    rows = json.loads(out)
    assert [r["kind"] for r in rows] == ["before", "right_after", "one_week"]
    assert [r["overdue"] for r in rows] == [True, True, False]
    assert [r["template_id"] for r in rows] == [
        "check_in_before",
        "check_in_right_after",
        "check_in_one_week",
    ]
    with Journal.open(planned, PW, auto_backup=False) as journal:
        stored = {str(c.uuid): c for c in journal.check_ins.all()}
    for row in rows:
        check_in = stored[row["uuid"]]
        assert row["title"] == check_in.title
        assert datetime.fromisoformat(row["due_at"]) == check_in.due_at
        assert row["due_at"].endswith("+00:00")
        assert datetime.fromisoformat(row["due_local"]).hour in (9, 19)


def test_nothing_due(run, tmp_path: Path) -> None:  # noqa: ANN001
    path = str(tmp_path / "empty.hpj")
    run("init", path, "--passphrase-stdin")
    code, out, _ = run("due", path, "--passphrase-stdin")
    assert code == 0 and out == "Nothing is due this week.\n"
    code, out, _ = run("due", path, "--format", "json", "--passphrase-stdin")
    assert code == 0 and json.loads(out) == []


def test_due_follows_the_other_commands_rules(run, planned: Path, tmp_path: Path) -> None:  # noqa: ANN001
    before = planned.read_bytes()
    code, out, err = run("due", str(planned), "--passphrase-stdin", stdin="nope\n")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "passphrase does not open" in err
    assert planned.read_bytes() == before
    code, _, err = run("due", str(tmp_path / "none.hpj"), "--passphrase-stdin")
    assert code == 1 and "no journal" in err
    code, _, err = run("due", str(planned))  # stdin is not a terminal
    assert code == 1 and "--passphrase-stdin" in err
    assert run("due", str(planned), "--format", "xml", "--passphrase-stdin")[0] == 2
