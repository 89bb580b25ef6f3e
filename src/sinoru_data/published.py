"""Published files read back: located, memory-mapped, hashed and typed as the models say.

The build writes each table three times (:mod:`sinoru_data.publish`); this
module reads them back for the checks of :mod:`sinoru_data.integrity`:

- :func:`read_descriptor`, :func:`table_paths` and :func:`mapped` find a
  package's ``datapackage.json`` and the bytes of every table file (no copy);
- :func:`sha256` hashes them;
- :data:`READERS` reads a file in each format (Parquet, CSV, JSON) into the
  model's Arrow schema, strictly (no ``1.0`` for an integer, no 31 February),
  as a :class:`Reading` that lists every cell that could not be read;
- :func:`report` and :func:`row_label` say which table, row and column a
  problem is in, for these readers and for the checks alike.

Example:
-------
>>> from sinoru_data.load import package_root
>>> from sinoru_data.tableschema import arrow_schema
>>> root = package_root()
>>> descriptor, _, problems = read_descriptor(root)
>>> path = table_paths(descriptor)["sources-csv"]
>>> reading = read_csv(mapped(root / path), arrow_schema(TABLES["sources"]), path, "sources")
>>> reading.table.column_names[0], reading.problems
('source_id', [])

"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from .errors import Problem
from .models import TABLES
from .publish import DESCRIPTOR, FORMATS

LIMIT = 10
"""Rows listed per defect (one check of one column); the rest are counted in one more line."""
REBUILD = "published files are build outputs: run 'sinoru-data build' (never edit them by hand)"

Column = Any
"""A pyarrow ``Array`` or ``ChunkedArray`` (pyarrow ships no type information)."""
Bytes = Any
"""A file's bytes: ``bytes`` or a memory-mapped pyarrow ``Buffer``."""


def short(value: Any, width: int = 40) -> str:
    """A value's repr, cut to ``width`` characters.

    >>> short("x" * 50, 10)
    "'xxxxxxxx…"
    """
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def sha256(data: Bytes) -> str:
    """Hex SHA-256 of some bytes.

    >>> sha256(b"abc")[:8]
    'ba7816bf'
    """
    return hashlib.sha256(data).hexdigest()


# --- finding the files ---------------------------------------------------------------------


def mapped(path: Path) -> pa.Buffer | None:
    """A file's bytes, memory-mapped (no copy); None when it is missing.

    >>> mapped(Path("no-such-file")) is None
    True
    """
    if not path.is_file():
        return None
    if path.stat().st_size == 0:
        return pa.py_buffer(b"")
    buffer: pa.Buffer = pa.memory_map(str(path)).read_buffer()
    return buffer


def read_descriptor(root: Path) -> tuple[dict[str, Any], bytes, list[Problem]]:
    """The parsed ``datapackage.json`` and its bytes, or the problem that stops it being read.

    >>> read_descriptor(Path("no-such-package"))[2][0].message
    'is missing from no-such-package'
    """
    try:
        text = (root / DESCRIPTOR).read_bytes()
        descriptor = json.loads(text.decode("utf-8"))
        if not isinstance(descriptor, dict):
            return {}, text, [Problem(DESCRIPTOR, None, "is not a JSON object", REBUILD)]
        return descriptor, text, []
    except FileNotFoundError:
        hint = "pass a directory that holds datapackage.json (the repository or a release)"
        return {}, b"", [Problem(DESCRIPTOR, None, f"is missing from {root}", hint)]
    except json.JSONDecodeError as exc:
        return {}, b"", [Problem(DESCRIPTOR, exc.lineno, f"is not valid JSON: {exc.msg}", REBUILD)]
    except (OSError, UnicodeDecodeError) as exc:
        return {}, b"", [Problem(DESCRIPTOR, None, f"cannot be read: {exc}", REBUILD)]


