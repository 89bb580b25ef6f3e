"""Write a valid sinoru-data package with a large entries table, for benchmarks (not a test).

    python bench/make_tables.py OUT_DIR [--rows 1000000]

The package has every table in CSV, Parquet and JSON, ``schema/`` and a
``datapackage.json`` exactly as the build writes them: one document, a few
sources, ROWS entries, one quote and one line (frictionless cannot read an
empty JSON table). There is no raw page, so the offset checks are skipped,
as for a release. The small tables
go through the build's own writers; the entries table is made column by
column with pyarrow (no Python per row) and written in the build's formats:
Parquet (zstd, one chunk, statistics), CSV (lists as JSON arrays, empty for
null) and JSON (an array of objects carrying every field, in the build's layout).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from sinoru_data import __version__
from sinoru_data.models import TABLES, Document, Line, Quote, Source
from sinoru_data.publish import (
    FORMATS,
    PACKAGE,
    _json_file,
    _resource,
    csv_bytes,
    json_bytes,
    parquet_bytes,
)
from sinoru_data.tableschema import arrow_schema, table_schema

DOCUMENT = Document(
    document_id="bench-page",
    title="Benchmark page",
    author=None,
    published=dt.date(2022, 6, 10),
    tags=["China", "Russia"],
    path="data/raw/bench-page.txt",
    sha256="0" * 64,
    line_count=1,
)
SOURCES = [
    Source(
        source_id=f"outlet-{i}",
        name=f"Outlet {i}",
        labels=[f"Outlet {i}"],
        kind="newspaper",
        country="GB",
        homepage=f"https://outlet-{i}.example.org/",
    )
    for i in range(8)
]
QUOTE = Quote(
    quote_id="entry-0-q1",
    entry_id="entry-0",
    field="text",
    text="friendly, substantive and forward-looking",
    kind="partial",
    speaker="The Kremlin",
    speaker_full="The Kremlin",
    cue="described",
    curated_fields=[],
    line=3,
    char_start=42,
    char_end=83,
)
LINE = Line(
    document_id="bench-page",
    line=1,
    role="title",
    entry_id=None,
    role_basis="parsed",
    note=None,
    text="Benchmark page",
    char_start=0,
    char_end=14,
)
SENTENCES = [
    "Xi and Putin met in Beijing as trade between the two countries grew again.",
    "Analysts said the partnership had limits that the war in Ukraine exposed.",
    "The Kremlin described the talks as “friendly, substantive and forward-looking”.",
    "China's foreign ministry called for restraint on all sides, a spokesman said.",
    "Sanctions pushed Russian exports of oil and gas towards Chinese buyers.",
    "Officials in Washington warned Beijing against helping Moscow evade sanctions.",
]


def _cycle(values: list[Any], n: int, step: int = 1) -> pa.Array:
    """Values repeated over n rows (row i takes values[(i * step) % len])."""
    index = (np.arange(n, dtype=np.int64) * step) % len(values)
    return pc.take(pa.array(values), pa.array(index))


def _lists(items: pa.Array, per_row: int) -> pa.Array:
    """A list column with ``per_row`` items in every row."""
    offsets = pa.array(np.arange(0, len(items) + 1, per_row, dtype=np.int32))
    return pa.ListArray.from_arrays(offsets, items)


def entries(n: int) -> pa.Table:
    """n valid entries, made column by column."""
    row = pa.array(np.arange(n, dtype=np.int64))
    start = pa.array(np.datetime64("2022-01-01") + (np.arange(n) % 150).astype("timedelta64[D]"))
    start = pc.cast(pc.cast(start, pa.timestamp("s")), pa.date32())
    end = pc.cast(
        pc.add(pc.cast(start, pa.int32()), pa.array(np.arange(n) % 2, pa.int32())), pa.date32()
    )
    char_start = pc.multiply(row, 500)
    line_start = pc.add(pc.multiply(row, 4), 1)
    columns = {
        "entry_id": pc.binary_join_element_wise("entry", pc.cast(row, pa.string()), "-"),
        "document_id": _cycle([DOCUMENT.document_id], n),
        "position": pc.add(row, 1),
        "date_start": start,
        "date_end": end,
        "date_text": _cycle(["24 May", None, "14-15 March"], n),
        "date_basis": _cycle(["year-inferred", "page-position", "printed"], n),
        "headline": _cycle([s[:60] for s in SENTENCES], n, 5),
        "dek": _cycle([None, SENTENCES[1], None, SENTENCES[4]], n),
        "authors": _lists(_cycle(["Roger Boyes", "Lingling Wei", "Ken Moritsugu"], 2 * n), 2),
        "byline": _cycle(["Roger Boyes and Lingling Wei", None], n),
        "outlet": _cycle([s.name for s in SOURCES], n, 3),
        "source_id": _cycle([s.source_id for s in SOURCES], n, 3),
        "source_basis": _cycle(["page"], n),
        "text": _cycle([f"{a} {b}" for a in SENTENCES for b in SENTENCES if a != b], n, 7),
        "curated_fields": pa.ListArray.from_arrays(
            pa.array(np.zeros(n + 1, dtype=np.int32)), pa.array([], pa.string())
        ),
        "line_start": line_start,
        "line_end": pc.add(line_start, 2),
        "char_start": char_start,
        "char_end": pc.add(char_start, 400),
    }
    return pa.table(columns, schema=arrow_schema(TABLES["entries"]))


def _json_list_text(column: pa.ChunkedArray) -> pa.Array:
    """A list<string> column as JSON array text, as the build's CSV writes it (plain items only)."""
    joined = pc.binary_join(column, '", "')
    text = pc.binary_join_element_wise('["', joined, '"]', "")
    return pc.if_else(pc.equal(pc.list_value_length(column), 0), "[]", text)


