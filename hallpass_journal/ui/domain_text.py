"""The core's own texts in the person's language: prompts, help, guides, scripts, labels.

The core never imports Qt, so it holds these in English; the UI passes each through
:func:`dt` as it shows it. ``packaging/domain_strings.py`` lists them all for the
translation tools (``hallpass_journal/ui/domain_words.py``).

Some the core fills in before the UI sees them ("The agreement is already active."):
:func:`dt` recognises the template such a text was made from and fills the translated
template with the same values. Only a value that is itself the core's word (a status) is
translated; a title or label the person wrote is copied as it is. A text the person typed
matches nothing and is shown as it is.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication

from hallpass_journal.reports.translated import CONTEXT as _CONTEXT
from hallpass_journal.reports.translated import Patterns, filled, patterns


def dt(text: str) -> str:
    """``text`` from the core, translated (itself when there is no translation)."""
    if not text:
        return text
    translated = QCoreApplication.translate(_CONTEXT, text)
    if translated != text:
        return translated
    return filled(text, _templates())


@functools.cache
def _templates() -> Patterns:
    """Every catalogued text with placeholders."""
    from hallpass_journal.ui.domain_words import WORDS

    return patterns(str(word) for word in WORDS)
