"""Turn what a person types into a safe FTS5 query.

Well-formed FTS5 syntax (phrases, AND/OR/NOT, prefix*) is kept; anything that would
make FTS5 raise (unbalanced quotes, bare operators, stray punctuation) falls back to
the plain words, each quoted, so a search never errors.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def plain_words_query(text: str) -> str:
    """Every word of ``text`` as a quoted FTS5 string, all required; last one as a prefix.

    Stray operators (a trailing ``AND``) are dropped: they were meant as syntax.
    """
    words = [w for w in _WORD.findall(text) if w not in _OPERATORS]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"  # match as you type
    return " ".join(quoted)


def looks_structured(text: str) -> bool:
    """Whether ``text`` uses FTS5 syntax on purpose (quotes or upper-case operators)."""
    tokens = text.split()
    return '"' in text or any(t in _OPERATORS for t in tokens)
