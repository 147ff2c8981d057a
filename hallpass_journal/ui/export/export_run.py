"""One export for a session: where to (the file dialog), the work, its progress, the result.

The file is chosen through :mod:`hallpass_journal.ui.messages`, the one way into
dialogs. The work runs as a :class:`~hallpass_journal.ui.operations.JournalOp` with a
progress dialog; stopping it (Cancel, Escape, an auto-lock closing the dialog) raises
``Cancelled`` at the exporter's next step, and nothing is written. The exporter writes
the file whole or not at all (a temporary file beside it, then renamed), readable by
the user's account only. The result is said once, a moment after the work has ended.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.reports.selection import ExportSelection
from hallpass_journal.services.export_json import Cancelled
from hallpass_journal.services.exporters import ExportResult
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.counts import counted
from hallpass_journal.ui.dialogs.progress_dialog import ProgressDialog
from hallpass_journal.ui.operations import JournalOp, describe_failure
from hallpass_journal.ui.widgets.page_parts import friendly_path
from hallpass_journal.ui.windows.action_support import ProgressRelay

if TYPE_CHECKING:
    from hallpass_journal.reports.exporters import SelectionExporter

log = logging.getLogger(__name__)

#: Outcomes :attr:`ExportRun.finished` tells.
WRITTEN, STOPPED, FAILED, NOT_STARTED = "written", "stopped", "failed", "not-started"
#: The usual extension of each format (the exporter's own is used once it is loaded).
EXTENSIONS = {"pdf": ".pdf", "html": ".html", "markdown": ".md"}


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested_name(fmt: str, today: date) -> str:
    """A file name that says nothing of the journal, e.g. "session-notes-2026-11-30.pdf"."""
    return f"session-notes-{today.isoformat()}{EXTENSIONS.get(fmt, '')}"


def _exporter(fmt: str) -> SelectionExporter:
    """The registered exporter called ``fmt`` that writes a selection.

    The reports (and their rendering) load on the first export, not with the window.
    """
    from hallpass_journal.reports.exporters import SelectionExporter
    from hallpass_journal.services.exporters import registry

    exporter = registry.get(fmt)
    if not isinstance(exporter, SelectionExporter):
        raise KeyError(fmt)
    return exporter


class ExportRun(QObject):
    """Runs exports for the Export section, one at a time."""

    #: An export has ended (WRITTEN, STOPPED, FAILED or NOT_STARTED), after its message.
    finished = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        #: The progress dialog of the export running now (tests drive it).
        self.progress: ProgressDialog | None = None
        #: The file last written, and the folder the next file dialog starts in.
        self.last_written: Path | None = None
        self.folder: Path | None = None

    def start_folder(self) -> Path:
        """Where the file dialog opens: the folder last used, else Documents."""
        if self.folder is not None and self.folder.is_dir():
            return self.folder
        return documents_folder()

    def filters(self, fmt: str) -> str:
        """The file dialog's filter for ``fmt``."""
        return {
            "pdf": self.tr("PDF document (*.pdf)"),
            "html": self.tr("Web page (*.html)"),
            "markdown": self.tr("Markdown text (*.md)"),
        }.get(fmt, self.tr("All files (*)"))

    # -- running ---------------------------------------------------------------------

    def start(self, journal: Journal, selection: ExportSelection, fmt: str) -> None:
        """Ask where to write, then write ``selection`` as ``fmt`` off the GUI thread."""
        title = self.tr("Export for your session")
        if operations.journal_busy():
            self._tell(
                NOT_STARTED,
                title,
                self.tr(
                    "Something else is still being done with the journal. Please try again "
                    "when it has finished."
                ),
            )
            return
        today = date.today()
        start = self.start_folder() / suggested_name(fmt, today)
        out = messages.save_file(self._widget, title, start, self.filters(fmt))
        if out is None:
            self._tell(NOT_STARTED, "", "")
            return
        extension = EXTENSIONS.get(fmt, "")
        if not out.suffix and extension:
            out = out.with_name(out.name + extension)
        self.folder = out.parent
        try:
            exporter = _exporter(fmt)
        except (ImportError, KeyError) as exc:
            log.error("no exporter for %s: %s", fmt, type(exc).__name__)
            self._tell(
                FAILED,
                self.tr("Not exported"),
                self.tr("This format cannot be written by this version of the app."),
                problem=True,
            )
            return

        relay = ProgressRelay(self)
        progress = ProgressDialog(
            title, self.tr("Reading the entries…"), cancellable=True, parent=self._widget
        )
        progress.last_step_text = self.tr("Laying out the file…")
        relay.progressed.connect(progress.set_progress)
        progress.cancel_requested.connect(relay.stop)
        progress.finished.connect(progress.deleteLater)
        self.progress = progress
        progress.open()

        def done(result: ExportResult) -> None:
            self._close(progress)
            self.last_written = out
            self._tell(WRITTEN, self.tr("Export written"), self._written_text(result, out))

        def failed(exc: BaseException) -> None:
            self._close(progress)
            if isinstance(exc, Cancelled):
                self._tell(
                    STOPPED,
                    self.tr("Export stopped"),
                    self.tr("The export was stopped before anything was written."),
                )
                return
            self._tell(FAILED, self.tr("Not exported"), self._problem_text(exc), problem=True)

        JournalOp(
            self._widget,
            lambda: exporter.write_selection(
                journal, out, selection, today=today, progress=relay.report
            ),
        ).success(done).failure(failed).run_in_background()

    def _written_text(self, result: ExportResult, out: Path) -> str:
        where = QCoreApplication.translate("ActionFlows", "{name}\nin {folder}").format(
            name=out.name, folder=friendly_path(out.parent)
        )
        text = self.tr("Exported {entries} to:\n{where}").format(
            entries=counted(result.entries, self.tr("{count} entry"), self.tr("{count} entries")),
            where=where,
        )
        return (
            text
            + "\n\n"
            + self.tr(
                "The file is not encrypted: keep it private, give it only to the person it "
                "is meant for, and delete it once you no longer need it."
            )
        )

    def _problem_text(self, exc: BaseException) -> str:
        if isinstance(exc, VaultError):
            return QCoreApplication.translate("VaultError", exc.text)
        log.error("an export failed: %s", describe_failure(exc))
        return self.tr("Something unexpected went wrong. Nothing was written.")

    @staticmethod
    def _close(progress: ProgressDialog) -> None:
        if shiboken6.isValid(progress):
            progress.finish()

    def _tell(self, outcome: str, title: str, text: str, *, problem: bool = False) -> None:
        """Say how it ended once the current event is over, then announce it.

        Never from inside the op's callback: that may run while the window is locking,
        and a message box there would hold the lock open behind it.
        """

        def show() -> None:
            self.progress = None
            if text:
                (messages.warn if problem else messages.inform)(self._widget, title, text)
            self.finished.emit(outcome)

        QTimer.singleShot(0, self, show)
