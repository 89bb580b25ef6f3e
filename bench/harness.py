"""What every benchmark here shares: the machine's facts, timed child processes, Markdown reports.

Benchmarks are not tests: they run by hand (``python bench/run_all.py``) and
write their results under ``docs/benchmarks/``. A child process is timed by
the wall clock and its peak memory read from the kernel (``os.wait4``), so
that start-up and import time are part of what is measured, as a user sees it.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks"


@dataclass(frozen=True)
class Run:
    """One run of a child process: wall-clock seconds, peak resident memory, machine load.

    ``load`` is the 1-minute load average when the run started: above the
    number of cores, other work was competing for the CPU and times are long.
    """

    seconds: float
    peak_mb: float
    load: float = 0.0


def run_child(command: Sequence[str], cwd: Path | None = None) -> Run:
    """Run a command to completion; fail with its error output if it fails.

    >>> run_child([sys.executable, "-c", "pass"]).peak_mb > 1
    True
    """
    load = os.getloadavg()[0]
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{message}")
    return Run(seconds, usage.ru_maxrss / 1024, load)  # ru_maxrss is in KiB on Linux


def median_run(runs: Sequence[Run]) -> Run:
    """The median time, the largest peak memory and the highest load of several runs."""
    return Run(
        statistics.median(r.seconds for r in runs),
        max(r.peak_mb for r in runs),
        max(r.load for r in runs),
    )


def _memory_gb() -> str:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return f"{int(line.split()[1]) / 1024**2:.1f} GB"
    return "unknown"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} (with uncommitted changes)" if dirty.strip() else head


def machine_facts() -> list[str]:
    """The facts a reader needs to compare numbers: CPU, cores, memory, versions, commit."""
    import pyarrow

    import sinoru_data

    return [
        f"- CPU: {_cpu_model()}, {os.cpu_count()} cores; memory {_memory_gb()}",
        f"- {platform.system()} {platform.release()}; Python {platform.python_version()}; "
        f"pyarrow {pyarrow.__version__}; sinoru-data {sinoru_data.__version__}; commit {_commit()}",
        f"- measured {time.strftime('%Y-%m-%d')}; command: `python {' '.join(sys.argv)}`",
    ]


def write_report(name: str, title: str, body: Sequence[str]) -> Path:
    """Write ``docs/benchmarks/<name>.md``: title, machine facts, then the body."""
    DOCS.mkdir(parents=True, exist_ok=True)
    path = DOCS / f"{name}.md"
    lines = [f"# {title}", "", "Machine:", "", *machine_facts(), "", *body]
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    return path


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A Markdown table (numbers right-aligned).

    >>> table(["a", "b"], [[1, "x"]])
    ['| a | b |', '|---:|---|', '| 1 | x |']
    """
    align = [
        "---:" if isinstance(v, int | float) or str(v)[:1].isdigit() else "---" for v in rows[0]
    ]
    return [
        "| " + " | ".join(header) + " |",
        "|" + "|".join(align) + "|",
        *("| " + " | ".join(str(v) for v in row) + " |" for row in rows),
    ]