def table_paths(descriptor: Mapping[str, Any]) -> dict[str, str]:
    """Where each table file is, by resource name, relative to the package root.

    The descriptor's path when it names the table's file inside the package
    (``data/quotes.csv`` in the repository, ``quotes.csv`` in a release),
    else the repository's ``data/<table>.<format>``.

    >>> paths = table_paths({"resources": [{"name": "quotes-csv", "path": "quotes.csv"},
    ...                                    {"name": "lines-csv", "path": "../lines.csv"}]})
    >>> paths["quotes-csv"], paths["lines-csv"], paths["lines-json"]
    ('quotes.csv', 'data/lines.csv', 'data/lines.json')
    """
    resources = descriptor.get("resources")
    given = {
        r.get("name"): r.get("path")
        for r in (resources if isinstance(resources, list) else [])
        if isinstance(r, dict)
    }
    paths = {}
    for table in TABLES:
        for fmt in FORMATS:
            name, path = f"{table}-{fmt}", given.get(f"{table}-{fmt}")
            inside = isinstance(path, str) and ".." not in PurePosixPath(path).parts
            ok = inside and PurePosixPath(str(path)).name == f"{table}.{fmt}"
            paths[name] = (
                str(path)
                if ok and not PurePosixPath(str(path)).is_absolute()
                else (f"data/{table}.{fmt}")
            )
    return paths


# --- reporting -----------------------------------------------------------------------------


def row_label(table: pa.Table, name: str, row: int) -> str:
    """How a problem names a row: the table, the 1-based row number and the primary key.

    >>> row_label(pa.table({"source_id": ["ap"]}), "sources", 0)
    'sources row 1 (ap)'
    """
    key = [str(table[f][row].as_py()) for f in TABLES[name].primary_key if f in table.column_names]
    return f"{name} row {row + 1}" + (f" ({'/'.join(key)})" if key else "")


def report(
    path: str,
    name: str,
    table: pa.Table,
    bad: Column,
    column: str,
    what: str | Callable[[int], str],
    hint: str = REBUILD,
) -> list[Problem]:
    """One problem per bad row (up to :data:`LIMIT`), then one counting the rest.

    ``what`` says what is wrong with a row: a function of the row number, or
    a text where ``{value}`` stands for the row's value in ``column``.

    >>> t = pa.table({"source_id": ["ap", "x"]})
    >>> [str(p) for p in report("s.csv", "sources", t, pa.array([False, True]), "source_id",
    ...                         "{value} is bad", "fix it")]
    ["s.csv: sources row 2 (x), column source_id: 'x' is bad. To fix: fix it"]
    """
    bad = pc.fill_null(bad, False)
    if not pc.any(bad).as_py():
        return []
    rows = pc.indices_nonzero(bad).to_pylist()

    def describe(row: int) -> str:
        if callable(what):
            return what(row)
        value = table[column][row].as_py() if column in table.column_names else None
        return what.format(value=short(value))

    problems = [
        Problem(path, None, f"{row_label(table, name, r)}, column {column}: {describe(r)}", hint)
        for r in rows[:LIMIT]
    ]
    if len(rows) > LIMIT:
        more = f"{name}, column {column}: {len(rows) - LIMIT} more rows like these"
        problems.append(Problem(path, None, more, hint))
    return problems


# --- reading each format back into the model's Arrow schema --------------------------------


@dataclass
class Reading:
    """A table file read back: its columns typed as the model says, and what could not be."""

    table: pa.Table
    problems: list[Problem] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)
    """Columns with cells that could not be read (already reported; not compared again)."""


def _text_buffer(strings: pa.Array) -> pa.Buffer:
    """The bytes of all the strings of an array, back to back (no copy)."""
    offsets = memoryview(strings.buffers()[1]).cast("i")
    first, last = offsets[strings.offset], offsets[strings.offset + len(strings)]
    buffer: pa.Buffer = strings.buffers()[2].slice(first, last - first)
    return buffer


