"""Shared fixtures: the repository, its raw page, and throw-away copies to break."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from sinoru_data.parse import ParsedPage, decode_page, parse_page

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw" / "china-russia-relations-2022-06-10.txt"
DOCUMENT_ID = "china-russia-relations-2022-06-10"
EXPECTED = Path(__file__).parent / "expected"


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
