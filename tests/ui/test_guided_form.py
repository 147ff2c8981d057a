"""The one guided form: any template rendered, conditions, notes, problems, drafts, saving.

Real widgets (qtbot) on a real encrypted journal: what is clicked and typed must reach
the stored entry's answers, and a draft must come back exactly.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.drafts import GuidedDraft
from hallpass_journal.domain.entries import (
    ChecklistAnswers,
    Entry,
    HurtStepAnswers,
    ReflectionAnswers,
    RepairPlanAnswers,
)
from hallpass_journal.domain.guided_content import CAUTION_NOTE
from hallpass_journal.domain.templates import (
    MAX_CUSTOM_ITEMS,
    CheckValue,
    Prompt,
    PromptType,
    Template,
    visible_prompts,
)
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.ui.guided import form as form_module
from hallpass_journal.ui.guided.check_item import CheckControl
from hallpass_journal.ui.guided.controls import (
    DateControl,
    MultiControl,
    ScaleControl,
    SingleControl,
    TextControl,
)
from hallpass_journal.ui.guided.form import GuidedForm

_CONTROL_TYPES = {
    PromptType.TEXT: TextControl,
    PromptType.SINGLE: SingleControl,
    PromptType.MULTI: MultiControl,
    PromptType.SCALE: ScaleControl,
    PromptType.CHECK: CheckControl,
    PromptType.DATE: DateControl,
}


@pytest.fixture
def make_form(qtbot, host, journal):  # noqa: ANN001, ANN201
    def _make(template: Template | str, **kwargs: object) -> GuidedForm:
        if isinstance(template, str):
            template = guided_content.template(template)
        form = GuidedForm(journal, template, **kwargs)
        window = host(form, 1000, 700)
        window.activateWindow()  # shortcuts (Ctrl+S, Esc) and focus need an active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return form

    return _make


def pick(qtbot, button: QAbstractButton) -> None:  # noqa: ANN001
    """Click a radio button on its circle (a click past its words does nothing)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def _type(qtbot, control: TextControl, text: str) -> None:  # noqa: ANN001
    control.edit.setFocus()
    qtbot.keyClicks(control.edit, text)


@pytest.mark.parametrize("template", guided_content.TEMPLATES, ids=lambda t: t.id)
def test_every_template_renders_with_the_control_its_prompts_take(make_form, template) -> None:  # noqa: ANN001
    form = make_form(template)
    assert form.title_label.text() == template.title
    assert form.purpose_label.text() == template.purpose
    shown = {p.id for p in visible_prompts(template, form.values())}
    for prompt in template.prompts:
        assert isinstance(form.control(prompt.id), _CONTROL_TYPES[prompt.type])
        assert form.block(prompt.id).isVisible() == (prompt.id in shown)
    assert form.is_blank()
    assert (form.add_row is not None) == template.allow_custom_items
    assert form.save_button.isVisible() and form.close_button.isVisible()


