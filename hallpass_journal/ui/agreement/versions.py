"""The agreement's past: numbered versions with their change notes, and status changes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.agreements import STATUS_LABELS, Agreement
from hallpass_journal.ui.agreement.lifecycle import day_text
from hallpass_journal.ui.agreement.two_line_delegate import TwoLineDelegate
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.page_parts import text_label

_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(at: datetime) -> str:
    return day_text(at.astimezone().date())


def _list(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setItemDelegate(TwoLineDelegate(widget))
    return widget


class VersionsPanel(QWidget):
    """Every version, newest first; choosing one shows it; Compare… opens the comparison."""

    #: The person chose a version to read (its number).
    version_chosen = Signal(int)
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 10, 10, 10)
        col.setSpacing(8)
        col.addWidget(
            text_label(
                self.tr("Each renegotiation is kept as its own version. Choose one to read it."),
                self,
                role="muted",
            )
        )
        self.list = _list(self, self.tr("Versions"))
        self.list.currentItemChanged.connect(self._on_current)
        col.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setAccessibleName(self.tr("Compare two versions"))
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self.compare_requested)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        col.addLayout(row)
        self._loading = False

    def show_agreement(self, agreement: Agreement, shown: int) -> None:
        """List the versions; ``shown`` is the number being read."""
        rows: list[tuple[str, int]] = []
        for version in reversed(agreement.versions):
            head = self.tr("Version {number} · {day}").format(
                number=version.number, day=_day(version.created_at)
            )
            if version.number == 1 and not version.change_note:
                note = self.tr("The first draft")
            else:
                note = version.change_note or self.tr("No change note")
            rows.append((f"{head}\n{note}", version.number))
        self._loading = True
        try:
            # Choosing a version calls this from the list's own currentItemChanged: the
            # items must outlive that call, so the same rows are kept, only re-chosen.
            if rows != self._rows():
                self.list.clear()
                for text, number in rows:
                    item = QListWidgetItem(text)
                    item.setData(_NUMBER_ROLE, number)
                    self.list.addItem(item)
            for row, (_text, number) in enumerate(rows):
                if number == shown:
                    self.list.setCurrentRow(row)
        finally:
            self._loading = False
        self.compare_button.setEnabled(len(agreement.versions) > 1)

    def _rows(self) -> list[tuple[str, int]]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [(item.text(), int(item.data(_NUMBER_ROLE))) for item in items]

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None and not self._loading:
            self.version_chosen.emit(int(item.data(_NUMBER_ROLE)))


class HistoryPanel(QWidget):
    """Status changes, newest first, each with its day and note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 10, 10, 10)
        col.setSpacing(8)
        self.list = _list(self, self.tr("Status history"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        col.addWidget(self.list, 1)

    def show_agreement(self, agreement: Agreement) -> None:
        """List the status changes."""
        self.list.clear()
        for change in reversed(agreement.history):
            text = f"{dt(STATUS_LABELS[change.status])} · {_day(change.at)}"
            if change.note:
                text += "\n" + change.note
            self.list.addItem(QListWidgetItem(text))

    def lines(self) -> list[str]:
        """What the list shows, newest first."""
        return [self.list.item(row).text() for row in range(self.list.count())]
