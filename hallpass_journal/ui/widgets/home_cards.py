"""Home's cards: what they share, and the check-ins that are due.

Each card reads the journal itself in :meth:`HomeCard.refresh` and hides while it does
not apply. A card never opens another section: it asks for an action
(:attr:`HomeCard.action_requested`, routed by the window to the section that carries it
out), so Home stays a calm overview.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.checkins import CHECK_IN_LABELS, CheckIn, CheckInNotOpen
from hallpass_journal.domain.drafts import guided_draft_key
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.page_parts import link_button, text_label
from hallpass_journal.ui.windows.sections import GUIDED_CHECK_IN

#: How many check-ins still to come are listed under the due ones.
UPCOMING_SHOWN = 3
EVENING = time(19, 0)
MORNING = time(9, 0)
#: While background work holds the journal (an import), the card looks again this soon.
BUSY_RETRY_MS = 2000


translate = QCoreApplication.translate


def day_text(day: date, today: date) -> str:
    """A day as Home says it: "Tue 3 June" (with the year when it is not this year)."""
    fmt = "ddd d MMMM" if day.year == today.year else "ddd d MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


class HomeCard(QFrame):
    """A card on Home: a heading, then its content; hidden while it does not apply."""

    #: Ask the window to carry out an action elsewhere: ``(action, argument)``.
    action_requested = Signal(str, str)
    #: Something could not be saved or read (a sentence for the status bar).
    problem = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 14, 16, 14)
        self.box.setSpacing(8)
        self.heading = heading_label(title, self)
        self.box.addWidget(self.heading)
        self.hide()

    def tab_stops(self) -> list[QWidget]:
        """The controls Tab visits in this card, in reading order."""
        return []

    def clear(self) -> None:
        """Forget every piece of journal text shown (the journal is being locked)."""


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A card's heading: bold, a little larger than the text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    return label


def strong_label(text: str, parent: QWidget) -> QLabel:
    """A wrapping line in semi-bold (what a row is about)."""
    label = text_label(text, parent)
    font = label.font()
    font.setWeight(font.Weight.DemiBold)
    label.setFont(font)
    return label


class QuietLinks(QWidget):
    """Quiet ways in where a card would be: "Start an agreement", "Guides"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.start_agreement_button = link_button(
            translate("HomeCards", "Start an agreement"), self
        )
        self.start_agreement_button.setAccessibleName(translate("HomeCards", "Start an agreement"))
        self.guides_button = link_button(translate("HomeCards", "Guides"), self)
        self.guides_button.setAccessibleName(translate("HomeCards", "Open the guides"))
        row.addWidget(self.start_agreement_button)
        row.addWidget(self.guides_button)
        row.addStretch(1)

    def show_links(self, *, agreement: bool, guides: bool) -> None:
        """Show the links wanted (and the row only if any is)."""
        self.start_agreement_button.setVisible(agreement)
        self.guides_button.setVisible(guides)
        self.setVisible(agreement or guides)


# -- check-ins ---------------------------------------------------------------------------


def check_in_title(check_in: CheckIn) -> str:
    """What a check-in is called on Home (its title is the core's words, never typed)."""
    return dt(check_in.title or CHECK_IN_LABELS[check_in.kind])


def due_text(check_in: CheckIn, now: datetime) -> str:
    """When a check-in is due, said gently ("was due on …", never "late")."""
    today = now.date()
    day = check_in.due_at.astimezone(now.tzinfo).date()
    if check_in.due_at <= now:
        if day == today:
            return translate("HomeCards", "Due today")
        if day == today - timedelta(days=1):
            return translate("HomeCards", "Was due yesterday")
        return translate("HomeCards", "Was due on {day}").format(day=day_text(day, today))
    if day == today:
        return translate("HomeCards", "Due later today")
    if day == today + timedelta(days=1):
        return translate("HomeCards", "Due tomorrow")
    return translate("HomeCards", "Due on {day}").format(day=day_text(day, today))


def later_choices(check_in: CheckIn, now: datetime) -> list[tuple[str, datetime]]:
    """The "Later" choices that really are later than now and than the due time."""
    today = now.date()
    zone = now.tzinfo
    choices = [
        (translate("HomeCards", "This evening"), datetime.combine(today, EVENING, zone)),
        (
            translate("HomeCards", "Tomorrow"),
            datetime.combine(today + timedelta(days=1), MORNING, zone),
        ),
        (
            translate("HomeCards", "In 3 days"),
            datetime.combine(today + timedelta(days=3), MORNING, zone),
        ),
    ]
    # "This evening" within the hour would ask again almost at once.
    floor = max(now + timedelta(hours=1), check_in.due_at)
    return [(label, at) for label, at in choices if at > floor]


