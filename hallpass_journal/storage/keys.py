"""Key derivation: Argon2id over the passphrase and the file's own salt.

The journal's 16-byte salt is the first 16 bytes of the file (SQLCipher stores it
there). Its last four bytes are a marker: ``HPJ`` and the key-derivation profile
number, so a journal can be told apart from random bytes before any key is tried, and
the cost parameters can be raised later without breaking old journals.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from hallpass_journal.domain.errors import InvalidPassphrase

SALT_SIZE = 16
MARKER = b"HPJ"
KEY_SIZE = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters."""

    time_cost: int
    memory_kib: int
    parallelism: int


# Profile 1: ~0.45 s and 256 MiB on the reference 2-core machine. Add profiles, never
# change one: existing journals name theirs in their salt.
PROFILES: dict[int, KdfParams] = {1: KdfParams(time_cost=3, memory_kib=256 * 1024, parallelism=4)}
CURRENT_PROFILE = 1

# Tests may swap this for something cheap; one test keeps the real profile.
_override: KdfParams | None = None


def set_test_params(params: KdfParams | None) -> None:
    """Use cheaper parameters for every profile (tests only); ``None`` restores."""
    global _override
    _override = params


def new_salt(profile: int = CURRENT_PROFILE) -> bytes:
    """A fresh salt: 12 random bytes, then the marker and profile number."""
    return os.urandom(SALT_SIZE - len(MARKER) - 1) + MARKER + bytes([profile])


def salt_profile(salt: bytes) -> int | None:
    """Return the KDF profile named by ``salt``, or None if it is not a journal salt."""
    if len(salt) != SALT_SIZE or salt[-4:-1] != MARKER:
        return None
    profile = salt[-1]
    return profile if profile in PROFILES else None


def normalise(passphrase: str) -> bytes:
    """NFC-normalise and encode, so the same visible text is always the same key."""
    if not passphrase:
        raise InvalidPassphrase()
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """Derive the raw SQLCipher key for ``passphrase`` and ``salt``."""
    profile = salt_profile(salt)
    if profile is None:
        raise ValueError("not a journal salt")
    params = _override or PROFILES[profile]
    return hash_secret_raw(
        normalise(passphrase),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_SIZE,
        type=Type.ID,
    )


@dataclass(frozen=True)
class RawKey:
    """A derived key with the salt it belongs to, as SQLCipher's raw-key literal."""

    key: bytes
    salt: bytes

    def literal(self) -> bytes:
        """``x'<key hex><salt hex>'``: hex digits only, so safe to hand to SQLCipher."""
        return f"x'{self.key.hex()}{self.salt.hex()}'".encode("ascii")

    def __repr__(self) -> str:  # never print key material
        return "RawKey(<hidden>)"


def raw_key(passphrase: str, salt: bytes) -> RawKey:
    """Derive a :class:`RawKey` for ``passphrase`` and ``salt``."""
    return RawKey(derive_key(passphrase, salt), salt)
