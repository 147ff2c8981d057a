"""The golden export: a small, fixed journal and its JSON export (the current format).

``fill_golden_journal`` writes the same synthetic content into any empty journal: fixed
UUIDs and timestamps, one entry of every kind, an agreement with two versions, a status
history and its own check-in days, key events, check-ins (completed, dismissed, snoozed),
a setting and an editor draft; since format version 3, two entries marked for the
next session and two questions for it (one talked about).
``tests/unit/services/test_export_golden.py`` checks that exporting it gives exactly
``export-v<FORMAT_VERSION>.json`` and that importing that file and exporting again gives
it back. Older golden files stay as they were made, to
prove they still import.

The key events are deliberately not encounters: the check-in schedule plans around an
encounter in the local time zone, and a golden file must be the same wherever it is made.

Regenerate only on purpose (a deliberate format change comes with a new
``format_version`` and a new file, ``export-v<N>.json``; the old file stays)::

    .venv/bin/python tests/data/make_export_golden.py           # check: exit 1 if it differs
    .venv/bin/python tests/data/make_export_golden.py --write   # write export-v<N>.json
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path
from uuid import UUID

from hallpass_journal.domain.agreements import (
    Agreement,
    AgreementStatus,
    AgreementTerms,
    AgreementVersion,
    StatusChange,
)
from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.entries import (
    AgreementNoteAnswers,
    CheckInAnswers,
    ChecklistAnswers,
    ConversationAnswers,
    DebriefAnswers,
    EmotionRating,
    Entry,
    FeelingsAnswers,
    HurtStepAnswers,
    PauseAnswers,
    ReflectionAnswers,
    RepairItem,
    RepairPlanAnswers,
)
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.session import SessionMark, SessionQuestion
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.export_json import FORMAT_VERSION, export_json
from hallpass_journal.services.journal import Journal

HERE = Path(__file__).parent
GOLDEN = HERE / f"export-v{FORMAT_VERSION}.json"

AGREEMENT = UUID(int=0xA1)
CHECK_IN_DONE = UUID(int=0xC1)
CHECK_IN_DISMISSED = UUID(int=0xC2)
CHECK_IN_OPEN = UUID(int=0xC3)
EVENT_FIRST_TALK = UUID(int=0xE1)
EVENT_AGREED = UUID(int=0xE2)
EVENT_TEST = UUID(int=0xE3)
QUESTION_OPEN = UUID(int=0xD1)
QUESTION_DONE = UUID(int=0xD2)


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A fixed UTC time in March 2026."""
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def _entries() -> list[Entry]:
    """One entry of every kind; neutral, synthetic text (a little non-ASCII on purpose)."""
    by_kind = {
        EntryKind.FEELINGS: {
            "title": "Sample feelings",
            "body": "Sample body, café 🌿.",
            "mood": 6,
            "emotions": [
                EmotionRating(name="calm", intensity=7),
                EmotionRating(name="hope", intensity=4),
            ],
            "answers": FeelingsAnswers(needs=["time"], telling_me="Sample answer."),
        },
        EntryKind.REFLECTION: {
            "answers": ReflectionAnswers(
                hoping_for="Sample hope.",
                what_counts="Sample line.",
                structure="Sample shape.",
                motives=["curiosity"],
            ),
        },
        EntryKind.READINESS: {
            "answers": ChecklistAnswers(
                kind="readiness",
                ticked={"talked": True, "time": False},
                ticked_on={"talked": date(2026, 3, 2)},
                notes={"time": "Later."},
            ),
        },
        EntryKind.SAFETY: {"answers": ChecklistAnswers(kind="safety", ticked={"consent": True})},
        EntryKind.AGREEMENT: {
            "answers": AgreementNoteAnswers(agreement_uuid=AGREEMENT, version=2, status="agreed"),
        },
        EntryKind.PAUSE: {
            "private": True,
            "answers": PauseAnswers(agreement_uuid=AGREEMENT, reason="Sample reason."),
        },
        EntryKind.CHECK_IN: {
            "answers": CheckInAnswers(
                check_in_uuid=CHECK_IN_DONE, check_in_kind="before", consent_confirmed=True
            ),
        },
        EntryKind.DEBRIEF: {
            "answers": DebriefAnswers(agreement_uuid=AGREEMENT, decision="continue"),
        },
        EntryKind.HURT_STEP: {"answers": HurtStepAnswers(step=2, responses={"q1": "Sample."})},
        EntryKind.REPAIR_PLAN: {
            "answers": RepairPlanAnswers(
                items=[
                    RepairItem(
                        phase="immediate",
                        text="Sample step.",
                        done=True,
                        id="sample",
                        done_on=date(2026, 3, 9),
                    ),
                    RepairItem(phase="long_term", text="Another step.", note="Sample note."),
                ]
            ),
        },
        EntryKind.CONVERSATION: {
            "answers": ConversationAnswers(scripts_used=["opening"], next_steps="Sample."),
        },
        EntryKind.FREE: {"title": "Sample note", "body": "Plain sample text.\nSecond line."},
    }
    entries = []
    for n, (kind, fields) in enumerate(by_kind.items(), start=1):
        fields = {"title": f"Sample {kind.value}", "tags": ["sample"], **fields}
        entries.append(
            Entry.new(
                kind,
                uuid=UUID(int=n),
                about=date(2026, 3, n),
                created_at=at(n, 20),
                updated_at=at(n, 21, 30),
                **fields,
            )
        )
    return entries


