"""Smoke check of the built bundle: it starts, opens the demo journal, and quits cleanly.

Not part of the test suite (it needs a built bundle; see build_bundle.sh). Linux and
macOS (it ends the app with SIGTERM, which Windows does not have):

    python packaging/smoke_bundle.py [--bundle dist/hallpass-journal]

What it does:

1. Starts ``<bundle>/hallpass-journal --demo --data-dir <temp>/data`` with
   ``QT_QPA_PLATFORM=offscreen`` and ``TMPDIR=<temp>/tmp``, so the demo journal's
   throwaway folder (``hallpass-demo-*``) is created where this script can see it.
2. Watches that folder (the app prints nothing when its window is up, so the folder is
   the observable sign): its first file, the journal's lock, appears once the window
   is built and the demo is being prepared; ``demo-journal.hpj`` appears, already
   filled, when the worker thread has made the demo entries; then the folder must stay
   unchanged for ``--settle`` seconds while the window opens the journal. The process
   must stay alive throughout.
3. Keeps it running ``--alive`` more seconds, then sends SIGTERM, on which the app locks
   the journal and closes.
4. Checks: exit status 0, the demo folder removed, the settings file written on the
   way out, and no bug report ("hit a bug", "Traceback") on stderr.

It prints the bundle's size on disk and the times from launch to each sign, and exits
0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "hallpass-journal"


def executable(bundle: Path) -> Path:
    """The app's executable inside a one-folder bundle (or a macOS .app)."""
    candidates = [
        bundle / NAME,
        bundle / f"{NAME}.exe",
        bundle / "Contents" / "MacOS" / NAME,
    ]
    for path in candidates:
        if path.is_file():
            return path
    raise SystemExit(f"no {NAME} executable in {bundle}: build it with packaging/build_bundle.sh")


def disk_usage(folder: Path) -> tuple[int, int, int]:
    """(bytes on disk like ``du``, apparent bytes, files) of ``folder``, links not followed."""
    on_disk = apparent = files = 0
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            apparent += st.st_size
            on_disk += getattr(st, "st_blocks", 0) * 512 or st.st_size
            files += name in filenames
    return on_disk, apparent, files


def mib(n: int) -> str:
    """``n`` bytes in MiB, one decimal."""
    return f"{n / 2**20:.1f} MiB"


def snapshot(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the files in ``folder``."""
    out = []
    for path in sorted(folder.iterdir()):
        try:
            st = path.stat()
        except FileNotFoundError:
            continue
        out.append((path.name, st.st_size, st.st_mtime_ns))
    return tuple(out)


class Failed(Exception):
    """A check did not pass."""


def run(exe: Path, settle: float, alive: float, timeout: float) -> dict[str, float]:
    """Start, wait, terminate and check the app; return the measured times in seconds."""
    with tempfile.TemporaryDirectory(prefix="hallpass-smoke-") as temp:
        data, tmp = Path(temp, "data"), Path(temp, "tmp")
        tmp.mkdir()
        env = dict(os.environ)
        env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
        env.pop("PYQTGRAPH_QT_LIB", None)
        log = Path(temp, "stderr.txt")
        with open(log, "wb") as err:
            started = time.monotonic()
            proc = subprocess.Popen(
                [str(exe), "--demo", "--data-dir", str(data)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=err,
                stderr=err,
            )
            try:
                times = _watch(proc, tmp, started, settle, alive, timeout)
            except BaseException:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                sys.stderr.write(log.read_text(errors="replace"))
                raise
        output = log.read_text(errors="replace")
        problems = []
        if proc.returncode != 0:
            problems.append(f"exit status {proc.returncode}, expected 0")
        left = sorted(p.name for p in tmp.iterdir())
        if left:
            problems.append(f"left behind in the temporary folder: {left}")
        if not (data / "config" / "settings.json").is_file():
            problems.append("no settings.json: the app did not shut down through its own path")
        for sign in ("hit a bug", "Traceback"):
            if sign in output:
                problems.append(f"stderr has {sign!r}")
        if output.strip():
            print("app's output:\n  " + "\n  ".join(output.strip().splitlines()))
        if problems:
            raise Failed("; ".join(problems))
        return times


def _watch(
    proc: subprocess.Popen[bytes],
    tmp: Path,
    started: float,
    settle: float,
    alive: float,
    timeout: float,
) -> dict[str, float]:
    deadline = started + timeout
    folder: Path | None = None
    window = journal = 0.0
    last: tuple[tuple[str, int, int], ...] = ()
    quiet_since = 0.0
    while True:
        now = time.monotonic()
        if proc.poll() is not None:
            raise Failed(f"the app ended on its own (status {proc.returncode}) before it was up")
        if now > deadline:
            raise Failed(f"the demo journal was not ready within {timeout:.0f} s")
        if folder is None:
            # The folder itself is made before the window; the first file in it (the
            # journal's lock) once the window is built and the demo is being prepared.
            found = [p for p in tmp.glob("hallpass-demo-*") if any(p.iterdir())]
            if found:
                folder, window = found[0], now
        if folder is not None:
            current = snapshot(folder)
            if not journal and (folder / "demo-journal.hpj").is_file():
                journal = now
            if current != last:
                last, quiet_since = current, now
            elif journal and now - quiet_since >= settle:
                break
        time.sleep(0.05)
    assert folder is not None
    time.sleep(alive)
    if proc.poll() is not None:
        raise Failed(f"the app ended on its own (status {proc.returncode}) after opening")
    if not folder.is_dir():
        raise Failed("the demo folder disappeared while the app was running")
    proc.send_signal(signal.SIGTERM)
    stop_sent = time.monotonic()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        raise Failed("the app did not end within 30 s of SIGTERM") from None
    return {
        "window": window - started,
        "journal": journal - started,
        "quiet": quiet_since - started,
        "shutdown": time.monotonic() - stop_sent,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the smoke check; return 0 when it passes."""
    parser = argparse.ArgumentParser(description="Smoke check of the built bundle.")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=ROOT / "dist" / NAME,
        help="the one-folder bundle (default: dist/hallpass-journal)",
    )
    parser.add_argument(
        "--settle", type=float, default=1.5, help="seconds without change = demo ready"
    )
    parser.add_argument("--alive", type=float, default=3.0, help="seconds to keep it running")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait at most")
    args = parser.parse_args(argv)
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        print("smoke_bundle.py ends the app with SIGTERM: run it on Linux or macOS")
        return 1
    exe = executable(args.bundle)
    on_disk, apparent, files = disk_usage(args.bundle)
    print(f"bundle: {args.bundle}")
    print(f"size: {mib(on_disk)} on disk ({mib(apparent)} apparent, {files} files)")
    try:
        times = run(exe, args.settle, args.alive, args.timeout)
    except Failed as exc:
        print(f"FAILED: {exc}")
        return 1
    print(f"start: window built, demo being prepared after {times['window']:.2f} s")
    print(f"start: demo journal created and filled after {times['journal']:.2f} s")
    print(f"start: last change in the demo folder after {times['quiet']:.2f} s")
    print(f"quit: SIGTERM to exit in {times['shutdown']:.2f} s")
    print("OK: started, opened the demo journal, ended with status 0, demo folder removed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
