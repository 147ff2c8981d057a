"""Write the fixture journal for the CURRENT schema version (run once per new version).

    python tests/data/make_fixture.py

Never regenerate an existing fixture: each one freezes what that schema version wrote,
so tests can prove every later version still opens and migrates it.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import plan_around_event
from hallpass_journal.domain.entries import EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.migrations import SCHEMA_VERSION

PASSPHRASE = "fixture passphrase v1"
FIXED = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)


def main() -> int:
    target = Path(__file__).with_name(f"journal-v{SCHEMA_VERSION}.hpj")
    if target.exists():
        print(f"{target} exists; fixtures are never regenerated.", file=sys.stderr)
        return 1
    with Journal.create(target, PASSPHRASE) as journal:
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
        journal.vault.checkpoint()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
