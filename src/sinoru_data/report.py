"""The report: every generated document, rendered from the published tables.

``sinoru-data report`` writes (or with ``--check`` compares) the files in
:data:`REPORT_FILES`: the data dictionary, the dataset card's generated
parts and the figures. They are derived from the models, the published
Parquet files, the curation files and ``CITATION.cff`` only, so rendering
twice from the same data gives the same bytes.

Example:
-------
>>> from pathlib import Path
>>> sorted(render_report(Path(".")))  # doctest: +SKIP
['docs/data-dictionary.md', 'docs/dataset-card.md', 'docs/figures/speakers.svg', ...]

"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

from . import curate
from .card import update_card
from .dictionary import render_dictionary
from .errors import Problem, SinoruDataError, fail
from .figures import speakers_svg, timeline_svg
from .models import TABLES
from .publish import differing_files, write_files
from .statistics import Tables

DICTIONARY = "docs/data-dictionary.md"
CARD = "docs/dataset-card.md"
CITATION = "CITATION.cff"
OVERRIDES = f"data/curation/{curate.OVERRIDES_FILE}"
FIGURES: dict[str, Callable[[Tables], str]] = {
    "docs/figures/timeline.svg": timeline_svg,
    "docs/figures/speakers.svg": speakers_svg,
}
REPORT_FILES = (DICTIONARY, CARD, *FIGURES)
"""Every file the report writes, relative to the repository root."""


def read_tables(root: Path) -> dict[str, list[dict[str, Any]]]:
    """The published tables under ``root/data``, read from Parquet, as lists of row dicts."""
    missing = [name for name in TABLES if not (root / "data" / f"{name}.parquet").is_file()]
    if missing:
        hint = "run 'sinoru-data build' first"
        raise SinoruDataError(
            Problem(f"data/{name}.parquet", None, "the published table is missing", hint)
            for name in missing
        )
    return {name: pq.read_table(root / "data" / f"{name}.parquet").to_pylist() for name in TABLES}


def _read_text(root: Path, relative: str, hint: str) -> str:
    """A text file of the repository; a missing file is an error that says what to do."""
    try:
        return (root / relative).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail(relative, None, "file not found", hint) from None


def render_report(root: Path) -> dict[str, bytes]:
    """Every report file's bytes, by path relative to ``root``."""
    tables = read_tables(root)
    card = _read_text(root, CARD, "restore the hand-written card from version control")
    citation = yaml.safe_load(_read_text(root, CITATION, "restore CITATION.cff"))
    overrides = curate.load_overrides(root / OVERRIDES)
    texts = {
        DICTIONARY: render_dictionary(tables),
        CARD: update_card(card, tables, overrides, citation, CARD),
        **{path: draw(tables) for path, draw in FIGURES.items()},
    }
    return {path: text.encode("utf-8") for path, text in texts.items()}


def update_report(root: Path, *, write: bool = True) -> list[str]:
    """The report files that differ from a fresh render; rewrite them unless ``write`` is false."""
    files = render_report(root)
    changed = differing_files(root, files)
    if write and changed:
        write_files(root, {path: files[path] for path in changed})
    return changed
