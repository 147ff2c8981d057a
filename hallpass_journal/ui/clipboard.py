"""Text copied from the journal: marked secret, and not left on the clipboard.

When the app puts text on the clipboard (a copy from an entry, a form, a script), the
guard marks it for clipboard managers as a secret (``x-kde-passwordManagerHint``, which
KDE's Klipper and others honour by not keeping a history of it), and clears it again
after a short time (a preference), when the journal locks and when the app quits — but
only while the clipboard still holds what the app put there: something the person has
since copied elsewhere is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

SECRET_HINT = "x-kde-passwordManagerHint"
DEFAULT_CLEAR_SECONDS = 30
CLEAR_CHOICES = (15, 30, 60, 120, 300)


class ClipboardGuard(QObject):
    """Marks and later clears what the app's own window copies."""

    def __init__(self, window: QWidget, clear_after_seconds: int = DEFAULT_CLEAR_SECONDS) -> None:
        super().__init__(window)
        self._window = window
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.set_clear_after(clear_after_seconds)
        self._clipboard.dataChanged.connect(self._changed)

    @property
    def holding(self) -> bool:
        """Whether text the app copied is (as far as it knows) on the clipboard."""
        return self._ours is not None

    def set_clear_after(self, seconds: int) -> None:
        """How long copied text may stay on the clipboard."""
        self._timer.setInterval(max(1, int(seconds)) * 1000)

    def _changed(self) -> None:
        data = self._clipboard.mimeData()
        if data is None:
            return
        if data.hasFormat(SECRET_HINT):
            return  # marked already: by us just now, or by another careful app
        if not (self._clipboard.ownsClipboard() or self._window.isActiveWindow()):
            return  # another application's copy
        text = data.text()
        if not text:
            return
        marked = QMimeData()
        marked.setText(text)
        marked.setData(SECRET_HINT, b"secret")
        self._ours = text
        self._clipboard.setMimeData(marked)
        self._timer.start()

    def clear(self) -> bool:
        """Empty the clipboard if it still holds what the app put there; True if it did."""
        self._timer.stop()
        ours, self._ours = self._ours, None
        if ours is None:
            return False
        data = self._clipboard.mimeData()
        if data is None or data.text() != ours:
            return False  # the person copied something else since: leave it be
        self._clipboard.clear()
        return True

    def shutdown(self) -> None:
        """Clear what is ours and stop listening (the app is quitting)."""
        self.clear()
        self._clipboard.dataChanged.disconnect(self._changed)
