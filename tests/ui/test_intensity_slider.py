"""Sliders that tell the truth: "not set" looks unset, a click lands where it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QSlider, QWidget

from hallpass_journal.domain.entries import EmotionRating
from hallpass_journal.ui import theme
from hallpass_journal.ui.widgets.emotion_picker import EmotionPicker
from hallpass_journal.ui.widgets.intensity_slider import IntensitySlider, handle_rect


@pytest.fixture
def switch_theme(qapp):  # noqa: ANN001, ANN201
    """Switch the app's palette and stylesheet as the theme manager does; restored after."""
    palette, sheet = QGuiApplication.palette(), qapp.styleSheet()

    def switch(colors: theme.Colors) -> None:
        qapp.setPalette(theme.build_palette(colors))
        qapp.setStyleSheet(theme.stylesheet(colors))

    yield switch
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def mood(qtbot, host) -> IntensitySlider:  # noqa: ANN001
    slider = IntensitySlider("Mood", clearable=True, ends=("low", "good"))
    host(slider, 600, 60)
    return slider


def handle_x(track: QSlider, value: int) -> int:
    """Where the handle's centre sits for ``value`` (from the style, as QSlider draws it)."""
    return handle_rect(track, value).center().x()


def column(image: QImage, x: int) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height())]


def looks_unset(track: QSlider) -> bool:
    """No handle and no filled part: the groove looks the same at 2, 5 and 8."""
    image = track.grab().toImage()
    low, middle, high = (column(image, handle_x(track, v)) for v in (2, 5, 8))
    return low == middle == high


@pytest.mark.parametrize("scheme", ["light", "dark", "light-after-dark"])
def test_not_set_shows_no_handle_and_no_fill_in_either_theme(
    qtbot,  # noqa: ANN001
    switch_theme,  # noqa: ANN001
    mood: IntensitySlider,
    scheme: str,
) -> None:
    switch_theme(theme.LIGHT)
    if scheme != "light":
        switch_theme(theme.DARK)
    if scheme == "light-after-dark":
        switch_theme(theme.LIGHT)
    track = mood.track
    assert mood.value() is None
    assert looks_unset(track)
    assert mood.value_label.text() == "not set"
    mood.setValue(5)  # the same check sees a handle and a fill once there is a value
    assert not looks_unset(track)
    assert mood.value_label.text() == "5 of 10"
    mood.clear()
    assert looks_unset(track)
    assert mood.value_label.text() == "not set"


def test_a_click_on_the_groove_moves_the_handle_there(qtbot, mood: IntensitySlider) -> None:  # noqa: ANN001
    track = mood.track
    middle = track.height() // 2
    seen: list[object] = []
    mood.value_changed.connect(seen.append)
    qtbot.mouseClick(track, Qt.MouseButton.LeftButton, pos=QPoint(handle_x(track, 8), middle))
    assert mood.value() == 8
    qtbot.mouseClick(track, Qt.MouseButton.LeftButton, pos=QPoint(handle_x(track, 1), middle))
    assert mood.value() == 1  # a jump, not a page step towards the pointer
    # Between two marks the nearer one wins.
    near_three = (2 * handle_x(track, 3) + handle_x(track, 2)) // 3
    qtbot.mouseClick(track, Qt.MouseButton.LeftButton, pos=QPoint(near_three, middle))
    assert mood.value() == 3
    assert seen == [8, 1, 3]
    assert mood.value_label.text() == "3 of 10"


def test_a_press_on_the_groove_can_drag_on(qtbot, mood: IntensitySlider) -> None:  # noqa: ANN001
    track = mood.track
    middle = track.height() // 2
    qtbot.mousePress(track, Qt.MouseButton.LeftButton, pos=QPoint(handle_x(track, 2), middle))
    assert mood.value() == 2
    qtbot.mouseMove(track, QPoint(handle_x(track, 9), middle))
    qtbot.mouseRelease(track, Qt.MouseButton.LeftButton, pos=QPoint(handle_x(track, 9), middle))
    assert mood.value() == 9


def test_the_value_is_always_shown_beside_it_and_the_track_never_shifts(
    qtbot,  # noqa: ANN001
    mood: IntensitySlider,
) -> None:
    geometry = mood.track.geometry()
    assert mood.value_label.isVisible()
    assert mood.clear_button is not None and not mood.clear_button.isVisible()
    for value in (0, 10, 7, None):
        mood.setValue(value)
        QApplication.processEvents()
        assert mood.value_label.isVisible()
        assert mood.value_label.text() == ("not set" if value is None else f"{value} of 10")
        assert mood.track.geometry() == geometry
    assert mood.track.accessibleDescription() == "not set"


