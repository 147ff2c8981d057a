"""Feelings over time: the chart (pyqtgraph, loaded on first use) and before-and-after."""
