"""The parser on an unseen page: a digest written by hand in another curator's style.

``tests/expected/unseen/digest-2023-03-05.txt`` was written for these tests
(not generated, not read by the parser while the grammar was tuned): other
outlets, some the registry does not know, straight quotes, a year boundary,
ranges across months, a headline-only item and a stray line. Its expectation,
``entries.yaml`` and ``quotes.yaml`` beside it, was checked by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from sinoru_data.cli import main
from sinoru_data.parse import ParsedPage, decode_page, document_id_for, parse_page

from .conftest import assert_entry_matches

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = Path(__file__).parent / "expected" / "unseen"
PAGE = UNSEEN / "digest-2023-03-05.txt"
EXPECTED = yaml.safe_load((UNSEEN / "entries.yaml").read_text(encoding="utf-8"))
GOLD_QUOTES = yaml.safe_load((UNSEEN / "quotes.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed() -> ParsedPage:
    """The unseen page, parsed as the build would (no line overrides name it)."""
    text = decode_page(PAGE.read_bytes(), str(PAGE))
    return parse_page(text, document_id=document_id_for(PAGE), path=str(PAGE))


def test_every_item_is_one_entry(parsed: ParsedPage) -> None:
    """The page's ten items are ten entries, in page order."""
    assert [e.position for e in parsed.entries] == [e["position"] for e in EXPECTED["entries"]]


@pytest.mark.parametrize("expected", EXPECTED["entries"], ids=lambda e: f"entry-{e['position']}")
def test_entry_matches_hand_checked_list(parsed: ParsedPage, expected: dict[str, Any]) -> None:
    """Dates, headline, standfirst, byline, authors, outlet and lines equal the hand-checked values."""
    entry = parsed.entries[expected["position"] - 1]
    assert_entry_matches(entry, expected)
    headline_line = next(line for line in parsed.lines if line.line == expected["headline_line"])
    assert headline_line.role == "headline" and headline_line.entry_id == entry.entry_id


@pytest.mark.parametrize("expected", EXPECTED["entries"], ids=lambda e: f"entry-{e['position']}")
def test_entry_text_is_the_excerpt(parsed: ParsedPage, expected: dict[str, Any]) -> None:
    """The excerpt has the expected paragraphs and begins where the marker ends."""
    entry = parsed.entries[expected["position"] - 1]
    paragraphs = entry.text.split("\n") if entry.text else []
    assert len(paragraphs) == expected["paragraphs"]
    if expected["text_begins"] is None:
        assert entry.text is None
    else:
        assert entry.text is not None and entry.text.startswith(expected["text_begins"])


def test_document_header(parsed: ParsedPage) -> None:
    """Title, author, post date and tags come from the 'Written by' header."""
    doc, want = parsed.document, EXPECTED["document"]
    assert (doc.title, doc.author, doc.published.isoformat(), doc.tags) == (
        want["title"],
        want["author"],
        want["published"],
        want["tags"],
    )


def test_stray_and_footer_lines_are_in_no_entry(parsed: ParsedPage) -> None:
    """The lone outlet name is a stray line, the comment footer is footer; neither joins an entry."""
    roles = {line.line: line for line in parsed.lines}
    assert [n for n, line in roles.items() if line.role == "stray"] == EXPECTED["document"][
        "stray_lines"
    ]
    assert [n for n, line in roles.items() if line.role == "footer"] == [59, 61]
    assert all(line.entry_id is None for line in roles.values() if line.role in ("stray", "footer"))


def test_quotes_point_at_their_text(parsed: ParsedPage) -> None:
    """Every quote found is a gold span, at offsets that select exactly its text."""
    text = decode_page(PAGE.read_bytes(), str(PAGE))
    gold = {(g["line"], g["text"]) for g in GOLD_QUOTES}
    for quote in parsed.quotes:
        assert (quote.line, quote.text) in gold
        assert text[quote.char_start : quote.char_end] == quote.text


def test_every_gold_quote_is_found(parsed: ParsedPage) -> None:
    """Every hand-annotated span is a quote, including line 22's, which opens its line with a straight mark."""
    assert sorted((q.line, q.text) for q in parsed.quotes) == sorted(
        (g["line"], g["text"]) for g in GOLD_QUOTES
    )


def test_review_lists_the_outlets_the_registry_does_not_know(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`sinoru-data parse FILE --review` names every unknown outlet label and the stray line, and resolves the known ones."""
    assert main(["parse", str(PAGE), "--review", "--root", str(ROOT)]) == 0
    out = json.loads(capsys.readouterr().out)
    unknown = sorted(
        line.split("'")[1] for line in out["review"] if line.startswith("unknown outlet label")
    )
    assert unknown == EXPECTED["document"]["unknown_outlets"]
    assert any(line.startswith("line 26 [stray]") for line in out["review"])
    sources = {e["outlet"]: e["source_id"] for e in out["entries"] if e["outlet"]}
    assert sources == {
        "Reuters": "reuters",
        "AP": "ap",
        "SCMP": "scmp",
        "The Guardian": "the-guardian",
        **dict.fromkeys(EXPECTED["document"]["unknown_outlets"]),
    }


def test_month_first_date_header_dates_its_items() -> None:
    """A month-first date header ('February 27') dates the item under it."""
    page = (
        "T\n\nWritten by // March 5, 2023 // China // No comments\n\n"
        "3 March\nFirst headline in the east\n(AP) — Text.\n\n"
        "February 27\nSecond headline in the west\n(AP) — Text.\n"
    )
    entries = parse_page(page, document_id="x", path="x.txt").entries
    assert [(e.date_start.isoformat(), e.headline) for e in entries] == [
        ("2023-03-03", "First headline in the east"),
        ("2023-02-27", "Second headline in the west"),
    ]
