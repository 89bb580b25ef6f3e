"""Every script in examples/ runs from the repository root, so the examples never rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def test_there_are_examples_for_duckdb_polars_and_pandas() -> None:
    """The examples cover SQL with DuckDB, polars and pandas."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in EXAMPLES)
    for library in ("import duckdb", "import polars", "import pandas"):
        assert library in text


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: Path(p).name)
def test_example_runs(script: Path) -> None:
    """The script exits 0 and prints something."""
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
