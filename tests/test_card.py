"""The dataset card: its metadata and generated blocks come from the data and are current."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from sinoru_data.card import (
    citation_block,
    front_matter,
    replace_block,
    replace_front_matter,
    statistics_block,
    update_card,
)
from sinoru_data.curate import load_overrides
from sinoru_data.errors import SinoruDataError
from sinoru_data.models import TABLES
from sinoru_data.report import CARD, CITATION, OVERRIDES, read_tables
from sinoru_data.statistics import date_range, quotes_per_speaker

from .conftest import ROOT

CARD_TEXT = (ROOT / CARD).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict[str, Any]]]:
    """The repository's published tables."""
    return read_tables(ROOT)


def test_committed_card_is_current(tables: dict[str, list[dict[str, Any]]]) -> None:
    """The card's front matter and generated blocks match a fresh render of the current data."""
    citation = yaml.safe_load((ROOT / CITATION).read_text(encoding="utf-8"))
    fresh = update_card(CARD_TEXT, tables, load_overrides(ROOT / OVERRIDES), citation)
    assert fresh == CARD_TEXT, "stale: run 'sinoru-data report' and commit docs/dataset-card.md"


def test_front_matter_is_a_hugging_face_card_header(
    tables: dict[str, list[dict[str, Any]]],
) -> None:
    """The YAML header has the card fields and one Parquet config per table, one the default."""
    meta = yaml.safe_load(front_matter(tables).split("---\n")[1])
    for key in (
        "license",
        "language",
        "task_categories",
        "size_categories",
        "pretty_name",
        "configs",
    ):
        assert meta[key], key
    assert [c["config_name"] for c in meta["configs"]] == list(TABLES)
    assert sum(bool(c.get("default")) for c in meta["configs"]) == 1
    for config in meta["configs"]:
        assert (ROOT / config["data_files"]).is_file()
    assert meta["size_categories"] == ["n<1K"] and max(map(len, tables.values())) < 1000


def test_statistics_come_from_the_data(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Row counts, date range and the top speaker in the block are the data's."""
    block = statistics_block(tables)
    for name, rows in tables.items():
        assert f"| {name} | {len(rows)} |" in block
    first, last = date_range(tables["entries"])
    assert f"from {first.isoformat()} to {last.isoformat()}" in block
    speaker, count = quotes_per_speaker(tables["quotes"])[0]
    assert f"| {speaker} | {count} |" in block


def test_judgement_calls_list_every_noted_line_and_override() -> None:
    """Every line with a note and every record override is in the card."""
    lines = read_tables(ROOT)["lines"]
    for line in (row for row in lines if row["note"]):
        assert f"| {line['document_id']} | {line['line']} | {line['role']} |" in CARD_TEXT
    for override in load_overrides(ROOT / OVERRIDES).records:
        assert f"`{override.id}`" in CARD_TEXT


def test_card_states_the_licensing_plainly() -> None:
    """The card says code MIT, tables CC-BY-4.0, and that excerpts stay the publishers' copyright."""
    licensing = CARD_TEXT.split("## Licensing", 1)[1].split("\n## ", 1)[0]
    assert "MIT" in licensing and "CC-BY-4.0" in licensing
    assert "remain the copyright of their" in licensing and "publishers" in licensing


def test_card_names_its_known_judgement_calls_and_limits() -> None:
    """The card's prose covers the judgement calls and limitations the curators know of."""
    for phrase in ("stray", "subheading", "headline printed after its excerpt", "by length",
                   "One curator's selection", "English-language Western press",
                   "Excerpts are partial", "rule-based"):  # fmt: skip
        assert phrase in CARD_TEXT, phrase


def test_citation_block_uses_the_citation_file() -> None:
    """The reference in the card carries CITATION.cff's title and version."""
    citation = yaml.safe_load((ROOT / CITATION).read_text(encoding="utf-8"))
    block = citation_block(citation)
    assert citation["title"] in block and f"version = {{{citation['version']}}}" in block


def test_missing_markers_are_an_actionable_error() -> None:
    """A card without a block's markers or front matter fails, naming the file and the fix."""
    with pytest.raises(SinoruDataError, match=r"card\.md: the generated block 'statistics'"):
        replace_block("no markers here\n", "statistics", "x", "card.md")
    with pytest.raises(SinoruDataError, match="front matter"):
        replace_front_matter("# no header\n", "---\n---\n", "card.md")


def test_blocks_are_replaced_in_place() -> None:
    """Only the text between a block's markers changes."""
    text = "a\n<!-- s: generated -->\nold\n<!-- /s -->\nb\n"
    assert replace_block(text, "s", "new", "x") == "a\n<!-- s: generated -->\nnew\n<!-- /s -->\nb\n"
    assert re.search(r"^---\n", front_matter(read_tables(ROOT)))
