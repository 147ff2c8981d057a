"""Very weak passphrases: the first guesses anyone would try, this app's name among them."""

from __future__ import annotations

import pytest

from hallpass_journal.services.strength import COMMON_HINT, LABELS, assess


@pytest.mark.parametrize(
    "passphrase", ["password", "Hall Pass Journal", "hallpass", " Passw0rd! ", "monkey123"]
)
def test_the_first_guesses_are_very_weak(passphrase: str) -> None:
    verdict = assess(passphrase)
    assert verdict.very_weak and verdict.weak
    assert (verdict.score, verdict.label) == (0, LABELS[0])


def test_the_names_of_this_app_say_why() -> None:
    # zxcvbn alone rates these strong; they are the first guess against this journal.
    assert assess("hall pass journal").hint == COMMON_HINT


@pytest.mark.parametrize("passphrase", ["Zq9" * 25, "lighthouse kettle paperback"])
def test_weak_or_strong_is_not_very_weak(passphrase: str) -> None:
    assert not assess(passphrase).very_weak
