"""Two versions of an agreement side by side, field by field, changes marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.domain.agreement_compare import compare_terms
from hallpass_journal.domain.agreements import Agreement, AgreementVersion
from hallpass_journal.ui import messages
from hallpass_journal.ui.agreement.lifecycle import day_text
from hallpass_journal.ui.agreement.render import comparison_html


def version_label(version: AgreementVersion) -> str:
    """The version's number and day, e.g. "Version 2 · 3 May 2025"."""
    day = day_text(version.created_at.astimezone().date())
    text = QCoreApplication.translate("Agreement", "Version {number} · {day}")
    return text.format(number=version.number, day=day)


class CompareDialog(QDialog):
    """Pick any two versions; see both, field by field, with what changed marked."""

    def __init__(
        self,
        agreement: Agreement,
        parent: QWidget | None = None,
        *,
        left: int | None = None,
        right: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.agreement = agreement
        # A fixed title: window titles reach taskbars, switchers and shared screens.
        self.setWindowTitle(self.tr("Compare versions"))
        self.title_label = QLabel(agreement.title or self.tr("Our agreement"), self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setAccessibleName(self.tr("Agreement"))
        font = self.title_label.font()
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        numbers = [v.number for v in agreement.versions]
        self.left = self._combo(self.tr("Earlier version"))
        self.right = self._combo(self.tr("Later version"))
        self.left.setCurrentIndex(
            numbers.index(left) if left in numbers else max(len(numbers) - 2, 0)
        )
        self.right.setCurrentIndex(numbers.index(right) if right in numbers else len(numbers) - 1)
        self.only_changes = QCheckBox(self.tr("Only what changed"), self)
        self.only_changes.setAccessibleName(self.tr("Show only the fields that changed"))
        self.only_changes.toggled.connect(self.show_comparison)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("The two versions side by side"))
        self.browser.setOpenLinks(False)

        pick = QHBoxLayout()
        pick.setSpacing(8)
        for text, combo in ((self.tr("&Compare"), self.left), (self.tr("&with"), self.right)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            pick.addWidget(label)
            pick.addWidget(combo, 1)
        pick.addSpacing(12)
        pick.addWidget(self.only_changes)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        messages.plain_buttons(buttons.buttons())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addLayout(pick)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.left.currentIndexChanged.connect(self.show_comparison)
        self.right.currentIndexChanged.connect(self.show_comparison)
        self.setMinimumSize(520, 380)
        self._fit(960, 680)
        self.show_comparison()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for version in self.agreement.versions:
            combo.addItem(version_label(version), version.number)
        return combo

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(max(width, 520), max(height, 380))

    def _version(self, combo: QComboBox) -> AgreementVersion:
        number = combo.currentData()
        return next(v for v in self.agreement.versions if v.number == number)

    def show_comparison(self) -> None:
        """Show the two chosen versions."""
        old, new = self._version(self.left), self._version(self.right)
        comparisons = compare_terms(old.terms, new.terms)
        self.changed_fields = [c.field for c in comparisons if c.changed]
        self.browser.setHtml(
            comparison_html(
                comparisons,
                version_label(old),
                version_label(new),
                only_changes=self.only_changes.isChecked(),
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Colours follow a theme change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "browser"):
            self.show_comparison()
