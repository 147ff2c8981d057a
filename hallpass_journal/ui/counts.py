"""Counts in sentences: "1 entry", "12 entries", with the number in the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def counted(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many``; ``{count}`` in either becomes ``n``.

    Both texts come translated from the caller (``self.tr("{count} entry")``), so each
    language words its own singular and plural.
    """
    return (one if n == 1 else many).format(count=QLocale().toString(n))
