"""Commands that move data in and out: import, demo, schema (export: ``export_commands``)."""

from __future__ import annotations

import argparse

from hallpass_journal.cli.shared import (
    EXIT_OK,
    Passphrases,
    open_journal,
)


def cmd_import(args: argparse.Namespace, pw: Passphrases) -> int:
    """Validate, then merge a JSON export."""
    from hallpass_journal.services.export_json import import_document, read_document

    # Validated before the passphrase is asked for; a file too large is refused unread.
    document = read_document(args.file)
    with open_journal(args, pw) as journal:
        report = import_document(journal, document)
    print(
        f"Imported: {report.added} added, {report.updated} updated, {report.unchanged} unchanged."
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, pw: Passphrases) -> int:
    """Create a journal with sample entries."""
    from hallpass_journal.demo import fill_demo
    from hallpass_journal.services.journal import Journal

    with Journal.create(args.path, pw.new()) as journal:
        count = fill_demo(journal, entries=args.entries)
    print(f"Created a demo journal with {count} entries at {args.path}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace, pw: Passphrases) -> int:
    """Print the export format as JSON Schema."""
    import json

    from hallpass_journal.services.export_json import json_schema

    print(json.dumps(json_schema(), indent=2))
    return EXIT_OK
