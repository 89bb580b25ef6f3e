"""CITATION.cff is valid Citation File Format 1.2.0 and agrees with the package.

cffconvert, the reference validator, pins jsonschema<4 and cannot be installed
next to frictionless; so the file is checked here against the rules of the CFF
1.2.0 schema for the keys it may use, with SPDX licence ids checked by
``packaging``.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
import yaml
from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

import sinoru_data
from sinoru_data.publish import PACKAGE

from .conftest import ROOT

NONEMPTY = {"type": "string", "minLength": 1}
PERSON_KEYS = [
    "address",
    "affiliation",
    "alias",
    "city",
    "country",
    "email",
    "family-names",
    "fax",
    "given-names",
    "name-particle",
    "name-suffix",
    "orcid",
    "post-code",
    "region",
    "tel",
    "website",
]
ENTITY_KEYS = [
    "address",
    "alias",
    "city",
    "country",
    "date-end",
    "date-start",
    "email",
    "fax",
    "location",
    "name",
    "orcid",
    "post-code",
    "region",
    "tel",
    "website",
]
CFF_1_2_0 = {
    "type": "object",
    "required": ["authors", "cff-version", "message", "title"],
    "additionalProperties": False,
    "properties": {
        "abstract": NONEMPTY,
        "authors": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {
                "anyOf": [
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["name"],
                        "properties": {k: NONEMPTY for k in ENTITY_KEYS},
                    },
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {k: NONEMPTY for k in PERSON_KEYS},
                    },
                ]
            },
        },
        "cff-version": {"type": "string", "pattern": r"^1\.2\.0$"},
        "commit": NONEMPTY,
        "contact": {"type": "array"},
        "date-released": {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "doi": {
            "type": "string",
            "pattern": r"^10\.\d{4,9}(\.\d+)?/[A-Za-z0-9:/_;\-\.\(\)\[\]\\]+$",
        },
        "identifiers": {"type": "array"},
        "keywords": {"type": "array", "minItems": 1, "items": NONEMPTY},
        "license": {
            "anyOf": [
                NONEMPTY,
                {"type": "array", "minItems": 1, "uniqueItems": True, "items": NONEMPTY},
            ]
        },
        "license-url": {"type": "string", "pattern": "^(https|http|ftp|sftp)://.+"},
        "message": NONEMPTY,
        "preferred-citation": {"type": "object"},
        "references": {"type": "array"},
        "repository": {"type": "string", "pattern": "^(https|http|ftp|sftp)://.+"},
        "repository-artifact": {"type": "string", "pattern": "^(https|http|ftp|sftp)://.+"},
        "repository-code": {"type": "string", "pattern": "^(https|http|ftp|sftp)://.+"},
        "title": NONEMPTY,
        "type": {"enum": ["dataset", "software"]},
        "url": {"type": "string", "pattern": "^(https|http|ftp|sftp)://.+"},
        "version": {"anyOf": [NONEMPTY, {"type": "number"}]},
    },
}


class _CffLoader(yaml.SafeLoader):
    """YAML as CFF tools read it: dates stay strings, to be checked by the schema's pattern."""


_CffLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@pytest.fixture(scope="module")
def citation() -> dict[str, Any]:
    """CITATION.cff, parsed."""
    data: dict[str, Any] = yaml.load(
        (ROOT / "CITATION.cff").read_text(encoding="utf-8"), _CffLoader
    )
    return data


def test_citation_file_follows_the_cff_1_2_0_schema(citation: dict[str, Any]) -> None:
    """The file validates against the CFF 1.2.0 rules for its keys."""
    jsonschema.validate(citation, CFF_1_2_0)


def test_schema_rejects_what_cff_forbids(citation: dict[str, Any]) -> None:
    """The check has teeth: an unknown key, a missing title or a bad type fails."""
    for broken in ({**citation, "licence": "MIT"}, {k: v for k, v in citation.items() if k != "title"},
                   {**citation, "type": "article"}, {**citation, "cff-version": "1.1.0"}):  # fmt: skip
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, CFF_1_2_0)


def test_licences_are_spdx_ids(citation: dict[str, Any]) -> None:
    """Every licence is a valid SPDX identifier: the tables' CC-BY-4.0 and the code's MIT."""
    licences = citation["license"]
    for licence in licences:
        assert canonicalize_license_expression(licence) == licence
    assert set(licences) == {"CC-BY-4.0", "MIT"}
    with pytest.raises(InvalidLicenseExpression):
        canonicalize_license_expression("CC-BY-4")


def test_version_is_the_package_version(citation: dict[str, Any]) -> None:
    """CITATION.cff's version is sinoru_data.__version__, the single source."""
    assert citation["version"] == sinoru_data.__version__


def test_title_and_abstract_are_the_descriptor_s(citation: dict[str, Any]) -> None:
    """Title, abstract and keywords are those of the published descriptor, not a second copy."""
    assert citation["title"] == PACKAGE["title"]
    assert citation["abstract"] == PACKAGE["description"]
    assert citation["keywords"] == PACKAGE["keywords"]
    assert citation["type"] == "dataset"
