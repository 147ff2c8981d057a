"""The timeline's list: keys move between entries and events, never onto a header.

Up, Down, Page Up and Page Down skip headers; Home and End go to the very first and very
last row of the whole timeline (loading them if the window lies elsewhere); reaching the
top of a window that started in the middle (after a jump) loads the rows above without
moving what is on screen. Enter asks to open the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from hallpass_journal.ui.models.timeline_model import TimelineModel

_Move = QAbstractItemView.CursorAction
_UP = (_Move.MoveUp, _Move.MovePrevious, _Move.MovePageUp)


class TimelineList(QListView):
    """A list over a :class:`TimelineModel` with header-aware keyboard moves."""

    #: Enter (or Return) on an entry or event row.
    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)  # headers are shorter than rows
        self._above_pending = False
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def timeline(self) -> TimelineModel | None:
        """The model, when it is a timeline."""
        model = self.model()
        return model if isinstance(model, TimelineModel) else None

    # -- rows above ------------------------------------------------------------------

    def fetch_above_keeping_place(self) -> int:
        """Load the rows above the first one; what is on screen stays where it is."""
        model = self.timeline()
        if model is None or not model.can_fetch_above():
            return 0
        top = self.indexAt(QPoint(1, 1))
        anchor = QPersistentModelIndex(top) if top.isValid() else None
        offset = self.visualRect(top).top() if top.isValid() else 0
        added = model.fetch_above()
        if added and anchor is not None and anchor.isValid():
            self.scrollTo(model.index(anchor.row()), QAbstractItemView.ScrollHint.PositionAtTop)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - offset)
        return added

    def _on_scrolled(self, value: int) -> None:
        model = self.timeline()
        if (
            value == self.verticalScrollBar().minimum()
            and model is not None
            and model.can_fetch_above()
            and not self._above_pending
        ):
            # Not from inside the scroll bar's own signal: a moment later.
            self._above_pending = True
            QTimer.singleShot(0, self._fetch_above_later)

    def _fetch_above_later(self) -> None:
        self._above_pending = False
        if self.verticalScrollBar().value() == self.verticalScrollBar().minimum():
            self.fetch_above_keeping_place()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        """Scrolling up at the top of a window loads the rows above it."""
        bar = self.verticalScrollBar()
        if event.angleDelta().y() > 0 and bar.value() == bar.minimum():
            self.fetch_above_keeping_place()
        super().wheelEvent(event)

    # -- keys and clicks -------------------------------------------------------------

    def _selectable(self, row: int, step: int) -> QModelIndex:
        """The first entry or event from ``row`` on in direction ``step`` (else the other)."""
        model = self.timeline()
        if model is None:
            return QModelIndex()
        count = model.rowCount()
        for direction in (step, -step):
            r = row
            while 0 <= r < count:
                if not model.is_header(r):
                    return model.index(r)
                r += direction
        return QModelIndex()

    def _first_item_row(self) -> int:
        index = self._selectable(0, 1)
        return index.row() if index.isValid() else -1

    def moveCursor(  # noqa: N802 - Qt API
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Like the list's moves, but past headers and across the whole timeline."""
        model = self.timeline()
        if model is None:
            return super().moveCursor(cursor_action, modifiers)
        if cursor_action == _Move.MoveHome:
            model.go_to_start()
            return self._selectable(0, 1)
        if cursor_action == _Move.MoveEnd:
            model.go_to_end()
            return self._selectable(model.rowCount() - 1, -1)
        up = cursor_action in _UP
        current = self.currentIndex()
        if up and model.can_fetch_above() and current.row() <= self._first_item_row():
            self.fetch_above_keeping_place()
        if not up and current.row() >= model.rowCount() - 1 and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        index = super().moveCursor(cursor_action, modifiers)
        if up and model.can_fetch_above() and index.row() <= self._first_item_row():
            self.fetch_above_keeping_place()  # Page Up reached the top of the window
            index = super().moveCursor(cursor_action, modifiers)
        if not index.isValid():
            return current
        found = self._selectable(index.row(), -1 if up else 1)
        return found if found.isValid() else current

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter opens the current row (the same on every platform)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            ~Qt.KeyboardModifier.KeypadModifier
        ):
            model = self.timeline()
            current = self.currentIndex()
            if model is not None and current.isValid() and not model.is_header(current.row()):
                self.open_requested.emit(current)
                event.accept()
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """A click on a header does not make it current (headers cannot be chosen)."""
        index = self.indexAt(event.position().toPoint())
        model = self.timeline()
        if model is not None and index.isValid() and model.is_header(index.row()):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)
