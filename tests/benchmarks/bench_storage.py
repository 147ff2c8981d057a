"""Storage benchmark: does the encrypted journal stay fast from 1,000 to 100,000 entries?

Run it directly (pytest does not collect it)::

    python tests/benchmarks/bench_storage.py                 # 1k, 10k, 100k
    python tests/benchmarks/bench_storage.py --quick         # 1k, 5k
    python tests/benchmarks/bench_storage.py --cache ~/.cache/hpj-bench

For each size a demo journal is built with ``fill_demo(entries=N)`` (cached under
``--cache``), and a plain, unencrypted SQLite copy of the same rows is made with the same
schema. What is timed (median of ``--repeat`` runs, warm OS file cache):

* open: ``classify_file`` + ``vault._open_checked`` (connect, key, first page read and
  HMAC check, application id and schema version, safe pragmas, no-op migration). Key
  derivation is excluded: the key is derived once beforehand. Argon2id costs the same at
  every size, so it would only hide the part that could grow.
* page: ``entries.page(limit=50)`` on an open journal (newest first).
* unlock: open + first page on a fresh connection (unlock-to-usable without the KDF).
* search: ``entries.search(WORD, limit=50)``, ranked, with highlights and snippets.
* timeline: ``entries.emotion_series(EMOTIONS, bucket="week")`` over all time, with
  private entries (the app's views) and without them (what an export computes).
* naive: ``list(entries.iter_all())``: what a journal that decrypts and parses every
  entry on open would pay before showing anything.
* RSS: peak resident memory of a fresh child process that opens the journal and reads the
  first page; "+journal" subtracts a child that only imports the same modules.

The plain copy runs the very same repository code over ``sqlite3`` (the stdlib build)
and, as a control, over the sqlcipher3 engine with no key (same SQLite version as the
encrypted journal, no encryption), so engine-version differences can be told apart from
the cost of encryption.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, cast

from hallpass_journal.storage import connection as db
from hallpass_journal.storage import keys
from hallpass_journal.storage import vault as vault_mod
from hallpass_journal.storage.entries_repo import EntryRepository
from hallpass_journal.storage.migrations import (
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_VERSION,
    _split,
)

PASSPHRASE = "benchmark passphrase, not a secret"
# Journals are built and opened with a tiny KDF: the benchmark excludes key derivation,
# and a 256 MiB Argon2 run would dominate the child processes' peak memory.
BENCH_KDF = keys.KdfParams(time_cost=1, memory_kib=64, parallelism=1)
TODAY = date(2025, 6, 1)  # fixed, so cached journals stay valid
SEED = 7
EMOTIONS = ["jealousy", "hurt", "calm", "closeness", "hope"]
TABLES = [
    "entries", "tags", "entry_tags", "entry_emotions", "agreements", "agreement_versions",
    "agreement_status", "check_ins", "drafts", "settings", "key_events",
]  # fmt: skip


class _ConnHolder:
    """Just enough of a Vault for EntryRepository's read methods."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._lock = threading.RLock()

    def locked(self) -> threading.RLock:
        return self._lock


def _repo(conn: Any) -> EntryRepository:
    return EntryRepository(cast(vault_mod.Vault, _ConnHolder(conn)))


