"""Home restores only a check-in draft it can trust; anything else never gets in the way.

Drafts are written here through the storage layer, exactly as an older, unchecked import
could have left them in a journal.
"""

from __future__ import annotations

import pytest

from hallpass_journal.domain.entries import EmotionRating
from hallpass_journal.storage.kv_repo import DraftRepository
from hallpass_journal.ui.views.home_view import DRAFT_KEY, HomeView


def nested(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


HOSTILE = {
    "emotions not a list": {"emotions": 5},
    "mood as text": {"mood": "x"},
    "mood out of range": {"mood": 99},
    "intensity as text": {"emotions": [["calm", "x"]]},
    "needs nested deep": {"needs": nested(300)},
    "note not text": {"emotions": [["calm", 6]], "note": ["not", "text"]},
    "private as text": {"emotions": [["calm", 6]], "private": "no"},
    "huge": {"emotions": [["calm", 6]] * 100_000, "note": "x"},
    "not an object": ["calm"],
}


@pytest.mark.parametrize("payload", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_hostile_draft_never_stops_home_from_opening(qtbot, host, journal, payload) -> None:  # noqa: ANN001
    DraftRepository(journal.vault).put(DRAFT_KEY, payload)
    view = HomeView(journal)  # what unlocking builds
    host(view)
    assert view.picker.emotions() == []
    assert view.note_edit.toPlainText() == ""
    assert not view.private_check.isChecked()
    assert not view.save_button.isEnabled()
    assert journal.notes.take()  # the window can say once that a draft was set aside
    # The next check-in is drafted over it as usual.
    view.picker.set_intensity("hope", 4)
    view.flush()
    assert journal.drafts.get(DRAFT_KEY) is not None


def test_a_good_draft_is_restored_exactly(qtbot, host, journal) -> None:  # noqa: ANN001
    DraftRepository(journal.vault).put(
        DRAFT_KEY,
        {
            "emotions": [["calm", 6], ["hope", 3]],
            "mood": 7,
            "needs": ["rest"],
            "telling_me": "slow down",
            "note": "after the walk",
            "private": True,
        },
    )
    view = HomeView(journal)
    host(view)
    assert view.picker.emotions() == [
        EmotionRating(name="calm", intensity=6),
        EmotionRating(name="hope", intensity=3),
    ]
    assert view.picker.mood() == 7
    assert view.picker.needs() == ["rest"]
    assert view.picker.telling_me_text() == "slow down"
    assert view.note_edit.toPlainText() == "after the walk"
    assert view.private_check.isChecked()
    assert view.save_button.isEnabled()
    assert journal.notes.take() == []
