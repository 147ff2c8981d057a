"""Dark mode details: WCAG AA contrast, computed from the palettes and the style sheet.

Text (secondary and disabled text too) needs 4.5:1 against what it sits on; the parts
that identify a control (a check box's square) and the focus ring need 3:1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QStyle, QStyleOptionButton, QVBoxLayout

from hallpass_journal.ui import theme
from hallpass_journal.ui.theme import DARK, LIGHT, Colors, build_palette, contrast_ratio
from hallpass_journal.ui.widgets.entry_delegate import readable_blend

TEXT, CONTROL = 4.5, 3.0
THEMES = [LIGHT, DARK]
IDS = ["light", "dark"]
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def _rule(c: Colors, selector: str) -> dict[str, str]:
    """The properties of one rule of the filled-in style sheet."""
    sheet = theme.stylesheet(c)
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert match, selector
    props = {}
    for line in match.group(1).split(";"):
        if ":" in line:
            name, value = line.split(":", 1)
            props[name.strip()] = value.strip()
    return props


def _colour(value: str) -> str:
    """The colour in a CSS value like ``1px solid #7b7f83``."""
    found = re.search(r"#[0-9a-fA-F]{6}", value)
    assert found, value
    return found.group(0)


def test_the_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("c", THEMES, ids=IDS)
def test_secondary_text_reads_on_every_surface(c: Colors) -> None:
    palette = build_palette(c)
    for surface in (c.window, c.base, c.alternate, c.accent_soft, c.button):
        assert contrast_ratio(c.muted, surface) >= TEXT, surface
    placeholder = palette.color(Group.Active, Role.PlaceholderText)
    assert contrast_ratio(placeholder, palette.color(Role.Base)) >= TEXT


@pytest.mark.parametrize("c", THEMES, ids=IDS)
def test_disabled_text_still_reads(c: Colors) -> None:
    palette = build_palette(c)
    for text, surface in (
        (Role.ButtonText, Role.Button),
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
    ):
        fg = palette.color(Group.Disabled, text)
        bg = palette.color(Group.Disabled, surface)
        assert contrast_ratio(fg, bg) >= TEXT, (text, surface)
    primary = _rule(c, 'QPushButton[role="primary"]:disabled')
    assert contrast_ratio(_colour(primary["color"]), _colour(primary["background"])) >= TEXT
    assert contrast_ratio(_colour(primary["color"]), c.window) >= TEXT


@pytest.mark.parametrize("c", THEMES, ids=IDS)
def test_the_private_check_box_stands_out(c: Colors) -> None:
    palette = build_palette(c)
    label = palette.color(Role.WindowText)
    for surface in (c.window, c.base):  # the editor sits on the window; Home's card on base
        assert contrast_ratio(label, surface) >= TEXT
    square = _rule(c, "QCheckBox::indicator")
    for surface in (c.window, c.base):
        assert contrast_ratio(_colour(square["border"]), surface) >= CONTROL
    ticked = _rule(c, "QCheckBox::indicator:checked")
    fill = _colour(ticked["background"])
    assert contrast_ratio(c.on_accent, fill) >= CONTROL  # the app's white tick
    for surface in (c.window, c.base):
        assert contrast_ratio(fill, surface) >= CONTROL
    assert "check.svg" in ticked["image"]


@pytest.mark.parametrize("c", THEMES, ids=IDS)
def test_the_focus_ring_shows_against_every_surface(c: Colors) -> None:
    for surface in (c.window, c.base, c.button, c.alternate, c.accent_soft):
        assert contrast_ratio(c.focus, surface) >= CONTROL, surface


@pytest.mark.parametrize("c", THEMES, ids=IDS)
@pytest.mark.parametrize("selected", [False, True], ids=["row", "selected row"])
def test_entry_rows_keep_their_second_lines_readable(c: Colors, selected: bool) -> None:
    text = QColor(c.on_accent if selected else c.text)
    base = QColor(c.accent if selected else c.base)
    for amount in (0.68, 0.85):  # the kind-and-date line, the snippet
        assert contrast_ratio(readable_blend(text, base, amount), base) >= TEXT


# -- what is actually drawn --------------------------------------------------------------


@pytest.fixture
def themed(qapp) -> Iterator[theme.ThemeManager]:  # noqa: ANN001
    style, palette, sheet = qapp.style().name(), QGuiApplication.palette(), qapp.styleSheet()
    manager = theme.ThemeManager(qapp, "light")
    yield manager
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style or "Fusion")
    qapp.setPalette(palette)
    manager.deleteLater()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_drawn_check_box_square_has_contrast(qtbot, host, themed, mode: str) -> None:  # noqa: ANN001
    themed.set_mode(mode)
    c = theme.colors()
    card = QFrame()
    card.setObjectName("card")  # Home's check-in card: the base colour
    box = QVBoxLayout(card)
    check = QCheckBox("Private — exported only if you ask", card)
    box.addWidget(check)
    host(card, 400, 80)
    image = card.grab().toImage()  # the card paints the background around the box
    opt = QStyleOptionButton()
    check.initStyleOption(opt)
    square = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, check)
    square.translate(check.pos())
    around = image.pixelColor(QPoint(square.right() + 2, square.center().y()))
    best = max(
        contrast_ratio(image.pixelColor(QPoint(x, y)), around)
        for x in range(square.left(), square.right() + 1)
        for y in range(square.top(), square.bottom() + 1)
    )
    assert around.name() == c.base
    assert best >= CONTROL
    assert check.palette().color(Role.WindowText) == QColor(c.text)
    assert check.focusPolicy() & Qt.FocusPolicy.TabFocus
