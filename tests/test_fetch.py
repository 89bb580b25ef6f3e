"""Downloading releases from a real HTTP server on 127.0.0.1: caching, hashes, faults, offline, concurrency."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import sinoru_data
from sinoru_data import fetch
from sinoru_data.cli import main
from sinoru_data.versions import InvalidVersion

from .release_server import ReleaseServer

VERSION = sinoru_data.__version__
PARQUET = ["documents", "sources", "entries", "quotes", "lines"]


@pytest.fixture(autouse=True)
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache under tmp_path; no base URL, offline flag or proxy from the outside."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("SINORU_DATA_HOME", str(cache))
    for name in (
        "SINORU_DATA_URL",
        "SINORU_DATA_OFFLINE",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    return cache


@pytest.fixture()
def site(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A release built by 'sinoru-data release' into tmp_path; its registry is the one fetch uses."""
    assert main(["release", "--root", str(repo), "--out", str(repo / "site")]) == 0
    monkeypatch.setattr(fetch, "REGISTRY_FILE", repo / "src" / "sinoru_data" / "releases.json")
    return repo / "site"


@pytest.fixture()
def server(site: Path) -> Iterator[ReleaseServer]:
    """The release directory served over HTTP on 127.0.0.1."""
    with ReleaseServer(site) as running:
        yield running