def test_a_reflection_filled_in_reaches_the_stored_answers(qtbot, make_form, journal) -> None:  # noqa: ANN001
    form = make_form("reflection")
    pick(qtbot, form.control("structure").buttons["exploring"])
    _type(qtbot, form.control("hoping_for"), "More play in our life")
    chips = form.control("motives").chips.chips
    qtbot.mouseClick(chips["curiosity"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips["novelty"], Qt.MouseButton.LeftButton)
    form.about_edit.setDate(form.about_edit.date().addDays(-3))  # back-dated
    qtbot.keyClicks(form.title_edit, "Thinking it over")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    entry, before = saved.args
    assert before is None
    stored = journal.entries.get(entry.uuid)
    assert stored is not None and stored.kind is EntryKind.REFLECTION
    assert isinstance(stored.answers, ReflectionAnswers)
    assert stored.answers.structure == "exploring"
    assert stored.answers.hoping_for == "More play in our life"
    assert set(stored.answers.motives) == {"curiosity", "novelty"}
    assert stored.title == "Thinking it over"
    assert stored.about == date.today() - timedelta(days=3)
    assert "Saved" in form.status_label.text()
    # Saving again updates the same entry rather than writing a second one.
    _type(qtbot, form.control("what_counts"), "Only a kiss")
    assert form.save() is not None
    assert journal.entries.count() == 1
    again = journal.entries.get(entry.uuid)
    assert again is not None and isinstance(again.answers, ReflectionAnswers)
    assert again.answers.what_counts == "Only a kiss"


def test_without_a_title_the_entry_takes_the_template_title(make_form, journal) -> None:  # noqa: ANN001
    form = make_form("hurt_step_1")
    form.control("what_i_feel").edit.setPlainText("Numb, then angry")
    entry = form.save()
    assert entry is not None
    assert entry.title == guided_content.template("hurt_step_1").title
    assert isinstance(entry.answers, HurtStepAnswers)
    assert entry.answers.step == 1
    assert entry.answers.responses["what_i_feel"] == "Numb, then angry"


def test_a_condition_hides_a_prompt_and_its_answer_is_not_saved(qtbot, make_form, journal) -> None:  # noqa: ANN001
    form = make_form("hurt_step_2")
    follow_up = form.block("how_it_went")
    assert not follow_up.isVisible()  # waits for "talked"
    choices = form.control("where_i_am").buttons
    pick(qtbot, choices["talked"])
    assert follow_up.isVisible()
    _type(qtbot, form.control("how_it_went"), "It went better than I feared")
    other = next(key for key in choices if key != "talked")
    pick(qtbot, choices[other])
    assert not follow_up.isVisible()
    # Changing back shows what was written: nothing is lost while filling in...
    pick(qtbot, choices["talked"])
    assert form.control("how_it_went").value() == "It went better than I feared"
    pick(qtbot, choices[other])
    entry = form.save()
    # ...but a hidden answer is not kept.
    assert entry is not None and isinstance(entry.answers, HurtStepAnswers)
    stored = journal.entries.get(entry.uuid)
    assert stored is not None and isinstance(stored.answers, HurtStepAnswers)
    assert stored.answers.responses["where_i_am"] == other
    assert "how_it_went" not in stored.answers.responses
    assert "better than I feared" not in str(stored.model_dump())


def test_a_caution_motive_shows_a_gentle_note_and_saving_still_works(qtbot, make_form) -> None:  # noqa: ANN001
    form = make_form("reflection")
    block = form.block("motives")
    assert not block.notice.isVisible()
    chip = form.control("motives").chips.chips["revenge"]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert block.notice.isVisible()
    assert block.notice.text() == CAUTION_NOTE
    qtbot.mouseClick(form.control("motives").chips.chips["leverage"], Qt.MouseButton.LeftButton)
    assert block.notice.text() == CAUTION_NOTE  # one note, not the same one twice
    entry = form.save()
    assert entry is not None and isinstance(entry.answers, ReflectionAnswers)
    assert set(entry.answers.motives) == {"revenge", "leverage"}
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.control("motives").chips.chips["leverage"], Qt.MouseButton.LeftButton)
    assert not block.notice.isVisible()


_NEEDS_AN_ANSWER = Template(
    id="test_required",
    kind=EntryKind.REFLECTION,
    title="A test reflection",
    purpose="Asks for one answer before it saves.",
    prompts=(
        Prompt(
            id="structure",
            type=PromptType.SINGLE,
            label="Which?",
            choices=(guided_content.STRUCTURE_CHOICES),
        ),
        Prompt(id="hoping_for", type=PromptType.TEXT, label="What do you hope for?", required=True),
    ),
)


