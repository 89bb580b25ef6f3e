"""The whole build: reproducible outputs, and bad input failing clearly with nothing published."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sinoru_data import publish
from sinoru_data.build import build
from sinoru_data.errors import SinoruDataError

from .conftest import ROOT, snapshot

PAGE = "data/raw/china-russia-relations-2022-06-10.txt"


def test_committed_outputs_are_what_the_build_produces() -> None:
    """Building the repository changes no published file, byte for byte."""
    assert build(ROOT, write=False).changed == []


def test_build_is_reproducible(repo: Path) -> None:
    """Deleting the outputs and building again gives the same bytes."""
    before = snapshot(repo)
    for relative in publish.output_paths():
        (repo / relative).unlink()
    build(repo)
    assert snapshot(repo) == before


def _edit(repo: Path, relative: str, old: str, new: str) -> None:
    path = repo / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _fails(repo: Path) -> str:
    before = snapshot(repo)
    with pytest.raises(SinoruDataError) as err:
        build(repo)
    assert snapshot(repo) == before, "a failed build changed published files"
    return str(err.value)


def test_unknown_outlet_label_names_file_line_and_registry(repo: Path) -> None:
    """An outlet label the registry does not know fails naming the page, line, label and file to edit."""
    _edit(repo, PAGE, "(Bloomberg) China accused", "(Bloomberg Opinion) China accused")
    message = _fails(repo)
    assert f"{PAGE}:109" in message
    assert "'Bloomberg Opinion'" in message and "data/curation/sources.yaml" in message


def test_unreadable_date_header_names_file_and_line(repo: Path) -> None:
    """A date header that cannot be read fails naming the page and line."""
    _edit(repo, PAGE, "\n9 March\n", "\n31 Febuary\n")
    message = _fails(repo)
    assert f"{PAGE}:90" in message and "date header" in message


def test_missing_raw_files_fail(repo: Path) -> None:
    """A repository without raw pages fails naming data/raw."""
    (repo / PAGE).unlink()
    assert "data/raw" in _fails(repo)


def test_unreadable_raw_file_fails(repo: Path) -> None:
    """A raw page that cannot be read (a dangling link) fails naming the file."""
    (repo / PAGE).unlink()
    os.symlink(repo / "nowhere.txt", repo / PAGE)
    message = _fails(repo)
    assert PAGE in message and "cannot read" in message


def test_invalid_registry_fails_naming_its_line(repo: Path) -> None:
    """A source with a bad country code fails naming sources.yaml and the line."""
    _edit(repo, "data/curation/sources.yaml", "country: CA", "country: Canada")
    message = _fails(repo)
    assert "sources.yaml:" in message and "country" in message


def test_stale_override_fails(repo: Path) -> None:
    """A line override whose line is gone fails naming overrides.yaml."""
    _edit(repo, PAGE, "Chinese Dismissals of Potential Russian Invasion", "Chinese Dismissals")
    message = _fails(repo)
    assert "overrides.yaml:" in message and "matches no line" in message


def test_failed_write_puts_every_file_back(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If moving files into place fails midway, the published files are restored."""
    _edit(repo, PAGE, "Russia and China open cross-border bridge", "Russia and China open a bridge")
    before = snapshot(repo)
    real_replace = os.replace
    calls = {"n": 0}

    def flaky(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(publish.os, "replace", flaky)
    with pytest.raises(OSError, match="disk full"):
        build(repo)
    monkeypatch.setattr(publish.os, "replace", real_replace)
    assert snapshot(repo) == before
    assert not list(repo.glob(".sinoru-staging-*"))


def test_progress_is_called_once_per_page() -> None:
    """A progress callback hears (done, total) after every page."""
    calls: list[tuple[int, int]] = []
    build(ROOT, write=False, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 1)]


def test_table_parts_merge_into_one_chunk_in_page_order() -> None:
    """Parts are merged every few pages and at the end into one chunk, order kept."""
    import pyarrow as pa

    from sinoru_data.build import TableParts

    parts = TableParts(every=3)
    for n in range(10):
        parts.add(pa.table({"n": [n, n]}))
        assert len(parts.pending) == (n + 1) % 3
    table = parts.table()
    assert table["n"].num_chunks == 1
    assert table["n"].to_pylist() == [n for n in range(10) for _ in range(2)]
    assert parts.merged == [] and parts.pending == []
