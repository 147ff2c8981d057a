"""A journal file the computer will not let us read gets its own message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.storage.vault import Vault

PASS = "correct horse battery staple"

# Inside a new user namespace, this process's user (root, on CI) is seen as an ordinary
# user with no capabilities, so permission bits apply to it.
AS_ORDINARY_USER = ["unshare", "--user", "--map-user=1000", "--map-group=1000"]


def rerun_as_ordinary_user(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Run this same test again as an ordinary user (root ignores permission bits)."""
    probe = subprocess.run([*AS_ORDINARY_USER, "true"], capture_output=True, text=True)
    if probe.returncode:
        pytest.skip(
            "unreadable file NOT tested: root reads any file, and a user namespace to "
            f"run as an ordinary user could not be made: {probe.stderr.strip()}"
        )
    inner = subprocess.run(
        [
            *AS_ORDINARY_USER,
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


def test_permission_denied_is_its_own_message(
    request: pytest.FixtureRequest, journal_path: Path
) -> None:
    if os.geteuid() == 0:
        rerun_as_ordinary_user(request, journal_path.parent)
        return
    Vault.create(journal_path, PASS).close()
    journal_path.chmod(0)
    try:
        with pytest.raises(errors.UnreadableJournal) as caught:
            Vault.open(journal_path, PASS)
    finally:
        journal_path.chmod(0o600)
    assert "cannot be read" in caught.value.text
    assert sorted(p.name for p in journal_path.parent.iterdir()) == [journal_path.name]


def test_a_link_that_goes_round_in_circles_is_unreadable(tmp_path: Path) -> None:
    loop = tmp_path / "journal.hpj"
    loop.symlink_to(loop.name)
    with pytest.raises(errors.UnreadableJournal):
        Vault.open(loop, PASS)
    assert [p.name for p in tmp_path.iterdir()] == [loop.name]
