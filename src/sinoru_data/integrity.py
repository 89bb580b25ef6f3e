"""Integrity: check a published package, file by file and record by record, against the models.

:func:`check_package` reads ``datapackage.json`` in a directory (the
repository or a release) and every table file it publishes, and returns
every defect as a :class:`~sinoru_data.errors.Problem` naming the file, the
table, the row (1-based, with its primary key), the column and what to do:

- each file's SHA-256 and byte size against the descriptor, in every format
  (frictionless checks neither for Parquet and JSON resources);
- the descriptor's resources and ``schema/*.json`` against the models;
- every column's type against the Arrow schema, and every value against the
  Table Schema's constraints (required, pattern, enum, minimum, length);
- primary keys unique, foreign keys resolving;
- CSV, Parquet and JSON of each table holding the same records;
- offsets pointing at the exact text of the raw pages, when they are there.

The files are read back by :mod:`sinoru_data.published` (located,
memory-mapped, hashed, and typed as the models say); the schema knowledge
comes from :mod:`sinoru_data.tableschema`. Table-level
checks run vectorised with ``pyarrow.compute`` (no Python per row), so a
table of a million rows is checked in seconds.

Example:
-------
>>> from sinoru_data.load import package_root
>>> check_package(package_root())
[]

"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import __version__
from .errors import Problem, SinoruDataError
from .models import TABLES
from .parse import decode_page, split_lines
from .publish import DESCRIPTOR, FORMATS, JOURNAL, PACKAGE, STAGING_PREFIX, _json_file, _resource
from .published import (
    LIMIT,
    READERS,
    REBUILD,
    Bytes,
    Column,
    Reading,
    mapped,
    read_descriptor,
    report,
    row_label,
    sha256,
    short,
    table_paths,
)
from .tableschema import arrow_schema, table_schema

RAW_CHANGED = "the raw page changed after the build: run 'sinoru-data build' and commit the result"
OFFSETS = "run 'sinoru-data build'; if the build itself wrote these offsets, report a bug"
ORDERED: Mapping[str, tuple[tuple[str, str, bool], ...]] = {
    "entries": (
        ("date_start", "date_end", False),
        ("line_start", "line_end", False),
        ("char_start", "char_end", True),
    ),
}
"""Column pairs a model keeps in order, as (low, high, strictly): ``Entry._check_ranges``."""


@cache
def schema_of(table: str) -> dict[str, Any]:
    """A table's Table Schema, derived from its model once (do not modify it).

    >>> schema_of("sources")["primaryKey"]
    ['source_id']
    """
    return table_schema(TABLES[table])


@cache
def arrow_schema_of(table: str) -> pa.Schema:
    """A table's Arrow schema, derived from its model once."""
    return arrow_schema(TABLES[table])


# --- the descriptor and the schema files ---------------------------------------------------


