"""Editing one entry: free writing or a feelings check-in, saved as you type.

Autosave design: the entry itself is saved (one small transaction) two seconds after the
last change, and immediately on :meth:`EntryEditor.flush` (switching entries, locking,
closing). A kill loses at most those two seconds. When a save fails (disk full, locked)
the text stays in the widgets, the problem is shown, and the next change tries again.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.entries import Entry, FeelingsAnswers
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.widgets.date_field import DateField
from hallpass_journal.ui.widgets.emotion_picker import EmotionPicker
from hallpass_journal.ui.widgets.entry_delegate import kind_label
from hallpass_journal.ui.widgets.page_parts import private_checkbox
from hallpass_journal.ui.widgets.session_controls import EntrySessionControls

AUTOSAVE_MS = 2000
EDITABLE_KINDS = (EntryKind.FREE, EntryKind.FEELINGS)


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setProperty("role", "muted")  # the app stylesheet's quiet text
    return label


class TagCompleter(QCompleter):
    """Completes the tag after the last comma of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        """Complete only the tag being typed."""
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        """Keep the tags already typed and add the chosen one."""
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [t.strip() for t in typed.split(",")[:-1] if t.strip()]
        return ", ".join([*head, chosen]) + ", "


class UndoBar(QFrame):
    """A quiet, non-modal "Entry deleted — Undo" notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self.tr("Entry deleted."), self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the undo notice"))
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.hide)


class EntryEditor(QWidget):
    """Title, date, tags, private flag and text of one entry (plus feelings).

    :attr:`session` marks the open entry for the next session and adds questions from
    it; those act at once, apart from the entry's autosave.
    """

    #: "Saving…", "Saved", or what went wrong.
    save_state = Signal(str)
    #: The entry as saved (after every successful save).
    saved = Signal(object)
    #: The entry that was just deleted.
    deleted = Signal(object)
    #: The deleted entry, saved again by Undo.
    restored = Signal(object)
    #: Idle time before an edit is saved.
    autosave_ms = AUTOSAVE_MS

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._entry: Entry | None = None
        self._stored = False
        self._dirty = False
        self._loading = False
        self._deleted: Entry | None = None
        self._deleted_marked = False  # the deleted entry was marked: Undo marks it again
        #: Why the last save failed (None after a successful one).
        self.last_error: VaultError | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.autosave_ms)
        self._timer.timeout.connect(self._autosave)
        self._build()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo_button.clicked.connect(self.undo_delete)
        self.undo_bar.hide()
        outer.addWidget(self.undo_bar)
        self._pages = QStackedWidget(self)
        outer.addWidget(self._pages, 1)
        nothing = _muted(self.tr("Choose an entry on the left, or start a new one."), self)
        nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages.addWidget(nothing)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
        self._pages.addWidget(scroll)
        outer_host = QWidget(scroll)
        scroll.setWidget(outer_host)
        centre = QHBoxLayout(outer_host)
        form_host = QWidget(outer_host)
        form_host.setMaximumWidth(900)  # long lines are tiring to read and write
        centre.addStretch(1)
        centre.addWidget(form_host, 100)
        centre.addStretch(1)
        box = QVBoxLayout(form_host)
        box.setSpacing(10)

        header = QHBoxLayout()
        self._kind_label = QLabel(self)
        font = self._kind_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self._kind_label.setFont(font)
        self._status = _muted("", self)
        self._status.setAccessibleName(self.tr("Save status"))
        header.addWidget(self._kind_label, 1)
        header.addWidget(self._status)
        box.addLayout(header)
        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.setAccessibleName(self.tr("Save problem"))
        self._error.setProperty("role", "error")
        self._error.hide()
        box.addWidget(self._error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("A few words, if you like"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("&Title"), self.title_edit)
        self.date_edit = DateField(parent=self)  # one Tab stop, calendar on Alt+Down
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setAccessibleName(self.tr("Date this entry is about"))
        self.private_check = private_checkbox(self)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        date_label = QLabel(self.tr("&Date"), self)
        date_label.setBuddy(self.date_edit)  # addRow(text, layout) would show the "&"
        form.addRow(date_label, date_row)
        # A row of its own: beside the date it made the editor too wide for a small window.
        form.addRow("", self.private_check)
        self.session = EntrySessionControls(self.journal, self)
        self.session.problem.connect(self._set_status)
        self.private_check.toggled.connect(self.session.set_private)
        form.addRow("", self.session)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
        self._tag_model = QStringListModel(self)
        completer = TagCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(completer)
        form.addRow(self.tr("Ta&gs"), self.tags_edit)
        box.addLayout(form)

        self.picker = EmotionPicker(self)
        box.addWidget(self.picker)
        self._guided_note = _muted(
            self.tr(
                "This entry has guided answers of its own; they are kept as they are. "
                "Here you can change its title, date, tags and notes."
            ),
            self,
        )
        box.addWidget(self._guided_note)
        self._body_label = QLabel(self.tr("Notes"), self)
        box.addWidget(self._body_label)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)  # Tab moves on, never traps the keyboard
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        self.body_edit.setMinimumHeight(180)
        self.body_edit.document().setDocumentMargin(8)
        self._body_label.setBuddy(self.body_edit)
        box.addWidget(self.body_edit, 1)
        self.delete_button = QPushButton(self.tr("Delete entry…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete entry"))
        self.delete_button.clicked.connect(self.delete_entry)
        box.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)

        for signal in (
            self.title_edit.textChanged,
            self.date_edit.dateChanged,
            self.private_check.toggled,
            self.tags_edit.textChanged,
            self.body_edit.textChanged,
            self.picker.changed,
        ):
            signal.connect(self._on_changed)
        self.setMinimumSize(360, 320)
        self._show_entry_page(False)

    def _show_entry_page(self, shown: bool) -> None:
        self._pages.setCurrentIndex(1 if shown else 0)

    # -- what is open ----------------------------------------------------------------

    def entry(self) -> Entry | None:
        """The entry as last loaded or saved (not including unsaved edits)."""
        return self._entry

    def current_uuid(self) -> uuid_mod.UUID | None:
        """The UUID of the open entry."""
        return self._entry.uuid if self._entry else None

    def load(self, entry: Entry, *, stored: bool = True) -> bool:
        """Open ``entry`` after saving the current one; False if that save failed."""
        if not self.flush():
            return False
        self._loading = True
        try:
            self._entry = entry
            self._stored = stored
            self._dirty = False
            feelings = entry.kind == EntryKind.FEELINGS
            self._kind_label.setText(kind_label(entry.kind))
            self.title_edit.setText(entry.title)
            self.date_edit.setDate(QDate(entry.about.year, entry.about.month, entry.about.day))
            self.private_check.setChecked(entry.private)
            self.tags_edit.setText(", ".join(entry.tags))
            self.picker.setVisible(feelings)
            self._guided_note.setVisible(entry.kind not in EDITABLE_KINDS)
            self._body_label.setVisible(entry.kind != EntryKind.FREE)
            self.body_edit.setPlaceholderText(
                self.tr("Write whatever is on your mind. It is saved as you type.")
                if entry.kind == EntryKind.FREE
                else self.tr("Anything else you want to remember about this moment.")
            )
            if feelings and isinstance(entry.answers, FeelingsAnswers):
                self.picker.set_emotions(entry.emotions)
                self.picker.set_mood(entry.mood)
                self.picker.set_needs(entry.answers.needs)
                self.picker.set_telling_me(entry.answers.telling_me)
            else:
                self.picker.clear()
            self.body_edit.setPlainText(entry.body)  # also clears the undo history
            self.body_edit.moveCursor(QTextCursor.MoveOperation.End)  # carry on writing
            self._set_status("")
            self._error.hide()
            self._refresh_tags()
        finally:
            self._loading = False
        self.session.show_entry(entry, stored=stored)
        self._show_entry_page(True)
        return True

    def new_entry(self, kind: EntryKind = EntryKind.FREE, about: date | None = None) -> bool:
        """Start a blank entry of ``kind``; it is stored once something is written."""
        fresh = Entry.new(kind, about=about or date.today())
        if not self.load(fresh, stored=False):
            return False
        self.undo_bar.hide()
        self.title_edit.setFocus()
        return True

    def _refresh_tags(self) -> None:
        try:
            names = [name for name, _count in self.journal.entries.tags()]
        except VaultError:
            names = []
        self._tag_model.setStringList(names)

    # -- saving ----------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading or self._entry is None:
            return
        self._dirty = True
        self._timer.start()  # restarts: saves once typing pauses

    def _is_blank(self) -> bool:
        return not (
            self.title_edit.text().strip()
            or self.body_edit.toPlainText().strip()
            or self.tags_edit.text().strip()
            or (
                self._entry is not None
                and self._entry.kind == EntryKind.FEELINGS
                and not self.picker.is_blank(count_unrated=False)
            )
        )

    def _collect(self) -> Entry:
        assert self._entry is not None
        base = self._entry
        changes: dict[str, object] = {
            "title": self.title_edit.text().strip(),
            "body": self.body_edit.toPlainText(),
            "about": self.date_edit.date().toPython(),
            "tags": [t for t in self.tags_edit.text().split(",")],
            "private": self.private_check.isChecked(),
        }
        if base.kind == EntryKind.FEELINGS:
            changes["emotions"] = self.picker.emotions()
            changes["mood"] = self.picker.mood()
            changes["answers"] = FeelingsAnswers(
                needs=self.picker.needs(), telling_me=self.picker.telling_me_text()
            )
        return Entry.model_validate({**base.model_dump(), **changes})

    def _autosave(self) -> None:
        """The typing pause is over: save, unless background work holds the journal."""
        if operations.journal_busy():
            self._timer.start()  # try again shortly; flush() (lock, switch) still saves
            return
        self.save_now()

    def save_now(self) -> bool:
        """Save pending changes now; False (and the problem shown) if that failed."""
        self._timer.stop()
        if not self._dirty or self._entry is None:
            return True
        if not self._stored and self._is_blank():
            self._dirty = False  # an untouched new entry is not worth keeping
            return True
        self._set_status(self.tr("Saving…"))
        try:
            entry = self.journal.save_entry(self._collect())
        except VaultError as exc:
            self.last_error = exc
            self._error.setText(
                self.tr("Not saved: {problem} Your text is still here.").format(problem=exc.text)
            )
            self._error.show()
            self._set_status(exc.text)
            return False
        self._entry = entry
        self._stored = True
        self._dirty = False
        self.last_error = None
        self._error.hide()
        self._set_status(self.tr("Saved"))
        self.session.entry_saved(entry)
        self.saved.emit(entry)
        return True

    def flush(self) -> bool:
        """Save any pending edit now (before switching entries, locking, closing)."""
        return self.save_now()

    def _set_status(self, text: str) -> None:
        self._status.setText(text)
        if text:
            self.save_state.emit(text)

    # -- deleting --------------------------------------------------------------------

    def delete_entry(self) -> bool:
        """Ask once, delete the open entry, and offer Undo."""
        if self._entry is None:
            return False
        if not messages.confirm(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this entry? You can undo this right after."),
            self.tr("Delete"),
        ):
            return False
        self._timer.stop()
        if not self._stored:
            self._dirty = False
            self._entry = None
            self.session.clear()
            self._show_entry_page(False)
            return True
        was_marked = self.session.is_marked()  # the mark goes with the entry
        try:
            gone = self.journal.delete_entry(self._entry.uuid)
        except VaultError as exc:
            self._set_status(exc.text)
            return False
        if gone is None:
            return False
        # Keep what was typed since the last save, so Undo brings all of it back.
        if self._dirty:
            gone = self._collect()
        self._deleted = gone
        self._deleted_marked = was_marked
        self._dirty = False
        self._entry = None
        self.session.clear()
        self._loading = True
        try:
            self.title_edit.clear()
            self.body_edit.setPlainText("")
            self.picker.clear()
        finally:
            self._loading = False
        self._show_entry_page(False)
        self.undo_bar.show()
        self.undo_bar.undo_button.setFocus()
        self._set_status(self.tr("Entry deleted"))
        self.deleted.emit(gone)
        return True

    def undo_delete(self) -> bool:
        """Save the deleted entry again (same UUID) and open it."""
        if self._deleted is None:
            return False
        try:
            with self.journal.bulk():  # the entry and its mark come back together
                entry = self.journal.save_entry(self._deleted, touch=False)
                if self._deleted_marked and not entry.private:
                    self.journal.session.mark(entry.uuid, True)
        except VaultError as exc:
            self.undo_bar.label.setText(exc.text)
            return False
        self._deleted = None
        self.undo_bar.hide()
        self.load(entry)
        self._set_status(self.tr("Entry restored"))
        self.restored.emit(entry)
        return True

    # -- locking ---------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget all text and undo history (call :meth:`flush` first to keep edits)."""
        self._timer.stop()
        self._loading = True
        try:
            for line in (self.title_edit, self.tags_edit):
                line.setText("")  # setText also clears QLineEdit's undo history
            self.body_edit.setPlainText("")
            self.body_edit.document().clearUndoRedoStacks()
            self.picker.clear()
            self._tag_model.setStringList([])
            self._error.clear()
            self._status.clear()
        finally:
            self._loading = False
        self._entry = None
        self._deleted = None
        self._deleted_marked = False
        self._dirty = False
        self.session.clear()
        self.undo_bar.hide()
        self._show_entry_page(False)