def test_clear_goes_back_to_not_set_by_mouse_and_by_key(qtbot, mood: IntensitySlider) -> None:  # noqa: ANN001
    mood.setValue(6)
    assert mood.clear_button is not None and mood.clear_button.isVisible()
    with qtbot.waitSignal(mood.value_changed) as cleared:
        qtbot.mouseClick(mood.clear_button, Qt.MouseButton.LeftButton)
    assert cleared.args == [None]
    assert mood.value() is None
    assert not mood.clear_button.isVisible()
    assert mood.track.hasFocus()  # not lost when the button hides

    qtbot.keyClick(mood.track, Qt.Key.Key_4)
    assert mood.value() == 4
    qtbot.keyClick(mood.track, Qt.Key.Key_Delete)
    assert mood.value() is None


def test_keys_set_a_value_from_not_set(qtbot, host) -> None:  # noqa: ANN001
    slider = IntensitySlider("Hope")
    host(slider, 500, 60)
    track = slider.track
    qtbot.keyClick(track, Qt.Key.Key_Right)
    assert slider.value() == 5  # from "not set", arrows start in the middle
    qtbot.keyClick(track, Qt.Key.Key_Right)
    assert slider.value() == 6
    qtbot.keyClick(track, Qt.Key.Key_End)
    assert slider.value() == 10
    qtbot.keyClick(track, Qt.Key.Key_Delete)
    assert slider.value() == 10  # not clearable: Delete does nothing
    slider.clear()
    qtbot.keyClick(track, Qt.Key.Key_Home)
    assert slider.value() == 0
    slider.clear()
    qtbot.keyClick(track, Qt.Key.Key_0)
    assert slider.value() == 0


def test_the_wheel_never_sets_a_slider_while_the_page_scrolls(qtbot, host) -> None:  # noqa: ANN001
    slider = IntensitySlider("Calm")
    host(slider, 500, 60)
    other = QWidget(slider.window())
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    other.setFocus()
    centre = QPointF(slider.track.rect().center())

    def wheel() -> bool:
        event = QWheelEvent(
            centre,
            QPointF(slider.track.mapToGlobal(centre)),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(slider.track, event)
        return event.isAccepted()

    assert not wheel()  # left to the scroll area around it
    assert slider.value() is None
    slider.setValue(3)
    assert not wheel()  # a slider without focus does not take it either
    assert slider.value() == 3


def test_a_newly_picked_emotion_starts_unset(qtbot, host) -> None:  # noqa: ANN001
    picker = EmotionPicker()
    host(picker, 900, 700)
    changes: list[None] = []
    picker.changed.connect(lambda: changes.append(None))
    qtbot.mouseClick(picker.emotion_chips["hope"], Qt.MouseButton.LeftButton)
    strength = picker.intensity_slider("hope")
    assert strength.isVisible() and strength.value() is None
    assert strength.value_label.text() == "not set"
    assert looks_unset(strength.track)
    assert picker.chosen_emotions() == [("hope", None)]
    assert picker.unrated() == ["hope"]
    assert picker.emotions() == []  # nothing the journal could keep yet
    assert picker.unrated_note.isVisible()
    assert not picker.is_blank()  # but something was chosen
    assert picker.is_blank(count_unrated=False)
    assert changes

    strength.setValue(3)
    assert picker.emotions() == [EmotionRating(name="hope", intensity=3)]
    assert not picker.unrated_note.isVisible()

    picker.emotion_chips["hope"].click()  # untick, tick again: a fresh start
    picker.emotion_chips["hope"].click()
    assert strength.value() is None


def test_overall_mood_starts_unset_and_can_be_cleared(qtbot, host) -> None:  # noqa: ANN001
    picker = EmotionPicker()
    host(picker, 900, 700)
    assert picker.mood() is None
    assert looks_unset(picker.mood_slider.track)
    track = picker.mood_slider.track
    qtbot.mouseClick(
        track, Qt.MouseButton.LeftButton, pos=QPoint(handle_x(track, 7), track.height() // 2)
    )
    assert picker.mood() == 7
    assert not picker.is_blank()
    clear = picker.mood_slider.clear_button
    assert clear is not None and clear.accessibleName() == "Clear the overall mood"
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert picker.mood() is None
    assert picker.is_blank()
