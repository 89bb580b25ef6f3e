"""Schemas derived from the models: committed copies are current, patterns anchored, fields described."""

from __future__ import annotations

import json

import pytest

from sinoru_data.models import TABLES
from sinoru_data.tableschema import arrow_schema, table_schema

from .conftest import ROOT


@pytest.mark.parametrize("name", list(TABLES))
def test_committed_schema_is_generated(name: str) -> None:
    """schema/<table>.json is exactly what the models give."""
    committed = json.loads((ROOT / "schema" / f"{name}.json").read_text(encoding="utf-8"))
    assert committed == table_schema(TABLES[name])


@pytest.mark.parametrize("name", list(TABLES))
def test_every_field_is_described_and_patterns_anchored(name: str) -> None:
    """Each field has a description and a basis; every pattern matches the whole value."""
    for field in table_schema(TABLES[name])["fields"]:
        assert field["description"] and field["basis"] in (
            "parsed",
            "inferred",
            "curated",
            "derived",
        )
        pattern = field["constraints"].get("pattern")
        assert pattern is None or (pattern.startswith("^") and pattern.endswith("$"))


def test_arrow_schema_follows_the_table_schema() -> None:
    """Required fields are non-nullable Arrow columns; lists are list<string>."""
    schema = arrow_schema(TABLES["entries"])
    assert not schema.field("entry_id").nullable and schema.field("dek").nullable
    assert str(schema.field("authors").type) == "list<item: string>"
