"""A full disk gives a clear message and keeps everything saved before."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal

PASS = "correct horse battery staple"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB file system (tmpfs); needs root, as on CI and the dev machines."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_is_reported_and_earlier_entries_survive(small_disk: Path) -> None:
    path = small_disk / "j.hpj"
    saved: list[str] = []
    with Journal.create(path, PASS) as journal:
        with pytest.raises(errors.DiskFull) as caught:
            for i in range(10_000):
                entry = Entry.new(EntryKind.FREE, title=f"entry {i}", body=f"{i} " + "words " * 400)
                journal.save_entry(entry)
                saved.append(entry.title)
        assert "disk is full" in caught.value.text
        assert journal.entries.count() == len(saved)  # the failed save left no trace
    with Journal.open(path, PASS, auto_backup=False) as journal:
        assert journal.vault.verify() == []
        assert journal.entries.count() == len(saved) > 10
