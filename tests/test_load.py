"""Loading published tables as pandas, Arrow or polars, with the right types."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

import sinoru_data
from sinoru_data.models import TABLES


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
