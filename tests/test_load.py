"""Loading published tables as pandas, Arrow or polars, with the right types."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys

import pyarrow as pa
import pytest

import sinoru_data
from sinoru_data.load import _to_pandas
from sinoru_data.models import TABLES
from sinoru_data.tableschema import table_schema

from .conftest import ROOT


@pytest.mark.parametrize("name", list(TABLES))
def test_every_table_loads_with_its_columns(name: str) -> None:
    """Each table loads as a DataFrame whose columns are the model's fields."""
    frame = sinoru_data.load(name)
    assert list(frame.columns) == list(TABLES[name].model_fields)
    assert len(frame) > 0


def test_pandas_types_are_kept() -> None:
    """Dates stay dates, lists stay lists, integers stay integers."""
    entries = sinoru_data.load("entries")
    assert isinstance(entries.loc[1, "date_start"], dt.date)
    assert list(entries.loc[1, "authors"]) == ["Roger Boyes"]
    assert str(entries["position"].dtype).startswith("int64")


def test_arrow_backend() -> None:
    """backend='arrow' returns a pyarrow Table with typed columns."""
    table = sinoru_data.load("quotes", backend="arrow")
    assert isinstance(table, pa.Table)
    assert table.schema.field("char_start").type == pa.int64()


def test_polars_backend() -> None:
    """backend='polars' returns a polars DataFrame when polars is installed."""
    polars = pytest.importorskip("polars")
    frame = sinoru_data.load("sources", backend="polars")
    assert isinstance(frame, polars.DataFrame) and frame.height == len(sinoru_data.load("sources"))


def test_unknown_table_and_backend_fail_clearly() -> None:
    """Unknown names get an error listing the valid choices."""
    with pytest.raises(ValueError, match="choose one of documents"):
        sinoru_data.load("nope")
    with pytest.raises(ValueError, match="choose pandas, arrow or polars"):
        sinoru_data.load("quotes", backend="excel")  # type: ignore[call-overload]


def test_descriptor_is_exposed() -> None:
    """The descriptor of the bundled tables is available as a dict."""
    assert sinoru_data.descriptor()["version"] == sinoru_data.__version__


def test_describe_is_the_table_schema_of_the_model() -> None:
    """describe() gives each column's type, description, basis and constraints, in model order."""
    fields = sinoru_data.describe("quotes")
    assert [f["name"] for f in fields] == list(TABLES["quotes"].model_fields)
    assert fields == table_schema(TABLES["quotes"])["fields"]
    by_name = {f["name"]: f for f in fields}
    assert by_name["speaker"]["basis"] == "inferred"
    assert by_name["kind"]["constraints"]["enum"] == ["direct", "partial", "term"]
    assert by_name["char_start"]["type"] == "integer"


def test_describe_agrees_with_the_published_schema() -> None:
    """The data dictionary is the same as schema/<table>.json and the Parquet columns."""
    for name in TABLES:
        published = json.loads((ROOT / "schema" / f"{name}.json").read_text(encoding="utf-8"))
        assert sinoru_data.describe(name) == published["fields"]
        columns = sinoru_data.load(name, backend="arrow").column_names
        assert [f["name"] for f in sinoru_data.describe(name)] == columns


def test_describe_unknown_table_fails_clearly() -> None:
    """An unknown table name lists the valid ones."""
    with pytest.raises(ValueError, match="choose one of documents"):
        sinoru_data.describe("quote")


def test_nullable_integers_stay_integers_in_pandas() -> None:
    """An integer column with nulls stays integer (with NA), not float."""
    frame = _to_pandas(pa.table({"n": pa.array([1, None], pa.int64())}))
    assert str(frame["n"].dtype) == "int64[pyarrow]" and frame["n"].isna().tolist() == [False, True]


def test_polars_types_are_kept() -> None:
    """With polars, dates are Date, lists are List(String), integers Int64."""
    polars = pytest.importorskip("polars")
    entries = sinoru_data.load("entries", backend="polars")
    assert entries.schema["date_start"] == polars.Date
    assert entries.schema["authors"] == polars.List(polars.String)
    assert entries.schema["position"] == polars.Int64


def test_missing_polars_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without polars, backend='polars' names the extra to install."""
    monkeypatch.setitem(sys.modules, "polars", None)  # makes 'import polars' fail
    with pytest.raises(ImportError, match=r"pip install 'sinoru-data\[polars\]'"):
        sinoru_data.load("quotes", backend="polars")


def test_bundled_tables_never_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no version, every table loads with sockets forbidden."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setenv("SINORU_DATA_URL", "http://127.0.0.1:9")
    for name in TABLES:
        assert len(sinoru_data.load(name)) > 0


def test_bundled_tables_do_not_import_the_download_stack() -> None:
    """Loading the bundled tables does not even import pooch or requests."""
    code = (
        "import sys, sinoru_data; sinoru_data.load('quotes'); "
        "print(sorted(m for m in ('pooch', 'requests', 'sinoru_data.fetch') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
