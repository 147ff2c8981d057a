"""Export benchmark: does the therapist PDF (with its chart) stay linear in entries?

Run it directly (pytest does not collect it)::

    python tests/benchmarks/bench_export.py                 # 100 and 1,000 entries
    python tests/benchmarks/bench_export.py --sizes 100,1000,3000 --repeat 3

For each size a demo journal is built (``fill_demo(entries=N)``: the demo story plus
everyday entries; a tiny KDF, so key derivation is not measured) and exported, in a
fresh process per run, to PDF with every part of the document on (summary, chart,
evaluate-over-time, agreement history, questions) over the whole journal: the same call
the Export section and ``hallpass-journal export --format pdf`` make. Two entries are
marked for the session and a question is added first, as a person would.

Printed per size: entries written, median wall time of the export (unlock excluded),
time per entry, peak resident memory of the process, the PDF's size and page count;
then the ratios 1,000 : 100 against the goals (time linear or better: ratio <= 10;
1,000 entries under 10 s). Also Markdown and HTML times, for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_storage as store  # noqa: E402

FORMATS = ("pdf", "html", "markdown")


def child(fmt: str, journal_path: str, out: str) -> None:
    """Export once in this process; print the figures as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hallpass_journal.reports import load_all
    from hallpass_journal.reports.selection import ExportSelection
    from hallpass_journal.services.exporters import registry
    from hallpass_journal.services.journal import Journal
    from hallpass_journal.storage import keys

    keys.set_test_params(store.BENCH_KDF)
    load_all()
    exporter = registry.get(fmt)
    with Journal.open(Path(journal_path), store.PASSPHRASE, auto_backup=False) as journal:
        start = time.perf_counter()
        result = exporter.write_selection(  # type: ignore[attr-defined]
            journal, Path(out), ExportSelection(), today=store.TODAY
        )
        elapsed = time.perf_counter() - start
    pages = 0
    if fmt == "pdf":
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "entries": result.entries,
                "seconds": elapsed,
                "peak_mib": peak_kib / 1024,
                "bytes": Path(out).stat().st_size,
                "pages": pages,
            }
        )
    )


def prepare(n: int, folder: Path) -> Path:
    """A demo journal of ``n`` entries with two marked and a question (cached)."""
    from hallpass_journal.domain.listing import EntryFilter
    from hallpass_journal.services.journal import Journal
    from hallpass_journal.storage import keys

    keys.set_test_params(store.BENCH_KDF)
    path = store.build_encrypted(n, folder)
    with Journal.open(path, store.PASSPHRASE, auto_backup=False) as journal:
        if not journal.session.questions():
            for row in journal.entries.page(EntryFilter(include_private=False), limit=2):
                journal.session.mark(row.uuid)
            journal.session.add_question("What helps us slow down when it feels rushed?")
    return path


def run(fmt: str, path: Path, folder: Path) -> dict[str, float]:
    """One export in a fresh process."""
    out = folder / f"bench-export.{'md' if fmt == 'markdown' else fmt}"
    done = subprocess.run(
        [sys.executable, __file__, "--child", fmt, str(path), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    out.unlink(missing_ok=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, help="keep built journals here")
    parser.add_argument(
        "--child", nargs=3, metavar=("FORMAT", "JOURNAL", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.cache or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results: dict[tuple[str, int], dict[str, float]] = {}
        for n in sizes:
            path = prepare(n, folder)
            for fmt in FORMATS:
                runs = [run(fmt, path, folder) for _ in range(args.repeat if fmt == "pdf" else 1)]
                best = dict(runs[0])
                best["seconds"] = statistics.median(r["seconds"] for r in runs)
                best["peak_mib"] = max(r["peak_mib"] for r in runs)
                results[(fmt, n)] = best
                per_entry = 1000 * best["seconds"] / max(best["entries"], 1)
                print(
                    f"{fmt:>8} {n:>6,} entries: {int(best['entries']):>6,} exported in "
                    f"{best['seconds']:6.2f} s ({per_entry:5.1f} ms/entry), "
                    f"peak RSS {best['peak_mib']:6.1f} MiB, "
                    f"{best['bytes'] / 1024:8.0f} KiB"
                    + (f", {int(best['pages'])} pages" if fmt == "pdf" else ""),
                    flush=True,
                )
        if len(sizes) >= 2:
            small, large = sizes[0], sizes[-1]
            for fmt in FORMATS:
                a, b = results[(fmt, small)], results[(fmt, large)]
                ratio = b["seconds"] / a["seconds"]
                entries = b["entries"] / max(a["entries"], 1)
                shape = "linear or better" if ratio <= entries * 1.1 else "WORSE than linear"
                print(
                    f"{fmt:>8} {large:,}:{small:,} time ratio {ratio:5.2f} for {entries:4.1f}x "
                    f"the entries ({shape}); "
                    f"RSS ratio {b['peak_mib'] / a['peak_mib']:4.2f}"
                )
            pdf_large = results[("pdf", large)]["seconds"]
            if large >= 1000:
                verdict = "meets" if pdf_large < 10 else "MISSES"
                print(
                    f"     pdf {large:,} entries in {pdf_large:.2f} s: {verdict} the goal (< 10 s)"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
