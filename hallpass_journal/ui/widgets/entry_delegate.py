"""How one entry row looks: kind icon, title, kind and date, snippet with matches marked.

Text is laid out with :class:`QTextLayout` and format ranges instead of HTML, so journal
text can never be interpreted as markup. Colours come from the palette, so light and dark
themes both work.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPalette,
    QPolygonF,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hallpass_journal.domain.listing import HL_END, HL_START
from hallpass_journal.domain.vocabulary import KIND_LABELS, EntryKind
from hallpass_journal.ui.models.entry_list_model import EntryRoles, strip_marks
from hallpass_journal.ui.theme import contrast_ratio

PAD_X = 10
PAD_Y = 8
ICON = 20
GAP = 8
SNIPPET_LINES = 2

_missing_icons: set[str] = set()


def kind_label(kind: EntryKind | str) -> str:
    """The translated name of an entry kind."""
    kind = EntryKind(kind)
    return QCoreApplication.translate("EntryKind", KIND_LABELS[kind])


def kind_icon(kind: EntryKind | str) -> QIcon:
    """The shell's icon for ``kind`` (tinted for the palette), or a null icon."""
    name = f"kind-{EntryKind(kind).value}"
    if name in _missing_icons:
        return QIcon()
    try:
        from hallpass_journal.ui import resources  # the app shell's icons (cached there)

        found = resources.icon(name)
    except Exception:  # noqa: BLE001 - a missing icon is a cosmetic loss, never an error
        _missing_icons.add(name)
        return QIcon()
    return found if isinstance(found, QIcon) else QIcon()


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of colour ``a`` over colour ``b``."""
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )


#: WCAG AA for text: secondary lines are quieter than titles, never harder to read.
MIN_CONTRAST = 4.5


def readable_blend(fg: QColor, bg: QColor, amount: float) -> QColor:
    """``fg`` blended over ``bg`` by ``amount``, or by more until it reads at AA contrast."""
    colour = blend(fg, bg, amount)
    while amount < 1 and contrast_ratio(colour, bg) < MIN_CONTRAST:
        amount = min(1.0, amount + 0.02)
        colour = blend(fg, bg, amount)
    return colour


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and the (start, length) of each marked match, in UTF-16 units (Qt's)."""
    plain: list[str] = []
    ranges: list[tuple[int, int]] = []
    pos = 0
    start: int | None = None
    for ch in text:
        if ch == HL_START:
            start = pos if start is None else start
        elif ch == HL_END:
            if start is not None and pos > start:
                ranges.append((start, pos - start))
            start = None
        else:
            plain.append(ch)
            pos += 2 if ord(ch) > 0xFFFF else 1
    if start is not None and pos > start:  # an unclosed marker marks to the end
        ranges.append((start, pos - start))
    return "".join(plain), ranges


