"""The command line: exit codes, messages and the parse preview."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sinoru_data.cli import main
from sinoru_data.quotes import SURE_RULES

from .conftest import RAW, ROOT


def test_parse_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    """'parse FILE' prints document, entries and quotes as JSON with source ids."""
    assert main(["parse", str(RAW), "--root", str(ROOT)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"document", "entries", "quotes"}
    assert out["entries"][1]["source_id"] == "the-times"
    assert out["document"]["published"] == "2022-06-10"


def test_parse_review_lists_judgement_calls(capsys: pytest.CaptureFixture[str]) -> None:
    """'parse --review' lists the stray line and the curated subheading."""
    assert main(["parse", str(RAW), "--root", str(ROOT), "--review"]) == 0
    review = json.loads(capsys.readouterr().out)["review"]
    assert any("line 42 [stray]" in r for r in review)
    assert any("line 126 [subheading, curated]" in r for r in review)
    assert not any("comment footer" in r for r in review)  # the page ends with its footer


def test_parse_review_lists_quotes_whose_rule_is_not_among_the_surest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each quote found by a less sure rule is listed once, with its line and id; the others not."""
    assert main(["parse", str(RAW), "--root", str(ROOT), "--review"]) == 0
    out = json.loads(capsys.readouterr().out)
    listed = [r for r in out["review"] if "[quote " in r]
    unsure = [q for q in out["quotes"] if q["speaker_basis"] not in SURE_RULES | {"curated"}]
    assert len(listed) == len(unsure) > 0
    assert any(r.startswith("line 56 [quote ") and "by rule sentence-cue" in r for r in listed)
    sure = [q["quote_id"] for q in out["quotes"] if q["speaker_basis"] == "cue-speaker"]
    assert sure and not any(f"[quote {quote_id}]" in r for quote_id in sure for r in listed)


def test_parse_review_lists_a_missing_footer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page cut right after an item parses, but the review says it may have been cut short."""
    page = tmp_path / "data" / "raw" / "cut.txt"
    page.parent.mkdir(parents=True)
    text = RAW.read_text(encoding="utf-8")
    page.write_text(text[: text.rindex("\n\nLeave a Comment")], encoding="utf-8")
    assert main(["parse", str(page), "--root", str(tmp_path), "--review"]) == 0
    review = json.loads(capsys.readouterr().out)["review"]
    assert any("does not end with its comment footer" in r and "pages:" in r for r in review)


def test_build_check_passes_on_the_repository(capsys: pytest.CaptureFixture[str]) -> None:
    """'build --check' exits 0 when the committed outputs are current."""
    assert main(["build", "--check", "--root", str(ROOT)]) == 0


def test_build_check_fails_after_a_hand_edit(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'build --check' exits 1 and names a published file edited by hand."""
    path = repo / "data" / "entries.csv"
    path.write_bytes(path.read_bytes().replace(b"Reuters", b"Reuter", 1))
    assert main(["build", "--check", "--root", str(repo)]) == 1
    assert "data/entries.csv" in capsys.readouterr().err


def test_invalid_data_exits_1_with_messages(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Invalid input exits 1, says nothing was written, and lists each problem."""
    (repo / "data" / "curation" / "sources.yaml").write_text("- source_id: x\n", encoding="utf-8")
    assert main(["build", "--root", str(repo)]) == 1
    err = capsys.readouterr().err
    assert "nothing was written" in err and "sources.yaml:1" in err


def test_usage_error_exits_2() -> None:
    """An unknown command is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_every_command_help_shows_an_example() -> None:
    """Each registration in COMMANDS adds a command whose --help has 'Example:' running it."""
    import argparse

    from sinoru_data.cli import COMMANDS, parser

    for add in COMMANDS:
        sub = argparse.ArgumentParser(prog="sinoru-data").add_subparsers()
        add(sub)
        assert sub.choices, f"{add.__name__} registers no command"
        for name, command in sub.choices.items():
            _, example = command.format_help().split("Example:", 1)
            assert f"sinoru-data {name}" in example, name
    listed = parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert len(listed) == len(COMMANDS)


def test_exit_codes_are_documented_where_users_look() -> None:
    """'sinoru-data --help' and the README state the exit codes the code uses."""
    import re

    from sinoru_data.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, parser

    codes = rf"Exit codes: {EXIT_OK} success, {EXIT_INVALID} invalid data[^\n]*?,\s+{EXIT_USAGE} usage error"
    assert re.search(codes, parser().format_help())
    assert re.search(codes, (ROOT / "README.md").read_text(encoding="utf-8"))


def test_show_progress_counts_pages_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """The page count rewrites one terminal line and ends it at the last page."""
    from sinoru_data.cli import show_progress

    for done in range(1, 4):
        show_progress(done, 3)
    err = capsys.readouterr().err
    assert err == "\rbuilt 1/3 pages (33%)\rbuilt 2/3 pages (66%)\rbuilt 3/3 pages (100%)\n"


def test_build_without_a_terminal_prints_no_page_count(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under CI (stderr not a terminal) the build prints its summary only."""
    assert main(["build", "--root", str(repo), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "pages (" not in captured.err
    assert captured.out.startswith("built ")
