"""Write the fixture journal for the CURRENT schema version (run once per new version).

    TZ=UTC python tests/data/make_fixture.py

(From schema version 2 on, the check-in schedule plans around the fixture's encounter in
the local time zone: UTC makes the planned times the same wherever the file is made.)

Never regenerate an existing fixture: each one freezes what that schema version wrote,
so tests can prove every later version still opens and migrates it. Each fixture holds
what every earlier one does (so one test checks them all) plus what its own version
added (see ``ADDED_IN``); tests/data/README.md lists both.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from uuid import UUID

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import CheckInKind, plan_around_event
from hallpass_journal.domain.entries import EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.session import SessionMark, SessionQuestion
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.migrations import SCHEMA_VERSION

PASSPHRASE = f"fixture passphrase v{SCHEMA_VERSION}"
FIXED = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
ENCOUNTER = UUID(int=0xE1)
FIRST_CONVERSATION = UUID(int=0xE2)


def fill_v1(journal: Journal) -> None:
    """Two entries, an agreement (draft, then agreed) and six check-ins."""
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            uuid=UUID(int=1),
            title="Fixture feelings",
            body="A steady morning.",
            about=date(2026, 1, 14),
            created_at=FIXED,
            updated_at=FIXED,
            tags=["fixture"],
            mood=6,
            emotions=[EmotionRating(name="calm", intensity=7)],
            answers=FeelingsAnswers(needs=["time"], telling_me="Slow down."),
        ),
        touch=False,
    )
    journal.save_entry(
        Entry.new(
            EntryKind.FREE,
            uuid=UUID(int=2),
            title="Fixture note",
            body="Private words.",
            about=date(2026, 1, 15),
            created_at=FIXED,
            updated_at=FIXED,
            private=True,
        ),
        touch=False,
    )
    agreement = journal.agreements.create(
        "Fixture agreement", AgreementTerms(intention="talk")
    ).agreement
    journal.agreements.change_status(agreement.uuid, AgreementStatus.AGREED)
    journal.check_ins.save_all(plan_around_event(FIXED, agreement_uuid=agreement.uuid))


def fill_v2(journal: Journal) -> None:
    """Key events, the agreement's own check-in days, a dismissed and a snoozed check-in."""
    [agreement] = journal.agreements.list()
    journal.agreements.set_check_in_days(agreement.uuid, [7, 30, 120])
    journal.events.save(
        KeyEvent(
            uuid=ENCOUNTER,
            type=EventType.ENCOUNTER,
            on=date(2026, 1, 15),
            time=time(20, 0),
            title="Fixture encounter",
            note="Planned together.",
            agreement_uuid=agreement.uuid,
            created_at=FIXED,
        )
    )
    journal.events.save(
        KeyEvent(
            uuid=FIRST_CONVERSATION,
            type=EventType.FIRST_CONVERSATION,
            on=date(2026, 1, 2),
            created_at=FIXED,
        )
    )
    # The six check-ins fill_v1 planned by hand (UUID4); the schedule never touches them.
    by_kind = {c.kind: c for c in journal.check_ins.all() if c.uuid.version == 4}
    journal.check_ins.dismiss(by_kind[CheckInKind.RIGHT_AFTER].uuid, at=FIXED + timedelta(days=1))
    one_week = by_kind[CheckInKind.ONE_WEEK]
    journal.check_ins.snooze(
        one_week.uuid, one_week.due_at + timedelta(days=2), at=FIXED + timedelta(days=7)
    )


def fill_v3(journal: Journal) -> None:
    """Version 3 added an index only (mood by day): a few more moods for it to hold."""
    for day, mood in ((date(2026, 1, 16), 3), (date(2026, 1, 17), 5), (date(2026, 1, 18), 7)):
        journal.save_entry(
            Entry.new(
                EntryKind.FEELINGS,
                title=f"Mood {mood}",
                about=day,
                mood=mood,
                created_at=FIXED,
                updated_at=FIXED,
            ),
            touch=False,
        )


def fill_v4(journal: Journal) -> None:
    """Version 4 added the next session: the feelings entry marked, two questions."""
    journal.session.restore_mark(
        SessionMark(entry_uuid=UUID(int=1), marked_at=FIXED + timedelta(days=3))
    )
    journal.session.save_question(
        SessionQuestion(
            uuid=UUID(int=0xA1),
            text="How do we slow down when one of us feels rushed?",
            entry_uuid=UUID(int=1),
            created_at=FIXED + timedelta(days=3),
        )
    )
    journal.session.save_question(
        SessionQuestion(
            uuid=UUID(int=0xA2),
            text="Fixture question, talked about",
            created_at=FIXED + timedelta(days=4),
            done_at=FIXED + timedelta(days=10),
        )
    )


#: What each schema version added to the fixture, in order.
ADDED_IN: list[Callable[[Journal], None]] = [fill_v1, fill_v2, fill_v3, fill_v4]


def main() -> int:
    target = Path(__file__).with_name(f"journal-v{SCHEMA_VERSION}.hpj")
    if target.exists():
        print(f"{target} exists; fixtures are never regenerated.", file=sys.stderr)
        return 1
    if len(ADDED_IN) != SCHEMA_VERSION:
        print(f"Say what schema version {SCHEMA_VERSION} adds (ADDED_IN).", file=sys.stderr)
        return 1
    with Journal.create(target, PASSPHRASE) as journal:
        for fill in ADDED_IN:
            fill(journal)
        journal.vault.checkpoint()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
