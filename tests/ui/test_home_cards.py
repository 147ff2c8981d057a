"""Home's cards over a real encrypted journal: due check-ins, the agreement, progress, care.

Every test drives real widgets (clicks, menu actions, keys) and reads back what the
journal recorded; nothing is mocked.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.checkins import CheckIn, CheckInKind
from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.events import EventType, KeyEvent
from hallpass_journal.domain.guided_content import template
from hallpass_journal.domain.settings import SUPPORT_DISMISSED_ON
from hallpass_journal.domain.support import SUPPORT_MIN_CHECK_INS
from hallpass_journal.domain.templates import CheckValue, PromptType, blank_values
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.changes import Change
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.widgets.home_cards import day_text
from hallpass_journal.ui.windows.sections import (
    AGREEMENT_PAUSE,
    AGREEMENT_SHOW,
    GUIDED_CHECK_IN,
    GUIDED_OPEN,
    GUIDED_START,
    default_sections,
)


@pytest.fixture
def home(qtbot, host, journal: Journal) -> HomeView:  # noqa: ANN001
    view = HomeView(journal)
    host(view)
    return view


def now_here(journal: Journal) -> datetime:
    return datetime.now(journal.schedule.zone).replace(microsecond=0)


def add_check_in(journal: Journal, due_at: datetime, title: str = "") -> CheckIn:
    check_in = CheckIn(kind=CheckInKind.RIGHT_AFTER, due_at=due_at, title=title)
    journal.check_ins.save_all([check_in])
    return check_in


def feelings(journal: Journal, about: date, **intensities: int) -> Entry:
    emotions = [EmotionRating(name=n, intensity=v) for n, v in intensities.items()]
    return journal.save_entry(Entry.new(EntryKind.FEELINGS, about=about, emotions=emotions))


# -- due check-ins ------------------------------------------------------------------------


def test_a_due_check_in_shows_and_start_asks_for_its_guided_entry(qtbot, home, journal) -> None:
    check_in = add_check_in(journal, now_here(journal) - timedelta(hours=2))
    home.refresh()
    assert home.due.isVisible()
    row = home.due.rows[str(check_in.uuid)]
    assert row.title_label.text() == "Right after: how are we feeling?"
    with qtbot.waitSignal(home.action_requested) as asked:
        qtbot.mouseClick(row.start_button, Qt.MouseButton.LeftButton)
    assert asked.args == [GUIDED_CHECK_IN, str(check_in.uuid)]


def test_overdue_wording_is_gentle(home, journal) -> None:
    now = now_here(journal)
    days_ago = now - timedelta(days=3)
    check_in = add_check_in(journal, days_ago)
    home.refresh()
    when = home.due.rows[str(check_in.uuid)].when_label.text()
    assert when == f"Was due on {day_text(days_ago.date(), now.date())}"
    assert "late" not in when.lower() and "missed" not in when.lower()


def test_snooze_until_tomorrow_is_recorded_and_the_row_goes(qtbot, home, journal) -> None:
    check_in = add_check_in(journal, now_here(journal) - timedelta(hours=1), title="Talk it over")
    home.refresh()
    row = home.due.rows[str(check_in.uuid)]
    tomorrow = next(a for a in row.later_menu.actions() if a.text() == "Tomorrow")
    tomorrow.trigger()
    stored = journal.check_ins.get(check_in.uuid)
    assert stored is not None and stored.is_open
    zone = journal.schedule.zone
    expected = datetime.combine(date.today() + timedelta(days=1), time(9, 0), zone)
    assert stored.due_at == expected
    assert stored.snoozes == 1
    assert str(check_in.uuid) not in home.due.rows  # no longer due now…
    assert "Talk it over — Due tomorrow" in home.due.upcoming_label.text()  # …but coming up


def test_set_aside_is_recorded_and_the_card_goes(qtbot, home, journal) -> None:
    check_in = add_check_in(journal, now_here(journal) - timedelta(days=1))
    home.refresh()
    row = home.due.rows[str(check_in.uuid)]
    qtbot.mouseClick(row.aside_button, Qt.MouseButton.LeftButton)
    stored = journal.check_ins.get(check_in.uuid)
    assert stored is not None and stored.dismissed and stored.dismissed_at is not None
    assert home.due.rows == {}
    assert home.due.isHidden()


def test_later_offers_only_times_after_the_due_time(home, journal) -> None:
    now = now_here(journal)
    soon = add_check_in(journal, now - timedelta(minutes=5))
    home.refresh()
    labels = [a.text() for a in home.due.rows[str(soon.uuid)].later_menu.actions()]
    assert labels[-2:] == ["Tomorrow", "In 3 days"]
    assert ("This evening" in labels) == (now + timedelta(hours=1) < now.replace(hour=19, minute=0))


def test_an_encounter_plans_check_ins_that_come_to_home(home, journal) -> None:
    # The real path: a key event in the journal; the schedule plans; Home shows them.
    journal.events.save(KeyEvent(type=EventType.ENCOUNTER, on=date.today() - timedelta(days=3)))
    home.refresh()
    assert home.due.rows, "the morning-after check-in is due"
    for key in home.due.rows:
        assert uuid_mod.UUID(key).version == 5  # planned by the schedule
    assert home.due.upcoming_label.text()  # one week later is coming up


# -- the agreement ------------------------------------------------------------------------


def active_agreement(journal: Journal, title: str = "Our one evening") -> uuid_mod.UUID:
    agreement = journal.agreements.create(title, AgreementTerms(intention="Curiosity")).agreement
    journal.agreements.change_status(agreement.uuid, AgreementStatus.AGREED)
    journal.agreements.change_status(agreement.uuid, AgreementStatus.ACTIVE)
    return agreement.uuid


def test_agreement_card_shows_status_and_pause_asks_for_the_pause_flow(
    qtbot, home, journal
) -> None:
    agreement_uuid = active_agreement(journal)
    home.refresh()
    card = home.agreement
    assert card.isVisible()
    assert card.title_label.text() == "Our one evening"
    today = date.today()
    assert card.status_label.text() == f"Active since {day_text(today, today)}"
    assert home.start_agreement_button.isHidden()
    with qtbot.waitSignal(home.action_requested) as asked:
        qtbot.mouseClick(card.pause_button, Qt.MouseButton.LeftButton)
    assert asked.args == [AGREEMENT_PAUSE, str(agreement_uuid)]

    journal.agreements.pause(agreement_uuid, reason="Too soon")
    home.refresh()
    assert card.status_label.text().startswith("Paused since")
    assert card.pause_button.isHidden()
    assert card.paused_hint.isVisible()
    with qtbot.waitSignal(home.action_requested) as asked:
        qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert asked.args == [AGREEMENT_SHOW, str(agreement_uuid)]


def test_a_new_draft_after_an_ended_agreement_is_the_current_one(home, journal) -> None:
    older = active_agreement(journal, "First try")
    journal.agreements.change_status(older, AgreementStatus.ENDED)
    journal.agreements.create("Second try", AgreementTerms())
    home.refresh()
    assert home.agreement.title_label.text() == "Second try"
    assert home.agreement.status_label.text().startswith("A draft, begun on")
    assert home.agreement.pause_button.isHidden()


def test_an_active_agreement_stays_current_over_a_newer_draft(qtbot, home, journal) -> None:
    in_use = active_agreement(journal, "What we live by")
    journal.agreements.create("An idea for later", AgreementTerms())
    home.refresh()
    card = home.agreement
    assert card.title_label.text() == "What we live by"
    assert card.status_label.text().startswith("Active since")
    assert card.pause_button.isVisible()
    with qtbot.waitSignal(home.action_requested) as asked:
        qtbot.mouseClick(card.pause_button, Qt.MouseButton.LeftButton)
    assert asked.args == [AGREEMENT_PAUSE, str(in_use)]


def test_without_an_agreement_home_offers_a_quiet_start(qtbot, home) -> None:
    assert home.agreement.isHidden()
    assert home.start_agreement_button.isVisible()
    with qtbot.waitSignal(home.action_requested) as asked:
        qtbot.mouseClick(home.start_agreement_button, Qt.MouseButton.LeftButton)
    assert asked.args == [AGREEMENT_SHOW, ""]


# -- progress ------------------------------------------------------------------------------


def readiness_values(ticked: int) -> dict[str, object]:
    tpl = template("readiness")
    values = blank_values(tpl)
    items = [p.id for p in tpl.prompts if p.type is PromptType.CHECK]
    for item in items[:ticked]:
        values[item] = CheckValue(done=True)
    return values


def test_ticking_the_readiness_checklist_changes_home(qtbot, home, journal) -> None:
    assert home.progress.isHidden()
    assert home.guides_button.isVisible()  # nothing started: only a quiet way in
    entry = journal.guided.save("readiness", readiness_values(1))
    home.refresh()
    total = len([p for p in template("readiness").prompts if p.type is PromptType.CHECK])
    assert home.progress.isVisible()
    assert home.progress.value_text("readiness") == f"1 of {total} ticked"
    assert home.guides_button.isHidden()

    changes: list[Change] = []
    journal.subscribe(changes.append)
    journal.guided.save("readiness", readiness_values(3), entry_uuid=entry.uuid)
    for change in changes:  # what the workspace does with each change notice
        if change.touches(*home.watches):
            home.journal_changed(change)
    assert home.progress.value_text("readiness") == f"3 of {total} ticked"
    button = home.progress.rows["readiness"][0]
    with qtbot.waitSignal(home.action_requested) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.args == [GUIDED_OPEN, str(entry.uuid)]  # ticked over time, in one entry


def hurt_step_values(step: int) -> dict[str, object]:
    tpl = template(f"hurt_step_{step}")
    values = blank_values(tpl)
    for prompt in tpl.prompts:
        if prompt.type is PromptType.TEXT:
            values[prompt.id] = "Writing it down helps."
        elif prompt.type is PromptType.SINGLE and prompt.choices:
            values[prompt.id] = prompt.choices[0].value
    return values


def test_the_path_shows_steps_done_in_words_and_dots(qtbot, home, journal) -> None:
    journal.guided.save("hurt_step_1", hurt_step_values(1))
    journal.guided.save("hurt_step_2", hurt_step_values(2))
    home.refresh()
    assert home.progress.value_text("path") == "2 of 5 steps"
    button, _, dots = home.progress.rows["path"]
    assert dots is not None
    assert dots.accessibleName() == "2 of 5 steps"
    assert dots.accessibleDescription() == "Done: step 1, 2. Still open: step 3, 4, 5."
    with qtbot.waitSignal(home.action_requested) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.args == [GUIDED_START, "hurt_step_3"]  # the next step


# -- care in the moment -----------------------------------------------------------------


def check_in(qtbot, home: HomeView, **intensities: int) -> None:  # noqa: ANN001
    for name, value in intensities.items():
        home.picker.set_intensity(name, value)
    with qtbot.waitSignal(home.saved):
        qtbot.mouseClick(home.save_button, Qt.MouseButton.LeftButton)


def test_grounding_is_offered_after_hurt_at_8_not_at_7(qtbot, home) -> None:
    check_in(qtbot, home, hurt=7, calm=3)
    assert home.grounding.isHidden()
    check_in(qtbot, home, hurt=8)
    assert home.grounding.isVisible()
    assert home.grounding.heading.text() == "One minute for yourself"
    texts = " ".join(label.text() for label in home.grounding.texts)
    assert "Breathe" in texts and "Name the feeling" in texts and "Name what you need" in texts
    qtbot.mouseClick(home.grounding.close_button, Qt.MouseButton.LeftButton)  # one click
    assert home.grounding.isHidden()


def test_grounding_goes_with_escape(qtbot, home) -> None:
    check_in(qtbot, home, jealousy=9)
    assert home.grounding.isVisible()
    qtbot.keyClick(home.grounding.close_button, Qt.Key.Key_Escape)
    assert home.grounding.isHidden()


def test_support_card_for_a_sustained_pattern_goes_on_not_now(qtbot, home, journal) -> None:
    today = date.today()
    for days_ago in range(SUPPORT_MIN_CHECK_INS):
        feelings(journal, today - timedelta(days=days_ago), hurt=8)
    home.refresh()
    assert home.support.isVisible()
    assert home.support.heading.text() == "You don't have to carry this alone"
    assert "not a diagnosis" in home.support.texts[0].text()
    qtbot.mouseClick(home.support.close_button, Qt.MouseButton.LeftButton)
    assert home.support.isHidden()
    assert journal.settings.get(SUPPORT_DISMISSED_ON) == today.isoformat()
    home.refresh()
    assert home.support.isHidden()  # back only if the pattern continues later


def test_no_support_card_without_a_pattern(home, journal) -> None:
    today = date.today()
    for days_ago in range(SUPPORT_MIN_CHECK_INS):
        feelings(journal, today - timedelta(days=days_ago), hurt=8 if days_ago < 2 else 2)
    home.refresh()
    assert home.support.isHidden()


# -- the whole page -----------------------------------------------------------------------


def test_tab_goes_through_the_cards_in_reading_order(qtbot, host, journal) -> None:  # noqa: ANN001
    active_agreement(journal)
    due = add_check_in(journal, now_here(journal) - timedelta(hours=3), title="Talk")
    view = HomeView(journal)
    window = host(view)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.refresh()  # rebuilt rows join the end of the focus chain unless Home reorders
    view.save_button.setEnabled(True)
    names = []
    widget: QWidget = view.save_button
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(10):
        names.append(widget.accessibleName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        widget = focused
    assert names == [
        "Save check-in",
        "Start the check-in: Talk",
        "Ask me later: Talk",
        "Set aside: Talk",
        "Call a pause on the agreement",
        "Open the agreement",
        "Add a question for my next session",
        "Open the journal",
        "Recent entries",
        "Open the guides",
    ]
    assert str(due.uuid) in view.due.rows


def test_locking_forgets_what_the_cards_showed(home, journal) -> None:
    active_agreement(journal, "Private words")
    add_check_in(journal, now_here(journal) - timedelta(hours=1), title="Also private")
    home.refresh()
    home.wipe()
    assert home.agreement.title_label.text() == ""
    assert home.due.rows == {}
    assert all(card.isHidden() for card in home.cards)


def test_after_saving_the_focus_goes_to_the_card_offered_never_to_pause(
    qtbot,
    host,
    journal,  # noqa: ANN001
) -> None:
    active_agreement(journal)
    view = HomeView(journal)
    window = host(view)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.picker.set_intensity("hurt", 9)
    view.save_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(view.save_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is view.grounding.close_button
    qtbot.keyClick(view.grounding.close_button, Qt.Key.Key_Escape)
    assert view.grounding.isHidden()
    assert QApplication.focusWidget() is view.picker.emotion_group.current_chip()

    view.picker.set_intensity("calm", 6)
    view.save_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(view.save_button, Qt.Key.Key_Space)
    assert view.grounding.isHidden()
    assert QApplication.focusWidget() is view.picker.emotion_group.current_chip()
    assert QApplication.focusWidget() is not view.agreement.pause_button


def test_a_narrow_home_points_to_the_due_check_ins_below_the_check_in(
    qtbot,
    host,
    journal,  # noqa: ANN001
) -> None:
    check_in = add_check_in(journal, now_here(journal) - timedelta(hours=1), title="Talk")
    view = HomeView(journal)
    window = host(view, 800, 600)  # stacked: the check-ins are below the fold
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert view.due_hint.isVisible()
    assert view.due_hint.text() == "A check-in is due"
    qtbot.mouseClick(view.due_hint, Qt.MouseButton.LeftButton)
    start = view.due.rows[str(check_in.uuid)].start_button
    assert QApplication.focusWidget() is start
    qtbot.waitUntil(lambda: not start.visibleRegion().isEmpty())  # scrolled into view

    window.resize(1200, 700)
    view.resize(1200, 700)
    qtbot.waitUntil(lambda: view.due_hint.isHidden())  # side by side: the card is in sight


def test_settling_a_check_in_keeps_the_focus_in_its_card_not_on_pause(
    qtbot,
    host,
    journal,  # noqa: ANN001
) -> None:
    active_agreement(journal)
    now = now_here(journal)
    first = add_check_in(journal, now - timedelta(hours=2), title="First")
    second = add_check_in(journal, now - timedelta(hours=1), title="Second")
    view = HomeView(journal)
    window = host(view)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = view.due.rows[str(first.uuid)]
    row.aside_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(row.aside_button, Qt.Key.Key_Space)
    start = view.due.rows[str(second.uuid)].start_button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)

    row = view.due.rows[str(second.uuid)]
    row.aside_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(row.aside_button, Qt.Key.Key_Space)
    assert view.due.isHidden()
    chip = view.picker.emotion_group.current_chip()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chip)


def test_start_opens_the_check_in_in_guides_and_answering_it_clears_home(
    qtbot,
    host,
    journal,
    dialogs,  # noqa: ANN001
) -> None:
    check_in = add_check_in(journal, now_here(journal) - timedelta(hours=1))
    page = WorkspacePage(journal, default_sections())
    host(page)
    home = page.view("home")
    assert isinstance(home, HomeView)
    qtbot.mouseClick(home.due.rows[str(check_in.uuid)].start_button, Qt.MouseButton.LeftButton)
    assert page.current_section() == "guides"
    guides = page.view("guides", create=False)
    assert guides is not None and getattr(guides, "form", None) is not None

    journal.check_ins.dismiss(check_in.uuid)  # settled elsewhere: Home follows the notice
    page.show_section("home")
    assert str(check_in.uuid) not in home.due.rows
    page.teardown()


def test_snoozing_from_the_menu_keeps_the_focus_in_the_card(qtbot, host, journal) -> None:  # noqa: ANN001
    active_agreement(journal)
    check_in = add_check_in(journal, now_here(journal) - timedelta(hours=1), title="Talk")
    view = HomeView(journal)
    window = host(view)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = view.due.rows[str(check_in.uuid)]
    row.later_button.setFocus(Qt.FocusReason.TabFocusReason)
    tomorrow = next(a for a in row.later_menu.actions() if a.text() == "Tomorrow")
    # What the open menu does when "Tomorrow" is chosen (a real popup needs a desktop).
    row.later_menu.triggered.emit(tomorrow)
    assert str(check_in.uuid) not in view.due.rows
    assert journal.check_ins.get(check_in.uuid).snoozes == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.due.heading)
    assert QApplication.focusWidget() is not view.agreement.pause_button


# -- check-ins: background work and abandoned drafts ---------------------------------------


def test_the_due_card_does_not_read_while_background_work_holds_the_journal(
    qtbot,  # noqa: ANN001
    home,  # noqa: ANN001
    journal,  # noqa: ANN001
) -> None:
    import threading

    from hallpass_journal.ui import operations
    from hallpass_journal.ui.widgets.home_cards import BUSY_RETRY_MS

    check_in = add_check_in(journal, now_here(journal) - timedelta(hours=1))
    assert str(check_in.uuid) not in home.due.rows  # not looked yet
    holding, release = threading.Event(), threading.Event()

    def import_like_work() -> None:  # holds the journal, as a large import does
        with journal.vault.locked():
            holding.set()
            release.wait(10)

    operations.JournalOp(None, import_like_work).run_in_background()
    try:
        assert holding.wait(10) and operations.journal_busy()
        home.due.wake()  # the card's timer: reading now would wait for the work
        assert str(check_in.uuid) not in home.due.rows
        assert home.due.waiting  # it looks again shortly
        assert home.due._timer.interval() == BUSY_RETRY_MS
    finally:
        release.set()
        qtbot.waitUntil(lambda: operations.running() == 0)
    qtbot.waitUntil(lambda: str(check_in.uuid) in home.due.rows, timeout=BUSY_RETRY_MS * 3)


def test_setting_a_check_in_aside_removes_its_half_written_answers(
    qtbot,  # noqa: ANN001
    home,  # noqa: ANN001
    journal,  # noqa: ANN001
) -> None:
    from hallpass_journal.domain.drafts import guided_draft_key
    from hallpass_journal.ui.guided.form import GuidedForm

    def half_written(check_in: CheckIn) -> str:
        tpl = template(journal.schedule.template_id(check_in))
        form = GuidedForm(journal, tpl, check_in_uuid=check_in.uuid)
        qtbot.addWidget(form)
        prompt = next(p for p in tpl.prompts if p.type is PromptType.TEXT)
        form.control(prompt.id).edit.setPlainText("Half a thought")
        form.flush()
        assert journal.drafts.read(form.draft_key) is not None
        assert form.draft_key == guided_draft_key(tpl.id, check_in.uuid)
        return form.draft_key

    aside = add_check_in(journal, now_here(journal) - timedelta(days=1), title="Set aside")
    kept = add_check_in(journal, now_here(journal) - timedelta(hours=2), title="Kept")
    aside_key, kept_key = half_written(aside), half_written(kept)
    home.refresh()
    qtbot.mouseClick(home.due.rows[str(aside.uuid)].aside_button, Qt.MouseButton.LeftButton)
    stored = journal.check_ins.get(aside.uuid)
    assert stored is not None and stored.dismissed
    assert journal.drafts.read(aside_key) is None  # nothing left to come back for
    assert journal.drafts.read(kept_key) is not None  # another check-in's answers stay
    assert str(kept.uuid) in home.due.rows
