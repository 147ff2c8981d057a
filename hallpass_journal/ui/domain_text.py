"""The core's own texts in the person's language: prompts, help, guides, scripts, labels.

The core never imports Qt, so it holds these in English; the UI passes each through
:func:`dt` as it shows it. ``packaging/domain_strings.py`` lists them all for the
translation tools (``hallpass_journal/ui/domain_words.py``).

Some the core fills in before the UI sees them, and some were stored that way in the
journal ("Agreement drafted: Our plan", written when the agreement was): :func:`dt`
recognises the template such a text was made from and fills the translated template
with the same values. A text the person typed matches nothing and is shown as it is.
"""

from __future__ import annotations

import functools
import re
import string

from PySide6.QtCore import QCoreApplication

_CONTEXT = "Domain"


def dt(text: str) -> str:
    """``text`` from the core, translated (itself when there is no translation)."""
    if not text:
        return text
    translated = QCoreApplication.translate(_CONTEXT, text)
    if translated != text:
        return translated
    for pattern, template in _templates():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        translated = QCoreApplication.translate(_CONTEXT, template)
        if translated == template:
            return text
        values = {name: _value(value) for name, value in found.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return text
    return text


def _value(value: str) -> str:
    """A value filled into a template: translated when it is the core's word itself.

    The core lowers a label's case to use it inside a sentence ("already active"); the
    label is catalogued as written ("Active"), so that form is looked up too.
    """
    translated = QCoreApplication.translate(_CONTEXT, value)
    if translated == value and value.islower():
        label = value[:1].upper() + value[1:]
        translated_label = QCoreApplication.translate(_CONTEXT, label)
        if translated_label != label:
            return translated_label.lower()
    return translated


@functools.cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every catalogued text with placeholders, as a pattern matching what it makes."""
    from hallpass_journal.ui.domain_words import WORDS

    out = []
    for word in WORDS:
        template = str(word)
        parts = list(string.Formatter().parse(template))
        names = [name for _, name, _, _ in parts if name]
        if not names or len(set(names)) != len(names) or not all(n.isidentifier() for n in names):
            continue
        regex = "".join(
            re.escape(literal) + (f"(?P<{name}>.+?)" if name else "")
            for literal, name, _, _ in parts
        )
        out.append((re.compile(regex, re.DOTALL), template))
    return tuple(out)
