"""The core's own texts in the person's language: prompts, help, guides, scripts, labels.

The core never imports Qt, so it holds these in English; the UI passes each through
:func:`dt` as it shows it. ``packaging/domain_strings.py`` lists them all for the
translation tools (``hallpass_journal/ui/domain_words.py``). A text that was formatted
or typed by the person has no translation and is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def dt(text: str) -> str:
    """``text`` from the core, translated (itself when there is no translation)."""
    return QCoreApplication.translate("Domain", text) if text else text
