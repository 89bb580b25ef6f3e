"""Release versions: semantic versions only, so a version is always safe in a path or a URL.

Example:
-------
>>> sorted(["0.10.0", "0.2.0", "0.2.0-rc.1"], key=version_key)
['0.2.0-rc.1', '0.2.0', '0.10.0']

"""

from __future__ import annotations

import re

# Semantic Versioning 2.0.0 (semver.org): digits, letters, '-', '.' and '+' only, so no
# '/' or '..' segment can get through.
_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?"
)


class InvalidVersion(ValueError):
    """A version that is not a semantic version (X.Y.Z)."""


def check_version(version: str) -> str:
    """Return ``version`` if it is a semantic version, else raise :class:`InvalidVersion`.

    >>> check_version("1.2.3-rc.1")
    '1.2.3-rc.1'
    >>> check_version("../../etc")
    Traceback (most recent call last):
    ...
    sinoru_data.versions.InvalidVersion: invalid version '../../etc': write a release version as X.Y.Z, e.g. 0.1.0
    """
    if not isinstance(version, str) or not _SEMVER.fullmatch(version):
        raise InvalidVersion(
            f"invalid version {version!r}: write a release version as X.Y.Z, e.g. 0.1.0"
        )
    return version


def version_key(version: str) -> tuple[int, int, int, int, str]:
    """Sort key: the numbers, then a pre-release (by its text) before its release.

    >>> version_key("1.2.3") > version_key("1.2.3-rc.1")
    True
    """
    match = _SEMVER.fullmatch(check_version(version))
    assert match is not None  # check_version has just matched it
    major, minor, patch, pre = match.group(1, 2, 3, 4)
    return int(major), int(minor), int(patch), 0 if pre else 1, pre or ""
