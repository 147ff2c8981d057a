"""A small window-modal progress dialog for work running off the GUI thread.

The work itself runs as a :class:`~hallpass_journal.ui.operations.JournalOp`; this
dialog only shows how far it is and offers Cancel where stopping is safe (an export
writes nothing until it is complete; an import is all or nothing). Closing it any other
way (Escape, auto-lock) counts as Cancel too, so nothing keeps running unseen.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.widgets.page_parts import text_label


class ProgressDialog(QDialog):
    """Shows a task's progress; emits :attr:`cancel_requested` when the person stops it."""

    #: The person chose Cancel (or the dialog was closed) while the task ran.
    cancel_requested = Signal()

    def __init__(
        self, title: str, text: str, *, cancellable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._finished = False
        #: Said once every item is done, while the last step runs (e.g. writing the file).
        self.last_step_text = ""
        self.label = text_label(text, self)
        self.label.setAccessibleName(self.tr("What is happening"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.detail = text_label("", self, role="muted")
        self.detail.setAccessibleName(self.tr("How far it is"))
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Stop"))
        self.cancel_button.setVisible(cancellable)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        settle_size(self, self.detail)

    def set_text(self, text: str) -> None:
        """Say what is happening now."""
        self.label.setText(text)

    def set_progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` items (a busy bar while ``total`` is 0)."""
        if total <= 0:
            self.bar.setRange(0, 0)
            self.detail.setText("")
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        if done >= total and self.last_step_text:
            self.label.setText(self.last_step_text)
        locale = QLocale()
        self.detail.setText(
            self.tr("{done} of {total}").format(
                done=locale.toString(min(done, total)), total=locale.toString(total)
            )
        )

    def finish(self) -> None:
        """The task is over: close without counting as Cancel."""
        self._finished = True
        if self.isVisible():
            self.accept()

    def reject(self) -> None:
        """Cancel, Escape or an auto-lock closing it: ask the task to stop, then close."""
        stopping = not self._finished
        self._finished = True
        if stopping:
            self.cancel_requested.emit()  # a listener may already have closed it
        if self.isVisible():
            super().reject()
