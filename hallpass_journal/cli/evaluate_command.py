"""The ``evaluate`` command: feelings and mood before and after a moment, side by side."""

from __future__ import annotations

import argparse
import json
import uuid as uuid_mod
from datetime import date

from hallpass_journal.cli.shared import EXIT_OK, Passphrases, UserError, open_journal
from hallpass_journal.domain.evaluation import (
    DEFAULT_WINDOWS,
    Anchor,
    Evaluation,
    SeriesResult,
    Stat,
    chosen_day,
    parse_windows,
    rounded,
    series_label,
    to_json,
    window_label,
)

_HEADER = ("", "Before (n)", "After (n)", "Change", "")


def _anchor_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"“{text}” is not a date; use the form YYYY-MM-DD, e.g. 2026-03-14."
        ) from None


def _anchor_uuid(text: str) -> uuid_mod.UUID:
    try:
        return uuid_mod.UUID(text)
    except ValueError:
        raise UserError(f"“{text}” is not an event ID (they look like 1b4e28ba-2fa1-…).") from None


def _windows(text: str | None) -> tuple[int, ...]:
    if text is None:
        return DEFAULT_WINDOWS
    try:
        return parse_windows(text)
    except ValueError as exc:
        raise UserError(f"--windows: {exc}") from None


def cmd_evaluate(args: argparse.Namespace, pw: Passphrases) -> int:
    """Print, per window, mood and each emotion before and after the anchor.

    The arguments are checked before the passphrase is asked for. Private entries count
    (as in the app's own views, which this prints the same figures as): the figures only
    go to the person's own terminal.
    """
    windows = _windows(args.windows)
    day = _anchor_date(args.anchor_date) if args.anchor_date is not None else None
    wanted = _anchor_uuid(args.anchor) if args.anchor is not None else None
    with open_journal(args, pw) as journal:
        anchor: Anchor | None = chosen_day(day) if day is not None else None
        if wanted is not None:
            anchor = journal.evaluation.anchor(wanted, include_private=True)
            if anchor is None:
                raise UserError(f"This journal has no event with the ID {wanted}.")
        assert anchor is not None  # argparse requires one of the two
        evaluation = journal.evaluation.evaluate(anchor, windows, include_private=True)
    if args.format == "json":
        print(json.dumps(to_json(evaluation), indent=2, ensure_ascii=False))
    else:
        print(text_report(evaluation))
    return EXIT_OK


def _stat(stat: Stat) -> str:
    # The mean as the JSON and the app show it: rounded to 2 decimals, then printed.
    mean = rounded(stat.mean)
    return "-" if mean is None else f"{mean:.2f} ({stat.n})"


def _row(series: SeriesResult) -> tuple[str, str, str, str, str]:
    change = "-" if series.change is None else f"{series.change:+.2f}"
    return (
        series_label(series.name),
        _stat(series.before),
        _stat(series.after),
        change,
        series.direction,
    )


def text_report(evaluation: Evaluation) -> str:
    """The evaluation as short aligned tables, one per window, with the words."""
    anchor = evaluation.anchor
    lines = [f"{anchor.label}, {anchor.day.isoformat()} (that day itself is in neither window)"]
    for window in evaluation.windows:
        days = window.days
        lines += ["", f"{window_label(days)}: the {days} days before and the {days} days after"]
        rows = [_HEADER, *(_row(s) for s in window.series)]
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        for row in rows:
            cells = [row[0].ljust(widths[0])]
            cells += [row[i].rjust(widths[i]) for i in (1, 2, 3)]
            lines.append("  ".join([*cells, row[4]]).rstrip())
    lines += ["", "Figures are averages on the 0-10 scale, with the check-ins behind each."]
    return "\n".join(lines)