def schema_changes(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[str]:
    """How a Table Schema differs from the one the models give, one phrase per difference.

    >>> schema_changes({"fields": [{"name": "a", "type": "integer"}]},
    ...                {"fields": [{"name": "a", "type": "string"}, {"name": "b"}]})
    ['field b is not in the model', "field a: type is 'string', the model gives 'integer'"]
    """
    want = {f["name"]: f for f in expected.get("fields", [])}
    have = {f.get("name"): f for f in actual.get("fields", []) if isinstance(f, dict)}
    changes = [f"field {n} is missing" for n in want if n not in have]
    changes += [f"field {n} is not in the model" for n in have if n not in want]
    for n in (n for n in want if n in have):
        changes += [
            f"field {n}: {k} is {short(have[n].get(k))}, the model gives {short(want[n].get(k))}"
            for k in sorted(want[n].keys() | have[n].keys())
            if want[n].get(k) != have[n].get(k)
        ]
    if not changes and list(want) != list(have):
        changes.append("the fields are not in the model's order")
    changes += [
        f"{k} is {short(actual.get(k))}, the model gives {short(expected.get(k))}"
        for k in sorted(expected.keys() | actual.keys())
        if k != "fields" and expected.get(k) != actual.get(k)
    ]
    return changes


def check_resource(
    resource: Mapping[str, Any], table: str, fmt: str, path: str, data: Bytes
) -> list[Problem]:
    """One resource of the descriptor: its file's hash and size, and every key the models set."""
    problems = []
    actual = f"sha256:{sha256(data)}"
    if resource.get("hash") != actual:
        message = (
            f"table {table} ({fmt}): the file's hash is {actual[:19]}…, datapackage.json says "
            f"{short(resource.get('hash'), 22)}: the file or the descriptor is stale"
        )
        problems.append(Problem(path, None, message, REBUILD))
    if "bytes" in resource and resource["bytes"] != len(data):
        message = (
            f"table {table} ({fmt}): the file has {len(data)} bytes, "
            f"datapackage.json says {short(resource['bytes'])}"
        )
        problems.append(Problem(path, None, message, REBUILD))
    expected = {**_resource(table, fmt, schema_of(table), b""), "path": path}  # hash: above
    for key in sorted((expected.keys() | resource.keys()) - {"hash", "bytes"}):
        if expected.get(key) == resource.get(key):
            continue
        if key == "schema":
            changes = schema_changes(expected[key], resource.get(key) or {})
            message = f"schema differs from the model: {'; '.join(changes[:5])}"
        else:
            message = (
                f"{key} is {short(resource.get(key))}, the models give {short(expected.get(key))}"
            )
        problems.append(Problem(DESCRIPTOR, None, f"resource {table}-{fmt}: {message}", REBUILD))
    return problems


def check_package_fields(descriptor: Mapping[str, Any], text: bytes) -> list[Problem]:
    """The descriptor's own fields and layout are the build's, so no byte of it can change unseen.

    >>> check_package_fields({}, b"{}")[0].message
    'is not laid out as the build writes it (indentation, key order or escapes differ)'
    """
    problems = []
    if _json_file(descriptor) != text:
        message = (
            "is not laid out as the build writes it (indentation, key order or escapes differ)"
        )
        problems.append(Problem(DESCRIPTOR, None, message, REBUILD))
    expected = {**PACKAGE, "version": __version__}
    for key, value in expected.items():
        if descriptor.get(key) != value:
            message = f"{key} is {short(descriptor.get(key))}, sinoru-data {__version__} writes {short(value)}"
            hint = REBUILD
            if key == "version":
                hint = (
                    "validate a release with the sinoru-data version that published it, or rebuild"
                )
            problems.append(Problem(DESCRIPTOR, None, message, hint))
    extra = sorted(set(descriptor) - {*expected, "sources", "resources"})
    if extra:
        message = f"has fields the build does not write: {', '.join(map(str, extra))}"
        problems.append(Problem(DESCRIPTOR, None, message, REBUILD))
    return problems


def check_sources(descriptor: Mapping[str, Any], documents: pa.Table) -> list[Problem]:
    """The descriptor's sources are the documents' raw pages, in order (as the build lists them).

    >>> check_sources({"sources": []}, pa.table({"path": ["data/raw/a.txt"]}))[0].message
    "sources is [], the documents give [{'title': 'a', 'path': 'data/raw/a.txt'}]"
    """
    if "path" not in documents.column_names:
        return []
    expected = [{"title": Path(p).stem, "path": p} for p in documents["path"].to_pylist()]
    if descriptor.get("sources") == expected:
        return []
    message = (
        f"sources is {short(descriptor.get('sources'))}, the documents give {short(expected, 80)}"
    )
    return [Problem(DESCRIPTOR, None, message, REBUILD)]


def check_descriptor(
    descriptor: Mapping[str, Any], paths: Mapping[str, str], files: Mapping[str, Bytes | None]
) -> list[Problem]:
    """The descriptor lists exactly the models' tables in every format, each matching its file."""
    resources = descriptor.get("resources")
    if not isinstance(resources, list):
        return [Problem(DESCRIPTOR, None, "has no list of resources", REBUILD)]
    named = {r.get("name"): r for r in resources if isinstance(r, dict)}
    expected = {f"{t}-{f}": (t, f) for t in TABLES for f in FORMATS}
    if [n for n in named if n in expected] != [n for n in expected if n in named]:
        message = "the resources are not in the build's order (tables in dependency order)"
        problems = [Problem(DESCRIPTOR, None, message, REBUILD)]
    else:
        problems = []
    problems += [
        Problem(DESCRIPTOR, None, f"resource {n} is not a table of the models", REBUILD)
        for n in named
        if n not in expected
    ]
    if len(named) != len(resources):
        problems.append(
            Problem(DESCRIPTOR, None, "resource names are missing or repeated", REBUILD)
        )
    for name, (table, fmt) in expected.items():
        data = files.get(name)
        if name not in named:
            problems.append(Problem(DESCRIPTOR, None, f"resource {name} is missing", REBUILD))
        elif data is not None:
            problems += check_resource(named[name], table, fmt, paths[name], data)
    return problems


def check_schema_files(root: Path) -> list[Problem]:
    """``schema/<table>.json``, when the directory is there, is each table's Table Schema."""
    folder = root / "schema"
    if not folder.is_dir():
        return []
    problems = [
        Problem(f"schema/{p.name}", None, "is not the schema of a table of the models", REBUILD)
        for p in sorted(folder.glob("*.json"))
        if p.stem not in TABLES
    ]
    for name, model in TABLES.items():
        path, expected = f"schema/{name}.json", schema_of(name)
        try:
            data = (root / path).read_bytes()
            actual = json.loads(data)
        except (OSError, ValueError) as exc:
            problems.append(Problem(path, None, f"cannot be read as JSON: {exc}", REBUILD))
            continue
        changes = schema_changes(expected, actual if isinstance(actual, dict) else {})
        if changes:
            message = f"differs from the model {model.__name__}: {'; '.join(changes[:5])}"
            problems.append(Problem(path, None, message, REBUILD))
        elif data != _json_file(expected):
            message = "is not laid out as the build writes it (indentation, key order or escapes)"
            problems.append(Problem(path, None, message, REBUILD))
    return problems


# --- checks on one table ---------------------------------------------------------------------


def check_columns(names: Sequence[str], schema: pa.Schema, path: str, name: str) -> list[Problem]:
    """The file has the model's columns, no others, in the model's order.

    >>> [p.message for p in check_columns(["a", "c"], pa.schema([("a", pa.int64()), ("b", pa.int64())]),
    ...                                   "t.csv", "sources")]
    ['sources: column b is missing', 'sources: column c is not in the model']
    """
    problems = [
        Problem(path, None, f"{name}: column {c} is missing", REBUILD)
        for c in schema.names
        if c not in names
    ]
    problems += [
        Problem(path, None, f"{name}: column {c} is not in the model", REBUILD)
        for c in names
        if c not in schema.names
    ]
    if not problems and list(names) != schema.names:
        problems.append(Problem(path, None, f"{name}: the columns are not in the model's order"))
    return problems


def _length(column: Column) -> Column:
    """Characters of a text, items of a list."""
    if pa.types.is_list(column.type):
        return pc.list_value_length(column)
    return pc.utf8_length(column)


def violations(column: Column, spec: Mapping[str, Any]) -> list[tuple[Column, str]]:
    """The Table Schema constraints of one field, each as (bad rows, what is wrong: a template).

    >>> [(bad.to_pylist(), what) for bad, what in violations(pa.array([0, 3]), {"minimum": 1})]
    [([True, False], '{value} is less than the minimum 1')]
    """
    valid = pc.is_valid(column)

    def unless(ok: Column) -> Column:
        return pc.and_(valid, pc.invert(pc.fill_null(ok, True)))

    found: list[tuple[Column, str]] = []
    if spec.get("required"):
        found.append((pc.invert(valid), "is empty, but the column is required"))
    if "pattern" in spec:
        ok = pc.match_substring_regex(column, f"^(?:{spec['pattern']})$")
        found.append((unless(ok), "{value} does not match " + _literal(spec["pattern"])))
    if "enum" in spec:
        ok = pc.is_in(column, value_set=pa.array(spec["enum"], column.type))
        found.append((unless(ok), "{value} is not one of " + _literal(", ".join(spec["enum"]))))
    tests = {
        "minimum": (pc.greater_equal, "is less than the minimum", False),
        "maximum": (pc.less_equal, "is more than the maximum", False),
        "minLength": (pc.greater_equal, "is shorter than", True),
        "maxLength": (pc.less_equal, "is longer than", True),
    }
    for key, (test, words, length) in tests.items():
        if key in spec:
            bound = spec[key] if length else pa.scalar(spec[key], column.type)
            ok = test(_length(column) if length else column, bound)
            found.append((unless(ok), f"{{value}} {words} {spec[key]}"))
    return found


def _literal(text: str) -> str:
    """Text to put in a message template as it is.

    >>> _literal("^[a-z]{2}$").format()
    '^[a-z]{2}$'
    """
    return text.replace("{", "{{").replace("}", "}}")


def check_values(table: pa.Table, name: str, path: str) -> list[Problem]:
    """Every value against its field's constraints, and the model's ordered pairs, vectorised."""
    problems = []
    for spec in schema_of(name)["fields"]:
        if spec["name"] in table.column_names:
            for bad, what in violations(table[spec["name"]], spec["constraints"]):
                problems += report(path, name, table, bad, spec["name"], what)
    for low, high, strictly in ORDERED.get(name, ()):
        if low in table.column_names and high in table.column_names:
            test = pc.less if strictly else pc.less_equal
            bad = pc.invert(pc.fill_null(test(table[low], table[high]), True))
            order = partial(_out_of_order, table, low, high, "<" if strictly else "≤")
            problems += report(path, name, table, bad, f"{low}/{high}", order)
    return problems


def _out_of_order(table: pa.Table, low: str, high: str, sign: str, row: int) -> str:
    """What is wrong with a pair of columns out of order.

    >>> _out_of_order(pa.table({"a": [3], "b": [1]}), "a", "b", "≤", 0)
    '3 > 1: the model needs a ≤ b'
    """
    return f"{table[low][row]} > {table[high][row]}: the model needs {low} {sign} {high}"


def keys(table: pa.Table, fields: Sequence[str]) -> Column:
    """One text key per row for some columns (joined with a unit separator when several).

    >>> keys(pa.table({"d": ["a", "a"], "n": [1, 2]}), ["d", "n"]).to_pylist()
    ['a\\x1f1', 'a\\x1f2']
    """
    columns = [pc.cast(table[f], pa.string()) for f in fields]
    joined = columns[0] if len(columns) == 1 else pc.binary_join_element_wise(*columns, "\x1f")
    return joined.combine_chunks() if isinstance(joined, pa.ChunkedArray) else joined


def check_primary_key(table: pa.Table, name: str, path: str) -> list[Problem]:
    """Every primary key value appears in one row only."""
    fields = TABLES[name].primary_key
    if not all(f in table.column_names for f in fields):
        return []
    values = keys(table, fields)
    distinct = len(pc.unique(values)) - (
        1 if values.null_count else 0
    )  # faster than count_distinct
    if distinct == len(values) - values.null_count:
        return []
    counts = pc.value_counts(values)
    repeated = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))
    problems = []
    for key in repeated[:LIMIT].to_pylist():
        rows = pc.indices_nonzero(pc.equal(values, key))[:LIMIT].to_pylist()
        message = (
            f"{name}, column {', '.join(fields)}: primary key {key.replace(chr(31), '/')} "
            f"appears in rows {', '.join(str(r + 1) for r in rows)}"
        )
        problems.append(Problem(path, None, message, REBUILD))
    if len(repeated) > LIMIT:
        problems.append(Problem(path, None, f"{name}: {len(repeated) - LIMIT} more repeated keys"))
    return problems


