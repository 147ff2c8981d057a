"""About: name, version, what the app is, and the privacy promise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from hallpass_journal import __version__
from hallpass_journal.ui import messages
from hallpass_journal.ui.widgets.page_parts import app_mark, text_label, title_label


class AboutDialog(QDialog):
    """A small, calm About box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Hall Pass Journal"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(app_mark(self, 64))
        layout.addWidget(title_label(self.tr("Hall Pass Journal"), self, scale=1.35))
        version_text = self.tr("Version {version}").format(version=__version__)
        version = text_label(version_text, self, "muted")
        version.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        version.setAccessibleName(self.tr("Version"))
        layout.addWidget(version)
        layout.addSpacing(6)
        what = text_label(
            self.tr(
                "A private journal for feelings, agreements, check-ins and repair, for "
                "anyone thinking through a hall pass, at their own pace."
            ),
            self,
        )
        what.setAccessibleName(self.tr("What this app is"))
        layout.addWidget(what)
        promise = text_label(
            self.tr(
                "Your journal stays on this computer, encrypted with your passphrase. "
                "Nothing is sent anywhere, and nothing leaves the journal unless you "
                "export it yourself."
            ),
            self,
            role="notice",
        )
        promise.setAccessibleName(self.tr("Privacy"))
        layout.addWidget(promise)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        messages.plain_buttons(buttons.buttons())  # words, not a desktop's stock icon
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.adjustSize()  # settle the size before the native window exists
