"""Errors a person can act on, as opposed to bugs.

Every failure the vault expects is one of these, with a plain message fit for a dialog
or a terminal. Anything else is a bug and should surface as such.
"""

from __future__ import annotations


class VaultError(Exception):
    """A known, user-facing problem with a journal file."""

    message = "The journal could not be opened."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.message)

    @property
    def text(self) -> str:
        """The message to show."""
        return str(self)


class WrongPassphrase(VaultError):
    """The passphrase does not open this journal."""

    message = "That passphrase does not open this journal. Please try again."


class NotAJournal(VaultError):
    """The file is something else (plain SQLite, text, random bytes, another app's)."""

    message = "This file is not a Hall Pass journal."


class DamagedJournal(VaultError):
    """The file is a journal but parts of it cannot be read."""

    message = (
        "Part of this journal is damaged and could not be read. Restoring the newest "
        "backup is the safest next step; nothing more was changed."
    )

    def __init__(self, detail: str | None = None, bad_pages: list[int] | None = None) -> None:
        super().__init__(detail)
        self.bad_pages = bad_pages or []


class MissingJournal(VaultError):
    """No file, or an empty one, where a journal was expected."""

    message = "There is no journal at this location."


class NewerVersion(VaultError):
    """Written by a newer version of the app."""

    message = (
        "This journal was written by a newer version of Hall Pass Journal. "
        "Please update the app to open it; the file has not been changed."
    )


class ReadOnlyLocation(VaultError):
    """The journal or its folder cannot be written."""

    message = (
        "The journal's folder cannot be written to. Check its permissions or move the "
        "journal somewhere writable; nothing was changed."
    )


class DiskFull(VaultError):
    """No room left to save."""

    message = (
        "The disk is full, so the last change could not be saved. Everything saved "
        "before is safe. Free some space and save again."
    )


class DiskProblem(VaultError):
    """The operating system refused a read or write (I/O error, quota, missing folder)."""

    message = (
        "The computer could not write this change to disk. Everything saved before is "
        "safe. Check that the drive is connected and has room, then try again."
    )


class AlreadyOpen(VaultError):
    """Another running copy of the app has this journal open."""

    message = (
        "This journal is already open in another window of Hall Pass Journal. Close it there first."
    )


class VaultLocked(VaultError):
    """An operation needed an unlocked journal."""

    message = "The journal is locked."


class AlreadyExists(VaultError):
    """Refusing to overwrite an existing file with a new journal."""

    message = "A file already exists at this location; choose another name."


class InvalidPassphrase(VaultError):
    """An unusable passphrase (empty)."""

    message = "Please choose a passphrase."


class UnreadableJournal(VaultError):
    """The operating system refused to let the journal file be read."""

    message = (
        "This journal file cannot be read: the computer refused access to it. Check that "
        "your user account may read it (its permissions); the file has not been changed."
    )


class OutputRefused(VaultError):
    """The chosen output path is not a safe place to write a file."""

    message = "That is not a place a file can be written to; nothing was written."


class WouldReplaceJournal(OutputRefused):
    """The output path holds a Hall Pass journal or backup; replacing it was not asked for."""

    message = "A Hall Pass journal or backup is already there; nothing was written."