class CheckInRow(QWidget):
    """One due check-in: what it is, when it was due, and Start, Later, Set aside."""

    def __init__(self, check_in: CheckIn, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_in = check_in
        title = check_in_title(check_in)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 2, 0, 2)
        col.setSpacing(2)
        self.title_label = strong_label(title, self)
        self.when_label = text_label(due_text(check_in, now), self, role="muted")
        col.addWidget(self.title_label)
        col.addWidget(self.when_label)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.setSpacing(8)
        self.start_button = QPushButton(translate("HomeCards", "Start"), self)
        self.start_button.setAccessibleName(
            translate("HomeCards", "Start the check-in: {title}").format(title=title)
        )
        self.later_button = QPushButton(translate("HomeCards", "Later"), self)
        self.later_button.setAccessibleName(
            translate("HomeCards", "Ask me later: {title}").format(title=title)
        )
        self.later_menu = QMenu(self.later_button)
        for label, at in later_choices(check_in, now):
            action = self.later_menu.addAction(label)
            action.setData(at)
        self.later_button.setMenu(self.later_menu)
        self.later_button.setVisible(not self.later_menu.isEmpty())
        self.aside_button = link_button(translate("HomeCards", "Set aside"), self)
        self.aside_button.setAccessibleName(
            translate("HomeCards", "Set aside: {title}").format(title=title)
        )
        self.aside_button.setToolTip(
            translate(
                "HomeCards",
                "Leave this check-in without writing anything. The journal notes that you did.",
            )
        )
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.aside_button)
        buttons.addStretch(1)
        col.addLayout(buttons)

    def tab_stops(self) -> list[QWidget]:
        """Start, Later (when it offers anything), Set aside."""
        stops: list[QWidget] = [self.start_button]
        if not self.later_button.isHidden():
            stops.append(self.later_button)
        return [*stops, self.aside_button]


