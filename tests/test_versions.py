"""Release versions: only semantic versions pass, and they sort as versions."""

from __future__ import annotations

import pytest

from sinoru_data.versions import InvalidVersion, check_version, version_key


@pytest.mark.parametrize("version", ["0.1.0", "1.20.3", "1.0.0-rc.1", "1.0.0+build.5"])
def test_semantic_versions_pass(version: str) -> None:
    """Well-formed semantic versions are returned unchanged."""
    assert check_version(version) == version


@pytest.mark.parametrize(
    "version",
    ["", "1.0", "v1.0.0", "01.0.0", "1.0.0\n", "../1.0.0", "1.0.0/..", "1.0.0/../../x", "1.0.0 "],
)
def test_anything_else_is_refused(version: str) -> None:
    """Prefixes, path segments, whitespace and short forms are refused with the expected form."""
    with pytest.raises(InvalidVersion, match=r"write a release version as X\.Y\.Z"):
        check_version(version)


def test_versions_sort_numerically_with_prereleases_first() -> None:
    """0.10.0 comes after 0.9.0, and a release candidate before its release."""
    versions = ["0.10.0", "0.9.0", "1.0.0", "1.0.0-rc.1"]
    assert sorted(versions, key=version_key) == ["0.9.0", "0.10.0", "1.0.0-rc.1", "1.0.0"]
