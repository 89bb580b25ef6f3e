"""Shared fixtures: the repository, its raw page, and throw-away copies to break."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import pytest

from sinoru_data.models import Entry
from sinoru_data.parse import ParsedPage, decode_page, parse_page

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw" / "china-russia-relations-2022-06-10.txt"
DOCUMENT_ID = "china-russia-relations-2022-06-10"
EXPECTED = Path(__file__).parent / "expected"
HAND_CHECKED_FIELDS = (
    "date_text",
    "date_start",
    "date_end",
    "date_basis",
    "headline",
    "dek",
    "byline",
    "authors",
    "outlet",
)
"""The entry fields a hand-checked ``entries.yaml`` records, compared in this order."""


@pytest.fixture(scope="session")
def raw_text() -> str:
    """The decoded text of the page."""
    return decode_page(RAW.read_bytes(), str(RAW))


@pytest.fixture(scope="session")
def parsed(raw_text: str) -> ParsedPage:
    """The page parsed with the repository's line overrides."""
    from sinoru_data.curate import load_overrides

    overrides = load_overrides(ROOT / "data" / "curation" / "overrides.yaml")
    return parse_page(
        raw_text,
        document_id=DOCUMENT_ID,
        path="data/raw/" + RAW.name,
        line_roles=overrides.line_roles(DOCUMENT_ID),
    )


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A copy of the repository's data, schema and descriptor to build in and break."""
    for name in ("data", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy2(ROOT / "datapackage.json", tmp_path / "datapackage.json")
    return tmp_path


def snapshot(root: Path) -> dict[str, str]:
    """SHA-256 of every published file under a root, to prove nothing changed."""
    files = [
        *sorted((root / "data").glob("*.*")),
        *sorted((root / "schema").glob("*.json")),
        root / "datapackage.json",
    ]
    return {
        f.relative_to(root).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest()
        for f in files
        if f.is_file()
    }


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py``, imported from its path (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def assert_entry_matches(entry: Entry, expected: Mapping[str, object]) -> None:
    """Assert a parsed entry equals one record of a hand-checked ``entries.yaml``.

    Compares :data:`HAND_CHECKED_FIELDS` (dates as ISO text, as the YAML holds
    them; a failure names the field), then the first and last line, e.g.
    ``assert_entry_matches(parsed.entries[0], {"position": 1, "headline": ..., "first_line": 7, ...})``.
    """
    for field in HAND_CHECKED_FIELDS:
        assert _plain(getattr(entry, field)) == expected[field], field
    assert (entry.line_start, entry.line_end) == (expected["first_line"], expected["last_line"])
