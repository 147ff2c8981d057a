"""Run a test again inside a Linux user namespace, where root's powers change.

As root (CI) permission bits do not apply, so "permission denied" can only be tested
as an ordinary user; as an ordinary user, mounting a small file system needs root of
a namespace. Either way the same test runs again in a child pytest, and the outer test
passes only if the inner one ran and passed. If no namespace can be made, the test is
skipped with a reason that says what was NOT tested.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

#: This process's user seen as an ordinary user with no capabilities.
AS_ORDINARY_USER = ("unshare", "--user", "--map-user=1000", "--map-group=1000")
#: This process's user seen as root of a private user and mount namespace.
AS_NAMESPACE_ROOT = ("unshare", "--user", "--map-root-user", "--mount")


def rerun_in_namespace(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    prefix: tuple[str, ...],
    *,
    not_tested: str,
    env: dict[str, str] | None = None,
) -> None:
    """Run the current test under ``prefix``; skip saying ``not_tested`` if impossible."""
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
    if probe.returncode:
        pytest.skip(
            f"{not_tested} NOT tested (uid {os.geteuid()}): a user namespace could not be "
            f"made: {probe.stderr.strip()}"
        )
    inner = subprocess.run(
        [
            *prefix,
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
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})},
        capture_output=True,
        text=True,
    )
    assert inner.returncode == 0, inner.stdout + inner.stderr
    assert "1 passed" in inner.stdout, inner.stdout
