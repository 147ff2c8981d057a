"""Every message box and file dialog goes through here.

Tests replace :data:`backend` with a scripted one instead of patching Qt all over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class QtBackend:
    """The real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_label: str) -> bool:
        """Ask a yes/no question; True when the user agrees."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        ok = box.addButton(ok_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something."""
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something went wrong and what to do."""
        QMessageBox.warning(parent, title, text)

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
