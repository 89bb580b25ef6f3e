"""Stage 4, publish: write every table as CSV, Parquet and JSON, its schema, and the descriptor.

Outputs are reproducible byte for byte: rows in a fixed order, no
timestamps, JSON keys in schema order, Parquet written from one Arrow chunk
with a pinned pyarrow and without pandas. Publishing is atomic per build:
every file is first written to a staging directory, and only when all of
them are written are they moved into place, one ``os.replace`` each.

Example:
-------
>>> output_paths()[:3]
['data/documents.csv', 'data/documents.parquet', 'data/documents.json']

"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .models import TABLES, Record
from .tableschema import arrow_schema, table_schema

FORMATS = ("csv", "parquet", "json")
DESCRIPTOR = "datapackage.json"
PACKAGE = {
    "name": "sinoru-data",
    "title": "sinoru-data: China-Russia relations in the press, 2022 (curated digest tables)",
    "description": (
        "Dated press excerpts on China-Russia relations (January-June 2022) from a digest page, "
        "turned into linked tables of documents, entries, sources, quotes and lines, validated "
        "against typed schemas. Every record points back to the raw page by hash and offsets."
    ),
    "homepage": "https://pypi.org/project/sinoru-data/",
    "keywords": ["China", "Russia", "news", "quotations", "media framing", "Ukraine"],
    "licenses": [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the curated tables and metadata; the "
            "excerpt text stays the copyright of its publishers)",
        }
    ],
}


def output_paths() -> list[str]:
    """Every file the build writes, relative to the root, in a fixed order."""
    tables = [f"data/{name}.{fmt}" for name in TABLES for fmt in FORMATS]
    return [*tables, *(f"schema/{name}.json" for name in TABLES), DESCRIPTOR]


def _cell(value: Any) -> str:
    """One CSV cell: lists as JSON arrays, dates in ISO form, null as empty.

    >>> _cell(["Xi", "Putin"]), _cell(None), _cell(3)
    ('["Xi", "Putin"]', '', '3')
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def csv_bytes(rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> bytes:
    """A CSV file with a header row, "\\n" line endings and minimal quoting."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    writer.writerows([_cell(row[f]) for f in fields] for row in rows)
    return buffer.getvalue().encode("utf-8")


def json_bytes(rows: Sequence[dict[str, Any]]) -> bytes:
    """A JSON array of objects, every object carrying every field."""
    plain = [
        {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()} for row in rows
    ]
    return (json.dumps(plain, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def parquet_bytes(rows: Sequence[dict[str, Any]], schema: pa.Schema) -> bytes:
    """A Parquet file written from a single Arrow chunk (reproducible bytes)."""
    table = pa.Table.from_pylist(list(rows), schema=schema).combine_chunks()
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", write_statistics=True)
    return bytes(sink.getvalue().to_pybytes())


def sha256(data: bytes) -> str:
    """Hex SHA-256 of some bytes.

    >>> sha256(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def _parquet_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The Table Schema for a Parquet resource: list columns typed ``any``.

    Frictionless reads Parquet through pandas, which hands list cells over as
    arrays it cannot check as ``array``; the column is still a typed
    ``list<string>`` in the file.
    """
    fields = [
        {**f, "type": "any", "description": f["description"] + " (Parquet: list<string>)"}
        if f["type"] == "array"
        else f
        for f in schema["fields"]
    ]
    return {**schema, "fields": fields}


def _resource(name: str, fmt: str, schema: dict[str, Any], data: bytes) -> dict[str, Any]:
    """The descriptor of one table in one format; keys point at the same format."""
    schema = _parquet_schema(schema) if fmt == "parquet" else schema
    if "foreignKeys" in schema:
        schema = {
            **schema,
            "foreignKeys": [
                {
                    **fk,
                    "reference": {
                        **fk["reference"],
                        "resource": f"{fk['reference']['resource']}-{fmt}",
                    },
                }
                for fk in schema["foreignKeys"]
            ],
        }
    resource: dict[str, Any] = {
        "name": f"{name}-{fmt}",
        "type": "table",
        "path": f"data/{name}.{fmt}",
        "format": fmt,
        "mediatype": {
            "csv": "text/csv",
            "json": "application/json",
            "parquet": "application/vnd.apache.parquet",
        }[fmt],
        "encoding": "utf-8",
        "title": f"{TABLES[name].table_title} ({fmt.upper()})",
        "description": TABLES[name].table_description,
        "hash": f"sha256:{sha256(data)}",
    }
    if fmt == "csv":  # frictionless reports a false byte-count error for Parquet and JSON
        resource["bytes"] = len(data)
    if fmt == "parquet":
        del resource["encoding"]
    resource["schema"] = schema
    return resource


def render(tables: Mapping[str, Sequence[Record]], raw_paths: Sequence[str]) -> dict[str, bytes]:
    """Every output file's bytes, by path relative to the root."""
    files: dict[str, bytes] = {}
    resources = []
    for name, model in TABLES.items():
        schema = table_schema(model)
        rows = [record.model_dump() for record in tables[name]]
        fields = list(model.model_fields)
        data = {
            "csv": csv_bytes(rows, fields),
            "parquet": parquet_bytes(rows, arrow_schema(model)),
            "json": json_bytes(rows),
        }
        for fmt in FORMATS:
            files[f"data/{name}.{fmt}"] = data[fmt]
            resources.append(_resource(name, fmt, schema, data[fmt]))
        files[f"schema/{name}.json"] = _json_file(schema)
    descriptor = {
        **PACKAGE,
        "version": __version__,
        "sources": [{"title": Path(p).stem, "path": p} for p in raw_paths],
        "resources": resources,
    }
    files[DESCRIPTOR] = _json_file(descriptor)
    return files


def _json_file(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@contextmanager
def _staging(root: Path) -> Iterator[Path]:
    """A staging directory next to the outputs (same file system, so renames are atomic)."""
    path = Path(tempfile.mkdtemp(prefix=".sinoru-staging-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def write_files(root: Path, files: Mapping[str, bytes]) -> None:
    """Write all files under ``root``, all or nothing.

    Every file is written to a staging directory first; then the current
    files are set aside and the new ones moved into place. If anything fails
    on the way, the files set aside are put back, so the published files stay
    exactly as they were.
    """
    with _staging(root) as staging:
        for relative, data in files.items():
            target = staging / "new" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        moved: list[str] = []
        try:
            for relative in files:
                _swap(root, staging, relative)
                moved.append(relative)
        except BaseException:
            for relative in reversed(moved):
                _restore(root, staging, relative)
            raise


def _swap(root: Path, staging: Path, relative: str) -> None:
    """Set the current file aside (if any) and move the staged one into place."""
    destination = root / relative
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        backup = staging / "old" / relative
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(destination, backup)
    os.replace(staging / "new" / relative, destination)


def _restore(root: Path, staging: Path, relative: str) -> None:
    """Put back the file set aside by :func:`_swap`, or remove a file that was new."""
    backup = staging / "old" / relative
    if backup.exists():
        os.replace(backup, root / relative)
    else:
        (root / relative).unlink(missing_ok=True)


def differing_files(root: Path, files: Mapping[str, bytes]) -> list[str]:
    """The outputs whose bytes under ``root`` differ from (or are missing compared to) ``files``."""
    return [
        relative
        for relative, data in files.items()
        if not (root / relative).is_file() or (root / relative).read_bytes() != data
    ]
