"""Stage 6, release: assemble the directory a maintainer uploads, and record its hashes.

``sinoru-data release`` copies the published tables (Parquet, CSV, JSON)
into ``<out>/v<version>/`` next to a ``datapackage.json`` whose resource paths
point at those files, so the directory is a valid Frictionless package
uploaded as is: the files of version V are then at
``<base URL>/v<V>/<file name>``, where :mod:`sinoru_data.fetch` looks for them.

It also records every released file's SHA-256 in the registry shipped inside
the package (``src/sinoru_data/releases.json``, ``{version: {file: sha256}}``),
so downloads are checked against hashes that came with the code. A version
already in the registry never silently changes its hashes.

Example:
-------
>>> release_descriptor({"version": "1.0.0", "resources": [{"path": "data/quotes.csv"}]})
{'version': '1.0.0', 'resources': [{'path': 'quotes.csv'}]}

"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import Problem, SinoruDataError, fail
from .publish import DESCRIPTOR, sha256
from .versions import check_version, version_key

REGISTRY = "src/sinoru_data/releases.json"
"""The registry of released files, relative to the repository root."""

_REBUILD = "run 'sinoru-data build' (never edit published files by hand), then release again"


@dataclass(frozen=True)
class Release:
    """An assembled release: its version, its directory and each file's SHA-256."""

    version: str
    directory: Path
    hashes: dict[str, str]


def release_descriptor(descriptor: Mapping[str, Any]) -> dict[str, Any]:
    """The descriptor as released: every resource's path is its bare file name.

    >>> release_descriptor({"resources": [{"path": "data/a.parquet", "hash": "sha256:00"}]})
    {'resources': [{'path': 'a.parquet', 'hash': 'sha256:00'}]}
    """
    resources = [
        {**r, "path": PurePosixPath(r["path"]).name} for r in descriptor.get("resources", [])
    ]
    return {**descriptor, "resources": resources}


def _checked(root: Path, resource: Mapping[str, Any]) -> tuple[bytes | None, list[Problem]]:
    """A resource's bytes, and problems if they are missing or differ from the descriptor."""
    path = root / resource["path"]
    if not path.is_file():
        return None, [
            Problem(resource["path"], None, "listed in datapackage.json but missing", _REBUILD)
        ]
    data = path.read_bytes()
    problems = []
    if resource.get("hash") != f"sha256:{sha256(data)}":
        problems.append(
            Problem(resource["path"], None, "its SHA-256 differs from datapackage.json", _REBUILD)
        )
    if "bytes" in resource and resource["bytes"] != len(data):
        problems.append(
            Problem(resource["path"], None, "its size differs from datapackage.json", _REBUILD)
        )
    return data, problems


def release_contents(root: Path) -> tuple[str, dict[str, bytes]]:
    """The version and every file of the release (by file name), checked against the descriptor.

    Raises :class:`~sinoru_data.errors.SinoruDataError` naming each published
    file that is missing or whose hash or size is not the descriptor's.

    >>> from sinoru_data.load import package_root
    >>> version, files = release_contents(package_root())
    >>> sorted(files)[:3]
    ['datapackage.json', 'documents.csv', 'documents.json']
    """
    descriptor_path = root / DESCRIPTOR
    if not descriptor_path.is_file():
        raise fail(
            str(descriptor_path), None, "no datapackage.json", "run 'sinoru-data build' first"
        )
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    version = check_version(str(descriptor.get("version")))
    files: dict[str, bytes] = {}
    problems: list[Problem] = []
    for resource in descriptor["resources"]:
        data, found = _checked(root, resource)
        problems += found
        if data is not None:
            files[PurePosixPath(resource["path"]).name] = data
    if problems:
        raise SinoruDataError(problems)
    released = release_descriptor(descriptor)
    files[DESCRIPTOR] = (json.dumps(released, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return version, files


def load_registry(path: Path) -> dict[str, dict[str, str]]:
    """The registry at ``path`` (empty if the file does not exist yet)."""
    if not path.is_file():
        return {}
    registry: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return registry


def registry_bytes(registry: Mapping[str, Mapping[str, str]]) -> bytes:
    """The registry file: versions in semantic-version order, files by name.

    >>> print(registry_bytes({"0.10.0": {"b": "2"}, "0.2.0": {"a": "1"}}).decode(), end="")
    {
      "0.2.0": {
        "a": "1"
      },
      "0.10.0": {
        "b": "2"
      }
    }
    """
    ordered = {v: dict(sorted(registry[v].items())) for v in sorted(registry, key=version_key)}
    return (json.dumps(ordered, indent=2) + "\n").encode("utf-8")


def _conflict(registered: Mapping[str, str], hashes: Mapping[str, str], version: str) -> Problem:
    changed = sorted(
        set(registered) ^ set(hashes) | {f for f in hashes if registered.get(f) != hashes[f]}
    )
    return Problem(
        REGISTRY,
        None,
        f"release {version} is already registered with other files or hashes ({', '.join(changed)})",
        "a published release never changes: bump __version__ in src/sinoru_data/__init__.py and "
        f"rebuild; if {version} was never uploaded, run 'sinoru-data release --replace'",
    )


def _write_atomic(path: Path, data: bytes) -> None:
    """Write a file through a temporary file and a rename, so readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _write_directory(target: Path, files: Mapping[str, bytes]) -> None:
    """Write all files into a staging directory, then swap it in for ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    old = staging.with_name(staging.name + "-old")
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        if target.exists():
            target.rename(old)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


def release(root: Path, out: Path, *, replace: bool = False) -> Release:
    """Assemble ``out/v<version>/`` from the published files under ``root`` and register its hashes.

    Parameters
    ----------
    root
        The repository root (holding ``datapackage.json``, ``data/`` and ``src/``).
    out
        The directory to create ``v<version>/`` in; an existing one is replaced.
    replace
        Allow changing the hashes of a version already in the registry (only
        for a version that was never uploaded).

    Returns
    -------
    Release
        The version, the directory written and each file's SHA-256.

    Examples
    --------
    >>> import tempfile; from pathlib import Path
    >>> release(Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp()))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    sinoru_data.errors.SinoruDataError: .../datapackage.json: no datapackage.json. To fix: run 'sinoru-data build' first

    """
    version, files = release_contents(root)
    hashes = {name: sha256(data) for name, data in sorted(files.items())}
    registry_path = root / REGISTRY
    registry = load_registry(registry_path)
    if version in registry and registry[version] != hashes and not replace:
        raise SinoruDataError([_conflict(registry[version], hashes, version)])
    directory = out / f"v{version}"
    _write_directory(directory, files)
    _write_atomic(registry_path, registry_bytes({**registry, version: hashes}))
    return Release(version, directory, hashes)
