"""Commands on one journal: init, verify, change-passphrase, add, search."""

from __future__ import annotations

import argparse
import sys

from hallpass_journal.cli.shared import (
    EXIT_OK,
    EXIT_USER_ERROR,
    Passphrases,
    UserError,
    open_journal,
)


def cmd_init(args: argparse.Namespace, pw: Passphrases) -> int:
    """Create a journal."""
    from hallpass_journal.services.journal import Journal

    Journal.create(args.path, pw.new()).close()
    print(f"Created an encrypted journal at {args.path}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, pw: Passphrases) -> int:
    """Run both integrity checks; on damage, list what they found (page numbers)."""
    with open_journal(args, pw) as journal:
        problems = journal.vault.verify()
        # Counting reads the damaged pages too: only count a journal that checked out,
        # so a failed count can never hide the pages the checks named.
        count = 0 if problems else journal.entries.count()
    if problems:
        print(f"{len(problems)} problem(s) found:", file=sys.stderr)
        for line in problems[:20]:
            print(f"  {line}", file=sys.stderr)
        return EXIT_USER_ERROR
    print(f"OK: every page checks out ({count} entries).")
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace, pw: Passphrases) -> int:
    """Re-encrypt under a new passphrase."""
    with open_journal(args, pw) as journal:
        journal.vault.change_passphrase(pw.new())
    print("Passphrase changed. Older backups still open with the old passphrase.")
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
    with open_journal(args, pw) as journal:
        journal.save_entry(entry)
    print("Saved.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace, pw: Passphrases) -> int:
    """Print matches: date, title, snippet."""
    from hallpass_journal.domain.listing import HL_END, HL_START

    def mark(text: str) -> str:
        return text.replace(HL_START, "[").replace(HL_END, "]")

    with open_journal(args, pw) as journal:
        hits = journal.entries.search(args.query, limit=args.limit)
    for hit in hits:
        title = mark(hit.title) or "(untitled)"
        print(f"{hit.about.isoformat()}  {title}  {mark(hit.snippet)}")
    if not hits:
        print("No matches.", file=sys.stderr)
    return EXIT_OK
