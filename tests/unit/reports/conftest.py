"""Fixtures for the reports: the golden journal (tests/data/golden) and PDF reading."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from hallpass_journal.services.journal import Journal
from hallpass_journal.storage import keys

GOLDEN = Path(__file__).parents[2] / "data" / "golden"
FAST_KDF = keys.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def _maker() -> ModuleType:
    """tests/data/golden/make_report_golden.py (a script in a folder that is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "make_report_golden", GOLDEN / "make_report_golden.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def golden() -> ModuleType:
    """The golden journal's maker: its content, selection and the names of its canaries."""
    return _maker()


@pytest.fixture
def golden_journal(journal: Journal, golden: ModuleType, qapp: object) -> Journal:
    """A fresh journal holding the golden content (a QApplication runs: reports need one)."""
    golden.fill_report_journal(journal)
    return journal


@pytest.fixture(scope="module")
def shared_golden_journal(
    tmp_path_factory: pytest.TempPathFactory, golden: ModuleType, qapp: object
) -> Iterator[Journal]:
    """One golden journal for a whole module (reading tests that never write to it)."""
    keys.set_test_params(FAST_KDF)
    try:
        journal = Journal.create(tmp_path_factory.mktemp("golden") / "golden.hpj", "golden pass")
    finally:
        keys.set_test_params(None)
    golden.fill_report_journal(journal)
    yield journal
    journal.close()
