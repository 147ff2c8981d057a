"""Feelings over time: a chart of feelings and mood, and a before-and-after comparison.

The chart tab is built the first time it is shown, so pyqtgraph (and numpy) load only
then: never for Home or the Journal, and not when another section only asks for a
before-and-after comparison (:data:`FEELINGS_EVALUATE`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.feelings.evaluate_panel import EvaluatePanel
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.page_parts import title_label
from hallpass_journal.ui.windows.sections import FEELINGS_EVALUATE

if TYPE_CHECKING:
    from hallpass_journal.ui.feelings.chart_tab import ChartTab

CHART, EVALUATE = 0, 1


class FeelingsView(JournalView):
    """The "Feelings over time" section."""

    section_id = "feelings"
    watches = frozenset({Area.ENTRIES, Area.EVENTS, Area.AGREEMENTS})

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.chart_tab: ChartTab | None = None
        self._evaluate_stale = True
        self._chart_stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(6)
        title = title_label(self.tr("Feelings over time"), self, scale=1.35)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._chart_page = QWidget(self.tabs)
        self._chart_box = QVBoxLayout(self._chart_page)
        self._chart_box.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._chart_page, self.tr("Chart"))
        self.evaluate_panel = EvaluatePanel(journal, self.tabs)
        self.evaluate_panel.problem.connect(self.save_state)
        self.tabs.addTab(self.evaluate_panel, self.tr("Before and after"))
        self.tabs.currentChanged.connect(self._on_tab)
        layout.addWidget(self.tabs, 1)

    # -- tabs ------------------------------------------------------------------------

    def ensure_chart(self) -> ChartTab:
        """The chart tab, built (and pyqtgraph imported) on first use."""
        if self.chart_tab is None:
            from hallpass_journal.ui.feelings.chart_tab import ChartTab

            self.chart_tab = ChartTab(self.journal, self._chart_page)
            self.chart_tab.problem.connect(self.save_state)
            self._chart_box.addWidget(self.chart_tab)
            self._chart_stale = True
        return self.chart_tab

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Load the tab in front once the section is on screen.

        Just after: the section appears at once, and an action that came with it (the
        window calls :meth:`handle_action` right after showing the section) can pick
        "Before and after" before the chart is ever built.
        """
        super().showEvent(event)
        QTimer.singleShot(0, self._load_front)

    def _load_front(self) -> None:
        if shiboken6.isValid(self):
            self._on_tab(self.tabs.currentIndex())

    def _on_tab(self, index: int) -> None:
        if not self.isVisible():
            return
        if index == CHART:
            chart = self.ensure_chart()
            if self._chart_stale:
                self._chart_stale = False
                chart.refresh()
        elif self._evaluate_stale:
            self._evaluate_stale = False
            self.evaluate_panel.refresh()

    # -- JournalView -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the tab in front; the other one catches up when shown."""
        self._chart_stale = True
        self._evaluate_stale = True
        self._on_tab(self.tabs.currentIndex())

    def handle_action(self, action: str, argument: str) -> bool:
        """FEELINGS_EVALUATE: show "Before and after" around a moment (UUID) or day (ISO)."""
        if action != FEELINGS_EVALUATE:
            return False
        if self._evaluate_stale:
            self._evaluate_stale = False
            self.evaluate_panel.refresh()
        self.tabs.setCurrentIndex(EVALUATE)
        return self.evaluate_panel.select(argument)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Follow the theme: the chart paints its own colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.chart_tab is not None:
            self.chart_tab.apply_theme()

    def wipe(self) -> None:
        """Forget every feeling shown (the journal is being locked)."""
        if self.chart_tab is not None:
            self.chart_tab.wipe()
        self.evaluate_panel.wipe()
        self._chart_stale = True
        self._evaluate_stale = True
