"""The Qt binding keeps Python's reference counts straight.

PySide6-Essentials 6.12.0 drops a reference to ``None`` on every call of a Qt method
that returns nothing, and one to ``True`` on every signal emitted; on Python 3.11 the
process then aborts ("none_dealloc: deallocating None") after a few thousand repaints.
pyproject.toml keeps that version out; these tests fail on any version that does it
again. (From Python 3.12 on, ``None`` and ``True`` are immortal and their counts do not
move either way.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal()


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("calm")
        label.update()
    assert sys.getrefcount(None) - before >= -10  # a few may be released elsewhere


def test_emitting_a_signal_keeps_true_alive() -> None:
    emitter = _Emitter()
    emitter.ping.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.ping.emit()
    assert sys.getrefcount(True) - before >= -10
