"""File menu: export the whole journal as JSON, and import such a file.

The same services as ``hallpass-journal export --format json`` and ``import``, so the
window writes exactly the command line's bytes. The export says first, plainly, that its
file is not encrypted and what goes in; private entries only when asked for. An import
is checked as a whole before anything is written, then merged in one transaction: all
or nothing, so stopping it imports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.services.export_json import (
    Cancelled,
    ExportDocument,
    ImportProblem,
    ImportReport,
    export_json,
    import_document,
    read_document,
)
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages
from hallpass_journal.ui.counts import counted
from hallpass_journal.ui.dialogs.export_dialog import ExportDialog
from hallpass_journal.ui.dialogs.progress_dialog import ProgressDialog
from hallpass_journal.ui.operations import BackgroundOp, JournalOp
from hallpass_journal.ui.windows.action_support import ActionFlows, ActionsHost, ProgressRelay

EXPORT, IMPORT = "export", "import"


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class DataActions(ActionFlows):
    """Export everything (JSON), Import (JSON) (File menu)."""

    def __init__(self, host: ActionsHost, parent: QObject | None = None) -> None:
        super().__init__(host, parent)
        #: The dialogs last opened (tests drive them).
        self.export_dialog: ExportDialog | None = None
        self.progress: ProgressDialog | None = None
        self._folder: Path | None = None

    def _start_folder(self) -> Path:
        return (
            self._folder
            if self._folder is not None and self._folder.is_dir()
            else (_documents_folder())
        )

    def _progress(
        self,
        title: str,
        text: str,
        *,
        relay: ProgressRelay | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> ProgressDialog:
        progress = ProgressDialog(title, text, cancellable=True, parent=self._window())
        if relay is not None:
            relay.progressed.connect(progress.set_progress)
            progress.cancel_requested.connect(relay.stop)
        if on_cancel is not None:
            progress.cancel_requested.connect(on_cancel)
        progress.finished.connect(progress.deleteLater)
        self.progress = progress
        progress.open()
        return progress

    @staticmethod
    def _finish(progress: ProgressDialog) -> None:
        if shiboken6.isValid(progress):
            progress.finish()

    # -- export ----------------------------------------------------------------------

    def export_everything(self) -> None:
        """File > Export everything (JSON)…: the notice first, then where, then write."""
        title = self.tr("Export everything (JSON)")
        journal = self._journal_for(title)
        if journal is None:
            return
        try:
            total = journal.entries.count(EntryFilter(include_private=True))
            private = total - journal.entries.count(EntryFilter(include_private=False))
        except VaultError as exc:
            messages.warn(self._window(), title, QCoreApplication.translate("VaultError", exc.text))
            return
        dialog = ExportDialog(total, private, self._window())
        dialog.accepted.connect(lambda: self._export_to(journal, dialog.private_included, private))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def _export_to(self, journal: Journal, include_private: bool, private: int) -> None:
        title = self.tr("Export everything (JSON)")
        start = self._start_folder() / f"hall-pass-journal-{date.today().isoformat()}.json"
        out = messages.save_file(self._window(), title, start, self.tr("JSON (*.json)"))
        if out is None or self.host.journal is not journal:
            self._tell(EXPORT, "", "")
            return
        if not out.suffix:
            out = out.with_name(out.name + ".json")
        self._folder = out.parent
        relay = ProgressRelay(self)
        progress = self._progress(title, self.tr("Reading the journal…"), relay=relay)
        progress.last_step_text = self.tr("Writing the file…")

        def done(document: ExportDocument) -> None:
            self._finish(progress)
            text = self.tr("Exported {entries} to:\n{where}").format(
                entries=counted(
                    len(document.entries), self.tr("{count} entry"), self.tr("{count} entries")
                ),
                where=self.where(out),
            )
            if private and not include_private:
                text += "\n\n" + counted(
                    private,
                    self.tr("The entry marked private was left out."),
                    self.tr("The {count} entries marked private were left out."),
                )
            elif private:
                text += "\n\n" + counted(
                    private,
                    self.tr("The entry marked private is in it, as you asked."),
                    self.tr("The {count} entries marked private are in it, as you asked."),
                )
            text += "\n\n" + self.tr(
                "The file is not encrypted: keep it private, and delete it once you no "
                "longer need it."
            )
            self._tell(EXPORT, self.tr("Export written"), text)

        def failed(exc: BaseException) -> None:
            self._finish(progress)
            if isinstance(exc, Cancelled):
                self._tell(
                    EXPORT,
                    self.tr("Export stopped"),
                    self.tr("The export was stopped before anything was written."),
                )
                return
            why = self._problem_text(exc, self.tr("Nothing was written."))
            self._tell(EXPORT, self.tr("Not exported"), why, problem=True)

        JournalOp(
            self._window(),
            lambda: export_json(
                journal, out, include_private=include_private, progress=relay.report
            ),
        ).success(done).failure(failed).run_in_background()

    # -- import ----------------------------------------------------------------------

    def import_file(self) -> None:
        """File > Import (JSON)…: choose, check, confirm, merge."""
        title = self.tr("Import (JSON)")
        if self._journal_for(title) is None:
            return
        source = messages.open_file(
            self._window(),
            title,
            self._start_folder(),
            self.tr("Hall Pass Journal exports (*.json);;All files (*)"),
        )
        if source is None:
            self._tell(IMPORT, "", "")
            return
        self._folder = source.parent
        # Reading and checking needs no journal: a plain background op, simply
        # forgotten if the person stops it.
        op = BackgroundOp(self._window(), lambda: read_document(source))

        def stop() -> None:
            op.cancel()
            self._import_failed(progress, Cancelled())

        progress = self._progress(title, self.tr("Checking the file…"), on_cancel=stop)
        op.success(lambda document: self._confirm_import(progress, source, document)).failure(
            lambda exc: self._import_failed(progress, exc)
        ).run_in_background()

    def _confirm_import(
        self, progress: ProgressDialog, source: Path, document: ExportDocument
    ) -> None:
        self._finish(progress)
        journal = self.host.journal
        if journal is None:  # locked meanwhile
            self._tell(IMPORT, "", "")
            return
        title = self.tr("Import (JSON)")
        if not messages.confirm(
            self._window(),
            self.tr("Import this file?"),
            self.tr(
                "{name} holds {contents}.\n\nIt is merged into this journal: nothing here is "
                "deleted, and an entry here is replaced only by a copy in the file that was "
                "edited more recently.\n\nThe file itself is not encrypted. Once it is "
                "imported, you may want to delete it."
            ).format(name=source.name, contents=self._contents(document)),
            self.tr("Import"),
        ):
            self._tell(IMPORT, "", "")
            return
        if self._journal_for(title) is not journal:
            self._tell(IMPORT, "", "")
            return
        relay = ProgressRelay(self)
        progress = self._progress(title, self.tr("Importing…"), relay=relay)
        progress.last_step_text = self.tr("Saving…")

        def done(report: ImportReport) -> None:
            self._finish(progress)
            self._tell(
                IMPORT, self.tr("Import finished"), self.describe_import(source, document, report)
            )

        JournalOp(
            self._window(), lambda: import_document(journal, document, progress=relay.report)
        ).success(done).failure(lambda exc: self._import_failed(progress, exc)).run_in_background()

    def _import_failed(self, progress: ProgressDialog, exc: BaseException) -> None:
        self._finish(progress)
        if isinstance(exc, Cancelled):
            self._tell(
                IMPORT,
                self.tr("Import stopped"),
                self.tr("The import was stopped, so nothing was imported."),
            )
            return
        if isinstance(exc, ImportProblem):
            text = QCoreApplication.translate("ImportProblem", exc.summary)
            if exc.problems:
                text += "\n\n" + "\n".join(f"\u2022 {line}" for line in exc.problems)
            self._tell(IMPORT, self.tr("Not imported"), text, problem=True)
            return
        why = self._problem_text(exc, self.tr("Nothing was imported."))
        self._tell(IMPORT, self.tr("Not imported"), why, problem=True)

    def _contents(self, document: ExportDocument) -> str:
        """E.g. "12 entries, 1 agreement, 2 key moments and 5 planned check-ins"."""
        return self.tr("{entries}, {agreements}, {events} and {check_ins}").format(
            entries=counted(
                len(document.entries), self.tr("{count} entry"), self.tr("{count} entries")
            ),
            agreements=counted(
                len(document.agreements),
                self.tr("{count} agreement"),
                self.tr("{count} agreements"),
            ),
            events=counted(
                len(document.events),
                self.tr("{count} key moment"),
                self.tr("{count} key moments"),
            ),
            check_ins=counted(
                len(document.check_ins),
                self.tr("{count} planned check-in"),
                self.tr("{count} planned check-ins"),
            ),
        )

    def describe_import(self, source: Path, document: ExportDocument, report: ImportReport) -> str:
        """The result of an import in words: what each count means and why they differ."""
        parts = [
            self.tr("{name} held {contents}.").format(
                name=source.name, contents=self._contents(document)
            ),
            "\n".join(
                (
                    self.tr("\u2022 Added: {count} (new to this journal)").format(
                        count=report.added
                    ),
                    self.tr(
                        "\u2022 Updated: {count} (the file's copy was edited more recently than "
                        "the one here)"
                    ).format(count=report.updated),
                    self.tr(
                        "\u2022 Unchanged: {count} (already here as in the file, or edited more "
                        "recently here)"
                    ).format(count=report.unchanged),
                )
            ),
            self.tr(
                "These counts cover entries, agreements, key moments and planned check-ins "
                "together, so "
                "they add up to more than the number of entries an export reports. Of the "
                "entries: {added} added, {updated} updated, {unchanged} unchanged."
            ).format(
                added=report.entries.added,
                updated=report.entries.updated,
                unchanged=report.entries.unchanged,
            ),
        ]
        if report.newer_here:
            parts.append(
                counted(
                    report.newer_here,
                    self.tr(
                        "One entry was kept as it is here, because it was edited here after "
                        "the export was made."
                    ),
                    self.tr(
                        "{count} entries were kept as they are here, because they were edited "
                        "here after the export was made."
                    ),
                )
            )
        parts.append(
            self.tr(
                "An export made without its private entries does not hold them, so they "
                "cannot come back through it. The journal's settings and unsaved drafts in "
                "the file are merged too, and are not counted."
            )
        )
        return "\n\n".join(parts)
