"""Benchmark the build end to end on synthetic corpora of 1, 100, 1,000 and 10,000 pages.

    python bench/bench_build.py [--sizes 1 100 1000 10000] [--work /tmp/sinoru-bench-build]

Each size gets a corpus (bench/make_corpus.py, seed 0, reused while the
generator is unchanged); each run deletes the published files and runs
``sinoru-data build`` in a fresh process, timing it by the wall clock and
reading its peak memory from the kernel. Times are medians of several runs
(fewer for the large corpora). One build is also profiled (cProfile) to say
which stage the time goes to. Writes docs/benchmarks/build.md.

Targets (issue #8): at 10,000 pages the time per page is within 1.2x of the
time per page at 100 pages, and peak memory stays under 2 GB.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import os
import pstats
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from harness import ROOT, Run, median_run, run_child, table, write_report

from sinoru_data.synth import write_corpus

SIZES = (1, 100, 1000, 10000)
RUNS = {1: 5, 100: 5, 1000: 3, 10000: 1}
BUILD = [sys.executable, "-m", "sinoru_data.cli", "build", "--root"]
STAGES = {  # stage: (function name, file it is defined in); a stage the build no longer has shows "–"
    "per page: parse, curate, validate": ("curate_page", "build.py"),
    "  parse": ("parse_page", "parse.py"),
    "    of which quote extraction": ("_quotes_of", "parse.py"),
    "  curate: outlet labels": ("apply_sources", "curate.py"),
    "  validate": ("validate_tables", "validate.py"),
    "records to Arrow": ("records_table", "publish.py"),
    "duplicate keys across pages": ("duplicate_keys", "build.py"),
    "render (all formats)": ("render", "publish.py"),
    "  CSV": ("write_csv", "publish.py"),
    "  JSON": ("write_json", "publish.py"),
    "  Parquet": ("write_parquet", "publish.py"),
    "compare with published files": ("differing_staged_files", "publish.py"),
    "move into place": ("publish_staged", "publish.py"),
}
TARGET_RATIO, TARGET_PEAK_MB = 1.2, 2048


def _stamp(pages: int) -> str:
    """What a corpus is: its size, its seed and the generator that wrote it."""
    synth = (ROOT / "src" / "sinoru_data" / "synth.py").read_bytes()
    return f"{pages} pages, seed 0, synth {hashlib.sha256(synth).hexdigest()[:16]}\n"


def corpus(work: Path, pages: int) -> Path:
    """The corpus of ``pages`` pages, written unless an identical one is there."""
    root = work / f"corpus-{pages}"
    stamp = _stamp(pages)
    marker = root / "corpus.txt"
    if not marker.is_file() or marker.read_text() != stamp:
        shutil.rmtree(root, ignore_errors=True)
        write_corpus(root, pages, seed=0, workers=2)
        marker.write_text(stamp)
    return root


def clean_outputs(root: Path) -> None:
    """Delete the published files, so that every run builds and writes everything."""
    for path in (root / "data").glob("*.*"):
        path.unlink()
    shutil.rmtree(root / "schema", ignore_errors=True)
    (root / "datapackage.json").unlink(missing_ok=True)


def measure(root: Path, runs: int) -> Run:
    """Median time and peak memory of ``runs`` full builds of a corpus."""
    found = []
    for _ in range(runs):
        clean_outputs(root)
        found.append(run_child([*BUILD, str(root)]))
    return median_run(found)


def profile(root: Path) -> list[tuple[str, float | None]]:
    """Seconds spent in each build stage (cProfile, cumulative), and the total."""
    clean_outputs(root)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "build.prof"
        code = (
            "import cProfile, sys; from pathlib import Path; from sinoru_data.build import build; "
        )
        code += "cProfile.run('build(Path(sys.argv[1]))', sys.argv[2])"
        run_child([sys.executable, "-c", code, str(root), str(out)])
        stats = pstats.Stats(str(out)).stats  # type: ignore[attr-defined]
    by_name: dict[tuple[str, str], float] = {}
    for (file, _, name), (_, _, _, cumulative, _) in stats.items():
        key = (name, Path(file).name)
        by_name[key] = max(by_name.get(key, 0.0), cumulative)
    total = by_name.get(("build", "build.py"), 0.0)
    return [(stage, by_name.get(key)) for stage, key in STAGES.items()] + [
        ("total: build()", total)
    ]


def _rows(results: dict[int, tuple[Run, int, float]], startup: Run) -> list[list[object]]:
    """One table row per corpus size."""
    anchor = results.get(100)
    rows: list[list[object]] = []
    for pages, (run, entries, megabytes) in sorted(results.items()):
        per_page = run.seconds / pages
        net = (run.seconds - startup.seconds) / pages
        ratio = f"{per_page / (anchor[0].seconds / 100):.2f}" if anchor else "–"
        net_ratio = f"{net / ((anchor[0].seconds - startup.seconds) / 100):.2f}" if anchor else "–"
        runs = RUNS.get(pages, 1)
        rows.append(
            [pages, entries, f"{megabytes:.1f}", runs, f"{run.seconds:.2f}", f"{1000 * per_page:.1f}",
             f"{1000 * net:.1f}", ratio, net_ratio, f"{run.peak_mb:.0f}", f"{run.load:.1f}"]
        )  # fmt: skip
    return rows


def _verdicts(results: dict[int, tuple[Run, int, float]], startup: Run) -> list[str]:
    """Whether the targets hold, and how time grows with the corpus."""
    lines = []
    if 100 in results and 10000 in results:
        small, large = results[100][0], results[10000][0]
        ratio = (large.seconds / 10000) / (small.seconds / 100)
        verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
        lines.append(
            f"- Time per page at 10,000 pages is {ratio:.2f}x that at 100 pages: {verdict} the {TARGET_RATIO}x target."
        )
    if 10000 in results:
        peak = results[10000][0].peak_mb
        verdict = "meets" if peak < TARGET_PEAK_MB else "MISSES"
        lines.append(
            f"- Peak memory at 10,000 pages is {peak:.0f} MB: {verdict} the < 2 GB target."
        )
    sizes = sorted(p for p in results if p >= 100)
    for a, b in itertools.pairwise(sizes):
        ta, tb = (results[p][0].seconds - startup.seconds for p in (a, b))
        growth = math.log(tb / ta) / math.log(b / a)
        memory = (results[b][0].peak_mb - results[a][0].peak_mb) / (b - a) * 1000
        lines.append(
            f"- From {a:,} to {b:,} pages, build time (start-up excluded) grows as pages^{growth:.2f} "
            f"(1.00 is linear); peak memory grows by {memory:.0f} MB per 1,000 pages."
        )
    return lines


REUSED: dict[int, str] = {}
"""Sizes taken from WORK/results.json (--reuse), with when they were measured."""
Results = dict[int, tuple[Run, int, float]]
"""By corpus size: the median run, the number of entries built, the raw pages' megabytes."""


