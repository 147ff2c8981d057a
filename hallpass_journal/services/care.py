"""The "consider support" card: when to show it, and setting it aside.

The rule is :mod:`hallpass_journal.domain.support`'s; the counting runs in SQL over the
emotion index, so asking costs the same with ten years of entries as with ten days.
"""

from __future__ import annotations

from datetime import date

from hallpass_journal.domain.settings import SUPPORT_DISMISSED_ON
from hallpass_journal.domain.support import (
    SUPPORT_THRESHOLD,
    SupportTally,
    support_window,
)
from hallpass_journal.domain.vocabulary import DISTRESS_EMOTIONS
from hallpass_journal.services.changes import Change
from hallpass_journal.services.keyvalue import JournalSettings
from hallpass_journal.storage.care_repo import CareRepository
from hallpass_journal.storage.vault import Vault


class CareService:
    """Offers the support card while distress is sustained, and respects "not now"."""

    def __init__(self, vault: Vault, settings: JournalSettings) -> None:
        self._repo = CareRepository(vault)
        self._settings = settings

    def dismissed_on(self) -> date | None:
        """The day the card was last set aside, if it was."""
        stored: str = self._settings.get(SUPPORT_DISMISSED_ON)
        return date.fromisoformat(stored) if stored else None

    def support_tally(self, today: date) -> SupportTally:
        """The check-ins the rule looks at on ``today``, and the distressed ones."""
        first, last = support_window(today, self.dismissed_on())
        return self._repo.support_tally(first, last, DISTRESS_EMOTIONS, SUPPORT_THRESHOLD)

    def support_card(self, today: date) -> bool:
        """Whether to show the card: the pattern holds in the last two weeks' check-ins.

        After the card was set aside, it comes back only when the pattern holds in the
        check-ins about the days since.
        """
        return self.support_tally(today).pattern_holds

    def dismiss_support(self, today: date) -> Change:
        """Set the card aside as of ``today``."""
        return self._settings.set(SUPPORT_DISMISSED_ON, today.isoformat())