def _json_text(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Each value as the build's JSON writes it (``json.dumps(..., indent=1)``, objects at depth 1)."""

    def quoted(strings: pa.ChunkedArray) -> pa.ChunkedArray:
        escaped = pc.replace_substring(strings, "\\", "\\\\")
        for raw, escape in (('"', '\\"'), ("\n", "\\n")):
            escaped = pc.replace_substring(escaped, raw, escape)
        return pc.binary_join_element_wise('"', escaped, '"', "")

    kind = column.type
    if pa.types.is_list(kind):
        items = pa.chunked_array(
            [
                pa.ListArray.from_arrays(
                    c.offsets, quoted(pa.chunked_array([c.flatten()])).combine_chunks()
                )
                for c in column.chunks
            ]
        )
        text = pc.binary_join_element_wise("[\n   ", pc.binary_join(items, ",\n   "), "\n  ]", "")
        return pc.if_else(pc.equal(pc.list_value_length(column), 0), "[]", text)
    if kind == pa.string():
        text = quoted(column)
    elif kind == pa.date32():
        text = quoted(pc.cast(column, pa.string()))
    else:
        text = pc.cast(column, pa.string())
    return pc.fill_null(text, "null")


def _bytes_of(strings: pa.Array) -> bytes:
    """All the strings of an array, back to back."""
    offsets = memoryview(strings.buffers()[1]).cast("i")
    first, last = offsets[strings.offset], offsets[strings.offset + len(strings)]
    return bytes(strings.buffers()[2].to_pybytes()[first:last])


def json_file(table: pa.Table) -> bytes:
    """The table as the build's JSON file, made with pyarrow string kernels (no Python per row)."""
    fields = [
        pc.binary_join_element_wise(f'  "{name}": ', _json_text(table[name]), "")
        for name in table.column_names
    ]
    objects = pc.binary_join_element_wise(
        " {\n", pc.binary_join_element_wise(*fields, ",\n"), "\n },\n", ""
    )
    body = b"".join(_bytes_of(chunk) for chunk in objects.chunks)
    return b"[\n" + body[: -len(b",\n")] + b"\n]\n"


def entries_files(table: pa.Table) -> dict[str, bytes]:
    """The entries table in the build's three formats."""
    sink = pa.BufferOutputStream()
    pq.write_table(table.combine_chunks(), sink, compression="zstd", write_statistics=True)
    as_text = table
    for name in ("authors", "curated_fields"):
        index = table.schema.get_field_index(name)
        as_text = as_text.set_column(index, name, _json_list_text(table[name]))
    csv_sink = pa.BufferOutputStream()
    pa_csv.write_csv(as_text, csv_sink, pa_csv.WriteOptions(quoting_style="needed"))
    return {
        "parquet": sink.getvalue().to_pybytes(),
        "csv": csv_sink.getvalue().to_pybytes(),
        "json": json_file(table),
    }


def small_files(name: str, records: list[Any]) -> dict[str, bytes]:
    """A small table through the build's own writers."""
    model = TABLES[name]
    rows = [r.model_dump() for r in records]
    return {
        "csv": csv_bytes(rows, list(model.model_fields)),
        "parquet": parquet_bytes(rows, arrow_schema(model)),
        "json": json_bytes(rows),
    }


def write_package(out: Path, rows: int) -> dict[str, int]:
    """Write the package under ``out``; return each file's size."""
    tables = {
        "documents": small_files("documents", [DOCUMENT]),
        "sources": small_files("sources", SOURCES),
        "entries": entries_files(entries(rows)),
        "quotes": small_files("quotes", [QUOTE]),  # frictionless cannot read an empty JSON table
        "lines": small_files("lines", [LINE]),
    }
    (out / "data").mkdir(parents=True, exist_ok=True)
    (out / "schema").mkdir(exist_ok=True)
    resources, sizes = [], {}
    for name, files in tables.items():
        schema = table_schema(TABLES[name])
        for fmt in FORMATS:
            (out / "data" / f"{name}.{fmt}").write_bytes(files[fmt])
            sizes[f"data/{name}.{fmt}"] = len(files[fmt])
            resources.append(_resource(name, fmt, schema, files[fmt]))
        (out / "schema" / f"{name}.json").write_bytes(_json_file(schema))
    descriptor = {
        **PACKAGE,
        "version": __version__,
        "sources": [{"title": Path(DOCUMENT.path).stem, "path": DOCUMENT.path}],
        "resources": resources,
    }
    (out / "datapackage.json").write_bytes(_json_file(descriptor))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    started = time.perf_counter()
    sizes = write_package(args.out, args.rows)
    seconds = time.perf_counter() - started
    total = sum(sizes.values()) / 1e6
    print(f"{args.rows} entries in {args.out}: {total:.0f} MB written in {seconds:.1f} s")


if __name__ == "__main__":
    main()
