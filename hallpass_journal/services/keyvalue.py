"""Journal settings and editor drafts, kept inside the encrypted file.

What is read back is checked against the schemas in :mod:`hallpass_journal.domain.settings`
and :mod:`hallpass_journal.domain.drafts`, never trusted: a journal may hold a value an
older version imported unchecked. Reading never raises for such a value; the default is
used (a draft is set aside), and a :class:`Notes` entry says so once.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from hallpass_journal.domain.drafts import Draft, draft_payload, parse_draft
from hallpass_journal.domain.settings import KNOWN_SETTINGS, check_setting, setting_default
from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.kv_repo import DraftRepository, SettingsRepository
from hallpass_journal.storage.vault import Vault

_MISSING = object()
# What decoding a stored value can raise: text that is not JSON, or nested too deep.
_UNREADABLE = (ValueError, TypeError, RecursionError)


class Notes:
    """Things worth telling the person once, e.g. that a stored value was set aside.

    Notes never quote journal content: they name the setting or the kind of draft.
    Values are read from the GUI thread and from background operations alike.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[str] = []
        self._seen: set[str] = set()

    def add(self, text: str) -> None:
        """Remember ``text``, unless it was already noted since the journal was opened."""
        with self._lock:
            if text not in self._seen:
                self._seen.add(text)
                self._pending.append(text)

    def take(self) -> list[str]:
        """The notes not shown yet (each is returned once)."""
        with self._lock:
            pending, self._pending = self._pending, []
        return pending


def _setting_note(key: str) -> str:
    if key in KNOWN_SETTINGS:
        return (
            f"The journal setting “{key}” held a value this version cannot use; "
            f"the default ({setting_default(key)}) is used instead."
        )
    return "A journal setting this version does not know held an unusable value; it is ignored."


class JournalSettings:
    """Per-journal settings (they may mention journal content, so they are encrypted)."""

    def __init__(self, vault: Vault, hub: ChangeHub, notes: Notes | None = None) -> None:
        self._hub = hub
        self._repo = SettingsRepository(vault)
        self._notes = notes if notes is not None else Notes()

    def get(self, key: str, default: Any = None) -> Any:
        """A setting's checked value; ``default`` (for a known setting: its own) otherwise.

        A stored value that does not fit the setting's schema is never returned: it is
        noted, and the default used instead.
        """
        fallback = setting_default(key) if default is None else default
        try:
            value = self._repo.get(key, _MISSING)
        except _UNREADABLE:
            self._notes.add(_setting_note(key))
            return fallback
        if value is _MISSING:
            return fallback
        try:
            return check_setting(key, value)
        except ValueError:
            self._notes.add(_setting_note(key))
            return fallback

    def set(self, key: str, value: Any) -> Change:
        """Store a setting.

        Raises:
            ValueError: ``value`` does not fit the setting (its type or bounds, or plain
                JSON for a setting this version does not know).
        """
        self._repo.set(key, check_setting(key, value))
        return self._hub.publish(Change.of(Area.SETTINGS))

    def all(self) -> dict[str, Any]:
        """Every setting whose stored value is usable (the others are noted, left out)."""
        try:
            stored = self._repo.all()
        except _UNREADABLE:
            self._notes.add(_setting_note(""))
            return {}
        usable: dict[str, Any] = {}
        for key, value in stored.items():
            try:
                usable[key] = check_setting(key, value)
            except ValueError:
                self._notes.add(_setting_note(key))
        return usable


_DRAFT_NOTE = (
    "An unsaved draft could not be restored (it was damaged or made by another version); "
    "it was set aside."
)


class Drafts:
    """Autosaved editor state: one small upsert per save."""

    def __init__(self, vault: Vault, hub: ChangeHub, notes: Notes | None = None) -> None:
        self._hub = hub
        self._repo = DraftRepository(vault)
        self._notes = notes if notes is not None else Notes()

    def read(self, key: str) -> Draft | None:
        """The typed draft stored under ``key``, or None (also for one that does not fit)."""
        try:
            payload = self._repo.get(key)
            return None if payload is None else parse_draft(key, payload)
        except _UNREADABLE:  # includes a payload that does not fit (DraftProblem)
            self._notes.add(_DRAFT_NOTE)
            return None

    def get(self, key: str) -> dict[str, Any] | None:
        """The checked payload of editor ``key``, if there is a usable one."""
        draft = self.read(key)
        return None if draft is None else draft_payload(draft)

    def put(self, key: str, payload: dict[str, Any], saved_at: datetime | None = None) -> Change:
        """Store the latest state of editor ``key``.

        Raises:
            ValueError: ``payload`` does not fit the schema of its kind of draft.
        """
        self._repo.put(key, draft_payload(parse_draft(key, payload)), saved_at)
        return self._hub.publish(Change.of(Area.DRAFTS))

    def delete(self, key: str) -> Change:
        """Forget a draft once its entry is saved."""
        self._repo.delete(key)
        return self._hub.publish(Change.of(Area.DRAFTS))

    def all(self) -> list[tuple[str, dict[str, Any], datetime]]:
        """Every usable draft as (key, payload, saved_at); the others are noted, left out."""
        try:
            stored = self._repo.all()
        except _UNREADABLE:
            self._notes.add(_DRAFT_NOTE)
            return []
        usable = []
        for key, payload, saved_at in stored:
            try:
                usable.append((key, draft_payload(parse_draft(key, payload)), saved_at))
            except ValueError:
                self._notes.add(_DRAFT_NOTE)
        return usable
