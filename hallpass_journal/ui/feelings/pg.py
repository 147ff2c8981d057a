"""The one place pyqtgraph is imported, always on the app's own Qt binding.

pyqtgraph picks a Qt binding at import: from ``PYQTGRAPH_QT_LIB`` when set (a value left in
the environment for another program could make it load PyQt next to PySide6), otherwise
the first one already imported. The app sets it to PySide6 before the import. Only the
feelings modules import this one, and only when the chart is first shown: pyqtgraph and
numpy cost start-up time that Home and the Journal never need.
"""

from __future__ import annotations

import os

os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

import pyqtgraph as pg  # noqa: E402
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol  # noqa: E402

# Smooth lines; wheel zooms and a left drag pans (no rubber band to learn).
pg.setConfigOptions(antialias=True, leftButtonPan=True)

__all__ = ["drawSymbol", "pg"]
