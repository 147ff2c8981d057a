"""Care in the moment, on Home: a one-minute grounding card and the "consider support" note.

Both are offers, never demands. The grounding card appears only right after a check-in
that held a strong painful feeling, and goes with one click or Escape. The support note
is not a diagnosis: it appears while the person's own recent check-ins stay heavy (the
rule is in :mod:`hallpass_journal.domain.support`), goes on "Not now", and comes back
only if the pattern holds in later check-ins.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.guides import GROUNDING_CARD, SUPPORT_CARD, GuidePage
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.home_cards import HomeCard
from hallpass_journal.ui.widgets.page_parts import text_label

translate = QCoreApplication.translate


def _page_text(page: GuidePage, parent: QWidget) -> list[QLabel]:
    """The page's summary (muted) and its paragraphs, each a wrapping label."""
    labels = [text_label(dt(page.summary), parent, role="muted")]
    labels += [text_label(dt(paragraph), parent) for paragraph in page.paragraphs]
    return labels


class _CareCard(HomeCard):
    """A card with one page of text and one button that sets it aside; Escape too."""

    #: The card was set aside (its button, or Escape inside it); True when the keyboard
    #: focus was in it (so the page can put it somewhere sensible).
    dismissed = Signal(bool)

    def __init__(self, page: GuidePage, button: str, parent: QWidget | None = None) -> None:
        super().__init__(dt(page.title), parent)
        self.box.setSpacing(10)
        self.texts = _page_text(page, self)
        for label in self.texts:
            self.box.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(button, self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(lambda: self.dismiss())
        row.addWidget(self.close_button)
        self.box.addLayout(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Escape anywhere in the card sets it aside."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.dismiss()
            return
        super().keyPressEvent(event)

    def dismiss(self) -> None:
        """Set the card aside."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.hide()
        self.dismissed.emit(had_focus)

    def tab_stops(self) -> list[QWidget]:
        """The one button."""
        return [self.close_button]


class GroundingCard(_CareCard):
    """A one-minute pause: breathe, name the feeling, name the need.

    Shown by Home through :meth:`offer` after a check-in with a strong painful feeling.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(GROUNDING_CARD, translate("CareCards", "Close"), parent)
        self.close_button.setAccessibleName(translate("CareCards", "Close the one-minute pause"))
        self.close_button.setToolTip(translate("CareCards", "Close (Esc)"))

    def offer(self) -> None:
        """Show the card (the check-in held a strong painful feeling)."""
        self.show()


class SupportCard(_CareCard):
    """A calm note to consider support while recent check-ins stay heavy."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(SUPPORT_CARD, translate("CareCards", "Not now"), parent)
        self.journal = journal
        self.close_button.setAccessibleName(translate("CareCards", "Not now: set this note aside"))
        self.close_button.setToolTip(
            translate("CareCards", "It comes back only if your later check-ins stay this heavy.")
        )

    def refresh(self, today: date | None = None) -> None:
        """Show the note while the pattern holds (the journal decides)."""
        try:
            shown = self.journal.care.support_card(today or date.today())
        except VaultError as exc:
            self.problem.emit(exc.text)
            shown = False
        self.setVisible(shown)

    def dismiss(self, today: date | None = None) -> None:
        """Set the note aside as of today (recorded in the journal)."""
        try:
            self.journal.care.dismiss_support(today or date.today())
        except VaultError as exc:
            self.problem.emit(exc.text)
            return
        super().dismiss()
