"""Diff: what changed between two published packages, record by record, by primary key.

A package is a directory holding ``datapackage.json`` and ``data/<table>.parquet``
(the repository, a release, or the files of a git revision extracted with
:func:`package_at`). :func:`diff_packages` pairs the records of each table by
primary key and lists those added, removed and changed, with the fields
that changed. Pairing and comparing are vectorised (the row-alignment of
:mod:`sinoru_data.integrity`); only changed records reach Python.

Example:
-------
>>> from sinoru_data.load import package_root
>>> same = diff_packages(package_root(), package_root())
>>> same["entries"].added, same["entries"].removed, same["entries"].changed
([], [], [])
>>> render_text(same).splitlines()[-1]
'lines: no change'

"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .integrity import align, differs
from .models import TABLES
from .publish import DESCRIPTOR
from .published import short
from .tableschema import arrow_schema

SHOWN = 50
"""Records listed per kind of change and table in the text report (``--json`` lists all)."""


@dataclass(frozen=True)
class Change:
    """A record present in both packages whose fields differ: field → (old, new)."""

    key: str
    fields: dict[str, tuple[Any, Any]]


@dataclass(frozen=True)
class TableDiff:
    """The records of one table added, removed and changed between two packages."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Changes of the table itself: missing in one package, columns added or removed."""

    def __bool__(self) -> bool:
        """Whether anything changed."""
        return bool(self.added or self.removed or self.changed or self.notes)


def read_tables(root: Path) -> dict[str, pa.Table | None]:
    """Every table of a package from its Parquet file; None for a table the package lacks."""
    return {
        name: pq.read_table(root / "data" / f"{name}.parquet")
        if (root / "data" / f"{name}.parquet").is_file()
        else None
        for name in TABLES
    }


def _key_text(table: pa.Table, fields: tuple[str, ...], row: int) -> str:
    """A record's primary key as text, parts joined with "/".

    >>> _key_text(pa.table({"d": ["a"], "n": [3]}), ("d", "n"), 0)
    'a/3'
    """
    return "/".join(str(table[f][row].as_py()) for f in fields)


def _changes(old: pa.Table, new: pa.Table, fields: tuple[str, ...]) -> list[Change]:
    """The records whose key is in both tables and some other field differs."""
    old_rows, new_rows, _, _ = align(old, new, fields)
    a, b = old.take(old_rows), new.take(new_rows)
    columns = [c for c in new.column_names if c in old.column_names]
    changed = {c: differs(a[c], b[c]) for c in columns}
    any_change = pa.repeat(False, len(new_rows))
    for mask in changed.values():
        any_change = pc.or_(any_change, mask)
    rows = pc.indices_nonzero(any_change).to_pylist()
    return [
        Change(
            _key_text(b, fields, r),
            {c: (a[c][r].as_py(), b[c][r].as_py()) for c in columns if changed[c][r].as_py()},
        )
        for r in rows
    ]


def diff_table(name: str, old: pa.Table | None, new: pa.Table | None) -> TableDiff:
    """Records of one table added, removed and changed (by primary key) between two packages.

    >>> old = pa.table({"source_id": ["ap", "bbc"], "name": ["AP", "BBC"]})
    >>> new = pa.table({"source_id": ["ap", "cnn"], "name": ["Associated Press", "CNN"]})
    >>> d = diff_table("sources", old, new)
    >>> d.added, d.removed, d.changed[0].fields
    (['cnn'], ['bbc'], {'name': ('AP', 'Associated Press')})
    """
    notes = []
    if old is None and new is None:
        return TableDiff()
    if old is None or new is None:
        notes.append(f"the table is only in {'NEW' if old is None else 'OLD'}")
    empty = arrow_schema(TABLES[name]).empty_table()
    old, new = (old if old is not None else empty), (new if new is not None else empty)
    notes += [f"column {c} is new" for c in new.column_names if c not in old.column_names]
    notes += [f"column {c} was removed" for c in old.column_names if c not in new.column_names]
    fields = TABLES[name].primary_key
    if not all(f in old.column_names and f in new.column_names for f in fields):
        return TableDiff(notes=[*notes, f"no primary key ({', '.join(fields)}) to pair records by"])
    _, _, gone, added = align(old, new, fields)
    return TableDiff(
        added=[_key_text(new, fields, r) for r in added.to_pylist()],
        removed=[_key_text(old, fields, r) for r in gone.to_pylist()],
        changed=_changes(old, new, fields),
        notes=notes,
    )


