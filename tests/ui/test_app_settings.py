"""App settings: a small JSON file, written atomically, tolerant when read."""

from __future__ import annotations

import json
from pathlib import Path

from hallpass_journal.ui.app_settings import AppSettings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    settings = AppSettings(
        theme="dark", auto_lock_minutes=2.5, lock_on_minimise=True, sidebar_collapsed=True
    )
    settings.last_journal = str(tmp_path / "j.hpj")
    settings.save(path)
    again = AppSettings.load(path)
    assert again == settings
    assert again.auto_lock_ms == 150_000
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp left


def test_defaults(tmp_path: Path) -> None:
    settings = AppSettings.load(tmp_path / "missing.json")
    assert settings.theme == "system"
    assert settings.auto_lock_minutes == 5
    assert settings.lock_on_minimise is False
    assert settings.last_journal is None
    assert settings.sidebar_collapsed is False


def test_bad_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "theme": "neon",
                "auto_lock_minutes": "soon",
                "lock_on_minimise": 1,
                "last_journal": 3,
                "window_geometry": "zz",
                "sidebar_collapsed": "yes",
                "title": "not kept",
            }
        )
    )
    assert AppSettings.load(path) == AppSettings()
    path.write_text("{not json")
    assert AppSettings.load(path) == AppSettings()
    path.write_text(json.dumps({"auto_lock_minutes": 10_000}))
    assert AppSettings.load(path).auto_lock_minutes == 240