class DueCheckInsCard(HomeCard):
    """The check-ins due now (to start, snooze or set aside) and the next few to come."""

    #: The focused row went and the card with it: the page should place the focus.
    focus_released = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(translate("HomeCards", "Check-ins"), parent)
        self.journal = journal
        #: Rows of the due check-ins, by UUID (as text).
        self.rows: dict[str, CheckInRow] = {}
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(10)
        self.box.addLayout(self._rows_box)
        self.upcoming_heading = text_label(translate("HomeCards", "Coming up"), self, role="muted")
        self.upcoming_label = text_label("", self)
        self.box.addWidget(self.upcoming_heading)
        self.box.addWidget(self.upcoming_label)
        self.message = text_label("", self, role="error")
        self.message.hide()
        self.box.addWidget(self.message)
        #: Wakes the card when a check-in comes due or the day changes (the wording).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.wake)
        self.upcoming: list[CheckIn] = []

    def zone(self) -> tzinfo:
        """Where due times are wall-clock times (the schedule's zone)."""
        return self.journal.schedule.zone

    def now(self) -> datetime:
        """Now, in the schedule's zone."""
        return datetime.now(self.zone())

    def refresh(self, now: datetime | None = None) -> None:
        """Read the open check-ins and show them."""
        now = now or self.now()
        try:
            open_check_ins = self.journal.schedule.open_check_ins(now)
        except VaultError as exc:
            self.problem.emit(exc.text)
            open_check_ins = []
        due = [c for c in open_check_ins if c.due_at <= now]
        self.upcoming = [c for c in open_check_ins if c.due_at > now][:UPCOMING_SHOWN]
        self._show_rows(due, now)
        lines = [
            translate("HomeCards", "{title} — {when}").format(
                title=check_in_title(c), when=due_text(c, now)
            )
            for c in self.upcoming
        ]
        self.upcoming_label.setText("\n".join(lines))
        self.upcoming_heading.setVisible(bool(lines) and bool(due))
        self.upcoming_label.setVisible(bool(lines))
        self.setVisible(bool(due or lines))
        self._wake_at(now)

    def wake(self) -> None:
        """The card's timer: look again, unless background work holds the journal.

        Reading then would wait for it (an import can take a while) and freeze the
        window; the card looks again shortly instead (and the work's own change notice
        refreshes Home once it is done).
        """
        if operations.journal_busy():
            self._timer.start(BUSY_RETRY_MS)
            return
        self.refresh()

    @property
    def waiting(self) -> bool:
        """Whether the card will look again by itself."""
        return self._timer.isActive()

    def _show_rows(self, due: list[CheckIn], now: datetime) -> None:
        for row in self.rows.values():
            row.hide()
            row.deleteLater()  # the click being handled may come from one of its buttons
        self.rows = {}
        for check_in in due:
            row = CheckInRow(check_in, now, self)
            key = str(check_in.uuid)
            row.start_button.clicked.connect(lambda _=False, k=key: self._start(k))
            row.later_menu.triggered.connect(
                lambda action, k=key: self.snooze(uuid_mod.UUID(k), action.data(), from_menu=True)
            )
            row.aside_button.clicked.connect(lambda _=False, k=key: self.dismiss(uuid_mod.UUID(k)))
            self._rows_box.addWidget(row)
            row.show()  # now, not on the next turn of the event loop (Tab may come first)
            self.rows[key] = row

    def _wake_at(self, now: datetime) -> None:
        tomorrow = datetime.combine(now.date() + timedelta(days=1), time(0, 0), now.tzinfo)
        moments = [tomorrow, *(c.due_at for c in self.upcoming)]
        wait = min(moments) - now
        # A second late, so the check-in is due when the card looks; at most a few hours
        # (a sleeping laptop's timer can run late).
        msecs = int(min(wait + timedelta(seconds=1), timedelta(hours=3)).total_seconds() * 1000)
        self._timer.start(max(msecs, 1000))

    def _start(self, key: str) -> None:
        self.action_requested.emit(GUIDED_CHECK_IN, key)

    def snooze(
        self, check_in_uuid: uuid_mod.UUID, until: datetime, *, from_menu: bool = False
    ) -> bool:
        """Ask again at ``until``; the row goes from the due ones.

        ``from_menu``: chosen in the row's Later menu (the menu, a window of its own,
        holds the focus then, so the focus is known to belong to this card).
        """
        return self._settle(
            lambda: self.journal.check_ins.snooze(check_in_uuid, until), in_card=from_menu
        )

    def dismiss(self, check_in_uuid: uuid_mod.UUID) -> bool:
        """Set a check-in aside (the journal records it); its row goes.

        Half-written answers to it (its guided draft) go with it, in the same
        transaction: nothing is left to come back for.
        """

        def write() -> None:
            with self.journal.bulk():
                outcome = self.journal.check_ins.dismiss(check_in_uuid)
                template_id = self.journal.schedule.template_id(outcome.check_in)
                self.journal.drafts.delete(guided_draft_key(template_id, check_in_uuid))

        return self._settle(write)

    def _settle(self, write: Callable[[], object], *, in_card: bool = False) -> bool:
        focus = QApplication.focusWidget()
        had_focus = in_card or (focus is not None and self.isAncestorOf(focus))
        try:
            write()
        except VaultError as exc:
            self._say(exc.text)
            return False
        except CheckInNotOpen:
            self._say(translate("HomeCards", "This check-in was already settled."))
            self.refresh()
            return False
        self.message.hide()
        self.refresh()  # the change notice refreshes Home too; this card is current now
        if had_focus:  # once a menu that was open has closed and handed focus back
            QTimer.singleShot(0, self._keep_focus)
        return True

    def _keep_focus(self) -> None:
        """The focused row went: stay in this card, never jump on to the next one's buttons.

        The next due check-in's Start if there is one, else the card's heading (no Tab
        stop of its own: the next Tab goes on from the card).
        """
        rows = list(self.rows.values())
        target: QWidget = rows[0].start_button if rows else self.heading
        if not rows and self.isHidden():
            self.focus_released.emit()  # nothing left here to hold it
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.problem.emit(text)

    def tab_stops(self) -> list[QWidget]:
        """Each due row's buttons, top to bottom."""
        return [stop for row in self.rows.values() for stop in row.tab_stops()]

    def clear(self) -> None:
        """Forget the titles shown."""
        self._timer.stop()
        self._show_rows([], datetime.now())
        self.upcoming = []
        self.upcoming_label.clear()
