"""The published files: formats agree, the descriptor is valid, hashes are right."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import frictionless
import pyarrow.parquet as pq
import pytest

from sinoru_data.models import TABLES
from sinoru_data.publish import csv_bytes, json_bytes, output_paths

from .conftest import ROOT

DESCRIPTOR = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))


def test_frictionless_validates_the_real_descriptor() -> None:
    """frictionless reports the published package valid, foreign keys included."""
    report = frictionless.validate(str(ROOT / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:10]


def test_every_table_has_three_formats_with_keys() -> None:
    """Each table is published as CSV, Parquet and JSON with primary and foreign keys declared."""
    names = {r["name"] for r in DESCRIPTOR["resources"]}
    assert names == {f"{t}-{f}" for t in TABLES for f in ("csv", "parquet", "json")}
    for resource in DESCRIPTOR["resources"]:
        table = resource["name"].rsplit("-", 1)[0]
        assert resource["schema"]["primaryKey"] == list(TABLES[table].primary_key)
        assert len(resource["schema"].get("foreignKeys", [])) == len(TABLES[table].foreign_keys)


@pytest.mark.parametrize("resource", DESCRIPTOR["resources"], ids=lambda r: r["name"])
def test_hashes_match_the_files(resource: dict[str, object]) -> None:
    """Every resource's sha256 (and CSV byte count) matches the file on disk."""
    data = (ROOT / str(resource["path"])).read_bytes()
    assert resource["hash"] == f"sha256:{hashlib.sha256(data).hexdigest()}"
    if "bytes" in resource:
        assert resource["bytes"] == len(data)


@pytest.mark.parametrize("table", list(TABLES))
def test_three_formats_hold_the_same_records(table: str) -> None:
    """CSV, Parquet and JSON of a table hold the same rows (compared as JSON text)."""
    rows = pq.read_table(ROOT / "data" / f"{table}.parquet").to_pylist()
    as_json = json.loads((ROOT / "data" / f"{table}.json").read_text(encoding="utf-8"))
    fields = list(TABLES[table].model_fields)
    assert (
        json_bytes(rows) == json_bytes(as_json)
        or [
            {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()}
            for r in rows
        ]
        == as_json
    )
    assert csv_bytes(rows, fields) == (ROOT / "data" / f"{table}.csv").read_bytes()
    with (ROOT / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == fields


def test_every_json_object_carries_every_field() -> None:
    """Frictionless takes JSON columns from the first object, so every object has every field."""
    for table, model in TABLES.items():
        rows = json.loads((ROOT / "data" / f"{table}.json").read_text(encoding="utf-8"))
        assert all(list(row) == list(model.model_fields) for row in rows)


def test_outputs_listed_exist() -> None:
    """Every output the build declares is committed."""
    assert all((ROOT / p).is_file() for p in output_paths())


def test_frictionless_catches_a_broken_foreign_key(tmp_path: Path) -> None:
    """The declared foreign keys are real: frictionless fails a quote pointing at no entry."""
    descriptor = {
        **DESCRIPTOR,
        "resources": [
            r
            for r in DESCRIPTOR["resources"]
            if r["name"] in ("entries-csv", "quotes-csv", "documents-csv", "sources-csv")
        ],
    }
    for r in descriptor["resources"]:
        r.pop("hash", None), r.pop("bytes", None)
        (tmp_path / "data").mkdir(exist_ok=True)
        text = (ROOT / r["path"]).read_text(encoding="utf-8")
        if r["name"] == "quotes-csv":
            head, first, rest = text.split("\n", 2)
            cells = first.split(",")
            text = "\n".join([head, ",".join([cells[0], "no-such-entry", *cells[2:]]), rest])
        (tmp_path / r["path"]).write_text(text, encoding="utf-8")
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {e.type for task in report.tasks for e in task.errors}
