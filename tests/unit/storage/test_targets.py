"""Checking where an export or backup will go, before anything is written."""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services import backups
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.targets import (
    OutputRefused,
    WouldReplaceJournal,
    check_output_target,
)

PASS = "correct horse battery staple"


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail (instead of hanging the run) if anything blocks, e.g. opening a FIFO."""

    def alarm(signum: int, frame: object) -> None:
        raise TimeoutError("blocked for 10 s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def refused(target: Path, **kwargs: object) -> str:
    with pytest.raises(OutputRefused) as caught:
        check_output_target(target, **kwargs)  # type: ignore[arg-type]
    assert isinstance(caught.value, VaultError)  # shown like every known problem
    return str(caught.value)


def test_a_new_name_in_an_existing_folder_is_fine(tmp_path: Path) -> None:
    check_output_target(tmp_path / "export.json")
    assert list(tmp_path.iterdir()) == []


def test_an_ordinary_file_may_be_replaced(tmp_path: Path) -> None:
    for content in (b"", b"{}\n", b"SQLite format 3\x00" + bytes(100), os.urandom(4096)):
        old = tmp_path / "old.json"
        old.write_bytes(content)
        check_output_target(old)
        assert old.read_bytes() == content  # checking reads, never writes


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_devices_are_refused(device: str) -> None:
    assert "is a device, not a file" in refused(Path(device))


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path, no_hang: None) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "named pipe" in refused(fifo)
    # Even when a journal could be replaced: a pipe is never a journal.
    assert "named pipe" in refused(fifo, overwrite_journal=True)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        assert "socket" in refused(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    assert "is a folder" in refused(tmp_path / "folder")


def test_symbolic_links_are_refused_wherever_they_point(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}")
    (tmp_path / "to-file").symlink_to(real)
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere.json")
    (tmp_path / "to-null").symlink_to("/dev/null")
    for link in ("to-file", "dangling", "to-null"):
        assert "symbolic link" in refused(tmp_path / link)
    assert real.read_text() == "{}"


def test_a_missing_folder_has_its_own_message(tmp_path: Path) -> None:
    message = refused(tmp_path / "no" / "such" / "export.json")
    assert "does not exist" in message and str(tmp_path / "no" / "such") in message
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    message = refused(afile / "export.json")
    assert "is a file, not a folder" in message and "journal" not in message


def test_journals_and_backups_are_recognised_by_content(journal: Journal, tmp_path: Path) -> None:
    backup = backups.make_backup(journal.vault)
    disguised = tmp_path / "holiday-photos.json"
    disguised.write_bytes(backup.read_bytes())
    other = tmp_path / "other.txt"
    Journal.create(other, "another passphrase entirely").close()
    for target in (backup, disguised, other):
        with pytest.raises(WouldReplaceJournal) as caught:
            check_output_target(target)
        assert "Hall Pass journal or backup" in str(caught.value)
        check_output_target(target, overwrite_journal=True)  # only when asked


def test_the_journal_itself_is_refused_even_when_overwriting_is_allowed(
    journal: Journal,
) -> None:
    for target in (journal.path, journal.path.with_name(journal.path.name + "-wal")):
        message = refused(target, source=journal.path, overwrite_journal=True)
        assert "over the journal itself" in message
