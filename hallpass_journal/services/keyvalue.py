"""Journal settings and editor drafts, kept inside the encrypted file."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hallpass_journal.services.changes import Area, Change, ChangeHub
from hallpass_journal.storage.kv_repo import DraftRepository, SettingsRepository
from hallpass_journal.storage.vault import Vault


class JournalSettings:
    """Per-journal settings (they may mention journal content, so they are encrypted)."""

    def __init__(self, vault: Vault, hub: ChangeHub) -> None:
        self._hub = hub
        self._repo = SettingsRepository(vault)

    def get(self, key: str, default: Any = None) -> Any:
        """A setting's value, or ``default``."""
        return self._repo.get(key, default)

    def set(self, key: str, value: Any) -> Change:
        """Store a JSON-serialisable setting."""
        self._repo.set(key, value)
        return self._hub.publish(Change.of(Area.SETTINGS))

    def all(self) -> dict[str, Any]:
        """Every setting."""
        return self._repo.all()


class Drafts:
    """Autosaved editor state: one small upsert per save."""

    def __init__(self, vault: Vault, hub: ChangeHub) -> None:
        self._hub = hub
        self._repo = DraftRepository(vault)

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored state of editor ``key``, if any."""
        return self._repo.get(key)

    def put(self, key: str, payload: dict[str, Any], saved_at: datetime | None = None) -> Change:
        """Store the latest state of editor ``key``."""
        self._repo.put(key, payload, saved_at)
        return self._hub.publish(Change.of(Area.DRAFTS))

    def delete(self, key: str) -> Change:
        """Forget a draft once its entry is saved."""
        self._repo.delete(key)
        return self._hub.publish(Change.of(Area.DRAFTS))

    def all(self) -> list[tuple[str, dict[str, Any], datetime]]:
        """Every draft as (key, payload, saved_at)."""
        return self._repo.all()