def test_a_problem_is_said_beside_its_prompt_with_the_cursor_there(
    qtbot, make_form, journal
) -> None:  # noqa: ANN001
    form = make_form(_NEEDS_AN_ANSWER)
    form.title_edit.setFocus()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    block = form.block("hoping_for")
    assert block.problem.isVisible()
    assert "What do you hope for?" in block.problem.text()
    assert QApplication.focusWidget() is form.control("hoping_for").edit
    assert journal.entries.count() == 0
    assert "needs a look" in form.status_label.text()
    qtbot.keyClicks(form.control("hoping_for").edit, "Honesty")
    assert not block.problem.isVisible()  # answering clears it
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(
            form.control("hoping_for").edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert journal.entries.count() == 1


def test_ticking_an_item_notes_today_and_the_day_is_saved(qtbot, make_form, journal) -> None:  # noqa: ANN001
    template = guided_content.template("readiness")
    form = make_form(template)
    first, second = template.prompts[0].id, template.prompts[1].id
    item = form.control(first)
    assert isinstance(item, CheckControl)
    assert not item.day_label.isVisible()
    qtbot.mouseClick(item.check, Qt.MouseButton.LeftButton)
    assert item.day_label.isVisible()
    assert form.values()[first] == CheckValue(done=True, on=date.today())
    assert "Ticked on" in item.day_label.text()
    qtbot.keyClicks(item.note_edit, "We talked on Sunday")
    # A click on the item's words ticks it too, as a check box's text would.
    other = form.control(second)
    assert isinstance(other, CheckControl) and other.label is not None
    qtbot.mouseClick(other.label, Qt.MouseButton.LeftButton)
    assert other.check.isChecked()
    qtbot.mouseClick(other.label, Qt.MouseButton.LeftButton)
    assert not other.check.isChecked() and not other.day_label.isVisible()
    entry = form.save()
    assert entry is not None
    stored = journal.entries.get(entry.uuid)
    assert stored is not None and isinstance(stored.answers, ChecklistAnswers)
    assert stored.answers.ticked[first] is True
    assert stored.answers.ticked_on[first] == date.today()
    assert stored.answers.notes[first] == "We talked on Sunday"
    assert not stored.answers.ticked.get(second, False)
    assert second not in stored.answers.ticked_on


def test_own_steps_join_their_phase_and_are_saved(qtbot, make_form, journal) -> None:  # noqa: ANN001
    form = make_form("repair_plan")
    row = form.add_row
    assert row is not None
    row.group_combo.setCurrentIndex(row.group_combo.findData("long_term"))
    qtbot.keyClicks(row.text_edit, "A weekend away, just us")
    qtbot.keyClick(row.text_edit, Qt.Key.Key_Return)
    ((key, item),) = form.own_items().items()
    assert item.group == "long_term"
    assert item.check.hasFocus()
    qtbot.mouseClick(item.check, Qt.MouseButton.LeftButton)
    entry = form.save()
    assert entry is not None and isinstance(entry.answers, RepairPlanAnswers)
    own = [i for i in entry.answers.items if not i.id]
    assert len(own) == 1
    assert own[0].text == "A weekend away, just us"
    assert own[0].phase == "long_term"
    assert own[0].done and own[0].done_on == date.today()


def test_an_own_step_without_words_is_pointed_out(qtbot, make_form, journal) -> None:  # noqa: ANN001
    form = make_form("repair_plan")
    row = form.add_row
    assert row is not None
    qtbot.keyClicks(row.text_edit, "Tell me one good thing each day")
    row.add_button.click()
    ((_key, item),) = form.own_items().items()
    assert item.text_edit is not None
    item.text_edit.clear()
    assert form.save() is None
    assert item.problem.isVisible() and "few words" in item.problem.text()
    assert item.text_edit.hasFocus()
    assert journal.entries.count() == 0
    qtbot.mouseClick(item.remove_button, Qt.MouseButton.LeftButton)
    assert form.own_items() == {}
    assert form.save() is not None


def test_scale_and_date_prompts_hold_not_set_until_chosen(qtbot, make_form) -> None:  # noqa: ANN001
    template = Template(
        id="test_scale_date",
        kind=EntryKind.REFLECTION,
        title="Scale and date",
        purpose="Controls no built-in template uses yet.",
        prompts=(
            Prompt(id="how_close", type=PromptType.SCALE, label="How close do you feel?"),
            Prompt(id="when", type=PromptType.DATE, label="When did it happen?"),
        ),
    )
    form = make_form(template)
    scale, day = form.control("how_close"), form.control("when")
    assert isinstance(scale, ScaleControl) and isinstance(day, DateControl)
    assert form.values() == {"how_close": None, "when": None}
    assert "not set" in scale.slider.value_label.text()
    assert day.field.text() == "not set"
    scale.slider.track.setFocus()
    qtbot.keyClick(scale.slider.track, Qt.Key.Key_7)
    day.field.setFocus()
    qtbot.keyClick(day.field, Qt.Key.Key_Up)  # from "not set", the first step is today
    assert form.values() == {"how_close": 7, "when": date.today()}
    qtbot.mouseClick(day.clear_button, Qt.MouseButton.LeftButton)
    assert form.values()["when"] is None


def test_tab_goes_through_the_form_in_order(qtbot, make_form) -> None:  # noqa: ANN001
    form = make_form("debrief")
    form.title_edit.setFocus()
    seen: list[QWidget] = []
    for _ in range(12):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    template = guided_content.template("debrief")
    text_ids = [p.id for p in template.prompts if p.type is PromptType.TEXT]
    expected = [form.title_edit, form.about_edit, form.private_check]
    expected += [form.control(pid).edit for pid in text_ids]
    decision = form.control("decision")
    assert isinstance(decision, SingleControl)
    expected.append(next(iter(decision.buttons.values())))  # the radio group: one stop
    expected += [form.close_button, form.save_button]
    assert seen[: len(expected)] == expected


def test_a_draft_is_kept_in_the_journal_and_comes_back(
    qtbot, make_form, journal, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(form_module, "DRAFT_MS", 20)
    form = make_form("reflection")
    assert form.draft_key == "guided:reflection"
    _type(qtbot, form.control("hoping_for"), "A half-written hope")
    qtbot.mouseClick(form.control("motives").chips.chips["curiosity"], Qt.MouseButton.LeftButton)
    form.private_check.setChecked(True)
    qtbot.waitUntil(lambda: isinstance(journal.drafts.read(form.draft_key), GuidedDraft))
    qtbot.waitUntil(lambda: not form._draft_dirty)
    draft = journal.drafts.read(form.draft_key)
    assert isinstance(draft, GuidedDraft)
    assert draft.form_values()["hoping_for"] == "A half-written hope"
    assert draft.private is True
    assert form.discard_button.isVisible()

    again = make_form("reflection")  # the same form, opened again
    assert again.restored_draft
    assert again.control("hoping_for").value() == "A half-written hope"
    assert again.control("motives").value() == ["curiosity"]
    assert again.private_check.isChecked()
    assert "back" in again.status_label.text()
    assert again.save() is not None
    assert journal.drafts.read("guided:reflection") is None  # saved: the draft is gone


def test_close_keeps_a_draft_and_discard_asks_first(qtbot, make_form, journal, dialogs) -> None:  # noqa: ANN001
    form = make_form("conversation")
    _type(qtbot, form.control("what_went_well"), "We both listened")
    with qtbot.waitSignal(form.close_requested):
        qtbot.keyClick(form.control("what_went_well").edit, Qt.Key.Key_Escape)
    assert journal.drafts.read("guided:conversation") is not None  # Esc lost nothing
    dialogs.confirm_answers = [False]
    assert not form.discard_changes()
    assert form.control("what_went_well").value() == "We both listened"
    dialogs.confirm_answers = [True]
    assert form.discard_changes()
    assert form.control("what_went_well").value() == ""
    assert journal.drafts.read("guided:conversation") is None
    assert not form.discard_button.isVisible()


def test_a_saved_entry_opened_again_shows_and_updates_its_answers(make_form, journal) -> None:  # noqa: ANN001
    first = make_form("debrief")
    first.control("how_feeling").edit.setPlainText("Tender but okay")
    entry = first.save()
    assert entry is not None
    form = make_form("debrief", entry=entry)
    assert form.draft_key == f"guided:debrief:{entry.uuid}"
    assert form.control("how_feeling").value() == "Tender but okay"
    assert form.title_edit.text() == ""  # the template's title shows as the placeholder
    assert not form.has_changes()
    form.control("what_worked").edit.setPlainText("Talking the next morning")
    saved = form.save()
    assert saved is not None and saved.uuid == entry.uuid
    assert journal.entries.count() == 1


def test_saving_again_keeps_answers_the_template_does_not_ask(qtbot, make_form, journal) -> None:  # noqa: ANN001
    # An imported step (or one written before a prompt was renamed) has an answer the
    # template no longer asks: editing the entry must not lose its words.
    imported = journal.entries.save(
        Entry.new(
            EntryKind.HURT_STEP,
            title="Step 1",
            answers=HurtStepAnswers(
                step=1, responses={"what_i_feel": "numb", "older_question": "words to keep"}
            ),
        )
    )
    form = make_form("hurt_step_1", entry=imported)
    assert form.control("what_i_feel").value() == "numb"
    _type(qtbot, form.control("what_helps"), "A walk")
    saved = form.save()
    assert saved is not None and saved.uuid == imported.uuid
    stored = journal.entries.get(imported.uuid)
    assert stored is not None and isinstance(stored.answers, HurtStepAnswers)
    assert stored.answers.responses == {
        "what_i_feel": "numb",
        "what_helps": "A walk",
        "older_question": "words to keep",
    }


def test_own_steps_stop_at_the_most_a_plan_keeps(qtbot, make_form, journal) -> None:  # noqa: ANN001
    form = make_form("repair_plan")
    row = form.add_row
    assert row is not None
    values, title, about, private = form.state()
    for n in range(1, MAX_CUSTOM_ITEMS):  # as a draft brings them back
        values[f"custom_{n}"] = CheckValue(text=f"Step {n}", group="short_term")
    form.show_state(values, title, about, private)
    assert not row.is_full and row.text_edit.isEnabled()

    qtbot.keyClicks(row.text_edit, "One more, the last")
    qtbot.keyClick(row.text_edit, Qt.Key.Key_Return)
    assert len(form.own_items()) == MAX_CUSTOM_ITEMS
    assert row.is_full
    assert not row.add_button.isEnabled() and not row.text_edit.isEnabled()
    assert row.full_label.isVisibleTo(row) and "remove one" in row.full_label.text()
    assert form.has_changes()  # the draft still fits: no ValueError
    form.flush()
    draft = journal.drafts.read(form.draft_key)
    assert isinstance(draft, GuidedDraft) and len(draft.form_values()) > MAX_CUSTOM_ITEMS

    first = form.own_items()["custom_1"]
    qtbot.mouseClick(first.remove_button, Qt.MouseButton.LeftButton)
    assert not row.is_full and row.text_edit.isEnabled() and not row.full_label.isVisibleTo(row)
    qtbot.keyClicks(row.text_edit, "In its place")
    qtbot.keyClick(row.text_edit, Qt.Key.Key_Return)
    assert form.own_items()["custom_1"].value().text == "In its place"  # keys stay short
    assert row.is_full
    entry = form.save()
    assert entry is not None and isinstance(entry.answers, RepairPlanAnswers)
    assert len([i for i in entry.answers.items if not i.id]) == MAX_CUSTOM_ITEMS
