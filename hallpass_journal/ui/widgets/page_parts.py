"""Small building blocks shared by the welcome and unlock pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
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


def centred_card(page: QWidget, max_width: int = 520) -> tuple[QFrame, QVBoxLayout]:
    """A scrollable page with one centred card; returns the card and its layout."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    host = QWidget(scroll)
    scroll.setWidget(host)
    grid = QVBoxLayout(host)
    grid.setContentsMargins(24, 24, 24, 24)
    grid.addStretch(1)
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
    return card, layout


def app_mark(parent: QWidget, size: int = 56) -> QLabel:
    """The app icon, centred."""
    label = QLabel(parent)
    label.setPixmap(resources.icon("app").pixmap(size, size))
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    label.setAccessibleName(parent.tr("Hall Pass Journal"))
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
    """A thin, indeterminate progress bar (hidden until needed)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    set_role(bar, "busy")
    bar.hide()
    return bar


def friendly_path(path: Path) -> str:
    """``path`` with the home folder shortened to ``~``."""
    try:
        return str(Path("~") / Path(path).resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)
