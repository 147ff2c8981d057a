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
import re
import string
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

_CONTEXT = "Domain"
#: Placeholders whose values are the core's own words (translated when filled in);
#: every other value (a title, a label, a number) is the person's or a figure.
_CORE_WORD_VALUES = frozenset({"status"})
#: Longer texts are never matched against templates (they are the person's words, and
#: a pattern with several open values would take long on them).
_MAX_TEMPLATED = 400


def dt(text: str) -> str:
    """``text`` from the core, translated (itself when there is no translation)."""
    if not text:
        return text
    translated = QCoreApplication.translate(_CONTEXT, text)
    if translated != text:
        return translated
    return filled(text, _templates())


def filled(text: str, templates: Iterable[tuple[re.Pattern[str], str]]) -> str:
    """``text`` translated when it was made from one of ``templates``, else itself."""
    if len(text) > _MAX_TEMPLATED:
        return text
    for pattern, template in templates:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        translated = QCoreApplication.translate(_CONTEXT, template)
        if translated == template:
            return text
        values = {
            name: _core_word(value) if name in _CORE_WORD_VALUES else value
            for name, value in found.groupdict().items()
        }
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError):  # a broken translation
            return text
    return text


def _core_word(value: str) -> str:
    """A core word filled into a template, translated.

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


def patterns(templates: Iterable[str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template with placeholders, as a pattern matching the texts it makes."""
    out = []
    for template in templates:
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


@functools.cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every catalogued text with placeholders."""
    from hallpass_journal.ui.domain_words import WORDS

    return patterns(str(word) for word in WORDS)