def _stored(work: Path) -> dict[str, dict[str, Any]]:
    path = work / "results.json"
    return json.loads(path.read_text()) if path.is_file() else {}


def _store(work: Path, code: str, pages: int, result: tuple[Run, int, float]) -> None:
    """Keep a size's result as soon as it is measured (a long run may be cut short)."""
    run, entries, raw_mb = result
    stored = _stored(work)
    stored[str(pages)] = {
        **asdict(run), "entries": entries, "raw_mb": raw_mb, "code": code,
        "corpus": _stamp(pages), "measured": time.strftime("%Y-%m-%d %H:%M"),
    }  # fmt: skip
    (work / "results.json").write_text(json.dumps(stored, indent=1))


def _reused(work: Path, code: str, pages: int) -> tuple[Run, int, float] | None:
    """A stored result for this size, code and corpus, if there is one."""
    item = _stored(work).get(str(pages))
    if not item or item["code"] != code or item["corpus"] != _stamp(pages):
        return None
    run = Run(item["seconds"], item["peak_mb"], item["load"])
    print(f"{pages} pages: reusing the result measured {item['measured']}", flush=True)
    REUSED[pages] = item["measured"]
    return run, item["entries"], item["raw_mb"]


def _profiled(work: Path, code: str, pages: int, reuse: bool) -> list[tuple[str, float | None]]:
    """The stage profile of a corpus: stored, or measured now and stored."""
    key, stored = f"profile {pages}", _stored(work)
    item = stored.get(key)
    if reuse and item and item["code"] == code and item["corpus"] == _stamp(pages):
        REUSED[pages] = REUSED.get(pages, item["measured"])
        return [(stage, seconds) for stage, seconds in item["stages"]]
    stages = profile(corpus(work, pages))
    stored[key] = {
        "stages": stages,
        "code": code,
        "corpus": _stamp(pages),
        "measured": time.strftime("%Y-%m-%d %H:%M"),
    }
    (work / "results.json").write_text(json.dumps(stored, indent=1))
    return stages


