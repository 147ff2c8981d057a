"""Every focused control shows a ring you can see, in light and dark; dialog buttons
carry words, not a style's stock ticks and crosses.

The rings are checked on what is really drawn: each control is grabbed before and after
the keyboard moves focus to it, and its edges must change by at least 3:1 (WCAG's
contrast for a focus indicator) all the way round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.ui import messages, resources, theme
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.dialogs.about_dialog import AboutDialog
from hallpass_journal.ui.dialogs.settings_dialog import SettingsDialog
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.page_parts import link_button, primary_button

RING_CONTRAST = 3.0


@pytest.fixture
def app_look(qapp) -> Iterator[None]:  # noqa: ANN001
    """Put the application's style, palette and style sheet back afterwards."""
    style, palette, sheet = qapp.style().name(), QGuiApplication.palette(), qapp.styleSheet()
    yield
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style or "Fusion")
    qapp.setPalette(palette)


def _controls(parent: QWidget) -> list[QWidget]:
    combo = QComboBox(parent)
    combo.addItems(["Readiness checklist", "Journal entry"])
    notes = QPlainTextEdit("Notes", parent)
    notes.setTabChangesFocus(True)
    entries = QListWidget(parent)
    entries.addItems(["One entry", "Another"])
    entries.setCurrentRow(0)
    entries.setFixedHeight(60)
    tool = QToolButton(parent)
    tool.setText("New entry")
    toggle = QToolButton(parent)  # the sidebar's own button, drawn by the style sheet
    toggle.setObjectName("sidebarToggle")
    toggle.setIcon(resources.icon("sidebar-collapse"))
    return [
        QLineEdit("typed", parent),
        combo,
        DateField(QDate(2026, 9, 30), parent),
        QSpinBox(parent),
        QPushButton("Cancel", parent),
        primary_button("Save check-in", parent),
        link_button("Open another journal…", parent),
        QCheckBox("Private — exported only if you ask", parent),
        QSlider(Qt.Orientation.Horizontal, parent),
        tool,
        toggle,
        notes,
        entries,
    ]


def _edge_change(before: QImage, after: QImage) -> list[float]:
    """For each side: the share of its middle stretch whose 3 px edge changed >= 3:1."""
    w, h = before.width(), before.height()
    sides: list[list[tuple[int, int, int, int]]] = [
        [(x, 0, 0, 1) for x in range(w // 5, w - w // 5)],  # top: look downwards
        [(x, h - 1, 0, -1) for x in range(w // 5, w - w // 5)],
        [(0, y, 1, 0) for y in range(h // 4, h - h // 4)],
        [(w - 1, y, -1, 0) for y in range(h // 4, h - h // 4)],
    ]
    shares = []
    for side in sides:
        changed = 0
        for x, y, dx, dy in side:
            best = max(
                theme.contrast_ratio(
                    before.pixelColor(QPoint(x + dx * d, y + dy * d)),
                    after.pixelColor(QPoint(x + dx * d, y + dy * d)),
                )
                for d in range(3)
            )
            changed += best >= RING_CONTRAST
        shares.append(changed / len(side))
    return shares


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_control_shows_a_focus_ring(qtbot, host, app_look, mode: str) -> None:  # noqa: ANN001
    manager = theme.ThemeManager(QApplication.instance(), mode)  # type: ignore[arg-type]
    manager.apply()
    panel = QWidget()
    column = QVBoxLayout(panel)
    start = QLineEdit("start", panel)
    column.addWidget(start)
    controls = _controls(panel)
    previous: QWidget = start
    for control in controls:
        column.addWidget(control)
        QWidget.setTabOrder(previous, control)
        previous = control
    window = host(panel, 420, 640)
    window.activateWindow()
    qtbot.waitActive(window)
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    unfocused = [c.grab().toImage() for c in controls]
    for control, before in zip(controls, unfocused, strict=True):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # as a person moves on
        assert QApplication.focusWidget() is control
        after = control.grab().toImage()
        shares = _edge_change(before, after)
        name = type(control).__name__ + " " + control.property("role").__str__()
        assert min(shares) >= 0.8, f"{mode}: {name} ring {shares}"
    manager.deleteLater()


# -- dialog buttons ------------------------------------------------------------------------


#: What some desktops ask of Qt (X11 without a desktop environment, for one): icons on
#: dialog buttons, so Qt draws its own ticks and crosses. (A style sheet stands in for
#: the platform's wish: a Python override of ``QStyle.styleHint`` crashes PySide6.)
DESKTOP_WANTS_ICONS = "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 1; }"


@pytest.fixture
def icons_wanted(qapp, app_look) -> None:  # noqa: ANN001
    qapp.setStyleSheet(DESKTOP_WANTS_ICONS)
    plain = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert not plain.buttons()[0].icon().isNull()  # the fallback tick really appears
    plain.deleteLater()


@pytest.fixture
def shown_boxes(qtbot, monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:  # noqa: ANN001
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        qtbot.addWidget(box)
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)  # built for real, never blocks
    monkeypatch.setattr(messages, "backend", messages.QtBackend())
    return boxes


def _icons(buttons: list) -> list[bool]:  # noqa: ANN001
    return [not b.icon().isNull() for b in buttons]


def test_preferences_and_about_buttons_carry_words_only(qtbot, icons_wanted) -> None:  # noqa: ANN001
    prefs = SettingsDialog(AppSettings(), backups_kept=None, preview_theme=lambda _mode: None)
    about = AboutDialog()
    for dialog in (prefs, about):
        qtbot.addWidget(dialog)
        boxes = dialog.findChildren(QDialogButtonBox)
        assert boxes and not any(_icons([b for box in boxes for b in box.buttons()]))


@pytest.mark.parametrize(
    "show",
    [
        lambda: messages.confirm(None, "Delete entry", "Delete this entry?", "Delete"),
        lambda: messages.inform(None, "Backed up", "A backup was made."),
        lambda: messages.warn(None, "Not saved", "The disk is full."),
    ],
    ids=["confirm", "inform", "warn"],
)
def test_message_boxes_carry_words_only(
    icons_wanted, shown_boxes: list[QMessageBox], show: Callable[[], object]
) -> None:  # noqa: ANN001
    show()
    [box] = shown_boxes
    assert box.buttons() and not any(_icons(box.buttons()))


@pytest.mark.parametrize("c", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_the_app_style_sheet_asks_for_no_button_icons(qapp, app_look, c) -> None:  # noqa: ANN001
    qapp.setStyleSheet(theme.stylesheet(c))
    assert "dialogbuttonbox-buttons-have-icons: 0" in qapp.styleSheet()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert not any(_icons(buttons.buttons()))  # dialogs built anywhere else, too
    buttons.deleteLater()


def test_typing_a_date_with_separators_stays_in_the_date_field(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    field = DateField(QDate(2026, 9, 30), parent)
    after = QLineEdit(parent)
    after.move(0, 40)
    parent.show()
    field.setDisplayFormat("d MM yyyy")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    # A typed separator moves to the next part of the date, never out of the field.
    qtbot.keyClicks(field, "3 6 2010")
    assert QApplication.focusWidget() is field
    assert field.date() == QDate(2010, 6, 3)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # Tab still leaves at once
    assert QApplication.focusWidget() is after
