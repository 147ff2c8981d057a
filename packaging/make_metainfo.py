"""Fill in the AppStream metainfo template with the web address of the screenshots.

AppStream wants screenshot images as web addresses, and the committed template
(``packaging/<id>.metainfo.xml``) holds ``@SCREENSHOT_BASE_URL@`` in their place. The
packager publishes ``resources/screenshots/*.png`` somewhere and passes that folder's
address:

    python packaging/make_metainfo.py \
        --screenshot-base-url https://example.org/hallpass-journal/screenshots \
        --out build/io.github.hallpass_journal.HallPassJournal.metainfo.xml

Only the standard library is used. The result is checked to be well-formed XML with no
placeholder left; validate it with ``appstreamcli validate --no-net FILE``.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

APP_ID = "io.github.hallpass_journal.HallPassJournal"
PACKAGING = Path(__file__).resolve().parent
TEMPLATE = PACKAGING / f"{APP_ID}.metainfo.xml"
PLACEHOLDER = "@SCREENSHOT_BASE_URL@"


def base_url(text: str) -> str:
    """An ``http(s)`` address of a folder, without a trailing slash."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"not an http(s) address: {text!r}")
    if parts.query or parts.fragment:
        raise argparse.ArgumentTypeError("give the folder's address, without ? or #")
    if any(c.isspace() or c in "<>&\"'" for c in text):
        raise argparse.ArgumentTypeError("the address has a character that needs escaping")
    return text.rstrip("/")


def fill(template: str, screenshot_base_url: str) -> str:
    """The template's text with the placeholder replaced (the address is checked)."""
    url = base_url(screenshot_base_url)
    if PLACEHOLDER not in template:
        raise ValueError(f"the template has no {PLACEHOLDER}")
    text = template.replace(PLACEHOLDER, url)
    ET.fromstring(text.encode("utf-8"))  # still well-formed
    return text


def main(argv: list[str] | None = None) -> int:
    """Write the filled-in metainfo; return the exit status."""
    parser = argparse.ArgumentParser(
        description="Fill in the screenshot address of the AppStream metainfo."
    )
    parser.add_argument(
        "--screenshot-base-url",
        type=base_url,
        required=True,
        metavar="URL",
        help="the web folder holding main-window.png (resources/screenshots/)",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write")
    parser.add_argument("--template", type=Path, default=TEMPLATE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        text = fill(args.template.read_text(encoding="utf-8"), args.screenshot_base_url)
    except (OSError, ValueError, ET.ParseError) as exc:
        print(f"make_metainfo: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
