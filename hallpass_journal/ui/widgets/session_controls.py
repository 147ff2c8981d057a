"""The open entry and the next session: "Bring to my next session" and "Add a question…".

Marking acts at once (``journal.session.mark``), apart from the entry's own autosave:
the mark is not part of the entry, so saving the entry never changes it. Only an entry
that is stored can be marked, and never a private one: what is brought to a session is
exported for it, and private entries are always left out of that export. A question can
be added from any stored entry (private ones too: only the question's words are
exported, never the entry).

The same two things are offered as a check box and a link in the entry editor and in a
saved guided entry's form, and as actions (:attr:`EntrySessionControls.mark_action`,
:attr:`~EntrySessionControls.question_action`) for the list's context menu and the
window's Entry menu: one state, shown everywhere.
"""

from __future__ import annotations

import uuid as uuid_mod

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMenu, QWidget

from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.reports.translated import title_text
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.dialogs.session_question_dialog import (
    SessionQuestionDialog,
    open_question_dialog,
)
from hallpass_journal.ui.widgets.flow_layout import FlowLayout
from hallpass_journal.ui.widgets.page_parts import link_button

#: The shortcut of "Bring to my next session" (B for bring; unused elsewhere in the app).
MARK_SHORTCUT = "Ctrl+B"
#: Room between the check box and the link.
GAP = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntrySessionControls", text)


translate = QCoreApplication.translate


def private_reason() -> str:
    """Why a private entry cannot be marked."""
    return translate(
        "EntrySessionControls",
        "Private entries are always left out of what you export for a session, so they "
        "cannot be marked. To bring this one, untick Private first.",
    )


def unsaved_reason() -> str:
    """Why a new entry cannot be marked yet."""
    return translate(
        "EntrySessionControls",
        "A new entry can be marked once it is saved. It saves by itself a moment after you write.",
    )


def unsaved_guided_reason() -> str:
    """Why a guided entry that is not saved yet cannot be marked."""
    return translate("EntrySessionControls", "A guided entry can be marked once it is saved.")


def no_entry_reason() -> str:
    """Why nothing can be marked (no entry is open)."""
    return translate(
        "EntrySessionControls", "Open an entry in the Journal to bring it to your next session."
    )


def popup_actions(actions: list[QAction], parent: QWidget, at: QPoint) -> QMenu:
    """Show ``actions`` in a context menu at ``at`` (global); a disabled one says why."""
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    menu.addActions(actions)
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(at)
    return menu


