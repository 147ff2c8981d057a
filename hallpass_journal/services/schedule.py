"""The check-in schedule kept in step with the journal.

After any committed change to key events, agreements or entries, the schedule plans the
check-ins the situation implies (:mod:`hallpass_journal.domain.schedule`) and brings the
stored ones in line: new ones added, open ones moved with their source, ones no longer
implied withdrawn, and everything people did (completed, dismissed, snoozed) kept. It
announces :attr:`Area.CHECK_INS` only when the stored check-ins really changed, and it
never plans again because of its own announcement, so changes cannot loop. That notice
goes out while the change that caused it is being told, so listeners that subscribed
after the schedule (every view) hear about the check-ins first, then about the cause.

Only check-ins the schedule planned (UUID version 5, see
:func:`~hallpass_journal.domain.schedule.is_planned`) are ever moved or withdrawn; any
other (from an older version, or saved by hand) is left exactly as it is.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from hallpass_journal.domain.agreements import Agreement
from hallpass_journal.domain.checkins import CheckIn
from hallpass_journal.domain.events import KeyEvent
from hallpass_journal.domain.schedule import Replan, plan_check_ins, reconcile, template_id
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.care_repo import CareRepository
from hallpass_journal.storage.checkins_repo import CheckInRepository
from hallpass_journal.storage.schedule_repo import ScheduleRepository
from hallpass_journal.storage.vault import Vault

log = logging.getLogger(__name__)

#: How far ahead :meth:`ScheduleService.open_check_ins` looks.
OPEN_AHEAD = timedelta(days=7)
#: The hurt partner's step that schedules interval check-ins.
PATH_EVALUATE_STEP = 5
#: Changes after which the plan may differ.
_PLANNED_FROM = (Area.EVENTS, Area.AGREEMENTS, Area.ENTRIES)


def local_zone() -> tzinfo:
    """The person's time zone, with its daylight-saving rules where they can be found.

    ``TZ`` if it names a zone, else the system's ``/etc/localtime``; failing both (e.g.
    on Windows without tz data) the current UTC offset, which ignores daylight saving.
    A ``TZ`` that names no known zone (a POSIX rule such as ``JST-9``, a misspelling)
    is passed over, never an error: the journal must open whatever the environment says.
    """
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError (a KeyError), ValueError...
            pass
    try:
        with open("/etc/localtime", "rb") as data:
            return ZoneInfo.from_file(data)
    except Exception:  # noqa: BLE001 - unreadable or not tz data
        pass
    return datetime.now().astimezone().tzinfo or UTC


def _snoozed(check_in: CheckIn) -> bool:
    return check_in.snoozed_at is not None


class ScheduleService:
    """Plans check-ins from the encounter, the agreements and the hurt partner's path."""

    def __init__(
        self,
        vault: Vault,
        hub: ChangeHub,
        *,
        agreements: Callable[[], Sequence[Agreement]],
        events: Callable[[], Sequence[KeyEvent]],
        zone: tzinfo | None = None,
    ) -> None:
        """Plan with the journal's agreements and events, kept in step through ``hub``.

        Args:
            vault: The unlocked journal.
            hub: Where changes are announced; the schedule listens to it too.
            agreements: Every agreement, oldest first (``AgreementService.list``).
            events: Every key event (``KeyEventService.list``).
            zone: Where due times are wall-clock times (default: :func:`local_zone`).
        """
        self._vault = vault
        self._hub = hub
        self._agreements = agreements
        self._events = events
        self.zone = zone or local_zone()
        self._check_ins = CheckInRepository(vault)
        self._repo = ScheduleRepository(vault)
        self._care = CareRepository(vault)
        hub.subscribe(self._on_change)

    # -- reads -----------------------------------------------------------------------

    def plan(self, now: datetime | None = None) -> list[CheckIn]:
        """The check-ins the journal implies now, as if nothing had been done yet."""
        with self._vault.locked():
            return plan_check_ins(
                self._agreements(),
                self._events(),
                self.zone,
                path_step=self._care.latest_path_step(PATH_EVALUATE_STEP),
                now=now,
            )

    def open_check_ins(self, now: datetime) -> list[CheckIn]:
        """Open check-ins overdue or due within a week, overdue first, then soonest.

        ``check_in.is_overdue(now)`` tells the two apart.
        """
        return self._check_ins.due(now, now + OPEN_AHEAD)

    @staticmethod
    def template_id(check_in: CheckIn) -> str:
        """The guided template that answers ``check_in``."""
        return template_id(check_in)

    # -- writes ----------------------------------------------------------------------

    def sync(self, now: datetime | None = None) -> Change:
        """Bring the stored check-ins in line with the plan; announce it if any changed.

        Reading, comparing and writing hold the journal, so a check-in completed on
        another thread meanwhile is never written back as open.
        """
        with self._vault.locked():
            replan = reconcile(self._check_ins.all(), self.plan(now), _snoozed)
            if replan:
                self._write(replan)
        if not replan:
            return Change()
        uuids = [c.uuid for c in replan.save] + replan.withdraw
        return self._hub.publish(Change.of(Area.CHECK_INS, uuids=uuids))

    def _write(self, replan: Replan) -> None:
        with self._vault.transaction():
            if replan.save:
                self._check_ins.save_all(replan.save)
            self._repo.withdraw(replan.withdraw)

    def _on_change(self, change: Change) -> None:
        # Our own notice touches only CHECK_INS, which nothing is planned from: a re-plan
        # never answers itself. (Writes inside sync() go to the repositories, unannounced.)
        # Planning must never fail the change that caused it: the plan is made again
        # after the next change (and at the next unlock).
        if change.touches(*_PLANNED_FROM) and self._vault.is_open:
            try:
                self.sync()
            except Exception as exc:  # noqa: BLE001 - only the type: no journal text in logs
                log.error("planning check-ins failed: %s", type(exc).__name__)
