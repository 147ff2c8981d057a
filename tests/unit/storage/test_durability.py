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

from hallpass_journal.domain import errors
from hallpass_journal.storage.vault import Vault

pytestmark = pytest.mark.skipif(
    os.name == "nt", reason="crash tests NOT run: they need SIGKILL, which Windows does not have"
)

OLD, NEW = "old passphrase", "new passphrase"

CHILD_PRELUDE = """
import sys, uuid
from pathlib import Path
from hallpass_journal.storage import keys
# The same cheap Argon2id parameters as FAST_KDF in tests/conftest.py.
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

# The child reports each phase of the change as it happens, flushing every line, so
# after a kill the parent knows how far it got: "replacing" right before the one
# atomic rename, "replaced" right after it returned. It wraps the real
# ``fsutil.replace_durably`` (nothing is faked); the calibration run fails the test if
# the change stops going through it, rather than letting the phases go silent.
REKEYER = (
    CHILD_PRELUDE
    + """
from hallpass_journal.storage import fsutil
real_replace = fsutil.replace_durably
def reporting_replace(source, target):
    if Path(target) == path:
        print("replacing", flush=True)
    real_replace(source, target)
    if Path(target) == path:
        print("replaced", flush=True)
fsutil.replace_durably = reporting_replace
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


ENTRIES, BODY = 300, "padding " * 400


def _which_passphrase_opens(journal_path: Path) -> list[str]:
    """Try both passphrases; each one that opens must show every entry, undamaged."""
    opens = []
    for candidate in (OLD, NEW):
        try:
            with Vault.open(journal_path, candidate) as vault:
                assert vault.verify() == []
                count, chars = vault.conn.execute(
                    "SELECT count(*), sum(length(body)) FROM entries"
                ).fetchone()
                assert (count, chars) == (ENTRIES, ENTRIES * len(BODY)), candidate
            opens.append(candidate)
        except errors.WrongPassphrase:
            pass
    return opens


def _read_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if not line:  # the child ended early: show why
        _, err = child.communicate()
        raise AssertionError(err)
    return line


@pytest.mark.slow
def test_sigkill_during_passphrase_change_leaves_exactly_one_working(journal_path: Path) -> None:
    with Vault.create(journal_path, OLD) as vault, vault.transaction() as conn:
        for i in range(ENTRIES):
            conn.execute(
                "INSERT INTO entries (uuid, kind, body, about, created_at, updated_at) "
                "VALUES (?, 'free', ?, '2026-01-01', 'x', 'x')",
                (f"u{i}", BODY),
            )

    # Calibrate: one uninterrupted change, timing how long the copy takes before the
    # rename (the window the "before" kills aim into).
    child = run_child(REKEYER, str(journal_path), OLD, NEW)
    assert _read_line(child) == "open"
    started = time.monotonic()
    assert _read_line(child) == "replacing"
    before_rename = time.monotonic() - started
    rest, err = child.communicate()
    assert (child.returncode, rest.split()) == (0, ["replaced", "done"]), err
    assert _which_passphrase_opens(journal_path) == [NEW]
    current = NEW

    # Three kill points, five times each, in a shuffled order: somewhere in the copy
    # before the rename, the moment the child says it is about to rename, and a little
    # after it says the rename returned (while it reopens under the new key).
    rng = random.Random(7)
    plan = ["copying", "renaming", "renamed"] * 5
    rng.shuffle(plan)
    outcomes: dict[str, int] = {"kept": 0, "changed": 0}
    for aim in plan:
        target = NEW if current == OLD else OLD
        child = run_child(REKEYER, str(journal_path), current, target)
        assert _read_line(child) == "open"
        seen = ["open"]
        if aim == "copying":
            # A random point inside the copy: this sleep chooses when to kill, it does
            # not wait for anything (the phase reached is read from the child below).
            time.sleep(rng.uniform(0, 0.7 * before_rename))
        else:
            seen.append(_read_line(child))
            assert seen[-1] == "replacing"
            if aim == "renamed":
                seen.append(_read_line(child))
                assert seen[-1] == "replaced"
            # Again choosing the moment, a few milliseconds on: inside or just past the
            # rename, or inside the reopen under the new key.
            time.sleep(rng.uniform(0, 0.004))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        seen.extend(rest.split())
        # Killed, or (rarely, aiming past the rename) it had just finished.
        assert child.returncode == -signal.SIGKILL or "done" in seen, (aim, seen)

        opens = _which_passphrase_opens(journal_path)
        assert len(opens) == 1, (aim, seen, opens)
        if "replacing" not in seen:  # killed before the rename: nothing changed
            assert opens == [current], (aim, seen)
        if "replaced" in seen:  # killed after the rename: the new passphrase holds
            assert opens == [target], (aim, seen)
        outcomes["kept" if opens == [current] else "changed"] += 1
        current = opens[0]

    # Both sides of the rename were really reached by some kill.
    assert outcomes["kept"] >= 1 and outcomes["changed"] >= 1, outcomes
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
