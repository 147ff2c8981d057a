"""Helpers for the application-shell tests: a scripted dialog backend, text scanning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class ScriptedBackend:
    """Stands in for ``messages.QtBackend``: answers come from lists, calls are recorded.

    A dialog the test did not script fails the test (pytest-qt reports exceptions
    raised in slots).
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.open_answers: list[Path | None] = []
        self.save_answers: list[Path | None] = []

    def _next(self, answers: list, kind: str, title: str):  # noqa: ANN202
        if not answers:
            raise AssertionError(f"unexpected {kind} dialog: {title!r}")
        return answers.pop(0)

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_label: str) -> bool:
        self.calls.append(("confirm", title, text))
        return self._next(self.confirm_answers, "confirm", title)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.calls.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.calls.append(("warn", title, text))

    def open_file(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        self.calls.append(("open_file", title, str(start)))
        return self._next(self.open_answers, "open_file", title)

    def save_file(
        self, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        self.calls.append(("save_file", title, str(start)))
        return self._next(self.save_answers, "save_file", title)

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]


def _has_children(model, index: QModelIndex) -> bool:  # noqa: ANN001
    try:
        return model.hasChildren(index)
    except TypeError:
        return False


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.AccessibleTextRole,
        *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 17),
    ]
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            try:
                columns = max(model.columnCount(parent), 1)
            except TypeError:  # list models keep columnCount private: one column
                columns = 1
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in roles:
                    value = model.data(index, role)
                    if value is not None:
                        yield str(value)
                if column == 0 and not parent.isValid() and _has_children(model, index):
                    pending.append(index)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every piece of text a widget holds (its own, not its children's)."""
    if isinstance(widget, QLineEdit):
        yield widget.text()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    yield widget.toolTip()
    yield widget.windowTitle()
    yield widget.accessibleName()
    yield widget.accessibleDescription()


def widgets_containing(marker: str) -> list[QWidget]:
    """Every live widget of the application that holds ``marker`` anywhere."""
    found = []
    for widget in QApplication.allWidgets():
        if shiboken6.isValid(widget) and any(marker in t for t in widget_texts(widget)):
            found.append(widget)
    return found