def _events() -> list[KeyEvent]:
    """Key events: with and without a time of day and an agreement, two on one day."""
    return [
        KeyEvent(
            uuid=EVENT_FIRST_TALK,
            type=EventType.FIRST_CONVERSATION,
            on=date(2026, 2, 20),
            title="Sample first talk",
            note="Sample note, café.",
            created_at=at(1, 8),
        ),
        KeyEvent(
            uuid=EVENT_TEST,
            type=EventType.TEST_RESULT,
            on=date(2026, 3, 4),
            time=time(11, 30),
            created_at=at(4, 12),
        ),
        KeyEvent(
            uuid=EVENT_AGREED,
            type=EventType.AGREEMENT_ACTIVE,
            on=date(2026, 3, 4),
            title="Sample agreement in force",
            agreement_uuid=AGREEMENT,
            created_at=at(4, 12, 5),
        ),
    ]


def fill_golden_journal(journal: Journal) -> None:
    """Write the golden content into an empty ``journal``."""
    with journal.vault.transaction():
        for entry in _entries():
            journal.save_entry(entry, touch=False)
        journal.agreements.save(
            Agreement(
                uuid=AGREEMENT,
                title="Sample agreement",
                created_at=at(1),
                check_in_days=[7, 30, 120],
                versions=[
                    AgreementVersion(
                        number=1, created_at=at(1), terms=AgreementTerms(intention="Sample.")
                    ),
                    AgreementVersion(
                        number=2,
                        created_at=at(3),
                        terms=AgreementTerms(
                            intention="Sample.", disclosure="partial", frequency="one_time"
                        ),
                        change_note="Sample change.",
                    ),
                ],
                history=[
                    StatusChange(status=AgreementStatus.DRAFT, at=at(1)),
                    StatusChange(status=AgreementStatus.AGREED, at=at(4), note="Both agreed."),
                ],
            )
        )
        journal.check_ins.save_all(
            [
                CheckIn(
                    uuid=CHECK_IN_DONE,
                    kind=CheckInKind.BEFORE,
                    due_at=at(6, 18),
                    title="Before",
                    agreement_uuid=AGREEMENT,
                    completed_entry_uuid=UUID(int=7),
                    completed_at=at(7, 21, 30),
                ),
                CheckIn(
                    uuid=CHECK_IN_DISMISSED,
                    kind=CheckInKind.RIGHT_AFTER,
                    due_at=at(8, 8),
                    title="Right after",
                    agreement_uuid=AGREEMENT,
                    dismissed=True,
                    dismissed_at=at(8, 9, 15),
                ),
                CheckIn(
                    uuid=CHECK_IN_OPEN,
                    kind=CheckInKind.ONE_WEEK,
                    due_at=at(16, 18),
                    title="One week",
                    agreement_uuid=AGREEMENT,
                    snoozed_at=at(15, 20),
                    snoozes=2,
                ),
            ]
        )
        for event in _events():
            journal.events.save(event)
        journal.settings.set("backups.keep", 5)
        journal.drafts.put("editor:new", {"title": "Sample draft", "body": ""}, at(12, 10))
        # Format version 3: the next session (two entries marked, a question of each kind).
        for n, day in ((1, 13), (7, 14)):
            journal.session.restore_mark(SessionMark(entry_uuid=UUID(int=n), marked_at=at(day)))
        journal.session.save_question(
            SessionQuestion(
                uuid=QUESTION_OPEN,
                text="Sample question, linked to its entry?",
                entry_uuid=UUID(int=1),
                created_at=at(13, 10),
            )
        )
        journal.session.save_question(
            SessionQuestion(
                uuid=QUESTION_DONE,
                text="Sample question, talked about.",
                created_at=at(14),
                done_at=at(20, 17),
            )
        )


def export_golden(journal: Journal, out: Path) -> None:
    """Export exactly as the golden file was made (private entries and drafts included)."""
    export_json(journal, out, include_private=True)


def main(argv: list[str]) -> int:
    """Rebuild the export in a throwaway journal; compare with (or ``--write``) the file."""
    with tempfile.TemporaryDirectory() as folder:
        with Journal.create(Path(folder) / "golden.hpj", "golden export passphrase") as journal:
            fill_golden_journal(journal)
            export_golden(journal, Path(folder) / "out.json")
        fresh = (Path(folder) / "out.json").read_bytes()
    if "--write" in argv:
        GOLDEN.write_bytes(fresh)
        print(f"wrote {GOLDEN}")
        return 0
    if GOLDEN.exists() and GOLDEN.read_bytes() == fresh:
        print(f"{GOLDEN.name} is up to date")
        return 0
    print(f"{GOLDEN.name} differs from what the exporter writes now", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
