"""Passphrases of any shape, and content of any shape, round-trip exactly."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallpass_journal.domain import errors
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage import keys
from hallpass_journal.storage.vault import Vault

ODD_PASSPHRASES = [
    "it's",
    'say "hi"',
    "a; DROP TABLE entries; --",
    "'); PRAGMA key='x",
    "🔐💜 hold on",
    "שלום עולם",  # right-to-left
    "x" * 1000,
    "x'" + "ab" * 32 + "'",  # shaped like a raw key literal
    " leading and trailing ",
]


@pytest.mark.parametrize("passphrase", ODD_PASSPHRASES, ids=range(len(ODD_PASSPHRASES)))
def test_odd_passphrases_round_trip_and_inject_nothing(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "j.hpj"
    with Vault.create(path, passphrase) as vault:
        vault.conn.execute("CREATE TABLE canary (x)")
    with Vault.open(path, passphrase) as vault:
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert {"entries", "canary"} <= tables
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(path, passphrase + "!")


def test_nfc_and_nfd_spellings_are_the_same_passphrase(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "crème brûlée")
    nfc = unicodedata.normalize("NFC", "crème brûlée")
    assert nfd != nfc
    Vault.create(tmp_path / "j.hpj", nfd).close()
    Vault.open(tmp_path / "j.hpj", nfc).close()


def test_salt_marks_a_journal_and_is_fresh_each_time() -> None:
    a, b = keys.new_salt(), keys.new_salt()
    assert a != b and keys.salt_profile(a) == keys.CURRENT_PROFILE
    assert keys.salt_profile(b"\x00" * 16) is None


def test_raw_key_never_prints_key_material() -> None:
    key = keys.raw_key("pw", keys.new_salt())
    assert key.key.hex() not in repr(key)


@pytest.mark.real_kdf
def test_production_kdf_profile_opens_a_journal(tmp_path: Path) -> None:
    params = keys.PROFILES[keys.CURRENT_PROFILE]
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 2
    Vault.create(tmp_path / "j.hpj", "real parameters").close()
    Vault.open(tmp_path / "j.hpj", "real parameters").close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=60))
def test_any_passphrase_round_trips(tmp_path_factory: pytest.TempPathFactory, pw: str) -> None:
    path = tmp_path_factory.mktemp("pw") / "j.hpj"
    Vault.create(path, pw).close()
    Vault.open(path, unicodedata.normalize("NFC", pw)).close()


TRICKY_BODIES = {
    "emoji": "Felt 😢 then 🙂 — better by evening 🌙",
    "rtl": "أشعر بالهدوء اليوم. שקט בלב.",
    "nul": "before\x00after",
    "mixed": "Zürich naïve façade 東京 \u200f\u202e reversed",
}


@pytest.mark.parametrize("name", sorted(TRICKY_BODIES))
def test_tricky_text_round_trips_and_is_searchable(journal: Journal, name: str) -> None:
    body = TRICKY_BODIES[name]
    entry = journal.save_entry(Entry.new(EntryKind.FREE, title=f"tricky {name}", body=body))
    assert journal.entries.get(entry.uuid).body == body  # type: ignore[union-attr]
    hits = journal.entries.search(f"tricky {name}")
    assert [h.uuid for h in hits] == [entry.uuid]


def test_ten_megabyte_body_round_trips_and_is_searchable(journal: Journal) -> None:
    body = ("calm steady breathing " * 476_000)[: 10 * 1024 * 1024] + " needle"
    entry = journal.save_entry(Entry.new(EntryKind.FREE, title="long", body=body))
    journal.close()
    with Journal.open(journal.path, "correct horse battery staple", auto_backup=False) as again:
        loaded = again.entries.get(entry.uuid)
        assert loaded is not None and loaded.body == body
        assert [h.uuid for h in again.entries.search("needle")] == [entry.uuid]