def _json_list(cell: str | None) -> list[str] | None:
    """One JSON array of strings, or None when the cell is empty or holds something else.

    >>> _json_list('["a"]'), _json_list('"a"'), _json_list("[1")
    (['a'], None, None)
    """
    try:
        value = json.loads(cell) if cell is not None else None
    except ValueError:
        return None
    return value if isinstance(value, list) and all(isinstance(v, str) for v in value) else None


def json_lists(column: Column) -> tuple[Column, Column]:
    """Parse cells holding JSON arrays of strings (CSV lists), all at once; return values and bad cells.

    >>> values, bad = json_lists(pa.array(['["a", "b"]', "[]", None, "[1"]))
    >>> values.to_pylist(), bad.to_pylist()
    ([['a', 'b'], [], None, None], [False, False, False, True])
    """
    if len(column) == 0:
        return pa.array([], pa.list_(pa.string())), pa.array([], pa.bool_())
    lines = pc.binary_join_element_wise('{"v":', pc.fill_null(column, "null"), "}\n", "")
    lines = lines.combine_chunks() if isinstance(lines, pa.ChunkedArray) else lines
    schema = pa.schema([("v", pa.list_(pa.string()))])
    options = pa_json.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error")
    try:
        parsed = pa_json.read_json(pa.BufferReader(_text_buffer(lines)), parse_options=options)
        if parsed.num_rows == len(column):
            return parsed["v"], pa.repeat(False, len(column))
    except pa.ArrowInvalid:
        pass
    cells = column.to_pylist()  # some cell is not a list: find which, row by row
    values = [_json_list(cell) for cell in cells]
    bad = [cell is not None and value is None for cell, value in zip(cells, values, strict=True)]
    return pa.array(values, pa.list_(pa.string())), pa.array(bad, pa.bool_())


def from_text(column: Column, kind: pa.DataType) -> tuple[Column, Column]:
    """Convert text cells to a type strictly; return the values and the cells that are not valid.

    >>> values, bad = from_text(pa.array(["2022-02-28", "2022-02-31", "2022-2-1", None]), pa.date32())
    >>> [str(v) for v in values.to_pylist()], bad.to_pylist()
    (['2022-02-28', 'None', 'None', 'None'], [False, True, True, False])
    """
    if kind == pa.list_(pa.string()):
        return json_lists(column)
    if kind == pa.int64():
        ok = pc.match_substring_regex(column, r"^-?[0-9]{1,18}$")
        values = pc.cast(pc.if_else(ok, column, pa.scalar(None, pa.string())), kind)
    elif kind == pa.date32():
        parsed = pc.cast(pc.strptime(column, "%Y-%m-%d", "s", error_is_null=True), kind)
        ok = pc.equal(pc.cast(parsed, pa.string()), column)  # strptime takes 31 February
        values = pc.if_else(ok, parsed, pa.scalar(None, kind))
    elif kind == pa.bool_():
        ok = pc.is_in(column, value_set=pa.array(["true", "false"]))
        values = pc.if_else(ok, pc.equal(column, "true"), pa.scalar(None, kind))
    else:
        return column, pc.is_null(pc.cast(column, pa.string()))  # a string: always valid
    return values, pc.and_(pc.is_valid(column), pc.invert(pc.fill_null(ok, False)))


def _type_name(kind: pa.DataType) -> str:
    """How a message names a type.

    >>> _type_name(pa.date32())
    'a date (YYYY-MM-DD)'
    """
    names = {
        pa.int64(): "an integer",
        pa.date32(): "a date (YYYY-MM-DD)",
        pa.bool_(): "true or false",
        pa.string(): "text",
        pa.list_(pa.string()): "a JSON array of strings",
    }
    return names.get(kind, str(kind))


def _typed(reading: Reading, schema: pa.Schema, path: str, name: str) -> Reading:
    """Give every text column its model type; report and blank the cells that are not valid."""
    table = reading.table
    for f in schema:
        if f.name not in table.column_names or table[f.name].type == f.type:
            continue
        cells = table[f.name]
        values, bad = from_text(cells, f.type)
        found = report(path, name, table, bad, f.name, "{value} is not " + _type_name(f.type))
        if found:
            reading.problems += found
            reading.failed.add(f.name)
        table = table.set_column(table.column_names.index(f.name), f.name, values)
    reading.table = table
    return reading


