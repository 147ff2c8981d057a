"""Light and dark themes, forced or following the system, applied live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from hallpass_journal.ui import theme


@pytest.fixture
def manager(qapp):  # noqa: ANN001, ANN201
    style = qapp.style().name()
    palette = QGuiApplication.palette()
    sheet = qapp.styleSheet()
    mgr = theme.ThemeManager(qapp, "system")
    yield mgr
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    mgr.deleteLater()


def _window_lightness() -> int:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_forced_dark_and_light(qtbot, manager) -> None:
    with qtbot.waitSignal(manager.changed) as blocker:
        manager.set_mode("dark")
    assert blocker.args == ["dark"]
    assert theme.colors() is theme.DARK
    assert _window_lightness() < 80
    manager.set_mode("light")
    assert theme.colors() is theme.LIGHT
    assert _window_lightness() > 200


def test_system_mode_follows_the_platform(qtbot, qapp, manager) -> None:
    # What the platform itself reports, read before anything is forced (the offscreen
    # platform reports no preference, which counts as light).
    hints = QGuiApplication.styleHints()
    platform = hints.colorScheme()
    expected = theme.DARK if platform == Qt.ColorScheme.Dark else theme.LIGHT
    forced = theme.LIGHT if expected is theme.DARK else theme.DARK
    manager.set_mode(forced.scheme)
    assert theme.colors() is forced
    with qtbot.waitSignal(manager.changed) as blocker:
        manager.set_mode("system")
    # Back to the platform's scheme: colours, palette, stylesheet and the released hint.
    assert blocker.args == [expected.scheme]
    assert theme.colors() is expected
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).name() == expected.window
    assert qapp.styleSheet() == theme.stylesheet(expected)
    assert hints.colorScheme() == platform


def test_text_is_readable_in_both_themes() -> None:
    def luminance(hex_colour: str) -> float:
        rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    def contrast(a: str, b: str) -> float:
        la, lb = sorted((luminance(a), luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    for c in (theme.LIGHT, theme.DARK):
        assert contrast(c.text, c.window) >= 7
        assert contrast(c.muted, c.window) >= 4.5
        assert contrast(c.danger, c.base) >= 4.5
        assert contrast(c.on_accent, c.accent) >= 4.5
        assert contrast(c.link, c.base) >= 4.5
