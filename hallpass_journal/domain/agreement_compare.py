"""Two versions of an agreement's terms side by side, changed words marked."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from hallpass_journal.domain.agreements import FIELD_LABELS, TERM_FIELDS, AgreementTerms, field_text

Change = Literal["same", "added", "removed"]


@dataclass(frozen=True)
class Segment:
    """A run of text and whether it stayed, was added or was removed."""

    text: str
    change: Change = "same"


@dataclass(frozen=True)
class FieldComparison:
    """One field of two versions side by side."""

    field: str
    label: str
    changed: bool
    old: tuple[Segment, ...]
    new: tuple[Segment, ...]


_TOKENS = re.compile(r"\n|[^\S\n]+|\S+")


def _merge(segments: list[Segment]) -> tuple[Segment, ...]:
    merged: list[Segment] = []
    for segment in segments:
        if merged and merged[-1].change == segment.change:
            merged[-1] = Segment(merged[-1].text + segment.text, segment.change)
        elif segment.text:
            merged.append(segment)
    return tuple(merged)


def word_diff(old: str, new: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The old and the new text as segments: removed words on the old side, added on the new.

    Words and line breaks are compared (spaces ride along with them), so a changed word in
    a long line is marked alone, and a list item added or taken out is marked whole.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    left: list[Segment] = []
    right: list[Segment] = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        same = "".join(a[i1:i2])
        # A lone space between two changes belongs to the change ("One time" -> "A weekend").
        between = 0 < k < len(ops) - 1 and not same.strip() and "\n" not in same
        if op == "equal" and not between:
            left.append(Segment(same))
            right.append(Segment("".join(b[j1:j2])))
        else:
            left.append(Segment("".join(a[i1:i2]), "removed"))
            right.append(Segment("".join(b[j1:j2]), "added"))
    return _merge(left), _merge(right)


def compare_terms(old: AgreementTerms, new: AgreementTerms) -> list[FieldComparison]:
    """Every field of two versions, in order, with what changed marked word by word."""
    result = []
    for name in TERM_FIELDS:
        before, after = field_text(old, name), field_text(new, name)
        left, right = word_diff(before, after)
        result.append(FieldComparison(name, FIELD_LABELS[name], before != after, left, right))
    return result