def read_parquet(data: Bytes, schema: pa.Schema, path: str, name: str) -> Reading:
    """A Parquet file; a column typed otherwise than the model says is reported and left out."""
    table = pq.read_table(pa.BufferReader(data))
    table.validate(full=True)  # the Parquet reader does not check that text is UTF-8
    reading = Reading(table)
    for f in schema:
        if f.name in reading.table.column_names and reading.table[f.name].type != f.type:
            kind = reading.table[f.name].type
            message = f"{name}, column {f.name}: type is {kind}, the model's is {f.type}"
            reading.problems.append(Problem(path, None, message, REBUILD))
            reading.failed.add(f.name)
    return reading


def read_csv(data: Bytes, schema: pa.Schema, path: str, name: str) -> Reading:
    """A CSV file: cells read as text (empty is null), then converted strictly to each type."""
    table = pa_csv.read_csv(
        pa.BufferReader(data),
        parse_options=pa_csv.ParseOptions(newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types={f.name: pa.string() for f in schema},
            null_values=[""],
            strings_can_be_null=True,
        ),
    )
    return _typed(Reading(table), schema, path, name)


def read_json(data: Bytes, schema: pa.Schema, path: str, name: str) -> Reading:
    """A JSON array of objects, parsed by Arrow; dates (JSON strings) converted strictly.

    The build's layout is parsed in blocks as a stream of objects (see
    :func:`build_layout_as_objects`); any other layout in a single block. A
    file Arrow cannot map onto the schema is read again with :mod:`json`, to
    say which row and column is wrong.
    """
    data = bytes(data)  # a memory-mapped file: the text is rewritten below
    types = pa.struct([pa.field(f.name, _json_type(f.type)) for f in schema])
    objects = build_layout_as_objects(data)
    try:
        if objects is not None:
            options = pa_json.ParseOptions(
                explicit_schema=pa.schema(list(types)), newlines_in_values=True
            )
            table = pa_json.read_json(
                pa.BufferReader(objects),
                read_options=pa_json.ReadOptions(block_size=16 << 20),
                parse_options=options,
            )
        else:
            table = _read_json_array(data, types)
        table.validate(full=True)  # Arrow's JSON reader does not check that text is UTF-8
        reading = Reading(table)
    except pa.ArrowInvalid:
        reading = _json_row_by_row(data, schema, path, name)
    reading.problems += _check_first_object(data, schema, path, name)
    return _typed(reading, schema, path, name)


_OBJECTS_APART = b"\n },\n {\n"
"""What separates two top-level objects in the build's JSON (``json.dumps(rows, indent=1)``)."""


def build_layout_as_objects(data: bytes) -> pa.Buffer | None:
    """The build's JSON array as a stream of objects Arrow reads in blocks; None for another layout.

    In that layout top-level objects are separated by exactly
    ``"\\n },\\n {\\n"``, which no JSON string can hold (strings escape
    newlines): dropping those commas and the brackets leaves the objects
    separated by whitespace. One pass, no parsing.

    >>> build_layout_as_objects(b'[\\n {\\n  "a": 1\\n },\\n {\\n  "a": 2\\n }\\n]\\n').to_pybytes()
    b' {\\n  "a": 1\\n } \\n {\\n  "a": 2\\n }'
    >>> build_layout_as_objects(b'[{"a": 1}]') is None
    True
    """
    if not (data.startswith(b"[\n {\n") and data.endswith(b"\n }\n]\n")):
        return None
    stream = data.replace(_OBJECTS_APART, b"\n } \n {\n")
    return pa.py_buffer(stream).slice(2, len(stream) - 5)  # without "[\\n" and "\\n]\\n"


