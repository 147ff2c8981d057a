"""The keyboard alone: Tab visits every page in a sensible order, with real key events;
no page's Alt+letter is also a menu's.

Each walk starts on a widget, presses Tab on whatever has the focus until the focus
comes back, and compares the accessible names met on the way with the intended order.
A chip group (emotions, needs) is one stop; so is the date field.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from menu_support import PASSPHRASE, unlocked_window
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QLabel,
    QToolButton,
    QWidget,
)

from hallpass_journal.demo import fill_demo
from hallpass_journal.domain.entries import EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.vocabulary import EMOTIONS, NEEDS, EntryKind
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.welcome_page import WelcomePage
from hallpass_journal.ui.views.agreement_view import AgreementView
from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.widgets.emotion_picker import EmotionPicker, emotion_label, need_label
from hallpass_journal.ui.windows.main_window import MainWindow
from hallpass_journal.ui.windows.sections import GUIDED_START

MOOD = "Overall mood, from 0 (very low) to 10 (very good)"
LIMIT = 120


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def name_of(widget: QWidget) -> str:
    """What assistive technology announces; an unnamed stop shows up as its class."""
    return widget.accessibleName() or f"<unnamed {type(widget).__name__}>"


def show_active(qtbot, host, widget: QWidget, width: int = 1100, height: int = 720) -> None:  # noqa: ANN001
    """Show ``widget`` in an active window (key events go to the active window only)."""
    window = host(widget, width, height)
    window.activateWindow()
    # Activation is asynchronous, and offscreen waitActive() only waits for exposure.
    qtbot.waitUntil(window.isActiveWindow)


def tab_walk(qtbot, start: QWidget, *, backwards: bool = False) -> list[str]:  # noqa: ANN001
    """Names of the Tab stops from ``start`` round to ``start`` again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is start
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    names: list[str] = []
    widget = start
    for _ in range(LIMIT):
        names.append(name_of(widget))
        qtbot.keyClick(widget, key)
        widget = focused()
        if widget is start:
            return names
    raise AssertionError(f"Tab never came back to {name_of(start)!r}: {names}")


# -- welcome and unlock ------------------------------------------------------------------


