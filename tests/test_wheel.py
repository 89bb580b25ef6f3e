"""The installed package, for real: a wheel in a fresh virtual environment loads every table offline."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from sinoru_data.models import TABLES

from .conftest import ROOT

pytestmark = pytest.mark.slow

SCRIPT = """
import sinoru_data
from sinoru_data.fetch import known_releases
for name in {tables!r}:
    for backend in {backends!r}:
        table = sinoru_data.load(name, backend=backend)
        assert len(table) > 0, (name, backend)
assert sinoru_data.__version__ in known_releases()  # the hash registry ships in the wheel
print(sinoru_data.load("quotes").head())
print("root:", sinoru_data.package_root())
print("backends:", {backends!r})
"""


def _offline(command: list[str]) -> list[str]:
    """Run a command without network when this machine allows it (a new network namespace)."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n", *command]
    return command


def test_wheel_in_fresh_venv_loads_every_table_offline(tmp_path: Path) -> None:
    """Build the wheel, install it alone in a new venv, load every table with no network."""
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("sinoru_data-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    # The polars extra, when the registry can be reached; pandas and arrow are checked regardless.
    extra = subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[polars]"])
    if extra.returncode != 0:
        warnings.warn(
            "the polars extra could not be installed: backend='polars' unchecked", stacklevel=1
        )
    backends = ["pandas", "arrow", *(["polars"] if extra.returncode == 0 else [])]
    result = subprocess.run(
        _offline([str(python), "-c", SCRIPT.format(tables=list(TABLES), backends=backends)]),
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert f"root: {venv}" in result.stdout  # read from the installed package, not the checkout
    assert "quote_id" in result.stdout
