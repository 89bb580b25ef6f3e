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
import filecmp
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

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


BATCH_ROWS = 10_000
"""Rows converted to Python objects at a time when writing CSV and JSON (bounds memory)."""


def rows_of(table: pa.Table) -> Iterator[dict[str, Any]]:
    """The rows of an Arrow table as dicts, one batch at a time.

    >>> list(rows_of(pa.table({"a": [1, 2]})))
    [{'a': 1}, {'a': 2}]
    """
    for batch in table.to_batches(max_chunksize=BATCH_ROWS):
        yield from batch.to_pylist()


def write_csv(out: BinaryIO, rows: Iterable[dict[str, Any]], fields: Sequence[str]) -> None:
    """Write a CSV file with a header row, "\n" line endings and minimal quoting."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(fields)
    writer.writerows([_cell(row[f]) for f in fields] for row in rows)
    text.detach()


def _json_value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def write_json(out: BinaryIO, rows: Iterable[dict[str, Any]]) -> None:
    """Write a JSON array of objects (every object carrying every field), row by row.

    The bytes are those of ``json.dumps(rows, ensure_ascii=False, indent=1)``
    followed by a newline, without holding every row in memory.
    """
    separator = b"\n"
    out.write(b"[")
    for row in rows:
        item = json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False, indent=1)
        out.write(separator + (" " + item.replace("\n", "\n ")).encode("utf-8"))
        separator = b",\n"
    out.write(b"]\n" if separator == b"\n" else b"\n]\n")


def write_parquet(out: Any, table: pa.Table) -> None:
    """Write a Parquet file from a single Arrow chunk (reproducible bytes), without pandas."""
    pq.write_table(table.combine_chunks(), out, compression="zstd", write_statistics=True)


def csv_bytes(rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> bytes:
    """A CSV file's bytes (see :func:`write_csv`)."""
    buffer = io.BytesIO()
    write_csv(buffer, rows, fields)
    return buffer.getvalue()


def json_bytes(rows: Sequence[dict[str, Any]]) -> bytes:
    """A JSON file's bytes (see :func:`write_json`).

    >>> json_bytes([{"a": 1}]) == (json.dumps([{"a": 1}], indent=1) + "\\n").encode()
    True
    """
    buffer = io.BytesIO()
    write_json(buffer, rows)
    return buffer.getvalue()


def parquet_bytes(rows: Sequence[dict[str, Any]], schema: pa.Schema) -> bytes:
    """A Parquet file's bytes (see :func:`write_parquet`)."""
    sink = pa.BufferOutputStream()
    write_parquet(sink, pa.Table.from_pylist(list(rows), schema=schema))
    return bytes(sink.getvalue().to_pybytes())


def sha256(data: bytes) -> str:
    """Hex SHA-256 of some bytes.

    >>> sha256(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> tuple[str, int]:
    """Hex SHA-256 and size of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest(), path.stat().st_size


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


def _resource(
    name: str, fmt: str, schema: dict[str, Any], data: bytes | tuple[str, int]
) -> dict[str, Any]:
    """The descriptor of one table in one format; keys point at the same format.

    ``data`` is the file's bytes, or its SHA-256 and size.
    """
    digest, size = (sha256(data), len(data)) if isinstance(data, bytes) else data
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
        "hash": f"sha256:{digest}",
    }
    if fmt == "csv":  # frictionless reports a false byte-count error for Parquet and JSON
        resource["bytes"] = size
    if fmt == "parquet":
        del resource["encoding"]
    resource["schema"] = schema
    return resource


def _write_table(directory: Path, name: str, table: pa.Table) -> dict[str, tuple[str, int]]:
    """Write one table as CSV, Parquet and JSON under ``directory/data``; return digests."""
    fields = list(TABLES[name].model_fields)
    digests = {}
    for fmt in FORMATS:
        path = directory / "data" / f"{name}.{fmt}"
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "parquet":
            write_parquet(str(path), table)
        else:
            with path.open("wb") as out:
                if fmt == "csv":
                    write_csv(out, rows_of(table), fields)
                else:
                    write_json(out, rows_of(table))
        digests[fmt] = file_digest(path)
    return digests


def render(tables: Mapping[str, pa.Table], raw_paths: Sequence[str], directory: Path) -> list[str]:
    """Write every output file under ``directory``; return their paths relative to it.

    Tables are Arrow tables with the models' Arrow schemas, written in
    batches so memory stays bounded by the tables themselves.
    """
    resources = []
    for name, model in TABLES.items():
        schema = table_schema(model)
        digests = _write_table(directory, name, tables[name])
        resources += [_resource(name, fmt, schema, digests[fmt]) for fmt in FORMATS]
        (directory / "schema").mkdir(parents=True, exist_ok=True)
        (directory / "schema" / f"{name}.json").write_bytes(_json_file(schema))
    descriptor = {
        **PACKAGE,
        "version": __version__,
        "sources": [{"title": Path(p).stem, "path": p} for p in raw_paths],
        "resources": resources,
    }
    (directory / DESCRIPTOR).write_bytes(_json_file(descriptor))
    return output_paths()


def records_table(name: str, records: Sequence[Record]) -> pa.Table:
    """The Arrow table of some records of one table, with the model's Arrow schema."""
    return pa.Table.from_pylist(
        [r.model_dump() for r in records], schema=arrow_schema(TABLES[name])
    )


