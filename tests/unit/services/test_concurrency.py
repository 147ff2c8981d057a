"""One connection, many threads: a background import while the editor keeps saving.

Before the vault serialised its connection, the GUI thread's autosaves ran inside the
import's transaction ("cannot start a transaction within a transaction"), and their
COMMIT committed half an import. Now each use holds the vault's lock: the import is
all or nothing, every autosave is kept, and the file passes both integrity checks.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.listing import EntryFilter
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import ExportDocument, import_document
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

IMPORTED = 3000
ROUNDS = 3


class Boom(Exception):
    """Stops an import half-way, after thousands of rows were written."""


def _document(round_no: int) -> ExportDocument:
    return ExportDocument(
        entries=[
            Entry.new(EntryKind.FREE, title=f"imported {round_no}-{i}", tags=[f"import{round_no}"])
            for i in range(IMPORTED)
        ]
    )


def _autosave_until(journal: Journal, done: threading.Event, label: str) -> dict[str, str]:
    """Save one entry over and over, as the editor does, until ``done``; last text each."""
    kept: dict[str, str] = {}
    entry = Entry.new(EntryKind.FREE, title=label)
    n = 0
    while not done.is_set() or n < 5:
        n += 1
        entry = journal.save_entry(entry.model_copy(update={"body": f"{label} typed {n}"}))
        kept[str(entry.uuid)] = entry.body
        if n % 25 == 0:  # a new entry now and then, like switching to another one
            entry = Entry.new(EntryKind.FREE, title=f"{label} {n}")
    return kept


def _run_round(journal: Journal, round_no: int, *, fail: bool) -> dict[str, str]:
    errors: list[BaseException] = []
    started = threading.Event()
    done = threading.Event()

    def background() -> None:
        try:
            document = _document(round_no)
            with journal.bulk():
                started.set()
                import_document(journal, document)
                if fail:
                    raise Boom
        except Boom:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            errors.append(exc)
        finally:
            started.set()
            done.set()

    worker = threading.Thread(target=background)
    worker.start()
    started.wait(10)
    kept = _autosave_until(journal, done, f"autosave {round_no}")
    worker.join(60)
    assert not worker.is_alive()
    assert errors == []
    return kept


@pytest.mark.slow
def test_background_import_while_autosaving_is_all_or_nothing(journal_path: Path) -> None:
    kept: dict[str, str] = {}
    with Journal.create(journal_path, PASSPHRASE) as journal:
        for round_no in range(ROUNDS):
            fail = round_no % 2 == 1
            kept |= _run_round(journal, round_no, fail=fail)
            imported = journal.entries.count(EntryFilter(tag=f"import{round_no}"))
            assert imported == (0 if fail else IMPORTED)  # complete or absent
        assert journal.vault.verify() == []
    with Journal.open(journal_path, PASSPHRASE, auto_backup=False) as journal:
        for uid, body in kept.items():
            saved = journal.entries.get(uuid.UUID(uid))
            assert saved is not None and saved.body == body  # every autosave kept
        assert journal.vault.verify() == []  # cipher_integrity_check and integrity_check
