"""Stage 5, load: read a published table back, with the right types, from the installed package.

The wheel carries the published Parquet files, so loading needs no
repository and no network. In a source checkout the repository's own
published files are read.

Example:
-------
>>> quotes = load("quotes", backend="arrow")
>>> quotes.schema.field("char_start").type
DataType(int64)

"""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path
from typing import Any, Literal, overload

import pyarrow as pa
import pyarrow.parquet as pq

from .models import TABLES

Backend = Literal["pandas", "arrow", "polars"]
_BUNDLED = Path(__file__).parent / "package"
_CHECKOUT = Path(__file__).resolve().parents[2]


def package_root() -> Path:
    """The directory holding ``datapackage.json``: inside the installed package, or the checkout.

    >>> (package_root() / "datapackage.json").is_file()
    True
    """
    for root in (_BUNDLED, _CHECKOUT):
        if (root / "datapackage.json").is_file():
            return root
    raise FileNotFoundError(
        "no published tables found: the package was installed without its data; "
        "reinstall sinoru-data from a wheel, or run 'sinoru-data build' in a checkout"
    )


@cache
def descriptor() -> dict[str, Any]:
    """The Frictionless descriptor (``datapackage.json``) of the bundled tables."""
    data: dict[str, Any] = json.loads(
        (package_root() / "datapackage.json").read_text(encoding="utf-8")
    )
    return data


def _check_name(name: str) -> None:
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}: choose one of {', '.join(TABLES)}")


def _to_pandas(table: pa.Table) -> Any:
    """Arrow-backed pandas columns: dates stay dates, lists stay lists, integers stay integers."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency today
        raise ImportError("backend='pandas' needs pandas: pip install pandas") from None
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _to_polars(table: pa.Table) -> Any:
    try:
        polars = importlib.import_module("polars")
    except ImportError:
        raise ImportError(
            "backend='polars' needs polars: pip install 'sinoru-data[polars]'"
        ) from None
    return polars.from_arrow(table)


@overload
def load(name: str, *, backend: Literal["arrow"]) -> pa.Table: ...
@overload
def load(name: str, *, backend: Literal["pandas", "polars"] = "pandas") -> Any: ...
def load(name: str, *, backend: Backend = "pandas") -> Any:
    """Load one published table: documents, sources, entries, quotes or lines.

    ``backend`` chooses the return type: ``"pandas"`` (a DataFrame with
    Arrow-backed columns), ``"arrow"`` (a ``pyarrow.Table``) or ``"polars"``.

    >>> load("entries").loc[0, "headline"]
    'Russia and China open cross-border bridge as ties deepen'
    """
    _check_name(name)
    table = pq.read_table(package_root() / "data" / f"{name}.parquet")
    if backend == "arrow":
        return table
    if backend == "pandas":
        return _to_pandas(table)
    if backend == "polars":
        return _to_polars(table)
    raise ValueError(f"unknown backend {backend!r}: choose pandas, arrow or polars")
