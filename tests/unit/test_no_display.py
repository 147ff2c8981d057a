"""Started where there is no display, the app says so in one line instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hallpass_journal.app import NO_DISPLAY, missing_display


@pytest.mark.parametrize(
    ("environ", "ok"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, True),
    ],
)
def test_linux_needs_a_display_for_the_platform_in_use(environ: dict[str, str], ok: bool) -> None:
    assert (missing_display(environ, "linux") is None) is ok


def test_other_systems_are_left_to_qt() -> None:
    assert missing_display({}, "win32") is None
    assert missing_display({}, "darwin") is None


def test_the_app_started_without_a_display_prints_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "hallpass_journal", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [NO_DISPLAY]
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []  # nothing created