def _report(
    code: str, startup: Run, results: Results, stages: list[tuple[str, float | None]], profiled: int
) -> Path:
    """Write docs/benchmarks/build.md from what is measured so far."""
    body = [
        "Corpora: synthetic pages from `sinoru_data.synth` (`bench/make_corpus.py`, seed 0), about the",
        "size of the real page (~24 entries, ~28 kB, ~145 lines each). A run deletes the published files and",
        "runs `sinoru-data build --root DIR` in a fresh process: start-up, parse, curate, validate, render and",
        "write. Time is the median over the runs; memory is the largest peak resident set size; load is the",
        "highest 1-minute load average as a run started (above the core count, other work competed).",
        f"Start-up alone (`sinoru-data --version`): {startup.seconds:.2f} s, {startup.peak_mb:.0f} MB.",
        f"Code built: {code}.",
        "",
        *table(
            [
                "pages",
                "entries",
                "raw MB",
                "runs",
                "median s",
                "ms/page",
                "ms/page net of start-up",
                "per page vs 100",
                "net vs 100",
                "peak MB",
                "load",
            ],
            _rows(results, startup),
        ),
        "",
        *(f"- {pages:,} pages: measured {when}." for pages, when in sorted(REUSED.items())),
        "",
        "Targets (issue #8):",
        "",
        *_verdicts(results, startup),
    ]
    if stages:
        total = stages[-1][1] or 1.0  # the whole build()
        body += [
            "",
            f"## Where the time goes ({profiled:,} pages, cProfile)",
            "",
            "Cumulative time per stage under the profiler (which slows pure-Python code more than",
            "pyarrow's C++), so read the shares rather than the seconds.",
            "",
            *table(
                ["stage", "s", "share"],
                [
                    [s, "–", "–"] if t is None else [s, f"{t:.1f}", f"{100 * t / total:.0f}%"]
                    for s, t in stages
                ],
            ),
        ]
    return write_report("build", "Benchmark: building the dataset", body)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "sinoru-bench-build"
    )
    parser.add_argument(
        "--profile", type=int, default=1000, help="corpus size to profile (0: none)"
    )
    parser.add_argument(
        "--source",
        type=Path,
        help="a src/ directory to build with instead of the working tree, e.g. a commit "
        "exported with `git archive COMMIT src | tar -x -C DIR` (others may edit the tree meanwhile)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="take sizes already measured (WORK/results.json) as they are",
    )
    args = parser.parse_args()
    code = str(args.source or "the working tree")
    if args.source:  # every child process imports sinoru_data from there
        os.environ["PYTHONPATH"] = str(args.source.resolve())
    startup = median_run(
        [run_child([sys.executable, "-m", "sinoru_data.cli", "--version"]) for _ in range(5)]
    )
    results: Results = {}
    for pages in args.sizes:
        found = _reused(args.work, code, pages) if args.reuse else None
        if found is None:
            root = corpus(args.work, pages)
            run = measure(root, RUNS.get(pages, 1))
            raw_mb = sum(p.stat().st_size for p in (root / "data" / "raw").iterdir()) / 1e6
            found = run, pq.read_metadata(root / "data" / "entries.parquet").num_rows, raw_mb
            _store(args.work, code, pages, found)
            print(
                f"{pages} pages: {run.seconds:.2f} s, peak {run.peak_mb:.0f} MB, load {run.load:.1f}",
                flush=True,
            )
        results[pages] = found
        _report(code, startup, results, [], 0)
    stages = _profiled(args.work, code, args.profile, args.reuse) if args.profile else []
    print(f"wrote {_report(code, startup, results, stages, args.profile)}")


if __name__ == "__main__":
    main()