def diff_packages(old: Path, new: Path) -> dict[str, TableDiff]:
    """Every table's differences between two package directories, in the models' table order."""
    before, after = read_tables(old), read_tables(new)
    return {name: diff_table(name, before[name], after[name]) for name in TABLES}


def package_at(revision: str, repository: Path, into: Path) -> Path:
    """Extract the published tables of a git revision (``git show REV:path``) into a directory.

    Raises :class:`ValueError` when ``revision`` is not a commit of the repository.
    """
    check = [
        "git",
        "-C",
        str(repository),
        "rev-parse",
        "--verify",
        "--quiet",
        f"{revision}^{{commit}}",
    ]
    if subprocess.run(check, capture_output=True, check=False).returncode != 0:
        raise ValueError(f"{revision!r} is neither a directory nor a git revision of {repository}")
    for relative in [DESCRIPTOR, *(f"data/{name}.parquet" for name in TABLES)]:
        show = ["git", "-C", str(repository), "show", f"{revision}:./{relative}"]
        result = subprocess.run(show, capture_output=True, check=False)
        if result.returncode == 0:  # a file the revision lacks is a table it lacks
            (into / relative).parent.mkdir(parents=True, exist_ok=True)
            (into / relative).write_bytes(result.stdout)
    return into


def _plain(value: Any) -> Any:
    """A value as JSON can hold it: dates in ISO form.

    >>> import datetime as dt
    >>> _plain(dt.date(2022, 5, 24)), _plain([1])
    ('2022-05-24', [1])
    """
    return value.isoformat() if hasattr(value, "isoformat") else value


def to_json(diffs: dict[str, TableDiff], old: str, new: str) -> dict[str, Any]:
    """The differences as plain JSON data, every record and full values.

    >>> to_json({"sources": TableDiff(added=["cnn"])}, "A", "B")["tables"]["sources"]["added"]
    ['cnn']
    """
    return {
        "old": old,
        "new": new,
        "tables": {
            name: {
                "added": d.added,
                "removed": d.removed,
                "changed": [
                    {
                        "key": c.key,
                        "fields": {
                            f: {"old": _plain(a), "new": _plain(b)}
                            for f, (a, b) in c.fields.items()
                        },
                    }
                    for c in d.changed
                ],
                "notes": d.notes,
            }
            for name, d in diffs.items()
        },
    }


def _summary(name: str, d: TableDiff) -> str:
    """The first line of a table's report.

    >>> _summary("quotes", TableDiff(added=["a"], changed=[Change("b", {})]))
    'quotes: 1 added, 0 removed, 1 changed'
    """
    if not d:
        return f"{name}: no change"
    return f"{name}: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed"


def _listed(items: list[str]) -> list[str]:
    """At most :data:`SHOWN` lines, then how many more."""
    more = [f"  … and {len(items) - SHOWN} more (--json lists all)"] if len(items) > SHOWN else []
    return items[:SHOWN] + more


def render_text(diffs: dict[str, TableDiff]) -> str:
    """The differences for a person: per table, + added, - removed, ~ changed (old → new).

    >>> print(render_text({"sources": TableDiff(changed=[Change("ap", {"name": ("AP", "A P")})])}))
    sources: 0 added, 0 removed, 1 changed
      ~ ap
          name: 'AP' → 'A P'
    """
    lines = []
    for name, d in diffs.items():
        lines.append(_summary(name, d))
        lines += [f"  ! {note}" for note in d.notes]
        lines += _listed([f"  + {key}" for key in d.added])
        lines += _listed([f"  - {key}" for key in d.removed])
        lines += _listed(
            [
                f"  ~ {c.key}\n"
                + "\n".join(f"      {f}: {short(a)} → {short(b)}" for f, (a, b) in c.fields.items())
                for c in d.changed
            ]
        )
    return "\n".join(lines)
