"""Texts the core made from a template, and titles the app gave entries, translated.

Shared by the app (``hallpass_journal.ui.domain_text`` and the lists) and the
report, so both say the same. Some texts the core fills in before anyone sees them ("The
agreement is already active."), and some the app stored when it wrote them ("Agreement
drafted: Our plan", or an untitled entry's kind): :func:`filled` recognises the template
and fills the translated template with the same values. Only a value that is itself the
core's word (a status) is translated; a title or label the person wrote is copied as it
is. :func:`title_text` translates only the names the app gives entries, never a title
the person typed.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

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

#: The translation context of the core's own texts.
CONTEXT = "Domain"
#: Placeholders whose values are the core's own words (translated when filled in);
#: every other value (a title, a label, a number) is the person's or a figure.
_CORE_WORD_VALUES = frozenset({"status"})
#: Longer texts are never matched against templates (they are the person's words, and
#: a pattern with several open values would take long on them).
_MAX_TEMPLATED = 400

Patterns = tuple[tuple[re.Pattern[str], str], ...]


def patterns(templates: Iterable[str]) -> Patterns:
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


def filled(text: str, templates: Patterns) -> str:
    """``text`` translated when it was made from one of ``templates``, else itself."""
    if len(text) > _MAX_TEMPLATED:
        return text
    for pattern, template in templates:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
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
    translated = QCoreApplication.translate(CONTEXT, value)
    if translated == value and value.islower():
        label = value[:1].upper() + value[1:]
        translated_label = QCoreApplication.translate(CONTEXT, label)
        if translated_label != label:
            return translated_label.lower()
    return translated


@functools.cache
def _app_names() -> frozenset[str]:
    """The titles the app gives an entry it writes without one."""
    return frozenset(
        {t.title for t in TEMPLATES} | set(KIND_LABELS.values()) | set(CHECK_IN_LABELS.values())
    )


@functools.cache
def _app_notes() -> Patterns:
    """The templates of the notes the app writes when an agreement changes."""
    return patterns([CREATED_NOTE, VERSION_NOTE, RESUMED_NOTE, *STATUS_NOTES.values()])


def title_text(title: str) -> str:
    """An entry's title as shown: the app's own names translated, the person's as typed.

    A title found by a search keeps its highlight marks unless it is translated (the marks
    were placed in the English words, which are no longer shown).
    """
    plain = title.replace(HL_START, "").replace(HL_END, "")
    if not plain.strip():
        return title
    if plain in _app_names():
        shown = QCoreApplication.translate(CONTEXT, plain)
    else:
        shown = filled(plain, _app_notes())
    return title if shown == plain else shown
