"""Every message box and file dialog goes through here.

Tests replace :data:`backend` with a scripted one instead of patching Qt all over.

Message boxes show their text as plain text, always: left to guess, Qt renders text
that looks like HTML as rich text, so a journal file name or an error detail holding
``<b>`` or ``<a href=...>`` would be formatted, or become a link, instead of being
shown as it is.

Their buttons carry words only: where the desktop asks for icons on dialog buttons, Qt
falls back to its own green ticks and red crosses, which are not the app's look.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget


def plain_buttons(buttons: Iterable[QAbstractButton]) -> None:
    """Drop the stock icons a style may put on dialog buttons (ticks, crosses)."""
    for button in buttons:
        button.setIcon(QIcon())


def build_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
) -> QMessageBox:
    """A message box showing ``text`` as plain text, built but not shown (no buttons yet)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _show_with_ok(box: QMessageBox) -> None:
    """Show ``box`` with one OK button, as QMessageBox.information() would."""
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    plain_buttons(box.buttons())
    box.exec()


class QtBackend:
    """The real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_label: str) -> bool:
        """Ask a yes/no question; True when the user agrees."""
        box = build_box(parent, QMessageBox.Icon.Question, title, text)
        ok = box.addButton(ok_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        plain_buttons(box.buttons())
        box.exec()
        return box.clickedButton() is ok

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something."""
        _show_with_ok(build_box(parent, QMessageBox.Icon.Information, title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something went wrong and what to do."""
        _show_with_ok(build_box(parent, QMessageBox.Icon.Warning, title, text))

    def open_file(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        """Pick an existing file."""
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        """Pick a file name to write."""
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
        return Path(name) if name else None


backend: QtBackend = QtBackend()


def confirm(parent: QWidget | None, title: str, text: str, ok_label: str = "OK") -> bool:
    """Ask a yes/no question through the current backend."""
    return backend.confirm(parent, title, text, ok_label)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Show information through the current backend."""
    backend.inform(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning through the current backend."""
    backend.warn(parent, title, text)


def open_file(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    """Pick a file to open through the current backend."""
    return backend.open_file(parent, title, start, filters)


def save_file(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    """Pick a file to save through the current backend."""
    return backend.save_file(parent, title, start, filters)
