"""Views benchmark: do the timeline, the chart and evaluate-over-time stay fast at ten years?

Run it directly (pytest does not collect it)::

    python tests/benchmarks/bench_views.py                 # 1k, 10k, 100k
    python tests/benchmarks/bench_views.py --quick         # 1k, 5k
    python tests/benchmarks/bench_views.py --cache ~/.cache/hpj-bench

Journals are the storage benchmark's (``bench_storage.build_encrypted``: the demo story
plus everyday entries, ``fill_demo(entries=N)``; 100k is ten years of several check-ins a
day), cached under ``--cache``, each with a plain unencrypted SQLite copy of the same rows.

Measured in a fresh process per size, with real widgets offscreen (median of
``--repeat`` runs where it is repeated):

* usable: unlock-to-usable without key derivation (the journals use a tiny KDF): open
  the journal, build the main workspace on the Timeline section, show it, and wait until
  the timeline's first page is in the list.
* to end: press End in the timeline and wait until its last row (the oldest entry) is
  the current one.
* chart all / chart 90d: the Feelings section's data for the whole journal (weekly) and
  for 90 days (daily), through the same service calls the chart makes on a refresh
  (``ChartTab._load``): the average of every emotion (the picker's counts), mood by month
  (its count), three emotions, mood and the markers. The 90 days end at the densest point
  of the journal: the last day with entries before the demo story (``fill_demo`` writes
  the everyday entries in the years before the story's last ``STORY_DAYS`` days, so the
  newest 90 days are sparse at every size).
* evaluate: one evaluate-over-time (7, 30, 91 days) around a chosen day inside the dense
  years: the median ``about`` day of all entries.

The days used are printed for each size.
* RSS: peak resident memory of that process after all of the above.

The same aggregations run over the plain copy (the same repository code on the stdlib
``sqlite3``), and the ratios are printed against the goals: usable and RSS at 100k
within 1.2x of 1k, the 90-day chart flat in journal size, aggregation within 1.5x of
plain SQLite.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_storage as store  # noqa: E402

from hallpass_journal.demo import STORY_DAYS  # noqa: E402
from hallpass_journal.domain.evaluation import DEFAULT_WINDOWS, chosen_day  # noqa: E402
from hallpass_journal.domain.vocabulary import EMOTIONS  # noqa: E402
from hallpass_journal.services.evaluation import EvaluationService  # noqa: E402
from hallpass_journal.services.timeline import TimelineService  # noqa: E402
from hallpass_journal.storage import keys  # noqa: E402
from hallpass_journal.storage import vault as vault_mod  # noqa: E402

CHART_EMOTIONS = ["jealousy", "hurt", "calm"]


def _services(conn: Any) -> tuple[TimelineService, EvaluationService]:
    holder = cast(vault_mod.Vault, store._ConnHolder(conn))
    return TimelineService(holder), EvaluationService(holder)


def _newest_day(conn: Any) -> date:
    (day,) = conn.execute("SELECT max(about) FROM entries").fetchone()
    return date.fromisoformat(day)


def chosen_days(conn: Any) -> tuple[date, date]:
    """``(chart_end, evaluate_day)``: where the 90-day chart ends, and the day evaluated.

    The chart's 90 days end on the last day with entries before the demo story (the
    densest stretch: the everyday entries come before the story), or on the newest day
    when there is nothing before the story. Evaluate is around the median ``about`` day.
    """
    newest = _newest_day(conn)
    story_start = newest - timedelta(days=STORY_DAYS)
    (before,) = conn.execute(
        "SELECT max(about) FROM entries WHERE about < ?", (story_start.isoformat(),)
    ).fetchone()
    chart_end = date.fromisoformat(before) if before else newest
    (count,) = conn.execute("SELECT count(*) FROM entries").fetchone()
    (middle,) = conn.execute(
        "SELECT about FROM entries ORDER BY about LIMIT 1 OFFSET ?", (count // 2,)
    ).fetchone()
    return chart_end, date.fromisoformat(middle)


def aggregations(conn: Any, repeat: int) -> dict[str, float]:
    """Median seconds of the chart's and evaluate's queries over one connection."""
    timeline, evaluation = _services(conn)
    newest = _newest_day(conn)
    chart_end, evaluate_day = chosen_days(conn)
    since_90 = chart_end - timedelta(days=89)

    def chart(since: date | None, until: date, bucket: str) -> None:
        # As ChartTab._load: the picker's counts first, then the series and the markers.
        timeline.emotion_average(list(EMOTIONS), since or date.min, until, include_private=True)
        timeline.mood_series(since, until, "month", include_private=True)
        timeline.emotion_series(CHART_EMOTIONS, since, until, bucket, include_private=True)
        timeline.mood_series(since, until, bucket, include_private=True)
        timeline.markers(since, until, include_private=True)

    dense = chosen_day(evaluate_day)
    recent = chosen_day(newest - timedelta(days=95))  # inside the story: the same at every size
    return {
        "chart_all": store.median_time(lambda: chart(None, newest, "week"), repeat),
        # The newest 90 days hold the same entries at every size: flat in journal size?
        "chart_90": store.median_time(
            lambda: chart(newest - timedelta(days=89), newest, "day"), repeat
        ),
        # The densest 90 days: the cost per entry in them should not grow with the journal.
        "chart_90_dense": store.median_time(lambda: chart(since_90, chart_end, "day"), repeat),
        "evaluate": store.median_time(
            lambda: evaluation.evaluate(recent, DEFAULT_WINDOWS, include_private=True), repeat
        ),
        "evaluate_dense": store.median_time(
            lambda: evaluation.evaluate(dense, DEFAULT_WINDOWS, include_private=True), repeat
        ),
    }


def _wait(app: Any, done: Callable[[], bool], limit: float = 120.0) -> None:
    end = time.perf_counter() + limit
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the view did not get there in time")


def ui_child(path: str, repeat: int) -> None:
    """In a fresh process: unlock-to-usable, scroll to the end, aggregations, peak RSS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keys.set_test_params(store.BENCH_KDF)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    from hallpass_journal.services.journal import Journal
    from hallpass_journal.ui.pages.workspace_page import WorkspacePage
    from hallpass_journal.ui.views.timeline_view import TimelineView
    from hallpass_journal.ui.windows.sections import default_sections

    app = QApplication.instance() or QApplication([])
    usable: list[float] = []
    to_end: list[float] = []
    agg: dict[str, float] = {}
    for run in range(repeat + 1):
        start = time.perf_counter()
        journal = Journal.open(Path(path), store.PASSPHRASE, auto_backup=False)
        window = QMainWindow()
        page = WorkspacePage(journal, default_sections(), start_section="timeline")
        window.setCentralWidget(page)
        window.resize(1280, 800)
        window.show()
        view = page.view("timeline")
        assert isinstance(view, TimelineView)
        _wait(app, lambda v=view: v.model.rowCount() > 0)  # type: ignore[misc]
        elapsed = time.perf_counter() - start

        oldest = journal.entries.page(limit=1, oldest_first=True)
        start = time.perf_counter()
        view.list_view.setFocus()
        QTest.keyClick(view.list_view, Qt.Key.Key_End)

        def at_end(v: TimelineView = view, first: date = oldest[0].about) -> bool:
            rows = v.model.rowCount()
            item = v.model.item_at(rows - 1) if rows else None
            return item is not None and item.day <= first  # the oldest day is shown

        _wait(app, at_end)
        scrolled = time.perf_counter() - start
        if run:  # the first run warms the caches (Qt's and the OS's)
            usable.append(elapsed)
            to_end.append(scrolled)
        if run == repeat:
            agg = aggregations(journal.vault.conn, repeat)
        page.teardown()
        window.close()
        window.deleteLater()
        app.processEvents()
        journal.close()
    print(
        json.dumps(
            {
                "usable": statistics.median(usable),
                "to_end": statistics.median(to_end),
                **agg,
                "maxrss_kb": store._peak_rss_kb(),
            }
        )
    )


