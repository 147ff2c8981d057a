"""Passphrase strength feedback (zxcvbn), in the app's own words."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn  # type: ignore[import-untyped]

LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


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


def assess(passphrase: str) -> Strength:
    """Rate ``passphrase``; only the first 100 characters are analysed (zxcvbn is slow)."""
    if not passphrase:
        return Strength(0, LABELS[0], "Choose a passphrase: several unrelated words work well.")
    result = zxcvbn(passphrase[:100])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hint = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if not hint:
        hint = (
            "A few unrelated words you can remember make a strong passphrase."
            if score < 3
            else "Good choice. Keep it somewhere safe: it cannot be recovered."
        )
    return Strength(score, LABELS[score], hint)
