"""Composition root of the desktop app: paths -> settings -> theme -> window.

``cli.main`` has already hardened the process (no core dumps) before calling
:func:`run_gui`. High-DPI scaling is on by default in Qt 6 (pass-through rounding).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from hallpass_journal import __version__
from hallpass_journal.paths import AppPaths

log = logging.getLogger(__name__)
APP_NAME = "Hall Pass Journal"


def _quiet_excepthook(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Report a bug without the exception's text: it could quote journal content."""
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    sys.stderr.write(f"Hall Pass Journal hit a bug ({kind.__name__}).\n{frames}")


@contextlib.contextmanager
def _close_on_signals(close: Callable[[], None]) -> Iterator[None]:
    """SIGINT/SIGTERM (Ctrl+C, logout, ``kill``) lock and close instead of dying."""
    previous = {}

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close)

    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, handler)
    # Python runs signal handlers between bytecodes only: wake it up now and then.
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(500)
    try:
        yield
    finally:
        wake.stop()
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextlib.contextmanager
def _quiet_exceptions() -> Iterator[None]:
    previous = sys.excepthook
    sys.excepthook = _quiet_excepthook
    try:
        yield
    finally:
        sys.excepthook = previous


def make_application(language: str = "") -> QApplication:
    """The QApplication (reused if one exists), named, with the app icon.

    ``language`` is the preference (a language code such as ``"de"``); empty follows the
    system's locale.
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])  # our arguments are parsed by cli, not Qt
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    # No applicationDisplayName: Qt would append it to every window title, giving
    # "Hall Pass Journal — Locked — Hall Pass Journal" on X11 and Windows.
    app.setOrganizationName("hallpass-journal")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.hallpass_journal.HallPassJournal")  # packaging/*.desktop
    from hallpass_journal.ui.resources import icon

    app.setWindowIcon(icon("app"))
    install_translations(app, language)
    return app


def install_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Qt's own strings and the app's in ``language`` (or the system's), when available.

    The locale becomes the default too, so dates, numbers and lists follow it.
    Returns the translators installed (none for English, the source language).
    """
    from hallpass_journal.ui.resources import resource_path

    system = QLocale.system()
    # A chosen language keeps the system's country: English on a British system stays
    # British English (dates, the first day of the week), not American.
    locale = QLocale(QLocale(language).language(), system.territory()) if language else system
    QLocale.setDefault(locale)
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("hallpass_journal", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


NO_DISPLAY = (
    "Hall Pass Journal needs a graphical display, and none was found (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set). The command-line commands still work: see "
    "`hallpass-journal --help`."
)


def missing_display(
    environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why the desktop app cannot start here (one line), or None when it can.

    On Linux, Qt aborts the process when its platform has no display to talk to; this
    says so first, in words. Other platforms, and Qt platforms that need no display
    (offscreen, vnc, eglfs, ...), are left to Qt.
    """
    if not platform.startswith("linux"):
        return None
    qpa = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0]
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if qpa == "xcb":
        ok = x11
    elif qpa.startswith("wayland"):
        ok = wayland
    elif qpa:
        ok = True
    else:
        ok = x11 or wayland
    return None if ok else NO_DISPLAY


def run_gui(paths: AppPaths, journal: Path | None = None, demo: bool = False) -> int:
    """Start the desktop app; return its exit status.

    With ``demo`` a fresh demo journal is generated in a temporary folder under a
    random throwaway passphrase, opened unlocked, and the folder is removed on exit
    (also when something fails).
    """
    problem = missing_display()
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return 1
    from hallpass_journal.ui.app_settings import AppSettings
    from hallpass_journal.ui.theme import ThemeManager
    from hallpass_journal.ui.windows.main_window import MainWindow

    settings = AppSettings.load(paths.settings_file)
    app = make_application(settings.language)
    theme = ThemeManager(app, settings.theme)
    theme.apply()
    with _quiet_exceptions(), contextlib.ExitStack() as stack:
        stack.callback(theme.deleteLater)
        folder: Path | None = None
        if demo:
            # Entered first so it is removed last, after the journal in it is closed.
            folder = Path(
                stack.enter_context(
                    tempfile.TemporaryDirectory(prefix="hallpass-demo-", ignore_cleanup_errors=True)
                )
            )
        window = MainWindow(paths, settings, theme)

        def close_window() -> None:
            if shiboken6.isValid(window):
                window.shutdown()
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        stack.callback(close_window)

        def close_for_signal() -> None:
            window.shutdown()  # locks even if the last edit could not be saved
            app.quit()

        stack.enter_context(_close_on_signals(close_for_signal))
        if folder is not None:
            window.start_demo(folder)
        else:
            window.start(journal)
        window.show()
        return app.exec()