def _json_file(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


STAGING_PREFIX = ".sinoru-staging-"
JOURNAL = "journal.json"
PAUSE_AFTER_ENV = "SINORU_DATA_TEST_PAUSE_PUBLISH_AFTER"
"""Test hook only: stop the swap after this many files (the test then kills the process)."""


@contextmanager
def staging_directory(root: Path) -> Iterator[Path]:
    """A staging directory next to the outputs (same file system, so renames are atomic).

    It records the id of the process that owns it, so that
    :func:`roll_back_interrupted_publish` leaves a running build alone.
    """
    path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    (path / "owner").write_text(str(os.getpid()), encoding="utf-8")
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def write_files(root: Path, files: Mapping[str, bytes]) -> None:
    """Write all files under ``root``, all or nothing, even if the process is killed.

    Every file is written to a staging directory first and the current files
    are copied aside; then a journal listing the files is written, and only
    then are the new files moved into place. If anything fails on the way,
    the files set aside are put back. If the process dies mid-swap (SIGKILL,
    power loss), the journal stays behind and the next ``sinoru-data build``
    or ``validate`` rolls the swap back before doing anything else
    (:func:`roll_back_interrupted_publish`), so the published files are
    never left half old, half new.
    """
    with staging_directory(root) as staging:
        for relative, data in files.items():
            target = staging / "new" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        publish_staged(root, staging, list(files))


def publish_staged(root: Path, staging: Path, files: Sequence[str]) -> None:
    """Move files already written under ``staging/new`` into place under ``root``, all or nothing.

    See :func:`write_files` for the guarantees; this is its second half, for
    a build that wrote its outputs straight into the staging directory.
    """
    existed = [relative for relative in files if (root / relative).exists()]
    for relative in existed:
        backup = staging / "old" / relative
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / relative, backup)
    _write_journal(staging, list(files), existed)
    moved: list[str] = []
    try:
        for relative in files:
            _swap(root, staging, relative)
            moved.append(relative)
            _pause_for_tests(staging, len(moved))
    except BaseException:
        for relative in reversed(moved):
            _restore(root, staging, relative, relative in existed)
        raise
    (staging / JOURNAL).unlink()  # the commit point: from here on the new files stand


def _write_journal(staging: Path, files: list[str], existed: list[str]) -> None:
    """Record the swap about to start; written whole (temporary file, fsync, rename) or not at all."""
    temporary = staging / (JOURNAL + ".tmp")
    with temporary.open("w", encoding="utf-8") as f:
        json.dump({"pid": os.getpid(), "files": files, "existed": existed}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, staging / JOURNAL)


def _pause_for_tests(staging: Path, moved: int) -> None:
    """Test hook: after ``$SINORU_DATA_TEST_PAUSE_PUBLISH_AFTER`` files, mark and wait to be killed."""
    after = os.environ.get(PAUSE_AFTER_ENV)
    if after is not None and moved == int(after):
        import time  # only the crash test gets here

        (staging / "paused").touch()
        while True:
            time.sleep(1)


def _swap(root: Path, staging: Path, relative: str) -> None:
    """Move the staged file into place (the current one was copied aside beforehand)."""
    destination = root / relative
    destination.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging / "new" / relative, destination)


def _restore(root: Path, staging: Path, relative: str, existed: bool) -> None:
    """Put back the file set aside before the swap, or remove a file that was new.

    Safe to repeat: a file already put back has no copy left aside and stays.
    """
    backup = staging / "old" / relative
    if existed:
        if backup.exists():
            os.replace(backup, root / relative)
    else:
        (root / relative).unlink(missing_ok=True)


def _owner_alive(staging: Path) -> bool:
    """Whether the process that made a staging directory is still running."""
    try:
        pid = int((staging / "owner").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def roll_back_interrupted_publish(root: Path) -> list[str]:
    """Undo a publish that was killed mid-swap; return one message per staging directory cleaned.

    A staging directory whose owner is gone and which still holds a journal
    means the swap was cut short: every file it lists is put back as it was
    before that build (or removed, if it was new). Without a journal the
    published files were never touched (or the swap completed), so the
    directory is just removed. Messages are also logged, so a library
    caller sees them.

    >>> roll_back_interrupted_publish(Path(tempfile.mkdtemp()))  # nothing was interrupted there
    []
    """
    import logging  # messages are rare: keep start-up lean

    messages = []
    for staging in sorted(root.glob(STAGING_PREFIX + "*")):
        if not staging.is_dir() or _owner_alive(staging):
            continue
        journal = staging / JOURNAL
        if journal.is_file():
            entry = json.loads(journal.read_text(encoding="utf-8"))
            for relative in reversed(entry["files"]):
                _restore(root, staging, relative, relative in entry["existed"])
            message = (
                f"a publish (process {entry['pid']}) was interrupted mid-swap: rolled back "
                f"{len(entry['files'])} file(s) to their state before that build "
                f"({', '.join(entry['files'][:4])}{', …' if len(entry['files']) > 4 else ''}); "
                "run 'sinoru-data build' again to publish"
            )
        else:
            message = f"removed {staging.name}, left by a build that stopped before publishing"
        shutil.rmtree(staging)
        logging.getLogger("sinoru_data").warning(message)
        messages.append(message)
    return messages


def differing_staged_files(root: Path, staged: Path, files: Sequence[str]) -> list[str]:
    """The files under ``staged`` whose bytes differ from (or are missing under) ``root``."""
    return [
        relative
        for relative in files
        if not (root / relative).is_file()
        or not filecmp.cmp(root / relative, staged / relative, shallow=False)
    ]


def differing_files(root: Path, files: Mapping[str, bytes]) -> list[str]:
    """The outputs whose bytes under ``root`` differ from (or are missing compared to) ``files``."""
    return [
        relative
        for relative, data in files.items()
        if not (root / relative).is_file() or (root / relative).read_bytes() != data
    ]