def test_welcome_page_tab_order(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    page = WelcomePage(tmp_path / "journal.hpj")
    show_active(qtbot, host, page)
    page.passphrase.setText("lighthouse kettle paperback")
    page.confirmation.setText("lighthouse kettle paperback")
    assert tab_walk(qtbot, page.passphrase) == [
        "New passphrase",
        "Type the passphrase again",
        "Show passphrase",
        "Create journal",
        "Open another journal",
        "New journal in another place",
    ]


def test_unlock_page_tab_order(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "journal.hpj"
    path.write_bytes(b"")  # the page only looks at whether the file is there
    page = UnlockPage(path)
    show_active(qtbot, host, page)
    assert tab_walk(qtbot, page.passphrase) == [
        "Passphrase",
        "Unlock",
        "Show passphrase",
        "Open another journal",
        "New journal",
    ]


def test_unlock_page_tab_order_when_the_journal_is_missing(qtbot, host, tmp_path: Path) -> None:  # noqa: ANN001
    page = UnlockPage(tmp_path / "moved.hpj")
    show_active(qtbot, host, page)
    assert tab_walk(qtbot, page.action_buttons["locate"]) == [
        "Locate the journal file",
        "Create a new journal",
        "Open another journal",
        "New journal",
    ]


# -- Home --------------------------------------------------------------------------------


@pytest.fixture
def home(qtbot, host, journal: Journal, make_entries) -> HomeView:  # noqa: ANN001
    make_entries(2)
    view = HomeView(journal)
    show_active(qtbot, host, view)
    return view


def test_home_tab_order(qtbot, home: HomeView) -> None:  # noqa: ANN001
    picker = home.picker
    picker.set_intensity("hurt", 4)
    picker.emotion_chips["calm"].click()  # chosen, strength not set yet
    picker.set_mood(6)
    home.note_edit.setPlainText("after dinner")
    forwards = tab_walk(qtbot, picker.emotion_chips[EMOTIONS[0]])
    assert forwards == [
        emotion_label(EMOTIONS[0]),  # the emotions: one stop
        "How strong: Hurt",
        "How strong: Calm",
        MOOD,
        "Clear the overall mood",
        need_label(NEEDS[0]),  # the needs: one stop
        "What is this feeling telling me?",
        "A short note",
        home.private_check.accessibleName(),
        "Save check-in",
        "Add a question for my next session",
        "Open the journal",
        "Recent entries",
        "Start an agreement",
        "Open the guides",
    ]
    backwards = tab_walk(qtbot, picker.emotion_chips[EMOTIONS[0]], backwards=True)
    assert backwards == forwards[:1] + forwards[:0:-1]


def test_each_chip_group_is_one_stop_that_remembers_its_place(qtbot, home: HomeView) -> None:  # noqa: ANN001
    picker = home.picker
    chips = list(picker.emotion_chips.values())
    chips[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert focused() is chips[2]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is picker.mood_slider.track  # out of the group in one step
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is chips[2]  # back where I was
    names = tab_walk(qtbot, chips[2])
    assert sum(name in {c.accessibleName() for c in chips} for name in names) == 1
    needs = {c.accessibleName() for c in picker.need_chips.values()}
    assert sum(name in needs for name in names) == 1


def test_arrows_move_between_chips_and_space_toggles(qtbot, host) -> None:  # noqa: ANN001
    picker = EmotionPicker()
    show_active(qtbot, host, picker, 700, 700)  # narrow: the chips wrap onto several lines
    chips = list(picker.emotion_chips.values())
    chips[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert focused() is chips[1]
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Left)  # stays on the first
    assert focused() is chips[0]
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    assert focused() is chips[-1]
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert focused() is chips[0]

    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    below = focused()
    assert isinstance(below, QToolButton) and below in chips
    assert below.geometry().top() > chips[0].geometry().bottom()  # the next line
    qtbot.keyClick(below, Qt.Key.Key_Up)
    assert focused().geometry().top() == chips[0].geometry().top()

    chip = focused()
    assert isinstance(chip, QToolButton)
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked()
    (name,) = [k for k, c in picker.emotion_chips.items() if c is chip]
    assert picker.chosen_emotions() == [(name, None)]
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert not chip.isChecked()

    need = picker.need_chips[NEEDS[0]]
    need.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(need, Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert picker.needs() == [NEEDS[1]]


# -- Journal and its editor ----------------------------------------------------------------


@pytest.fixture
def journal_view(qtbot, host, journal: Journal) -> JournalListView:  # noqa: ANN001
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            title="Sunday",
            about=date(2024, 6, 2),
            emotions=[EmotionRating(name="jealousy", intensity=6)],
            mood=4,
            answers=FeelingsAnswers(needs=["rest"]),
        )
    )
    view = JournalListView(journal)
    show_active(qtbot, host, view)
    view.list_view.setCurrentIndex(view.model.index(0))
    assert view.editor.title_edit.text() == "Sunday"
    return view


def test_journal_tab_order_with_the_editor(qtbot, journal_view: JournalListView) -> None:  # noqa: ANN001
    view = journal_view
    names = tab_walk(qtbot, view.search_edit)
    # The list side: search first, the list last, every stop named and met once.
    left = names[: names.index("Entries") + 1]
    assert left[0] == "Search your journal"
    assert len(set(left)) == len(left)
    assert not [n for n in left if n.startswith("<unnamed")]
    # The editor, top to bottom; its date field is one stop.
    assert names[len(left) :] == [
        "Title",
        "Date this entry is about",
        view.editor.private_check.accessibleName(),
        "Bring this entry to my next session",
        "Add a question for my next session, linked to this entry",
        "Tags, separated by commas",
        emotion_label(EMOTIONS[0]),
        "How strong: Jealousy",
        MOOD,
        "Clear the overall mood",
        need_label(NEEDS[0]),
        "What is this feeling telling me?",
        "Entry text",
        "Delete entry",
    ]


def test_the_date_field_is_one_stop_with_arrows_inside(
    qtbot,  # noqa: ANN001
    journal_view: JournalListView,
) -> None:
    field = journal_view.editor.date_edit
    field.setFocus(Qt.FocusReason.TabFocusReason)
    field.setCurrentSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.currentSection() == QDateEdit.Section.MonthSection
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2024, 7, 2)
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == QDate(2024, 7, 1)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert focused() is journal_view.editor.private_check
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is field


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no real popups
def test_the_date_field_opens_its_calendar_from_the_keyboard(
    qtbot,  # noqa: ANN001
    journal_view: JournalListView,
) -> None:
    field = journal_view.editor.date_edit
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendarWidget()
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2024, 6, 2)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.date() == QDate(2024, 6, 3)
    assert focused() is field

    qtbot.keyClick(field, Qt.Key.Key_F4)
    assert calendar.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert field.date() == QDate(2024, 6, 3)