def measure(n: int, enc: Path, plain: Path, repeat: int) -> dict[str, Any]:
    """Every figure for one size: the UI child, then the plain copy's aggregations."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(enc), "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    conn = store._plain_connect(plain, "stdlib")
    try:
        result["plain"] = aggregations(conn, repeat)
        chart_end, evaluate_day = chosen_days(conn)
        (in_90,) = conn.execute(
            "SELECT count(*) FROM entries WHERE about BETWEEN ? AND ?",
            ((chart_end - timedelta(days=89)).isoformat(), chart_end.isoformat()),
        ).fetchone()
    finally:
        conn.close()
    result["n"] = n
    result["dense_90_entries"] = in_90
    result["days"] = (
        f"chart 90d: {chart_end - timedelta(days=89)} to {chart_end} ({in_90:,} entries); "
        f"evaluate around {evaluate_day}"
    )
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f}"


def report(results: list[dict[str, Any]]) -> None:
    """The table, then the ratios against the goals."""
    print("\ntimes in ms (median), RSS in MiB (peak of the measuring process)")
    head = (
        f"{'entries':>8} {'usable':>9} {'to end':>9} {'chart all':>9} {'plain':>9} "
        f"{'chart 90d':>9} {'plain':>9} {'dense 90d':>9} {'plain':>9} {'evaluate':>9} "
        f"{'plain':>9} {'dense ev.':>9} {'plain':>9} {'RSS':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        p = r["plain"]
        print(
            f"{r['n']:>8,} {_ms(r['usable'])} {_ms(r['to_end'])} {_ms(r['chart_all'])} "
            f"{_ms(p['chart_all'])} {_ms(r['chart_90'])} {_ms(p['chart_90'])} "
            f"{_ms(r['chart_90_dense'])} {_ms(p['chart_90_dense'])} "
            f"{_ms(r['evaluate'])} {_ms(p['evaluate'])} "
            f"{_ms(r['evaluate_dense'])} {_ms(p['evaluate_dense'])} {r['maxrss_kb'] / 1024:7.1f}"
        )
    print("chart 90d / evaluate: the newest 90 days / around a day in the story (the same")
    print("entries at every size); dense: the densest 90 days / the median day (more entries")
    print("as the journal grows: compare the cost per entry)")
    small, big = results[0], results[-1]
    tag = f"{big['n']:,}/{small['n']:,}"

    def line(label: str, value: float, goal: float | None = None) -> None:
        verdict = "" if goal is None else (" ok" if value <= goal else " MISSED")
        target = "" if goal is None else f"   goal <= {goal:.1f}x{verdict}"
        print(f"  {label:<44} {value:7.2f}x{target}")

    print("\nratios")
    line(f"unlock-to-usable({tag})", big["usable"] / small["usable"], 1.2)
    line(f"peak RSS({tag})", big["maxrss_kb"] / small["maxrss_kb"], 1.2)
    line(f"timeline scroll to the end({tag})", big["to_end"] / small["to_end"])
    line(f"chart of the last 90 days({tag})", big["chart_90"] / small["chart_90"], 1.2)
    line(f"chart of all data({tag})", big["chart_all"] / small["chart_all"])
    line(f"evaluate over time({tag})", big["evaluate"] / small["evaluate"], 1.2)
    per_entry = (big["chart_90_dense"] / big["dense_90_entries"]) / (
        small["chart_90_dense"] / small["dense_90_entries"]
    )
    line(f"densest 90 days, cost per entry({tag})", per_entry, 1.2)
    for r in results:
        for key, label in (
            ("chart_all", "chart all"),
            ("chart_90", "chart 90d"),
            ("chart_90_dense", "dense 90d"),
            ("evaluate", "evaluate"),
            ("evaluate_dense", "dense evaluate"),
        ):
            line(f"{label} encrypted/plain @ {r['n']:,}", r[key] / r["plain"][key], 1.5)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--quick", action="store_true", help="sizes 1000,5000")
    parser.add_argument("--cache", type=Path, help="keep built journals here")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        ui_child(args.child, args.repeat)
        return 0
    keys.set_test_params(store.BENCH_KDF)
    sizes = [1000, 5000] if args.quick else [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="hpj-bench-views-") as scratch:
        folder = args.cache or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        results = []
        for n in sorted(sizes):
            sub = folder / f"n{n}"
            sub.mkdir(exist_ok=True)
            enc = store.build_encrypted(n, sub)
            plain = store.build_plain(enc)
            results.append(measure(n, enc, plain, args.repeat))
            print(f"  measured {n:>7,}: {results[-1]['days']}", flush=True)
        report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
