"""Small and large windows: nothing cut off or overlapping, text never elided.

The main window is built with the app's own theme (its style sizes date fields) over a
real encrypted journal, then resized to 1024×640 and to its minimum size.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from hallpass_journal.domain.entries import EmotionRating, Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.app_style import widest_date_text
from hallpass_journal.ui.pages.workspace_page import COMPACT_WIDTH
from hallpass_journal.ui.theme import ThemeManager
from hallpass_journal.ui.views.home_view import HomeView
from hallpass_journal.ui.views.journal_view import JournalListView
from hallpass_journal.ui.windows.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"
SIZES = [QSize(1024, 640), QSize(760, 540)]  # the second is the window's minimum


@pytest.fixture
def theme(qapp) -> Iterator[ThemeManager]:  # noqa: ANN001
    style, palette, sheet = qapp.style().name(), QGuiApplication.palette(), qapp.styleSheet()
    manager = ThemeManager(qapp, "light")
    manager.apply()
    yield manager
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style or "Fusion")
    qapp.setPalette(palette)
    manager.deleteLater()


@pytest.fixture
def window(qtbot, tmp_path: Path, theme: ThemeManager, dialogs) -> Iterator[MainWindow]:  # noqa: ANN001
    paths = AppPaths.under(tmp_path)
    journal = Journal.create(paths.default_journal, PASSPHRASE)
    journal.save_entry(
        Entry.new(
            EntryKind.FEELINGS,
            title="After the long talk",
            about=date(2026, 9, 30),  # "Wed 30 Sep 2026": wider than the format's extremes
            emotions=[EmotionRating(name="fear_of_being_replaced", intensity=6)],
            tags=["evenings"],
        )
    )
    win = MainWindow(paths, AppSettings(), theme)
    qtbot.addWidget(win)
    win.open_journal(journal)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()
    operations.shutdown()


def _resize(qtbot, win: MainWindow, size: QSize) -> None:  # noqa: ANN001
    win.resize(size)
    qtbot.waitUntil(lambda: win.size() == size)
    workspace = win.workspace
    assert workspace is not None
    qtbot.waitUntil(
        lambda: workspace.stack.width() == win.width() - workspace.sidebar_panel.width()
    )
    _settle()


def _settle() -> None:
    """Run the layout passes Qt has queued (posted events; nothing waits on a clock)."""
    for _ in range(3):
        QApplication.sendPostedEvents()


def _in_window(widget: QWidget, win: QWidget) -> QRect:
    return QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())


def _shown_part(widget: QWidget, win: QWidget, *, across_only: bool = False) -> QRect:
    """What of ``widget`` its parents (and the window) leave visible, in window coordinates.

    ``across_only``: in a page that scrolls up and down, only the sides count.
    """
    whole = _in_window(widget, win)
    shown = QRect(whole)
    parent = widget.parentWidget()
    while parent is not None:
        clip = _in_window(parent, win) if parent is not win else win.rect()
        if across_only:
            clip = QRect(clip.left(), whole.top(), clip.width(), whole.height())
        shown = shown.intersected(clip)
        if parent is win:
            break
        parent = parent.parentWidget()
    return shown


def _assert_laid_out(
    win: QWidget, widgets: dict[str, QWidget], *, across_only: bool = False
) -> None:
    for name, widget in widgets.items():
        assert widget.isVisible(), name
        whole = _in_window(widget, win)
        shown = _shown_part(widget, win, across_only=across_only)
        assert shown == whole, f"{name} is cut off: {shown} of {whole}"
        # Not narrower than it asks to be (a size it was given on purpose counts).
        smallest = widget.minimumWidth() or widget.minimumSizeHint().width()
        assert widget.width() >= smallest, f"{name} is squeezed"
    for (a, wa), (b, wb) in combinations(widgets.items(), 2):
        assert not _in_window(wa, win).intersects(_in_window(wb, win)), f"{a} overlaps {b}"
    for area in win.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), f"{area} scrolls sideways"


def _assert_combo_shows_every_choice(combo: QComboBox) -> None:
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    for i in range(combo.count()):
        text = combo.itemText(i)
        assert metrics.horizontalAdvance(text) <= field.width(), f"{text!r} would be cut off"


def _assert_date_fits(edit: QDateTimeEdit) -> None:
    inner = edit.findChild(QLineEdit)
    assert inner is not None
    room = inner.contentsRect().width()
    metrics = edit.fontMetrics()
    assert metrics.horizontalAdvance(edit.text()) <= room, edit.text()
    assert metrics.horizontalAdvance(widest_date_text(edit)) <= room, widest_date_text(edit)


@pytest.mark.parametrize("size", SIZES, ids=["1024x640", "minimum"])
def test_journal_section_fits(qtbot, window: MainWindow, size: QSize) -> None:  # noqa: ANN001
    assert window.minimumSize() == SIZES[1]
    workspace = window.workspace
    assert workspace is not None
    view = workspace.show_section("journal") or workspace.view("journal")
    assert isinstance(view, JournalListView)
    view.list_view.setCurrentIndex(view.model.index(0))
    _resize(qtbot, window, size)
    editor = view.editor
    qtbot.waitUntil(lambda: editor.title_edit.isVisible())
    view.since_edit.setDate(QDate(2026, 1, 1))
    view.date_combo.setCurrentIndex(view.date_combo.findData(-1))  # "Choose dates…"
    qtbot.waitUntil(lambda: view.since_edit.isVisible())
    _settle()
    _assert_laid_out(
        window,
        {
            "sections": workspace.sidebar_panel,
            "search": view.search_edit,
            "new entry": view.new_button,
            "kind": view.kind_combo,
            "tag": view.tag_combo,
            "dates": view.date_combo,
            "from": view.since_edit,
            "to": view.until_edit,
            "entries": view.list_view,
            "count": view.count_label,
            "title": editor.title_edit,
            "date": editor.date_edit,
            "private": editor.private_check,
            "tags": editor.tags_edit,
            "status": window.encrypted_label,
        },
    )
    _assert_combo_shows_every_choice(view.kind_combo)
    _assert_combo_shows_every_choice(view.date_combo)
    for edit in (editor.date_edit, view.since_edit, view.until_edit):
        _assert_date_fits(edit)
    assert editor.date_edit.text() == "Wed 30 Sep 2026"
    if size == SIZES[1]:
        assert workspace.sidebar_compact()  # icons only: the names have no room
        assert workspace.sidebar_panel.width() == COMPACT_WIDTH
    else:
        assert not workspace.sidebar_compact()


@pytest.mark.parametrize("size", SIZES, ids=["1024x640", "minimum"])
def test_home_fits(qtbot, window: MainWindow, size: QSize) -> None:  # noqa: ANN001
    workspace = window.workspace
    assert workspace is not None
    home = workspace.view("home")
    assert isinstance(home, HomeView)
    _resize(qtbot, window, size)
    _assert_laid_out(
        window,
        {
            "greeting": home.greeting,
            "emotions": home.picker,
            "note": home.note_edit,
            "private": home.private_check,
            "save": home.save_button,
            "recent": home.recent_list,
        },
        across_only=True,
    )


def test_reading_width_is_capped_on_a_wide_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    workspace = window.workspace
    assert workspace is not None
    _resize(qtbot, window, QSize(2400, 1200))
    home = workspace.view("home")
    assert isinstance(home, HomeView)
    assert home.note_edit.width() <= 1180
    view = workspace.show_section("journal")
    assert isinstance(view, JournalListView)
    view.list_view.setCurrentIndex(view.model.index(0))
    qtbot.waitUntil(lambda: view.editor.title_edit.isVisible())
    assert view.editor.body_edit.width() <= 900  # lines stay short enough to read
