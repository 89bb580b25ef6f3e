"""The data dictionary is generated from the models and the data, and committed current."""

from __future__ import annotations

import re

from sinoru_data.dictionary import BASES, cell, constraints, example, render_dictionary
from sinoru_data.models import TABLES
from sinoru_data.report import DICTIONARY, read_tables
from sinoru_data.tableschema import table_schema

from .conftest import ROOT


def _render() -> str:
    return render_dictionary(read_tables(ROOT))


def test_committed_dictionary_is_current() -> None:
    """docs/data-dictionary.md is exactly what a fresh render of the current data gives."""
    committed = (ROOT / DICTIONARY).read_text(encoding="utf-8")
    assert committed == _render(), "stale: run 'sinoru-data report' and commit docs/"


def test_every_table_and_column_is_described() -> None:
    """Each table has a section and each of its columns a row with type, basis and meaning."""
    text = _render()
    for name, model in TABLES.items():
        section = text.split(f"## `{name}`\n", 1)[1].split("\n## ", 1)[0]
        for field in table_schema(model)["fields"]:
            row = next(
                line for line in section.splitlines() if line.startswith(f"| `{field['name']}` |")
            )
            assert f"| {field['basis']} |" in row
            assert cell(field["description"]) in row


def test_row_counts_and_examples_come_from_the_data() -> None:
    """The stated row counts and example values are those of the published tables."""
    tables = read_tables(ROOT)
    text = render_dictionary(tables)
    for name, rows in tables.items():
        assert f"| [`{name}`](#{name}) | {len(rows)} |" in text
    first_entry = tables["entries"][0]
    assert example(first_entry["entry_id"]) in text


def test_every_basis_is_explained() -> None:
    """Every basis a model declares has a meaning in the glossary."""
    used = {f["basis"] for m in TABLES.values() for f in table_schema(m)["fields"]}
    assert used <= set(BASES)


def test_keys_are_listed() -> None:
    """Primary keys and every foreign key appear in the dictionary."""
    text = _render()
    assert "- Primary key: `document_id`, `line`" in text
    for model in TABLES.values():
        for fk in model.foreign_keys:
            assert f"- Foreign key: `{fk.fields[0]}` → `{fk.table}.{fk.reference[0]}`" in text


def test_cells_cannot_break_the_table() -> None:
    """Pipes and line breaks in values are escaped, long values shortened."""
    assert "|" not in cell("a|b").replace("\\|", "")
    assert "\n" not in example("line one\nline two")
    assert len(example("x" * 500)) < 70
    assert re.fullmatch(r"≥ 0", constraints({"type": "integer", "constraints": {"minimum": 0}}))