def median_time(
    fn: Callable[[], object], repeat: int, teardown: Callable[[Any], None] | None = None
) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs, after one warm-up run."""
    times: list[float] = []
    for i in range(repeat + 1):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        if teardown:
            teardown(result)
        if i:
            times.append(elapsed)
    return statistics.median(times)


# -- building the journals -----------------------------------------------------------------


def build_encrypted(n: int, folder: Path) -> Path:
    """A demo journal with ``n`` entries (reused if already cached)."""
    from hallpass_journal.demo import fill_demo
    from hallpass_journal.services.journal import Journal

    path = folder / f"demo-{n}-seed{SEED}-{TODAY}-schema{SCHEMA_VERSION}-{_demo_version()}.hpj"
    if path.exists():
        return path
    tmp = folder / f".building-{n}.hpj"
    tmp.unlink(missing_ok=True)
    start = time.perf_counter()
    journal = Journal.create(tmp, PASSPHRASE)
    try:
        written = fill_demo(journal, entries=n, seed=SEED, today=TODAY)
    finally:
        journal.close()
    assert written == n
    os.replace(tmp, path)
    print(f"  built {n:>7,} entries in {time.perf_counter() - start:6.1f} s", flush=True)
    return path


def _demo_version() -> str:
    """A fingerprint of the demo generator and the KDF, so a stale cache is never reused."""
    from hallpass_journal.demo import everyday, story
    from hallpass_journal.demo import generator as demo
    from hallpass_journal.demo import text as demo_text

    digest = hashlib.sha256(repr(BENCH_KDF).encode())
    for module in (demo, demo_text, everyday, story):
        digest.update(Path(cast(str, module.__file__)).read_bytes())
    return digest.hexdigest()[:10]


def build_plain(encrypted: Path) -> Path:
    """An unencrypted SQLite copy with the same schema, rows and FTS index."""
    path = encrypted.with_suffix(".plain.sqlite")
    if path.exists():
        return path
    tmp = path.with_name(f".building-{path.name}")
    tmp.unlink(missing_ok=True)
    plain = sqlite3.connect(tmp, isolation_level=None)
    plain.execute("PRAGMA page_size = 4096")
    plain.execute("PRAGMA journal_mode = WAL")
    for statement in _split(SCHEMA_V1) + _split(SCHEMA_V2) + _split(SCHEMA_V3):
        if "secure-delete" in statement and sqlite3.sqlite_version_info < (3, 42):
            continue  # only matters for deletes; this stdlib build predates the option
        plain.execute(statement)
    conn = vault_mod._open_checked(encrypted, _key(encrypted))
    try:
        plain.execute("BEGIN")
        for table in TABLES:  # entries first: its triggers fill the FTS index
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(cols)
            marks = ", ".join("?" * len(cols))
            cursor = conn.execute(f"SELECT {names} FROM {table}")
            while rows := cursor.fetchmany(5000):
                plain.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA {pragma}").fetchone()[0])
            plain.execute(f"PRAGMA {pragma} = {value}")
        plain.execute("COMMIT")
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
        plain.close()
    os.replace(tmp, path)
    return path


def _key(path: Path) -> keys.RawKey:
    return keys.raw_key(PASSPHRASE, db.classify_file(path))


def _plain_connect(path: Path, engine: str) -> Any:
    """The plain copy, opened like the vault opens a journal (minus the key)."""
    mod: Any = sqlite3 if engine == "stdlib" else db.sqlcipher
    conn = mod.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA application_id").fetchone()
    conn.execute("PRAGMA user_version").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# -- measuring ----------------------------------------------------------------------------


@dataclass
class Result:
    """Timings for one size (seconds, bytes)."""

    n: int
    file_mb: float = 0.0
    open_s: float = 0.0
    page_s: float = 0.0
    unlock_s: float = 0.0
    naive_s: float = 0.0
    search: dict[str, float] = field(default_factory=dict)  # engine -> seconds
    timeline: dict[str, float] = field(default_factory=dict)
    hits: int = 0
    rss_kb: int = 0
    rss_naive_kb: int = 0


def measure(n: int, enc: Path, plain: Path, word: str, repeat: int, naive_repeat: int) -> Result:
    """Every timing for one journal size."""
    res = Result(n=n, file_mb=enc.stat().st_size / 2**20)
    key = _key(enc)

    def open_journal() -> Any:
        db.classify_file(enc)
        return vault_mod._open_checked(enc, key)

    res.open_s = median_time(open_journal, repeat, teardown=lambda c: c.close())

    def unlock() -> Any:
        conn = open_journal()
        _repo(conn).page(limit=50)
        return conn

    res.unlock_s = median_time(unlock, repeat, teardown=lambda c: c.close())

    engines: dict[str, Any] = {"encrypted": open_journal()}
    engines["plain"] = _plain_connect(plain, "stdlib")
    engines["plain-same-engine"] = _plain_connect(plain, "sqlcipher")
    try:
        enc_repo = _repo(engines["encrypted"])
        res.page_s = median_time(lambda: enc_repo.page(limit=50), repeat)
        res.hits = len(enc_repo.search(word, limit=50))
        for name, conn in engines.items():
            repo = _repo(conn)
            res.search[name] = median_time(partial(repo.search, word, limit=50), repeat)
            res.timeline[name] = median_time(
                partial(repo.emotion_series, EMOTIONS, bucket="week", include_private=True), repeat
            )
        # What an export computes: private entries' feelings left out (a join per rating).
        res.timeline["shared"] = median_time(
            partial(enc_repo.emotion_series, EMOTIONS, bucket="week", include_private=False),
            repeat,
        )
        res.naive_s = median_time(lambda: list(enc_repo.iter_all()), naive_repeat)
    finally:
        for conn in engines.values():
            conn.close()
    res.rss_kb = _child_rss(enc, "page")
    res.rss_naive_kb = _child_rss(enc, "naive", runs=1)
    return res


def _child_rss(path: Path | None, mode: str, runs: int = 3) -> int:
    """Peak RSS (KiB) of a fresh process doing ``mode``; median of ``runs``."""
    values = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, str(path or "")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        values.append(int(json.loads(out)["maxrss_kb"]))
    return int(statistics.median(values))


def child(mode: str, path: str) -> None:
    """Run in a fresh process: open + first page (or load everything); print peak RSS."""
    keys.set_test_params(BENCH_KDF)
    if mode != "baseline":
        conn = vault_mod._open_checked(Path(path), _key(Path(path)))
        repo = _repo(conn)
        if mode == "page":
            repo.page(limit=50)
        else:
            entries = list(repo.iter_all())
            assert entries
        conn.close()
    print(json.dumps({"maxrss_kb": _peak_rss_kb()}))


def _peak_rss_kb() -> int:
    """Peak RSS of this process image.

    On Linux ``ru_maxrss`` survives ``execve`` and starts from the parent's size at fork,
    so a child spawned by a big parent would report the parent's peak; ``VmHWM`` belongs
    to the current address space only.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


