"""An agreement as exports show it: terms, versions with what changed, the consent record.

Plain values, built once from a domain :class:`~hallpass_journal.domain.agreements.Agreement`
and shared by the therapist export (the current version and its history) and the
printable agreement (any version, and a comparison with another when asked). What
changed between versions is :func:`~hallpass_journal.domain.agreement_compare.compare_terms`,
word by word, so every format marks the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from hallpass_journal.domain.agreement_compare import (
    FieldComparison,
    Segment,
    compare_terms,
    word_diff,
)
from hallpass_journal.domain.agreements import (
    CHOICE_LABELS,
    FIELD_LABELS,
    LIST_FIELDS,
    STATUS_LABELS,
    STATUS_SINCE,
    TERM_FIELDS,
    Agreement,
    AgreementStatus,
    AgreementTerms,
    AgreementVersion,
    field_text,
)
from hallpass_journal.reports.words import day_text, domain_word, one_line, translate


@dataclass(frozen=True)
class TermLine:
    """One field of the terms: plain text, or list items; ``empty`` when nothing is written."""

    field: str
    label: str
    text: str
    items: tuple[str, ...] = ()
    empty: bool = False


@dataclass(frozen=True)
class FieldChange:
    """One field that differs between two versions, word by word."""

    label: str
    old: tuple[Segment, ...]
    new: tuple[Segment, ...]


@dataclass(frozen=True)
class VersionPart:
    """A version: its number, day, change note and what changed from the one before."""

    number: int
    day: date
    change_note: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ConsentLine:
    """One status change: the day, the status, the note written with it."""

    day: date
    status: str
    note: str


@dataclass(frozen=True)
class Comparison:
    """Two versions compared: the changed fields, and the names of those that stayed."""

    old_number: int
    new_number: int
    changes: tuple[FieldChange, ...]
    unchanged: tuple[str, ...]


@dataclass(frozen=True)
class AgreementPart:
    """An agreement, ready to lay out.

    Attributes:
        title: The agreement's title (or a plain stand-in).
        status_line: "Active since 4 March 2026".
        version: The version shown.
        version_day: The day that version was written.
        newest: Whether it is the newest version.
        terms: Every field, in the order a couple talks it through.
        versions: Every version, oldest first, with what changed from the one before.
        consent: The status history, oldest first (the consent record).
        partner_name: What the journal calls the partner ("" when not set).
        comparison: The shown version compared with another, when asked for.
    """

    title: str
    status_line: str
    version: int
    version_day: date
    newest: bool
    terms: tuple[TermLine, ...]
    versions: tuple[VersionPart, ...]
    consent: tuple[ConsentLine, ...]
    partner_name: str
    comparison: Comparison | None = None


def _terms(terms: AgreementTerms) -> tuple[TermLine, ...]:
    lines = []
    for name in TERM_FIELDS:
        value = getattr(terms, name)
        label = domain_word(FIELD_LABELS[name])
        if not value:
            lines.append(TermLine(name, label, "", empty=True))
        elif name in LIST_FIELDS:
            lines.append(TermLine(name, label, "", items=tuple(value)))
        elif name in CHOICE_LABELS:  # a choice's words are the core's
            lines.append(TermLine(name, label, domain_word(field_text(terms, name))))
        else:
            lines.append(TermLine(name, label, field_text(terms, name)))
    return tuple(lines)


def _field_change(c: FieldComparison) -> FieldChange:
    """A changed field in the person's language: a choice compared in its translated words."""
    if c.field not in CHOICE_LABELS:
        return FieldChange(domain_word(c.label), c.old, c.new)
    before = "".join(s.text for s in c.old)
    after = "".join(s.text for s in c.new)
    old, new = word_diff(domain_word(before), domain_word(after))
    return FieldChange(domain_word(c.label), old, new)


def _changes(old: AgreementTerms, new: AgreementTerms) -> tuple[FieldChange, ...]:
    return tuple(_field_change(c) for c in compare_terms(old, new) if c.changed)


def _version(agreement: Agreement, number: int) -> AgreementVersion:
    for version in agreement.versions:
        if version.number == number:
            return version
    raise ValueError(
        translate("Report", "This agreement has no version {number}.").format(number=number)
    )


def agreement_part(
    agreement: Agreement,
    zone: tzinfo,
    *,
    partner_name: str = "",
    version: int | None = None,
    compare_with: int | None = None,
) -> AgreementPart:
    """``agreement`` (its newest version, or ``version``) ready to lay out.

    Args:
        agreement: The agreement, with its versions and status history.
        zone: Where its moments (stored in UTC) fall on the calendar.
        partner_name: What the journal calls the partner.
        version: The version to show; the newest by default.
        compare_with: Another version to compare the shown one with.

    Raises:
        ValueError: A version number the agreement does not have, or an agreement
            without any version.
    """

    def day(at: datetime) -> date:
        return at.astimezone(zone).date()

    if not agreement.versions:
        raise ValueError(translate("Report", "This agreement has no terms written yet."))
    shown = _version(agreement, version) if version is not None else agreement.versions[-1]
    versions = []
    previous: AgreementTerms | None = None
    for v in agreement.versions:
        changes = _changes(previous, v.terms) if previous is not None else ()
        versions.append(VersionPart(v.number, day(v.created_at), v.change_note, changes))
        previous = v.terms
    comparison = None
    if compare_with is not None:
        other = _version(agreement, compare_with)
        old, new = (other, shown) if other.number <= shown.number else (shown, other)
        compared = compare_terms(old.terms, new.terms)
        comparison = Comparison(
            old.number,
            new.number,
            tuple(_field_change(c) for c in compared if c.changed),
            tuple(domain_word(c.label) for c in compared if not c.changed),
        )
    since = agreement.history[-1].at if agreement.history else agreement.created_at
    status = agreement.status if agreement.history else AgreementStatus.DRAFT
    return AgreementPart(
        title=one_line(agreement.title) or translate("Report", "Our agreement"),
        status_line=domain_word(STATUS_SINCE[status]).format(date=day_text(day(since))),
        version=shown.number,
        version_day=day(shown.created_at),
        newest=shown is agreement.versions[-1],
        terms=_terms(shown.terms),
        versions=tuple(versions),
        consent=tuple(
            ConsentLine(day(change.at), domain_word(STATUS_LABELS[change.status]), change.note)
            for change in agreement.history
        ),
        partner_name=one_line(partner_name),
        comparison=comparison,
    )
