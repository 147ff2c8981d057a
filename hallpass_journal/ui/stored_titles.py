"""Titles stored in the journal, as lists and rows show them.

The app names some entries itself, in English, when it writes them: an agreement's notes
("Agreement drafted: Our plan", "Pause called: …"), an untitled guided entry or check-in
(its kind's title). What is stored stays as it is; lists show such a title in the person's
language (:func:`hallpass_journal.ui.domain_text.dt`). A title the person typed has no
translation and is shown unchanged. Editor fields show the stored value, not this.
"""

from __future__ import annotations

from hallpass_journal.domain.listing import HL_END, HL_START
from hallpass_journal.ui.domain_text import dt


def title_text(title: str) -> str:
    """``title`` as a row shows it: the app's own words translated, the person's as typed.

    A title found by a search keeps its highlight marks unless it is translated (the marks
    were placed in the English words, which are no longer shown).
    """
    plain = title.replace(HL_START, "").replace(HL_END, "")
    if not plain.strip():
        return title
    shown = dt(plain)
    return title if shown == plain else shown