# -- reporting ----------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f}"


def report(results: list[Result], baseline_kb: int, word: str) -> None:
    """Print the table and the ratios against the goals."""
    print()
    print(f"sqlcipher {db.sqlcipher.sqlite_version} (SQLCipher "
          f"{db.sqlcipher.connect(':memory:').execute('PRAGMA cipher_version').fetchone()[0]}); "
          f"stdlib sqlite3 {sqlite3.sqlite_version}; search word {word!r}")  # fmt: skip
    print("times in ms, median; RSS in MiB (peak of a fresh process; +journal = minus a "
          f"process that only imports, {baseline_kb / 1024:.1f} MiB)")  # fmt: skip
    head = (
        f"{'entries':>8} {'file MB':>8} {'open':>8} {'page':>8} {'unlock':>8} "
        f"{'search':>8} {'plain':>8} {'plain*':>8} {'timeline':>8} {'plain':>8} "
        f"{'plain*':>8} {'naive':>9} {'RSS':>6} {'+journal':>8} {'naiveRSS':>8}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        print(
            f"{r.n:>8,} {r.file_mb:>8.1f} {_ms(r.open_s)} {_ms(r.page_s)} {_ms(r.unlock_s)} "
            f"{_ms(r.search['encrypted'])} {_ms(r.search['plain'])} "
            f"{_ms(r.search['plain-same-engine'])} {_ms(r.timeline['encrypted'])} "
            f"{_ms(r.timeline['plain'])} {_ms(r.timeline['plain-same-engine'])} "
            f"{r.naive_s * 1000:9.1f} {r.rss_kb / 1024:6.1f} "
            f"{(r.rss_kb - baseline_kb) / 1024:8.1f} {r.rss_naive_kb / 1024:8.1f}"
        )
    print("plain = stdlib sqlite3 on an unencrypted copy; plain* = same copy through the "
          "sqlcipher3 engine with no key (same SQLite version as the journal)")  # fmt: skip

    small, big = results[0], results[-1]
    tag = f"{big.n:,}/{small.n:,}"

    def line(label: str, value: float, goal: float | None = None) -> None:
        verdict = "" if goal is None else (" ok" if value <= goal else " MISSED")
        target = "" if goal is None else f"   goal <= {goal:.1f}x{verdict}"
        print(f"  {label:<46} {value:7.2f}x{target}")

    print("\nratios")
    line(f"open({tag})", big.open_s / small.open_s, 1.2)
    line(f"first page({tag})", big.page_s / small.page_s, 1.2)
    line(f"unlock = open + first page({tag})", big.unlock_s / small.unlock_s, 1.2)
    line(f"peak RSS({tag})", big.rss_kb / small.rss_kb)
    line(f"peak RSS +journal({tag})",
         max(big.rss_kb - baseline_kb, 1) / max(small.rss_kb - baseline_kb, 1))  # fmt: skip
    for r in results:
        line(f"search encrypted/plain @ {r.n:,}", r.search["encrypted"] / r.search["plain"], 1.5)
        line(f"search encrypted/plain* @ {r.n:,}",
             r.search["encrypted"] / r.search["plain-same-engine"], 1.5)  # fmt: skip
    for r in results:
        line(f"timeline encrypted/plain @ {r.n:,}", r.timeline["encrypted"] / r.timeline["plain"])
        line(f"timeline encrypted/plain* @ {r.n:,}",
             r.timeline["encrypted"] / r.timeline["plain-same-engine"])  # fmt: skip
        line(f"timeline without private/with @ {r.n:,}",
             r.timeline["shared"] / r.timeline["encrypted"])  # fmt: skip
    for r in results:
        line(f"naive load-everything / unlock @ {r.n:,}", r.naive_s / r.unlock_s)
    line(f"naive load-everything({tag})", big.naive_s / small.naive_s)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--quick", action="store_true", help="sizes 1000,5000")
    parser.add_argument("--cache", type=Path, help="keep built journals here")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--naive-repeat", type=int, default=3)
    parser.add_argument("--word", default="evening", help="the search word")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    keys.set_test_params(BENCH_KDF)
    sizes = [1000, 5000] if args.quick else [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="hpj-bench-") as scratch:
        folder = args.cache or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        results = []
        for n in sorted(sizes):
            sub = folder / f"n{n}"  # one folder per journal: nothing else to scan on open
            sub.mkdir(exist_ok=True)
            enc = build_encrypted(n, sub)
            plain = build_plain(enc)
            results.append(measure(n, enc, plain, args.word, args.repeat, args.naive_repeat))
            print(f"  measured {n:>7,}", flush=True)
        baseline = _child_rss(None, "baseline")
        report(results, baseline, args.word)
    return 0


if __name__ == "__main__":
    sys.exit(main())
