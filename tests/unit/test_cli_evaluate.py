"""``hallpass-journal evaluate``: the real command on a real journal."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_support import cli_runner

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal

PW = "correct horse battery staple"
ENCOUNTER = date(2026, 3, 14)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    return cli_runner(monkeypatch, capsys, PW + "\n")


@pytest.fixture
def journal_file(run, tmp_path: Path) -> tuple[Path, str]:  # noqa: ANN001
    """Three check-ins each side of the encounter; returns the path and the event's UUID.

    Before (11..13 March): jealousy 8, 9, 7 -> 24/3 = 8.0; mood 4, 5, 3 -> 4.0.
    After (15..17 March): jealousy 6, 7, 5 -> 18/3 = 6.0; mood 6, 7, 6 -> 19/3 = 6.33.
    Hope once before (5) and twice after (6, 7): too few to tell.
    """
    path = tmp_path / "j.hpj"
    assert run("init", str(path), "--passphrase-stdin")[0] == 0
    with Journal.open(path, PW, auto_backup=False) as journal:
        event = KeyEvent(type=EventType.ENCOUNTER, on=ENCOUNTER, title="Alex's evening out")
        journal.events.save(event)
        for day, mood, jealousy, hope in [
            (11, 4, 8, 5),
            (12, 5, 9, None),
            (13, 3, 7, None),
            (14, 0, 10, None),  # the encounter's own day: in neither window
            (15, 6, 6, 6),
            (16, 7, 7, 7),
            (17, 6, 5, None),
        ]:
            emotions = [EmotionRating(name="jealousy", intensity=jealousy)]
            if hope is not None:
                emotions.append(EmotionRating(name="hope", intensity=hope))
            journal.save_entry(
                Entry.new(
                    EntryKind.FEELINGS, about=date(2026, 3, day), mood=mood, emotions=emotions
                )
            )
    return path, str(event.uuid)


def test_json_around_a_key_event(run, journal_file) -> None:  # noqa: ANN001
    path, event = journal_file
    code, out, err = run(
        "evaluate", str(path), "--anchor", event, "--windows", "7", "--format", "json",
        "--passphrase-stdin",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {
        "anchor": {"date": "2026-03-14", "label": "Alex's evening out"},
        "windows": [
            {
                "days": 7,
                "series": [
                    {
                        "name": "mood",
                        "before": {"mean": 4.0, "n": 3},
                        "after": {"mean": 6.33, "n": 3},
                        "change": 2.33,
                        "direction": "higher",
                    },
                    {
                        "name": "jealousy",
                        "before": {"mean": 8.0, "n": 3},
                        "after": {"mean": 6.0, "n": 3},
                        "change": -2.0,
                        "direction": "easing",
                    },
                    {
                        "name": "hope",
                        "before": {"mean": 5.0, "n": 1},
                        "after": {"mean": 6.5, "n": 2},
                        "change": None,
                        "direction": "too few check-ins to tell",
                    },
                ],
            }
        ],
    }


def test_text_tables_on_a_chosen_day_with_the_default_windows(run, journal_file) -> None:  # noqa: ANN001
    path, _ = journal_file
    code, out, err = run("evaluate", str(path), "--anchor-date", "2026-03-14", "--passphrase-stdin")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "A chosen day, 2026-03-14 (that day itself is in neither window)"
    headings = [line for line in lines if "days before and the" in line]
    assert headings == [
        "1 week: the 7 days before and the 7 days after",
        "1 month: the 30 days before and the 30 days after",
        "3 months: the 91 days before and the 91 days after",
    ]
    week = lines[lines.index(headings[0]) + 1 : lines.index(headings[0]) + 5]
    assert week == [
        "              Before (n)  After (n)  Change",
        "Overall mood    4.00 (3)   6.33 (3)   +2.33  higher",
        "Jealousy        8.00 (3)   6.00 (3)   -2.00  easing",
        "Hope            5.00 (1)   6.50 (2)       -  too few check-ins to tell",
    ]
    # Every window holds the same check-ins here, so the tables are alike.
    assert out.count("Jealousy        8.00 (3)   6.00 (3)   -2.00  easing") == 3


def test_an_empty_side_shows_a_dash(run, journal_file) -> None:  # noqa: ANN001
    path, _ = journal_file
    code, out, _ = run(
        "evaluate", str(path), "--anchor-date", "2026-03-17", "--windows", "2", "--passphrase-stdin"
    )
    # Before: 15 and 16 March (mood (6 + 7) / 2 = 6.5, jealousy (6 + 7) / 2 = 6.5, hope
    # (6 + 7) / 2 = 6.5); after: 18 and 19 March hold nothing.
    assert code == 0
    assert out.splitlines()[2:7] == [
        "2 days: the 2 days before and the 2 days after",
        "              Before (n)  After (n)  Change",
        "Overall mood    6.50 (2)          -       -  too few check-ins to tell",
        "Jealousy        6.50 (2)          -       -  too few check-ins to tell",
        "Hope            6.50 (2)          -       -  too few check-ins to tell",
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--anchor-date", "2026-02-30"], "“2026-02-30” is not a date"),
        (["--anchor-date", "14/03/2026"], "use the form YYYY-MM-DD"),
        (["--anchor", "not-a-uuid"], "is not an event ID"),
        (["--anchor", "1b4e28ba-2fa1-11d2-883f-0016d3cca427"], "has no event with the ID"),
        (["--anchor-date", "2026-03-14", "--windows", "7,x"], "“x” is not a number"),
        (["--anchor-date", "2026-03-14", "--windows", "0"], "between 1 and"),
        (["--anchor-date", "2026-03-14", "--windows", ""], "at least one"),
    ],
)
def test_bad_arguments_exit_1_with_one_clear_line(run, journal_file, args, words) -> None:  # noqa: ANN001
    path, _ = journal_file
    before = path.read_bytes()
    code, out, err = run("evaluate", str(path), *args, "--passphrase-stdin")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("hallpass-journal: ") and words in err
    assert path.read_bytes() == before


def test_arguments_are_checked_before_the_passphrase_is_asked(run, journal_file) -> None:  # noqa: ANN001
    path, _ = journal_file
    # No passphrase on stdin at all: the bad date is reported, not the missing passphrase.
    code, _, err = run("evaluate", str(path), "--anchor-date", "tomorrow", stdin="")
    assert code == 1 and "is not a date" in err


def test_evaluate_follows_the_other_commands_rules(run, journal_file, tmp_path: Path) -> None:  # noqa: ANN001
    path, event = journal_file
    code, out, err = run(
        "evaluate", str(path), "--anchor", event, "--passphrase-stdin", stdin="no\n"
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "passphrase does not open" in err
    code, _, err = run(
        "evaluate", str(tmp_path / "none.hpj"), "--anchor", event, "--passphrase-stdin"
    )
    assert code == 1 and "no journal" in err
    code, _, err = run("evaluate", str(path), "--anchor", event)  # stdin is not a terminal
    assert code == 1 and "--passphrase-stdin" in err
    # Wrong usage: no anchor, both anchors, an unknown format.
    assert run("evaluate", str(path), "--passphrase-stdin")[0] == 2
    both = ["--anchor", event, "--anchor-date", "2026-03-14"]
    assert run("evaluate", str(path), *both, "--passphrase-stdin")[0] == 2
    fmt = ["--anchor", event, "--format", "xml"]
    assert run("evaluate", str(path), *fmt, "--passphrase-stdin")[0] == 2
