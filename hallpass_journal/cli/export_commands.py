"""The ``export`` and ``agreement`` commands: files that leave the journal, unencrypted.

``export`` writes the whole journal as JSON, or the entries a person chooses (a date
range, kinds, only those marked for the next session) as a therapist's PDF, HTML or
Markdown, with the same rules as the app's Export section: private entries never go
into those three. ``agreement`` writes one version of an agreement to read together.
Every argument is checked before the passphrase is asked for; every problem is one line
and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import uuid as uuid_mod
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hallpass_journal.cli.shared import (
    EXIT_OK,
    Passphrases,
    UserError,
    open_journal,
    output_must_be_safe,
)
from hallpass_journal.domain.vocabulary import EntryKind

if TYPE_CHECKING:
    from hallpass_journal.reports.selection import ExportSelection

#: The formats that take a selection of entries (and never private ones).
SELECTION_FORMATS = ("pdf", "markdown", "html")
FORMATS = ("json", *SELECTION_FORMATS)
_A_FORMAT = {"pdf": "a PDF", "markdown": "a Markdown", "html": "an HTML"}
#: The one date form accepted (``date.fromisoformat`` alone also takes 20260105 and
#: 2026-W02-1, which nobody means and a typo can produce).
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOT_ENCRYPTED = (
    "Note: {out} will NOT be encrypted. Anyone who can open it can read everything in it ({what})."
)


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"{option} “{text}” is not a date; use the form YYYY-MM-DD, e.g. 2026-03-14."
        ) from None


def parse_kinds(text: str | None) -> frozenset[EntryKind]:
    """``"feelings,check-in"`` as entry kinds (``-`` or ``_``, any case); one line if unknown.

    None (the option not given) is every kind; text naming no kind ("", ",", " , ")
    is refused rather than read as "every kind".
    """
    if text is None:
        return frozenset()
    kinds: set[EntryKind] = set()
    for word in text.split(","):
        name = word.strip().lower().replace("-", "_")
        if not name:
            continue
        try:
            kinds.add(EntryKind(name))
        except ValueError:
            raise UserError(
                f"--kinds: “{word.strip()}” is not a kind of entry; use {_known_kinds()}."
            ) from None
    if not kinds:
        raise UserError(
            f"--kinds: no kind given; name one or more, e.g. feelings,check-in "
            f"(or leave --kinds out for every kind). Kinds: {_known_kinds()}."
        )
    return frozenset(kinds)


def _known_kinds() -> str:
    return ", ".join(k.value.replace("_", "-") for k in EntryKind)


def _writable_folder(out: Path) -> None:
    folder = Path(os.path.abspath(out)).parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"Cannot write in the folder {folder}; nothing was written.")


def selection_from(args: argparse.Namespace) -> ExportSelection:
    """The entries ``--from``, ``--to``, ``--kinds`` and ``--marked`` choose."""
    from hallpass_journal.reports.selection import ExportSelection

    since, until = _day("--from", args.since), _day("--to", args.until)
    if since is not None and until is not None and since > until:
        raise UserError(f"--from {since} comes after --to {until}; nothing was written.")
    return ExportSelection(
        since=since,
        until=until,
        kinds=parse_kinds(args.kinds),
        marked_only=args.marked,
        initials=(args.initials or "").strip(),
    )


def cmd_export(args: argparse.Namespace, pw: Passphrases) -> int:
    """Export the whole journal (JSON) or a chosen selection (PDF, HTML, Markdown)."""
    chooses = [
        name
        for name, given in (
            ("--from", args.since is not None),
            ("--to", args.until is not None),
            ("--kinds", args.kinds is not None),
            ("--marked", args.marked),
            ("--initials", bool(args.initials)),
        )
        if given
    ]
    if args.format == "json" and chooses:
        raise UserError(
            f"{', '.join(chooses)}: a JSON export is the whole journal; these choose entries "
            "for --format pdf, markdown or html."
        )
    if args.format != "json" and args.include_private:
        raise UserError(
            f"Private entries never go into {_A_FORMAT[args.format]} export; --include-private is "
            "for --format json (a complete copy) only."
        )
    selection = selection_from(args) if args.format != "json" else None
    output_must_be_safe(
        args.out,
        args.path,
        hint="An export is not encrypted, so it never replaces one; please choose another name.",
    )
    _writable_folder(args.out)
    from hallpass_journal.services.exporters import registry

    if selection is None:
        exporter = registry.get("json")
        with open_journal(args, pw) as journal:
            what = "private entries included" if args.include_private else "except private entries"
            print(_NOT_ENCRYPTED.format(out=args.out, what=what), file=sys.stderr)
            result = exporter.write(journal, args.out, include_private=args.include_private)
            left_out = journal.entries.count() - result.entries
        print(f"Exported {_entries(result.entries)} to {args.out}")
        if left_out:
            print(
                f"{_entries(left_out, 'private ')} {'was' if left_out == 1 else 'were'} left out "
                "(--include-private adds them)."
            )
        return EXIT_OK

    from hallpass_journal.reports import load_all
    from hallpass_journal.reports.exporters import SelectionExporter

    load_all()
    chosen = registry.get(args.format)
    if not isinstance(chosen, SelectionExporter):  # pragma: no cover - registry is fixed
        raise UserError(f"--format {args.format} cannot export a selection.")
    with open_journal(args, pw) as journal:
        print(
            _NOT_ENCRYPTED.format(
                out=args.out, what="the entries chosen, never private ones; meant for a therapist"
            ),
            file=sys.stderr,
        )
        result = chosen.write_selection(journal, args.out, selection)
    print(f"Exported {_entries(result.entries)} to {args.out}")
    return EXIT_OK


def _entries(n: int, what: str = "") -> str:
    """A number of entries in words: "1 entry", "3 entries", "1 private entry"."""
    return f"{n} {what}{'entry' if n == 1 else 'entries'}"


def cmd_agreement(args: argparse.Namespace, pw: Passphrases) -> int:
    """Write one version of an agreement to read together (PDF or HTML)."""
    fmt = args.format or ("html" if args.out.suffix.lower() in (".html", ".htm") else "pdf")
    agreement_uuid: uuid_mod.UUID | None = None
    if args.agreement:
        try:
            agreement_uuid = uuid_mod.UUID(args.agreement)
        except ValueError:
            raise UserError(
                f"--agreement “{args.agreement}” is not an agreement ID "
                "(they look like 1b4e28ba-2fa1-…)."
            ) from None
    output_must_be_safe(
        args.out,
        args.path,
        hint="An agreement document is not encrypted, so it never replaces a journal.",
    )
    _writable_folder(args.out)
    from hallpass_journal.domain.agreements import current_agreement
    from hallpass_journal.reports.agreement_document import write_agreement

    with open_journal(args, pw) as journal:
        agreements = journal.agreements.list()
        if agreement_uuid is None:
            chosen = current_agreement(agreements)
            if chosen is None:
                raise UserError("This journal has no agreement yet; nothing was written.")
        else:
            found = [a for a in agreements if a.uuid == agreement_uuid]
            if not found:
                raise UserError(f"No agreement {agreement_uuid} in this journal.")
            chosen = found[0]
        if not chosen.versions:
            raise UserError("This agreement has no terms written yet; nothing was written.")
        numbers = [v.number for v in chosen.versions]
        for option, number in (("--version", args.version), ("--compare-with", args.compare_with)):
            if number is not None and number not in numbers:
                raise UserError(
                    f"{option} {number}: this agreement has version(s) "
                    f"{', '.join(map(str, numbers))}."
                )
        try:
            write_agreement(
                journal,
                chosen.uuid,
                args.out,
                version=args.version,
                compare_with=args.compare_with,
                fmt=fmt,
            )
        except ValueError as exc:
            raise UserError(f"{exc} Nothing was written.") from None
    # Once every check has passed: a refusal stays the one line it is.
    print(_NOT_ENCRYPTED.format(out=args.out, what="the agreement's terms"), file=sys.stderr)
    current = chosen.current
    version = args.version or (current.number if current is not None else 1)
    print(f"Wrote version {version} of the agreement to {args.out}")
    return EXIT_OK