def _comparable(column: Column) -> Column:
    """A column whose values compare with ``equal``: a list becomes its length and joined items."""
    if not pa.types.is_list(column.type):
        return column
    joined = pc.binary_join(column, "\x1f")
    return pc.binary_join_element_wise(
        pc.cast(pc.list_value_length(column), pa.string()), joined, "\x1e"
    )


def differs(old: Column, new: Column) -> Column:
    """Which cells of two aligned columns differ, a null differing from any value.

    >>> differs(pa.array([1, None, None, 2]), pa.array([1, None, 3, 3])).to_pylist()
    [False, False, True, True]
    """
    a, b = _comparable(old), _comparable(new)
    same = pc.or_(pc.and_(pc.is_null(a), pc.is_null(b)), pc.fill_null(pc.equal(a, b), False))
    return pc.invert(same)


def align(
    old: pa.Table, new: pa.Table, fields: Sequence[str]
) -> tuple[Column, Column, Column, Column]:
    """Match rows of two tables by key: (old rows, new rows) matched, and each side's unmatched rows.

    >>> a, b, gone, added = align(pa.table({"k": ["x", "y"]}), pa.table({"k": ["z", "x"]}), ["k"])
    >>> a.to_pylist(), b.to_pylist(), gone.to_pylist(), added.to_pylist()
    ([0], [1], [1], [0])
    """
    old_keys, new_keys = keys(old, fields), keys(new, fields)
    position = pc.index_in(new_keys, value_set=old_keys)
    matched = pc.indices_nonzero(pc.is_valid(position))
    gone = pc.indices_nonzero(
        pc.invert(pc.fill_null(pc.is_in(old_keys, value_set=new_keys), False))
    )
    added = pc.indices_nonzero(pc.is_null(position))
    return pc.take(position, matched), matched, gone, added


