"""Reading an import file safely: its size looked at first, never read whole if too large.

The problems an import can meet are :class:`ImportProblem`; reading and validating what
was read live in :mod:`~hallpass_journal.services.export_json`.
"""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path
from typing import Final

#: The largest file import reads. Ten years of journaling, several entries a day with
#: their answers (about 1 to 3 KiB of JSON each), agreements and check-ins, is some tens
#: of MiB; 256 MiB leaves ample room for a heavy writer. Beyond it, reading the file (and
#: the two readers' copies of it) would take more memory than an ordinary computer can
#: spare, so a larger file is refused before it is read.
MAX_IMPORT_BYTES: Final = 256 * 1024 * 1024


class ImportProblem(ValueError):
    """An import file that cannot be used; ``problems`` lists where and why."""

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        self.summary = summary
        self.problems = problems or []
        super().__init__("\n".join([summary, *self.problems]))


def _size(n: int) -> str:
    """``300.1 MiB``: rounded up, so a file just over a limit never looks equal to it."""
    if n < 1024:
        return f"{n} bytes"
    value, unit = n / 1024, "KiB"
    for larger in ("MiB", "GiB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{math.ceil(value * 10) / 10:.1f}".removesuffix(".0") + f" {unit}"


def too_large(size: int | None) -> ImportProblem:
    """The file is ``size`` bytes (``None``: it grew while read), more than the limit."""
    limit = _size(MAX_IMPORT_BYTES)
    how_large = "" if size is None else f" {_size(size)},"
    return ImportProblem(
        f"This file is{how_large} larger than the {limit} an export may be; nothing was imported."
    )


def out_of_memory() -> ImportProblem:
    """The file could not be checked: too little memory is free."""
    return ImportProblem(
        "This file is too large to check with the memory this computer has free; "
        "nothing was imported."
    )


def read_export_bytes(source: Path) -> bytes:
    """The bytes of the file at ``source``, refused unread when it is too large.

    Its size is looked at first (a file over :data:`MAX_IMPORT_BYTES` is refused, saying
    how large it is), then at most one byte more than the limit is read, so a file that
    grows meanwhile is refused too. Only an ordinary file is read: a device or a named
    pipe could be endless, or make the read wait forever.
    """
    source = Path(source)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        _check_readable(source, os.stat(source))
        fd = os.open(source, flags)
        with os.fdopen(fd, "rb") as fh:
            size = _check_readable(source, os.fstat(fh.fileno()))  # the file opened
            want = min(size, MAX_IMPORT_BYTES) + 1
            raw = fh.read(want)
            if len(raw) == want and want <= MAX_IMPORT_BYTES:  # it grew meanwhile
                raw += fh.read(MAX_IMPORT_BYTES + 1 - want)
    except FileNotFoundError as exc:
        raise ImportProblem(f"There is no file at {source}.") from exc
    except IsADirectoryError as exc:
        raise ImportProblem(f"{source} is a folder, not an export file.") from exc
    except PermissionError as exc:
        raise ImportProblem(f"{source} cannot be read: your user account may not open it.") from exc
    except MemoryError:
        raise out_of_memory() from None
    except OSError as exc:
        raise ImportProblem(
            f"{source} could not be read ({exc.strerror or 'file problem'}); nothing was imported."
        ) from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise too_large(None)
    return raw


def _check_readable(source: Path, info: os.stat_result) -> int:
    """``info``'s size, once it is an ordinary file no larger than the limit."""
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(source)
    if not stat.S_ISREG(info.st_mode):
        raise ImportProblem(f"{source} is not an ordinary file, so it cannot be an export.")
    if info.st_size > MAX_IMPORT_BYTES:
        raise too_large(info.st_size)
    return info.st_size
