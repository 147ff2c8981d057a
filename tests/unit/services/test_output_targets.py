"""Export and backup refuse dangerous places before writing anything (services level).

These are the calls the app's own dialogs will make, so the protection cannot depend on
the command line checking first.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services import backups
from hallpass_journal.services.export_json import export_json
from hallpass_journal.services.journal import Journal

OTHER_PASS = "a different passphrase for another journal"


@pytest.fixture
def dev_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make sure a regression can never rename a file over /dev/null or /dev/full.

    The tests run as root on some machines, where the old code did exactly that.
    """
    real_replace = os.replace

    def guarded(src: object, dst: object, *args: object, **kwargs: object) -> None:
        if os.path.abspath(os.fspath(dst)).startswith("/dev/"):  # type: ignore[arg-type]
            raise AssertionError(f"tried to replace {dst}")
        real_replace(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", guarded)
    yield
    for device in ("/dev/null", "/dev/full"):
        assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert not [p for p in os.listdir("/dev") if p.startswith((".null", ".full"))]


def _writers(journal: Journal) -> dict[str, Callable[[Path], object]]:
    return {
        "export": lambda out: export_json(journal, out, include_private=True),
        "backup": lambda out: backups.make_backup(journal.vault, out),
    }


@pytest.mark.parametrize("kind", ["export", "backup"])
@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_devices_are_refused(journal: Journal, dev_guard: None, kind: str, device: str) -> None:
    with pytest.raises(VaultError, match="is a device, not a file"):
        _writers(journal)[kind](Path(device))


@pytest.mark.parametrize("kind", ["export", "backup"])
def test_special_files_symlinks_and_folders_are_left_alone(
    journal: Journal, tmp_path: Path, kind: str
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    folder = tmp_path / "folder"
    folder.mkdir()
    write = _writers(journal)[kind]
    for target, expected in (
        (fifo, "named pipe"),
        (link, "symbolic link"),
        (folder, "is a folder"),
        (tmp_path / "missing" / "out", "does not exist"),
    ):
        with pytest.raises(VaultError, match=expected):
            write(target)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert link.is_symlink() and real.read_text() == "{}"
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert not (tmp_path / "missing").exists()


def test_an_export_never_replaces_a_journal_or_backup(journal: Journal, tmp_path: Path) -> None:
    backup = backups.make_backup(journal.vault)
    other = tmp_path / "other.hpj"
    Journal.create(other, OTHER_PASS).close()
    for target in (backup, other):
        before = target.read_bytes()
        with pytest.raises(VaultError, match="Hall Pass journal or backup"):
            export_json(journal, target, include_private=True)
        assert target.read_bytes() == before


def test_a_backup_replaces_a_journal_or_backup_only_when_asked(
    journal: Journal, tmp_path: Path
) -> None:
    old_backup = backups.make_backup(journal.vault, tmp_path / "usb-backup.hpj")
    other = tmp_path / "other.hpj"
    Journal.create(other, OTHER_PASS).close()
    for target in (old_backup, other):
        before = target.read_bytes()
        with pytest.raises(VaultError, match="Hall Pass journal or backup"):
            backups.make_backup(journal.vault, target)
        assert target.read_bytes() == before
        backups.make_backup(journal.vault, target, overwrite_journal=True)
        assert target.read_bytes()[:16] == journal.path.read_bytes()[:16]  # this journal now


def test_an_ordinary_file_is_still_replaced(journal: Journal, tmp_path: Path) -> None:
    old = tmp_path / "old-export.json"
    old.write_text("{}")
    export_json(journal, old)
    assert old.read_text().startswith("{\n")
    stale = tmp_path / "not-a-journal.hpj"
    stale.write_bytes(os.urandom(8192))
    backups.make_backup(journal.vault, stale)
    assert stale.read_bytes()[:16] == journal.path.read_bytes()[:16]