def compare_formats(
    reference: Reading, ref_path: str, other: Reading, path: str, name: str
) -> list[Problem]:
    """A table in another format holds the reference's records: same keys, same values."""
    columns = [
        c
        for c in reference.table.column_names
        if c in other.table.column_names and c not in reference.failed | other.failed
    ]
    ref, new = reference.table.select(columns), other.table.select(columns)
    if ref.num_rows == new.num_rows and all(ref[c].equals(new[c]) for c in columns):
        return []
    fields = TABLES[name].primary_key
    problems = []
    if ref.num_rows != new.num_rows:
        message = f"{name}: {new.num_rows} rows, but {ref_path} has {ref.num_rows}"
        problems.append(Problem(path, None, message, REBUILD))
    if all(f in columns for f in fields):
        old_rows, new_rows, gone, added = align(ref, new, fields)
        problems += _unmatched(ref, gone, name, path, f"is missing here (it is in {ref_path})")
        problems += _unmatched(new, added, name, path, f"is not in {ref_path}")
        problems += check_primary_key(new, name, path)
    elif ref.num_rows == new.num_rows:
        old_rows = new_rows = pa.array(np.arange(ref.num_rows))
    else:
        return problems
    matched_old, matched_new = ref.take(old_rows), new.take(new_rows)
    for c in columns:
        changed = differs(matched_old[c], matched_new[c])
        if pc.any(changed).as_py():
            bad = _mask(pc.take(new_rows, pc.indices_nonzero(changed)), new.num_rows)
            at = dict(zip(new_rows.to_pylist(), old_rows.to_pylist(), strict=True))
            what = partial(_other_value, new[c], ref[c], at, ref_path)
            problems += report(path, name, new, bad, c, what)
    return problems


