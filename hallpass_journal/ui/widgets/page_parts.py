"""Small building blocks shared by the welcome and unlock pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from hallpass_journal.ui import resources


def set_role(widget: QWidget, role: str, **props: str) -> None:
    """Tag ``widget`` for the stylesheet (``[role="..."]``) and restyle it."""
    widget.setProperty("role", role)
    for name, value in props.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class _CardAnchor(QObject):
    """Centres the card when the page is resized, and only then.

    A card centred by stretches above and below re-centres whenever it grows, so a
    message appearing under the form would push everything above it up. Here the space
    above is set from the card's height when the page gets its size; later the card
    grows downwards only (the page scrolls if it must).
    """

    def __init__(self, scroll: QScrollArea, card: QFrame, spacer: QSpacerItem, margin: int) -> None:
        super().__init__(card)
        self._scroll, self._card, self._spacer, self._margin = scroll, card, spacer, margin
        # The scroll area, not its viewport: a scroll bar coming or going (because the
        # card grew) resizes the viewport, and must not move the card.
        scroll.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Place the card again when the page changes size."""
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        """Put the card in the middle of the page, as tall as it is now."""
        viewport = self._scroll.maximumViewportSize()  # the room without scroll bars
        room = viewport.width() - 2 * self._margin
        width = max(min(self._card.maximumWidth(), room), self._card.minimumSizeHint().width())
        height = (
            self._card.heightForWidth(width)
            if self._card.hasHeightForWidth()
            else self._card.sizeHint().height()
        )
        top = max(0, (viewport.height() - 2 * self._margin - height) // 2)
        if top != self._spacer.sizeHint().height():
            self._spacer.changeSize(0, top, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            host = self._scroll.widget()
            grid = host.layout() if host is not None else None
            if grid is not None:
                grid.invalidate()


def centred_card(page: QWidget, max_width: int = 520) -> tuple[QFrame, QVBoxLayout]:
    """A scrollable page with one centred card that stays put; returns it and its layout.

    The card is centred when the page is sized and keeps its place while messages come
    and go inside it (see :class:`_CardAnchor`).
    """
    margin = 24
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a Tab stop
    outer.addWidget(scroll)
    host = QWidget(scroll)
    scroll.setWidget(host)
    grid = QVBoxLayout(host)
    grid.setContentsMargins(margin, margin, margin, margin)
    above = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    grid.addItem(above)
    row = QHBoxLayout()
    row.addStretch(1)
    card = QFrame(host)
    card.setObjectName("card")
    card.setMaximumWidth(max_width)
    card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    row.addWidget(card, 100)
    row.addStretch(1)
    grid.addLayout(row)
    grid.addStretch(1)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(36, 32, 36, 28)
    layout.setSpacing(12)
    _CardAnchor(scroll, card, above, margin)
    return card, layout


def app_mark(parent: QWidget, size: int = 56) -> QLabel:
    """The app icon, centred."""
    label = QLabel(parent)
    label.setPixmap(resources.icon("app").pixmap(size, size))
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    label.setAccessibleName(QCoreApplication.translate("PageParts", "Hall Pass Journal"))
    return label


def title_label(text: str, parent: QWidget, scale: float = 1.55) -> QLabel:
    """A page title: larger, semi-bold, wrapping."""
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(font.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


def text_label(text: str, parent: QWidget, role: str | None = None) -> QLabel:
    """A wrapping paragraph."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    return label


def primary_button(text: str, parent: QWidget) -> QPushButton:
    """The one main action of a page."""
    button = QPushButton(text, parent)
    button.setDefault(True)
    button.setAutoDefault(True)
    button.setMinimumHeight(34)
    set_role(button, "primary")
    return button


def link_button(text: str, parent: QWidget) -> QPushButton:
    """A quiet secondary action that looks like a link."""
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    set_role(button, "link")
    return button


def busy_bar(parent: QWidget) -> QProgressBar:
    """A thin, indeterminate progress bar (hidden until needed; its space is kept)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    set_role(bar, "busy")
    policy = bar.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # showing it moves nothing below
    bar.setSizePolicy(policy)
    bar.hide()
    return bar


def message_label(parent: QWidget) -> QLabel:
    """A hidden message line whose first line of space is kept, so showing it moves nothing.

    Show it with text, hide it when there is none; a longer message grows downwards.
    """
    label = text_label("", parent, role="error")
    label.setAccessibleName(QCoreApplication.translate("PageParts", "Message"))
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


def show_passphrase_toggle(parent: QWidget, *fields: QLineEdit) -> QCheckBox:
    """A "Show passphrase" check box that reveals or hides ``fields`` together."""
    check = QCheckBox(QCoreApplication.translate("PageParts", "Show passphrase"), parent)
    check.setAccessibleName(QCoreApplication.translate("PageParts", "Show passphrase"))

    def reveal(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    check.toggled.connect(reveal)
    return check


def password_field(parent: QWidget, name: str) -> QLineEdit:
    """A passphrase field: hidden text, an accessible name, room to read what is typed."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(260)
    field.setMinimumHeight(30)
    return field


def buddy_label(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A form label whose mnemonic (``&``) focuses ``field``."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def accept_cancel_buttons(
    parent: QWidget, label: str, accessible_name: str
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's button row: one primary, default action and Cancel (connect them)."""
    buttons = QDialogButtonBox(parent)
    ok = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setAccessibleName(accessible_name)
    ok.setDefault(True)
    set_role(ok, "primary")
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("PageParts", "Cancel"))
    return buttons, ok, cancel


def private_checkbox(parent: QWidget) -> QCheckBox:
    """The Private box of an entry or check-in, saying what private really means."""
    translate = QCoreApplication.translate
    check = QCheckBox(translate("PageParts", "Private — exported only if you ask"), parent)
    check.setAccessibleName(
        translate(
            "PageParts", "Private: left out of exports unless you choose to include private entries"
        )
    )
    check.setToolTip(
        translate(
            "PageParts",
            "Private entries stay in your encrypted journal and its backups. Exports "
            "leave them out unless you choose to include private entries.",
        )
    )
    return check


def friendly_path(path: Path) -> str:
    """``path`` with the home folder shortened to ``~``."""
    try:
        return str(Path("~") / Path(path).resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)
