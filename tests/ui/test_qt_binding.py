"""The Qt binding keeps Python's reference counts straight.

PySide6-Essentials 6.12.0 drops a reference to ``None`` on every call of a Qt method
that returns nothing; on Python 3.11 the process then aborts ("none_dealloc: deallocating
None") after a few thousand repaints. pyproject.toml keeps that version out; this test
fails on any version that does it again. (From Python 3.12 on, ``None`` is immortal and
its count does not move either way.)
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("calm")
        label.update()
    assert sys.getrefcount(None) - before >= -10  # a few may be released elsewhere