def _unmatched(table: pa.Table, rows: Column, name: str, path: str, what: str) -> list[Problem]:
    """One problem per record of one format that the other lacks (up to :data:`LIMIT`).

    >>> [p.message for p in _unmatched(pa.table({"source_id": ["ap"]}), pa.array([0]), "sources",
    ...                                "s.csv", "is not in s.parquet")]
    ['sources row 1 (ap) is not in s.parquet']
    """
    found = rows.to_pylist()
    problems = [
        Problem(path, None, f"{row_label(table, name, r)} {what}", REBUILD) for r in found[:LIMIT]
    ]
    if len(found) > LIMIT:
        problems.append(Problem(path, None, f"{name}: {len(found) - LIMIT} more rows like these"))
    return problems


def _other_value(
    values: Column, reference: Column, at: Mapping[int, int], ref_path: str, row: int
) -> str:
    """What differs in a cell of one format from the same record's cell in the reference.

    >>> _other_value(pa.array(["b"]), pa.array(["a"]), {0: 0}, "t.parquet", 0)
    "'b', but t.parquet has 'a'"
    """
    return f"{short(values[row].as_py())}, but {ref_path} has {short(reference[at[row]].as_py())}"


def _mask(rows: Column, length: int) -> pa.Array:
    """A boolean column, true at some row numbers.

    >>> _mask(pa.array([1]), 3).to_pylist()
    [False, True, False]
    """
    mask = np.zeros(length, dtype=bool)
    mask[np.asarray(rows, dtype=np.int64)] = True
    return pa.array(mask)


