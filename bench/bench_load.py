"""Benchmark ``sinoru_data.load("entries")`` against a bare ``pyarrow.parquet.read_table``.

    python bench/bench_load.py [--runs 21]

Both read the same published ``entries.parquet``, each in a fresh Python
process, so import time is included, as a user meets it. Cases run in turn
(round-robin), so drift on the machine touches all alike; times are medians.
Writes docs/benchmarks/load.md.

Target (issue #8): ``load`` within 1.5x of the bare read.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from harness import run_child, table, write_report

from sinoru_data import package_root

TARGET = 1.5


def cases(path: Path) -> dict[str, str]:
    """The code each fresh process runs, by what it measures."""
    read = f"pq.read_table({str(path)!r})"
    return {
        "bare `pyarrow.parquet.read_table`": f"import pyarrow.parquet as pq; {read}",
        '`sinoru_data.load("entries")` (pandas)': "import sinoru_data; sinoru_data.load('entries')",
        '`sinoru_data.load("entries", backend="arrow")`': (
            "import sinoru_data; sinoru_data.load('entries', backend='arrow')"
        ),
        "bare read, then `.to_pandas(types_mapper=pd.ArrowDtype)`": (
            f"import pandas as pd, pyarrow.parquet as pq; {read}.to_pandas(types_mapper=pd.ArrowDtype)"
        ),
        "start-up only: `python -c pass`": "pass",
        "`import sinoru_data`": "import sinoru_data",
        "`import pandas`": "import pandas",
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    path = package_root() / "data" / "entries.parquet"
    code = cases(path)
    runs: dict[str, list[float]] = {name: [] for name in code}
    peaks: dict[str, float] = {}
    for _ in range(args.runs):
        for name, source in code.items():
            run = run_child([sys.executable, "-c", source])
            runs[name].append(run.seconds)
            peaks[name] = max(peaks.get(name, 0.0), run.peak_mb)
    median = {name: statistics.median(times) for name, times in runs.items()}
    bare = median["bare `pyarrow.parquet.read_table`"]
    rows = [
        [name, f"{1000 * median[name]:.0f}", f"{median[name] / bare:.2f}", f"{peaks[name]:.0f}"]
        for name in code
    ]
    load = median['`sinoru_data.load("entries")` (pandas)']
    arrow = median['`sinoru_data.load("entries", backend="arrow")`']
    verdict = "meets" if load / bare <= TARGET else "MISSES"
    body = [
        f"File: the published `data/entries.parquet` ({path.stat().st_size:,} bytes), read in a fresh",
        f"process each time; median of {args.runs} runs per case, cases interleaved.",
        "",
        *table(["what a fresh process does", "median ms", "vs bare read", "peak MB"], rows),
        "",
        f'- `load("entries")` takes {load / bare:.2f}x the bare read: {verdict} the {TARGET}x target '
        f'(`backend="arrow"`: {arrow / bare:.2f}x).',
        f"- Interpreter start-up is {1000 * median['start-up only: `python -c pass`']:.0f} ms of every case; "
        f"`import sinoru_data` alone takes {1000 * median['`import sinoru_data`']:.0f} ms and "
        f"`import pandas` {1000 * median['`import pandas`']:.0f} ms.",
    ]
    out = write_report("load", "Benchmark: loading a published table", body)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
