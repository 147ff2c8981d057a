"""The Agreement section with real widgets and a real encrypted journal."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from hallpass_journal.domain.agreements import (
    FIELD_HELP,
    STATUS_SINCE,
    Agreement,
    AgreementStatus,
    AgreementTerms,
)
from hallpass_journal.domain.entries import PauseAnswers, utc_now
from hallpass_journal.domain.events import EventType
from hallpass_journal.domain.scripts import script
from hallpass_journal.domain.settings import PARTNER_NAME
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.agreement import lifecycle
from hallpass_journal.ui.agreement.compare_dialog import CompareDialog
from hallpass_journal.ui.agreement.event_dialog import EventDialog
from hallpass_journal.ui.agreement.events_panel import CheckInDaysDialog
from hallpass_journal.ui.dialogs.consent_dialog import ConsentDialog
from hallpass_journal.ui.dialogs.pause_dialog import PauseDialog
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.agreement_view import AgreementView
from hallpass_journal.ui.windows.sections import (
    AGREEMENT_END,
    AGREEMENT_PAUSE,
    AGREEMENT_RENEGOTIATE,
    AGREEMENT_SHOW,
    default_sections,
)

TERMS = AgreementTerms(
    intention="Curiosity we share",
    permitted=["Kissing", "Dancing"],
    frequency="one_time",
    pause_phrase="Blue umbrella",
)


@pytest.fixture
def view(qtbot, host, journal, dialogs) -> AgreementView:  # noqa: ANN001
    widget = AgreementView(journal)
    host(widget)
    return widget


def make(journal: Journal, status: AgreementStatus, terms: AgreementTerms = TERMS) -> Agreement:
    """An agreement moved through the lifecycle to ``status``."""
    agreement = journal.agreements.create("Our weekend", terms).agreement
    path = {
        AgreementStatus.DRAFT: [],
        AgreementStatus.AGREED: [AgreementStatus.AGREED],
        AgreementStatus.ACTIVE: [AgreementStatus.AGREED, AgreementStatus.ACTIVE],
        AgreementStatus.PAUSED: [
            AgreementStatus.AGREED,
            AgreementStatus.ACTIVE,
            AgreementStatus.PAUSED,
        ],
        AgreementStatus.ENDED: [AgreementStatus.ENDED],
    }[status]
    for step in path:
        agreement = journal.agreements.change_status(agreement.uuid, step).agreement
    return agreement


def entry_kinds(journal: Journal) -> list[EntryKind]:
    return [e.kind for e in journal.entries.iter_all()]


def click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- empty state and writing terms ------------------------------------------------------


def test_empty_state_is_calm_and_starts_an_agreement(qtbot, view, journal) -> None:  # noqa: ANN001
    assert view.left.currentWidget() is view.empty_page
    assert view.start_button.isVisible()
    assert not view.lifecycle.isVisible()
    assert view.tabs.currentWidget() is view.events_panel  # key moments still reachable

    click(qtbot, view.start_button)
    editor = view.editor
    assert view.pages.currentWidget() is editor
    assert editor.title_edit.isVisible() and not editor.change_note.isVisible()
    for name, help_label in editor.help_labels.items():
        assert help_label.text() == FIELD_HELP[name] and help_label.isVisible()
    assert "pause phrase" in editor.hints.text()  # gentle, from the start

    qtbot.keyClicks(editor.title_edit, "Our one-time pass")
    qtbot.keyClicks(editor.fields["intention"], "Curiosity")
    editor.fields["permitted"].setPlainText("Kissing\n\n  Dancing close \n")
    editor.fields["disclosure"].setCurrentIndex(editor.fields["disclosure"].findData("partial"))
    editor.fields["pause_phrase"].setText("Blue umbrella")
    editor.fields["health_safety"].setPlainText("Condoms\nA test afterwards")
    editor.update_hints()
    assert "pause phrase" not in editor.hints.text()
    click(qtbot, editor.save_button)

    [agreement] = journal.agreements.list()
    assert agreement.title == "Our one-time pass"
    assert agreement.status == AgreementStatus.DRAFT
    terms = agreement.current.terms
    assert terms.permitted == ["Kissing", "Dancing close"]
    assert terms.disclosure == "partial"
    assert terms.health_safety == ["Condoms", "A test afterwards"]
    assert terms.pause_phrase == "Blue umbrella"
    assert view.pages.currentIndex() == 0
    assert view.title_label.text() == "Our one-time pass"
    assert "Dancing close" in view.reader.toPlainText()
    assert view.lifecycle.status_label.text().startswith("A draft since ")


def test_hints_never_block_saving(qtbot, view, journal) -> None:  # noqa: ANN001
    view.start_new()
    view.editor.fields["permitted"].setPlainText("whatever feels right")
    view.editor.update_hints()
    assert "“whatever feels right”" in view.editor.hints.text()
    assert view.save_editor()
    assert journal.agreements.list()[0].current.terms.permitted == ["whatever feels right"]


def test_cancelling_with_unsaved_words_asks_once(qtbot, view, journal, dialogs) -> None:  # noqa: ANN001
    view.start_new()
    qtbot.keyClicks(view.editor.fields["notes"], "half a thought")
    dialogs.confirm_answers = [False]
    click(qtbot, view.editor.cancel_button)
    assert view.editing_open()
    dialogs.confirm_answers = [True]
    click(qtbot, view.editor.cancel_button)
    assert not view.editing_open()
    assert journal.agreements.list() == []


# -- lifecycle ----------------------------------------------------------------------------


def test_only_moves_allowed_now_have_buttons(view, journal) -> None:  # noqa: ANN001
    expected = {
        AgreementStatus.DRAFT: {lifecycle.CONSENT, lifecycle.RENEGOTIATE, lifecycle.END},
        AgreementStatus.AGREED: {
            lifecycle.ACTIVATE,
            lifecycle.TO_DRAFT,
            lifecycle.RENEGOTIATE,
            lifecycle.END,
        },
        AgreementStatus.ACTIVE: {lifecycle.PAUSE, lifecycle.RENEGOTIATE, lifecycle.END},
        AgreementStatus.PAUSED: {lifecycle.RESUME, lifecycle.RENEGOTIATE, lifecycle.END},
        AgreementStatus.ENDED: {lifecycle.START_NEW},
    }
    for status, moves in expected.items():
        agreement = make(journal, status)
        assert view.select(str(agreement.uuid)) is not None
        assert set(view.lifecycle.visible_moves()) == moves, status
        label = view.lifecycle.status_label
        assert label.accessibleDescription().lower() == status.value
        assert label.text().startswith(STATUS_SINCE[status].split("{")[0])
        assert label.text().endswith(str(date.today().year))


def test_consent_records_agreed_with_day_note_and_partner_name(qtbot, view, journal) -> None:  # noqa: ANN001
    five_days_ago = utc_now() - timedelta(days=5)
    journal.settings.set(PARTNER_NAME, "Sam")
    agreement = journal.agreements.create("Our weekend", TERMS, at=five_days_ago).agreement
    view.refresh()

    click(qtbot, view.lifecycle.buttons[lifecycle.CONSENT])
    dialog = view.dialog
    assert isinstance(dialog, ConsentDialog)
    assert dialog.partner_edit.text() == "Sam"  # from the journal's setting
    assert not dialog.ok_button.isEnabled()  # nothing is recorded without the tick
    assert dialog.date_edit.maximumDate() == QDate.currentDate()  # never ahead
    dialog.agree_check.setChecked(True)
    dialog.partner_edit.setText("Samira")
    back = date.today() - timedelta(days=3)
    dialog.date_edit.setDate(QDate(back.year, back.month, back.day))
    qtbot.keyClicks(dialog.note_edit, "Talked it through on the sofa.")
    click(qtbot, dialog.ok_button)

    stored = journal.agreements.get(agreement.uuid)
    assert stored.status == AgreementStatus.AGREED
    agreed = stored.history[-1]
    assert agreed.at.astimezone().date() == back
    assert "Talked it through on the sofa." in agreed.note
    assert "Samira" in agreed.note
    assert journal.settings.get(PARTNER_NAME) == "Samira"
    assert entry_kinds(journal).count(EntryKind.AGREEMENT) == 2  # drafted, agreed
    assert view.lifecycle.status_label.text().startswith("Agreed by both of you on")
    assert "Agreed" in view.history_panel.lines()[0]


def test_a_refused_move_shows_the_reason_and_writes_nothing(view, journal, dialogs) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.DRAFT)
    before = entry_kinds(journal)
    assert view.handle_action(AGREEMENT_PAUSE, str(agreement.uuid)) is False
    assert dialogs.calls == [
        ("inform", "Not possible right now", "Only an active agreement can be paused.")
    ]
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.DRAFT
    assert entry_kinds(journal) == before
    assert view.dialog is None

    ended = make(journal, AgreementStatus.ENDED)
    assert view.handle_action(AGREEMENT_END, str(ended.uuid)) is False
    assert dialogs.calls[-1][2] == "An ended agreement stays ended. You can start a new one."
    assert "confirm" not in dialogs.kinds()  # nothing to ask about


def test_allowed_moves_go_through_the_lifecycle(qtbot, view, journal) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.AGREED)
    view.refresh()
    click(qtbot, view.lifecycle.buttons[lifecycle.ACTIVATE])
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.ACTIVE
    assert view.lifecycle.status_label.text().startswith("Active since ")
    assert lifecycle.PAUSE in view.lifecycle.visible_moves()


def test_pause_at_once_then_the_phrase_and_the_reason_kept(qtbot, view, journal) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    click(qtbot, view.lifecycle.buttons[lifecycle.PAUSE])

    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.PAUSED
    pauses = [e for e in journal.entries.iter_all() if e.kind == EntryKind.PAUSE]
    assert len(pauses) == 1 and pauses[0].answers.agreement_uuid == agreement.uuid
    dialog = view.dialog
    assert isinstance(dialog, PauseDialog)
    assert dialog.phrase_label.text() == "“Blue umbrella”"
    assert dialog.script_label.text() == script("calm_conversation").text
    assert lifecycle.RESUME in view.lifecycle.visible_moves()

    qtbot.keyClicks(dialog.reason_edit, "It all felt too fast.")
    click(qtbot, dialog.save_button)
    pause = journal.entries.get(pauses[0].uuid)
    assert isinstance(pause.answers, PauseAnswers)
    assert pause.answers.reason == "It all felt too fast."
    assert view.dialog is None


def test_pause_without_a_phrase_says_so_gently(qtbot, view, journal) -> None:  # noqa: ANN001
    make(journal, AgreementStatus.ACTIVE, AgreementTerms(intention="x"))
    view.refresh()
    dialog = view.flows.pause()
    assert dialog is not None
    assert "not agreed on a pause phrase" in dialog.phrase_caption.text()
    click(qtbot, dialog.close_button)
    pause = next(e for e in journal.entries.iter_all() if e.kind == EntryKind.PAUSE)
    assert pause.answers.reason == ""  # closing keeps the pause, adds nothing


def test_resume_is_deliberate_with_an_optional_note(qtbot, view, journal) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.PAUSED)
    view.refresh()
    click(qtbot, view.lifecycle.buttons[lifecycle.RESUME])
    dialog = view.dialog
    assert isinstance(dialog, lifecycle.NoteDialog)
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.PAUSED  # not yet
    qtbot.keyClicks(dialog.note_edit, "We talked; both ready.")
    click(qtbot, dialog.ok_button)
    stored = journal.agreements.get(agreement.uuid)
    assert stored.status == AgreementStatus.ACTIVE
    assert stored.history[-1].note == "We talked; both ready."


def test_end_asks_once_and_is_final(qtbot, view, journal, dialogs) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    dialogs.confirm_answers = [False]
    click(qtbot, view.lifecycle.buttons[lifecycle.END])
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.ACTIVE
    assert dialogs.calls[-1][0] == "confirm" and "Ending is final" in dialogs.calls[-1][2]

    dialogs.confirm_answers = [True]
    assert view.handle_action(AGREEMENT_END, str(agreement.uuid))
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.ENDED
    assert dialogs.kinds() == ["confirm", "confirm"]  # once per attempt
    assert view.lifecycle.visible_moves() == [lifecycle.START_NEW]
    assert view.lifecycle.ended_note.isVisible()


def test_words_in_the_pause_dialog_are_kept_however_it_closes(qtbot, view, journal) -> None:  # noqa: ANN001
    make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    dialog = view.flows.pause()
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "I needed to breathe.")
    qtbot.keyClicks(dialog.need_edit, "A walk")
    dialog.reject()  # Close, Esc, and locking (close_modal_dialogs) all reject
    pause = next(e for e in journal.entries.iter_all() if e.kind == EntryKind.PAUSE)
    assert isinstance(pause.answers, PauseAnswers)
    assert pause.answers.reason == "I needed to breathe."
    assert pause.answers.what_i_need == "A walk"
    assert view.dialog is None


def test_locking_keeps_the_reason_written_in_the_pause_dialog(qtbot, view, journal) -> None:  # noqa: ANN001
    make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    dialog = view.flows.pause()
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "Too much at once.")
    view.wipe()  # the lock closes the dialog without carrying it out
    pause = next(e for e in journal.entries.iter_all() if e.kind == EntryKind.PAUSE)
    assert pause.answers.reason == "Too much at once."
    assert pause.answers.what_i_need == ""


def test_ending_goes_through_past_unsaved_words_which_stay(qtbot, view, journal, dialogs) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    assert view.handle_action(AGREEMENT_RENEGOTIATE, str(agreement.uuid))
    qtbot.keyClicks(view.editor.change_note, "Slower, please")
    dialogs.confirm_answers = [True]
    assert view.handle_action(AGREEMENT_END, str(agreement.uuid))
    assert dialogs.kinds() == ["confirm"]
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.ENDED
    assert view.editing_open() and view.editor.note() == "Slower, please"
    # Saving those words now says why not, and keeps them.
    view.editor.fields["notes"].setPlainText("One more idea")
    click(qtbot, view.editor.save_button)
    assert "An ended agreement stays ended" in view.editor.status.text()
    assert [v.number for v in journal.agreements.get(agreement.uuid).versions] == [1]
    assert view.editing_open() and view.editor.note() == "Slower, please"


def test_a_restored_draft_does_not_stop_ending_or_renegotiating(
    qtbot,
    host,
    journal,
    dialogs,  # noqa: ANN001
) -> None:
    first = make(journal, AgreementStatus.ACTIVE)
    other = make(journal, AgreementStatus.ACTIVE)
    before = AgreementView(journal)
    host(before)
    before.select(str(first.uuid))
    before.start_version(first)
    qtbot.keyClicks(before.editor.change_note, "Words from before the lock")
    before.flush()
    before.wipe()

    view = AgreementView(journal)  # opening the section again brings the draft back
    host(view)
    assert view.drafts.restored and view.editing_open() and view.editor.dirty

    # Renegotiating another agreement: the open edit is shown, calmly, nothing lost.
    assert view.handle_action(AGREEMENT_RENEGOTIATE, str(other.uuid))
    assert view.editing_open() and view.editing == first.uuid
    assert view.editor.note() == "Words from before the lock"
    assert "nothing is lost" in view.editor.status.text()
    assert dialogs.kinds() == []
    assert len(journal.agreements.get(other.uuid).versions) == 1

    # Ending (as a debrief's "stop" asks) asks once and ends; the edit stays open.
    dialogs.confirm_answers = [True]
    assert view.handle_action(AGREEMENT_END, str(other.uuid))
    assert dialogs.kinds() == ["confirm"]
    assert journal.agreements.get(other.uuid).status == AgreementStatus.ENDED
    assert journal.agreements.get(first.uuid).status == AgreementStatus.ACTIVE
    assert view.editing_open() and view.editor.note() == "Words from before the lock"


def test_the_current_agreement_is_the_one_in_use_not_a_newer_draft(view, journal) -> None:  # noqa: ANN001
    in_use = make(journal, AgreementStatus.ACTIVE)
    journal.agreements.create("An idea for later", AgreementTerms())
    view.refresh()
    assert view.agreement is not None and view.agreement.uuid == in_use.uuid
    assert view.select("") is view.agreement


# -- versions -----------------------------------------------------------------------------


def test_renegotiate_writes_version_two_and_keeps_version_one(qtbot, view, journal) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    assert view.handle_action(AGREEMENT_RENEGOTIATE, str(agreement.uuid))
    editor = view.editor
    assert view.editing_open() and editor.change_note.isVisible()
    qtbot.waitUntil(editor.change_note.hasFocus)
    assert editor.fields["permitted"].toPlainText() == "Kissing\nDancing"  # prefilled
    assert editor.save_button.text() == "Save as version 2"

    editor.show_status("")
    click(qtbot, editor.save_button)  # nothing changed: no new version
    assert len(journal.agreements.get(agreement.uuid).versions) == 1
    assert "Nothing in the terms has changed" in editor.status.text()

    qtbot.keyClicks(editor.change_note, "Dancing felt like too much.")
    editor.fields["permitted"].setPlainText("Kissing")
    click(qtbot, editor.save_button)

    stored = journal.agreements.get(agreement.uuid)
    assert [v.number for v in stored.versions] == [1, 2]
    assert stored.versions[0].terms == TERMS  # untouched
    assert stored.versions[1].terms.permitted == ["Kissing"]
    assert stored.versions[1].change_note == "Dancing felt like too much."
    assert stored.status == AgreementStatus.ACTIVE
    assert "the newest" in view.version_line.text()
    assert view.versions_panel.list.count() == 2
    assert "Dancing felt like too much." in view.versions_panel.list.item(0).text()


def test_reading_an_earlier_version_and_comparing(qtbot, view, journal) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    journal.agreements.new_version(
        agreement.uuid, TERMS.model_copy(update={"permitted": ["Kissing"]}), "Less"
    )
    view.refresh()
    assert "Dancing" not in view.reader.toPlainText()
    listed = [view.versions_panel.list.item(row) for row in range(2)]
    view.versions_panel.list.setCurrentRow(1)  # version 1 (newest first)
    assert view.shown_version == 1
    # Chosen from the list's own signal: the rows stay (rebuilding them there freed the
    # items the signal was still using).
    assert [view.versions_panel.list.item(row) for row in range(2)] == listed
    assert "Dancing" in view.reader.toPlainText()
    assert "earlier version" in view.version_line.text()
    click(qtbot, view.newest_button)
    assert "Dancing" not in view.reader.toPlainText()

    view.tabs.setCurrentWidget(view.versions_panel)
    click(qtbot, view.versions_panel.compare_button)
    dialog = view.dialog
    assert isinstance(dialog, CompareDialog)
    assert dialog.changed_fields == ["permitted"]
    text = dialog.browser.toPlainText()
    assert "What is permitted ◆ Changed" in text
    assert "How often unchanged" in text
    assert "line-through" in dialog.browser.toHtml()  # removed words struck through
    dialog.only_changes.setChecked(True)
    assert "How often" not in dialog.browser.toPlainText()
    dialog.right.setCurrentIndex(0)  # version 1 against itself
    assert dialog.changed_fields == []
    assert "say the same" in dialog.browser.toPlainText()
    dialog.reject()
    click(qtbot, view.compare_link)  # also beside the terms
    assert isinstance(view.dialog, CompareDialog)


def test_no_window_title_holds_the_agreement_title(qtbot, view, journal) -> None:  # noqa: ANN001
    secret = "Our Lisbon secret"
    agreement = journal.agreements.create(secret, TERMS).agreement
    journal.agreements.new_version(agreement.uuid, TERMS.model_copy(update={"notes": "x"}))
    view.refresh()
    shown = []
    compare = view.compare()
    assert isinstance(compare, CompareDialog)
    assert compare.windowTitle() == "Compare versions"
    assert compare.title_label.text() == secret  # the name is inside the dialog instead
    shown.append(compare)
    consent = view.flows.consent()
    assert consent is not None
    shown.append(consent)
    view.flows.dialog.reject()
    journal.agreements.change_status(agreement.uuid, AgreementStatus.AGREED)
    journal.agreements.change_status(agreement.uuid, AgreementStatus.ACTIVE)
    view.refresh()
    shown.append(view.flows.pause())
    view.flows.dialog.reject()
    shown.append(view.flows.resume())
    view.handle_action(AGREEMENT_RENEGOTIATE, str(agreement.uuid))
    windows = [w for w in QApplication.topLevelWidgets() if w.isWindow()]
    for widget in [*shown, *windows]:
        assert secret not in widget.windowTitle()
    view.flows.close_dialog()


# -- key moments and check-in days ----------------------------------------------------


def test_key_moments_add_change_and_delete(qtbot, view, journal, dialogs) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    panel = view.events_panel
    assert view.tabs.currentWidget() is view.history_panel  # an agreement: its history first
    view.tabs.setCurrentWidget(panel)
    click(qtbot, panel.add_button)
    dialog = view.events_panel.dialog
    assert isinstance(dialog, EventDialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(EventType.ENCOUNTER.value))
    day = date.today() - timedelta(days=2)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.timed.setChecked(True)
    qtbot.keyClicks(dialog.title_edit, "Saturday")
    click(qtbot, dialog.ok_button)

    [event] = journal.events.list()
    assert (event.type, event.on, event.title) == (EventType.ENCOUNTER, day, "Saturday")
    assert event.time is not None and event.agreement_uuid == agreement.uuid
    assert panel.list.count() == 1 and "The encounter · Saturday" in panel.list.item(0).text()

    panel.list.setCurrentRow(0)
    edit = panel.edit_selected()
    edit.title_edit.setText("Saturday night")
    edit.timed.setChecked(False)
    click(qtbot, edit.ok_button)
    [changed] = journal.events.list()
    assert changed.uuid == event.uuid
    assert (changed.title, changed.time) == ("Saturday night", None)

    panel.list.setCurrentRow(0)
    dialogs.confirm_answers = [False]
    click(qtbot, panel.delete_button)
    assert len(journal.events.list()) == 1
    dialogs.confirm_answers = [True]
    click(qtbot, panel.delete_button)
    assert journal.events.list() == []
    assert dialogs.kinds() == ["confirm", "confirm"]
    assert panel.empty.isVisible()


def test_check_in_days_are_changed_per_agreement(qtbot, view, journal) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    panel = view.events_panel
    assert view.tabs.currentWidget() is view.history_panel  # an agreement: its history first
    view.tabs.setCurrentWidget(panel)
    assert "14, 30 and 91 days" in panel.days_label.text()
    click(qtbot, panel.days_button)
    dialog = panel.dialog
    assert isinstance(dialog, CheckInDaysDialog)
    dialog.days_edit.setText("7, two weeks")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "not a number" in dialog.problem.text()
    dialog.days_edit.setText("21 7")
    click(qtbot, dialog.ok_button)
    assert journal.agreements.get(agreement.uuid).check_in_days == [7, 21]
    assert "7 and 21 days" in panel.days_label.text()


# -- several agreements and routed actions -----------------------------------------------


def test_several_agreements_get_a_picker_with_ended_ones_marked(view, journal) -> None:  # noqa: ANN001
    old = make(journal, AgreementStatus.ENDED)
    current = make(journal, AgreementStatus.ACTIVE)
    make(journal, AgreementStatus.DRAFT)
    view.refresh()
    assert view.picker.isVisible()
    assert view.agreement.uuid == current.uuid  # the one in use, not a newer draft
    texts = [view.picker.itemText(i) for i in range(view.picker.count())]
    assert texts == ["Our weekend · Draft", "Our weekend · Active", "Our weekend (ended)"]
    view.picker.setCurrentIndex(2)
    assert view.agreement.uuid == old.uuid
    assert view.handle_action(AGREEMENT_SHOW, "")
    assert view.agreement.uuid == old.uuid  # "" keeps the one shown


def test_home_reaches_pause_through_the_workspace(qtbot, host, journal, dialogs) -> None:  # noqa: ANN001
    agreement = make(journal, AgreementStatus.ACTIVE)
    page = WorkspacePage(journal, default_sections())
    host(page)
    home = page.view("home")
    home.action_requested.emit(AGREEMENT_PAUSE, str(agreement.uuid))
    assert page.current_section() == "agreement"
    view = page.view("agreement", create=False)
    assert isinstance(view, AgreementView) and isinstance(view.dialog, PauseDialog)
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.PAUSED
    view.dialog.reject()


def test_lock_wipes_what_is_shown(qtbot, view, journal) -> None:  # noqa: ANN001
    make(journal, AgreementStatus.ACTIVE)
    view.refresh()
    view.flows.pause()
    view.start_new()
    qtbot.keyClicks(view.editor.fields["notes"], "private words")
    view.wipe()
    assert view.dialog is None
    assert view.reader.toPlainText() == ""
    assert view.editor.fields["notes"].toPlainText() == ""
    assert view.picker.count() == 0 and view.history_panel.lines() == []
    assert view.agreements == [] and view.agreement is None


def test_back_dated_consent_keeps_the_history_in_order() -> None:
    from hallpass_journal.ui.agreement.flows import moment_of

    assert moment_of(date.today(), None) is None  # today: recorded now
    yesterday = date.today() - timedelta(days=1)
    noon = moment_of(yesterday, None)
    assert noon is not None and noon.date() == yesterday and noon.hour == 12
    late = datetime.combine(yesterday, datetime.min.time()).astimezone() + timedelta(hours=18)
    after = moment_of(yesterday, late)
    assert after is not None and after > late
