"""Light and dark palettes: follow the system by default, or force one (a setting).

On Linux and Windows the app uses the Fusion style with its own calm palettes, so both
themes look the same everywhere and stay readable; on macOS the native style is kept and
only the colour scheme is requested. ``resources/styles/app.qss`` adds spacing and a few
named elements (sidebar, page titles, messages); its ``$name`` placeholders are filled
from :class:`Colors`. :mod:`hallpass_journal.ui.app_style` draws the focus ring.

Contrast (WCAG 2.x, checked by ``tests/ui/test_contrast.py``): text and secondary text
at least 4.5:1 on every surface they sit on, disabled text too (people still need to
read what a greyed-out button would do); the focus ring and the outline of check boxes
at least 3:1 against what surrounds them.
"""

from __future__ import annotations

import string
import sys
from dataclasses import asdict, dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from hallpass_journal.ui import resources
from hallpass_journal.ui.app_style import AppStyle

THEMES = ("system", "light", "dark")
_NATIVE_STYLE = sys.platform == "darwin"


@dataclass(frozen=True)
class Colors:
    """One theme's colours (hex strings); views may use them for custom painting."""

    scheme: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    border: str
    dark: str
    accent: str
    on_accent: str
    accent_soft: str
    link: str
    danger: str
    warning: str
    success: str
    disabled: str
    #: The focus ring (app_style).
    focus: str
    #: Outlines that identify a control, like a check box's square.
    control: str


LIGHT = Colors(
    scheme="light",
    window="#f5f4f0",
    base="#ffffff",
    alternate="#eeece7",
    text="#25282b",
    muted="#5d6267",
    button="#fbfaf8",
    border="#d5d2cb",
    dark="#a9a59c",
    accent="#3d7a71",
    on_accent="#ffffff",
    accent_soft="#dcebe7",
    link="#2c6788",
    danger="#a4342c",
    warning="#86580a",
    success="#2d7a4d",
    disabled="#6b6f73",
    focus="#2f6b62",
    control="#7b7f83",
)

DARK = Colors(
    scheme="dark",
    window="#1d1f22",
    base="#24272b",
    alternate="#2a2e32",
    text="#e3e1dc",
    muted="#a3a8ad",
    button="#2c3034",
    border="#3c4146",
    dark="#121315",
    accent="#3f8076",
    on_accent="#ffffff",
    accent_soft="#2b3d3a",
    link="#86bcd9",
    danger="#f0877d",
    warning="#e2b866",
    success="#82c99c",
    disabled="#94999e",
    focus="#6cbcae",
    control="#858b91",
)

_current: Colors = LIGHT


def colors() -> Colors:
    """The colours of the theme in use."""
    return _current


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """The WCAG 2.x contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str | QColor) -> float:
        c = QColor(colour)
        lin = [
            v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
            for v in (c.redF(), c.greenF(), c.blueF())
        ]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def build_palette(c: Colors) -> QPalette:
    """A complete QPalette for ``c`` (active, inactive and disabled groups)."""
    role = QPalette.ColorRole
    p = QPalette()
    pairs = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.base,
        role.AlternateBase: c.alternate,
        role.ToolTipBase: c.base,
        role.ToolTipText: c.text,
        role.PlaceholderText: c.muted,
        role.Text: c.text,
        role.Button: c.button,
        role.ButtonText: c.text,
        role.BrightText: c.danger,
        role.Light: c.base if c.scheme == "light" else c.border,
        role.Midlight: c.alternate,
        role.Mid: c.border,
        role.Dark: c.dark,
        role.Shadow: "#000000",
        role.Highlight: c.accent,
        role.HighlightedText: c.on_accent,
        role.Link: c.link,
        role.LinkVisited: c.link,
        role.Accent: c.accent,
    }
    for r, value in pairs.items():
        p.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        p.setColor(disabled, r, QColor(c.disabled))
    p.setColor(disabled, role.Highlight, QColor(c.border))
    p.setColor(disabled, role.HighlightedText, QColor(c.muted))
    return p


def system_scheme() -> str:
    """Return "dark" or "light", as the desktop reports it (light when unknown)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def stylesheet(c: Colors) -> str:
    """The app stylesheet with this theme's colours (and its images' paths) filled in."""
    template = string.Template(resources.read_text("styles", "app.qss"))
    check = resources.resource_path("icons", "check.svg").as_posix()
    return template.safe_substitute(asdict(c), check_image=check)


class ThemeManager(QObject):
    """Applies the chosen theme to the application and follows system changes."""

    #: The effective scheme after a change: "light" or "dark".
    changed = Signal(str)

    def __init__(self, app: QApplication, mode: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._mode = mode if mode in THEMES else "system"
        self._applying = False
        base = None if _NATIVE_STYLE else QStyleFactory.create("Fusion")
        self._style = AppStyle(
            base, lambda: (_current.focus, _current.base), rings=not _NATIVE_STYLE
        )
        app.setStyle(self._style)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_change)

    @property
    def mode(self) -> str:
        """Return "system", "light" or "dark"."""
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Switch theme live."""
        self._mode = mode if mode in THEMES else "system"
        self.apply()

    def effective(self) -> str:
        """The scheme in use: the forced one, or the system's."""
        return self._mode if self._mode != "system" else system_scheme()

    def apply(self) -> None:
        """Set palette, stylesheet and the platform's colour-scheme hint."""
        global _current
        hints = QGuiApplication.styleHints()
        # Tell the platform too, so native dialogs and title bars match where supported.
        # Forcing the hint can echo back as a "system" change: ignore that echo.
        self._applying = True
        try:
            if self._mode == "system":
                hints.unsetColorScheme()
            else:
                wanted = Qt.ColorScheme.Dark if self._mode == "dark" else Qt.ColorScheme.Light
                hints.setColorScheme(wanted)
        finally:
            self._applying = False
        _current = DARK if self.effective() == "dark" else LIGHT
        if not _NATIVE_STYLE:
            self._app.setPalette(build_palette(_current))
        self._app.setStyleSheet(stylesheet(_current))
        resources.clear_icon_cache()
        self.changed.emit(_current.scheme)

    def _on_system_change(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system" and not self._applying:
            self.apply()
