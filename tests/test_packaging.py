"""Packaging files: the AppStream metainfo, the desktop entry, the icon, the bundle spec.

Fast: nothing is built. ``desktop-file-validate`` and ``appstreamcli`` run when they are
installed (and their complaints fail the test); otherwise those two tests are skipped.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

import hallpass_journal

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.hallpass_journal.HallPassJournal"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
ICON = PACKAGING / f"{APP_ID}.svg"
SPEC = PACKAGING / "hallpass-journal.spec"
BASE_URL = "https://example.org/hallpass-journal/screenshots"  # a documentation domain
OARS_VALUES = {"none", "mild", "moderate", "intense"}


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


@pytest.fixture
def filled_metainfo(tmp_path: Path) -> Path:
    """The metainfo as make_metainfo.py writes it, under its installed file name."""
    out = tmp_path / METAINFO.name
    assert _load("make_metainfo").main(["--screenshot-base-url", BASE_URL, "--out", str(out)]) == 0
    return out


def _text(root: ET.Element, path: str) -> str:
    node = root.find(path)
    assert node is not None, f"<{path}> missing"
    return "".join(node.itertext()).strip()


# -- the desktop entry and the icon -----------------------------------------------------


def test_desktop_entry_is_named_after_the_id_and_has_the_required_keys() -> None:
    assert [p.name for p in PACKAGING.glob("*.desktop")] == [DESKTOP.name]
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Hall Pass Journal"
    assert entry["Comment"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Exec"] == "hallpass-journal"  # no file argument: none is accepted
    assert entry["Exec"].split()[0] in _pyproject()["project"]["scripts"]
    assert entry["Categories"].endswith(";")
    assert entry["Keywords"].endswith(";")


def test_icon_is_named_after_the_id_and_is_the_app_icon() -> None:
    assert ICON.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    assert ET.parse(ICON).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_desktop_file_validate_accepts_the_entry() -> None:
    program = shutil.which("desktop-file-validate")
    if program is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        [program, str(DESKTOP)], capture_output=True, text=True, timeout=60, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower(), output


# -- the AppStream metainfo -------------------------------------------------------------


def test_metainfo_has_the_required_fields() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert _text(root, "id") == APP_ID
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    assert _text(root, "metadata_license") == "CC0-1.0"
    license_ = _pyproject()["project"]["license"]
    assert _text(root, "project_license") == (
        license_ if isinstance(license_, str) else license_["text"]
    )
    assert _text(root, "name") == _desktop_entry()["Name"]
    assert _text(root, "summary")
    assert _text(root, "developer/name")
    assert _text(root, "developer_name") == _text(root, "developer/name")

    description = " ".join(_text(root, "description").split())
    for words in ("encrypted", "on this computer", "never argues for or against a hall pass"):
        assert words in description

    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name

    assert [b.text for b in root.iterfind("provides/binary")] == ["hallpass-journal"]
    assert "hallpass-journal" in _pyproject()["project"]["scripts"]

    categories = [c.text for c in root.iterfind("categories/category")]
    assert categories and categories == _desktop_entry()["Categories"].rstrip(";").split(";")
    assert [k.text for k in root.iterfind("keywords/keyword")]


def test_metainfo_releases_start_with_the_current_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == hallpass_journal.__version__
    dates = [date.fromisoformat(r.get("date", "")) for r in releases]
    assert dates == sorted(dates, reverse=True), "newest release first"


def test_metainfo_content_rating_is_oars() -> None:
    root = ET.parse(METAINFO).getroot()
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    attributes = {a.get("id"): a.text for a in rating.iterfind("content_attribute")}
    assert set(attributes.values()) <= OARS_VALUES
    # The texts talk about sex plainly but show nothing explicit.
    assert attributes.get("sex-themes") == "moderate"
    assert attributes.get("sex-nudity", "none") == "none"


def test_metainfo_template_keeps_a_placeholder_for_screenshots() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [i.text or "" for i in root.iterfind("screenshots/screenshot/image")]
    assert images
    assert all(i.startswith("@SCREENSHOT_BASE_URL@/") for i in images)


def test_make_metainfo_fills_in_the_screenshot_urls(filled_metainfo: Path) -> None:
    text = filled_metainfo.read_text(encoding="utf-8")
    assert "@SCREENSHOT_BASE_URL@" not in text
    root = ET.fromstring(text)
    images = [i.text or "" for i in root.iterfind("screenshots/screenshot/image")]
    shipped = ROOT / "resources" / "screenshots"
    assert images
    for url in images:
        assert url.startswith(BASE_URL + "/")
        assert (shipped / url.removeprefix(BASE_URL + "/")).is_file(), url
    # Every screenshot the README shows is offered to software centres too.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"resources/screenshots/([\w.-]+\.png)", readme))
    assert shown and shown <= {u.rsplit("/", 1)[1] for u in images}
    assert sum(s.get("type") == "default" for s in root.iterfind("screenshots/screenshot")) == 1


def test_make_metainfo_strips_a_trailing_slash(tmp_path: Path) -> None:
    out = tmp_path / "m.xml"
    _load("make_metainfo").main(["--screenshot-base-url", BASE_URL + "/", "--out", str(out)])
    assert f"{BASE_URL}/main-window.png" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["example.org/shots", "ftp://example.org/x", "https://x/?a=1"])
def test_make_metainfo_refuses_what_is_not_a_web_folder(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        _load("make_metainfo").main(["--screenshot-base-url", url, "--out", str(tmp_path / "m")])
    assert exc.value.code == 2
    assert not (tmp_path / "m").exists()
    assert "--screenshot-base-url" in capsys.readouterr().err


def test_appstreamcli_validates_the_filled_metainfo(filled_metainfo: Path) -> None:
    program = shutil.which("appstreamcli")
    if program is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [program, "validate", "--no-net", "--no-color", str(filled_metainfo)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Errors and warnings make appstreamcli exit non-zero; infos and pedantic notes do not.
    assert result.returncode == 0, result.stdout + result.stderr


# -- the bundle -------------------------------------------------------------------------


def _spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not found in {SPEC.name}")


def test_bundle_spec_keeps_every_qt_module_the_app_and_pyqtgraph_use() -> None:
    used = set()
    for path in (ROOT / "hallpass_journal").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    # pyqtgraph loads these with importlib; the chart fails without them.
    used |= {"QtOpenGL", "QtOpenGLWidgets"}
    excluded = set(_spec_list("_unused_qt"))
    assert not used & excluded, f"the spec leaves out Qt modules in use: {used & excluded}"
    assert {"QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick"} <= excluded


def test_bundle_files_are_well_formed() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    for script in ("bundle_entry", "make_metainfo", "render_icon", "smoke_bundle"):
        path = PACKAGING / f"{script}.py"
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    text = SPEC.read_text(encoding="utf-8")
    assert "console=False" in text
    assert 'collect_data_files("hallpass_journal.resources"' in text
    assert f'APP_ID = "{APP_ID}"' in text
    bash = shutil.which("bash")
    if bash is not None and sys.platform != "win32":
        subprocess.run([bash, "-n", str(PACKAGING / "build_bundle.sh")], check=True, timeout=30)
