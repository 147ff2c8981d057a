"""The scripts library: choose words for a hard moment and insert them where you write.

:class:`ScriptPicker` lists the built-in scripts and the person's own (grouped by when
they help), each with its title and a line on when to use it, shows the chosen one in
full, and inserts it. "Add your own script…" keeps a new one in the journal (encrypted,
like everything else). Scripts are starting points: the words land in the text, where
they can be changed until they sound like the person.

Edit > Insert a script… (Ctrl+Shift+I) works in any text field of the window:
:class:`ScriptInsertion` keeps that action enabled only while the cursor is in one, and
inserts at the cursor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import cast

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.scripts import CATEGORY_LABELS, Script
from hallpass_journal.domain.settings import MAX_SCRIPT_TEXT, MAX_SCRIPT_TITLE, MAX_SCRIPT_WHEN
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.domain_text import dt
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    buddy_label,
    link_button,
    message_label,
    text_label,
)

_SCRIPT_ROLE = Qt.ItemDataRole.UserRole + 1
_HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
_PAD = 8

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def is_text_field(widget: QWidget | None) -> bool:
    """Whether a script can be inserted into ``widget``: editable text, not a passphrase.

    The line edit inside a date field or a drop-down list belongs to that control, not
    to the person's writing.
    """
    if isinstance(widget, QLineEdit):
        inner = widget.parent()
        return (
            not widget.isReadOnly()
            and widget.echoMode() == QLineEdit.EchoMode.Normal
            and not (inner is not None and inner.inherits("QAbstractSpinBox"))
            and not (inner is not None and inner.inherits("QComboBox"))
        )
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


def as_shown(script: Script) -> Script:
    """``script`` in the person's language (their own scripts stay as they wrote them)."""
    if script.is_own:
        return script
    return dataclasses.replace(
        script, title=dt(script.title), when_to_use=dt(script.when_to_use), text=dt(script.text)
    )


def insert_text(target: QWidget, text: str) -> bool:
    """Insert ``text`` at the cursor of ``target`` (a line edit gets it on one line)."""
    if not shiboken6.isValid(target) or not is_text_field(target):
        return False
    if isinstance(target, QLineEdit):
        target.insert(" ".join(line.strip() for line in text.splitlines() if line.strip()))
    elif isinstance(target, QPlainTextEdit | QTextEdit):
        target.insertPlainText(text)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


