"""The whole command-line interface as one argparse parser.

Commands are added in one place, in the order ``--help`` lists them; their handlers live
in the command modules (see :data:`hallpass_journal.cli.COMMANDS`).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from hallpass_journal import __version__
from hallpass_journal.domain.vocabulary import EntryKind

#: ``export --format``: JSON (the whole journal) and the three formats of a selection.
EXPORT_FORMATS = ("json", "pdf", "markdown", "html")
KIND_NAMES = [kind.value.replace("_", "-") for kind in EntryKind]


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use the form YYYY-MM-DD, e.g. 2026-03-14") from None


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line interface."""
    parser = argparse.ArgumentParser(
        prog="hallpass-journal",
        description="A private, encrypted journal. With no command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="keep journals and settings in this folder instead"
    )
    parser.add_argument(
        "--demo", action="store_true", help="start the app on a temporary demo journal"
    )
    parser.add_argument(
        "--journal", type=Path, metavar="PATH", help="open this journal file in the app"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("path", type=Path, metavar="PATH", help="the journal file")
        p.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase as one line from standard input",
        )
        return p

    command("init", "create a new encrypted journal")
    command("verify", "check every page of a journal")
    command("change-passphrase", "re-encrypt a journal under a new passphrase")
    p = command("backup", "write an encrypted backup")
    p.add_argument("--out", type=Path, help="where to write it (default: the backups folder)")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace a journal or backup already at --out (an ordinary file needs no flag; "
        "folders, devices, pipes and links are never replaced)",
    )
    p = command("restore", "replace a journal with one of its backups")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p = command(
        "export",
        "export the whole journal as JSON, or chosen entries as a therapist's PDF, HTML or "
        "Markdown (never private entries); the file is NOT encrypted",
    )
    p.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--from", dest="since", metavar="YYYY-MM-DD", help="entries about this day or later"
    )
    p.add_argument(
        "--to", dest="until", metavar="YYYY-MM-DD", help="entries about this day or earlier"
    )
    p.add_argument(
        "--kinds",
        metavar="K1,K2",
        help="only these kinds, comma-separated: " + ", ".join(KIND_NAMES),
    )
    p.add_argument("--marked", action="store_true", help="only entries marked for the next session")
    p.add_argument(
        "--initials", metavar="TEXT", help="initials for the cover (pdf, html, markdown)"
    )
    p.add_argument(
        "--include-private",
        action="store_true",
        help="json only: also export entries marked private and unsaved drafts (a complete copy)",
    )
    p = command("agreement", "write an agreement to read together, as PDF or HTML (not encrypted)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--version", type=_positive, metavar="N", help="which version (default: the current one)"
    )
    p.add_argument(
        "--compare-with", type=_positive, metavar="M", help="also show what changed since version M"
    )
    p.add_argument("--agreement", metavar="UUID", help="which agreement (default: the current one)")
    p.add_argument(
        "--format", choices=("pdf", "html"), help="default: html for a .html file, else pdf"
    )
    p = command("import", "import a JSON export into a journal")
    p.add_argument("file", type=Path, metavar="FILE")
    p = command("demo", "create a journal filled with sample entries")
    p.add_argument("--entries", type=_positive, default=None, metavar="N")
    p = command("add", "quickly add an entry")
    p.add_argument("--title", default="")
    p.add_argument("--tags", default="", help="comma-separated")
    p.add_argument("--date", type=_iso_date, help="the day it is about (YYYY-MM-DD)")
    p.add_argument("--private", action="store_true", help="leave out of exports unless asked for")
    body = p.add_mutually_exclusive_group(required=True)
    body.add_argument("--body")
    body.add_argument("--body-file", type=Path, metavar="FILE")
    p = command("search", "full-text search")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=_positive, default=20, metavar="N")
    p = command("due", "list check-ins that are overdue or due in the next seven days")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p = command("evaluate", "compare feelings and mood before and after a moment")
    anchor = p.add_mutually_exclusive_group(required=True)
    anchor.add_argument("--anchor-date", metavar="YYYY-MM-DD", help="the day to look around")
    anchor.add_argument(
        "--anchor", metavar="EVENT_UUID", help="a key event (or another moment) by its ID"
    )
    p.add_argument(
        "--windows",
        metavar="DAYS",
        help="days on each side, comma-separated (default: 7,30,91)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    sub.add_parser("schema", help="print the JSON Schema of the export format")
    return parser
