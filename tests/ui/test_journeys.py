"""Journeys across sections, through the real workspace and a real encrypted journal:
a debrief that decides to change the agreement ends in a new, pre-filled version; an
encounter recorded as a key moment brings its check-in to Home, and answering it there
records the completion."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import CheckInKind
from hallpass_journal.domain.entries import CheckInAnswers, DebriefAnswers
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.guided.form import GuidedForm
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.agreement_view import AgreementView
from hallpass_journal.ui.views.guides_view import GuidesView
from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.windows.sections import GUIDED_START, default_sections

TERMS = AgreementTerms(
    intention="Curiosity we share",
    permitted=["One evening", "Dancing"],
    excluded=["Staying the night"],
    frequency="one_time",
    pause_phrase="Blue umbrella",
)


def click(qtbot, button: QAbstractButton) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def active_agreement(journal: Journal) -> None:
    agreement = journal.agreements.create("Our evening", TERMS).agreement
    journal.agreements.change_status(agreement.uuid, AgreementStatus.AGREED, "Both of us")
    journal.agreements.change_status(agreement.uuid, AgreementStatus.ACTIVE)


def test_a_debrief_choosing_modify_ends_in_a_new_prefilled_version(
    qtbot,
    host,
    journal,
    dialogs,  # noqa: ANN001
) -> None:
    active_agreement(journal)
    (agreement,) = journal.agreements.list()
    page = WorkspacePage(journal, default_sections())
    host(page)
    page.route_action(GUIDED_START, "debrief")
    guides = page.view("guides", create=False)
    assert isinstance(guides, GuidesView) and isinstance(guides.form, GuidedForm)
    form = guides.form
    form.control("what_hurt").edit.setPlainText("The evening ran later than we said.")
    click(qtbot, form.control("decision").buttons["modify"])
    click(qtbot, form.save_button)

    # The debrief is kept, tied to the agreement, and the Agreement section took over
    # with the next version open, pre-filled from the current one.
    (debrief,) = [e for e in journal.entries.iter_all() if e.kind is EntryKind.DEBRIEF]
    assert isinstance(debrief.answers, DebriefAnswers)
    assert debrief.answers.decision == "modify"
    assert debrief.answers.agreement_uuid == agreement.uuid
    assert page.current_section() == "agreement"
    view = page.view("agreement", create=False)
    assert isinstance(view, AgreementView) and view.editing_open()
    editor = view.editor
    assert editor.fields["permitted"].toPlainText() == "One evening\nDancing"
    assert editor.fields["pause_phrase"].text() == "Blue umbrella"

    qtbot.keyClicks(editor.change_note, "Home by midnight, after the debrief.")
    editor.fields["permitted"].setPlainText("One evening, home by midnight\nDancing")
    click(qtbot, editor.save_button)

    stored = journal.agreements.get(agreement.uuid)
    assert stored is not None and [v.number for v in stored.versions] == [1, 2]
    assert stored.versions[0].terms == TERMS
    second = stored.versions[1]
    assert second.change_note == "Home by midnight, after the debrief."
    assert second.terms.permitted == ["One evening, home by midnight", "Dancing"]
    # Everything not changed came over from version 1.
    assert second.terms.model_copy(update={"permitted": TERMS.permitted}) == TERMS
    assert stored.status is AgreementStatus.ACTIVE
    page.teardown()


def test_an_encounter_brings_its_check_in_to_home_and_answering_it_completes_it(
    qtbot,
    host,
    journal,
    dialogs,  # noqa: ANN001
) -> None:
    active_agreement(journal)
    (agreement,) = journal.agreements.list()
    zone = journal.schedule.zone
    two_days_ago = (datetime.now(zone) - timedelta(days=2)).date()
    # Recorded ahead of time, as a careful couple would: every check-in is planned.
    encounter = KeyEvent(
        type=EventType.ENCOUNTER,
        on=two_days_ago,
        time=time(19, 0),
        agreement_uuid=agreement.uuid,
        created_at=datetime.now(zone) - timedelta(days=5),
    )
    journal.events.save(encounter)
    planned = {c.kind for c in journal.check_ins.all()}
    assert {CheckInKind.BEFORE, CheckInKind.RIGHT_AFTER, CheckInKind.ONE_WEEK} <= planned

    page = WorkspacePage(journal, default_sections())
    host(page)
    home = page.view("home")
    assert isinstance(home, HomeView)
    right_after = next(c for c in journal.check_ins.all() if c.kind is CheckInKind.RIGHT_AFTER)
    assert str(right_after.uuid) in home.due.rows  # due yesterday morning: shown, gently
    click(qtbot, home.due.rows[str(right_after.uuid)].start_button)

    assert page.current_section() == "guides"
    guides = page.view("guides", create=False)
    assert isinstance(guides, GuidesView) and isinstance(guides.form, GuidedForm)
    form = guides.form
    form.control("how_are_we").edit.setPlainText("Tender, and talking.")
    click(qtbot, form.save_button)

    done = journal.check_ins.get(right_after.uuid)
    assert done is not None and done.completed_at is not None
    entry = journal.entries.get(done.completed_entry_uuid)  # type: ignore[arg-type]
    assert entry is not None and isinstance(entry.answers, CheckInAnswers)
    assert entry.answers.check_in_uuid == right_after.uuid
    assert entry.answers.how_are_we == "Tender, and talking."
    page.show_section("home")
    assert str(right_after.uuid) not in home.due.rows
    page.teardown()
