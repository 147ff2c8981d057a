"""File > Restore from a backup…: pick a backup, say plainly what a restore does.

The list shows when each backup was taken and its size (never anything from inside it).
The passphrase asked for is the one the backup opens with: the journal's passphrase at
the time it was taken. The window's actions check it against the backup before the
journal is closed, so a wrong one changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.services.backups import BackupInfo
from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.widgets.page_parts import (
    accept_cancel_buttons,
    busy_bar,
    friendly_path,
    set_role,
    text_label,
)

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def when_taken(taken: datetime, *, seconds: bool = False) -> str:
    """E.g. "Tuesday, 24 November 2026, 14:58" in the user's language and time zone.

    With ``seconds`` the time has them too ("14:58:07"): two backups taken in the same
    minute must not look alike in a list.
    """
    moment = QDateTime.fromSecsSinceEpoch(int(taken.timestamp()))
    locale = QLocale()
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    if seconds:  # the long time format without its time zone name
        fmt = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()
        return f"{day}, {locale.toString(moment.time(), fmt)}"
    return f"{day}, {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


class RestoreDialog(QDialog):
    """A list of a journal's backups, what restoring means, and the backup's passphrase."""

    #: (the backup chosen, the passphrase it opens with)
    restore_requested = Signal(Path, str)

    def __init__(
        self,
        found: list[BackupInfo],
        folder: Path,
        current_passphrase: dict[Path, bool | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(600)
        self._busy = False

        explain = text_label(
            self.tr(
                "Restoring replaces the journal as it is now with the backup you choose. "
                "Anything written after that backup was taken is not in it."
            ),
            self,
        )
        keeps = text_label(
            self.tr(
                "Nothing is thrown away: the journal as it is now is kept first, in the "
                "backups folder ({folder}), and is listed here afterwards as \u201ckept "
                "before a restore\u201d, so you can go back to it."
            ).format(folder=friendly_path(folder)),
            self,
            role="notice",
        )

        self.backups = QTreeWidget(self)
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backups.setRootIsDecorated(False)
        self.backups.setUniformRowHeights(True)
        self.backups.setHeaderLabels(
            [self.tr("Taken"), self.tr("Size"), self.tr("Kind"), self.tr("Opens with")]
        )
        header = self.backups.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._found = {info.path: info for info in found}
        self._current = current_passphrase or {}
        locale = QLocale()
        for info in found:
            if info.kept_before_restore:
                kind = self.tr("Kept before a restore")
            elif info.from_the_future:
                kind = self.tr("Date uncertain (clock was wrong)")
            else:
                kind = self.tr("Backup")
            opens = {
                True: self.tr("Your current passphrase"),
                False: self.tr("An earlier passphrase"),
                None: "",
            }[self._current.get(info.path)]
            item = QTreeWidgetItem(
                [
                    when_taken(info.taken_at, seconds=True),
                    locale.formattedDataSize(info.size),
                    kind,
                    opens,
                ]
            )
            item.setData(0, _PATH_ROLE, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backups.addTopLevelItem(item)
        first = self.backups.topLevelItem(0)
        if first is not None:
            self.backups.setCurrentItem(first)
        self.backups.setMinimumHeight(180)
        self.empty = text_label(
            self.tr(
                "There are no backups of this journal yet. Use File \u25b8 Back up now to make one."
            ),
            self,
            role="muted",
        )
        self.empty.setVisible(not found)
        self.backups.setVisible(bool(found))

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setMinimumHeight(30)
        self.show_text = QCheckBox(self.tr("S&how"), self)
        self.show_text.setAccessibleName(self.tr("Show passphrase"))
        label = QLabel(self.tr("The backup's &passphrase:"), self)
        label.setBuddy(self.passphrase)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_text)
        self.passphrase_note = text_label("", self, role="muted")
        self.passphrase_note.setAccessibleName(self.tr("Which passphrase"))

        self.message = text_label("", self, role="error")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.busy = busy_bar(self)
        self.busy.setAccessibleName(self.tr("Checking the backup"))

        self.buttons, self.restore_button, self.cancel_button = accept_cancel_buttons(
            self, self.tr("Restore"), self.tr("Restore the chosen backup")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(explain)
        layout.addWidget(keeps)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.passphrase_note)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.passphrase.textChanged.connect(self._on_changed)
        self.backups.currentItemChanged.connect(self._on_changed)
        self.passphrase.returnPressed.connect(self._submit)
        self.show_text.toggled.connect(
            lambda shown: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        QWidget.setTabOrder(self.backups, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.show_text)
        self._on_changed()
        self.resize(660, 520)
        settle_size(self, self.message, self.busy)

    # -- state -----------------------------------------------------------------------

    def chosen(self) -> Path | None:
        """The backup selected in the list."""
        item = self.backups.currentItem()
        return Path(item.data(0, _PATH_ROLE)) if item is not None else None

    def info(self, backup: Path) -> BackupInfo | None:
        """What the list knows about ``backup`` (when it was taken, its size)."""
        return self._found.get(Path(backup))

    def choose(self, backup: Path) -> None:
        """Select ``backup`` in the list (tests, keyboard users arriving from elsewhere)."""
        for row in range(self.backups.topLevelItemCount()):
            item = self.backups.topLevelItem(row)
            if item is not None and Path(item.data(0, _PATH_ROLE)) == Path(backup):
                self.backups.setCurrentItem(item)
                return

    def set_busy(self, busy: bool) -> None:
        """Lock the form while the backup is checked off the GUI thread."""
        self._busy = busy
        for widget in (self.backups, self.passphrase, self.show_text, self.cancel_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self._say(self.tr("Checking that the backup opens with this passphrase…"), "muted")
        self._on_changed()

    def show_problem(self, text: str) -> None:
        """Say why the restore did not start; the journal is unchanged."""
        self.set_busy(False)
        self._say(text, "error")
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    # -- reactions -------------------------------------------------------------------

    def _say(self, text: str, role: str = "error") -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    def _on_changed(self, *_args: object) -> None:
        chosen = self.chosen()
        ready = chosen is not None and bool(self.passphrase.text())
        self.restore_button.setEnabled(ready and not self._busy)
        current = self._current.get(chosen) if chosen is not None else None
        if current is False:
            note = self.tr(
                "This backup was taken before the passphrase was last changed, so it opens "
                "with an earlier passphrase: the one the journal had then. After the restore "
                "the journal opens with that passphrase again."
            )
        else:
            note = self.tr(
                "A backup opens with the passphrase the journal had when it was taken. "
                "After the restore the journal is unlocked again with it."
            )
        self.passphrase_note.setText(note)

    def _submit(self) -> None:
        backup = self.chosen()
        if self._busy or backup is None:
            return
        if not self.passphrase.text():
            self._say(self.tr("Please type the passphrase this backup opens with."))
            self.passphrase.setFocus()
            return
        self.restore_requested.emit(backup, self.passphrase.text())

    def reject(self) -> None:
        """Cancel (not while the backup is being checked: that ends on its own)."""
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        """Close, forgetting the passphrase typed."""
        self.passphrase.setText("")
        super().done(result)
