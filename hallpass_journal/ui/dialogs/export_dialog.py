"""File > Export everything (JSON)…: what the file holds, and that it is not encrypted.

Said plainly before anything is written; private entries go in only when asked for.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.ui.counts import counted
from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.widgets.page_parts import accept_cancel_buttons, text_label


class ExportDialog(QDialog):
    """The not-encrypted notice and the one choice an export has: private entries or not.

    After OK, :attr:`include_private` says what was chosen.
    """

    def __init__(self, entries: int, private: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export everything (JSON)"))
        self.setMinimumWidth(500)
        self._entries = entries
        self._private = private

        notice = text_label(
            self.tr(
                "The exported file is NOT encrypted. Anyone who can open it can read "
                "everything in it. It is written so that only your user account can open "
                "it; keep it somewhere private, and delete it once you no longer need it."
            ),
            self,
            role="caution",
        )
        notice.setAccessibleName(self.tr("The export is not encrypted"))
        self.contents = text_label("", self)
        self.contents.setAccessibleName(self.tr("What the file will hold"))
        self.include_private = QCheckBox(
            counted(
                private,
                self.tr("&Include the entry marked private, and unsaved drafts"),
                self.tr("&Include the {count} entries marked private, and unsaved drafts"),
            ),
            self,
        )
        self.include_private.setAccessibleName(self.tr("Include private entries"))
        self.include_private.setVisible(private > 0)
        use = text_label(
            self.tr(
                "Use it to move your journal to another computer, or to keep a copy you can "
                "read without this app. File \u25b8 Import (JSON)\u2026 brings it back in; "
                "with private entries included, nothing is lost on the way."
            ),
            self,
            role="muted",
        )

        self.buttons, self.ok_button, _cancel = accept_cancel_buttons(
            self,
            self.tr("Choose where to save\u2026"),
            self.tr("Choose where to save the export"),
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(notice)
        layout.addWidget(self.contents)
        layout.addWidget(self.include_private)
        layout.addWidget(use)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.include_private.toggled.connect(self._describe)
        self._describe()
        settle_size(self)

    @property
    def private_included(self) -> bool:
        """Whether private entries (and drafts) go into the file."""
        return self.include_private.isChecked()

    def _describe(self) -> None:
        shown = self._entries if self.private_included else self._entries - self._private
        text = self.tr(
            "It will hold {entries} with their feelings and answers, every agreement and "
            "its versions, the planned check-ins, and this journal's settings."
        ).format(entries=counted(shown, self.tr("{count} entry"), self.tr("{count} entries")))
        if self._private and not self.private_included:
            text += " " + counted(
                self._private,
                self.tr(
                    "The entry marked private is left out, and so are unsaved drafts (they "
                    "could hold private text)."
                ),
                self.tr(
                    "The {count} entries marked private are left out, and so are unsaved "
                    "drafts (they could hold private text)."
                ),
            )
        self.contents.setText(text)
