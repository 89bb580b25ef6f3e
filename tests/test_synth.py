"""Synthetic pages (sinoru_data.synth) against the parser: every record as the page was written.

The property tests draw pages from hypothesis' random generator (so a failing
page shrinks to its simplest form) with a fixed number of derandomised
examples, so CI sees the same pages every run. What they found in the parser
is pinned at the end as minimal examples (all fixed since; a new limit goes
there as ``xfail(strict=True)`` until the parser reads it).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from sinoru_data.build import build
from sinoru_data.curate import label_index, load_sources
from sinoru_data.parse import ParsedPage, decode_page, parse_page, slugify
from sinoru_data.synth import (
    OUTLETS,
    ExpectedQuote,
    SyntheticPage,
    codeword,
    render_page,
    sources_yaml,
    write_corpus,
)

PAGES = settings(
    max_examples=100,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=[
        Phase.explicit,
        Phase.reuse,
        Phase.generate,
        Phase.shrink,
    ],  # no "explain": it traces every line, slowly
)
RANDOMS = st.randoms(use_true_random=False)
ENTRY_FIELDS = (
    "position",
    "date_start",
    "date_end",
    "date_text",
    "date_basis",
    "headline",
    "dek",
    "byline",
    "authors",
    "outlet",
    "text",
    "line_start",
    "line_end",
    "char_start",
    "char_end",
)
CODEWORDS = {codeword(i).lower() for i in range(100)}  # the headlines' words on page serial 0
HEADER = "T\n\nWritten by // June 10, 2022 // China // No comments\n\n"


def _parse(page: SyntheticPage) -> ParsedPage:
    note(f"page:\n{page.text}")  # shown with a failing (shrunk) example
    text = decode_page(page.data, "synthetic.txt")
    assert text == page.text
    return parse_page(text, document_id="synthetic", path="synthetic.txt")


def _key(quote: ExpectedQuote) -> tuple[str, int, int, int, str]:
    return (quote.text, quote.line, quote.char_start, quote.char_end, quote.field)


@PAGES
@given(RANDOMS)
def test_entries_are_read_as_written(rng: random.Random) -> None:
    """Every entry has the dates, headline, standfirst, byline, authors, outlet, text and span it was written with."""
    page = render_page(rng)
    parsed = _parse(page)
    assert len(parsed.entries) == len(page.entries)
    for entry, expected in zip(parsed.entries, page.entries, strict=True):
        for field in ENTRY_FIELDS:
            want = getattr(expected, field)
            assert getattr(entry, field) == (list(want) if field == "authors" else want), (
                expected.position,
                field,
            )


@PAGES
@given(RANDOMS)
def test_quotes_are_found_where_written(rng: random.Random) -> None:
    """Every quotation written is found, at its offsets and in its field, and nothing else is."""
    page = render_page(rng)
    parsed = _parse(page)
    found = [(q.text, q.line, q.char_start, q.char_end, q.field) for q in parsed.quotes]
    assert found == [_key(q) for e in page.entries for q in e.quotes]
    for quote in parsed.quotes:
        assert page.text[quote.char_start : quote.char_end] == quote.text


@PAGES
@given(RANDOMS)
def test_header_stray_lines_and_ids(rng: random.Random) -> None:
    """Title, author, post date and tags come from the header; stray lines stay out of entries; ids are date and headline."""
    page = render_page(rng)
    parsed = _parse(page)
    doc = parsed.document
    assert (doc.title, doc.author, doc.published, tuple(doc.tags)) == (
        page.title,
        page.author,
        page.published,
        page.tags,
    )
    roles = {line.line: line for line in parsed.lines}
    for number in page.stray_lines:
        assert roles[number].role == "stray" and roles[number].entry_id is None
    for entry in parsed.entries:
        day = entry.date_start.isoformat() if entry.date_text else "undated"
        assert entry.entry_id == f"{day}-{slugify(entry.headline)}"  # no "-2" suffix
        assert CODEWORDS.intersection(entry.entry_id.split("-"))  # so ids are unique in a corpus


def test_pages_are_fixed_by_their_seed() -> None:
    """The same seed gives the same page; another serial changes only the headlines' codewords."""
    one, other = render_page(random.Random(11)), render_page(random.Random(11), serial=4)
    assert one == render_page(random.Random(11))
    text = other.text
    for i in range(len(other.entries)):
        assert codeword(400 + i) in text
        text = text.replace(codeword(400 + i), codeword(i))
    assert text == one.text


