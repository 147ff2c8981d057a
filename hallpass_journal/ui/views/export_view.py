"""The Export section: a file for a therapist or counsellor, of exactly what was chosen.

On the left (above, in a narrow window) what goes in: a period, kinds of entry, only
those marked for the next session, the parts beside the entries, initials for the cover
and the format. On the right a preview of the entries, oldest first, each with a tick;
private entries are never listed, and never exported. Under it, plainly, that the file
is not encrypted, who it is for and where it will be written, how many entries and
questions go in, and Export….
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.reports.selection import ExportSelection, range_presets
from hallpass_journal.services.changes import Area
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.counts import counted
from hallpass_journal.ui.export.export_run import ExportRun, suggested_name
from hallpass_journal.ui.export.options_panel import ExportOptions, heading
from hallpass_journal.ui.export.preview_delegate import PreviewDelegate
from hallpass_journal.ui.export.preview_model import ExportPreviewModel
from hallpass_journal.ui.views.base import JournalView
from hallpass_journal.ui.widgets.home_layout import scrolling_page
from hallpass_journal.ui.widgets.page_parts import (
    friendly_path,
    link_button,
    primary_button,
    text_label,
    title_label,
)

#: From this page width the options and the preview sit side by side.
SIDE_BY_SIDE = 860
#: The preview's height when it sits under the options (the page scrolls).
STACKED_LIST_HEIGHT = 300
LIST_MIN_HEIGHT = 180


class ExportView(JournalView):
    """Export for a session: choose, look over the entries, write the file."""

    section_id = "export"
    watches = frozenset({Area.ENTRIES, Area.SESSION, Area.AGREEMENTS, Area.EVENTS})
    #: The preview was loaded again (tests wait for it).
    preview_updated = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self._questions = 0
        self._marked = 0
        self.model = ExportPreviewModel(journal.entries, self)
        self.model.load_failed.connect(self.save_state)
        self.model.reloaded.connect(self._update_counts)
        self.model.ticks_changed.connect(self._update_counts)
        self.run = ExportRun(self)
        self.run.finished.connect(lambda _outcome: self._update_notice())
        self._build()
        self.refresh()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        self._scroll, page, col = scrolling_page(self)
        self._page = page
        title = title_label(self.tr("Export for your session"), page, scale=1.35)
        title.setAlignment(Qt.AlignmentFlag.AlignLeading)
        col.addWidget(title)
        intro = text_label(
            self.tr(
                "Put together a file to read with a therapist or counsellor: the entries "
                "you choose, and what helps to talk them over. Entries marked private are "
                "never part of it."
            ),
            page,
            role="muted",
        )
        col.addWidget(intro)

        self._columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._columns.setSpacing(24)
        self.options = ExportOptions(page)
        self.options.filter_changed.connect(self._reload_preview)
        self.options.parts_changed.connect(self._update_counts)
        self.options.format_group.buttonToggled.connect(lambda *_: self._update_notice())
        self._columns.addWidget(self.options, 1)
        self._columns.addWidget(self._build_preview(page), 1)
        col.addLayout(self._columns, 1)

    def _build_preview(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Entries in the file"), box))
        head.addStretch(1)
        self.tick_all_button = link_button(self.tr("Tick all"), box)
        self.tick_all_button.setAccessibleName(self.tr("Tick every entry"))
        self.tick_all_button.clicked.connect(lambda: self.model.set_all_ticked(True))
        self.untick_all_button = link_button(self.tr("Untick all"), box)
        self.untick_all_button.setAccessibleName(self.tr("Untick every entry"))
        self.untick_all_button.clicked.connect(lambda: self.model.set_all_ticked(False))
        head.addWidget(self.tick_all_button)
        head.addWidget(self.untick_all_button)
        column.addLayout(head)
        self.count_label = text_label("", box, role="muted")
        self.count_label.setAccessibleName(self.tr("How many entries are ticked"))
        column.addWidget(self.count_label)

        self.list_view = QListView(box)
        self.list_view.setAccessibleName(self.tr("Entries in the file"))
        self.list_view.setAccessibleDescription(
            self.tr("Space ticks or unticks the entry; only ticked entries are exported")
        )
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(PreviewDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setMinimumHeight(LIST_MIN_HEIGHT)
        self.list_view.setTabKeyNavigation(False)
        column.addWidget(self.list_view, 1)
        self.empty_label = text_label("", box, role="muted")
        self.empty_label.hide()
        column.addWidget(self.empty_label)

        self.notice = text_label("", box, role="caution")
        self.notice.setAccessibleName(self.tr("The file is not encrypted"))
        column.addWidget(self.notice)
        bottom = QHBoxLayout()
        self.summary_label = text_label("", box)
        self.summary_label.setAccessibleName(self.tr("What goes in"))
        self.export_button = primary_button(self.tr("E&xport…"), box)
        self.export_button.setAccessibleName(self.tr("Export: choose where to save the file"))
        self.export_button.clicked.connect(self.export)
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(bottom)
        self._preview_box = box
        return box

    # -- layout ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Side by side when there is room, else the preview under the options."""
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        wide = width >= SIDE_BY_SIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
        self.list_view.setMinimumHeight(LIST_MIN_HEIGHT if wide else STACKED_LIST_HEIGHT)

    @property
    def side_by_side(self) -> bool:
        """Whether options and preview sit side by side now."""
        return self._columns.direction() == QBoxLayout.Direction.LeftToRight

    # -- reading the journal ---------------------------------------------------------

    def refresh(self) -> None:
        """Read the periods on offer, the counts, and the preview again."""
        today = date.today()
        try:
            presets = range_presets(self.journal, today)
            oldest = self.journal.entries.page(
                EntryFilter(include_private=False), None, 1, oldest_first=True
            )
            self._marked = self.journal.session.marked_count(include_private=False)
            self._questions = len(self.journal.session.questions())
        except VaultError as exc:
            self.save_state.emit(QCoreApplication.translate("VaultError", exc.text))
            return
        self.options.set_presets(presets, today, oldest[0].about if oldest else None)
        self.options.marked_only.setText(
            counted(
                self._marked,
                self.tr("Only entries marked for my next &session (1 marked)"),
                self.tr("Only entries marked for my next &session ({count} marked)"),
            )
        )
        self.options.questions_check.setText(
            counted(
                self._questions,
                self.tr("Questions for the session (1 open)"),
                self.tr("Questions for the session ({count} open)"),
            )
        )
        self._reload_preview()

    def _reload_preview(self) -> None:
        self.model.set_filter(self.options.entry_filter())
        self.preview_updated.emit()

    # -- counts and notice -----------------------------------------------------------

    def selection(self) -> ExportSelection | None:
        """What would be exported now (None: no kind of entry is chosen)."""
        return self.options.selection(self.model.excluded())

    def _update_counts(self) -> None:
        total, ticked = self.model.total, self.model.ticked
        no_kind = not self.options.kinds()
        self.count_label.setText(
            self.tr("{ticked} of {total} ticked").format(
                ticked=QLocale().toString(ticked),
                total=counted(total, self.tr("{count} entry"), self.tr("{count} entries")),
            )
            if total
            else ""
        )
        if no_kind:
            empty = self.tr("Choose at least one kind of entry.")
        elif not total:
            empty = self.tr("No entries match these choices. Private entries are never listed.")
        else:
            empty = ""
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))
        has_rows = self.model.rowCount() > 0
        self.tick_all_button.setEnabled(has_rows)
        self.untick_all_button.setEnabled(has_rows)

        entries = counted(ticked, self.tr("{count} entry"), self.tr("{count} entries"))
        options = self.options
        with_questions = options.questions_check.isChecked() and self._questions > 0
        if with_questions:
            questions = counted(
                self._questions, self.tr("{count} question"), self.tr("{count} questions")
            )
            text = self.tr("{entries} and {questions} will go in.").format(
                entries=entries, questions=questions
            )
        else:
            text = self.tr("{entries} will go in.").format(entries=entries)
        # Entries, or a part that stands without them; the chart and the evaluation
        # are drawn from the entries, so alone they would make an empty file.
        something = bool(ticked) or with_questions
        something = something or options.summary_check.isChecked()
        something = something or options.agreement_check.isChecked()
        why_not = ""
        if no_kind:
            why_not = self.tr("Choose at least one kind of entry to export.")
        elif not something:
            why_not = self.tr(
                "Nothing would go in yet: tick an entry, or choose the summary, the "
                "agreement or the questions."
            )
            text = why_not
        self.summary_label.setText(text)
        self.export_button.setEnabled(not why_not)
        self.export_button.setToolTip(why_not)
        self.export_button.setAccessibleDescription(why_not)
        self._update_notice()

    def _update_notice(self) -> None:
        """Not encrypted, who it is for, and where it goes (or went), in plain words."""
        parts = [
            self.tr(
                "This file is not encrypted: anyone who can open it can read what is in "
                "it. It is meant for you and the therapist or counsellor you choose to "
                "share it with."
            ),
            self.tr(
                "Export\u2026 asks where to save it (suggested: {name} in {folder}); only "
                "your user account can open it there."
            ).format(
                name=suggested_name(self.options.format_name(), date.today()),
                folder=friendly_path(self.run.start_folder()),
            ),
        ]
        last = self.run.last_written
        if last is not None:
            parts.append(
                self.tr("The last one was written to {name} in {folder}.").format(
                    name=last.name, folder=friendly_path(last.parent)
                )
            )
        self.notice.setText(" ".join(parts))

    # -- exporting -------------------------------------------------------------------

    def export(self) -> None:
        """Export…: ask where, then write the file with progress and a way to stop."""
        selection = self.selection()
        if selection is None or not self.export_button.isEnabled():
            return  # no kind chosen, or nothing at all would go in
        self.run.start(self.journal, selection, self.options.format_name())

    # -- JournalView -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Repaint the rows in the new theme's colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.list_view.viewport().update()

    def wipe(self) -> None:
        """Forget the listed entries (the journal is being locked)."""
        self.model.clear()
        self.options.initials_edit.clear()
