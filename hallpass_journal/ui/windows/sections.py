"""The sections of the main window's sidebar: one row each, in order.

A later feature adds a section by appending one :class:`Section` in
:func:`default_sections` (Feelings, Agreement, Guides, Export…): an id, a label, an icon
name from ``resources/icons`` and a factory building its :class:`JournalView`. The
factory imports lazily, so a section's module (and e.g. pyqtgraph) loads only when the
section is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.views.base import JournalView

ViewFactory = Callable[[Journal, QWidget], JournalView]

# Actions a view may ask the window to route (argument in brackets):
GUIDED_START = "guided.start"  # start a guided entry (template id)
GUIDED_CHECK_IN = "guided.check_in"  # complete a due check-in with its guided entry (uuid)
GUIDED_OPEN = "guided.open"  # open a saved guided entry again (entry uuid)
GUIDE_PAGE = "guides.page"  # show a help page (page id)
AGREEMENT_SHOW = "agreement.show"  # show an agreement ("" for the current one)
AGREEMENT_RENEGOTIATE = "agreement.renegotiate"  # new version prefilled (agreement uuid)
AGREEMENT_END = "agreement.end"  # end it, after one confirmation (agreement uuid)
AGREEMENT_PAUSE = "agreement.pause"  # call a pause (agreement uuid)
TIMELINE_DAY = "timeline.day"  # show one day in the timeline (ISO date)
FEELINGS_EVALUATE = "feelings.evaluate"  # before and after a moment (anchor uuid or ISO date)
JOURNAL_MARKED = "journal.marked"  # the entries marked for the next session ("")


@dataclass(frozen=True)
class Section:
    """One sidebar row and the view it shows."""

    section_id: str
    #: Untranslated label; :attr:`title` translates it (context "Sections").
    label: str
    icon: str
    factory: ViewFactory
    #: Actions (``JournalView.action_requested``) this section's view carries out.
    actions: frozenset[str] = frozenset()

    @property
    def title(self) -> str:
        """The label in the user's language."""
        return QCoreApplication.translate("Sections", self.label)


def _home(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.home_view import HomeView

    return HomeView(journal, parent)


def _agreement(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.agreement_view import AgreementView

    return AgreementView(journal, parent)


def _journal(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.journal_view import JournalListView

    return JournalListView(journal, parent)


def _timeline(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.timeline_view import TimelineView

    return TimelineView(journal, parent)


def _guides(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.guides_view import GuidesView

    return GuidesView(journal, parent)


def _feelings(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.feelings_view import FeelingsView

    return FeelingsView(journal, parent)


def _calendar(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.calendar_view import CalendarView

    return CalendarView(journal, parent)


def _export(journal: Journal, parent: QWidget) -> JournalView:
    from hallpass_journal.ui.views.export_view import ExportView

    return ExportView(journal, parent)


def default_sections() -> list[Section]:
    """The sections shown after unlocking, top to bottom; the first is the start page."""
    return [
        Section("home", str(QT_TRANSLATE_NOOP("Sections", "Home")), "home", _home),
        Section(
            "agreement",
            str(QT_TRANSLATE_NOOP("Sections", "Agreement")),
            "agreement",
            _agreement,
            actions=frozenset(
                {AGREEMENT_SHOW, AGREEMENT_RENEGOTIATE, AGREEMENT_END, AGREEMENT_PAUSE}
            ),
        ),
        Section(
            "journal",
            str(QT_TRANSLATE_NOOP("Sections", "Journal")),
            "journal",
            _journal,
            actions=frozenset({JOURNAL_MARKED}),
        ),
        Section(
            "timeline",
            str(QT_TRANSLATE_NOOP("Sections", "Timeline")),
            "timeline",
            _timeline,
            actions=frozenset({TIMELINE_DAY}),
        ),
        Section(
            "feelings",
            str(QT_TRANSLATE_NOOP("Sections", "Feelings")),
            "feelings",
            _feelings,
            actions=frozenset({FEELINGS_EVALUATE}),
        ),
        Section("calendar", str(QT_TRANSLATE_NOOP("Sections", "Calendar")), "calendar", _calendar),
        Section(
            "guides",
            str(QT_TRANSLATE_NOOP("Sections", "Guides")),
            "guides",
            _guides,
            actions=frozenset({GUIDED_START, GUIDED_CHECK_IN, GUIDED_OPEN, GUIDE_PAGE}),
        ),
        Section("export", str(QT_TRANSLATE_NOOP("Sections", "Export")), "export", _export),
    ]
