"""The words every export format shares: dates, figures, and the sentences around them.

Every renderer (HTML, Markdown, PDF) says a date, an average or a change through these
functions, so the three formats never disagree. Sentences go through :func:`translate`
(or :func:`tr` for one held in a constant, itself marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` finds it). Dates are written in the report's language
(:func:`report_locale`): the app's locale while the report's words are translated, and
otherwise one fixed, plain English form ("3 March 2026") that never depends on the
locale of the computer it was made on (the golden files prove it). The core's own
words (kinds, key events, feelings, agreement fields, guided prompts) are translated in
the contexts the app uses for them; what the person wrote never is.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from hallpass_journal.domain.evaluation import (
    ABOUT_THE_SAME,
    EASING,
    HIGHER,
    LOWER,
    MIN_CHECK_INS,
    MOOD,
    MOOD_LABEL,
    STRONGER,
    TOO_FEW,
    Stat,
    rounded,
)
from hallpass_journal.domain.events import EVENT_LABELS, EventType
from hallpass_journal.domain.vocabulary import EMOTION_LABELS, KIND_LABELS, EntryKind

#: What the exports are called, on the cover and in each page's running header.
REPORT_TITLE = str(QT_TRANSLATE_NOOP("Report", "Journal notes for a session"))
APP_NAME = "Hall Pass Journal"
# A report text that every translation of the report translates: while it reads as
# itself, the report is in English, and so are its dates.
_TRANSLATED_SENTINEL = "Entries"


def translate(context: str, text: str) -> str:
    """``text`` in the person's language (itself when no translation is installed).

    Called as ``translate("Report", "literal")`` so ``pyside6-lupdate`` finds the text.
    """
    return QCoreApplication.translate(context, text)


def tr(text: str) -> str:
    """A report text held in a variable, in the person's language (see :func:`translate`)."""
    return QCoreApplication.translate("Report", text)


def one_line(text: str) -> str:
    """``text`` as one line: every run of white space (newlines too) made one space.

    Headings and one-line fields (titles, labels, initials) go through this once, in the
    document model, so a title typed with a line break cannot break a Markdown heading
    or a PDF's running header.
    """
    return " ".join(text.split())


def domain_word(text: str) -> str:
    """A text of the core (a label, a prompt, a choice) in the person's language.

    The same context the app uses (``hallpass_journal.ui.domain_text.dt``), so the report
    says what the app says. Never for what the person wrote.
    """
    return QCoreApplication.translate("Domain", text) if text else text


def kind_word(kind: EntryKind) -> str:
    """An entry kind's label, as the app shows it ("Feelings check-in")."""
    return QCoreApplication.translate("EntryKind", KIND_LABELS[kind])


def event_type_word(kind: EventType) -> str:
    """A key event type's label, as the app shows it ("The encounter")."""
    return QCoreApplication.translate("EventType", EVENT_LABELS[kind])


def series_word(name: str) -> str:
    """Overall mood or a feeling, as the app names it; a feeling of one's own as written."""
    if name == MOOD:
        return domain_word(MOOD_LABEL)
    if name in EMOTION_LABELS:
        return QCoreApplication.translate("Emotion", EMOTION_LABELS[name])
    return name.replace("_", " ").capitalize()


def report_locale() -> QLocale:
    """The locale a report's dates are written in.

    The app's (``QLocale()``, which it sets to the language it speaks) while the report's
    words are translated; otherwise Qt's "C" locale, whose names are plain English, so a
    report in English never carries another language's dates (the command line on a
    computer set to another language, say).
    """
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return QLocale.c()
    if translate("Report", _TRANSLATED_SENTINEL) == _TRANSLATED_SENTINEL:
        return QLocale.c()
    return locale


def report_language() -> str:
    """The report's language as an HTML ``lang`` value: "en", "de"."""
    locale = report_locale()
    if locale.language() == QLocale.Language.C:
        return "en"
    return locale.name().split("_")[0]


def date_in(day: date, pattern: str) -> str:
    """``day`` written with a Qt date ``pattern`` in :func:`report_locale`'s names."""
    return report_locale().toString(QDate(day.year, day.month, day.day), pattern)


def day_text(day: date) -> str:
    """``day`` as "3 March 2026"."""
    #: A Qt date pattern (d day, MMMM month name, yyyy year), e.g. "d. MMMM yyyy".
    return date_in(day, translate("Report", "d MMMM yyyy"))


def short_day(day: date) -> str:
    """``day`` as "3 Mar 2026" (tables and chart labels)."""
    #: A Qt date pattern (d day, MMM short month name, yyyy year), e.g. "d. MMM yyyy".
    return date_in(day, translate("Report", "d MMM yyyy"))


def weekday_text(day: date) -> str:
    """``day`` as "Tuesday 3 March 2026" (an entry's heading line)."""
    #: A Qt date pattern (dddd weekday, d day, MMMM month, yyyy year): "dddd, d. MMMM yyyy".
    return date_in(day, translate("Report", "dddd d MMMM yyyy"))


def range_text(since: date | None, until: date | None) -> str:
    """A period in words: "1 March 2026 – 31 May 2026", "until 31 May 2026", "everything"."""
    if since is None and until is None:
        return translate("Report", "everything written so far")
    if since is None:
        assert until is not None
        return translate("Report", "until {day}").format(day=day_text(until))
    if until is None:
        return translate("Report", "since {day}").format(day=day_text(since))
    if since == until:
        return day_text(since)
    return f"{day_text(since)} – {day_text(until)}"