def check_table(
    name: str, paths: Mapping[str, str], files: Mapping[str, Bytes | None]
) -> tuple[pa.Table | None, str, list[Problem]]:
    """One table in every format: readable, typed, valid, and the same records in each.

    ``paths`` and ``files`` are by resource name (``quotes-csv``). Returns the
    reference table (Parquet, or the first format that could be read), in
    the model's columns, and its path, for the checks across tables.
    """
    schema = arrow_schema_of(name)
    problems: list[Problem] = []
    readings: dict[str, Reading] = {}
    for fmt, read in READERS.items():
        path, data = paths[f"{name}-{fmt}"], files.get(f"{name}-{fmt}")
        if data is None:
            problems.append(Problem(path, None, f"{name}: the {fmt} file is missing", REBUILD))
            continue
        try:
            reading = read(data, schema, path, name)
        except (pa.ArrowException, OSError, ValueError) as exc:
            message = f"{name}: cannot read the {fmt} file: {short(str(exc), 200)}"
            problems.append(Problem(path, None, message, REBUILD))
            continue
        problems += check_columns(reading.table.column_names, schema, path, name) + reading.problems
        columns = [c for c in schema.names if c in reading.table.column_names]
        reading.table = reading.table.select(columns)
        readings[fmt] = reading
    if not readings:
        return None, "", problems
    (ref_format, reference), *others = readings.items()
    ref_path = paths[f"{name}-{ref_format}"]
    usable = [c for c in reference.table.column_names if c not in reference.failed]
    problems += check_values(reference.table.select(usable), name, ref_path)
    problems += check_primary_key(reference.table, name, ref_path)
    for fmt, reading in others:
        problems += compare_formats(reference, ref_path, reading, paths[f"{name}-{fmt}"], name)
    return reference.table.select(usable), ref_path, problems


# --- checks across tables and against the raw pages --------------------------------------------


def check_foreign_keys(tables: Mapping[str, pa.Table], where: Mapping[str, str]) -> list[Problem]:
    """Every non-empty reference resolves to a row of the referenced table.

    ``where`` names the file each table was read from, for the messages.
    """
    problems = []
    for name, table in tables.items():
        for fk in TABLES[name].foreign_keys:
            target = tables.get(fk.table)
            if (
                target is None
                or not {*fk.fields} <= {*table.column_names}
                or not {*fk.reference} <= {*target.column_names}
            ):
                continue
            values = keys(table, fk.fields)
            known = pc.is_in(values, value_set=keys(target, fk.reference))
            bad = pc.and_(pc.is_valid(values), pc.invert(known))
            column = ", ".join(fk.fields)
            what = partial(_unknown_reference, values, f"{column} of {fk.table}")
            hint = f"{REBUILD}; if the build made it, report a bug"
            problems += report(where[name], name, table, bad, column, what, hint)
    return problems


