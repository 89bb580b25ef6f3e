"""The numbers the docs quote are computed from the published rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow.parquet as pq
import pytest

from sinoru_data.models import TABLES
from sinoru_data.report import read_tables
from sinoru_data.statistics import (
    NO_OUTLET,
    column_counts,
    date_range,
    entries_per_country,
    entries_per_kind,
    outlets_per_kind,
    quotes_per_speaker,
    ranked,
    row_counts,
    size_category,
    speaker_of,
    unattributed_quotes,
)

from .conftest import ROOT


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict[str, Any]]]:
    """The repository's published tables."""
    return read_tables(ROOT)


def test_ranked_orders_by_count_then_name() -> None:
    """Most frequent first; ties break alphabetically, so output is deterministic."""
    assert ranked(["z", "a", "z", "b"]) == [("z", 2), ("a", 1), ("b", 1)]


def test_row_counts_equal_the_parquet_metadata(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Row counts read from the rows agree with each Parquet file's own count."""
    assert list(row_counts(tables)) == list(TABLES)
    for name, count in row_counts(tables).items():
        assert pq.read_metadata(ROOT / "data" / f"{name}.parquet").num_rows == count


def test_every_entry_is_counted_once_per_breakdown(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Per-kind, per-country and per-outlet counts each add up to the number of entries."""
    n = len(tables["entries"])
    assert sum(c for _, c in entries_per_kind(tables)) == n
    assert sum(c for _, c in entries_per_country(tables)) == n
    assert sum(c for outlets in outlets_per_kind(tables).values() for _, c in outlets) == n


def test_entries_without_outlet_are_their_own_kind() -> None:
    """An entry with no source_id is counted under 'no outlet', not dropped."""
    tables = {
        "sources": [{"source_id": "ap", "kind": "news-agency"}],
        "entries": [{"source_id": None}],
    }
    assert entries_per_kind(tables) == [(NO_OUTLET, 1)]


def test_speakers_use_the_fullest_name_and_skip_nobody(
    tables: dict[str, list[dict[str, Any]]],
) -> None:
    """Named speakers plus quotes naming nobody account for every quote."""
    quotes = tables["quotes"]
    named = sum(c for _, c in quotes_per_speaker(quotes))
    assert named + unattributed_quotes(quotes) == len(quotes)
    assert speaker_of({"speaker": "Xi", "speaker_full": "Xi Jinping"}) == "Xi Jinping"
    assert speaker_of({"speaker": "Daly", "speaker_full": None}) == "Daly"


def test_date_range_spans_first_start_to_last_end() -> None:
    """The range runs from the earliest date_start to the latest date_end."""
    d = dt.date
    rows = [
        {"date_start": d(2022, 5, 24), "date_end": d(2022, 6, 10)},
        {"date_start": d(2022, 1, 31), "date_end": d(2022, 1, 31)},
    ]
    assert date_range(rows) == (d(2022, 1, 31), d(2022, 6, 10))


def test_column_counts_show_null() -> None:
    """Null values are counted as 'null' rather than dropped."""
    assert column_counts([{"c": None}, {"c": "a"}, {"c": None}], "c") == [("null", 2), ("a", 1)]


@pytest.mark.parametrize(
    ("rows", "bucket"), [(0, "n<1K"), (999, "n<1K"), (1_000, "1K<n<10K"), (10**13, "n>1T")]
)
def test_size_category_buckets(rows: int, bucket: str) -> None:
    """Row counts map onto the Hugging Face size buckets at the powers of ten."""
    assert size_category(rows) == bucket
