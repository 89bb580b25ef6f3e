"""Download a released version's Parquet files, check them against the shipped hashes, cache them.

The files of release ``V`` live at ``<base URL>/v<V>/<file name>``, exactly as
``sinoru-data release`` lays them out. Every file is checked against the
SHA-256 recorded for it in ``releases.json``, which ships inside the
package: the hashes come with the code, never from the server.

Files are cached under ``SINORU_DATA_HOME`` (default: the user cache
directory) in ``v<V>/``; a cached file whose hash matches is used without
any network. Each download goes to a temporary file in the cache directory,
is verified, and only then renamed into place (pooch does this), so a crash
never leaves a half-written file under the final name and two processes
fetching at once both end with good files.

Environment variables: ``SINORU_DATA_URL`` (base URL), ``SINORU_DATA_HOME``
(cache directory), ``SINORU_DATA_OFFLINE=1`` (cache only, never download).

Example:
-------
>>> check_version("0.1.0")
'0.1.0'
>>> file_url("https://example.org/sinoru-data/", "0.1.0", "quotes.parquet")
'https://example.org/sinoru-data/v0.1.0/quotes.parquet'

"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .models import TABLES
from .versions import check_version, version_key

DEFAULT_BASE_URL = "https://github.com/sinoru-data/sinoru-data/releases/download"
"""Where releases are uploaded: ``<DEFAULT_BASE_URL>/v<version>/<file name>``."""

REGISTRY_FILE = Path(__file__).with_name("releases.json")
"""The shipped registry: ``{version: {file name: sha256}}``, written by ``sinoru-data release``."""

ENV_URL, ENV_HOME, ENV_OFFLINE = "SINORU_DATA_URL", "SINORU_DATA_HOME", "SINORU_DATA_OFFLINE"

_log = logging.getLogger(__name__)
# HTTP statuses worth asking again for: the server is busy or failing for now.
_TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}


class FetchError(Exception):
    """A release could not be fetched; the message says what happened and what to do."""


class UnknownRelease(FetchError, ValueError):
    """The version is well formed but not in ``releases.json``."""


class ReleaseNotFound(FetchError):
    """The server answered 404 for a file of a known release."""


class HashMismatch(FetchError):
    """A downloaded file's SHA-256 is not the one recorded in ``releases.json``."""


class DownloadTimeout(FetchError):
    """The server did not answer in time, on every attempt."""


class DownloadFailed(FetchError):
    """The download failed for another reason (connection refused, HTTP error)."""


class InvalidBaseURL(FetchError, ValueError):
    """The base URL is not an http(s) URL."""


class OfflineError(FetchError):
    """Offline mode is on and a file is not in the cache."""


def known_releases() -> dict[str, dict[str, str]]:
    """The shipped registry of releases: ``{version: {file name: sha256}}``.

    >>> "0.1.0" in known_releases()
    True
    """
    if not REGISTRY_FILE.is_file():
        return {}
    registry: dict[str, dict[str, str]] = json.loads(REGISTRY_FILE.read_text(encoding="utf-8"))
    return registry


def release_files(version: str) -> dict[str, str]:
    """The files of a known release and their SHA-256, or :class:`UnknownRelease` naming the known ones.

    >>> sorted(release_files("0.1.0"))[:2]
    ['datapackage.json', 'documents.csv']
    """
    registry = known_releases()
    if check_version(version) not in registry:
        known = ", ".join(sorted(registry, key=version_key)) or "none"
        raise UnknownRelease(
            f"unknown release {version!r}: this sinoru-data knows {known}; "
            "upgrade sinoru-data to fetch newer releases"
        )
    return registry[version]


def base_url(override: str | None = None) -> str:
    """The base URL: the argument, else ``SINORU_DATA_URL``, else :data:`DEFAULT_BASE_URL`.

    >>> base_url("http://127.0.0.1:8000/releases/")
    'http://127.0.0.1:8000/releases'
    """
    url = override or os.environ.get(ENV_URL) or DEFAULT_BASE_URL
    if not url.startswith(("https://", "http://")):
        raise InvalidBaseURL(
            f"invalid base URL {url!r}: give an http(s):// URL (--base-url or {ENV_URL})"
        )
    return url.rstrip("/")


