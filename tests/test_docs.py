"""The README states facts about the data; they must match the published tables."""

from __future__ import annotations

import re

import pyarrow.parquet as pq

import sinoru_data
from sinoru_data.models import TABLES

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_row_counts_match_the_data() -> None:
    """Each table's row count in the README equals the published table's."""
    counts = {
        m[1]: int(m[2]) for m in re.finditer(r"^\| `(\w+)` \| (\d+) \|", README, re.MULTILINE)
    }
    assert set(counts) == set(TABLES)
    for name, count in counts.items():
        assert pq.read_metadata(ROOT / "data" / f"{name}.parquet").num_rows == count, name


def test_readme_has_the_two_commands() -> None:
    """The README gives one build command and one test command, as CI runs them."""
    assert "pip install -e . && sinoru-data build" in README
    assert 'pip install -e ".[test]" && python -m pytest' in README
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_version_is_single_sourced() -> None:
    """The descriptor's version is the package's version."""
    assert sinoru_data.descriptor()["version"] == sinoru_data.__version__


def test_readme_examples_run_as_shown() -> None:
    """Every '>>>' example in the README gives the output printed under it."""
    import doctest

    text = re.sub(r"^```.*$", "", README, flags=re.MULTILINE)  # a fence ends an example's output
    test = doctest.DocTestParser().get_doctest(text, {}, "README.md", "README.md", 0)
    assert test.examples, "the README has no >>> example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
