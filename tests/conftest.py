"""Shared test setup: offscreen Qt, cheap key derivation, journals in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import resource  # noqa: E402
import signal  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from hallpass_journal.storage import keys  # noqa: E402

# Argon2id at 256 MiB would make every test take half a second per unlock; tests use
# tiny parameters unless marked ``real_kdf`` (the production profile is tested there).
FAST_KDF = keys.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASSPHRASE = "correct horse battery staple"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_kdf: use the production Argon2id parameters")


@pytest.fixture(autouse=True)
def _fast_kdf(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("real_kdf"):
        keys.set_test_params(None)
    else:
        keys.set_test_params(FAST_KDF)
    yield
    keys.set_test_params(None)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where a test journal lives (not created yet)."""
    return tmp_path / "journal.hpj"


@pytest.fixture
def journal(journal_path: Path):  # noqa: ANN201
    """A fresh, unlocked, empty journal; locked again after the test."""
    from hallpass_journal.services.journal import Journal

    j = Journal.create(journal_path, PASSPHRASE)
    yield j
    if j.vault.is_open:
        j.close()


@pytest.fixture
def file_size_limit() -> Iterator[Callable[[int | None], None]]:
    """Cap the size of files this process may write (RLIMIT_FSIZE); ``None`` lifts it.

    A write past the cap fails for real (EFBIG), as root too, where a read-only folder
    would not stop anything; SIGXFSZ is ignored so the process survives it. Both are
    restored afterwards, whatever happens.
    """
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    previous = resource.getrlimit(resource.RLIMIT_FSIZE)

    def limit(size: int | None) -> None:
        resource.setrlimit(
            resource.RLIMIT_FSIZE, (previous[0] if size is None else size, previous[1])
        )

    try:
        yield limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, previous)
        signal.signal(signal.SIGXFSZ, previous_handler)