def file_url(base: str, version: str, name: str) -> str:
    """The URL of one released file: ``<base>/v<version>/<name>``.

    >>> file_url("http://127.0.0.1:8000", "0.1.0", "sources.parquet")
    'http://127.0.0.1:8000/v0.1.0/sources.parquet'
    """
    return f"{base.rstrip('/')}/v{check_version(version)}/{name}"


def cache_dir() -> Path:
    """Where downloads are cached: ``SINORU_DATA_HOME``, else the user cache directory.

    >>> from unittest import mock
    >>> with mock.patch.dict("os.environ", {"SINORU_DATA_HOME": "/tmp/sinoru-cache"}):
    ...     cache_dir().as_posix()
    '/tmp/sinoru-cache'
    """
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser()
    import platformdirs  # lazy import: only downloads need it

    return Path(platformdirs.user_cache_dir("sinoru-data"))


def is_offline() -> bool:
    """Whether ``SINORU_DATA_OFFLINE`` is set to a true value (1, true, yes, on).

    >>> from unittest import mock
    >>> with mock.patch.dict("os.environ", {"SINORU_DATA_OFFLINE": "1"}):
    ...     is_offline()
    True
    """
    return os.environ.get(ENV_OFFLINE, "").strip().lower() in {"1", "true", "yes", "on"}


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_cached(path: Path, sha256: str) -> bool:
    return path.is_file() and file_sha256(path) == sha256


def _parquet_names(version: str, tables: Iterable[str] | None) -> list[str]:
    """The Parquet files to fetch: every table's, or the named tables'."""
    files = release_files(version)
    names = list(TABLES) if tables is None else list(tables)
    for name in names:
        if f"{name}.parquet" not in files:
            raise FetchError(
                f"release {version} has no table {name!r}: it has "
                + ", ".join(
                    sorted(f.removesuffix(".parquet") for f in files if f.endswith(".parquet"))
                )
            )
    return [f"{name}.parquet" for name in names]


def fetch(
    version: str,
    *,
    tables: Iterable[str] | None = None,
    url: str | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    backoff: float = 0.5,
    progress: bool | None = None,
) -> dict[str, Path]:
    """Fetch a release's Parquet files into the cache; return each table's local path.

    Parameters
    ----------
    version
        A release listed in ``releases.json``, e.g. ``"0.1.0"``.
    tables
        The tables to fetch (default: all).
    url
        Base URL; default ``SINORU_DATA_URL`` or :data:`DEFAULT_BASE_URL`.
    timeout
        Seconds to wait for the server to connect or send data, per attempt.
    retries
        How many times to try again after a transient failure (timeout,
        refused connection, interrupted transfer, HTTP 5xx or 429).
    backoff
        Seconds before the first retry; doubled for each further retry.
    progress
        Show a progress bar; default: only when stderr is a terminal.

    Returns
    -------
    dict
        Table name to the verified file in the cache.

    Examples
    --------
    >>> fetch("../0.1.0")
    Traceback (most recent call last):
    ...
    sinoru_data.versions.InvalidVersion: invalid version '../0.1.0': write a release version as X.Y.Z, e.g. 0.1.0

    """
    names = _parquet_names(version, tables)
    expected = release_files(version)
    folder = cache_dir() / f"v{version}"
    missing = [n for n in names if not _is_cached(folder / n, expected[n])]
    if missing and is_offline():
        raise OfflineError(
            f"offline ({ENV_OFFLINE} is set) and {len(missing)} file(s) of release {version} "
            f"have no verified copy in the cache {folder}: {', '.join(missing)}. To fix: run "
            f"'sinoru-data fetch --version {version}' with {ENV_OFFLINE} unset, "
            "or load without version= to use the tables bundled with the package"
        )
    if missing:
        base = base_url(url)
        show = sys.stderr.isatty() if progress is None else progress
        for name in missing:
            source = file_url(base, version, name)
            _download(source, folder / name, expected[name], timeout, retries, backoff, show)
    return {n.removesuffix(".parquet"): folder / n for n in names}


def _download(
    url: str,
    target: Path,
    sha256: str,
    timeout: float,
    retries: int,
    backoff: float,
    progress: bool,
) -> None:
    """Download one file with retries; raise a specific :class:`FetchError` when it fails."""
    for attempt in range(retries + 1):
        try:
            _retrieve(url, target, sha256, timeout, progress)
            return
        except Exception as exc:  # classified below; anything unknown is re-raised
            error = _classify(exc, url, timeout, attempt + 1)
            if error is None:
                raise
            if attempt == retries or not _is_transient(exc):
                raise error from exc
            delay = backoff * 2**attempt
            _log.warning("%s: %s; trying again in %.1f s", url, type(exc).__name__, delay)
        time.sleep(delay)


