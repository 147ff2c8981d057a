"""Auto-lock: notice when nobody has used the app for a while.

Idle means no keyboard, mouse, wheel or touch input anywhere in the application. An
event filter on the QApplication only notes the time of the last input; a single-shot
timer wakes up at the deadline and either fires or sleeps for the time that is left,
so mouse movement does not restart a timer hundreds of times a second.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits :attr:`idle` once after ``timeout_ms`` without user input, while active."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = 0
        self._active = False
        self._since_input = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        """The idle time that triggers :attr:`idle`; 0 never does."""
        return self._timeout_ms

    def set_timeout_ms(self, msecs: int) -> None:
        """Change the timeout (takes effect from the last input)."""
        self._timeout_ms = max(int(msecs), 0)
        self._schedule()

    def start(self) -> None:
        """Watch from now (after unlock)."""
        self._active = True
        self._since_input.start()
        self._schedule()

    def stop(self) -> None:
        """Stop watching (after lock)."""
        self._active = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        """Whether the watcher can fire."""
        return self._active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Note the time of user input; never consumes the event."""
        if self._active and event.type() in _INPUT_EVENTS:
            self._since_input.restart()
        return False

    def _schedule(self) -> None:
        if not self._active or self._timeout_ms <= 0:
            self._timer.stop()
            return
        elapsed = self._since_input.elapsed() if self._since_input.isValid() else 0
        self._timer.start(max(self._timeout_ms - elapsed, 0))

    def _check(self) -> None:
        if not self._active or self._timeout_ms <= 0:
            return
        if self._since_input.elapsed() >= self._timeout_ms:
            self._active = False
            self.idle.emit()
        else:
            self._schedule()

    def shutdown(self) -> None:
        """Remove the application event filter."""
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
