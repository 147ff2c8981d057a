"""Rendering of exports: therapist PDF/HTML/Markdown, agreement document, charts."""


def load_all() -> None:
    """Register the report formats (PDF, HTML, Markdown) with the export registry."""
    from hallpass_journal.reports import exporters  # noqa: F401
