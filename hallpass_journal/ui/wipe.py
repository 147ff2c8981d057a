"""Destroying widgets that held journal text, so nothing of it stays on screen or in Qt.

Hiding a view is not enough: QTextEdit keeps deleted text in its undo stack, QLineEdit
in its undo history, item views in their models. On lock every such widget is emptied
first, then deleted for real (not just scheduled for deletion).
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)


def scrub(root: QWidget) -> None:
    """Empty every text-holding widget under (and including) ``root``.

    Signals are blocked first (for good: the widgets are about to be destroyed), so
    emptying an editor can never look like an edit and be autosaved.
    """
    widgets = [w for w in [root, *root.findChildren(QWidget)] if shiboken6.isValid(w)]
    for widget in widgets:
        widget.blockSignals(True)
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.document().blockSignals(True)
    for widget in widgets:
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.document().clearUndoRedoStacks()
            widget.setUndoRedoEnabled(False)
            widget.clear()
        elif isinstance(widget, QLineEdit):
            widget.setText("")  # also clears its undo history
        elif isinstance(widget, QLabel | QComboBox):
            widget.clear()
        elif isinstance(widget, QAbstractButton):
            widget.setText("")
        elif isinstance(widget, QGroupBox):
            widget.setTitle("")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                widget.setTabText(index, "")
        if isinstance(widget, QListWidget | QTreeWidget | QTableWidget):
            widget.clear()  # their models are private
        elif isinstance(widget, QAbstractItemView):
            widget.setModel(None)
        widget.setToolTip("")
        widget.setWhatsThis("")
        widget.setAccessibleDescription("")


def destroy(widget: QWidget | None) -> None:
    """Scrub ``widget`` and delete it (and its children) now."""
    if widget is None or not shiboken6.isValid(widget):
        return
    scrub(widget)
    widget.hide()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if shiboken6.isValid(widget):  # e.g. inside a nested event loop: delete directly
        shiboken6.delete(widget)
    gc.collect()


def clear_own_clipboard() -> None:
    """Empty the clipboard and selection if this app put them there (may be journal text)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    if clipboard.ownsClipboard():
        clipboard.clear()
    # On X11, selecting text also offers it for middle-click pasting.
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def close_modal_dialogs() -> bool:
    """Close popups and reject modal dialogs (they may show journal text); True if any."""
    closed = False
    popup = QApplication.activePopupWidget()
    while popup is not None:  # context menus, completers
        popup.close()
        closed = True
        following = QApplication.activePopupWidget()
        popup = None if following is popup else following
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isModal() and hasattr(widget, "reject"):
            widget.reject()
            closed = True
    return closed
