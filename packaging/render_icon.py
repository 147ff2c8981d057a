"""Render the app icon (resources/icons/app.svg) to a square PNG.

Used by the bundle builds (PyInstaller turns a PNG into the .ico/.icns it needs, with
Pillow) and for a hicolor PNG beside the scalable icon. Needs PySide6 only.

    python packaging/render_icon.py --size 256 --out build/icon/<id>.png
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app.svg"


def render(svg: Path, size: int, out: Path) -> None:
    """Write ``svg`` as a ``size`` x ``size`` PNG with a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):  # the format follows the suffix (.png)
        raise SystemExit(f"could not write {out}")
    del app


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and render."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG, help="the SVG (default: the app icon)")
    parser.add_argument("--size", type=int, default=256, help="width and height in pixels")
    parser.add_argument("--out", type=Path, required=True, help="the PNG to write")
    args = parser.parse_args(argv)
    if args.out.suffix.lower() != ".png":
        parser.error("--out must end in .png")
    render(args.svg, args.size, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
