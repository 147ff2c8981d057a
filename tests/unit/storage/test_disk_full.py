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

PASS = "correct horse battery staple"


USERNS = ["unshare", "--user", "--map-root-user", "--mount"]


def _rerun_as_namespace_root(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Run this same test again as root of a new user and mount namespace.

    Mounting needs root; a user namespace gives an ordinary user that right over a
    private mount table, so the test runs for real instead of being skipped.
    """
    probe = subprocess.run([*USERNS, "true"], capture_output=True, text=True)
    if probe.returncode:
        pytest.skip(
            f"disk full NOT tested: mounting a 1 MiB tmpfs needs root (this is uid "
            f"{os.geteuid()}) or a user namespace, and unshare failed: {probe.stderr.strip()}"
        )
    inner = subprocess.run(
        [
            *USERNS,
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--basetemp={tmp_path / 'inner'}",
            request.node.nodeid,
        ],
        cwd=request.config.rootpath,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
    )
    assert inner.returncode == 0, inner.stdout + inner.stderr
    assert "1 passed" in inner.stdout, inner.stdout


@pytest.fixture
def small_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | None]:
    """A real 1 MiB file system (tmpfs) as root; None once the test ran in a namespace."""
    if not sys.platform.startswith("linux"):
        pytest.skip("disk full NOT tested: it needs a Linux tmpfs")
    if os.geteuid() != 0:
        _rerun_as_namespace_root(request, tmp_path)
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
