"""Opening journals: every kind of bad file gets its own message and is never modified."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallpass_journal.domain import errors
from hallpass_journal.storage.connection import PAGE_SIZE
from hallpass_journal.storage.vault import Vault

PASS = "correct horse battery staple"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def make_journal(path: Path, entries: int = 0) -> None:
    with Vault.create(path, PASS) as vault, vault.transaction() as conn:
        for i in range(entries):
            conn.execute(
                "INSERT INTO entries (uuid, kind, title, body, about, created_at, updated_at) "
                "VALUES (?, 'free', ?, ?, '2026-01-01', 'x', 'x')",
                (f"u{i}", f"title {i}", "words " * 200),
            )


def assert_refused(path: Path, passphrase: str, error: type[errors.VaultError]) -> str:
    """Opening fails with ``error``; nothing in the folder changed or appeared."""
    before = snapshot(path.parent)
    with pytest.raises(error) as caught:
        Vault.open(path, passphrase)
    assert snapshot(path.parent) == before
    assert caught.value.text and "Traceback" not in caught.value.text
    return caught.value.text


def test_create_then_open_round_trip(journal_path: Path) -> None:
    make_journal(journal_path, entries=3)
    with Vault.open(journal_path, PASS) as vault:
        assert vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 3
        assert vault.verify() == []
    assert not any(
        p.name.endswith((".lock", "-wal", "-shm")) for p in journal_path.parent.iterdir()
    )


def test_create_refuses_to_overwrite(journal_path: Path) -> None:
    journal_path.write_bytes(b"something precious")
    with pytest.raises(errors.AlreadyExists):
        Vault.create(journal_path, PASS)
    assert journal_path.read_bytes() == b"something precious"


def test_empty_passphrase_is_refused_before_any_file_exists(journal_path: Path) -> None:
    with pytest.raises(errors.InvalidPassphrase):
        Vault.create(journal_path, "")
    assert list(journal_path.parent.iterdir()) == []


def test_wrong_passphrase_is_clear_silent_and_changes_nothing(
    journal_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    make_journal(journal_path, entries=2)
    capfd.readouterr()
    text = assert_refused(journal_path, "not the passphrase", errors.WrongPassphrase)
    assert "passphrase" in text
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_random_bytes_are_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "noise.hpj"
    path.write_bytes(random.Random(1).randbytes(3 * PAGE_SIZE))
    assert_refused(path, PASS, errors.NotAJournal)


def test_plain_sqlite_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    text = assert_refused(path, PASS, errors.NotAJournal)
    assert "unencrypted" in text


def test_text_file_is_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary,\n" * 500)
    assert_refused(path, PASS, errors.NotAJournal)


@pytest.mark.parametrize(
    "text",
    [
        "Dear diary,\n" * 500,
        "\ufeffA note with a byte-order mark.\r\n",
        "Très calme, ça va. 気持ち\t" * 400,  # multi-byte characters cut at the sample's end
        "short",
    ],
    ids=["lines", "bom", "multibyte", "short"],
)
def test_text_named_like_a_journal_is_called_a_text_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "journal.hpj"
    path.write_bytes(text.encode("utf-8"))
    message = assert_refused(path, PASS, errors.NotAJournal)
    assert message == "This is a text file, not a Hall Pass journal."


def test_binary_files_are_not_called_text(tmp_path: Path) -> None:
    path = tmp_path / "noise.hpj"
    path.write_bytes(b"plain start\x00\x01\x02" + random.Random(2).randbytes(PAGE_SIZE))
    assert "text" not in assert_refused(path, PASS, errors.NotAJournal)


def test_folder_is_not_a_journal(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(errors.NotAJournal):
        Vault.open(tmp_path / "folder", PASS)


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "missing.hpj"
    with pytest.raises(errors.MissingJournal):
        Vault.open(path, PASS)
    assert list(tmp_path.iterdir()) == []


def test_empty_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "empty.hpj"
    path.touch()
    text = assert_refused(path, PASS, errors.MissingJournal)
    assert "empty" in text


def test_truncated_journal_is_damaged(journal_path: Path) -> None:
    make_journal(journal_path, entries=20)
    data = journal_path.read_bytes()
    journal_path.write_bytes(data[: len(data) - 1000])
    text = assert_refused(journal_path, PASS, errors.DamagedJournal)
    assert "cut off" in text


def flip_bit(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) // PAGE_SIZE > page
    data[(page - 1) * PAGE_SIZE + 1000] ^= 0x01
    path.write_bytes(bytes(data))


def test_flipped_bit_in_page_one_names_the_page(journal_path: Path) -> None:
    make_journal(journal_path, entries=40)
    flip_bit(journal_path, 1)
    with pytest.raises(errors.DamagedJournal) as caught:
        Vault.open(journal_path, PASS)
    assert caught.value.bad_pages == [1]
    assert "page 1" in caught.value.text


def test_flipped_bit_in_a_later_page_is_found_by_verify(journal_path: Path) -> None:
    make_journal(journal_path, entries=40)
    flip_bit(journal_path, 3)
    with Vault.open(journal_path, PASS) as vault:  # later pages are read lazily
        problems = vault.verify()
    assert any("page 3" in p for p in problems), problems


def test_newer_schema_is_refused_untouched(journal_path: Path) -> None:
    make_journal(journal_path)
    with Vault.open(journal_path, PASS) as vault:
        vault.conn.execute("PRAGMA user_version = 99")
    text = assert_refused(journal_path, PASS, errors.NewerVersion)
    assert "newer version" in text


def test_second_open_is_already_open(journal_path: Path) -> None:
    make_journal(journal_path)
    with Vault.open(journal_path, PASS), pytest.raises(errors.AlreadyOpen):
        Vault.open(journal_path, PASS)
    Vault.open(journal_path, PASS).close()  # released on close


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable for real, whoever runs the tests.

    For a user, permission bits do it. Root ignores those, so for root: the immutable
    flag, or where the file system has none, a read-only bind mount. Only if neither
    works is the test skipped, saying why.
    """
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    problems = []
    if shutil.which("chattr") is None:
        problems.append("chattr is not installed")
    else:
        flagged = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
        if flagged.returncode == 0:
            try:
                yield
            finally:
                subprocess.run(["chattr", "-i", str(folder)], check=True)
            return
        problems.append(f"chattr +i failed: {flagged.stderr.strip()}")
    bound = subprocess.run(
        ["mount", "--bind", str(folder), str(folder)], capture_output=True, text=True
    )
    if bound.returncode == 0:
        remounted = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, text=True
        )
        if remounted.returncode == 0:
            try:
                yield
            finally:
                subprocess.run(["umount", str(folder)], check=True)
            return
        subprocess.run(["umount", str(folder)], check=False)
        problems.append(f"read-only remount failed: {remounted.stderr.strip()}")
    else:
        problems.append(f"bind mount failed: {bound.stderr.strip()}")
    pytest.skip(
        "read-only folder NOT tested: running as root, whom permission bits do not stop, "
        f"and no other way worked here ({'; '.join(problems)})"
    )


def test_read_only_folder_is_reported_and_left_alone(journal_path: Path) -> None:
    make_journal(journal_path)
    with read_only(journal_path.parent):
        assert_refused(journal_path, PASS, errors.ReadOnlyLocation)


def test_operations_after_close_say_locked(journal_path: Path) -> None:
    vault = Vault.create(journal_path, PASS)
    vault.close()
    with pytest.raises(errors.VaultLocked):
        _ = vault.conn
