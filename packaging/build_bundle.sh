#!/usr/bin/env bash
# Build the standalone one-folder bundle of Hall Pass Journal with PyInstaller.
#
#   bash packaging/build_bundle.sh
#
# Creates (or reuses) a virtual environment in build/bundle-venv, installs the project
# and PyInstaller into it, renders the icon, and runs packaging/hallpass-journal.spec.
# Output: dist/hallpass-journal/ (start it with dist/hallpass-journal/hallpass-journal);
# on macOS also "dist/Hall Pass Journal.app". Works on Linux and macOS; for Windows see
# packaging/README.md. PYTHON=python3.12 picks another interpreter (3.11 or newer).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
venv="$root/build/bundle-venv"
app_id="io.github.hallpass_journal.HallPassJournal"
export PIP_DISABLE_PIP_VERSION_CHECK=1

if [ ! -x "$venv/bin/python" ]; then
    echo "== creating $venv"
    "$python" -m venv "$venv"
fi

echo "== installing the project and PyInstaller"
# setuptools builds the wheel through build/lib and never removes a module deleted from
# the source since the last build: start from an empty one.
rm -rf "$root/build/lib" "$root"/build/bdist.*
# The project is installed (not editable): the resources/ folder becomes the package
# hallpass_journal.resources only in an installed copy. --force-reinstall of the project
# alone picks up source changes when the venv is reused.
"$venv/bin/python" -m pip install --quiet "$root" "pyinstaller>=6.10,<7"
"$venv/bin/python" -m pip install --quiet --no-deps --force-reinstall "$root"
if [ "$(uname -s)" = "Darwin" ]; then
    # PyInstaller converts the PNG icon to .icns with Pillow.
    "$venv/bin/python" -m pip install --quiet pillow
fi

echo "== rendering the icon"
"$venv/bin/python" "$root/packaging/render_icon.py" --size 256 --out "$root/build/icon/$app_id.png"

echo "== running PyInstaller"
# Run from build/ with the pyinstaller command (not python -m from the source tree), so
# the source folder is not on sys.path and the installed package is what gets bundled.
cd "$root/build"
start=$(date +%s)
"$venv/bin/pyinstaller" --noconfirm --clean \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    "$root/packaging/hallpass-journal.spec"
end=$(date +%s)

echo "== done in $((end - start)) s: $root/dist/hallpass-journal"
du -sh "$root/dist/hallpass-journal"