def _cached(cache: Path) -> list[str]:
    return sorted(p.name for p in (cache / f"v{VERSION}").glob("*"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_load_downloads_and_matches_the_bundled_table(
    server: ReleaseServer, environment: Path
) -> None:
    """load(version=) downloads the table once and returns the same rows as the bundled one."""
    downloaded = fetch.fetch(VERSION, tables=["quotes"], url=server.url)["quotes"]
    assert downloaded == environment / f"v{VERSION}" / "quotes.parquet"
    assert server.gets("quotes.parquet") == 1
    assert _sha(downloaded) == fetch.release_files(VERSION)["quotes.parquet"]


def test_load_with_version_uses_env_url_then_the_cache_with_no_request(
    server: ReleaseServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second load of a version makes no request at all: the cache is trusted by hash."""
    monkeypatch.setenv("SINORU_DATA_URL", server.url)
    first = sinoru_data.load("entries", version=VERSION)
    assert server.requests == [f"/v{VERSION}/entries.parquet"]
    second = sinoru_data.load("quotes", version=VERSION, backend="arrow")
    again = sinoru_data.load("entries", version=VERSION)
    assert server.requests == [f"/v{VERSION}/entries.parquet", f"/v{VERSION}/quotes.parquet"]
    assert first.equals(again) and first.equals(sinoru_data.load("entries"))
    assert second.equals(sinoru_data.load("quotes", backend="arrow"))


def test_argument_url_beats_the_environment(
    server: ReleaseServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An explicit base URL wins over SINORU_DATA_URL."""
    monkeypatch.setenv("SINORU_DATA_URL", "http://127.0.0.1:9/nowhere")
    fetch.fetch(VERSION, tables=["sources"], url=server.url + "/")
    assert server.gets("sources.parquet") == 1


def test_a_damaged_cache_file_is_downloaded_again(server: ReleaseServer, environment: Path) -> None:
    """A cached file that fails its hash check is replaced by a good download."""
    path = fetch.fetch(VERSION, tables=["sources"], url=server.url)["sources"]
    path.write_bytes(b"garbage")
    fetch.fetch(VERSION, tables=["sources"], url=server.url)
    assert server.gets("sources.parquet") == 2
    assert _sha(path) == fetch.release_files(VERSION)["sources.parquet"]


def test_tampered_file_is_refused_naming_file_and_hashes(
    server: ReleaseServer, site: Path, environment: Path
) -> None:
    """A served file that is not the released one fails with both hashes and is not cached."""
    served = site / f"v{VERSION}" / "quotes.parquet"
    data = bytearray(served.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte, same size
    served.write_bytes(bytes(data))
    expected = fetch.release_files(VERSION)["quotes.parquet"]
    with pytest.raises(fetch.HashMismatch) as caught:
        fetch.fetch(VERSION, tables=["quotes"], url=server.url, backoff=0)
    message = str(caught.value)
    assert "quotes.parquet" in message and expected in message and _sha(served) in message
    assert server.gets("quotes.parquet") == 1  # a wrong file is not asked for again
    assert _cached(environment) == []


def test_truncated_file_on_the_server_is_refused(
    server: ReleaseServer, site: Path, environment: Path
) -> None:
    """A file cut short on the server fails its hash check; nothing lands in the cache."""
    served = site / f"v{VERSION}" / "entries.parquet"
    served.write_bytes(served.read_bytes()[:1000])
    with pytest.raises(fetch.HashMismatch, match=r"entries\.parquet"):
        fetch.fetch(VERSION, tables=["entries"], url=server.url, backoff=0)
    assert _cached(environment) == []


def test_interrupted_transfer_is_retried_then_reported(
    server: ReleaseServer, environment: Path
) -> None:
    """A transfer cut before its Content-Length is retried, then fails with no file left behind."""
    server.cut_after = 500
    with pytest.raises(fetch.DownloadFailed, match="tried 3 times"):
        fetch.fetch(VERSION, tables=["lines"], url=server.url, retries=2, backoff=0)
    assert server.gets("lines.parquet") == 3
    assert _cached(environment) == []


def test_404_is_reported_without_retrying(
    server: ReleaseServer, site: Path, environment: Path
) -> None:
    """A missing file gets a 404 error naming the URL and the expected layout."""
    (site / f"v{VERSION}" / "sources.parquet").unlink()
    with pytest.raises(fetch.ReleaseNotFound) as caught:
        fetch.fetch(VERSION, tables=["sources"], url=server.url, backoff=0)
    assert f"{server.url}/v{VERSION}/sources.parquet" in str(caught.value)
    assert "<base URL>/vV/<file name>" in str(caught.value)
    assert server.gets("sources.parquet") == 1


def test_slow_server_hits_the_timeout(server: ReleaseServer, environment: Path) -> None:
    """A server that does not answer in time gives a timeout error after the retries."""
    server.delay = 30
    with pytest.raises(fetch.DownloadTimeout, match=r"within 0\.5 s \(tried 2 times\)"):
        fetch.fetch(VERSION, tables=["sources"], url=server.url, timeout=0.5, retries=1, backoff=0)
    assert _cached(environment) == []


def test_server_stalling_mid_file_hits_the_timeout(
    server: ReleaseServer, environment: Path
) -> None:
    """A transfer that stops halfway is a timeout too (requests reports it as a connection error)."""
    server.stall_after = 100
    with pytest.raises(fetch.DownloadTimeout, match="did not answer"):
        fetch.fetch(VERSION, tables=["sources"], url=server.url, timeout=0.5, retries=0)
    assert _cached(environment) == []


def test_two_server_errors_then_success(server: ReleaseServer, environment: Path) -> None:
    """Two HTTP 500 answers are retried with backoff; the third attempt succeeds."""
    server.fail_next = 2
    path = fetch.fetch(VERSION, tables=["quotes"], url=server.url, backoff=0)["quotes"]
    assert server.gets("quotes.parquet") == 3
    assert _sha(path) == fetch.release_files(VERSION)["quotes.parquet"]


def test_offline_mode_uses_only_the_cache(
    server: ReleaseServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Offline, a missing file is an error saying what is missing and how to fetch it; cached files load."""
    monkeypatch.setenv("SINORU_DATA_OFFLINE", "1")
    with pytest.raises(fetch.OfflineError) as caught:
        sinoru_data.load("quotes", version=VERSION)
    message = str(caught.value)
    assert "quotes.parquet" in message and f"sinoru-data fetch --version {VERSION}" in message
    assert server.requests == []
    monkeypatch.delenv("SINORU_DATA_OFFLINE")
    fetch.fetch(VERSION, tables=["quotes"], url=server.url)
    monkeypatch.setenv("SINORU_DATA_OFFLINE", "1")
    assert len(sinoru_data.load("quotes", version=VERSION)) == len(sinoru_data.load("quotes"))
    assert server.gets("quotes.parquet") == 1


@pytest.mark.parametrize("version", ["../0.1.0", "v0.1.0", "0.1", "0.1.0/../../x", "0.1.0\n", ""])
def test_malformed_versions_are_refused_before_any_request(
    server: ReleaseServer, version: str
) -> None:
    """Only semantic versions are accepted: no path tricks reach the cache or the server."""
    with pytest.raises(InvalidVersion, match=r"X\.Y\.Z"):
        sinoru_data.load("quotes", version=version)
    assert server.requests == []


def test_unknown_version_lists_the_known_ones(server: ReleaseServer) -> None:
    """A well-formed version that was never released is refused with the known versions."""
    with pytest.raises(fetch.UnknownRelease, match=f"knows {VERSION}"):
        sinoru_data.load("quotes", version="9.9.9")
    assert server.requests == []


def test_progress_bar_only_when_asked_or_on_a_terminal(
    server: ReleaseServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """stderr is not a terminal under pytest: no bar by default; progress=True draws one."""
    fetch.fetch(VERSION, tables=["sources"], url=server.url)
    assert " kB" not in capsys.readouterr().err
    fetch.fetch(VERSION, tables=["quotes"], url=server.url, progress=True)
    assert "quotes.parquet: " in capsys.readouterr().err


FETCH_IN_A_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sinoru_data import fetch
    fetch.REGISTRY_FILE = Path(sys.argv[1])
    fetch.fetch(sys.argv[2], url=sys.argv[3], backoff=0)
    """
)


def _fetch_process(registry: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", FETCH_IN_A_PROCESS, str(registry), VERSION, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_fetching_at_once_both_end_with_good_files(
    server: ReleaseServer, environment: Path
) -> None:
    """Two processes download the same files at the same time; every cached file is good."""
    server.pair_requests = True  # each GET waits for the other process's GET of the same file
    processes = [_fetch_process(fetch.REGISTRY_FILE, server.url) for _ in range(2)]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    expected = fetch.release_files(VERSION)
    assert _cached(environment) == sorted(f"{name}.parquet" for name in PARQUET)
    for name in PARQUET:
        assert server.gets(f"{name}.parquet") == 2
        assert _sha(environment / f"v{VERSION}" / f"{name}.parquet") == expected[f"{name}.parquet"]


def test_a_killed_download_leaves_no_file_under_the_final_name(
    server: ReleaseServer, environment: Path
) -> None:
    """A process killed mid-download leaves no half file where loads look; the next fetch succeeds."""
    server.stall_after = 1000
    process = _fetch_process(fetch.REGISTRY_FILE, server.url)
    try:
        assert server.stalled.wait(timeout=60), "the download never started"
    finally:
        process.kill()
        process.communicate()
    assert "documents.parquet" not in _cached(environment)
    server.stall_after = None
    paths = fetch.fetch(VERSION, url=server.url)
    assert all(_sha(p) == fetch.release_files(VERSION)[p.name] for p in paths.values())


def test_cli_fetch_prints_paths_and_exit_codes(
    server: ReleaseServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """'fetch' exits 0 with the cached paths, 1 on a failed download, 2 on a bad version."""
    assert main(["fetch", "--version", VERSION, "--base-url", server.url]) == 0
    assert capsys.readouterr().out.count(".parquet") == len(PARQUET)
    monkeypatch.setenv("SINORU_DATA_HOME", str(tmp_path / "empty"))
    assert main(["fetch", "--version", VERSION, "--base-url", server.url + "/missing"]) == 1
    assert "HTTP 404" in capsys.readouterr().err
    assert main(["fetch", "--version", "../1"]) == 2
    assert "X.Y.Z" in capsys.readouterr().err
    assert main(["fetch", "--version", "9.9.9"]) == 2
    assert "unknown release" in capsys.readouterr().err
    assert main(["fetch", "--base-url", "ftp://127.0.0.1/releases"]) == 2
    assert "http(s)://" in capsys.readouterr().err


def test_fetch_help_shows_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    """'fetch --help' shows an example command."""
    with pytest.raises(SystemExit):
        main(["fetch", "--help"])
    assert "sinoru-data fetch --version" in capsys.readouterr().out
