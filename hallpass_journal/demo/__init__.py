"""Demo data: a calm six-month story, and as many extra entries as a benchmark needs.

A use case over services, storage and domain that is not part of everyday journaling,
so it lives beside ``services`` rather than inside it; like the rest of the core it never
imports Qt (both are checked by import-linter contracts in pyproject.toml).

Modules: :mod:`~hallpass_journal.demo.generator` writes the journal,
:mod:`~hallpass_journal.demo.story` holds the story as data and
:mod:`~hallpass_journal.demo.text` the phrase banks.
"""

from hallpass_journal.demo.generator import ENCOUNTER_DAY, STORY_DAYS, fill_demo

__all__ = ["ENCOUNTER_DAY", "STORY_DAYS", "fill_demo"]
