"""Bring the translations up to date with the code, then compile them for the app.

    python packaging/update_translations.py            # update every .ts, compile .qm
    python packaging/update_translations.py --check    # exit 1 if anything is out of date

First ``packaging/domain_strings.py`` lists the core's own texts (prompts, guide pages,
scripts, labels) in ``hallpass_journal/ui/domain_words.py``. Then ``pyside6-lupdate``
reads every ``tr()``, ``translate()`` and ``QT_TRANSLATE_NOOP`` in the UI, the reports
and the app module and updates ``resources/translations/*.ts`` (the
translations people edit, kept in git); translations already made are kept, strings no
longer in the code are dropped. ``pyside6-lrelease`` then compiles each into the ``.qm``
file the app loads (``hallpass_journal/app.py``). The ``.qm`` files are committed as well
(so ``pip install .`` needs no Qt tools); ``tests/test_translations.py`` fails when one is
not what the current ``.ts`` compiles to, or when a string in the code has no translation.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
#: Where translatable strings live (the core below services holds none of its own UI text).
SOURCES = ("hallpass_journal/ui", "hallpass_journal/reports", "hallpass_journal/app.py")


def tool(name: str) -> str:
    """The path of a PySide6 tool installed beside this Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def source_files() -> list[str]:
    """Every Python file lupdate reads, in a stable order."""
    files: list[Path] = []
    for entry in SOURCES:
        path = ROOT / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(ts: Path) -> None:
    """Update ``ts`` from the code: new strings added, gone ones dropped, translations kept."""
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
         "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    """Update (or, with ``--check``, only compare) every translation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    stale = []
    sys.path.insert(0, str(Path(__file__).parent))
    import domain_strings

    if not domain_strings.main(check=args.check) and args.check:
        stale.append("hallpass_journal/ui/domain_words.py is not what the domain holds now")
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not args.check:
            lupdate(ts)
            lrelease(ts, qm)
            print(f"updated {ts.name} and {qm.name}")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh_ts)
            lupdate(fresh_ts)
            fresh_qm = Path(tmp) / qm.name
            lrelease(ts, fresh_qm)
            if fresh_ts.read_bytes() != ts.read_bytes():
                stale.append(f"{ts.name} does not match the strings in the code")
            if not qm.exists() or fresh_qm.read_bytes() != qm.read_bytes():
                stale.append(f"{qm.name} is not what {ts.name} compiles to")
    for line in stale:
        print(line, file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