def raw_texts(root: Path, documents: pa.Table) -> tuple[dict[str, str], list[Problem]]:
    """The raw pages that are there, by document id, checked against their hash and line count."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for row, doc in enumerate(documents.to_pylist()):
        path = root / str(doc.get("path"))
        if not path.is_file():
            continue  # a release without its raw pages: nothing to point into
        data = path.read_bytes()
        label = row_label(documents, "documents", row)
        if doc.get("sha256") != sha256(data):
            message = f"{label}: the file's sha256 is {sha256(data)[:12]}…, not {short(doc.get('sha256'), 15)}"
            problems.append(Problem(str(doc["path"]), None, message, RAW_CHANGED))
            continue
        try:
            text = decode_page(data, str(doc["path"]))
        except SinoruDataError as exc:
            problems += exc.problems
            continue
        if doc.get("line_count") != len(split_lines(text)):
            message = f"{label}: {len(split_lines(text))} lines, not {doc.get('line_count')}"
            problems.append(Problem(str(doc["path"]), None, message, RAW_CHANGED))
        texts[str(doc["document_id"])] = text
    return texts, problems


def check_text_at(
    table: pa.Table, name: str, path: str, documents: Column, texts: Mapping[str, str]
) -> list[Problem]:
    """Each row's ``text`` is exactly the raw page's text between its offsets."""
    problems = []
    for document_id, raw in texts.items():
        rows = pc.indices_nonzero(pc.fill_null(pc.equal(documents, document_id), False))
        starts = pc.take(table["char_start"], rows).to_pylist()
        ends = pc.take(table["char_end"], rows).to_pylist()
        found = pa.array(
            [
                raw[s:e] if s is not None and e is not None else None
                for s, e in zip(starts, ends, strict=True)
            ],
            pa.string(),
        )
        wrong = pc.invert(pc.fill_null(pc.equal(found, pc.take(table["text"], rows)), False))
        bad = _mask(pc.filter(rows, wrong), table.num_rows)
        what = partial(_misplaced, table, raw)
        column = "char_start/char_end"
        problems += report(path, name, table, bad, column, what, OFFSETS)
    return problems


def _unknown_reference(values: Column, what: str, row: int) -> str:
    """What is wrong with a reference that resolves to nothing.

    >>> _unknown_reference(pa.array(["x"]), "entry_id of entries", 0)
    "'x' is not an entry_id of entries"
    """
    article = "an" if what[0] in "aeiou" else "a"
    return f"{short(values[row].as_py())} is not {article} {what}"


def _misplaced(table: pa.Table, raw: str, row: int) -> str:
    """What the offsets of a row point at instead of its text.

    >>> _misplaced(pa.table({"char_start": [0], "char_end": [2], "text": ["ab"]}), "xyz", 0)
    "offsets 0-2 point at 'xy', not at its text 'ab'"
    """
    start, end = table["char_start"][row].as_py(), table["char_end"][row].as_py()
    found, text = short(raw[start:end]), short(table["text"][row].as_py())
    return f"offsets {start}-{end} point at {found}, not at its text {text}"


def check_spans(
    entries: pa.Table, path: str, lines: pa.Table, texts: Mapping[str, str]
) -> list[Problem]:
    """Each entry of a page that is there spans exactly its lines (first start to last end)."""
    on_page = pc.is_in(entries["document_id"], value_set=pa.array(list(texts), pa.string()))
    spans = (
        lines.filter(pc.is_valid(lines["entry_id"]))
        .group_by("entry_id")
        .aggregate([("char_start", "min"), ("char_end", "max")])
    )
    row = pa.array(np.arange(entries.num_rows))
    joined = (
        entries.select(["entry_id", "char_start", "char_end"])
        .append_column("row", row)
        .filter(on_page)
        .join(spans, "entry_id", join_type="left outer")
        .sort_by("row")
    )
    wrong = pc.or_(
        differs(joined["char_start"], joined["char_start_min"]),
        differs(joined["char_end"], joined["char_end_max"]),
    )
    bad = _mask(pc.filter(joined["row"], wrong), entries.num_rows)
    columns = (joined[c].to_pylist() for c in ("row", "char_start_min", "char_end_max"))
    spans_by_row = {r: (s, e) for r, s, e in zip(*columns, strict=True)}
    what = partial(_wrong_span, entries, spans_by_row)
    column = "char_start/char_end"
    return report(path, "entries", entries, bad, column, what, OFFSETS)


def _wrong_span(entries: pa.Table, spans: Mapping[int, tuple[int, int]], row: int) -> str:
    """What is wrong with an entry's span.

    >>> _wrong_span(pa.table({"char_start": [0], "char_end": [9]}), {0: (0, 5)}, 0)
    'span 0-9 is not the span of its lines 0-5'
    """
    start, end = spans[row]
    lines = f"{start}-{end}" if start is not None else "(it has none)"
    return (
        f"span {entries['char_start'][row]}-{entries['char_end'][row]} is not the span of its "
        f"lines {lines}"
    )


def check_lines_cover(lines: pa.Table, path: str, texts: Mapping[str, str]) -> list[Problem]:
    """Every non-blank line of every page that is there is in the lines table."""
    problems = []
    for document_id, raw in texts.items():
        mine = pc.filter(
            lines["line"], pc.fill_null(pc.equal(lines["document_id"], document_id), False)
        )
        recorded = set(mine.to_pylist())
        missing = [
            n for n, t in enumerate(raw.split("\n"), start=1) if t.strip() and n not in recorded
        ]
        if missing:
            message = f"lines: lines {missing[:10]} of {document_id} are in no row"
            problems.append(Problem(path, None, message, OFFSETS))
    return problems


def check_raw(
    root: Path, tables: Mapping[str, pa.Table], where: Mapping[str, str]
) -> list[Problem]:
    """Offsets point at the exact text of the raw pages, when the pages are in the package."""
    needed = {
        "documents": ["document_id", "path", "sha256", "line_count"],
        "entries": ["entry_id", "document_id", "char_start", "char_end"],
        "quotes": ["entry_id", "text", "char_start", "char_end"],
        "lines": ["document_id", "line", "entry_id", "text", "char_start", "char_end"],
    }
    if not all(t in tables and set(c) <= set(tables[t].column_names) for t, c in needed.items()):
        return []  # a table or column is unreadable: reported already
    texts, problems = raw_texts(root, tables["documents"])
    if not texts:
        return problems
    entries, quotes, lines = tables["entries"], tables["quotes"], tables["lines"]
    entry_document = pc.take(
        entries["document_id"],
        pc.index_in(quotes["entry_id"], value_set=entries["entry_id"].combine_chunks()),
    )
    problems += check_text_at(quotes, "quotes", where["quotes"], entry_document, texts)
    problems += check_text_at(lines, "lines", where["lines"], lines["document_id"], texts)
    problems += check_spans(entries, where["entries"], lines, texts)
    problems += check_lines_cover(lines, where["lines"], texts)
    return problems


# --- the package ---------------------------------------------------------------------------


def interrupted_publish(root: Path) -> list[Problem]:
    """A staging directory with a journal: a publish was cut short mid-swap."""
    return [
        Problem(
            staging.name,
            None,
            "a publish was interrupted mid-swap: the published files may be half old, half new",
            "run 'sinoru-data validate' or 'sinoru-data build', which roll it back first",
        )
        for staging in sorted(root.glob(STAGING_PREFIX + "*"))
        if (staging / JOURNAL).is_file()
    ]


def check_package(path: Path) -> list[Problem]:
    """Every defect of the package in a directory; an empty list means it is intact and valid."""
    root = Path(path)
    descriptor, text, problems = read_descriptor(root)
    if problems:
        return problems
    problems = interrupted_publish(root) + check_package_fields(descriptor, text)
    paths = table_paths(descriptor)
    files = {name: mapped(root / relative) for name, relative in paths.items()}
    problems += check_descriptor(descriptor, paths, files)
    problems += check_schema_files(root)
    tables: dict[str, pa.Table] = {}
    where: dict[str, str] = {}
    for name in TABLES:
        table, where[name], found = check_table(name, paths, files)
        problems += found
        if table is not None:
            tables[name] = table
    if "documents" in tables:
        problems += check_sources(descriptor, tables["documents"])
    problems += check_foreign_keys(tables, where)
    problems += check_raw(root, tables, where)
    return problems
