"""A feeling picked without a strength: kept in the Home draft, never stored as a guess."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hallpass_journal.domain.entries import EmotionRating
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.ui.views.home_view import DRAFT_KEY, HomeView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.widgets.entry_editor import EntryEditor


@pytest.fixture
def fast_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EntryEditor, "autosave_ms", 50)


def test_an_unrated_feeling_survives_locking_in_the_home_draft(
    qtbot,  # noqa: ANN001
    host,  # noqa: ANN001
    journal,  # noqa: ANN001
    reopen,  # noqa: ANN001
) -> None:
    home = HomeView(journal)
    host(home)
    home.picker.set_intensity("calm", 6)
    qtbot.mouseClick(home.picker.emotion_chips["hope"], Qt.MouseButton.LeftButton)
    home.flush()  # what locking does
    assert journal.drafts.get(DRAFT_KEY)["emotions"] == [["hope", None], ["calm", 6]]
    home.wipe()
    journal.close()

    again = reopen()
    view = HomeView(again)
    host(view)
    assert view.picker.chosen_emotions() == [("hope", None), ("calm", 6)]
    assert view.picker.intensity_slider("hope").value_label.text() == "not set"
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)  # asks first
    assert again.entries.count() == 0
    view.picker.intensity_slider("hope").setValue(2)
    with qtbot.waitSignal(view.saved) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].emotions == [
        EmotionRating(name="calm", intensity=6),
        EmotionRating(name="hope", intensity=2),
    ]
    assert again.drafts.get(DRAFT_KEY) is None


def test_the_editor_stores_a_feeling_once_it_has_a_strength(
    qtbot,  # noqa: ANN001
    host,  # noqa: ANN001
    fast_autosave: None,
    journal,  # noqa: ANN001
) -> None:
    view = JournalListView(journal)
    host(view)
    view.new_entry(EntryKind.FEELINGS)
    picker = view.editor.picker
    qtbot.mouseClick(picker.emotion_chips["hurt"], Qt.MouseButton.LeftButton)
    assert picker.unrated_note.isVisible()  # says so, right there
    view.flush()
    assert journal.entries.count() == 0  # a feeling without a strength is not an entry yet

    with qtbot.waitSignal(view.editor.saved, timeout=2000) as saved:
        picker.intensity_slider("hurt").setValue(4)
    assert journal.entries.get(saved.args[0].uuid).emotions == [
        EmotionRating(name="hurt", intensity=4)
    ]

    # Another feeling picked but not rated: the rest keeps saving, without it.
    qtbot.mouseClick(picker.emotion_chips["relief"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.editor.saved, timeout=2000) as saved:
        qtbot.keyClicks(view.editor.title_edit, "Evening")
    stored = journal.entries.get(saved.args[0].uuid)
    assert stored.title == "Evening"
    assert stored.emotions == [EmotionRating(name="hurt", intensity=4)]