class _ScriptDelegate(QStyledItemDelegate):
    """A script as two lines (its title, then when to use it); a group name as a heading."""

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines for a script, one for a heading."""
        line = option.fontMetrics.lineSpacing()
        lines = 1 if index.data(_HEADER_ROLE) else 2
        return QSize(200, lines * line + 2 * _PAD + (4 if lines == 1 else 0))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Title and "when" (muted, elided); a heading in small bold letters."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = QRect(opt.rect).adjusted(_PAD + 2, _PAD, -_PAD, -_PAD)
        painter.save()
        if index.data(_HEADER_ROLE):
            font = QFont(opt.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.92)
            painter.setFont(font)
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(0, 4, 0, 0), Qt.AlignmentFlag.AlignLeft, opt.text)
            painter.restore()
            return
        text_opt = QStyleOptionViewItem(opt)
        text_opt.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, text_opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        script = as_shown(cast(Script, index.data(_SCRIPT_ROLE)))
        line = opt.fontMetrics.lineSpacing()
        title_font = QFont(opt.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(opt.palette.color(group, text_role))
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        title = painter.fontMetrics().elidedText(
            script.title, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        when = opt.fontMetrics.elidedText(
            script.when_to_use, Qt.TextElideMode.ElideRight, rect.width()
        )
        below = top.translated(0, line)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, when)
        painter.restore()


class AddScriptDialog(QDialog):
    """A script of the person's own: a title, when it helps, and the words."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        #: The script as the library lists it, once added.
        self.added: Script | None = None
        self.setWindowTitle(self.tr("Add your own script"))
        col = QVBoxLayout(self)
        col.setSpacing(8)
        col.addWidget(
            text_label(
                self.tr(
                    "Words that work for you, kept in your journal to use again. Only "
                    "the title and the words are needed."
                ),
                self,
                role="muted",
            )
        )
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_SCRIPT_TITLE)
        self.title_edit.setAccessibleName(self.tr("Title"))
        col.addWidget(buddy_label(self.tr("&Title"), self.title_edit, self))
        col.addWidget(self.title_edit)
        self.when_edit = QLineEdit(self)
        self.when_edit.setMaxLength(MAX_SCRIPT_WHEN)
        self.when_edit.setAccessibleName(self.tr("When to use it"))
        self.when_edit.setPlaceholderText(self.tr("For example: when I need a moment to think"))
        col.addWidget(buddy_label(self.tr("&When to use it"), self.when_edit, self))
        col.addWidget(self.when_edit)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("The words"))
        self.text_edit.setMinimumHeight(120)
        col.addWidget(buddy_label(self.tr("The &words"), self.text_edit, self))
        col.addWidget(self.text_edit, 1)
        self.message = message_label(self)
        col.addWidget(self.message)
        buttons, self.ok_button, cancel = accept_cancel_buttons(
            self, self.tr("Add to the library"), self.tr("Add to the library")
        )
        self.ok_button.clicked.connect(self._add)
        cancel.clicked.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(460)
        settle_size(self, self.message)

    def _add(self) -> None:
        title, text = self.title_edit.text().strip(), self.text_edit.toPlainText().strip()
        if not title or not text:
            self._say(self.tr("Please give the script a title and its words."))
            (self.title_edit if not title else self.text_edit).setFocus()
            return
        if len(text) > MAX_SCRIPT_TEXT:
            self._say(
                self.tr("The words are too long to keep (up to {count} characters).").format(
                    count=MAX_SCRIPT_TEXT
                )
            )
            return
        try:
            self.added = self.journal.guided.add_script(
                title=title, text=text, when_to_use=self.when_edit.text().strip()
            )
        except VaultError as exc:
            self._say(exc.text)
            return
        except ValueError as exc:  # e.g. the library is full
            self._say(dt(str(exc)))  # the core's words
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class ScriptPicker(QDialog):
    """Every script with when it helps, the chosen one in full, and Insert."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        #: The "Add your own script" dialog last opened (tests drive it).
        self.add_dialog: AddScriptDialog | None = None
        self.setWindowTitle(self.tr("Insert a script"))
        col = QVBoxLayout(self)
        col.addWidget(
            text_label(
                self.tr(
                    "Starting points for hard moments. Change the words until they sound like you."
                ),
                self,
                role="muted",
            )
        )
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Scripts"))
        self.list.setItemDelegate(_ScriptDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(280)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self._insert())
        left.addWidget(self.list, 1)
        self.add_button = link_button(self.tr("Add your own script…"), self)
        self.add_button.setAccessibleName(self.tr("Add your own script"))
        self.add_button.clicked.connect(self.add_own)
        left.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(left, 1)
        right = QVBoxLayout()
        self.preview_title = text_label("", self)
        font = self.preview_title.font()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.preview_title.setFont(font)
        self.preview_when = text_label("", self, role="muted")
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The script's words"))
        self.preview.setTabChangesFocus(True)
        self.preview.document().setDocumentMargin(8)
        right.addWidget(self.preview_title)
        right.addWidget(self.preview_when)
        right.addWidget(self.preview, 1)
        row.addLayout(right, 1)
        col.addLayout(row, 1)
        self.message = message_label(self)
        col.addWidget(self.message)
        buttons, self.insert_button, cancel = accept_cancel_buttons(
            self, self.tr("Insert"), self.tr("Insert the script")
        )
        self.insert_button.clicked.connect(self._insert)
        cancel.clicked.connect(self.reject)
        col.addWidget(buttons)
        self.reload()
        self.resize(760, 480)
        settle_size(self, self.message)

    # -- the list ----------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """List the library again (after adding), selecting script ``select`` if given."""
        try:
            scripts = self.journal.guided.scripts()
        except VaultError as exc:
            self.message.setText(exc.text)
            self.message.show()
            scripts = []
        self.list.clear()
        category = None
        first: QListWidgetItem | None = None
        for script in scripts:
            if script.category != category:
                category = script.category
                head = QListWidgetItem(dt(CATEGORY_LABELS[category]), self.list)
                head.setData(_HEADER_ROLE, True)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
            words = as_shown(script)
            item = QListWidgetItem(words.title, self.list)
            item.setData(_SCRIPT_ROLE, script)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words.title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, words.when_to_use)
            if first is None or script.id == select:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)
            if select is None:
                self.list.scrollToTop()  # the first group's name shows too
            else:
                self.list.scrollToItem(first)
        self._show_current(first)

    def scripts(self) -> list[Script]:
        """The scripts listed, in order."""
        found = (self.list.item(row).data(_SCRIPT_ROLE) for row in range(self.list.count()))
        return [s for s in found if isinstance(s, Script)]

    def select(self, script_id: str) -> bool:
        """Make ``script_id`` the chosen script."""
        for row in range(self.list.count()):
            script = self.list.item(row).data(_SCRIPT_ROLE)
            if isinstance(script, Script) and script.id == script_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> Script | None:
        """The script chosen in the list."""
        item = self.list.currentItem()
        script = item.data(_SCRIPT_ROLE) if item is not None else None
        return script if isinstance(script, Script) else None

    def _show_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        script = item.data(_SCRIPT_ROLE) if item is not None else None
        script = as_shown(script) if isinstance(script, Script) else None
        self.preview_title.setText(script.title if script else "")
        self.preview_when.setText(script.when_to_use if script else "")
        self.preview.setPlainText(script.text if script else "")
        self.insert_button.setEnabled(script is not None)

    def _insert(self) -> None:
        if self.chosen() is not None:
            self.accept()

    # -- adding ------------------------------------------------------------------------

    def add_own(self) -> AddScriptDialog:
        """Open "Add your own script" (non-blocking); the list follows once it is added."""
        dialog = AddScriptDialog(self.journal, self)
        self.add_dialog = dialog

        def added() -> None:
            if dialog.added is not None:
                self.reload(select=dialog.added.id)

        dialog.accepted.connect(added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def done(self, result: int) -> None:
        """Close, then forget the scripts shown (they may be the person's own words)."""
        super().done(result)
        self.preview.clear()
        self.preview.document().clearUndoRedoStacks()


def pick_script(
    parent: QWidget,
    journal: Journal,
    target: QWidget,
    on_inserted: Callable[[], None] = lambda: None,
) -> ScriptPicker:
    """Open the picker (non-blocking); Insert puts the chosen script at ``target``'s cursor."""
    picker = ScriptPicker(journal, parent)

    def insert() -> None:
        script = picker.chosen()
        # The words as the picker showed them: once inserted they are the person's own.
        words = as_shown(script).text if script is not None else ""
        if words and insert_text(target, words) and on_inserted is not None:
            on_inserted()

    picker.accepted.connect(insert)
    picker.finished.connect(picker.deleteLater)
    picker.open()
    return picker


class ScriptInsertion(QObject):
    """Edit > Insert a script…: enabled while the cursor is in a text field of the window."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self.action = action
        #: The picker last opened (tests drive it).
        self.picker: ScriptPicker | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        action.triggered.connect(self.insert)
        self.update()

    def _journal(self) -> Journal | None:
        journal = getattr(self._window, "journal", None)
        return journal if isinstance(journal, Journal) else None

    def target(self) -> QWidget | None:
        """The text field of the window where the cursor is, if any."""
        if not shiboken6.isValid(self._window):
            return None
        focused = self._window.focusWidget()
        return focused if is_text_field(focused) else None

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        # Menus and dialogs take the focus for a moment; only the window's own counts.
        if now is None or not shiboken6.isValid(self._window) or now.window() is self._window:
            self.update()

    def update(self) -> None:
        """Enable the action when a journal is open and the cursor is in a text field."""
        if shiboken6.isValid(self.action):
            self.action.setEnabled(self._journal() is not None and self.target() is not None)

    def insert(self) -> ScriptPicker | None:
        """Open the picker for the text field where the cursor is."""
        journal, target = self._journal(), self.target()
        if journal is None or target is None:
            return None
        self.picker = pick_script(self._window, journal, target)
        return self.picker
