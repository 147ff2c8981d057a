"""Conversions between domain objects and SQLite row values."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime


def ts(value: datetime) -> str:
    """Store datetimes as ISO-8601 UTC (sortable as text)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def parse_ts(text: str) -> datetime:
    """Inverse of :func:`ts`."""
    return datetime.fromisoformat(text)


def parse_optional_ts(text: str | None) -> datetime | None:
    """Inverse of :func:`ts` for nullable columns."""
    return datetime.fromisoformat(text) if text else None


def day(value: date) -> str:
    """Store dates as ISO ``YYYY-MM-DD``."""
    return value.isoformat()


def uid(value: uuid.UUID | None) -> str | None:
    """Store UUIDs as canonical text."""
    return str(value) if value is not None else None
