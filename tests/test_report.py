"""'sinoru-data report': renders every generated doc, writes only what changed, checks staleness."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sinoru_data.cli import main
from sinoru_data.errors import SinoruDataError
from sinoru_data.report import CARD, CITATION, REPORT_FILES, render_report, update_report

from .conftest import ROOT


@pytest.fixture()
def checkout(tmp_path: Path) -> Path:
    """A copy of the published data, the curation files, the docs and CITATION.cff."""
    for name in ("data", "docs"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy2(ROOT / CITATION, tmp_path / CITATION)
    return tmp_path


def test_committed_docs_are_what_report_produces() -> None:
    """Every report file in the repository equals a fresh render of the current data."""
    files = render_report(ROOT)
    assert sorted(files) == sorted(REPORT_FILES)
    stale = [p for p, data in files.items() if (ROOT / p).read_bytes() != data]
    assert not stale, f"stale: {stale}; run 'sinoru-data report' and commit the result"


def test_report_rewrites_stale_files_only(checkout: Path) -> None:
    """After a figure is deleted and the card edited, report restores both and nothing else."""
    (checkout / "docs/figures/timeline.svg").unlink()
    card = checkout / CARD
    card.write_text(
        card.read_text(encoding="utf-8").replace("| lines |", "| lines (edited) |"),
        encoding="utf-8",
    )
    assert sorted(update_report(checkout)) == [CARD, "docs/figures/timeline.svg"]
    assert update_report(checkout, write=False) == []


def test_cli_report_check_fails_on_stale_docs(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'report --check' exits 1 naming a stale file and writes nothing; 'report' fixes it."""
    path = checkout / "docs/data-dictionary.md"
    path.write_text("hand edit\n", encoding="utf-8")
    assert main(["report", "--check", "--root", str(checkout)]) == 1
    assert "docs/data-dictionary.md" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "hand edit\n"
    assert main(["report", "--root", str(checkout)]) == 0
    assert main(["report", "--check", "--root", str(checkout)]) == 0


def test_missing_tables_are_an_actionable_error(
    checkout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the published tables, report exits 1 and says to build first."""
    (checkout / "data/quotes.parquet").unlink()
    with pytest.raises(SinoruDataError, match="sinoru-data build"):
        render_report(checkout)
    assert main(["report", "--root", str(checkout)]) == 1
    assert "data/quotes.parquet" in capsys.readouterr().err
