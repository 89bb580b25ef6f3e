"""Releases: the upload directory, the shipped hash registry, and a release served over real HTTP."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import frictionless
import pytest

import sinoru_data
from sinoru_data import fetch
from sinoru_data.cli import main
from sinoru_data.release import REGISTRY, release_contents

from .conftest import ROOT
from .release_server import ReleaseServer

VERSION = sinoru_data.__version__


def _release(repo: Path, *extra: str) -> int:
    return main(["release", "--root", str(repo), "--out", str(repo / "site"), *extra])


def _registry(repo: Path) -> dict[str, dict[str, str]]:
    registry: dict[str, dict[str, str]] = json.loads((repo / REGISTRY).read_text())
    return registry


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_release_directory_holds_every_published_file_and_the_descriptor(repo: Path) -> None:
    """v<version>/ holds each table in three formats plus datapackage.json, by bare file name."""
    assert _release(repo) == 0
    directory = repo / "site" / f"v{VERSION}"
    published = sorted(p.name for p in (repo / "data").glob("*.*"))
    assert sorted(p.name for p in directory.iterdir()) == sorted([*published, "datapackage.json"])
    for name in published:
        assert (directory / name).read_bytes() == (repo / "data" / name).read_bytes()
    descriptor = json.loads((directory / "datapackage.json").read_text())
    assert descriptor["version"] == VERSION
    assert all("/" not in r["path"] for r in descriptor["resources"])


def test_registry_records_the_hash_of_every_released_file(repo: Path) -> None:
    """releases.json maps the version to each released file's SHA-256."""
    assert _release(repo) == 0
    directory = repo / "site" / f"v{VERSION}"
    assert _registry(repo)[VERSION] == {p.name: _sha(p) for p in sorted(directory.iterdir())}


def test_frictionless_validates_the_release_as_uploaded(repo: Path) -> None:
    """The release directory is a valid Frictionless package on its own: hashes, sizes, keys."""
    assert _release(repo) == 0
    report = frictionless.validate(str(repo / "site" / f"v{VERSION}" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_shipped_registry_matches_the_published_files() -> None:
    """The registry shipped in the package holds the current version's files as published now."""
    _, files = release_contents(ROOT)
    expected = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    assert fetch.known_releases()[VERSION] == expected, (
        "run 'sinoru-data release' (with --replace if this version was never uploaded)"
    )


def test_a_hand_edited_file_stops_the_release(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A published file that differs from the descriptor is named; nothing is written."""
    path = repo / "data" / "quotes.csv"
    path.write_bytes(path.read_bytes().replace(b"Putin", b"Puttin", 1))
    assert _release(repo) == 1
    err = capsys.readouterr().err
    assert "data/quotes.csv" in err and "sinoru-data build" in err
    assert not (repo / "site").exists() and not (repo / REGISTRY).exists()


def test_registered_hashes_never_change_silently(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another release of a registered version with other files fails unless --replace is given."""
    assert _release(repo) == 0
    before = (repo / REGISTRY).read_bytes()
    (repo / REGISTRY).write_text(json.dumps({VERSION: {"quotes.parquet": "0" * 64}}))
    assert _release(repo) == 1
    assert "bump __version__" in capsys.readouterr().err
    assert _release(repo, "--replace") == 0
    assert (repo / REGISTRY).read_bytes() == before


def test_release_is_repeatable_and_keeps_other_versions(repo: Path) -> None:
    """Releasing again changes nothing; other versions in the registry are kept, in version order."""
    (repo / REGISTRY).parent.mkdir(parents=True)
    (repo / REGISTRY).write_text(json.dumps({"0.0.9": {"quotes.parquet": "1" * 64}}))
    assert _release(repo) == 0
    first = (repo / REGISTRY).read_bytes()
    assert _release(repo) == 0
    assert (repo / REGISTRY).read_bytes() == first
    assert list(_registry(repo)) == ["0.0.9", VERSION]


def test_released_directory_served_over_http_loads(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The directory uploaded as is (here: served on 127.0.0.1) loads every table by version."""
    monkeypatch.setenv("SINORU_DATA_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SINORU_DATA_OFFLINE", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert _release(repo) == 0
    monkeypatch.setattr(fetch, "REGISTRY_FILE", repo / REGISTRY)
    with ReleaseServer(repo / "site") as server:
        monkeypatch.setenv("SINORU_DATA_URL", server.url)
        for name in ("documents", "sources", "entries", "quotes", "lines"):
            downloaded = sinoru_data.load(name, version=VERSION, backend="arrow")
            assert downloaded.equals(sinoru_data.load(name, backend="arrow"))
    assert len(server.requests) == 5


def test_release_help_shows_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    """'release --help' shows an example command."""
    with pytest.raises(SystemExit):
        main(["release", "--help"])
    assert "sinoru-data release --out" in capsys.readouterr().out
