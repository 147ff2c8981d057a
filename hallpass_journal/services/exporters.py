"""Export formats, registered by name, so the command line and the app list the same ones.

An exporter is a small class: a ``name`` (what ``hallpass-journal export --format``
takes), a file ``extension``, and one :meth:`Exporter.write` method that writes a journal
to a file and says how many entries went in. JSON, the complete and lossless format, is
registered here. Exporters in :mod:`hallpass_journal.reports` (above services in the
layers, so free to import this module, which never imports them) register themselves
with ``registry.register(...)`` when their module is imported; an entry point that
offers them imports those modules before it lists :data:`registry`.

Every export is unencrypted: callers say so before calling ``write``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from hallpass_journal.services.journal import Journal


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        entries: How many journal entries the file holds.
    """

    entries: int


class Exporter(ABC):
    """One export format.

    Attributes:
        name: Short, unique, lower case; the value of ``--format``.
        extension: The usual file extension, dot included (``".json"``).
    """

    name: ClassVar[str]
    extension: ClassVar[str]

    @abstractmethod
    def write(self, journal: Journal, out: Path, *, include_private: bool = False) -> ExportResult:
        """Write ``journal`` to the file ``out``, replacing it only once complete.

        Args:
            journal: An unlocked journal.
            out: The file to write (never the journal itself).
            include_private: Also write entries marked private (and anything else
                the format leaves out by default).

        Returns:
            What was written.
        """


class ExporterRegistry:
    """Exporters by name, in the order they were registered."""

    def __init__(self) -> None:
        self._by_name: dict[str, Exporter] = {}

    def register(self, exporter: Exporter) -> Exporter:
        """Add ``exporter``; return it, so a module can keep it in a constant.

        Raises:
            ValueError: Its name is taken, or its extension does not start with a dot.
        """
        if exporter.name in self._by_name:
            raise ValueError(f"an exporter named {exporter.name!r} is already registered")
        if not exporter.extension.startswith("."):
            raise ValueError(f"extension {exporter.extension!r} must start with a dot")
        self._by_name[exporter.name] = exporter
        return exporter

    def get(self, name: str) -> Exporter:
        """The exporter called ``name``.

        Raises:
            KeyError: No exporter has that name.
        """
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"no exporter named {name!r}") from None

    def names(self) -> list[str]:
        """Every registered name, in registration order."""
        return list(self._by_name)

    def __iter__(self) -> Iterator[Exporter]:
        return iter(list(self._by_name.values()))

    def __len__(self) -> int:
        return len(self._by_name)


class JsonExporter(Exporter):
    """The whole journal as versioned JSON (see :mod:`hallpass_journal.services.export_json`)."""

    name = "json"
    extension = ".json"

    def write(self, journal: Journal, out: Path, *, include_private: bool = False) -> ExportResult:
        """Write the JSON export; private entries and drafts only with ``include_private``."""
        # Imported here: pydantic is slow to import, and listing formats (for --help)
        # should not pay for it.
        from hallpass_journal.services.export_json import export_json

        document = export_json(journal, out, include_private=include_private)
        return ExportResult(entries=len(document.entries))


#: The exporters the command line and the app offer.
registry = ExporterRegistry()
registry.register(JsonExporter())