def count_text(n: int, one: str, many: str) -> str:
    """``n`` with the right noun: "1 entry", "24 entries"."""
    return (one if n == 1 else many).format(n=n)


def entries_text(n: int) -> str:
    """A number of entries: "1 entry", "24 entries"."""
    return count_text(n, translate("Report", "{n} entry"), translate("Report", "{n} entries"))


def number_text(value: float, decimals: int) -> str:
    """A figure with ``decimals`` decimals, as the report's language writes it ("4.40")."""
    return report_locale().toString(float(value), "f", decimals)


def mean_text(value: float | None) -> str:
    """An average as every view shows it: rounded to 2 decimals."""
    shown = rounded(value)
    return "–" if shown is None else number_text(shown, 2)


def stat_text(stat: Stat) -> str:
    """An average with the check-ins behind it; none shown from too few to go on."""
    if stat.n == 0 or stat.mean is None:
        return translate("Report", "no check-ins")
    if stat.n < MIN_CHECK_INS:
        return count_text(
            stat.n,
            translate("Report", "only {n} check-in"),
            translate("Report", "only {n} check-ins"),
        )
    return translate("Report", "{mean} ({n} check-ins)").format(mean=mean_text(stat.mean), n=stat.n)


def change_text(change: float | None) -> str:
    """The change in points with its sign ("+1.50", "−2.00", "0.00"), or a dash."""
    value = rounded(change)
    if value is None:
        return "–"
    if value == 0:
        return number_text(0, 2)
    return ("+" if value > 0 else "−") + number_text(abs(value), 2)


def direction_text(direction: str) -> str:
    """The evaluation's words for a change, as a person reads them."""
    words = {
        TOO_FEW: translate("Report", "too few check-ins to tell"),
        ABOUT_THE_SAME: translate("Report", "about the same"),
        EASING: translate("Report", "easing"),
        STRONGER: translate("Report", "stronger"),
        HIGHER: translate("Report", "higher"),
        LOWER: translate("Report", "lower"),
    }
    return words.get(direction, direction)


def evaluation_intro(days: int) -> str:
    """What the evaluations compare, in one sentence."""
    return translate(
        "Report",
        "Each table compares up to {days} days before a key event with up to {days} days "
        "after it, within the period of this file (the day itself is in neither).",
    ).format(days=days)


def days_text(n: int) -> str:
    """A number of days: "1 day", "14 days"."""
    return count_text(n, translate("Report", "{n} day"), translate("Report", "{n} days"))


def windows_text(before: tuple[date, date], after: tuple[date, date]) -> str:
    """The days an evaluation compares: "Before: 1 Mar 2026 – 14 Mar 2026 (14 days); …"."""

    def span(days: tuple[date, date]) -> str:
        first, last = days
        length = days_text((last - first).days + 1)
        if first == last:
            return f"{short_day(first)} ({length})"
        return f"{short_day(first)} – {short_day(last)} ({length})"

    return translate("Report", "Before: {before}; after: {after}.").format(
        before=span(before), after=span(after)
    )


def evaluation_heading(label: str, day: date) -> str:
    """The moment an evaluation is around: "Around “The encounter”, 1 April 2026"."""
    return translate("Report", "Around “{label}”, {day}").format(label=label, day=day_text(day))


def evaluation_head() -> tuple[str, str, str, str, str]:
    """The column headings of an evaluation's table."""
    return (
        translate("Report", "Feeling"),
        translate("Report", "Before"),
        translate("Report", "After"),
        translate("Report", "Change"),
        translate("Report", "In words"),
    )


def evaluation_cells(
    label: str, before: Stat, after: Stat, change: float | None, how: str
) -> tuple[str, str, str, str, str]:
    """One feeling before and after a moment: the numbers and the words beside them."""
    return (label, stat_text(before), stat_text(after), change_text(change), direction_text(how))


def too_few_to_draw(bucket: str) -> str:
    """Why there is no chart: the chosen entries hold too few check-ins to draw one.

    Args:
        bucket: What the chart would average over: "day", "week" or "month".
    """
    spread = {
        "day": translate("Report", "on two or more different days"),
        "week": translate("Report", "in two or more different weeks"),
        "month": translate("Report", "in two or more different months"),
    }
    return translate(
        "Report",
        "Too few check-ins among the chosen entries to draw a chart: it needs at least "
        "{n} ratings of mood or of one feeling, {spread}.",
    ).format(n=MIN_CHECK_INS, spread=spread.get(bucket, spread["day"]))


def scale_text(value: int) -> str:
    """A 0-10 rating: "7 of 10"."""
    return translate("Report", "{n} of 10").format(n=value)


FIGURES_NOTE = str(
    QT_TRANSLATE_NOOP(
        "Report",
        "Averages are on the 0–10 scale, with the check-ins behind each. Every figure is "
        "worked out from the entries in this file only; entries kept private are never "
        "counted.",
    )
)
CHOSEN_NOTE = str(
    QT_TRANSLATE_NOOP(
        "Report",
        "Chosen and shared by the writer. It holds only the entries they picked, and its "
        "figures come from those entries alone; entries they keep private are never "
        "included.",
    )
)
NO_COMPARISON = str(
    QT_TRANSLATE_NOOP(
        "Report",
        "Among the chosen entries, no key event in this period has enough check-ins on both "
        "sides to compare.",
    )
)
CHANGES_KEY = str(
    QT_TRANSLATE_NOOP(
        "Report", "Removed words are struck through; added words are bold and underlined."
    )
)
UNENCRYPTED_NOTE = str(
    QT_TRANSLATE_NOOP(
        "Report", "This copy is not encrypted: please keep it as you would any private note."
    )
)
