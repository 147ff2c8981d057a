"""The therapist exports as registered formats: PDF, HTML and Markdown.

Each is a small class with a name, an extension and one :meth:`SelectionExporter.render`
method turning the shared :class:`~hallpass_journal.reports.document.ReportDocument`
into file bytes; reading the journal (:func:`~hallpass_journal.reports.document.build_document`)
and writing the file (atomically, owner-only) are the base class's, once for all three.
Importing this module registers them in :data:`hallpass_journal.services.exporters.registry`.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from datetime import date
from pathlib import Path

from hallpass_journal.domain.errors import AlreadyExists
from hallpass_journal.reports.document import ReportDocument, build_document
from hallpass_journal.reports.selection import ExportSelection, Progress
from hallpass_journal.services.export_json import write_atomically
from hallpass_journal.services.exporters import Exporter, ExportResult, registry
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.fsutil import same_file_family
from hallpass_journal.storage.targets import check_output_target

#: Called now and then while a file is laid out; may raise (``Cancelled``) to stop.
ProgressStep = Callable[[], None]

PRIVATE_REFUSED = (
    "A report for a therapist never holds private entries. For a complete copy of the "
    "journal, private entries included, export it as JSON."
)


class SelectionExporter(Exporter):
    """An export of what the person chose (an :class:`ExportSelection`), never private."""

    def write_selection(
        self,
        journal: Journal,
        out: Path,
        selection: ExportSelection,
        *,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write ``selection`` of ``journal`` to ``out``, replacing it only once complete.

        Args:
            journal: An unlocked journal.
            out: The file to write (never the journal itself, nor another journal).
            selection: What the person chose.
            today: The day the export is made; today by default.
            progress: Told ``(entries read, entries matching)``, then again with the
                same figures while the file is laid out; if it raises (e.g.
                ``Cancelled``), nothing is written.

        Returns:
            How many entries the file holds.
        """
        out = Path(out)
        if same_file_family(out, journal.path):
            raise AlreadyExists("An export cannot be written over the journal itself.")
        check_output_target(out, source=journal.path)
        last = [0, 0]

        def reading(done: int, total: int) -> None:
            last[:] = [done, total]
            assert progress is not None
            progress(done, total)

        document = build_document(
            journal, selection, today=today, progress=reading if progress is not None else None
        )

        def laying_out() -> None:
            if progress is not None:
                progress(last[0], last[1])

        data = self.render(document, laying_out)
        write_atomically(out, data)
        return ExportResult(entries=len(document.entries))

    def write(self, journal: Journal, out: Path, *, include_private: bool = False) -> ExportResult:
        """Everything that is not private, with every part (the command line's default).

        Raises:
            ValueError: ``include_private``: these formats never hold private entries.
        """
        if include_private:
            raise ValueError(PRIVATE_REFUSED)
        return self.write_selection(journal, out, ExportSelection())

    @abstractmethod
    def render(self, document: ReportDocument, step: ProgressStep) -> bytes:
        """The file's bytes; ``step()`` is called now and then and may raise to stop."""


class MarkdownExporter(SelectionExporter):
    """The report as Markdown."""

    name = "markdown"
    extension = ".md"

    def render(self, document: ReportDocument, step: ProgressStep) -> bytes:
        """Markdown, UTF-8."""
        from hallpass_journal.reports.markdown import render_markdown

        return render_markdown(document).encode("utf-8")


class HtmlExporter(SelectionExporter):
    """The report as one self-contained HTML file (the chart inside it)."""

    name = "html"
    extension = ".html"

    def render(self, document: ReportDocument, step: ProgressStep) -> bytes:
        """HTML, UTF-8, with its stylesheet and chart inside."""
        from hallpass_journal.reports.gui import ensure_gui_app
        from hallpass_journal.reports.html import render_html

        ensure_gui_app()
        step()
        return render_html(document).encode("utf-8")


class PdfExporter(SelectionExporter):
    """The report as a PDF: A4, fonts embedded, page numbers and running headers."""

    name = "pdf"
    extension = ".pdf"

    def render(self, document: ReportDocument, step: ProgressStep) -> bytes:
        """The PDF's bytes."""
        from hallpass_journal.reports.gui import ensure_gui_app
        from hallpass_journal.reports.pdf import report_pdf

        ensure_gui_app()
        return report_pdf(document, progress=lambda done, total: step())


PDF = registry.register(PdfExporter())
HTML = registry.register(HtmlExporter())
MARKDOWN = registry.register(MarkdownExporter())
