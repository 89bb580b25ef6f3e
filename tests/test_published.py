"""Reading published files back: strict conversion of text cells, and JSON read row by row when Arrow refuses it."""

from __future__ import annotations

import json

import pyarrow as pa

from sinoru_data.models import Source
from sinoru_data.published import from_text, json_lists, read_json
from sinoru_data.tableschema import arrow_schema

from .conftest import ROOT


def test_text_cells_are_converted_strictly() -> None:
    """CSV integers, dates and lists are read strictly: no '1.0', no 31 February, no bare word."""
    values, bad = from_text(pa.array(["12", "-3", "1.0", "x", None]), pa.int64())
    assert values.to_pylist() == [12, -3, None, None, None]
    assert bad.to_pylist() == [False, False, True, True, False]
    values, bad = from_text(pa.array(["true", "no"]), pa.bool_())
    assert values.to_pylist() == [True, None] and bad.to_pylist() == [False, True]
    values, bad = json_lists(pa.array(['["a"]', '"a"', "[1]", '{"v": 1}', None]))
    assert values.to_pylist() == [["a"], None, None, None, None]
    assert bad.to_pylist() == [False, True, True, True, False]


def test_json_with_a_wrong_type_names_row_and_column() -> None:
    """A JSON value of the wrong type is found row by row: row, key and value."""
    rows = json.loads((ROOT / "data/sources.json").read_text(encoding="utf-8"))
    rows[2]["labels"] = "AP"
    data = json.dumps(rows).encode()
    reading = read_json(data, arrow_schema(Source), "data/sources.json", "sources")
    messages = [str(p) for p in reading.problems]
    assert any(
        "sources row 3 (" in m and "column labels: 'AP' is not a JSON array of strings" in m
        for m in messages
    )
