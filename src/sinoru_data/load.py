"""Stage 5, load: read a published table back, with the right types, and describe its columns.

With no ``version`` the tables bundled with the package are read: the wheel
carries the published Parquet files, so this needs no repository and never
any network (in a source checkout the repository's own files are read).
With ``version="X.Y.Z"`` that release's files are fetched once, checked
against the hashes shipped in the package, and cached (see
:mod:`sinoru_data.fetch`).

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
from .tableschema import table_schema

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
def load(name: str, *, version: str | None = None, backend: Literal["arrow"]) -> pa.Table: ...
@overload
def load(
    name: str, *, version: str | None = None, backend: Literal["pandas", "polars"] = "pandas"
) -> Any: ...
def load(name: str, *, version: str | None = None, backend: Backend = "pandas") -> Any:
    """Load one published table: documents, sources, entries, quotes or lines.

    Parameters
    ----------
    name
        The table.
    version
        A released version (e.g. ``"0.1.0"``) to download (once; then from the
        cache). Default: the tables bundled with the package, with no network.
    backend
        The return type: ``"pandas"`` (a DataFrame with Arrow-backed columns:
        dates stay dates, lists stay lists, integers with nulls stay
        integers), ``"arrow"`` (a ``pyarrow.Table``) or ``"polars"`` (needs
        ``pip install 'sinoru-data[polars]'``).

    Examples
    --------
    >>> load("entries").loc[0, "headline"]
    'Russia and China open cross-border bridge as ties deepen'
    >>> load("sources", backend="arrow").num_rows
    16

    """
    _check_name(name)
    if backend not in ("pandas", "arrow", "polars"):
        raise ValueError(f"unknown backend {backend!r}: choose pandas, arrow or polars")
    if version is None:
        path = package_root() / "data" / f"{name}.parquet"
    else:
        from .fetch import fetch  # lazy import: bundled tables never need the network stack

        path = fetch(version, tables=[name])[name]
    table = pq.read_table(path)
    if backend == "pandas":
        return _to_pandas(table)
    if backend == "polars":
        return _to_polars(table)
    return table


def describe(name: str) -> list[dict[str, Any]]:
    """The data dictionary of a table: each column's name, type, description, basis, constraints.

    ``basis`` says how values are obtained: parsed from the page, inferred,
    curated by hand, or derived by the build. Derived from the models' Table
    Schema, the same source as ``schema/<table>.json``.

    >>> fields = describe("quotes")
    >>> fields[0]["name"], fields[0]["type"], fields[0]["basis"]
    ('quote_id', 'string', 'derived')
    >>> sorted(fields[0])
    ['basis', 'constraints', 'description', 'name', 'type']
    """
    _check_name(name)
    return [dict(field) for field in table_schema(TABLES[name])["fields"]]
