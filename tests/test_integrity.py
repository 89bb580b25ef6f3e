"""The integrity gate: check_package, 'sinoru-data validate', and a publish that survives SIGKILL."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import frictionless
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from sinoru_data import publish
from sinoru_data.build import build
from sinoru_data.cli import main
from sinoru_data.integrity import ORDERED, check_package, check_values
from sinoru_data.models import TABLES, Entry, Quote
from sinoru_data.published import LIMIT
from sinoru_data.tableschema import arrow_schema

from .conftest import ROOT, snapshot

PAGE = "data/raw/china-russia-relations-2022-06-10.txt"


def _messages(root: Path) -> str:
    return "\n".join(str(p) for p in check_package(root))


def _rehash(root: Path, table: str, fmt: str) -> None:
    """Make the descriptor agree with a file edited on purpose, so only the semantic defect is left."""
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    data = (root / "data" / f"{table}.{fmt}").read_bytes()
    for resource in descriptor["resources"]:
        if resource["name"] == f"{table}-{fmt}":
            resource["hash"] = f"sha256:{publish.sha256(data)}"
            if "bytes" in resource:
                resource["bytes"] = len(data)
    path.write_bytes(publish._json_file(descriptor))


# --- the real package ------------------------------------------------------------------------


def test_the_repository_is_intact() -> None:
    """The committed package has no defect at all."""
    assert check_package(ROOT) == []


def test_a_release_directory_is_intact(tmp_path: Path) -> None:
    """A flat release directory (files next to a descriptor with bare paths) checks out too."""
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        shutil.copy2(ROOT / resource["path"], tmp_path / Path(resource["path"]).name)
        resource["path"] = Path(resource["path"]).name
    (tmp_path / "datapackage.json").write_bytes(publish._json_file(descriptor))
    assert check_package(tmp_path) == []


def test_an_empty_table_is_read_in_every_format(repo: Path) -> None:
    """A table with no rows (CSV header only, JSON '[]', empty Parquet) checks out."""
    model = TABLES["quotes"]
    files = {
        "csv": publish.csv_bytes([], list(model.model_fields)),
        "json": publish.json_bytes([]),
        "parquet": publish.parquet_bytes([], arrow_schema(model)),
    }
    for fmt, data in files.items():
        (repo / "data" / f"quotes.{fmt}").write_bytes(data)
        _rehash(repo, "quotes", fmt)
    assert check_package(repo) == []


def test_frictionless_misses_what_check_package_catches(repo: Path) -> None:
    """frictionless passes a stale Parquet hash and formats that disagree; check_package fails both."""
    descriptor = json.loads((repo / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "quotes-parquet":
            resource["hash"] = "sha256:" + "0" * 64
    (repo / "datapackage.json").write_bytes(publish._json_file(descriptor))
    rows = json.loads((repo / "data/sources.json").read_text(encoding="utf-8"))
    rows[0]["name"] = "Associated Pressure"  # valid alone, but not what CSV and Parquet say
    (repo / "data/sources.json").write_bytes(publish.json_bytes(rows))
    _rehash(repo, "sources", "json")

    report = frictionless.validate(str(repo / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]

    messages = _messages(repo)
    assert "data/quotes.parquet: table quotes (parquet): the file's hash is" in messages
    assert "'sha256:0000000000000" in messages
    assert (
        "data/sources.json: sources row 1 (ap), column name: 'Associated Pressure', "
        "but data/sources.parquet has 'Associated Press'" in messages
    )


# --- what each kind of check says ----------------------------------------------------------


def test_constraints_are_reported_with_table_row_column_and_value() -> None:
    """Each constraint kind of the Table Schema names table, row (with key), column and value."""
    table = pq.read_table(ROOT / "data/quotes.parquet")
    rows = table.to_pylist()
    rows[0]["quote_id"] = "Bad Id"
    rows[1]["kind"] = "rumour"
    rows[2]["line"] = 0
    rows[3]["text"] = ""
    rows[4]["entry_id"] = None
    bad = pa.Table.from_pylist(rows, schema=_nullable(arrow_schema(Quote)))
    messages = "\n".join(str(p) for p in check_values(bad, "quotes", "data/quotes.parquet"))
    assert "quotes row 1 (Bad Id), column quote_id: 'Bad Id' does not match ^[a-z0-9]+" in messages
    assert "column kind: 'rumour' is not one of direct, partial, term" in messages
    assert "quotes row 3 (" in messages and "column line: 0 is less than the minimum 1" in messages
    assert "column text: '' is shorter than 1" in messages
    assert "column entry_id: is empty, but the column is required" in messages


def _nullable(schema: pa.Schema) -> pa.Schema:
    return pa.schema([f.with_nullable(True) for f in schema])


def _one_step_below(value: object) -> object:
    return value - dt.timedelta(days=1) if isinstance(value, dt.date) else value - 1  # type: ignore[operator]


def _gate_rejects(record: dict[str, object], pair: str) -> bool:
    table = pa.Table.from_pylist([record], schema=arrow_schema(Entry))
    return any(f"column {pair}:" in p.message for p in check_values(table, "entries", "e.parquet"))


def test_model_ranges_are_the_models_own() -> None:
    """The gate's ordered pairs are exactly what Entry's validator enforces, equality included."""
    good = pq.read_table(ROOT / "data/entries.parquet").to_pylist()[1]
    Entry.model_validate(good)
    for low, high, strictly in ORDERED["entries"]:
        reversed_ = {**good, high: _one_step_below(good[low])}
        with pytest.raises(ValidationError):
            Entry.model_validate(reversed_)
        assert _gate_rejects(reversed_, f"{low}/{high}")
        equal = {**good, high: good[low]}
        if strictly:
            with pytest.raises(ValidationError):
                Entry.model_validate(equal)
        else:
            Entry.model_validate(equal)
        assert _gate_rejects(equal, f"{low}/{high}") == strictly


def test_entry_dates_out_of_order_are_caught() -> None:
    """An entry whose date_end is before its date_start fails, naming both dates."""
    table = pq.read_table(ROOT / "data/entries.parquet")
    end = table["date_end"].to_pylist()
    end[1] = table["date_start"][1].as_py() - dt.timedelta(days=1)
    table = table.set_column(table.schema.get_field_index("date_end"), "date_end", pa.array(end))
    messages = [str(p) for p in check_values(table, "entries", "data/entries.parquet")]
    assert any(
        "entries row 2" in m and "the model needs date_start ≤ date_end" in m for m in messages
    )


def test_many_bad_rows_are_listed_up_to_a_limit() -> None:
    """A defect in every row lists LIMIT rows and one line counting the rest."""
    table = pa.table({"source_id": [f"Bad {i}" for i in range(1000)]})
    problems = check_values(table, "sources", "s.parquet")
    assert len(problems) == LIMIT + 1
    assert problems[-1].message == f"sources, column source_id: {1000 - LIMIT} more rows like these"


def test_a_big_table_is_checked_without_per_row_messages() -> None:
    """200,000 rows with one bad value give exactly one problem, on the right row."""
    n = 200_000
    ids = pa.array([f"s{i}" for i in range(n)])
    ids = pa.concat_arrays([ids.slice(0, 123_456), pa.array(["BAD"]), ids.slice(123_457)])
    problems = check_values(pa.table({"source_id": ids}), "sources", "s.parquet")
    assert [p.message[:28] for p in problems] == ["sources row 123457 (BAD), co"]


# --- the command line ----------------------------------------------------------------------


def test_validate_exits_0_on_the_repository(capsys: pytest.CaptureFixture[str]) -> None:
    """'validate PATH' exits 0 and says so on the committed package."""
    assert main(["validate", str(ROOT)]) == 0
    assert "ok:" in capsys.readouterr().out


def test_validate_exits_1_listing_each_defect(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'validate' exits 1 and lists each defect with file, table, row and column."""
    path = repo / "data/entries.csv"
    path.write_bytes(path.read_bytes().replace(b",year-inferred,", b",year-guessed,", 1))
    assert main(["validate", str(repo)]) == 1
    err = capsys.readouterr().err
    assert "invalid: 3 problem(s)" in err
    assert "data/entries.csv: table entries (csv): the file's hash is" in err
    assert "data/entries.csv: table entries (csv): the file has" in err
    assert "data/entries.csv: entries row 2 (2022-05-24-" in err
    assert "column date_basis: 'year-guessed', but data/entries.parquet has 'year-inferred'" in err


