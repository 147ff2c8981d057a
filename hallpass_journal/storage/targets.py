"""Checking a place to write an export or a backup, before anything is written.

Writers replace their target with ``os.replace``, which swaps whatever directory entry
is there: a device node (``/dev/null`` for root), a FIFO, a symbolic link, or another
journal. :func:`check_output_target` allows only a new name or an ordinary file, and
refuses an ordinary file that is a Hall Pass journal or backup unless the caller says
replacing one is intended. Journals and backups are recognised by content, not name:
their first 16 bytes are the SQLCipher salt, which ends in this app's marker
(:func:`hallpass_journal.storage.keys.salt_profile`).

The check reads at most 16 bytes of an ordinary file and never opens anything else, so
a FIFO cannot block it. It is advisory: the file system can change between the check
and the write, but what it guards against is a person's mistake, not an attacker who
can already write to the folder.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from hallpass_journal.domain.errors import OutputRefused, WouldReplaceJournal
from hallpass_journal.storage.fsutil import same_file_family
from hallpass_journal.storage.keys import SALT_SIZE, salt_profile

_NOTHING = "nothing was written"


def _kind_of_special(mode: int) -> str | None:
    """How to name a file that is not an ordinary file, or None for an ordinary one."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "not an ordinary file"


def _advice(kind: str) -> str:
    if kind == "a symbolic link":
        return "name the real file instead, or choose a new name"
    if kind == "a folder":
        return "choose a file name inside it"
    return "choose an ordinary file name"


def _head(path: Path) -> bytes:
    """The first bytes of the ordinary file at ``path``, without following a link.

    ``O_NONBLOCK`` and the ``fstat`` keep a FIFO swapped in after the ``lstat`` from
    blocking or being read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        kind = _kind_of_special(mode)
        if kind is not None:
            raise OutputRefused(f"{path} is {kind}; {_NOTHING}. Please {_advice(kind)}.")
        return os.read(fd, SALT_SIZE)
    finally:
        os.close(fd)


def is_hallpass_file(path: Path) -> bool:
    """Whether the ordinary file at ``path`` is a Hall Pass journal or backup (by content)."""
    return salt_profile(_head(path)) is not None


def check_output_target(
    target: Path, *, overwrite_journal: bool = False, source: Path | None = None
) -> None:
    """Refuse, with a message naming the problem, to write a file at ``target``.

    Args:
        target: Where an export or backup is about to be written.
        overwrite_journal: Allow replacing a Hall Pass journal or backup found there
            (never the ``source`` journal itself).
        source: The journal being exported or backed up, if any.

    Raises:
        OutputRefused: The folder is missing, or ``target`` is the journal itself, a
            folder, a device, a FIFO, a socket, a symbolic link, or cannot be read to
            check what it is.
        WouldReplaceJournal: ``target`` is a journal or backup and ``overwrite_journal``
            was not given.
    """
    target = Path(target)
    if source is not None and same_file_family(target, source):
        raise OutputRefused(
            f"Nothing can be written over the journal itself ({target}); {_NOTHING}. "
            "Please choose another file."
        )
    parent = Path(os.path.abspath(target)).parent
    try:
        parent_mode = os.stat(parent).st_mode
    except FileNotFoundError:
        raise OutputRefused(f"The folder {parent} does not exist; {_NOTHING}.") from None
    except NotADirectoryError:
        raise OutputRefused(
            f"Part of the path {parent} is a file, not a folder; {_NOTHING}."
        ) from None
    if not stat.S_ISDIR(parent_mode):
        raise OutputRefused(f"{parent} is a file, not a folder; {_NOTHING}.")
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return  # a new name in an existing folder
    kind = _kind_of_special(mode)
    if kind is not None:
        raise OutputRefused(f"{target} is {kind}; {_NOTHING}. Please {_advice(kind)}.")
    try:
        ours = is_hallpass_file(target)
    except FileNotFoundError:
        return  # removed since the lstat: a new name after all
    except OSError as exc:
        raise OutputRefused(
            f"{target} cannot be read to check what it is ({exc.strerror}); {_NOTHING}."
        ) from None
    if ours and not overwrite_journal:
        raise WouldReplaceJournal(
            f"{target} is an encrypted Hall Pass journal or backup; {_NOTHING}."
        )
