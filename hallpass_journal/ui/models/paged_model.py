"""What the lazily paged list models share: no page is fetched while a change is told."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QObject


class PagedListModel(QAbstractListModel):
    """A list model that loads pages on demand (``canFetchMore``/``fetchMore``).

    Views and QAbstractItemModelTester react to change signals by calling fetchMore(),
    even the "about to" ones; inserting rows while a change is still being announced
    breaks the model contract, so such calls wait for the next scroll instead: wrap
    every announced change in :meth:`_announcing` and skip fetching while
    :attr:`announcing` is true.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announcing_depth = 0

    @property
    def announcing(self) -> bool:
        """A change is being announced: fetching must wait."""
        return self._announcing_depth > 0

    @contextlib.contextmanager
    def _announcing(self) -> Iterator[None]:
        self._announcing_depth += 1
        try:
            yield
        finally:
            self._announcing_depth -= 1