class EntrySessionControls(QWidget):
    """The mark check box and the question link of the open entry, and their actions."""

    #: A mark was stored: ``(entry uuid, marked)``.
    marked = Signal(object, bool)
    #: A question was stored (the SessionQuestion).
    question_added = Signal(object)
    #: Something could not be stored or read (a sentence for the status bar).
    problem = Signal(str)

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, *, saves_itself: bool = True
    ) -> None:
        """Controls for the entries of an editor; ``saves_itself``: it autosaves them."""
        super().__init__(parent)
        self.journal = journal
        self._saves_itself = saves_itself
        self._entry_uuid: uuid_mod.UUID | None = None
        self._writing = False  # a new entry without a UUID yet (a guided form)
        self._title = ""
        self._stored = False
        self._private = False
        self._marked = False
        #: The question dialog last opened (tests drive it).
        self.question_dialog: SessionQuestionDialog | None = None

        self.check = QCheckBox(translate("EntrySessionControls", "Bring to my next session"), self)
        self.check.setAccessibleName(
            translate("EntrySessionControls", "Bring this entry to my next session")
        )
        self.check.toggled.connect(self.set_marked)
        self.question_button = link_button(
            translate("EntrySessionControls", "Add a question for my session…"), self
        )
        self.question_button.setAccessibleName(
            translate(
                "EntrySessionControls", "Add a question for my next session, linked to this entry"
            )
        )
        self.question_button.clicked.connect(self.ask_question)
        self._flow = FlowLayout(self, spacing=GAP)
        self._flow.addWidget(self.check)
        self._flow.addWidget(self.question_button)

        self.mark_action = QAction(
            translate("EntrySessionControls", "&Bring to my next session"), self
        )
        self.mark_action.setCheckable(True)
        self.mark_action.setShortcut(QKeySequence(MARK_SHORTCUT))
        self.mark_action.triggered.connect(self.set_marked)
        self.question_action = QAction(
            translate("EntrySessionControls", "Add a &question for my session…"), self
        )
        self.question_action.triggered.connect(self.ask_question)
        self._update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Both on one line, if there is room (they wrap when there is not)."""
        hints = [self.check.sizeHint(), self.question_button.sizeHint()]
        return QSize(
            sum(h.width() for h in hints) + GAP,
            max(h.height() for h in hints),
        )

    # -- what is open ----------------------------------------------------------------

    def show_entry(self, entry: Entry | None, *, stored: bool, writing: bool = False) -> None:
        """Show the state of ``entry`` (None: nothing open); reads its mark if stored.

        ``writing``: no entry yet, but a new one is being written (a guided form).
        """
        self._writing = writing and entry is None
        self._entry_uuid = entry.uuid if entry is not None else None
        self._title = entry.title if entry is not None else ""
        self._stored = stored and entry is not None
        self._private = entry.private if entry is not None else False
        self._marked = self._read_mark()
        self._update()

    def set_private(self, private: bool) -> None:
        """The Private box was ticked or unticked (not saved yet)."""
        if private != self._private:
            self._private = private
            self._update()

    def entry_saved(self, entry: Entry) -> None:
        """The entry was saved: it can be marked now; saved as private, it is unmarked."""
        if entry.uuid != self._entry_uuid:
            return
        self._stored = True
        self._title = entry.title
        self._private = entry.private
        if entry.private and self._marked:
            # What is private stays out of the session's export: no hidden mark is kept.
            self._store_mark(False)
        self._update()

    def reread(self) -> None:
        """The mark may have changed elsewhere (the list's menu, an import): read it again."""
        marked = self._read_mark()
        if marked != self._marked:
            self._marked = marked
            self._update()

    def _read_mark(self) -> bool:
        if self._entry_uuid is None or not self._stored:
            return False
        try:
            return self.journal.session.is_marked(self._entry_uuid)
        except VaultError as exc:
            self.problem.emit(exc.text)
            return False

    # -- state -----------------------------------------------------------------------

    @property
    def entry_uuid(self) -> uuid_mod.UUID | None:
        """The open entry's UUID (None when nothing is open)."""
        return self._entry_uuid

    def can_mark(self) -> bool:
        """Whether the open entry can be marked (stored and not private)."""
        return self._entry_uuid is not None and self._stored and not self._private

    def is_marked(self) -> bool:
        """Whether the open entry is marked for the next session (a private one never is)."""
        return self.can_mark() and self._marked

    def why_not(self) -> str:
        """Why the open entry cannot be marked ("" when it can)."""
        if self._entry_uuid is None and not self._writing:
            return no_entry_reason()
        if not self._stored:
            return unsaved_reason() if self._saves_itself else unsaved_guided_reason()
        if self._private:
            return private_reason()
        return ""

    def _update(self) -> None:
        can = self.can_mark()
        marked = self.is_marked()
        why = self.why_not()
        tip = why or (
            translate(
                "EntrySessionControls",
                "Marked: it goes with what you export for your next session. Click to unmark.",
            )
            if marked
            else translate(
                "EntrySessionControls",
                "Mark this entry to go with what you export for your next session.",
            )
        )
        self.check.blockSignals(True)
        self.check.setChecked(marked)
        self.check.blockSignals(False)
        self.check.setEnabled(can)
        self.check.setToolTip(tip)
        self.check.setAccessibleDescription(why)
        self.mark_action.blockSignals(True)
        self.mark_action.setChecked(marked)
        self.mark_action.blockSignals(False)
        self.mark_action.setEnabled(can)
        self.mark_action.setToolTip(tip)
        self.mark_action.setStatusTip(tip)
        stored = self._entry_uuid is not None and self._stored
        question_tip = (
            translate(
                "EntrySessionControls",
                "Write down something to ask or talk about, linked to this entry.",
            )
            if stored
            else (
                translate(
                    "EntrySessionControls", "A new entry can have questions once it is saved."
                )
                if self._entry_uuid is not None or self._writing
                else translate(
                    "EntrySessionControls",
                    "Open an entry in the Journal to add a question from it.",
                )
            )
        )
        for item in (self.question_button, self.question_action):
            item.setEnabled(stored)
            item.setToolTip(question_tip)
        self.question_action.setStatusTip(question_tip)

    # -- acting ----------------------------------------------------------------------

    def set_marked(self, marked: bool) -> bool:
        """Mark (or unmark) the open entry now; False (and why) when it cannot be."""
        if not self.can_mark():
            self._update()  # puts the box back as it was
            return False
        if marked == self._marked:
            self._update()
            return True
        ok = self._store_mark(marked)
        self._update()
        return ok

    def toggle(self) -> bool:
        """Mark the open entry if it is not marked, unmark it if it is."""
        return self.set_marked(not self.is_marked())

    def _store_mark(self, marked: bool) -> bool:
        assert self._entry_uuid is not None
        try:
            self.journal.session.mark(self._entry_uuid, marked)
        except VaultError as exc:
            self.problem.emit(exc.text)
            return False
        self._marked = marked
        self.marked.emit(self._entry_uuid, marked)
        return True

    def ask_question(self) -> SessionQuestionDialog | None:
        """Ask for a question in a small dialog; it is kept linked to the open entry."""
        if self._entry_uuid is None or not self._stored:
            return None
        if self._private:
            context = translate(
                "EntrySessionControls",
                "It is kept with this entry. The entry is private and stays out of the "
                "export; only the question's words go with it.",
            )
        elif self._title.strip():
            context = translate(
                "EntrySessionControls", "It is kept with this entry: “{title}”."
            ).format(title=title_text(self._title))
        else:
            context = translate("EntrySessionControls", "It is kept with this entry.")
        self.question_dialog = open_question_dialog(
            self,
            self.journal,
            entry_uuid=self._entry_uuid,
            context=context,
            saved=self.question_added.emit,
        )
        return self.question_dialog

    def clear(self) -> None:
        """Nothing is open any more (deleted, or the journal is being locked)."""
        self.show_entry(None, stored=False)
