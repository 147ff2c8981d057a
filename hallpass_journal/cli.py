"""Command line: ``hallpass-journal`` with no subcommand starts the desktop app.

Passphrases come from a terminal prompt, or with ``--passphrase-stdin`` one line each
from standard input. Exit status: 0 success, 1 a problem the user can fix (one line on
stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from hallpass_journal import __version__
from hallpass_journal.paths import AppPaths

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A problem to report in one line, exit status 1."""


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
    p = command("restore", "replace a journal with one of its backups")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p = command("export", "export the journal as JSON (not encrypted)")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--include-private",
        action="store_true",
        help="also export entries marked private and unsaved drafts (a complete copy)",
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
    sub.add_parser("schema", help="print the JSON Schema of the export format")
    return parser


# -- passphrases ---------------------------------------------------------------------


class Passphrases:
    """Where passphrases come from: the terminal, or lines of standard input."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def _line(self) -> str:
        line = sys.stdin.readline()
        if not line:
            raise UserError("Expected a passphrase on standard input, found none.")
        return line.rstrip("\r\n")

    def existing(self, prompt: str = "Passphrase: ") -> str:
        """Ask for the passphrase of an existing journal."""
        if self.from_stdin:
            return self._line()
        if not sys.stdin.isatty():
            raise UserError("No terminal to ask for the passphrase; use --passphrase-stdin.")
        return getpass.getpass(prompt)

    def new(self, what: str = "New passphrase") -> str:
        """Ask for a new passphrase (twice on a terminal) and comment on its strength."""
        if self.from_stdin:
            passphrase = self._line()
        else:
            if not sys.stdin.isatty():
                raise UserError("No terminal to ask for the passphrase; use --passphrase-stdin.")
            print(
                "There is no way to recover a forgotten passphrase: without it, the journal "
                "cannot be read by anyone, including you.",
                file=sys.stderr,
            )
            passphrase = getpass.getpass(f"{what}: ")
            if getpass.getpass("Type it again: ") != passphrase:
                raise UserError("The two passphrases differ; nothing was changed.")
        if not passphrase:
            raise UserError("The passphrase cannot be empty.")
        from hallpass_journal.services.strength import assess

        verdict = assess(passphrase)
        if verdict.weak:
            print(f"Note: this passphrase is weak. {verdict.hint}", file=sys.stderr)
        return passphrase


# -- commands ------------------------------------------------------------------------


def _folder_must_exist(out: Path | None) -> None:
    if out is not None and not out.resolve().parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist; nothing was written.")


def _open(args: argparse.Namespace, pw: Passphrases, *, auto_backup: bool = False):  # noqa: ANN202
    from hallpass_journal.services.journal import Journal

    return Journal.open(args.path, pw.existing(), auto_backup=auto_backup)


def cmd_init(args: argparse.Namespace, pw: Passphrases) -> int:
    """Create a journal."""
    from hallpass_journal.services.journal import Journal

    Journal.create(args.path, pw.new()).close()
    print(f"Created an encrypted journal at {args.path}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, pw: Passphrases) -> int:
    """Run both integrity checks."""
    with _open(args, pw) as journal:
        problems = journal.vault.verify()
        count = journal.entries.count()
    if problems:
        print(f"{len(problems)} problem(s) found:", file=sys.stderr)
        for line in problems[:20]:
            print(f"  {line}", file=sys.stderr)
        return EXIT_USER_ERROR
    print(f"OK: every page checks out ({count} entries).")
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace, pw: Passphrases) -> int:
    """Re-encrypt under a new passphrase."""
    with _open(args, pw) as journal:
        journal.vault.change_passphrase(pw.new())
    print("Passphrase changed. Older backups still open with the old passphrase.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, pw: Passphrases) -> int:
    """Write an encrypted backup."""
    _folder_must_exist(args.out)
    from hallpass_journal.services.backups import make_backup

    with _open(args, pw) as journal:
        out = make_backup(journal.vault, args.out, keep=journal.backups_kept)
    print(f"Encrypted backup written to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, pw: Passphrases) -> int:
    """Restore a backup over the journal."""
    from hallpass_journal.services.backups import restore_backup

    kept = restore_backup(args.path, args.backup, pw.existing("Passphrase of the backup: "))
    print(f"Restored. The replaced journal was kept at {kept}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, pw: Passphrases) -> int:
    """Export the journal as JSON (unencrypted)."""
    _folder_must_exist(args.out)
    from hallpass_journal.services.export_json import export_json

    with _open(args, pw) as journal:
        what = "private entries included" if args.include_private else "except private entries"
        print(
            f"Note: {args.out} will NOT be encrypted. Anyone who can open it can read "
            f"everything in it ({what}).",
            file=sys.stderr,
        )
        document = export_json(journal, args.out, include_private=args.include_private)
        left_out = journal.entries.count() - len(document.entries)
    print(f"Exported {len(document.entries)} entries to {args.out}")
    if left_out:
        print(f"{left_out} private entries were left out (--include-private adds them).")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, pw: Passphrases) -> int:
    """Validate, then merge a JSON export."""
    from hallpass_journal.services.export_json import import_document, parse_document

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {args.file}: {exc.strerror}.") from None
    document = parse_document(raw)  # validate before asking for the passphrase
    with _open(args, pw) as journal:
        report = import_document(journal, document)
    print(
        f"Imported: {report.added} added, {report.updated} updated, {report.unchanged} unchanged."
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, pw: Passphrases) -> int:
    """Create a journal with sample entries."""
    from hallpass_journal.services.demo import fill_demo
    from hallpass_journal.services.journal import Journal

    with Journal.create(args.path, pw.new()) as journal:
        count = fill_demo(journal, entries=args.entries)
    print(f"Created a demo journal with {count} entries at {args.path}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace, pw: Passphrases) -> int:
    """Quick capture of a free entry."""
    from hallpass_journal.domain.entries import Entry
    from hallpass_journal.domain.vocabulary import EntryKind

    if args.body_file is not None:
        try:
            body = args.body_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"Cannot read {args.body_file}: {exc}") from None
    else:
        body = args.body
    fields: dict[str, object] = {
        "title": args.title,
        "body": body,
        "tags": [t for t in args.tags.split(",") if t.strip()],
        "private": args.private,
    }
    if args.date:
        fields["about"] = args.date
    entry = Entry.new(EntryKind.FREE, **fields)
    with _open(args, pw) as journal:
        journal.save_entry(entry)
    print("Saved.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace, pw: Passphrases) -> int:
    """Print matches: date, title, snippet."""
    from hallpass_journal.storage.entries_repo import HL_END, HL_START

    def mark(text: str) -> str:
        return text.replace(HL_START, "[").replace(HL_END, "]")

    with _open(args, pw) as journal:
        hits = journal.entries.search(args.query, limit=args.limit)
    for hit in hits:
        title = mark(hit.title) or "(untitled)"
        print(f"{hit.about.isoformat()}  {title}  {mark(hit.snippet)}")
    if not hits:
        print("No matches.", file=sys.stderr)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace, pw: Passphrases) -> int:
    """Print the export format as JSON Schema."""
    import json

    from hallpass_journal.services.export_json import json_schema

    print(json.dumps(json_schema(), indent=2))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Passphrases], int]] = {
    "init": cmd_init,
    "verify": cmd_verify,
    "change-passphrase": cmd_change_passphrase,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export": cmd_export,
    "import": cmd_import,
    "demo": cmd_demo,
    "add": cmd_add,
    "search": cmd_search,
    "schema": cmd_schema,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from hallpass_journal.hardening import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
    if args.command is None:
        from hallpass_journal.app import run_gui

        return run_gui(paths, journal=args.journal, demo=args.demo)
    from hallpass_journal.services.export_json import ImportProblem
    from hallpass_journal.storage.errors import VaultError

    pw = Passphrases(getattr(args, "passphrase_stdin", False))
    try:
        return COMMANDS[args.command](args, pw)
    except (UserError, VaultError) as exc:
        print(f"hallpass-journal: {exc}", file=sys.stderr)
    except ImportProblem as exc:
        print(f"hallpass-journal: {exc.summary}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nStopped; nothing more was changed.", file=sys.stderr)
    except OSError as exc:
        # A file the command was asked to read or write; the path is the user's own.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"hallpass-journal: {exc.strerror or 'file problem'}{where}.", file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - never print journal text in a traceback
        print(
            f"hallpass-journal: something unexpected went wrong ({type(exc).__name__}); "
            "nothing more was changed.",
            file=sys.stderr,
        )
    return EXIT_USER_ERROR
