"""Home's progress card: checklists ticked over time, the path through hurt, the repair plan.

A row appears only once that guide has been started, and each row opens its guided form:
the latest entry again (a checklist is ticked over time, in the same entry), or a new
one. Until anything has started the card stays hidden, and Home offers a quiet link to
the guides instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from hallpass_journal.domain.errors import VaultError
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui.widgets.home_cards import HomeCard
from hallpass_journal.ui.widgets.page_parts import link_button, text_label
from hallpass_journal.ui.windows.sections import GUIDED_OPEN, GUIDED_START

DOT = 10  # px
DOT_GAP = 6  # px


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomeProgress", text)


translate = QCoreApplication.translate


def _n(value: int) -> str:
    return QLocale().toString(value)


class StepDots(QWidget):
    """A row of dots, one per step, filled when done; says the same in words to a reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done: list[bool] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_steps(self, done: list[bool]) -> None:
        """One dot per step; ``done[i]`` fills the dot of step ``i + 1``."""
        self._done = list(done)
        finished = [str(i + 1) for i, d in enumerate(done) if d]
        to_come = [str(i + 1) for i, d in enumerate(done) if not d]
        parts = []
        if finished:
            parts.append(
                translate("HomeProgress", "Done: step {steps}.").format(steps=", ".join(finished))
            )
        if to_come:
            parts.append(
                translate("HomeProgress", "Still open: step {steps}.").format(
                    steps=", ".join(to_come)
                )
            )
        self.setAccessibleName(
            translate("HomeProgress", "{done} of {total} steps").format(
                done=_n(sum(done)), total=_n(len(done))
            )
        )
        self.setAccessibleDescription(" ".join(parts))
        self.setToolTip(" ".join(parts))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for every dot."""
        count = len(self._done)
        return QSize(count * DOT + max(count - 1, 0) * DOT_GAP + 2, DOT + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The same: dots do not shrink."""
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Filled dots for steps done, rings for the others."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        filled = palette.color(QPalette.ColorRole.Highlight)
        ring = palette.color(QPalette.ColorRole.PlaceholderText)
        top = (self.height() - DOT) / 2
        for i, done in enumerate(self._done):
            rect = QRectF(1 + i * (DOT + DOT_GAP), top, DOT, DOT)
            if done:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(filled)
                painter.drawEllipse(rect)
            else:
                painter.setPen(QPen(ring, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(rect.adjusted(0.75, 0.75, -0.75, -0.75))
        painter.end()


@dataclass(frozen=True)
class Progress:
    """One guide's progress on Home, and the action that opens it."""

    key: str
    label: str
    value: str
    action: str
    argument: str
    steps: tuple[bool, ...] = ()


class ProgressCard(HomeCard):
    """Readiness and safety checklists, the path through hurt and the repair plan."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(translate("HomeProgress", "Your progress"), parent)
        self.journal = journal
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(3, 1)  # the figures stay beside their names
        self.box.addLayout(self.grid)
        #: The rows shown, by key ("readiness", "safety", "path", "repair").
        self.rows: dict[str, tuple[QPushButton, QLabel, StepDots | None]] = {}
        self.shown: list[Progress] = []

    def _read(self) -> list[Progress]:
        guided = self.journal.guided
        found: list[Progress] = []
        for template_id, label in (
            ("readiness", translate("HomeProgress", "Readiness checklist")),
            ("safety", translate("HomeProgress", "Safety checklist")),
        ):
            latest = guided.latest(template_id)
            if latest is None:
                continue
            ticked, total = guided.checklist_progress(template_id)
            found.append(
                Progress(
                    template_id,
                    label,
                    translate("HomeProgress", "{ticked} of {total} ticked").format(
                        ticked=_n(ticked), total=_n(total)
                    ),
                    GUIDED_OPEN,
                    str(latest.uuid),
                )
            )
        steps = tuple(guided.path_progress())
        if any(steps):
            found.append(self._path(steps))
        repair = guided.latest("repair_plan")
        if repair is not None:
            done, total = guided.repair_progress()
            found.append(
                Progress(
                    "repair",
                    translate("HomeProgress", "Repair plan"),
                    translate("HomeProgress", "{done} of {total} done").format(
                        done=_n(done), total=_n(total)
                    ),
                    GUIDED_OPEN,
                    str(repair.uuid),
                )
            )
        return found

    def _path(self, steps: tuple[bool, ...]) -> Progress:
        value = translate("HomeProgress", "{done} of {total} steps").format(
            done=_n(sum(steps)), total=_n(len(steps))
        )
        label = translate(
            "HomeProgress", "If you feel hurt"
        )  # as the Guides section names the path
        if all(steps):
            last = self.journal.guided.latest(f"hurt_step_{len(steps)}")
            if last is not None:
                return Progress("path", label, value, GUIDED_OPEN, str(last.uuid), steps)
        following = next((i + 1 for i, done in enumerate(steps) if not done), len(steps))
        return Progress("path", label, value, GUIDED_START, f"hurt_step_{following}", steps)

    def refresh(self) -> None:
        """Read the progress of each guide started; hidden when none has been."""
        try:
            shown = self._read()
        except VaultError as exc:
            self.problem.emit(exc.text)
            shown = []
        self._show(shown)

    def _show(self, shown: list[Progress]) -> None:
        for row_widgets in self.rows.values():
            for widget in row_widgets:
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()  # the click being handled may be one of these
        self.rows = {}
        self.shown = shown
        for row, item in enumerate(shown):
            button = link_button(item.label, self)
            button.setAccessibleName(
                translate("HomeProgress", "{label}: {value}. Open it").format(
                    label=item.label, value=item.value
                )
            )
            button.clicked.connect(
                lambda _=False, a=item.action, arg=item.argument: self.action_requested.emit(a, arg)
            )
            value = text_label(item.value, self, role="muted")
            self.grid.addWidget(button, row, 0)
            self.grid.addWidget(value, row, 1)
            dots: StepDots | None = None
            if item.steps:
                dots = StepDots(self)
                dots.set_steps(list(item.steps))
                self.grid.addWidget(dots, row, 2, Qt.AlignmentFlag.AlignVCenter)
            self.rows[item.key] = (button, value, dots)
            for widget in self.rows[item.key]:
                if widget is not None:
                    widget.show()  # now, not on the next turn of the event loop
        self.setVisible(bool(shown))

    def value_text(self, key: str) -> str:
        """The progress shown in row ``key`` ("" when the row is not shown)."""
        row = self.rows.get(key)
        return row[1].text() if row is not None else ""

    def tab_stops(self) -> list[QWidget]:
        """Each row's button, top to bottom."""
        return [button for button, _, _ in self.rows.values()]

    def clear(self) -> None:
        """Forget what was shown."""
        self._show([])
