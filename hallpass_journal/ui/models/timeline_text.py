"""The words of timeline rows: headers, names for untitled rows, what a screen reader says.

Translated in the context "TimelineModel" (kinds and event types in their own contexts,
as everywhere else in the app).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hallpass_journal.domain.events import EVENT_LABELS, EventType
from hallpass_journal.domain.vocabulary import KIND_LABELS, EntryKind
from hallpass_journal.reports.translated import title_text
from hallpass_journal.ui.models.timeline_rows import Header, Item, Resolution, RowType


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


translate = QCoreApplication.translate


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def entry_kind_label(kind: str) -> str:
    """The translated name of an entry kind."""
    return QCoreApplication.translate("EntryKind", KIND_LABELS[EntryKind(kind)])


def event_type_label(kind: str) -> str:
    """The translated name of an event type."""
    return QCoreApplication.translate("EventType", EVENT_LABELS[EventType(kind)])


def kind_label(item: Item) -> str:
    """What an item is: its entry kind, or its event type."""
    if item.type is RowType.EVENT:
        return event_type_label(item.kind)
    return entry_kind_label(item.kind)


def header_label(header: Header) -> str:
    """The header's words: "Tuesday 5 March 2024", "Week of 4 March 2024", "March 2024"."""
    locale = QLocale()
    day = qdate(header.start)
    if header.resolution is Resolution.MONTH:
        return translate("TimelineModel", "{month} {year}").format(
            month=locale.standaloneMonthName(day.month()), year=day.year()
        )
    if header.resolution is Resolution.WEEK:
        return translate("TimelineModel", "Week of {date}").format(
            date=locale.toString(day, "d MMMM yyyy")
        )
    return locale.toString(day, "dddd d MMMM yyyy")


def shown_title(item: Item) -> str:
    """The title without search marks, or a name for an untitled row."""
    title = item.plain_title.strip()
    if title:
        return title_text(title)
    if item.kind == EntryKind.FREE.value:
        return translate("TimelineModel", "Untitled entry")
    return kind_label(item)


def accessible_text(item: Item) -> str:
    """What a screen reader says for a row: title, kind, key moment or event, date."""
    parts = [shown_title(item)]
    if item.type is RowType.EVENT:
        parts.append(translate("TimelineModel", "key event"))
        if item.plain_title.strip():
            parts.append(kind_label(item))
    else:
        parts.append(kind_label(item))
        if item.marker:
            parts.append(translate("TimelineModel", "key moment"))
    parts.append(QLocale().toString(qdate(item.day), QLocale.FormatType.LongFormat))
    if item.private:
        parts.append(translate("TimelineModel", "private"))
    return ", ".join(parts)