class MarkedText:
    """Draws text with marked matches, wrapped to a few lines, the last one elided."""

    def __init__(self, font: QFont, match_format: QTextCharFormat) -> None:
        self.font = font
        self.match_format = match_format

    def _layout(self, text: str, ranges: list[tuple[int, int]], wrap: bool) -> QTextLayout:
        layout = QTextLayout(text, self.font)
        option = QTextOption()
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            if wrap
            else QTextOption.WrapMode.NoWrap
        )
        layout.setTextOption(option)
        formats = []
        for start, length in ranges:
            fr = QTextLayout.FormatRange()
            fr.start, fr.length, fr.format = start, length, self.match_format
            formats.append(fr)
        layout.setFormats(formats)
        return layout

    def draw(self, painter: QPainter, rect: QRectF, marked: str, max_lines: int) -> None:
        """Draw ``marked`` (with HL markers) inside ``rect``."""
        text, ranges = split_marks(marked)
        if not text:
            return
        width = rect.width()
        layout = self._layout(text, ranges, wrap=True)
        layout.beginLayout()
        lines: list[QTextLine] = []
        y = 0.0
        while len(lines) <= max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines.append(line)
        layout.endLayout()
        overflow = len(lines) > max_lines
        for line in lines[: max_lines - 1 if overflow else max_lines]:
            line.draw(painter, rect.topLeft())
        if not overflow:
            return
        # The last visible line: the rest of the text, elided, keeping its marks.
        last = lines[max_lines - 1]
        start = last.textStart()
        tail = text.encode("utf-16-le")[start * 2 :].decode("utf-16-le")
        bold = QFont(self.font)
        bold.setBold(True)
        elided = QFontMetricsF(bold if ranges else self.font).elidedText(
            tail, Qt.TextElideMode.ElideRight, width
        )
        limit = _utf16_len(elided)
        shifted = [
            (max(s - start, 0), min(s + n - start, limit) - max(s - start, 0))
            for s, n in ranges
            if s + n > start and s - start < limit
        ]
        tail_layout = self._layout(elided, [r for r in shifted if r[1] > 0], wrap=False)
        tail_layout.beginLayout()
        tail_line = tail_layout.createLine()
        tail_line.setLineWidth(width)
        tail_line.setPosition(QPointF(0, last.y()))
        tail_layout.endLayout()
        tail_line.draw(painter, rect.topLeft())


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry row: icon, title, private or next-session tag, kind and date, snippet."""

    def __init__(self, parent: QObject | None = None, snippet_lines: int = SNIPPET_LINES) -> None:
        super().__init__(parent)
        self._snippet_lines = snippet_lines

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return title, small

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Every row has the same height (lets the view use uniform item sizes)."""
        title, small = self._fonts(option)
        height = (
            PAD_Y * 2
            + QFontMetricsF(title).height()
            + 2
            + QFontMetricsF(small).height()
            + 4
            + QFontMetricsF(option.font).height() * self._snippet_lines
        )
        return QSize(240, int(height + 0.5))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw one row from the model's roles."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text = pal.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        base = pal.color(
            group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        muted = readable_blend(text, base, 0.68)  # on a selected row too

        kind = index.data(EntryRoles.KIND) or EntryKind.FREE.value
        title_text = index.data(EntryRoles.TITLE) or ""
        snippet = index.data(EntryRoles.SNIPPET) or ""
        about = index.data(EntryRoles.DATE)
        private = bool(index.data(EntryRoles.PRIVATE))
        marked = bool(index.data(EntryRoles.MARKED))
        title_font, small_font = self._fonts(opt)

        painter.save()
        painter.setClipRect(opt.rect)
        rect = QRectF(opt.rect).adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        icon = kind_icon(kind)
        if not icon.isNull():
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icon.paint(
                painter,
                QRect(int(rect.left()), int(rect.top()), ICON, ICON),
                Qt.AlignmentFlag.AlignCenter,
                mode,
            )
        else:
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawEllipse(QRectF(rect.left() + 5, rect.top() + 5, ICON - 10, ICON - 10))
        text_left = rect.left() + ICON + GAP
        width = rect.right() - text_left

        # Line 1: title (elided) and, on the right, a "Private" or "Next session" tag.
        tfm = QFontMetricsF(title_font)
        sfm = QFontMetricsF(small_font)
        tag_width = 0.0
        if private:
            tag_width = self._draw_tag(painter, rect, tfm, small_font, muted, self.tr("Private"))
        elif marked:
            tag_width = self._draw_tag(
                painter, rect, tfm, small_font, muted, self.tr("Next session"), bookmark=True
            )
        shown_title = title_text if strip_marks(title_text).strip() else self._untitled(kind)
        fmt = self._match_format(pal, group, selected)
        painter.setPen(text)
        MarkedText(title_font, fmt).draw(
            painter,
            QRectF(text_left, rect.top(), width - tag_width - GAP, tfm.height()),
            shown_title,
            1,
        )

        # Line 2: kind and date.
        y = rect.top() + tfm.height() + 2
        meta = kind_label(kind)
        if isinstance(about, QDate) and about.isValid():
            meta = self.tr("{kind} · {date}").format(
                kind=meta, date=opt.locale.toString(about, "ddd d MMM yyyy")
            )
        painter.setFont(small_font)
        painter.setPen(muted)
        painter.drawText(
            QRectF(text_left, y, width, sfm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sfm.elidedText(meta, Qt.TextElideMode.ElideRight, width),
        )

        # Lines 3+: snippet with matches marked.
        y += sfm.height() + 4
        painter.setPen(readable_blend(text, base, 0.85))
        MarkedText(QFont(opt.font), fmt).draw(
            painter, QRectF(text_left, y, width, rect.bottom() - y), snippet, self._snippet_lines
        )
        painter.restore()

    @staticmethod
    def _draw_tag(
        painter: QPainter,
        rect: QRectF,
        tfm: QFontMetricsF,
        font: QFont,
        colour: QColor,
        text: str,
        *,
        bookmark: bool = False,
    ) -> float:
        """A small outlined tag at the right of the title line; returns its width.

        Words, not colour, say what it means; a bookmark drawn before them marks an
        entry to bring to the next session.
        """
        sfm = QFontMetricsF(font)
        mark = sfm.height() * 0.55 if bookmark else 0.0
        width = sfm.horizontalAdvance(text) + 12 + (mark + 4 if bookmark else 0)
        tag_rect = QRectF(
            rect.right() - width,
            rect.top() + (tfm.height() - sfm.height() - 2) / 2,
            width,
            sfm.height() + 2,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(tag_rect, 4, 4)
        text_rect = tag_rect
        if bookmark:
            # A ribbon bookmark: a narrow rectangle with a notch cut into its foot.
            left = tag_rect.left() + 6
            top = tag_rect.top() + (tag_rect.height() - mark * 1.3) / 2
            w, h = mark * 0.8, mark * 1.3
            ribbon = QPolygonF(
                [
                    QPointF(left, top),
                    QPointF(left + w, top),
                    QPointF(left + w, top + h),
                    QPointF(left + w / 2, top + h * 0.7),
                    QPointF(left, top + h),
                ]
            )
            painter.setBrush(colour)
            painter.drawPolygon(ribbon)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text_rect = tag_rect.adjusted(w + 4, 0, 0, 0)
        painter.setFont(font)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, text)
        return width

    def _untitled(self, kind: str) -> str:
        if kind == EntryKind.FREE.value:
            return self.tr("Untitled entry")
        return kind_label(kind)

    @staticmethod
    def _match_format(pal: QPalette, group: QPalette.ColorGroup, selected: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        if selected:
            fmt.setFontUnderline(True)
        else:
            fmt.setBackground(
                blend(
                    pal.color(group, QPalette.ColorRole.Highlight),
                    pal.color(group, QPalette.ColorRole.Base),
                    0.3,
                )
            )
        return fmt
