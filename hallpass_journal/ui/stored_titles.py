"""Titles stored in the journal, as lists and rows show them.

The app names some entries itself, in English, when it writes them: an agreement's notes
("Agreement drafted: Our plan", "Pause called: …"), an untitled guided entry or check-in
(its kind's title). What is stored stays as it is; lists show such a title in the person's
language. Only those names are translated: a title the person typed is shown as typed,
even when it happens to be a word the app also uses ("Hope"). Editor fields show the
stored value, not this.
"""

from __future__ import annotations

import functools
import re

from hallpass_journal.domain.agreements import (
    CREATED_NOTE,
    RESUMED_NOTE,
    STATUS_NOTES,
    VERSION_NOTE,
)
from hallpass_journal.domain.checkins import CHECK_IN_LABELS
from hallpass_journal.domain.guided_content import TEMPLATES
from hallpass_journal.domain.listing import HL_END, HL_START
from hallpass_journal.domain.vocabulary import KIND_LABELS
from hallpass_journal.ui.domain_text import dt, filled, patterns


@functools.cache
def _app_names() -> frozenset[str]:
    """The titles the app gives an entry it writes without one."""
    return frozenset(
        {t.title for t in TEMPLATES} | set(KIND_LABELS.values()) | set(CHECK_IN_LABELS.values())
    )


@functools.cache
def _app_notes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The templates of the notes the app writes when an agreement changes."""
    return patterns([CREATED_NOTE, VERSION_NOTE, RESUMED_NOTE, *STATUS_NOTES.values()])


def title_text(title: str) -> str:
    """``title`` as a row shows it: the app's own names translated, the person's as typed.

    A title found by a search keeps its highlight marks unless it is translated (the marks
    were placed in the English words, which are no longer shown).
    """
    plain = title.replace(HL_START, "").replace(HL_END, "")
    if not plain.strip():
        return title
    shown = dt(plain) if plain in _app_names() else filled(plain, _app_notes())
    return title if shown == plain else shown