def _read_json_array(data: bytes, types: pa.DataType) -> pa.Table:
    """Any JSON array of objects, parsed by Arrow in a single block (one thread)."""
    wrapped = b'{"rows":' + data + b"}"
    rows = pa_json.read_json(
        pa.BufferReader(wrapped),
        read_options=pa_json.ReadOptions(block_size=len(wrapped) + 1),
        parse_options=pa_json.ParseOptions(
            explicit_schema=pa.schema([("rows", pa.list_(types))]), newlines_in_values=True
        ),
    )["rows"].chunk(0)
    if len(rows) != 1 or rows.null_count:
        raise pa.ArrowInvalid("not an array of objects")
    return pa.Table.from_struct_array(rows.values)


def _json_type(kind: pa.DataType) -> pa.DataType:
    """The Arrow type a JSON value is parsed as: dates are strings in JSON.

    >>> _json_type(pa.date32())
    DataType(string)
    """
    return pa.string() if kind == pa.date32() else kind


def _check_first_object(data: bytes, schema: pa.Schema, path: str, name: str) -> list[Problem]:
    """Frictionless takes a JSON table's columns from its first object: it must carry every field."""
    start = data.find(b"{")
    for size in (1 << 16, 1 << 20, len(data)):
        try:
            first, _ = json.JSONDecoder().raw_decode(data[start : start + size].decode("utf-8"))
        except ValueError:  # cut mid-object (or mid-character): read more
            continue
        if isinstance(first, dict) and [k for k in first if k in schema.names] != schema.names:
            message = (
                f"{name} row 1: the keys are {short(list(first), 60)}, not the model's fields in "
                "order (frictionless takes a JSON table's columns from its first object)"
            )
            return [Problem(path, None, message, REBUILD)]
        break
    return []


_JSON_FITS: dict[pa.DataType, Callable[[Any], bool]] = {
    pa.string(): lambda v: isinstance(v, str),
    pa.int64(): lambda v: isinstance(v, int) and not isinstance(v, bool),
    pa.bool_(): lambda v: isinstance(v, bool),
    pa.list_(pa.string()): lambda v: isinstance(v, list) and all(isinstance(i, str) for i in v),
}


def _json_row_by_row(data: bytes, schema: pa.Schema, path: str, name: str) -> Reading:
    """The slow, exact reading of a JSON table Arrow refused: which row, which column, what."""
    try:
        rows = json.loads(data.decode("utf-8"))
    except ValueError as exc:
        raise ValueError(f"not valid UTF-8 JSON: {exc}") from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError("not a JSON array of objects")
    names = list(dict.fromkeys([*schema.names, *(k for r in rows for k in r)]))
    cells = {k: [r.get(k) for r in rows] for k in names}
    labels = pa.table({k: [None if v is None else str(v) for v in cells[k]] for k in names})
    reading = Reading(labels)
    columns = {}
    for f in schema:
        kind, values = _json_type(f.type), cells[f.name]
        bad = [v is not None and not _JSON_FITS[kind](v) for v in values]
        what = partial(_not_a, values, kind)
        reading.problems += report(path, name, labels, pa.array(bad, pa.bool_()), f.name, what)
        reading.failed |= {f.name} if any(bad) else set()
        columns[f.name] = pa.array(
            [None if b else v for v, b in zip(values, bad, strict=True)], kind
        )
    columns |= {k: labels[k] for k in names if k not in schema.names}
    reading.table = pa.table(columns)
    return reading


def _not_a(values: Sequence[Any], kind: pa.DataType, row: int) -> str:
    """What is wrong with a JSON value of the wrong type.

    >>> _not_a(["3"], pa.int64(), 0)
    "'3' is not an integer"
    """
    return f"{short(values[row])} is not {_type_name(kind)}"


READERS: dict[str, Callable[[Bytes, pa.Schema, str, str], Reading]] = {
    "parquet": read_parquet,
    "csv": read_csv,
    "json": read_json,
}
"""How each format is read back, the reference (Parquet, typed) first."""
