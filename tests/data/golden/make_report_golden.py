"""The golden reports: a small, fixed journal and its Markdown, HTML and agreement exports.

``fill_report_journal`` writes the same synthetic content into any empty journal: fixed
UUIDs and timestamps (at noon UTC, so every day is the same day in any time zone), a
guided entry of several kinds, feelings check-ins either side of a key event, a private
entry, one the selection unticks and one of a kind it does not choose (each holding a
canary word that must never appear, and a mood and a feeling no chosen entry has, so
that a figure counting them would show),
an agreement in two versions with its consent record, session marks and questions, and
text with markup characters, ligature-prone words and Hebrew, Arabic and Chinese.

``tests/unit/reports/test_golden.py`` checks that the exporters write exactly the files
here. Regenerate only on purpose, after a deliberate change to what a report says or how
it is laid out (read the diff first)::

    .venv/bin/python tests/data/golden/make_report_golden.py          # check (exit 1 if stale)
    .venv/bin/python tests/data/golden/make_report_golden.py --write   # write them
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hallpass_journal.domain.agreements import (  # noqa: E402
    Agreement,
    AgreementStatus,
    AgreementTerms,
    AgreementVersion,
    StatusChange,
)
from hallpass_journal.domain.entries import (  # noqa: E402
    CheckInAnswers,
    ChecklistAnswers,
    ConversationAnswers,
    DebriefAnswers,
    EmotionRating,
    Entry,
    FeelingsAnswers,
    HurtStepAnswers,
    ReflectionAnswers,
    RepairItem,
    RepairPlanAnswers,
)
from hallpass_journal.domain.events import EventType, KeyEvent  # noqa: E402
from hallpass_journal.domain.session import SessionQuestion  # noqa: E402
from hallpass_journal.domain.settings import PARTNER_NAME  # noqa: E402
from hallpass_journal.domain.vocabulary import EntryKind  # noqa: E402
from hallpass_journal.services.journal import Journal  # noqa: E402

HERE = Path(__file__).parent
TODAY = date(2026, 4, 30)
AGREEMENT = UUID(int=0xA1)
PRIVATE = UUID(int=0x0F)
EXCLUDED = UUID(int=0x0E)
#: An entry of the one kind the golden selection does not choose.
OTHER_KIND = UUID(int=0x0D)
UNCHOSEN_KIND = EntryKind.SAFETY
PRIVATE_CANARY = "PRIVATECANARY"
EXCLUDED_CANARY = "EXCLUDEDCANARY"
KIND_CANARY = "KINDCANARY"
#: The feelings only the private, the unticked and the unchosen-kind entry rated: no
#: figure of a report may hold them (nor their moods: 0, 10 and 1).
LEFT_OUT_FEELINGS = {PRIVATE: "anger", EXCLUDED: "shame", OTHER_KIND: "overwhelm"}
SPECIAL = "Tom & Jerry <b>not bold</b> *not italic* _x_ [link](http://x) | pipe `tick` “quotes”"
LIGATURES = "The office was fluffy, efficient and affluent."
HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
CHINESE = "你好世界"
#: What the golden files are made of.
GOLDEN_FILES = ("report.md", "report.html", "agreement.html")


def at(month: int, day: int, hour: int = 12) -> datetime:
    """A fixed UTC time in 2026 (noon: the same day in every time zone)."""
    return datetime(2026, month, day, hour, tzinfo=UTC)


def _entry(n: int, kind: EntryKind, day: date, **fields: object) -> Entry:
    stamp = at(day.month, day.day)
    return Entry.new(
        kind, uuid=UUID(int=n), about=day, created_at=stamp, updated_at=stamp, **fields
    )


def _check_ins() -> list[Entry]:
    """Feelings check-ins either side of the encounter (15 March): enough to compare."""
    moods = {9: 5, 10: 4, 11: 5, 12: 4, 16: 7, 17: 8, 18: 7, 19: 8}
    out = []
    for n, (day, mood) in enumerate(moods.items(), start=0x40):
        jealousy = 7 if day < 15 else 3
        out.append(
            _entry(
                n,
                EntryKind.FEELINGS,
                date(2026, 3, day),
                title="Evening check-in",
                mood=mood,
                emotions=[
                    EmotionRating(name="jealousy", intensity=jealousy),
                    EmotionRating(name="calm", intensity=mood - 1),
                ],
                answers=FeelingsAnswers(needs=["rest"]),
            )
        )
    return out


def entries() -> list[Entry]:
    """Every entry of the golden journal."""
    return [
        _entry(
            1,
            EntryKind.FEELINGS,
            date(2026, 3, 2),
            title="Morning check-in",
            body=f"{LIGATURES}\n{SPECIAL}\n\nA second paragraph.\n# not a heading\n1. not a list",
            mood=4,
            tags=["morning", "work"],
            emotions=[
                EmotionRating(name="jealousy", intensity=6),
                EmotionRating(name="calm", intensity=3),
            ],
            answers=FeelingsAnswers(
                needs=["reassurance", "time"], telling_me="I need to hear that we are still us."
            ),
        ),
        _entry(
            2,
            EntryKind.REFLECTION,
            date(2026, 3, 4),
            title="Thinking it through",
            answers=ReflectionAnswers(
                structure="monogamy_value",
                hoping_for="To stop pretending the curiosity is not there.",
                motives=["curiosity", "avoiding_secrecy"],
                what_counts="Kissing counts.",
            ),
        ),
        _entry(
            3,
            EntryKind.READINESS,
            date(2026, 3, 5),
            title="Are we ready?",
            answers=ChecklistAnswers(
                kind="readiness",
                ticked={"both_want_to_talk": True, "boundaries_named": False},
                ticked_on={"both_want_to_talk": date(2026, 3, 5)},
                notes={"boundaries_named": "Next weekend."},
            ),
        ),
        _entry(
            PRIVATE.int,
            EntryKind.FREE,
            date(2026, 3, 6),
            title=f"Private {PRIVATE_CANARY}",
            body=f"Kept to myself: {PRIVATE_CANARY}.",
            private=True,
            mood=0,
            emotions=[EmotionRating(name="anger", intensity=10)],
        ),
        _entry(
            EXCLUDED.int,
            EntryKind.FREE,
            date(2026, 3, 7),
            title=f"Unticked {EXCLUDED_CANARY}",
            body=f"Not for the session: {EXCLUDED_CANARY}.",
            mood=10,
            emotions=[
                EmotionRating(name="shame", intensity=10),
                EmotionRating(name="jealousy", intensity=0),
            ],
        ),
        _entry(
            OTHER_KIND.int,
            UNCHOSEN_KIND,
            date(2026, 3, 21),
            title=f"Safety {KIND_CANARY}",
            body=f"A kind not chosen: {KIND_CANARY}.",
            mood=1,
            emotions=[
                EmotionRating(name="overwhelm", intensity=10),
                EmotionRating(name="calm", intensity=0),
            ],
        ),
        _entry(
            6,
            EntryKind.CONVERSATION,
            date(2026, 3, 8),
            title=f"{HEBREW} · {ARABIC} · {CHINESE}",
            body=f"{HEBREW}\n{ARABIC}\n{CHINESE}",
            answers=ConversationAnswers(
                scripts_used=[], what_went_well="We listened.", next_steps="Talk on Sunday."
            ),
        ),
        *_check_ins(),
        _entry(
            7,
            EntryKind.CHECK_IN,
            date(2026, 3, 14),
            title="Before",
            answers=CheckInAnswers(
                check_in_kind="before", consent_confirmed=True, how_are_we="Steady."
            ),
        ),
        _entry(
            8,
            EntryKind.DEBRIEF,
            date(2026, 3, 20),
            title="Debrief",
            answers=DebriefAnswers(
                agreement_uuid=AGREEMENT,
                how_feeling="Tired, relieved.",
                what_hurt="The waiting.",
                decision="continue",
            ),
        ),
        _entry(
            9,
            EntryKind.HURT_STEP,
            date(2026, 3, 22),
            title="Step one",
            answers=HurtStepAnswers(step=1, responses={"what_i_feel": "Raw, but calmer."}),
        ),
        _entry(
            10,
            EntryKind.REPAIR_PLAN,
            date(2026, 3, 25),
            title="Our repair plan",
            answers=RepairPlanAnswers(
                items=[
                    RepairItem(
                        phase="immediate",
                        id="acknowledge_hurt",
                        text="",
                        done=True,
                        done_on=date(2026, 3, 26),
                    ),
                    RepairItem(
                        phase="short_term", text="Walk together on Sundays.", note="Twice so far."
                    ),
                ]
            ),
        ),
        _entry(11, EntryKind.FREE, date(2026, 4, 2), title="", body="An entry without a title."),
    ]


def agreement() -> Agreement:
    """An agreement in two versions: drafted, agreed, active."""
    first = AgreementTerms(
        intention="To be honest about curiosity.",
        permitted=["One evening"],
        frequency="one_time",
        disclosure="none",
        pause_phrase="Can we stop for a moment?",
    )
    second = first.model_copy(
        update={
            "permitted": ["One evening", "Dinner first"],
            "disclosure": "partial",
            "health_safety": ["Tests before and after"],
        }
    )
    return Agreement(
        uuid=AGREEMENT,
        title="Our agreement",
        created_at=at(3, 1),
        versions=[
            AgreementVersion(number=1, created_at=at(3, 1), terms=first),
            AgreementVersion(
                number=2, created_at=at(3, 3), terms=second, change_note="Added health & safety."
            ),
        ],
        history=[
            StatusChange(status=AgreementStatus.DRAFT, at=at(3, 1), note="First draft."),
            StatusChange(
                status=AgreementStatus.AGREED, at=at(3, 4), note="Agreed together with Sam."
            ),
            StatusChange(status=AgreementStatus.ACTIVE, at=at(3, 12)),
        ],
    )


def fill_report_journal(journal: Journal) -> None:
    """Write the golden content into an empty ``journal``."""
    with journal.bulk():
        for entry in entries():
            journal.save_entry(entry, touch=False)
        journal.agreements.save(agreement())
        journal.settings.set(PARTNER_NAME, "Sam")
        journal.events.save(
            KeyEvent(
                uuid=UUID(int=0xE1),
                type=EventType.FIRST_CONVERSATION,
                on=date(2026, 3, 1),
                title="We talked",
                created_at=at(3, 1),
            )
        )
        journal.events.save(
            KeyEvent(
                uuid=UUID(int=0xE2),
                type=EventType.ENCOUNTER,
                on=date(2026, 3, 15),
                created_at=at(3, 15),
            )
        )
        for uid in (UUID(int=1), UUID(int=6), PRIVATE):
            journal.session.mark(uid, True)
        journal.session.save_question(
            SessionQuestion(
                uuid=UUID(int=0x51),
                text="Why does the jealousy peak at night?",
                created_at=at(3, 2),
            )
        )
        journal.session.save_question(
            SessionQuestion(
                uuid=UUID(int=0x52),
                text="Talked about already",
                created_at=at(3, 3),
                done_at=at(3, 9),
            )
        )


def selection():  # noqa: ANN201 (imported late: reports need Qt)
    """What the golden reports hold: March and April, every kind but one, one entry unticked."""
    from hallpass_journal.reports.selection import ExportSelection

    return ExportSelection(
        since=date(2026, 3, 1),
        until=TODAY,
        kinds=frozenset(kind for kind in EntryKind if kind is not UNCHOSEN_KIND),
        excluded=frozenset({EXCLUDED}),
        chart=True,
        initials="R.",
    )


def write_goldens(journal: Journal, folder: Path) -> None:
    """Export the three golden files of ``journal`` into ``folder``."""
    import dataclasses

    from hallpass_journal.reports.agreement_document import write_agreement
    from hallpass_journal.reports.exporters import HTML, MARKDOWN

    chosen = selection()
    MARKDOWN.write_selection(journal, folder / "report.md", chosen, today=TODAY)
    # The chart is an image whose pixels depend on the fonts installed: off for the
    # golden HTML (the tests check the chart on their own).
    no_chart = dataclasses.replace(chosen, chart=False)
    HTML.write_selection(journal, folder / "report.html", no_chart, today=TODAY)
    write_agreement(
        journal,
        AGREEMENT,
        folder / "agreement.html",
        version=2,
        compare_with=1,
        fmt="html",
        today=TODAY,
    )


def main(argv: list[str]) -> int:
    """Rebuild the reports in a throwaway journal; compare with (or ``--write``) the files."""
    from hallpass_journal.reports.gui import ensure_gui_app
    from hallpass_journal.storage import keys

    ensure_gui_app()
    keys.set_test_params(keys.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with Journal.create(out / "golden.hpj", "golden report passphrase") as journal:
            fill_report_journal(journal)
            write_goldens(journal, out)
        fresh = {name: (out / name).read_bytes() for name in GOLDEN_FILES}
    if "--write" in argv:
        for name, data in fresh.items():
            (HERE / name).write_bytes(data)
            print(f"wrote {HERE / name}")
        return 0
    stale = [
        n for n, data in fresh.items() if not (HERE / n).exists() or (HERE / n).read_bytes() != data
    ]
    for name in stale:
        print(f"{name} differs from what the exporters write now", file=sys.stderr)
    if not stale:
        print("the golden reports are up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
