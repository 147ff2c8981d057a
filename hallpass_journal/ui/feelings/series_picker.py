"""Which feelings the chart draws: a list to tick, with how often each was rated.

Overall mood comes first, then the emotions rated in the chosen dates (most often rated
first), then the others. Until the person ticks something, the chart follows the
dates: overall mood and the three emotions rated most often there. Up to
:data:`~hallpass_journal.ui.feelings.colours.MAX_EMOTIONS` emotions at a time: more lines
than that are hard to tell apart, by colour or by shape.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from hallpass_journal.domain.evaluation import MOOD
from hallpass_journal.domain.vocabulary import EMOTIONS
from hallpass_journal.ui import resources, theme
from hallpass_journal.ui.feelings.colours import MAX_EMOTIONS
from hallpass_journal.ui.widgets.emotion_picker import emotion_label

DEFAULT_EMOTIONS = 3
_NAME = Qt.ItemDataRole.UserRole + 1
_SAID = Qt.ItemDataRole.UserRole + 2


def mood_label() -> str:
    """Overall mood, translated."""
    return QCoreApplication.translate("Feelings", "Overall mood")


def default_choice(counts: dict[str, int]) -> list[str]:
    """The emotions rated most often (ties in the vocabulary's order), up to three."""
    rated = [name for name in EMOTIONS if counts.get(name, 0) > 0]
    rated.sort(key=lambda name: -counts[name])  # stable: ties keep the vocabulary order
    return rated[:DEFAULT_EMOTIONS]


class SeriesPicker(QListWidget):
    """Tick boxes for overall mood and each emotion."""

    #: The person changed what is ticked.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Feelings to show"))
        self.setUniformItemSizes(True)
        self._filling = False
        #: The person ticked or unticked something: the chart stops following the dates.
        self.chosen_by_hand = False
        self._emotions: list[str] = []
        self._mood = True
        self.itemChanged.connect(self._on_item_changed)
        self._restyling = False
        self._restyle()

    def _restyle(self) -> None:
        """Tick boxes drawn like the app's check boxes (Fusion's are faint in the dark)."""
        c = theme.colors()
        check = resources.resource_path("icons", "check.svg").as_posix()
        self._restyling = True
        try:
            self.setStyleSheet(
                f"QListWidget::indicator {{ width: 14px; height: 14px; border-radius: 3px;"
                f" border: 1px solid {c.control}; background: {c.base}; }}"
                f"QListWidget::indicator:checked {{ background: {c.accent};"
                f' border-color: {c.accent}; image: url("{check}"); }}'
                f"QListWidget::indicator:disabled {{ border-color: {c.disabled};"
                f" background: {c.alternate}; }}"
                f"QListWidget::item {{ padding: 2px 0; }}"
            )
        finally:
            self._restyling = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Follow the theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not getattr(self, "_restyling", True):
            self._restyle()

    def chosen_emotions(self) -> list[str]:
        """The emotions ticked, in the order they were chosen."""
        return list(self._emotions)

    def mood_chosen(self) -> bool:
        """Whether overall mood is ticked."""
        return self._mood

    def set_counts(self, counts: dict[str, int], mood_count: int) -> None:
        """Fill the list for the chosen dates (defaults picked unless chosen by hand)."""
        if not self.chosen_by_hand:
            self._emotions = default_choice(counts)
            self._mood = True
        order = sorted(EMOTIONS, key=lambda name: -counts.get(name, 0))
        self._filling = True
        try:
            self.clear()
            self._add(MOOD, mood_label(), mood_count, self._mood)
            for name in order:
                self._add(name, emotion_label(name), counts.get(name, 0), name in self._emotions)
        finally:
            self._filling = False
        self._update_enabled()

    def _add(self, name: str, label: str, count: int, checked: bool) -> None:
        # The count in brackets keeps a long name readable in the narrow column; the
        # tooltip and accessible text say what it counts.
        text = self.tr("{label} ({n})").format(label=label, n=count)
        if count == 1:
            said = self.tr("{label}: 1 check-in in these dates")
        elif count:
            said = self.tr("{label}: {n} check-ins in these dates")
        else:
            said = self.tr("{label}: no check-ins in these dates")
        said = said.format(label=label, n=count)
        item = QListWidgetItem(text, self)
        item.setData(_NAME, name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
        item.setData(_SAID, said)
        item.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def item_for(self, name: str) -> QListWidgetItem | None:
        """The list row of ``name`` ("mood" or an emotion)."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_NAME) == name:
                return item
        return None

    def set_checked(self, name: str, checked: bool) -> None:
        """Tick or untick ``name`` as a person would."""
        item = self.item_for(name)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        name = item.data(_NAME)
        checked = item.checkState() == Qt.CheckState.Checked
        if name == MOOD:
            self._mood = checked
        elif checked and name not in self._emotions:
            self._emotions.append(name)
        elif not checked and name in self._emotions:
            self._emotions.remove(name)
        self.chosen_by_hand = True
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        """At the limit, the unticked emotions cannot be ticked (their tooltip says why)."""
        full = len(self._emotions) >= MAX_EMOTIONS
        self._filling = True
        try:
            for row in range(self.count()):
                item = self.item(row)
                name = item.data(_NAME)
                blocked = full and name != MOOD and name not in self._emotions
                flags = item.flags()
                if blocked:
                    item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip(
                        self.tr(
                            "Up to {n} feelings at a time: untick one to choose this one."
                        ).format(n=MAX_EMOTIONS)
                    )
                else:
                    item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip(item.data(_SAID))
        finally:
            self._filling = False

    def forget(self) -> None:
        """Empty the list and the choice (the journal is being locked)."""
        self._filling = True
        try:
            self.clear()
        finally:
            self._filling = False
        self._emotions = []
        self._mood = True
        self.chosen_by_hand = False
