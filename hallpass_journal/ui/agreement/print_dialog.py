"""Save an agreement to read together: one version, as PDF or HTML, changes shown if asked.

The file holds the agreement's terms and its consent record, unencrypted; the dialog
says so before anything is written, and the file is written owner-only and whole (a
temporary file renamed over the target) in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.agreements import Agreement
from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import messages, operations
from hallpass_journal.ui.agreement.compare_dialog import version_label
from hallpass_journal.ui.dialogs.sizing import settle_size
from hallpass_journal.ui.export.export_run import documents_folder
from hallpass_journal.ui.operations import JournalOp, describe_failure
from hallpass_journal.ui.widgets.page_parts import accept_cancel_buttons, friendly_path, text_label

log = logging.getLogger(__name__)


class AgreementPrintDialog(QDialog):
    """Which version, whether to show what changed, PDF or HTML; then Save…."""

    def __init__(
        self, agreement: Agreement, shown: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.agreement = agreement
        # A fixed title: window titles reach taskbars, switchers and shared screens.
        self.setWindowTitle(self.tr("Save the agreement to read together"))
        self.setMinimumWidth(480)
        numbers = [v.number for v in agreement.versions]
        self.version = QComboBox(self)
        self.version.setAccessibleName(self.tr("Version to save"))
        for v in agreement.versions:
            self.version.addItem(version_label(v), v.number)
        current = agreement.current
        wanted = shown if shown in numbers else (current.number if current else numbers[-1])
        self.version.setCurrentIndex(numbers.index(wanted))

        self.compare = QCheckBox(self.tr("Also show what changed since"), self)
        self.compare.setAccessibleName(self.tr("Show what changed since an earlier version"))
        self.compare_with = QComboBox(self)
        self.compare_with.setAccessibleName(self.tr("Earlier version to compare with"))
        for v in agreement.versions:
            self.compare_with.addItem(version_label(v), v.number)
        self.compare_with.setEnabled(False)
        self.compare.toggled.connect(self.compare_with.setEnabled)
        self.version.currentIndexChanged.connect(self._suggest_earlier)
        self._suggest_earlier()
        has_earlier = len(numbers) > 1
        self.compare.setVisible(has_earlier)
        self.compare_with.setVisible(has_earlier)

        self.pdf = QRadioButton(self.tr("&PDF (to print or read on any device)"), self)
        self.html = QRadioButton(self.tr("&HTML (opens in a web browser)"), self)
        self.pdf.setChecked(True)

        notice = text_label(
            self.tr(
                "The file will NOT be encrypted: anyone who can open it can read the "
                "agreement and when you both agreed to it. It is written so that only your "
                "user account can open it. Nothing else from your journal goes in."
            ),
            self,
            role="caution",
        )
        notice.setAccessibleName(self.tr("The file is not encrypted"))

        self.buttons, self.ok_button, _cancel = accept_cancel_buttons(
            self, self.tr("Choose where to save…"), self.tr("Choose where to save the agreement")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Version:"), self.version)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare)
        compare_row.addWidget(self.compare_with, 1)
        form.addRow(compare_row)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.html)
        formats.addStretch(1)
        form.addRow(self.tr("Format:"), formats)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        settle_size(self)

    def _suggest_earlier(self) -> None:
        """Compare with the version just before the one chosen (or the first)."""
        index = self.version.currentIndex()
        self.compare_with.setCurrentIndex(max(index - 1, 0))

    @property
    def chosen_version(self) -> int:
        """The version number to save."""
        return int(self.version.currentData())

    @property
    def compare_version(self) -> int | None:
        """The earlier version to compare with, or None."""
        if not self.compare.isChecked():
            return None
        earlier = int(self.compare_with.currentData())
        return None if earlier == self.chosen_version else earlier

    @property
    def fmt(self) -> Literal["pdf", "html"]:
        """``"pdf"`` or ``"html"``."""
        return "html" if self.html.isChecked() else "pdf"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementPrintDialog", text)


translate = QCoreApplication.translate


def _later(parent: QWidget, journal: Journal, show: Callable[[], None]) -> None:
    """Run ``show`` once the current event is over, if the journal is still open.

    Never a message box from inside the background op's callback: that may run while
    the window is locking, and the box would hold the lock open behind it. Once the
    journal is locked, nothing of it is shown, not even how the save ended.
    """

    def guarded() -> None:
        if journal.vault.is_open:
            show()

    QTimer.singleShot(0, parent, guarded)


def save_agreement(
    parent: QWidget, journal: Journal, agreement: Agreement, shown: int | None = None
) -> AgreementPrintDialog:
    """Ask what to save, then where; write it in the background and say where it went.

    Returns the dialog (shown window-modal), so a caller or test can drive it.
    """
    dialog = AgreementPrintDialog(agreement, shown, parent)
    title = dialog.windowTitle()

    def chosen() -> None:
        fmt, version, earlier = dialog.fmt, dialog.chosen_version, dialog.compare_version
        if operations.journal_busy():
            _later(
                parent,
                journal,
                lambda: messages.inform(
                    parent,
                    title,
                    translate(
                        "AgreementPrintDialog",
                        "Something else is still being done with the journal. Please try "
                        "again when it has finished.",
                    ),
                ),
            )
            return
        suffix = ".html" if fmt == "html" else ".pdf"
        name = f"agreement-version-{version}-{date.today().isoformat()}{suffix}"
        filters = (
            translate("AgreementPrintDialog", "HTML (*.html)")
            if fmt == "html"
            else translate("AgreementPrintDialog", "PDF (*.pdf)")
        )
        out = messages.save_file(parent, title, documents_folder() / name, filters)
        if out is None:
            return
        if not out.suffix:
            out = out.with_name(out.name + suffix)

        def work() -> Path:
            from hallpass_journal.reports.agreement_document import write_agreement

            write_agreement(
                journal, agreement.uuid, out, version=version, compare_with=earlier, fmt=fmt
            )
            return out

        def done(path: Path) -> None:
            text = translate(
                "AgreementPrintDialog",
                "Saved version {version} of the agreement to:\n{name}\nin {folder}\n\n"
                "The file is not encrypted: keep it private, and delete it once you no "
                "longer need it.",
            ).format(version=version, name=path.name, folder=friendly_path(path.parent))
            _later(parent, journal, lambda: messages.inform(parent, title, text))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, VaultError):  # a full disk, a folder that cannot be written
                why = QCoreApplication.translate("VaultError", exc.text)
            else:
                log.error("saving an agreement failed: %s", describe_failure(exc))
                why = translate("AgreementPrintDialog", "Something unexpected went wrong.")
            text = why + " " + translate("AgreementPrintDialog", "The agreement was not saved.")
            _later(parent, journal, lambda: messages.warn(parent, title, text))

        JournalOp(parent, work).success(done).failure(failed).run_in_background()

    dialog.accepted.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
