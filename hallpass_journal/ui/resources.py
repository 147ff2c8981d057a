"""Icons and stylesheets shipped as package data (``hallpass_journal.resources``).

Monochrome icons are drawn with ``currentColor`` and tinted with the palette's text
colour when loaded, so one SVG serves the light and the dark theme; call
:func:`clear_icon_cache` after the palette changes.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)


@cache
def _root() -> Path:
    try:
        root = importlib_resources.files("hallpass_journal.resources")
    except ModuleNotFoundError:  # an install made before resources were package data
        import hallpass_journal

        return Path(hallpass_journal.__file__).resolve().parent.parent / "resources"
    return Path(str(root))


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("icons", "lock.svg")``."""
    return _root().joinpath(*parts)


def read_text(*parts: str) -> str:
    """The text of a shipped file (stylesheets)."""
    return resource_path(*parts).read_text(encoding="utf-8")


def _render(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return pixmap


@cache
def _icon(name: str, color: str, selected_color: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"no icon named {name!r}")
    raw = path.read_text(encoding="utf-8")
    result = QIcon()
    tinted = "currentColor" in raw
    for size in _SIZES:
        result.addPixmap(_render(raw.replace("currentColor", color).encode(), size))
        if tinted:
            svg = raw.replace("currentColor", selected_color).encode()
            result.addPixmap(_render(svg, size), QIcon.Mode.Selected)
    return result


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, tinted for the current palette."""
    palette = QGuiApplication.palette()
    return _icon(
        name,
        palette.color(QPalette.ColorRole.WindowText).name(),
        palette.color(QPalette.ColorRole.HighlightedText).name(),
    )


def clear_icon_cache() -> None:
    """Forget tinted icons (after a theme change)."""
    _icon.cache_clear()
