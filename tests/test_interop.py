"""Other tools read the published Parquet files directly, with no sinoru-data code in between."""

from __future__ import annotations

import pytest

import sinoru_data

from .conftest import ROOT

DATA = ROOT / "data"


def test_duckdb_joins_quotes_to_entries() -> None:
    """A DuckDB SQL query over data/*.parquet joins every quote to its entry's outlet and date."""
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(
        f"""
        SELECT e.source_id, count(*) AS quotes, min(e.date_start) AS first
        FROM '{DATA / "quotes.parquet"}' AS q
        JOIN '{DATA / "entries.parquet"}' AS e USING (entry_id)
        GROUP BY e.source_id ORDER BY quotes DESC, e.source_id
        """
    ).fetchall()
    assert sum(count for _, count, _ in rows) == len(sinoru_data.load("quotes"))
    assert all(first.year == 2022 for _, _, first in rows)


def test_duckdb_reads_the_column_types() -> None:
    """DuckDB sees the entries' dates as DATE, lists as VARCHAR[] and offsets as BIGINT."""
    duckdb = pytest.importorskip("duckdb")
    described = duckdb.sql(f"DESCRIBE SELECT * FROM '{DATA / 'entries.parquet'}'").fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["date_start"] == "DATE"
    assert types["authors"] == "VARCHAR[]"
    assert types["char_start"] == "BIGINT"


def test_polars_reads_the_parquet_files() -> None:
    """polars.read_parquet reads each table with the same rows as load()."""
    polars = pytest.importorskip("polars")
    for name in ("documents", "sources", "entries", "quotes", "lines"):
        frame = polars.read_parquet(DATA / f"{name}.parquet")
        assert frame.columns == [f["name"] for f in sinoru_data.describe(name)]
        assert frame.equals(sinoru_data.load(name, backend="polars"))
    entries = polars.read_parquet(DATA / "entries.parquet")
    assert entries.schema["date_start"] == polars.Date
