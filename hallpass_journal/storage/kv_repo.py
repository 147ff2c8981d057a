"""Key-value tables inside the encrypted file: editor drafts and journal settings."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from hallpass_journal.domain.entries import utc_now
from hallpass_journal.storage.connection import translating
from hallpass_journal.storage.rows import ts
from hallpass_journal.storage.vault import Vault


@translating
class DraftRepository:
    """Autosaved editor state: one small upsert per save, cheap enough every few seconds."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def put(self, key: str, payload: dict[str, Any], saved_at: datetime | None = None) -> None:
        """Store the latest state of editor ``key``."""
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (key, payload, saved_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, "
                "saved_at = excluded.saved_at",
                (key, json.dumps(payload, ensure_ascii=False), ts(saved_at or utc_now())),
            )

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored state of editor ``key``, if any."""
        row = self._vault.conn.execute(
            "SELECT payload FROM drafts WHERE key = ?", (key,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def delete(self, key: str) -> None:
        """Forget a draft once its entry is saved."""
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def all(self) -> list[tuple[str, dict[str, Any], datetime]]:
        """Every draft as (key, payload, saved_at), for crash recovery and export."""
        return [
            (k, json.loads(p), datetime.fromisoformat(t))
            for k, p, t in self._vault.conn.execute(
                "SELECT key, payload, saved_at FROM drafts ORDER BY key"
            )
        ]


@translating
class SettingsRepository:
    """Journal settings stored encrypted (they can mention journal content)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: str, default: Any = None) -> Any:
        """A setting's value, or ``default``."""
        row = self._vault.conn.execute(
            "SELECT value FROM settings WHERE key = ?", (key,)
        ).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable setting."""
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def all(self) -> dict[str, Any]:
        """Every setting."""
        return {
            k: json.loads(v)
            for k, v in self._vault.conn.execute("SELECT key, value FROM settings ORDER BY key")
        }
