"""Home: the quick check-in and the recent entries, with real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from hallpass_journal.domain.entries import EmotionRating, FeelingsAnswers
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.ui.models.entry_list_model import EntryRoles
from hallpass_journal.ui.views.home_view import DRAFT_KEY, RECENT, HomeView


@pytest.fixture
def home(qtbot, host, journal) -> HomeView:  # noqa: ANN001
    view = HomeView(journal)
    host(view)
    return view


def test_check_in_asks_for_a_strength_nobody_chose_then_saves(qtbot, home, journal) -> None:
    # A newly picked feeling starts "not set"; Save asks for its strength instead of
    # storing a 5 nobody chose (or quietly leaving the feeling out).
    assert not home.save_button.isEnabled()
    qtbot.mouseClick(home.picker.emotion_chips["jealousy"], Qt.MouseButton.LeftButton)
    assert home.save_button.isEnabled()
    strength = home.picker.intensity_slider("jealousy")
    assert strength.value() is None
    assert home.picker.emotions() == []
    qtbot.mouseClick(home.save_button, Qt.MouseButton.LeftButton)
    assert journal.entries.page(limit=RECENT) == []  # nothing stored yet
    assert "Jealousy" in home.status_label.text()
    assert strength.track.hasFocus()  # right where the answer goes

    qtbot.keyClick(strength.track, Qt.Key.Key_7)
    states: list[str] = []
    home.save_state.connect(states.append)
    with qtbot.waitSignal(home.saved) as saved:
        qtbot.mouseClick(home.save_button, Qt.MouseButton.LeftButton)
    entry = journal.entries.get(saved.args[0].uuid)
    assert entry is not None
    assert entry.kind == EntryKind.FEELINGS
    assert entry.emotions == [EmotionRating(name="jealousy", intensity=7)]
    assert states[-1] == "Saved"
    assert not home.save_button.isEnabled()  # the form starts fresh
    assert home.picker.chosen_emotions() == []


def test_check_in_stores_intensities_mood_need_and_meaning(qtbot, home, journal) -> None:
    picker = home.picker
    picker.emotion_chips["hurt"].click()
    picker.intensity_slider("hurt").setValue(8)
    picker.emotion_chips["hope"].click()
    picker.intensity_slider("hope").setValue(2)
    picker.mood_slider.setValue(3)
    picker.need_chips["reassurance"].click()
    qtbot.keyClicks(picker.telling_me, "I need to hear that I matter.")
    qtbot.keyClicks(home.note_edit, "After dinner.")
    with qtbot.waitSignal(home.saved) as saved:
        home.save_button.click()
    entry = journal.entries.get(saved.args[0].uuid)
    assert {e.name: e.intensity for e in entry.emotions} == {"hurt": 8, "hope": 2}
    assert entry.mood == 3
    assert entry.answers == FeelingsAnswers(
        needs=["reassurance"], telling_me="I need to hear that I matter."
    )
    assert entry.body == "After dinner."
    assert entry.title == "Hurt, Hope"
    today = date.today()
    averages = journal.timeline.emotion_average(
        ["hurt", "hope"], today, today, include_private=True
    )
    assert averages == {"hurt": (8.0, 1), "hope": (2.0, 1)}


def test_mood_counts_only_once_touched(home) -> None:
    assert home.picker.mood() is None
    home.picker.mood_slider.setValue(7)
    assert home.picker.mood() == 7
    assert home.save_button.isEnabled()


def test_recent_entries_open_in_the_journal(qtbot, home, make_entries) -> None:
    entries = make_entries(8)
    home.refresh()
    assert home.recent_list.count() == 5
    first = home.recent_list.item(0)
    assert first.data(EntryRoles.UUID) == str(entries[0].uuid)
    rect = home.recent_list.visualItemRect(first)
    with qtbot.waitSignal(home.open_entry_requested) as opened:
        qtbot.mouseClick(home.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [str(entries[0].uuid)]


def test_an_unsaved_check_in_survives_locking_as_a_draft(qtbot, home, journal, reopen) -> None:
    home.picker.set_intensity("calm", 6)
    qtbot.keyClicks(home.note_edit, "Half a thought")
    home.flush()  # the shell calls this before locking
    home.wipe()
    assert home.note_edit.toPlainText() == ""
    journal.close()

    again = reopen()
    view = HomeView(again)
    qtbot.addWidget(view)
    assert view.picker.emotions() == [EmotionRating(name="calm", intensity=6)]
    assert view.note_edit.toPlainText() == "Half a thought"
    with qtbot.waitSignal(view.saved):
        view.save_button.click()
    assert again.drafts.get(DRAFT_KEY) is None


def test_empty_home_is_gentle(home) -> None:
    assert home.recent_list.isHidden()
    assert not home.recent_empty.isHidden()
    assert home.greeting.text().startswith("Good ")
