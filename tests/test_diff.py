"""The diff of two packages or git revisions: records added, removed and changed, by primary key."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sinoru_data.cli import main
from sinoru_data.diff import TableDiff, diff_packages, diff_table, render_text, to_json

from .conftest import ROOT


def _rewrite(root: Path, table: str, edit: object) -> None:
    """Rewrite one table's Parquet file through a function of its rows."""
    path = root / "data" / f"{table}.parquet"
    original = pq.read_table(path)
    rows = edit(original.to_pylist())  # type: ignore[operator]
    pq.write_table(pa.Table.from_pylist(rows, schema=original.schema), path)


def _edited(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    rows = [dict(r) for r in rows]
    rows[0]["name"] = "Associated Press International " + "x" * 80
    del rows[1]
    rows.append({**rows[2], "source_id": "new-outlet", "labels": ["New"]})
    return rows


def test_a_package_against_itself_has_no_change() -> None:
    """Comparing the repository with itself finds nothing."""
    diffs = diff_packages(ROOT, ROOT)
    assert not any(diffs.values())
    assert render_text(diffs).splitlines() == [f"{t}: no change" for t in diffs]


def test_added_removed_and_changed_records_by_key(repo: Path) -> None:
    """A removed, an added and a changed source are each found by their key, with the field."""
    _rewrite(repo, "sources", _edited)
    d = diff_packages(ROOT, repo)["sources"]
    old = pq.read_table(ROOT / "data/sources.parquet").to_pylist()
    assert d.added == ["new-outlet"]
    assert d.removed == [old[1]["source_id"]]
    assert [c.key for c in d.changed] == [old[0]["source_id"]]
    assert d.changed[0].fields == {"name": (old[0]["name"], _edited(old)[0]["name"])}


def test_text_is_readable_and_values_shortened(repo: Path) -> None:
    """The text report marks + added, - removed, ~ changed with old → new values cut short."""
    _rewrite(repo, "sources", _edited)
    text = render_text(diff_packages(ROOT, repo))
    assert "sources: 1 added, 1 removed, 1 changed" in text
    assert "  + new-outlet" in text and "  - " in text
    assert "      name: 'Associated Press' → 'Associated Press International xxxxxxx…" in text
    assert "documents: no change" in text


def test_json_lists_full_values(repo: Path) -> None:
    """The JSON report carries full values, old and new, for machines."""
    _rewrite(repo, "sources", _edited)
    report = to_json(diff_packages(ROOT, repo), "old", "new")
    changed = report["tables"]["sources"]["changed"][0]
    assert changed["fields"]["name"]["new"].endswith("x" * 80)
    assert json.loads(json.dumps(report)) == report


def test_dates_are_compared_as_dates_and_given_in_iso_form() -> None:
    """A changed date is found, and the JSON report gives it in ISO form."""
    old = pa.table({"document_id": ["d"], "published": [dt.date(2022, 6, 10)]})
    new = pa.table({"document_id": ["d"], "published": [dt.date(2022, 6, 11)]})
    report = to_json({"documents": diff_table("documents", old, new)}, "a", "b")
    changed = report["tables"]["documents"]["changed"]
    assert changed == [
        {"key": "d", "fields": {"published": {"old": "2022-06-10", "new": "2022-06-11"}}}
    ]


def test_composite_keys() -> None:
    """Lines pair by (document_id, line), the key printed as its parts joined with '/'."""
    old = pa.table({"document_id": ["d", "d"], "line": [1, 2], "role": ["title", "text"]})
    new = pa.table({"document_id": ["d", "d"], "line": [2, 3], "role": ["dek", "text"]})
    d = diff_table("lines", old, new)
    assert (d.added, d.removed) == (["d/3"], ["d/1"])
    assert d.changed[0].key == "d/2" and d.changed[0].fields == {"role": ("text", "dek")}


def test_a_table_or_column_only_on_one_side_is_noted() -> None:
    """A table missing from OLD is all added; a new column is noted, not compared."""
    new = pa.table({"source_id": ["ap"], "name": ["AP"], "extra": [1]})
    d = diff_table("sources", None, new)
    assert d.added == ["ap"]
    assert "the table is only in NEW" in d.notes and "column extra is new" in d.notes
    assert diff_table("sources", None, None) == TableDiff()


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture()
def history(repo: Path) -> Path:
    """A git repository with two commits: the published package, then an edited sources table."""
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "first")
    _rewrite(repo, "sources", _edited)
    _git(repo, "commit", "-qam", "second")
    return repo


def test_git_revisions_are_compared(history: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'diff HEAD~1 HEAD' extracts both revisions with git show and prints the changes (exit 0)."""
    assert main(["diff", "HEAD~1", "HEAD", "--root", str(history)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sinoru-data diff HEAD~1 → HEAD\n")
    assert "sources: 1 added, 1 removed, 1 changed" in out and "entries: no change" in out


def test_a_revision_and_a_directory_as_json(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A revision can be compared with a directory; --json prints machine-readable output."""
    shutil.copy2(ROOT / "data/sources.parquet", history / "data/sources.parquet")
    assert main(["diff", "HEAD", str(history), "--root", str(history), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["old"] == "HEAD" and report["tables"]["sources"]["removed"] == ["new-outlet"]


def test_an_unknown_revision_is_a_usage_error(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name that is neither a directory nor a revision exits 2 and says so."""
    assert main(["diff", "HEAD~5", "HEAD", "--root", str(history)]) == 2
    assert "'HEAD~5' is neither a directory nor a git revision" in capsys.readouterr().err
