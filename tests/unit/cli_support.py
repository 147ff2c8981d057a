"""Running the real command line in-process, as the CLI tests do."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from hallpass_journal.cli import main

Run = Callable[..., tuple[int, str, str]]


def cli_runner(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> Run:
    """``run(*argv, stdin=...) -> (exit status, stdout, stderr)`` of ``hallpass-journal``.

    ``stdin`` (default: the one given here) is what the command reads, e.g. a passphrase
    for ``--passphrase-stdin``; a usage error (argparse's SystemExit) is an exit status.
    """
    default = stdin

    def run(*argv: str, stdin: str = default) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run
