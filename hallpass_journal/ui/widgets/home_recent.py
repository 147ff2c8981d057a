"""Home's list of the latest entries, each opening in the Journal section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.listing import EntrySummary
from hallpass_journal.reports.translated import title_text
from hallpass_journal.ui.models.entry_list_model import EntryRoles
from hallpass_journal.ui.widgets.entry_delegate import EntryDelegate
from hallpass_journal.ui.widgets.home_cards import heading_label
from hallpass_journal.ui.widgets.page_parts import link_button


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomeRecent", text)


translate = QCoreApplication.translate


class RecentEntries(QWidget):
    """A heading with "Open the journal", and the latest entries (or a gentle note)."""

    #: An entry was chosen (its UUID as text).
    open_entry = Signal(str)
    #: "Open the journal" was chosen.
    open_journal = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.heading = heading_label(translate("HomeRecent", "Recent entries"), self)
        self.all_button = link_button(translate("HomeRecent", "Open the journal"), self)
        self.all_button.setAccessibleName(translate("HomeRecent", "Open the journal"))
        self.all_button.clicked.connect(self.open_journal)
        head.addWidget(self.heading, 1)
        head.addWidget(self.all_button)
        col.addLayout(head)

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("HomeRecent", "Recent entries"))
        self._delegate = EntryDelegate(self.list, snippet_lines=1)
        self.list.setItemDelegate(self._delegate)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._open_item)
        self.list.itemActivated.connect(self._open_item)
        self.empty = QLabel(
            translate(
                "HomeRecent", "Your entries will appear here. A check-in is a gentle way to begin."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setProperty("role", "muted")
        col.addWidget(self.list)
        col.addWidget(self.empty)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_entry.emit(item.data(EntryRoles.UUID))

    def show_entries(self, recent: list[EntrySummary]) -> None:
        """Show these entries, newest first, at their full height (the page scrolls)."""
        self.list.clear()
        for summary in recent:
            item = QListWidgetItem(title_text(summary.title))
            item.setData(EntryRoles.UUID, str(summary.uuid))
            item.setData(EntryRoles.KIND, summary.kind.value)
            item.setData(EntryRoles.TITLE, title_text(summary.title))
            item.setData(EntryRoles.SNIPPET, summary.snippet)
            item.setData(EntryRoles.PRIVATE, summary.private)
            item.setData(EntryRoles.MARKED, summary.marked and not summary.private)
            item.setData(
                EntryRoles.DATE, QDate(summary.about.year, summary.about.month, summary.about.day)
            )
            self.list.addItem(item)
        rows = len(recent)
        self.list.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        if rows:
            row_height = self.list.sizeHintForRow(0)
            self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth())

    def clear(self) -> None:
        """Forget the titles and snippets shown."""
        self.list.clear()
