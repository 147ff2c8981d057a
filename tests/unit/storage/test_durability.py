"""Crashes at the worst moments: SIGKILL during writes and during a passphrase change."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hallpass_journal.storage import errors
from hallpass_journal.storage.vault import Vault

pytestmark = pytest.mark.skipif(os.name == "nt", reason="uses SIGKILL")

OLD, NEW = "old passphrase", "new passphrase"

CHILD_PRELUDE = """
import sys, uuid
from pathlib import Path
from hallpass_journal.storage import keys
keys.set_test_params(keys.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
from hallpass_journal.storage.vault import Vault
path = Path(sys.argv[1])
"""

WRITER = (
    CHILD_PRELUDE
    + """
with Vault.open(path, sys.argv[2]) as vault:
    n = 0
    while True:
        u = str(uuid.uuid4())
        with vault.transaction() as conn:
            conn.execute(
                "INSERT INTO entries (uuid, kind, title, body, about, created_at, updated_at)"
                " VALUES (?, 'free', 'kill test', ?, '2026-01-01', 'x', 'x')",
                (u, "searchable words " * (n % 50 + 1)),
            )
        print(u, flush=True)  # acknowledged: committed before this line is written
        n += 1
"""
)

REKEYER = (
    CHILD_PRELUDE
    + """
with Vault.open(path, sys.argv[2]) as vault:
    print("open", flush=True)
    vault.change_passphrase(sys.argv[3])
    print("done", flush=True)
"""
)


def run_child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_during_writes_loses_no_acknowledged_entry(journal_path: Path) -> None:
    Vault.create(journal_path, OLD).close()
    rng = random.Random(20)
    acknowledged: list[str] = []
    for _ in range(20):
        child = run_child(WRITER, str(journal_path), OLD)
        assert child.stdout is not None
        first = child.stdout.readline().strip()  # wait until writing is under way
        assert first, child.stderr.read() if child.stderr else ""
        acknowledged.append(first)
        deadline = time.monotonic() + rng.uniform(0.01, 0.25)
        while time.monotonic() < deadline:
            line = child.stdout.readline().strip()
            if line:
                acknowledged.append(line)
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        acknowledged.extend(line for line in rest.split() if line)
    with Vault.open(journal_path, OLD) as vault:
        assert vault.verify() == []
        stored = {r[0] for r in vault.conn.execute("SELECT uuid FROM entries")}
        fts = vault.conn.execute(
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'searchable'"
        ).fetchone()[0]
    assert len(acknowledged) > 20
    assert set(acknowledged) <= stored
    assert fts == len(stored)


def test_sigkill_during_passphrase_change_leaves_exactly_one_working(journal_path: Path) -> None:
    with Vault.create(journal_path, OLD) as vault, vault.transaction() as conn:
        for i in range(300):
            conn.execute(
                "INSERT INTO entries (uuid, kind, body, about, created_at, updated_at) "
                "VALUES (?, 'free', ?, '2026-01-01', 'x', 'x')",
                (f"u{i}", "padding " * 400),
            )
    rng = random.Random(7)
    current = OLD
    for _ in range(12):
        target = NEW if current == OLD else OLD
        child = run_child(REKEYER, str(journal_path), current, target)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0, 0.04))  # a random point inside the change, not a wait
        child.send_signal(signal.SIGKILL)
        child.communicate()
        opens = []
        for candidate in (OLD, NEW):
            try:
                with Vault.open(journal_path, candidate) as vault:
                    assert vault.verify() == []
                    assert vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 300
                opens.append(candidate)
            except errors.WrongPassphrase:
                pass
        assert len(opens) == 1, opens
        current = opens[0]
    leftovers = [p.name for p in journal_path.parent.iterdir() if p.name != journal_path.name]
    assert leftovers == [], leftovers


def test_change_passphrase_keeps_everything(journal_path: Path) -> None:
    with Vault.create(journal_path, OLD) as vault:
        vault.conn.execute(
            "INSERT INTO entries (uuid, kind, body, about, created_at, updated_at) "
            "VALUES ('u', 'free', 'kept', '2026-01-01', 'x', 'x')"
        )
        salt_before = journal_path.read_bytes()[:16]
        vault.change_passphrase(NEW)
        assert vault.conn.execute("SELECT body FROM entries").fetchone()[0] == "kept"
    assert journal_path.read_bytes()[:16] != salt_before
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(journal_path, OLD)
    with Vault.open(journal_path, NEW) as vault:
        assert vault.verify() == []
    assert [p.name for p in journal_path.parent.iterdir()] == [journal_path.name]