def _retrieve(url: str, target: Path, sha256: str, timeout: float, progress: bool) -> None:
    """One attempt: pooch streams to a temporary file beside ``target``, verifies, renames."""
    import pooch  # lazy import: loading bundled tables never needs it

    bar = _Progress(target.name) if progress else False
    http = pooch.HTTPDownloader(progressbar=bar, timeout=timeout)
    pooch.retrieve(
        url,
        known_hash=f"sha256:{sha256}",
        fname=target.name,
        path=target.parent,
        downloader=_Verified(http, target.name, sha256),
    )


class _Verified:
    """A pooch downloader that checks the temporary file's hash and raises :class:`HashMismatch`.

    pooch verifies too, but reports a mismatch as a bare ``ValueError``; checking
    here gives the error its file name, expected and actual hash as values.
    """

    def __init__(self, downloader: Any, name: str, sha256: str) -> None:
        self.downloader, self.name, self.sha256 = downloader, name, sha256

    def __call__(self, url: str, output_file: str, pooch: Any) -> None:
        """Download to ``output_file`` (pooch's temporary file), then check its hash."""
        self.downloader(url, output_file, pooch)
        actual = file_sha256(Path(output_file))
        if actual != self.sha256:
            raise HashMismatch(
                f"{self.name} downloaded from {url} is not the released file: expected sha256 "
                f"{self.sha256}, got {actual}. It was discarded; nothing was cached. To fix: "
                "check the base URL points at an unmodified sinoru-data release, then retry"
            )


def _status(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def _is_timeout(exc: BaseException) -> bool:
    """A timeout, whether requests reports it as such or (while streaming) as a connection error."""
    import requests
    import urllib3

    if isinstance(exc, requests.Timeout):
        return True
    return isinstance(exc, requests.ConnectionError) and any(
        isinstance(arg, urllib3.exceptions.ReadTimeoutError) for arg in exc.args
    )


def _is_transient(exc: BaseException) -> bool:
    """Worth another attempt: timeouts, connection failures, interrupted transfers, 5xx, 429."""
    import requests

    status = _status(exc)
    if status is not None:
        return status in _TRANSIENT_STATUS
    return isinstance(exc, requests.RequestException)


def _classify(exc: BaseException, url: str, timeout: float, attempts: int) -> FetchError | None:
    """The :class:`FetchError` a user should see for ``exc``, or None if it is not a download error."""
    import requests

    if isinstance(exc, HashMismatch):
        return exc
    if not isinstance(exc, requests.RequestException):
        return None
    tried = f"(tried {attempts} time{'s' if attempts > 1 else ''})"
    status = _status(exc)
    if status == 404:
        return ReleaseNotFound(
            f"{url} was not found (HTTP 404). To fix: check the base URL (--base-url or "
            f"{ENV_URL}); the files of release V must be at <base URL>/vV/<file name>, "
            "as 'sinoru-data release' lays them out"
        )
    if _is_timeout(exc):
        return DownloadTimeout(
            f"{url} did not answer within {timeout:g} s {tried}. To fix: check your "
            "connection and retry, or allow more time (--timeout)"
        )
    reason = f"HTTP {status}" if status is not None else type(exc).__name__
    return DownloadFailed(
        f"could not download {url}: {reason} {tried}. To fix: check your connection and the "
        f"base URL (--base-url or {ENV_URL}), then retry; set {ENV_OFFLINE}=1 to use only the cache"
    )


class _Progress:
    """A one-line byte counter on stderr, with the interface pooch's downloader expects."""

    def __init__(self, label: str) -> None:
        self.label, self.total, self.done = label, 0, 0

    def update(self, size: int) -> None:
        """Count ``size`` more bytes and redraw."""
        self.done += size
        shown = min(self.done, self.total) if self.total else self.done
        of = f" / {self.total / 1000:.1f} kB" if self.total else ""
        sys.stderr.write(f"\r{self.label}: {shown / 1000:.1f} kB{of}")
        sys.stderr.flush()

    def reset(self) -> None:
        """Start counting again (pooch calls this before its final update)."""
        self.done = 0

    def close(self) -> None:
        """End the line."""
        sys.stderr.write("\n")
        sys.stderr.flush()
