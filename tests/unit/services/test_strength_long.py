"""Passphrase strength for passphrases of any length (zxcvbn stops at 72 characters)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hallpass_journal.services.strength import LABELS, assess

VARIED = (
    "the kettle sang twice before Marta found the lighthouse key under a wet paperback, "
    "and nobody asked why"
)


@pytest.mark.parametrize("length", [72, 73, 75, 100, 101, 1_000, 10_000])
def test_any_length_is_rated_without_raising(length: int) -> None:
    verdict = assess(("Zq9" * length)[:length])
    assert 0 <= verdict.score <= 4 and verdict.label == LABELS[verdict.score]
    assert verdict.hint


def test_a_long_repetition_is_still_weak() -> None:
    # Honest: length alone does not make "aaaa…" or "Zq9Zq9…" hard to guess.
    assert assess("a" * 1_000).weak
    assert assess("Zq9" * 25).weak


def test_a_long_varied_passphrase_is_strong_and_says_what_was_rated() -> None:
    verdict = assess(VARIED * 3)
    assert verdict.score >= 3 and not verdict.weak
    assert "first 72 characters" in verdict.hint


def test_the_rating_of_a_long_passphrase_never_drops_below_its_beginning() -> None:
    # Whoever guesses the whole passphrase has guessed its first 72 characters too.
    assert assess(VARIED[:72] + "x" * 500).score >= assess(VARIED[:72]).score


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(min_size=1, max_size=80), st.text(min_size=73, max_size=400)))
def test_never_raises(passphrase: str) -> None:
    verdict = assess(passphrase)
    assert 0 <= verdict.score <= 4
