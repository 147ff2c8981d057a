"""Nothing readable at rest: no plaintext on disk, no residue of deleted entries."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from hallpass_journal.domain.entries import EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.paths import AppPaths
from hallpass_journal.services import backups
from hallpass_journal.services.export_json import export_json
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage import keys
from hallpass_journal.storage.connection import PAGE_SIZE

PASS = "correct horse battery staple"
MARKERS = ["Zanzibarmarker", "quokkaconfession", "velvetsecret"]
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page


def decrypt_pages(path: Path, passphrase: str) -> bytes:
    """Decrypt every page of a journal file, free pages included (AES-256-CBC)."""
    data = path.read_bytes()
    salt = data[:16]
    key = keys.derive_key(passphrase, salt)
    plain = bytearray()
    for start in range(0, len(data), PAGE_SIZE):
        page = data[start : start + PAGE_SIZE]
        offset = 16 if start == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain += decryptor.update(page[offset : PAGE_SIZE - RESERVE]) + decryptor.finalize()
    return bytes(plain)


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.exists():
            yield from (p for p in folder.rglob("*") if p.is_file())


def hits(folders: list[Path], markers: list[str]) -> list[str]:
    found = []
    for path in files_under(*folders):
        data = path.read_bytes()
        for marker in markers:
            for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                if encoded in data:
                    found.append(f"{path}: {marker}")
    return found


@pytest.fixture
def isolated_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every temp-file API of this process at a folder we can scan."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def test_decryption_helper_sees_live_text(journal: Journal) -> None:
    """Control for the residue test: the helper does find text that is still there."""
    journal.save_entry(Entry.new(EntryKind.FREE, title="t", body=MARKERS[0]))
    journal.close()
    assert MARKERS[0].encode() in decrypt_pages(journal.path, PASS)


def test_no_plaintext_anywhere_after_write_search_delete_lock(
    tmp_path: Path, isolated_temp: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    journal = Journal.create(paths.default_journal, PASS)
    kept = journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            title=f"Evening {MARKERS[0]}",
            body=f"I wrote {MARKERS[1]} tonight.",
            tags=[MARKERS[2]],
            emotions=[EmotionRating(name="calm", intensity=6)],
            answers=FeelingsAnswers(telling_me=f"It says {MARKERS[1]}"),
        )
    )
    gone = journal.save_entry(Entry.new(EntryKind.FREE, body=f"{MARKERS[2]} to delete"))
    assert journal.entries.search(MARKERS[1])
    journal.settings.set("note", MARKERS[0])
    journal.drafts.put("editor", {"body": MARKERS[1]})
    backups.make_backup(journal.vault)
    journal.delete_entry(gone.uuid)
    journal.close()
    with Journal.open(paths.default_journal, PASS) as again:
        assert again.entries.get(kept.uuid) is not None
    scanned = list(files_under(paths.data_dir, paths.config_dir, isolated_temp))
    assert any(p.suffix == ".hpj" for p in scanned)  # the scan did see the journal and backup
    assert hits([paths.data_dir, paths.config_dir, isolated_temp], MARKERS) == []


def test_export_is_the_only_plaintext_and_only_where_asked(
    journal: Journal, tmp_path: Path
) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, body=MARKERS[0]))
    out = tmp_path / "export.json"
    export_json(journal, out)
    journal.close()
    assert MARKERS[0] in out.read_text()
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())
    assert hits([p for p in tmp_path.iterdir() if p != out and p.is_dir()], MARKERS) == []
    assert MARKERS[0].encode() not in journal.path.read_bytes()


def test_deleted_entry_leaves_no_residue(journal: Journal) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="stays", body="ordinary words"))
    doomed = journal.save_entry(
        Entry.new(
            EntryKind.FREE,
            title=MARKERS[0],
            body=f"{MARKERS[1]} " * 300,
            tags=[MARKERS[2]],
        )
    )
    journal.vault.checkpoint()  # the marker is in the main file before deletion
    journal.delete_entry(doomed.uuid)
    journal.close()
    wal = journal.path.with_name(journal.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    plain = decrypt_pages(journal.path, PASS)
    assert b"ordinary words" in plain
    for marker in MARKERS:
        assert marker.encode() not in plain.lower().replace(b"\x00", b""), marker
        assert marker.lower().encode() not in plain.lower(), marker
