"""Passphrase strength feedback (zxcvbn), in the app's own words."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn  # type: ignore[import-untyped]

LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")

#: Passphrases anyone guessing tries first, compared without case and spaces: the most
#: common ones zxcvbn rates above "very weak", and the names of this app (zxcvbn rates
#: "hall pass journal" very strong, but it is the first guess against this journal).
COMMON = frozenset(
    {
        "password",
        "password1",
        "password!",
        "passw0rd",
        "passw0rd!",
        "passphrase",
        "mypassphrase",
        "123456",
        "12345678",
        "123456789",
        "qwerty",
        "qwerty123",
        "iloveyou",
        "letmein",
        "monkey123",
        "welcome",
        "secret",
        "journal",
        "myjournal",
        "diary",
        "mydiary",
        "hallpass",
        "hallpassjournal",
        "myhallpass",
    }
)
COMMON_HINT = "This is one of the first passphrases anyone would try."


@dataclass(frozen=True)
class Strength:
    """A 0-4 score, a label and one hint."""

    score: int
    label: str
    hint: str

    @property
    def weak(self) -> bool:
        """Below "fair": worth a warning."""
        return self.score < 2

    @property
    def very_weak(self) -> bool:
        """Among the first guesses anyone would try: worth a second, explicit question."""
        return self.score == 0


#: zxcvbn refuses longer input (its matchers are quadratic); see :func:`assess`.
ZXCVBN_MAX = 72
LONG_NOTE = "Only its first 72 characters were rated; the rest can only add to its strength."


def assess(passphrase: str) -> Strength:
    """Rate ``passphrase`` of any length; never raises.

    zxcvbn rates at most :data:`ZXCVBN_MAX` characters, so a longer passphrase is rated
    on its beginning alone. That is an honest lower bound, not a guess: whoever guesses
    the whole passphrase has guessed its beginning too, so more characters never make it
    weaker. Length alone earns nothing: ``"a" * 1000`` stays very weak, because its first
    72 characters are.
    """
    if not passphrase:
        return Strength(0, LABELS[0], "Choose a passphrase: several unrelated words work well.")
    if "".join(passphrase.casefold().split()) in COMMON:
        return Strength(0, LABELS[0], COMMON_HINT)
    rated = passphrase[:ZXCVBN_MAX]
    result = zxcvbn(rated, max_length=ZXCVBN_MAX)
    score = min(max(int(result["score"]), 0), len(LABELS) - 1)
    feedback = result.get("feedback") or {}
    hint = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if not hint:
        hint = (
            "A few unrelated words you can remember make a strong passphrase."
            if score < 3
            else "Good choice. Keep it somewhere safe: it cannot be recovered."
        )
    if len(passphrase) > ZXCVBN_MAX:
        hint = f"{hint} {LONG_NOTE}"
    return Strength(score, LABELS[score], hint)
