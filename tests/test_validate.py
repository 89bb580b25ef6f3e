"""Tests for sinoru_data.validate: every defect in the tables is caught with a clear message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinoru_data.build import collect_records
from sinoru_data.errors import Problem
from sinoru_data.models import TABLES, Entry, Line, Quote, Record
from sinoru_data.validate import check_offsets, validate_tables

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT_ID = "china-russia-relations-2022-06-10"

Tables = dict[str, list[Record]]


@pytest.fixture(scope="module")
def built() -> tuple[Tables, dict[str, str]]:
    """The real tables and raw texts, assembled once for the module."""
    tables, raw_texts, _ = collect_records(ROOT)
    return tables, raw_texts


@pytest.fixture
def tables(built: tuple[Tables, dict[str, str]]) -> Tables:
    """A fresh copy of the table lists, safe to change in one test."""
    return {name: list(records) for name, records in built[0].items()}


@pytest.fixture
def raw_texts(built: tuple[Tables, dict[str, str]]) -> dict[str, str]:
    """The raw texts by document id."""
    return dict(built[1])


def change(tables: Tables, name: str, index: int, **update: Any) -> Record:
    """Replace one record by a copy with some fields changed (unvalidated, as overrides do)."""
    tables[name][index] = tables[name][index].model_copy(update=update)
    return tables[name][index]


def messages(problems: list[Problem]) -> list[str]:
    """The problems as the user reads them."""
    return [str(p) for p in problems]


def entry_index(tables: Tables, line: int) -> int:
    """Index of the entry that contains a raw line."""
    return next(
        i
        for i, e in enumerate(tables["entries"])
        if isinstance(e, Entry) and e.line_start <= line <= e.line_end
    )


def test_real_tables_are_valid(tables: Tables, raw_texts: dict[str, str]) -> None:
    """The tables built from the repository have no problem."""
    assert validate_tables(tables, raw_texts) == []


def test_real_tables_have_every_table(tables: Tables) -> None:
    """The build gives every table the models declare, none of them empty."""
    assert list(tables) == list(TABLES)
    assert all(tables[name] for name in TABLES)


def test_empty_tables_are_valid() -> None:
    """No records and no raw pages is not an error."""
    assert validate_tables({name: [] for name in TABLES}, {}) == []


@pytest.mark.parametrize("name", ["documents", "sources", "entries", "quotes", "lines"])
def test_duplicated_primary_key_is_caught(
    tables: Tables, raw_texts: dict[str, str], name: str
) -> None:
    """A record appearing twice is reported once, naming the table, the key and the count."""
    record = tables[name][0]
    tables[name].append(record)
    key = "/".join(str(getattr(record, f)) for f in TABLES[name].primary_key)
    found = [m for m in messages(validate_tables(tables, raw_texts)) if "duplicate" in m]
    assert len(found) == 1
    assert found[0].startswith(f"table {name}: duplicate primary key {key} (2 rows). To fix:")


def test_entry_with_unknown_source_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """An entry whose source_id is not in sources is reported with its row and the value."""
    change(tables, "entries", 2, source_id="nope")
    assert messages(validate_tables(tables, raw_texts)) == [
        "table entries: row 3: source_id = nope is not in sources. "
        "To fix: add it to sources or correct the reference"
    ]


def test_quote_with_unknown_entry_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """A quote whose entry_id is not in entries is reported with its row and the value."""
    change(tables, "quotes", 0, entry_id="no-such-entry")
    assert messages(validate_tables(tables, raw_texts)) == [
        "table quotes: row 1: entry_id = no-such-entry is not in entries. "
        "To fix: add it to entries or correct the reference"
    ]


def test_line_with_unknown_entry_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """A line pointing at a missing entry is reported as an unresolved foreign key."""
    row = next(
        i for i, line in enumerate(tables["lines"]) if isinstance(line, Line) and line.entry_id
    )
    change(tables, "lines", row, entry_id="no-such-entry")
    found = messages(validate_tables(tables, raw_texts))
    assert f"table lines: row {row + 1}: entry_id = no-such-entry is not in entries" in "\n".join(
        found
    )


def test_null_source_is_not_a_broken_reference(tables: Tables, raw_texts: dict[str, str]) -> None:
    """An entry with no source (null) is allowed: only non-null references must resolve."""
    change(tables, "entries", 0, source_id=None, source_basis="none")
    assert validate_tables(tables, raw_texts) == []


def test_quote_with_wrong_offsets_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """A quote whose offsets do not point at its text is reported with its id and offsets."""
    quote = tables["quotes"][0]
    assert isinstance(quote, Quote)
    change(tables, "quotes", 0, char_start=quote.char_start + 1)
    assert messages(validate_tables(tables, raw_texts)) == [
        f"table quotes: {quote.quote_id}: offsets {quote.char_start + 1}-{quote.char_end} "
        f"do not point at its text {quote.text!r}"
    ]


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_any_shifted_quote_is_caught(
    built: tuple[Tables, dict[str, str]], data: st.DataObject
) -> None:
    """Shifting any quote's offsets by a few characters is always caught."""
    tables = {name: list(records) for name, records in built[0].items()}
    index = data.draw(st.integers(min_value=0, max_value=len(tables["quotes"]) - 1))
    shift = data.draw(st.sampled_from([-2, -1, 1, 2]))
    quote = tables["quotes"][index]
    assert isinstance(quote, Quote)
    change(
        tables,
        "quotes",
        index,
        char_start=quote.char_start + shift,
        char_end=quote.char_end + shift,
    )
    found = check_offsets(tables, built[1])
    assert [p.message.split(":")[0] for p in found] == [quote.quote_id]