# -- mnemonics ---------------------------------------------------------------------------


def mnemonics(root: QWidget, *, visible_only: bool) -> dict[str, list[str]]:
    """Alt+letter -> the texts under ``root`` that claim it (buttons, labels with buddies)."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if visible_only and not widget.isVisible():
            continue
        labels = isinstance(widget, QLabel) and widget.buddy() is not None
        if not (isinstance(widget, QAbstractButton) or labels):
            continue
        text = widget.text()
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found.setdefault(key, []).append(text)
    return found


@pytest.fixture
def demo_window(qtbot, tmp_path: Path, dialogs) -> Iterator[MainWindow]:  # noqa: ANN001
    """The main window unlocked on a journal with something in every section."""
    paths = AppPaths.under(tmp_path)
    with Journal.create(paths.default_journal, PASSPHRASE) as journal:
        fill_demo(journal, entries=40)
    with unlocked_window(qtbot, paths, (1366, 800)) as window:
        yield window


def _every_page(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each section, and the pages that open inside one (a guided form, the terms editor)."""
    workspace = window.workspace
    assert workspace is not None
    for section_id in workspace.sections:
        view = workspace.show_section(section_id)
        assert view is not None
        yield section_id, view
    assert workspace.route_action(GUIDED_START, "reflection")
    yield "a guided form", workspace.view("guides", create=False)
    agreements = workspace.show_section("agreement")
    assert isinstance(agreements, AgreementView)
    agreements.start_new()
    yield "the agreement's terms editor", agreements


def test_no_page_claims_a_letter_of_the_menu_bar(qtbot, demo_window: MainWindow) -> None:  # noqa: ANN001
    bar = {
        QKeySequence.mnemonic(action.text()).toString(): action.text()
        for action in demo_window.menuBar().actions()
    }
    assert set(bar) == {"Alt+F", "Alt+E", "Alt+Y", "Alt+H"}
    for page, view in _every_page(demo_window):
        # Hidden ones too: a date row or an editor shows up as soon as it is chosen.
        claimed = mnemonics(view, visible_only=False)
        clashes = {key: (bar[key], claimed[key]) for key in claimed.keys() & bar.keys()}
        assert clashes == {}, page
        # Among what shows together, each letter leads to one place.
        shown = mnemonics(view, visible_only=True)
        assert {k: v for k, v in shown.items() if len(v) > 1} == {}, page


def test_alt_n_names_the_agreement_being_written(qtbot, demo_window: MainWindow) -> None:  # noqa: ANN001
    workspace = demo_window.workspace
    assert workspace is not None
    agreements = workspace.show_section("agreement")
    assert isinstance(agreements, AgreementView)
    agreements.start_new()
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert focused() is agreements.editor.title_edit