def test_the_pages_use_every_form() -> None:
    """Across a few pages the generator writes each form the properties are meant to cover."""
    pages = [render_page(random.Random(seed)) for seed in range(80)]
    data = b"".join(p.data for p in pages)
    text = "\n".join(p.text for p in pages)
    forms = {
        "CRLF": b"\r\n" in data,
        "BOM": b"\xef\xbb\xbf" in data,
        "straight quotes": '"' in text,
        "month first": re.search(r"^\s*[A-Z][a-z]+\.? \d+(?:\s*[-–]\s*\d+)?\s*$", text, re.M)
        is not None,
        "cross-month range": re.search(r"^\s*\d+ [A-Z][a-z]+\.?\s*[-–]\s*\d+ [A-Z]", text, re.M)
        is not None,
        "year after the first day": re.search(r"^\s*\d+ \w+\.? \d{4}\s*[-–]", text, re.M)
        is not None,
        "non-ASCII initial": re.search(r"[ŁÖÅŠ]\w+ \w+", text) is not None,
        "stray line": any(p.stray_lines for p in pages),
        "undated item": any(e.date_basis == "page-position" for p in pages for e in p.entries),
        "headline-only item": any(e.text is None for p in pages for e in p.entries),
        "item without a marker": any(e.outlet is None and e.text for p in pages for e in p.entries),
        "Author: Headline": any(
            e.byline and e.byline in e.authors for p in pages for e in p.entries
        ),
        "footer": "Leave a " in text,
    }
    assert [name for name, found in forms.items() if not found] == []


def test_sources_yaml_is_a_registry_for_every_label(tmp_path: Path) -> None:
    """The generated sources.yaml loads as a registry that knows every label a page prints."""
    path = tmp_path / "sources.yaml"
    path.write_text(sources_yaml(), encoding="utf-8")
    labels = label_index(load_sources(path))
    assert {o.source_id for o in OUTLETS} == set(labels.values())
    page = render_page(random.Random(3))
    assert {e.outlet for e in page.entries if e.outlet} <= set(labels)
    assert {label for o in page.outlets for label in o.labels} <= set(labels)


def test_a_synthetic_corpus_builds(tmp_path: Path) -> None:
    """A corpus of synthetic pages builds end to end: unique ids, every outlet known, offsets exact."""
    count = write_corpus(tmp_path, 4, seed=2)
    result = build(tmp_path, write=False)
    assert len(result.tables["documents"]) == 4
    assert len(result.tables["entries"]) == count
    assert len(result.tables["sources"]) == len(OUTLETS)


# --- What the synthetic pages found in the parser, as minimal examples (each fixed since).


def _entries_and_quotes(body: str) -> ParsedPage:
    return parse_page(HEADER + body, document_id="x", path="x.txt")


def test_straight_quote_opening_a_paragraph_is_found() -> None:
    """A straight-quoted sentence opening an item's second paragraph is a quotation (found by the pages)."""
    page = _entries_and_quotes(
        '24 May\nKalo accord tests ties in the east\n(AP) — Xi spoke.\n"We will win," Graham said.\n'
    )
    assert [q.text for q in page.quotes] == ["We will win,"]


@pytest.mark.parametrize("label", ["Channel 7 Asia", "Pavlin & Hart", "U.S.-Asia Brief"])
def test_outlet_label_with_digits_or_symbols_is_a_marker(label: str) -> None:
    """A label with a digit or an ampersand opens an excerpt like any marker (France 24, Foreign & Commonwealth Office)."""
    page = _entries_and_quotes(f"24 May\nKalo accord tests ties in the east\n({label}) — Text.\n")
    assert [(e.headline, e.outlet, e.text) for e in page.entries] == [
        ("Kalo accord tests ties in the east", label, "Text.")
    ]


def test_single_quoted_plural_before_another_single_quote_is_found() -> None:
    """‘no limits’ followed by another single-quoted term is still a quotation (found by the pages)."""
    page = _entries_and_quotes(
        "24 May\nKalo accord tests ties in the east\n(AP) — It is a ‘no limits’ pact and a ‘new era’ deal.\n"
    )
    assert [q.text for q in page.quotes] == ["no limits", "new era"]


def test_year_after_the_first_day_is_a_date_header() -> None:
    """A cross-year range printing its year after the first day dates its items."""
    page = _entries_and_quotes(
        "31 December 2021-1 January\nKalo accord tests ties in the east\n(AP) — Text.\n"
    )
    entry = page.entries[0]
    assert (entry.date_start.isoformat(), entry.date_end.isoformat(), entry.headline) == (
        "2021-12-31",
        "2022-01-01",
        "Kalo accord tests ties in the east",
    )


def test_name_with_a_non_ascii_initial_is_a_byline() -> None:
    """'By Łukasz Nowak' right above the marker is the item's byline."""
    page = _entries_and_quotes(
        "24 May\nKalo accord tests ties in the east\nBy Łukasz Nowak\n(AP) — Text.\n"
    )
    entry = page.entries[0]
    assert (entry.byline, entry.authors, entry.dek) == ("By Łukasz Nowak", ["Łukasz Nowak"], None)


def test_paragraph_opening_with_a_parenthesis_stays_in_its_excerpt() -> None:
    """'(The ministry did not respond.) …' continues the excerpt above it."""
    page = _entries_and_quotes(
        "24 May\nKalo accord tests ties in the east\n(AP) — First.\n(The ministry did not respond.) Officials said more.\n"
    )
    assert len(page.entries) == 1 and page.entries[0].text is not None
    assert page.entries[0].text.count("\n") == 1
