"""A full disk gives a clear message and keeps everything saved before."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from tests.namespaces import AS_NAMESPACE_ROOT, rerun_in_namespace

PASS = "correct horse battery staple"


@pytest.fixture
def small_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | None]:
    """A real 1 MiB file system (tmpfs) as root; None once the test ran in a namespace."""
    if not sys.platform.startswith("linux"):
        pytest.skip("disk full NOT tested: it needs a Linux tmpfs")
    if os.geteuid() != 0:
        rerun_in_namespace(
            request, tmp_path, AS_NAMESPACE_ROOT, not_tested="disk full (mounting a 1 MiB tmpfs)"
        )
        yield None
        return
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode:
        pytest.skip(
            f"disk full NOT tested: running as root, but mounting a tmpfs failed: "
            f"{done.stderr.decode().strip()}"
        )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_is_reported_and_earlier_entries_survive(small_disk: Path | None) -> None:
    if small_disk is None:
        return  # it ran, and passed, as root of a user namespace (see small_disk)
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
