"""A QGuiApplication for rendering when none exists (the command line, a script).

Fonts, images and the PDF writer need a QGuiApplication; the app has one already. The
command line may run where there is no display (a server, an SSH session), so there the
offscreen platform is used: nothing is shown, everything renders the same.

An application made here is for rendering only, so Qt's font database is told not to
warn ("OpenType support missing for …", once for every script without a font): on the
command line those lines would bury the one line that matters. The app's own
QApplication is never made here and keeps every warning.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLoggingCategory
from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None
#: Quietens the font database's warnings (QT_LOGGING_RULES can still turn them on).
QUIET_FONTS = "qt.text.font.db=false"


def _no_display(environ: dict[str, str], platform: str) -> bool:
    """Whether Qt would find no display to connect to here (Linux and the like only)."""
    if platform in ("win32", "darwin"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
        return False
    if wanted.startswith("wayland"):
        return not environ.get("WAYLAND_DISPLAY")
    if wanted.startswith("xcb"):
        return not environ.get("DISPLAY")
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    Call it from the main thread, before rendering starts anywhere. An application
    made here does not print the font database's warnings (:data:`QUIET_FONTS`); a
    running one is left exactly as it is.

    Raises:
        RuntimeError: A plain QCoreApplication runs already (one without fonts).
    """
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("Rendering an export needs a QGuiApplication.")
        return existing
    argv = ["hallpass-journal"]
    if _no_display(dict(os.environ), sys.platform):
        argv += ["-platform", "offscreen"]
    QLoggingCategory.setFilterRules(QUIET_FONTS)
    _app = QGuiApplication(argv)
    return _app
