"""App settings: a small JSON file in the user's config folder, never journal text.

What may live here: the language, the theme, the auto-lock delay, lock-on-minimise, whether closing
the window keeps the app in the tray, how soon copied text leaves the clipboard, the
window geometry, whether the sidebar shows
icons only, and the *path* of the last journal.
Anything that can describe journal content (titles, tags, search terms, backup
choices…) belongs in the encrypted journal's own settings instead (``journal.settings``).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hallpass_journal.ui.theme import THEMES

DEFAULT_AUTO_LOCK_MINUTES = 5.0
MAX_AUTO_LOCK_MINUTES = 240.0
DEFAULT_CLIPBOARD_SECONDS = 30
MIN_CLIPBOARD_SECONDS = 5
MAX_CLIPBOARD_SECONDS = 600
#: The languages the app speaks, each named in itself; "" follows the system.
LANGUAGES = {"": "", "en": "English", "de": "Deutsch"}


@dataclass
class AppSettings:
    """Settings of the app itself, as stored in ``paths.settings_file``."""

    theme: str = "system"
    #: Lock after this many idle minutes; 0 means never.
    auto_lock_minutes: float = DEFAULT_AUTO_LOCK_MINUTES
    lock_on_minimise: bool = False
    #: Closing the window locks the journal and keeps the app running in the system
    #: tray, so check-in reminders still come (only where a tray exists). Off unless
    #: the person turns it on: a closed window normally means the app has quit.
    keep_in_tray: bool = False
    #: The last journal opened: a file path only.
    last_journal: str | None = None
    #: ``QWidget.saveGeometry()`` as hex (size and position only).
    window_geometry: str | None = None
    #: The sidebar shows icons only (the person chose so).
    sidebar_collapsed: bool = False
    #: Text copied from the journal is cleared from the clipboard after this long.
    clipboard_clear_seconds: int = DEFAULT_CLIPBOARD_SECONDS
    #: The app's language ("de", "en"); empty follows the system. Read at start.
    language: str = ""

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        """Read ``path``; a missing or unreadable file gives the defaults."""
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> AppSettings:
        """Keep the known, well-typed values; fall back to defaults for the rest."""
        settings = cls()
        theme = raw.get("theme")
        if theme in THEMES:
            settings.theme = theme
        minutes = raw.get("auto_lock_minutes")
        if isinstance(minutes, int | float) and not isinstance(minutes, bool):
            settings.auto_lock_minutes = min(max(float(minutes), 0.0), MAX_AUTO_LOCK_MINUTES)
        if isinstance(raw.get("lock_on_minimise"), bool):
            settings.lock_on_minimise = raw["lock_on_minimise"]
        if isinstance(raw.get("keep_in_tray"), bool):
            settings.keep_in_tray = raw["keep_in_tray"]
        if raw.get("language") in LANGUAGES:
            settings.language = raw["language"]
        seconds = raw.get("clipboard_clear_seconds")
        if isinstance(seconds, int) and not isinstance(seconds, bool):
            settings.clipboard_clear_seconds = min(
                max(seconds, MIN_CLIPBOARD_SECONDS), MAX_CLIPBOARD_SECONDS
            )
        if isinstance(raw.get("sidebar_collapsed"), bool):
            settings.sidebar_collapsed = raw["sidebar_collapsed"]
        if isinstance(raw.get("last_journal"), str) and raw["last_journal"]:
            settings.last_journal = raw["last_journal"]
        geometry = raw.get("window_geometry")
        if isinstance(geometry, str) and all(ch in "0123456789abcdef" for ch in geometry):
            settings.window_geometry = geometry
        return settings

    @property
    def auto_lock_ms(self) -> int:
        """The idle timeout in milliseconds (0: never)."""
        return int(self.auto_lock_minutes * 60_000)

    @property
    def last_journal_path(self) -> Path | None:
        """:attr:`last_journal` as a Path."""
        return Path(self.last_journal) if self.last_journal else None

    def save(self, path: Path) -> None:
        """Write atomically: a temporary file beside ``path``, fsync, then rename."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
