"""Helpers for the report tests: reading what a PDF says."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pypdf


def flat(text: str) -> str:
    """Extracted PDF text with every run of white space made one space."""
    return re.sub(r"\s+", " ", text)


def holds_script(text: str, word: str) -> bool:
    """Whether ``word`` of a right-to-left script is in extracted PDF text.

    A PDF stores Arabic and Hebrew in the order they are drawn (right to left, Arabic as
    presentation forms), so the text is compared both ways once normalised.
    """
    normal = unicodedata.normalize("NFKC", flat(text))
    return word in normal or word[::-1] in normal


def pdf_pages(data: bytes | Path) -> list[str]:
    """The text of each page of a PDF, as pypdf extracts it."""
    source = data if isinstance(data, Path) else io.BytesIO(data)
    return [page.extract_text() for page in pypdf.PdfReader(source).pages]
