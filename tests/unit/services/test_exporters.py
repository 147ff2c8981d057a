"""The exporter registry: names for --format, one writer per format, JSON built in."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import export_json
from hallpass_journal.services.exporters import (
    Exporter,
    ExporterRegistry,
    ExportResult,
    JsonExporter,
    registry,
)
from hallpass_journal.services.journal import Journal


class _Text(Exporter):
    name = "text"
    extension = ".txt"

    def write(self, journal: Journal, out: Path, *, include_private: bool = False) -> ExportResult:
        out.write_text("hello")
        return ExportResult(entries=0)


def test_json_is_registered() -> None:
    assert registry.names()[0] == "json"
    json = registry.get("json")
    assert isinstance(json, JsonExporter) and json.extension == ".json"


def test_register_keeps_order_and_refuses_clashes() -> None:
    own = ExporterRegistry()
    own.register(JsonExporter())
    text = own.register(_Text())
    assert own.names() == ["json", "text"] and list(own)[1] is text and len(own) == 2
    with pytest.raises(ValueError, match="already registered"):
        own.register(_Text())
    with pytest.raises(KeyError, match="no exporter named 'pdf'"):
        own.get("pdf")


def test_extension_needs_its_dot() -> None:
    class NoDot(_Text):
        name = "nodot"
        extension = "txt"

    with pytest.raises(ValueError, match="start with a dot"):
        ExporterRegistry().register(NoDot())


def test_json_exporter_writes_what_export_json_writes(journal: Journal, tmp_path: Path) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="open", body="kept"))
    journal.save_entry(Entry.new(EntryKind.FREE, title="closed", body="private", private=True))
    via_registry, direct = tmp_path / "a.json", tmp_path / "b.json"
    result = registry.get("json").write(journal, via_registry)
    export_json(journal, direct)
    assert result == ExportResult(entries=1)
    assert via_registry.read_bytes() == direct.read_bytes()
    assert registry.get("json").write(journal, via_registry, include_private=True).entries == 2
