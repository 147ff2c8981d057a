"""The use cases the File menu runs: passphrase change with proof, backups, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services import backups
from hallpass_journal.services.export_json import (
    Cancelled,
    export_json,
    import_document,
    import_json,
    read_document,
)
from hallpass_journal.services.journal import Journal

PASS = "correct horse battery staple"
NEW = "violet tractor mango sundial"


def _add(journal: Journal, *titles: str) -> list[Entry]:
    return [journal.save_entry(Entry.new(EntryKind.FREE, title=t)) for t in titles]


# -- passphrase ----------------------------------------------------------------------


def test_check_passphrase(journal: Journal) -> None:
    assert journal.vault.check_passphrase(PASS)
    assert not journal.vault.check_passphrase(PASS + " ")
    assert not journal.vault.check_passphrase("")


def test_change_passphrase_needs_the_current_one(journal: Journal) -> None:
    _add(journal, "kept")
    journal.vault.checkpoint()
    before = journal.path.read_bytes()
    with pytest.raises(errors.WrongPassphrase):
        journal.change_passphrase("wrong", NEW)
    assert journal.path.read_bytes() == before
    assert journal.vault.is_open  # still usable

    journal.change_passphrase(PASS, NEW)
    assert journal.vault.check_passphrase(NEW)
    journal.close()
    with pytest.raises(errors.WrongPassphrase):
        Journal.open(journal.path, PASS, auto_backup=False)
    with Journal.open(journal.path, NEW, auto_backup=False) as reopened:
        assert [e.title for e in reopened.entries.iter_all()] == ["kept"]


def test_an_empty_new_passphrase_is_refused(journal: Journal) -> None:
    with pytest.raises(errors.InvalidPassphrase):
        journal.change_passphrase(PASS, "")
    assert journal.vault.check_passphrase(PASS)


# -- backups -------------------------------------------------------------------------


def test_back_up_now_and_the_kept_copies(journal: Journal) -> None:
    _add(journal, "in the backup")
    made = journal.back_up_now()
    backups.verify_backup(made, PASS)
    with pytest.raises(errors.WrongPassphrase):
        backups.verify_backup(made, NEW)
    _add(journal, "after the backup")
    journal.close()

    kept = backups.restore_backup(journal.path, made, PASS)
    (copy,) = backups.list_kept_copies(journal.path)
    assert copy.path == kept and copy.kept_before_restore and copy.size > 0
    assert [b.path for b in backups.list_restorable(journal.path)] == [made, kept]
    # Rotation never counts (or removes) a kept copy.
    assert [b.path for b in backups.list_backups(journal.path)] == [made]


def test_replace_older_backups_after_a_passphrase_change(journal: Journal) -> None:
    older = [journal.back_up_now() for _ in range(3)]
    assert all(backups.opens_like_journal(journal.path, p) for p in older)
    journal.change_passphrase(PASS, NEW)
    assert not any(backups.opens_like_journal(journal.path, p) for p in older)
    fresh, removed = journal.replace_older_backups()
    assert removed == 3 and not any(p.exists() for p in older)
    assert [b.path for b in backups.list_restorable(journal.path)] == [fresh]
    backups.verify_backup(fresh, NEW)


# -- progress ------------------------------------------------------------------------


def test_export_reports_progress_and_writes_the_same_bytes(
    journal: Journal, tmp_path: Path
) -> None:
    _add(journal, "a", "b", "c")
    seen: list[tuple[int, int]] = []
    export_json(journal, tmp_path / "with.json", progress=lambda d, t: seen.append((d, t)))
    export_json(journal, tmp_path / "without.json")
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert (tmp_path / "with.json").read_bytes() == (tmp_path / "without.json").read_bytes()


def test_a_stopped_export_writes_nothing(journal: Journal, tmp_path: Path) -> None:
    _add(journal, "a", "b")

    def stop(done: int, total: int) -> None:
        raise Cancelled()

    out = tmp_path / "exports" / "out.json"
    out.parent.mkdir()
    with pytest.raises(Cancelled):
        export_json(journal, out, progress=stop)
    assert list(out.parent.iterdir()) == []


def test_a_stopped_import_imports_nothing(journal: Journal, tmp_path: Path) -> None:
    source = tmp_path / "e.json"
    with Journal.create(tmp_path / "other.hpj", PASS) as other:
        _add(other, "one", "two", "three")
        export_json(other, source)
    announced = []
    journal.subscribe(announced.append)

    def stop_at_two(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_json(journal, source, progress=stop_at_two)
    assert journal.entries.count() == 0
    assert announced == []  # rolled back, never announced


def test_import_counts_each_kind_and_entries_newer_here(journal: Journal, tmp_path: Path) -> None:
    first, second = _add(journal, "first", "second")
    source = tmp_path / "e.json"
    export_json(journal, source)
    journal.save_entry(first.model_copy(update={"title": "first, edited since"}))
    journal.delete_entry(second.uuid)
    seen: list[tuple[int, int]] = []

    report = import_document(
        journal, read_document(source), progress=lambda d, t: seen.append((d, t))
    )
    assert (report.added, report.updated, report.unchanged) == (1, 0, 1)
    assert (report.entries.added, report.entries.unchanged) == (1, 1)
    assert report.newer_here == 1
    assert report.agreements.added == report.check_ins.added == 0
    assert seen[-1] == (2, 2)


def test_read_document_refuses_unreadable_files(tmp_path: Path) -> None:
    from hallpass_journal.services.export_json import ImportProblem

    with pytest.raises(ImportProblem, match="no file"):
        read_document(tmp_path / "absent.json")
    with pytest.raises(ImportProblem, match="folder"):
        read_document(tmp_path)
