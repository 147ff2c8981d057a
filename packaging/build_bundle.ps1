# Build the standalone one-folder bundle of Hall Pass Journal on Windows (PowerShell).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_bundle.ps1
#
# The same steps as build_bundle.sh: a venv in build\bundle-venv, the project and
# PyInstaller installed into it, the icon rendered (Pillow turns it into an .ico), then
# packaging\hallpass-journal.spec. Output: dist\hallpass-journal\hallpass-journal.exe
# (windowed) and hallpass-journal-cli.exe (the command-line commands, with a console).
# Set $env:PYTHON to pick the interpreter (default: py -3.11 or newer via "py -3").
$ErrorActionPreference = "Stop"

$root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
$venv = Join-Path $root "build\bundle-venv"
$py = Join-Path $venv "Scripts\python.exe"
$appId = "io.github.hallpass_journal.HallPassJournal"
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"

function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path $py)) {
    Write-Host "== creating $venv"
    if ($env:PYTHON) { Run $env:PYTHON @("-m", "venv", $venv) } else { Run "py" @("-3", "-m", "venv", $venv) }
}

Write-Host "== installing the project, PyInstaller and Pillow"
Run $py @("-m", "pip", "install", "--quiet", $root, "pyinstaller>=6.10,<7", "pillow")
Run $py @("-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", $root)

Write-Host "== rendering the icon"
Run $py @((Join-Path $root "packaging\render_icon.py"), "--size", "256", "--out", (Join-Path $root "build\icon\$appId.png"))

Write-Host "== running PyInstaller"
Push-Location (Join-Path $root "build")
try {
    Run (Join-Path $venv "Scripts\pyinstaller.exe") @(
        "--noconfirm", "--clean",
        "--distpath", (Join-Path $root "dist"),
        "--workpath", (Join-Path $root "build\pyinstaller"),
        (Join-Path $root "packaging\hallpass-journal.spec"))
} finally {
    Pop-Location
}
Write-Host "== done: $root\dist\hallpass-journal"
