"""Titles stored in the journal, as lists and rows show them.

The app names some entries itself, in English, when it writes them: an agreement's notes
("Agreement drafted: Our plan", "Pause called: …"), an untitled guided entry or check-in
(its kind's title). What is stored stays as it is; lists show such a title in the person's
language, as the report does (:func:`hallpass_journal.reports.translated.title_text`).
A title the person typed is shown as typed. Editor fields show the stored value, not this.
"""

from __future__ import annotations

from hallpass_journal.reports.translated import title_text

__all__ = ["title_text"]