def test_line_with_wrong_offsets_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """A line whose offsets do not point at its text is reported with its document and number."""
    row = next(
        i for i, line in enumerate(tables["lines"]) if isinstance(line, Line) and line.line == 12
    )
    line = tables["lines"][row]
    assert isinstance(line, Line)
    change(tables, "lines", row, char_start=line.char_start + 1)
    assert messages(validate_tables(tables, raw_texts)) == [
        f"table lines: {DOCUMENT_ID} line 12: offsets do not point at its text"
    ]


def test_entry_span_not_its_lines_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """An entry whose character span differs from its lines' span is reported with both spans."""
    index = entry_index(tables, 12)
    entry = tables["entries"][index]
    assert isinstance(entry, Entry)
    change(tables, "entries", index, char_end=entry.char_end - 1)
    assert messages(validate_tables(tables, raw_texts)) == [
        f"table entries: {entry.entry_id}: span {entry.char_start}-{entry.char_end - 1} "
        f"is not the span of its lines ({entry.char_start}, {entry.char_end})"
    ]


def test_entry_without_lines_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """An entry that no line belongs to is reported: its span has no lines behind it."""
    entry = tables["entries"][0]
    assert isinstance(entry, Entry)
    for row, line in enumerate(tables["lines"]):
        if isinstance(line, Line) and line.entry_id == entry.entry_id:
            change(tables, "lines", row, entry_id=None)
    found = messages(validate_tables(tables, raw_texts))
    assert found == [
        f"table entries: {entry.entry_id}: span {entry.char_start}-{entry.char_end} "
        "is not the span of its lines None"
    ]


def test_raw_line_missing_from_lines_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """A non-blank raw line with no row in lines is reported as lost, naming the line."""
    tables["lines"] = [
        line for line in tables["lines"] if not (isinstance(line, Line) and line.line == 12)
    ]
    assert messages(validate_tables(tables, raw_texts)) == [
        f"table lines: {DOCUMENT_ID}: lines [12] are in no record. "
        "To fix: the parser lost them: report a bug"
    ]


def test_entry_breaking_its_model_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """A source_id that is not a slug is reported with the row, the entry id and the field."""
    entry = change(tables, "entries", 0, source_id="Bad Id")
    assert isinstance(entry, Entry)
    found = messages(validate_tables(tables, raw_texts))
    assert found[0].startswith(
        f"table entries: row 1 ({entry.entry_id}): source_id: String should match pattern"
    )
    assert "source_id = Bad Id is not in sources" in found[1]
    assert len(found) == 2


def test_entry_with_reversed_dates_is_caught(tables: Tables, raw_texts: dict[str, str]) -> None:
    """An entry whose dates run backwards breaks its model's range check."""
    entry = tables["entries"][0]
    assert isinstance(entry, Entry)
    change(tables, "entries", 0, date_end=entry.date_start - dt.timedelta(days=1))
    [found] = messages(validate_tables(tables, raw_texts))
    assert found.startswith(f"table entries: row 1 ({entry.entry_id})")
    assert f"is before date_start {entry.date_start}" in found


@pytest.mark.parametrize(
    ("name", "update", "field"),
    [
        ("sources", {"country": "USA"}, "country"),
        ("sources", {"kind": "blog"}, "kind"),
        ("documents", {"sha256": "not-a-hash"}, "sha256"),
        ("quotes", {"kind": "indirect"}, "kind"),
        ("lines", {"role": "caption"}, "role"),
        ("lines", {"line": 0}, "line"),
    ],
)
def test_record_breaking_its_model_is_caught(
    tables: Tables, raw_texts: dict[str, str], name: str, update: dict[str, Any], field: str
) -> None:
    """A value outside a field's type is reported with the table, the row and the field."""
    change(tables, name, 0, **update)
    found = [m for m in messages(validate_tables(tables, raw_texts)) if f": {field}: " in m]
    assert len(found) == 1
    assert found[0].startswith(f"table {name}: row 1 (")


def test_every_defect_is_reported_in_one_run(tables: Tables, raw_texts: dict[str, str]) -> None:
    """Problems are collected, not raised one at a time: three defects give three problems."""
    change(tables, "entries", 2, source_id="nope")
    change(tables, "quotes", 0, entry_id="no-such-entry")
    tables["sources"].append(tables["sources"][0])
    assert len(validate_tables(tables, raw_texts)) == 3
