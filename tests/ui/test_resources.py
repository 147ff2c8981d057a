"""Icons and stylesheets ship as package data and load as Qt objects."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.ui import resources
from hallpass_journal.ui.theme import DARK, LIGHT, stylesheet

ROOT = Path(__file__).resolve().parents[2]
UI_ICONS = ["app", "lock", "home", "journal", "settings", "search", "open", "new-journal"]


@pytest.mark.parametrize("name", UI_ICONS + [f"kind-{k.value}" for k in EntryKind])
def test_every_icon_renders(qapp, name: str) -> None:
    icon = resources.icon(name)
    assert not icon.isNull()
    image = icon.pixmap(QSize(24, 24)).toImage()
    assert any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24))


def test_unknown_icon_is_an_error(qapp) -> None:
    with pytest.raises(FileNotFoundError):
        resources.icon("no-such-icon")


def test_resources_come_from_the_package() -> None:
    import hallpass_journal.resources as package

    assert resources.resource_path("icons", "app.svg").is_file()
    assert Path(package.__file__).parent == resources.resource_path()


def test_stylesheet_placeholders_are_all_filled() -> None:
    for colors in (LIGHT, DARK):
        assert "$" not in stylesheet(colors)


def test_every_package_folder_is_listed_in_pyproject() -> None:
    """packages are listed by hand (resources/ is mapped in): a forgotten one would be
    missing from a regular install."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "hallpass_journal").rglob("*")
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py"))
    } | {"hallpass_journal"}
    assert found - listed == set()
    assert config["package-dir"]["hallpass_journal.resources"] == "resources"
