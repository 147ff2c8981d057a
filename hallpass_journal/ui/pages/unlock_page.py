"""Unlock: the passphrase field, and a calm next step for each problem.

The page shows the journal's file name and folder and nothing else about it: no
titles, no counts. Key derivation runs off the GUI thread (the window decides how);
this page only shows that it is busy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hallpass_journal.domain import errors
from hallpass_journal.ui.widgets.page_parts import (
    app_mark,
    busy_bar,
    centred_card,
    friendly_path,
    link_button,
    message_label,
    primary_button,
    set_role,
    show_passphrase_toggle,
    text_label,
    title_label,
)

# Actions a problem can offer, in the order they are shown.
RESTORE, LOCATE, CREATE, OPEN = "restore", "locate", "create", "open"


class UnlockPage(QWidget):
    """Ask for the passphrase of one journal file."""

    unlock_requested = Signal(str)
    #: Replace the damaged journal with its newest backup (the passphrase typed).
    restore_requested = Signal(str)
    locate_requested = Signal()
    create_requested = Signal()
    open_requested = Signal()
    new_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.card, layout = centred_card(self, max_width=460)
        layout.addWidget(app_mark(self))
        self.title = title_label(self.tr("Unlock your journal"), self)
        layout.addWidget(self.title)
        self.location = text_label("", self, role="muted")
        self.location.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.location.setAccessibleName(self.tr("Journal file"))
        layout.addWidget(self.location)
        self.note = text_label("", self, role="notice")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.hide()
        layout.addWidget(self.note)
        layout.addSpacing(8)

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumHeight(32)
        self.unlock_button = primary_button(self.tr("Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.show_check = show_passphrase_toggle(self, self.passphrase)
        self.entry_row = QWidget(self)  # hidden with all it holds when there is no file
        entry = QVBoxLayout(self.entry_row)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        entry.addLayout(row)
        entry.addWidget(self.show_check)
        layout.addWidget(self.entry_row)

        self.busy = busy_bar(self)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        layout.addWidget(self.busy)
        self.message = message_label(self)  # its line is kept: the card never jumps
        layout.addWidget(self.message)
        self.next_step = text_label("", self, role="muted")
        self.next_step.setAccessibleName(self.tr("What you can do"))
        self.next_step.hide()
        layout.addWidget(self.next_step)

        self.action_buttons: dict[str, QPushButton] = {}
        action_row = QHBoxLayout()
        for key, text, name in (
            (RESTORE, self.tr("Restore from the newest backup…"), self.tr("Restore from backup")),
            (LOCATE, self.tr("Locate it…"), self.tr("Locate the journal file")),
            (CREATE, self.tr("Create a new journal"), self.tr("Create a new journal")),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.setAutoDefault(False)
            button.setMinimumHeight(30)
            button.hide()
            action_row.addWidget(button)
            self.action_buttons[key] = button
        action_row.addStretch(1)
        layout.addLayout(action_row)

        layout.addSpacing(6)
        footer = QHBoxLayout()
        self.open_button = link_button(self.tr("Open another journal…"), self)
        self.open_button.setAccessibleName(self.tr("Open another journal"))
        self.new_button = link_button(self.tr("New journal…"), self)
        self.new_button.setAccessibleName(self.tr("New journal"))
        footer.addWidget(self.open_button)
        footer.addStretch(1)
        footer.addWidget(self.new_button)
        layout.addLayout(footer)
        self.action_buttons[OPEN] = self.open_button

        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.action_buttons[RESTORE].clicked.connect(
            lambda: self.restore_requested.emit(self.passphrase.text())
        )
        self.action_buttons[LOCATE].clicked.connect(self.locate_requested)
        self.action_buttons[CREATE].clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_requested)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.show_check)
        QWidget.setTabOrder(self.show_check, self.action_buttons[RESTORE])
        QWidget.setTabOrder(self.action_buttons[RESTORE], self.action_buttons[LOCATE])
        QWidget.setTabOrder(self.action_buttons[LOCATE], self.action_buttons[CREATE])
        QWidget.setTabOrder(self.action_buttons[CREATE], self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_button)
        self.set_path(self.path)

    # -- state -----------------------------------------------------------------------

    def set_path(self, path: Path) -> None:
        """The journal to unlock; shows its file name and folder only."""
        self.path = Path(path)
        self.location.setText(
            self.tr("{name} in {folder}").format(
                name=self.path.name, folder=friendly_path(self.path.parent)
            )
        )
        self.clear_problem()
        try:
            present = self.path.exists()
        except OSError:  # a folder on the way that may not be looked into
            self.show_problem(errors.UnreadableJournal())
            return
        if not present:
            self.show_problem(errors.MissingJournal())

    def set_note(self, text: str) -> None:
        """A calm note above the field (e.g. the demo journal's passphrase)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_busy(self, busy: bool, text: str = "") -> None:
        """Show that the key is being derived; the window stays responsive."""
        for widget in (
            self.passphrase,
            self.unlock_button,
            self.show_check,
            self.open_button,
            self.new_button,
        ):
            widget.setEnabled(not busy)
        for button in self.action_buttons.values():
            button.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.clear_problem()
            self._say(text or self.tr("Unlocking…"), role="muted")
        else:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_passphrase(self) -> None:
        """Put the cursor in the passphrase field, selecting what is there."""
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def clear_passphrase(self) -> None:
        """Forget what was typed."""
        self.passphrase.setText("")

    def clear_problem(self) -> None:
        """Hide any message and action."""
        self._say("")
        self.next_step.hide()
        self.entry_row.show()
        self.title.setText(self.tr("Unlock your journal"))
        for key in (RESTORE, LOCATE, CREATE):
            self.action_buttons[key].hide()

    def show_problem(self, exc: BaseException, *, backups: int = 0, newest: str = "") -> None:
        """Explain what happened and offer the next step."""
        self.clear_problem()
        translate = QCoreApplication.translate
        if isinstance(exc, errors.VaultError):
            text = translate("VaultError", exc.text)
        else:
            text = self.tr(
                "Something unexpected stopped the journal from opening. The file has not "
                "been changed. Please try again."
            )
        step, offer = "", []
        if isinstance(exc, errors.WrongPassphrase):
            step = self.tr("Passphrases are case-sensitive: check that Caps Lock is off.")
        elif isinstance(exc, errors.DamagedJournal):
            if backups:
                step = self.tr(
                    "The newest backup ({when}) can take its place. The damaged file will "
                    "be kept beside the backups, in case it is needed."
                ).format(when=newest)
                offer = [RESTORE]
            else:
                step = self.tr(
                    "No backups were found beside this journal. If you have a copy "
                    "elsewhere, open that copy instead."
                )
        elif isinstance(exc, errors.MissingJournal):
            step = self.tr(
                "If you moved or renamed it, show where it is now. Or start a new journal here."
            )
            offer = [LOCATE, CREATE]
            self.entry_row.hide()  # there is nothing to unlock here
            self.title.setText(self.tr("Where is your journal?"))
        elif isinstance(exc, errors.NotAJournal):
            if self.path.suffix.lower() == ".hpj":  # the name is right; what is inside is not
                step = self.tr("Choose the journal file to open, or create a new journal.")
            else:
                step = self.tr("Journal files end in .hpj. Choose another file to open.")
        elif isinstance(exc, errors.AlreadyOpen):
            step = self.tr("When it is closed there, choose Unlock again.")
        elif isinstance(exc, errors.UnreadableJournal):
            step = self.tr(
                "If the file's permissions or owner changed (after copying it from another "
                "computer, say), give your user account permission to read and write it, "
                "then choose Unlock again. Or open another journal."
            )
        self._say(text, role="error")
        if step:
            self.next_step.setText(step)
            self.next_step.show()
        for key in offer:
            self.action_buttons[key].show()
        if offer:
            self.action_buttons[offer[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_passphrase()

    def _say(self, text: str, role: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    def _unlock(self) -> None:
        if not self.passphrase.text():
            self._say(self.tr("Please type your passphrase."))
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.unlock_requested.emit(self.passphrase.text())
