"""What every command shares: exit statuses, passphrases, errors on one line.

Also the two steps most commands begin with: checking where an export or backup will be
written, then unlocking the journal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hallpass_journal.services.journal import Journal

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A problem to report in one line, exit status 1."""


NOT_UTF8 = (
    "The passphrase is not valid UTF-8 text; check the encoding of what is piped in. "
    "Nothing was changed."
)


def _checked(passphrase: str) -> str:
    """Refuse text that cannot become key bytes.

    Python decodes an undecodable stdin (C/POSIX locale) or terminal with
    ``surrogateescape``: invalid bytes arrive as lone surrogates, which only fail later,
    when the passphrase is encoded for key derivation.
    """
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(NOT_UTF8) from None
    return passphrase


class Passphrases:
    """Where passphrases come from: the terminal, or lines of standard input."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def _line(self) -> str:
        try:
            line = sys.stdin.readline()
        except UnicodeDecodeError:
            raise UserError(NOT_UTF8) from None
        if not line:
            raise UserError("Expected a passphrase on standard input, found none.")
        return _checked(line.rstrip("\r\n"))

    def existing(self, prompt: str = "Passphrase: ") -> str:
        """Ask for the passphrase of an existing journal."""
        if self.from_stdin:
            return self._line()
        if not sys.stdin.isatty():
            raise UserError("No terminal to ask for the passphrase; use --passphrase-stdin.")
        return _checked(getpass.getpass(prompt))

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
            passphrase = _checked(getpass.getpass(f"{what}: "))
            if getpass.getpass("Type it again: ") != passphrase:
                raise UserError("The two passphrases differ; nothing was changed.")
        if not passphrase:
            raise UserError("The passphrase cannot be empty.")
        from hallpass_journal.services.strength import assess

        verdict = assess(passphrase)
        if verdict.weak:
            print(f"Note: this passphrase is weak. {verdict.hint}", file=sys.stderr)
        return passphrase


#: A command: parsed arguments and a passphrase source in, exit status out.
Handler = Callable[[argparse.Namespace, Passphrases], int]


def output_must_be_safe(
    out: Path | None, journal: Path, *, overwrite_journal: bool = False, hint: str = ""
) -> None:
    """Refuse, before asking for a passphrase, to write where no export or backup should go.

    A missing folder, the journal itself, a folder, device, FIFO, socket or symbolic
    link is refused outright; a journal or backup already at ``out`` unless
    ``overwrite_journal``, with ``hint`` saying what to do instead. The services check
    again when they write.
    """
    if out is None:
        return
    from hallpass_journal.domain.errors import WouldReplaceJournal
    from hallpass_journal.storage.targets import check_output_target

    try:
        check_output_target(out, source=journal, overwrite_journal=overwrite_journal)
    except WouldReplaceJournal as exc:
        raise UserError(f"{exc} {hint}".strip()) from None


def open_journal(
    args: argparse.Namespace, pw: Passphrases, *, auto_backup: bool = False
) -> Journal:
    """Unlock the journal at ``args.path`` with a passphrase asked for now."""
    from hallpass_journal.services.journal import Journal

    journal = Journal.open(args.path, pw.existing(), auto_backup=auto_backup)
    for note in journal.notes.take():  # a leftover file set aside, a stored value unused
        print(f"Note: {note}", file=sys.stderr)
    return journal


def run_command(handler: Handler, args: argparse.Namespace, pw: Passphrases) -> int:
    """Run one command; report any failure in a line or two on stderr, never a traceback.

    Returns:
        The command's own exit status, or ``EXIT_USER_ERROR`` after a failure.
    """
    from hallpass_journal.domain.errors import VaultError
    from hallpass_journal.services.export_json import ImportProblem

    try:
        return handler(args, pw)
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
