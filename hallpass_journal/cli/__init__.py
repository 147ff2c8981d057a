"""Command line: ``hallpass-journal`` with no subcommand starts the desktop app.

Passphrases come from a terminal prompt, or with ``--passphrase-stdin`` one line each
from standard input. Exit status: 0 success, 1 a problem the user can fix (one line on
stderr), 2 wrong usage.

The parser is in :mod:`~hallpass_journal.cli.parser`; what commands share (passphrases,
exit statuses, error reporting) in :mod:`~hallpass_journal.cli.shared`; the commands, by
group, in ``journal_commands``, ``safety_commands``, ``data_commands``, ``export_commands``,
``due_command`` and ``evaluate_command``.
"""

from __future__ import annotations

from collections.abc import Sequence

from hallpass_journal.cli import (
    data_commands,
    due_command,
    evaluate_command,
    export_commands,
    journal_commands,
    safety_commands,
)
from hallpass_journal.cli.parser import build_parser
from hallpass_journal.cli.shared import (
    EXIT_OK,
    EXIT_USAGE,
    EXIT_USER_ERROR,
    Handler,
    Passphrases,
    UserError,
    run_command,
)
from hallpass_journal.paths import AppPaths

__all__ = [
    "COMMANDS",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_USER_ERROR",
    "Passphrases",
    "UserError",
    "build_parser",
    "main",
]

COMMANDS: dict[str, Handler] = {
    "init": journal_commands.cmd_init,
    "verify": journal_commands.cmd_verify,
    "change-passphrase": journal_commands.cmd_change_passphrase,
    "backup": safety_commands.cmd_backup,
    "restore": safety_commands.cmd_restore,
    "export": export_commands.cmd_export,
    "agreement": export_commands.cmd_agreement,
    "import": data_commands.cmd_import,
    "demo": data_commands.cmd_demo,
    "add": journal_commands.cmd_add,
    "search": journal_commands.cmd_search,
    "due": due_command.cmd_due,
    "evaluate": evaluate_command.cmd_evaluate,
    "schema": data_commands.cmd_schema,
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
    pw = Passphrases(getattr(args, "passphrase_stdin", False))
    return run_command(COMMANDS[args.command], args, pw)
