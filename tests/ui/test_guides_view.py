"""The Guides section: the list, help pages, the actions other sections route here, locking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from shell_support import widgets_containing

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.entries import CheckInAnswers, DebriefAnswers, HurtStepAnswers
from hallpass_journal.domain.guides import GUIDE_PAGES, PATH_INTRO
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.ui.guided.form import GuidedForm
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.agreement_view import AgreementView
from hallpass_journal.ui.views.guides_view import GuidesView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.windows.sections import (
    AGREEMENT_END,
    AGREEMENT_RENEGOTIATE,
    GUIDE_PAGE,
    GUIDED_CHECK_IN,
    GUIDED_OPEN,
    GUIDED_START,
    default_sections,
)


@pytest.fixture
def view(qtbot, host, journal) -> GuidesView:  # noqa: ANN001
    guides = GuidesView(journal)
    host(guides)
    return guides


def pick(qtbot, button: QAbstractButton) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def open_form(view: GuidesView, action: str, argument: str) -> GuidedForm:
    assert view.handle_action(action, argument)
    assert view.pages.currentWidget() is view.form_page
    assert isinstance(view.form, GuidedForm)
    return view.form


def test_the_list_names_every_guided_entry_and_the_hurt_partners_path(qtbot, view) -> None:  # noqa: ANN001
    listed = guided_content.listed()
    rows = view.guide_list.rows
    assert list(rows) == [t.id for t in listed if t.kind is not EntryKind.HURT_STEP] + [
        t.id for t in listed if t.kind is EntryKind.HURT_STEP
    ]
    for template in listed:
        assert rows[template.id].link.text() == template.title
        assert rows[template.id].purpose.text() == template.purpose
    assert "check_in_before" not in rows and "pause" not in rows  # opened from elsewhere
    assert widgets_containing("If you feel hurt")
    assert widgets_containing(PATH_INTRO)
    assert list(view.guide_list.page_rows) == [p.id for p in GUIDE_PAGES]
    # Choosing one opens its form; Close comes back to the list.
    qtbot.mouseClick(rows["reflection"].link, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.form_page
    assert view.form is not None and view.form.template.id == "reflection"
    qtbot.mouseClick(view.form.close_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.guide_list


def test_a_help_page_reads_as_plain_text_without_links(qtbot, view) -> None:  # noqa: ANN001
    page = GUIDE_PAGES[0]
    qtbot.mouseClick(view.guide_list.page_rows[page.id].link, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.help_page
    text = view.help_page.browser.toPlainText()
    assert page.title in text and page.summary in text
    assert all(p in text for p in page.paragraphs)
    assert not view.help_page.browser.openLinks()
    assert "href" not in view.help_page.browser.toHtml()
    qtbot.mouseClick(view.help_page.back_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.guide_list
    assert view.handle_action(GUIDE_PAGE, "faq")
    assert "Questions people often ask" in view.help_page.browser.toPlainText()
    assert not view.handle_action(GUIDE_PAGE, "no_such_page")


def test_locking_half_way_leaves_no_text_in_widgets_and_the_draft_returns(
    qtbot,
    view,
    journal,
    reopen,  # noqa: ANN001
) -> None:
    form = open_form(view, GUIDED_START, "reflection")
    form.control("hoping_for").edit.setFocus()
    qtbot.keyClicks(form.control("hoping_for").edit, "Marmalade sky hope")
    qtbot.keyClicks(form.title_edit, "Tangerine title")
    qtbot.mouseClick(form.control("motives").chips.chips["revenge"], Qt.MouseButton.LeftButton)
    view.flush()  # what the window does before locking...
    view.wipe()  # ...then this
    assert widgets_containing("Marmalade sky hope") == []
    assert widgets_containing("Tangerine title") == []
    assert not form.control("motives").value()
    journal.close()

    again = reopen()
    raw = again.path.read_bytes()
    assert b"Marmalade" not in raw  # the draft is inside the encrypted file
    fresh = GuidesView(again)
    qtbot.addWidget(fresh)
    assert fresh.guide_list.rows["reflection"].status.text() == "a draft is waiting"
    restored = open_form(fresh, GUIDED_START, "reflection")
    assert restored.restored_draft
    assert restored.control("hoping_for").value() == "Marmalade sky hope"
    assert restored.title_edit.text() == "Tangerine title"
    assert restored.control("motives").value() == ["revenge"]
    assert restored.block("motives").notice.text()  # the gentle note is back too


def test_a_check_in_is_completed_by_saving_its_form(qtbot, view, journal) -> None:  # noqa: ANN001
    check_in = CheckIn(
        kind=CheckInKind.RIGHT_AFTER,
        due_at=datetime.now(UTC) - timedelta(hours=2),
        title="Right after: how are we feeling?",
    )
    journal.check_ins.save_all([check_in])
    form = open_form(view, GUIDED_CHECK_IN, str(check_in.uuid))
    assert form.template.id == journal.schedule.template_id(check_in)
    assert form.draft_key == f"guided:{form.template.id}:{check_in.uuid}"
    first = form.template.prompts[0].id
    form.control(first).edit.setPlainText("Shaky, then calmer")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    entry = saved.args[0]
    done = journal.check_ins.get(check_in.uuid)
    assert done is not None and done.completed_at is not None
    assert done.completed_entry_uuid == entry.uuid
    stored = journal.entries.get(entry.uuid)
    assert stored is not None and isinstance(stored.answers, CheckInAnswers)
    assert stored.answers.check_in_uuid == check_in.uuid
    assert getattr(stored.answers, first) == "Shaky, then calmer"
    # Answered: asking again shows the entry instead of answering twice.
    assert view.handle_action(GUIDED_CHECK_IN, str(check_in.uuid))
    assert view.form is not None and view.form.entry is not None
    assert view.form.entry.uuid == entry.uuid


def test_a_debrief_that_decides_to_change_asks_for_a_new_agreement_version(
    qtbot,
    view,
    journal,  # noqa: ANN001
) -> None:
    agreement = journal.agreements.create("Our pass", AgreementTerms(intention="Once")).agreement
    form = open_form(view, GUIDED_START, "debrief")
    assert form.context == {"agreement_uuid": agreement.uuid}
    form.control("how_feeling").edit.setPlainText("Unsettled")
    pick(qtbot, form.control("decision").buttons["modify"])
    assert form.block("decision").notice.isVisible()
    asked: list[tuple[str, str]] = []
    view.action_requested.connect(lambda action, arg: asked.append((action, arg)))
    with qtbot.waitSignal(view.action_requested) as request:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert request.args == [AGREEMENT_RENEGOTIATE, str(agreement.uuid)]
    entry = form.entry
    assert entry is not None and isinstance(entry.answers, DebriefAnswers)
    assert entry.answers.agreement_uuid == agreement.uuid
    # Saving again without changing the decision asks nothing more; "stop" asks to end.
    assert form.save() is not None
    assert asked == [(AGREEMENT_RENEGOTIATE, str(agreement.uuid))]
    pick(qtbot, form.control("decision").buttons["stop"])
    assert form.save() is not None
    assert asked[-1] == (AGREEMENT_END, str(agreement.uuid))


def test_a_debrief_is_about_the_agreement_in_use_not_a_newer_draft(
    qtbot,
    host,
    journal,
    dialogs,  # noqa: ANN001
) -> None:
    in_use = journal.agreements.create("What we live by", AgreementTerms(intention="Once"))
    uid = in_use.agreement.uuid
    journal.agreements.change_status(uid, AgreementStatus.AGREED)
    journal.agreements.change_status(uid, AgreementStatus.ACTIVE)
    journal.agreements.create("An idea for later", AgreementTerms(intention="Maybe"))
    page = WorkspacePage(journal, default_sections())
    host(page)
    # Unsaved words in the agreement editor (a restored draft is the same) do not
    # swallow the debrief's decision to stop.
    agreement_view = page.view("agreement")
    assert isinstance(agreement_view, AgreementView)
    agreement_view.start_new()
    qtbot.keyClicks(agreement_view.editor.fields["notes"], "Half a thought")
    assert agreement_view.editor.dirty

    page.route_action(GUIDED_START, "debrief")
    guides = page.view("guides", create=False)
    assert isinstance(guides, GuidesView) and isinstance(guides.form, GuidedForm)
    form = guides.form
    assert form.context == {"agreement_uuid": uid}
    form.control("how_feeling").edit.setPlainText("Done with it")
    pick(qtbot, form.control("decision").buttons["stop"])
    dialogs.confirm_answers = [True]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    debrief = next(e for e in journal.entries.iter_all() if e.kind is EntryKind.DEBRIEF)
    assert isinstance(debrief.answers, DebriefAnswers)
    assert debrief.answers.agreement_uuid == uid
    assert page.current_section() == "agreement"
    assert dialogs.kinds() == ["confirm"]  # asked once
    assert journal.agreements.get(uid).status is AgreementStatus.ENDED
    assert agreement_view.editing_open()  # the unsaved words are still where they were
    assert agreement_view.editor.fields["notes"].toPlainText() == "Half a thought"
    page.teardown()


def test_the_fifth_step_says_which_check_ins_were_set_up(qtbot, view, journal) -> None:  # noqa: ANN001
    form = open_form(view, GUIDED_START, "hurt_step_5")
    text_prompt = next(p for p in form.template.prompts if p.type.value == "text")
    form.control(text_prompt.id).edit.setPlainText("Lighter than a month ago")
    entry = form.save()
    assert entry is not None and isinstance(entry.answers, HurtStepAnswers)
    planned = [c for c in journal.check_ins.all() if c.event_entry_uuid == entry.uuid]
    assert planned and all(c.kind is CheckInKind.INTERVAL for c in planned)
    message = form.status_label.text()
    assert message.startswith("Saved.") and "check-ins" in message.lower()
    view.show_list()
    assert view.guide_list.rows["hurt_step_5"].status.text() == "written"


def test_a_checklist_started_again_continues_its_latest_entry(qtbot, view, journal) -> None:  # noqa: ANN001
    form = open_form(view, GUIDED_START, "readiness")
    first = form.template.prompts[0].id
    qtbot.mouseClick(form.control(first).check, Qt.MouseButton.LeftButton)
    saved = form.save()
    assert saved is not None
    view.show_list()
    total = len(form.template.prompts)
    assert view.guide_list.rows["readiness"].status.text() == f"1 of {total} done"
    open_form(view, GUIDED_START, "safety")  # another form in between
    again = open_form(view, GUIDED_START, "readiness")
    assert again.entry is not None and again.entry.uuid == saved.uuid
    assert again.control(first).value().done  # type: ignore[union-attr]


def test_a_guided_entry_chosen_in_the_journal_opens_in_its_form(qtbot, host, journal) -> None:  # noqa: ANN001
    sections = [s for s in default_sections() if s.section_id in ("journal", "guides")]
    page = WorkspacePage(journal, sections)
    host(page)
    entry = journal.guided.save(
        "conversation", {"what_went_well": "We laughed"}, title="After the talk"
    )
    journal_view = page.view("journal")
    assert isinstance(journal_view, JournalListView)
    journal_view.refresh()
    with qtbot.waitSignal(journal_view.action_requested) as asked:
        index = journal_view.model.index(journal_view.model.row_of(entry.uuid))
        rect = journal_view.list_view.visualRect(index)
        qtbot.mouseClick(
            journal_view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert asked.args == [GUIDED_OPEN, str(entry.uuid)]
    assert page.current_section() == "guides"
    guides = page.view("guides")
    assert isinstance(guides, GuidesView) and guides.form is not None
    assert guides.form.entry is not None and guides.form.entry.uuid == entry.uuid
    assert guides.form.control("what_went_well").value() == "We laughed"
    assert guides.form.title_edit.text() == "After the talk"
    # Opening it from elsewhere (Home's recent entries) goes the same way.
    page.show_section("journal")
    assert page.open_entry(str(entry.uuid))
    assert page.current_section() == "guides"


def test_unknown_arguments_are_refused_quietly(view) -> None:  # noqa: ANN001
    assert not view.handle_action(GUIDED_START, "no_such_template")
    assert not view.handle_action(GUIDED_OPEN, "not-a-uuid")
    assert not view.handle_action(GUIDED_CHECK_IN, "00000000-0000-0000-0000-000000000000")
    assert not view.handle_action("something.else", "")
    assert view.pages.currentWidget() is view.guide_list


def test_a_check_in_settled_elsewhere_is_not_answered_twice(qtbot, view, journal) -> None:  # noqa: ANN001
    check_in = CheckIn(kind=CheckInKind.ONE_WEEK, due_at=datetime.now(UTC) - timedelta(days=1))
    journal.check_ins.save_all([check_in])
    form = open_form(view, GUIDED_CHECK_IN, str(check_in.uuid))
    first = form.template.prompts[0].id
    form.control(first).edit.setPlainText("Steadier than last week")
    journal.check_ins.dismiss(check_in.uuid)  # e.g. set aside on Home meanwhile
    assert form.save() is None
    assert "no longer open" in form.status_label.text()
    assert form.control(first).value() == "Steadier than last week"  # nothing lost
    assert journal.entries.count() == 0
