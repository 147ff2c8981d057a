"""Where the app keeps things, decided once and passed in (tests pass ``tmp_path``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "hallpass-journal"
JOURNAL_FILENAME = "journal.hpj"


@dataclass(frozen=True)
class AppPaths:
    """Data, config and backup locations.

    ``data_dir`` holds the default journal; ``config_dir`` holds app settings that
    never contain journal text; backups of a journal live in ``backup_dir``.
    """

    data_dir: Path
    config_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's per-user locations (via platformdirs)."""
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder (``--data-dir``, portable use, tests)."""
        root = Path(root)
        return cls(data_dir=root, config_dir=root / "config")

    @property
    def default_journal(self) -> Path:
        """The journal opened when none is named."""
        return self.data_dir / JOURNAL_FILENAME

    @property
    def settings_file(self) -> Path:
        """App settings (theme, window state): never journal text."""
        return self.config_dir / "settings.json"