def test_validate_without_a_package_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'validate' on a directory without datapackage.json exits 2 and says what to pass."""
    assert main(["validate", str(tmp_path)]) == 2
    assert "holds no datapackage.json" in capsys.readouterr().err


def test_validate_help_shows_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    """'validate --help' shows an example."""
    with pytest.raises(SystemExit):
        main(["validate", "--help"])
    assert "Example:\n  sinoru-data validate" in capsys.readouterr().out


# --- publishing survives SIGKILL -----------------------------------------------------------


def _edit_page(repo: Path) -> None:
    path = repo / PAGE
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("open cross-border bridge", "open a cross-border bridge", 1), encoding="utf-8"
    )


def _sinoru(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sinoru_data.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def _kill_build_midway(repo: Path, after: int = 3) -> None:
    """Start a real 'sinoru-data build', wait until it has swapped ``after`` files, SIGKILL it."""
    process = _sinoru("build", "--root", str(repo), env={publish.PAUSE_AFTER_ENV: str(after)})
    while not list(repo.glob(".sinoru-staging-*/paused")):
        assert process.poll() is None, process.communicate()
        os.sched_yield()
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL


def test_a_killed_publish_is_rolled_back_by_validate(repo: Path) -> None:
    """A build killed mid-swap leaves old and new files mixed; 'validate' restores the old exactly."""
    before = snapshot(repo)
    _edit_page(repo)
    _kill_build_midway(repo)
    mixed = snapshot(repo)
    assert mixed != before
    assert 0 < sum(mixed[f] != before[f] for f in before) < len(publish.output_paths())
    assert "a publish was interrupted mid-swap" in _messages(repo)

    process = _sinoru("validate", str(repo))
    _out, err = process.communicate()
    assert "was interrupted mid-swap: rolled back" in err
    assert snapshot(repo) == before
    assert not list(repo.glob(".sinoru-staging-*"))
    assert process.returncode == 1  # the previous build is back: only the edited page is news
    assert "invalid: 1 problem(s)" in err and "the raw page changed after the build" in err


def test_a_killed_publish_is_rolled_back_by_the_next_build(repo: Path) -> None:
    """The next 'build' rolls a killed publish back first, says so, then publishes in full."""
    _edit_page(repo)
    _kill_build_midway(repo, after=1)
    process = _sinoru("build", "--root", str(repo))
    _out, err = process.communicate()
    assert process.returncode == 0, err
    assert "was interrupted mid-swap: rolled back" in err
    assert build(repo, write=False).changed == []
    assert check_package(repo) == []


def test_a_running_build_is_left_alone(repo: Path) -> None:
    """A staging directory whose owner is alive is not touched by a roll-back."""
    staging = repo / ".sinoru-staging-live"
    staging.mkdir()
    (staging / "owner").write_text(str(os.getpid()), encoding="utf-8")
    (staging / publish.JOURNAL).write_text(
        '{"pid": 1, "files": [], "existed": []}', encoding="utf-8"
    )
    assert publish.roll_back_interrupted_publish(repo) == []
    assert staging.is_dir()


def test_a_build_that_died_before_the_swap_leaves_only_a_directory(repo: Path) -> None:
    """A staging directory without a journal (nothing swapped yet) is removed, files untouched."""
    before = snapshot(repo)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    staging = repo / ".sinoru-staging-dead"
    (staging / "new" / "data").mkdir(parents=True)
    (staging / "owner").write_text(dead.stdout.strip(), encoding="utf-8")
    (staging / "new" / "data" / "entries.csv").write_text("half", encoding="utf-8")
    messages = publish.roll_back_interrupted_publish(repo)
    assert messages == [
        "removed .sinoru-staging-dead, left by a build that stopped before publishing"
    ]
    assert snapshot(repo) == before and not staging.exists()
