"""The parser against the hand-checked list of every entry of the page, and its failure modes."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from sinoru_data.errors import SinoruDataError
from sinoru_data.parse import ParsedPage, decode_page, parse_page, slugify, split_lines

from .conftest import DOCUMENT_ID, EXPECTED, assert_entry_matches

EXPECTED_ENTRIES = yaml.safe_load((EXPECTED / "entries.yaml").read_text(encoding="utf-8"))


def test_every_item_is_one_entry(parsed: ParsedPage) -> None:
    """The page has 28 items, in page order, with no spurious entry."""
    assert [e.position for e in parsed.entries] == list(range(1, len(EXPECTED_ENTRIES) + 1))
    assert len(parsed.entries) == 28


@pytest.mark.parametrize("expected", EXPECTED_ENTRIES, ids=lambda e: f"entry-{e['position']}")
def test_entry_matches_hand_checked_list(parsed: ParsedPage, expected: dict[str, object]) -> None:
    """Dates, headline, standfirst, byline, authors and outlet equal the hand-checked values."""
    assert_entry_matches(parsed.entries[int(str(expected["position"])) - 1], expected)


@pytest.mark.parametrize("expected", EXPECTED_ENTRIES, ids=lambda e: f"entry-{e['position']}")
def test_entry_text_has_the_expected_paragraphs(
    parsed: ParsedPage, expected: dict[str, object]
) -> None:
    """The excerpt keeps every paragraph (and subheading) of the item, marker removed."""
    entry = parsed.entries[int(str(expected["position"])) - 1]
    subheadings = [
        line
        for line in parsed.lines
        if line.entry_id == entry.entry_id and line.role == "subheading"
    ]
    paragraphs = entry.text.split("\n") if entry.text else []
    assert len(paragraphs) == int(str(expected["paragraphs"])) + len(subheadings)
    assert not (entry.text or "").startswith("(")


def test_entry_span_covers_its_lines(parsed: ParsedPage, raw_text: str) -> None:
    """An entry's character span starts at its first line and ends at its last."""
    for entry in parsed.entries:
        span = raw_text[entry.char_start : entry.char_end]
        lines = raw_text.split("\n")[entry.line_start - 1 : entry.line_end]
        assert span == "\n".join(lines)


def test_every_line_is_accounted_for(parsed: ParsedPage, raw_text: str) -> None:
    """Every non-blank line is in the lines table with a role; unplaced ones say why."""
    non_blank = [n for n, t in enumerate(raw_text.split("\n"), 1) if t.strip()]
    assert [line.line for line in parsed.lines] == non_blank
    for line in parsed.lines:
        assert raw_text[line.char_start : line.char_end] == line.text
        if line.entry_id is None:
            assert line.role in ("title", "header", "date", "stray", "footer")
        if line.role == "stray":
            assert line.note


def test_stray_line_and_subheading_are_placed(parsed: ParsedPage) -> None:
    """'Stimson Center' alone is a stray line; the curated subheading stays in its article."""
    by_number = {line.line: line for line in parsed.lines}
    assert by_number[42].role == "stray" and by_number[42].entry_id is None
    assert by_number[126].role == "subheading" and by_number[126].role_basis == "curated"
    assert by_number[126].entry_id == by_number[122].entry_id


def test_document_header(parsed: ParsedPage) -> None:
    """Title, post date, tags and the empty author come from the header."""
    doc = parsed.document
    assert (doc.title, doc.published, doc.tags, doc.author) == (
        "China-Russia relations",
        dt.date(2022, 6, 10),
        ["China", "Russia"],
        None,
    )


def test_entry_ids_are_stable_when_another_entry_changes(raw_text: str) -> None:
    """Removing or editing one item leaves every other entry's id as it was."""
    before = parse_page(raw_text, document_id=DOCUMENT_ID, path="p.txt").entries
    edited = raw_text.replace(
        "China looks to learn from Russian failures in Ukraine", "China studies Russian failures"
    )
    after = parse_page(edited, document_id=DOCUMENT_ID, path="p.txt").entries
    changed = {e.entry_id for e in before} ^ {e.entry_id for e in after}
    assert len(changed) == 2 and all("2022-04-20" in c for c in changed)


def test_quotes_point_at_their_text(parsed: ParsedPage, raw_text: str) -> None:
    """Every quote's offsets select exactly its text in the raw page."""
    assert parsed.quotes
    for quote in parsed.quotes:
        assert raw_text[quote.char_start : quote.char_end] == quote.text


def test_every_gold_quote_span_is_found(parsed: ParsedPage) -> None:
    """Every quoted span of the hand-annotated gold list is a quote, and no other."""
    gold = yaml.safe_load((EXPECTED / "quotes.yaml").read_text(encoding="utf-8"))
    assert sorted((q.line, q.text) for q in parsed.quotes) == sorted(
        (g["line"], g["text"]) for g in gold
    )


def _variant(
    raw_text: str,
    *,
    crlf: bool = False,
    bom: bool = False,
    nbsp: bool = False,
    trailing: bool = False,
    blank: bool = False,
) -> str:
    lines = raw_text.split("\n")
    if nbsp:
        lines = [line.replace(" ", "\u00a0", 1) if line.startswith("(") else line for line in lines]
    if trailing:
        lines = [line + "  " if line else line for line in lines]
    if blank:
        lines = [line if line else "\n\n" for line in lines]
    text = ("\r\n" if crlf else "\n").join(lines)
    return ("\ufeff" + text) if bom else text


@pytest.mark.parametrize(
    "variant",
    [
        {"crlf": True},
        {"bom": True},
        {"nbsp": True},
        {"trailing": True},
        {"blank": True},
        {"crlf": True, "bom": True, "trailing": True},
    ],
    ids=str,
)
def test_layout_variations_give_the_same_records(raw_text: str, variant: dict[str, bool]) -> None:
    """CRLF, a BOM, no-break spaces, trailing spaces and extra blank lines change no field."""
    base = parse_page(raw_text, document_id=DOCUMENT_ID, path="p.txt")
    data = _variant(raw_text, **variant).encode("utf-8")
    other = parse_page(decode_page(data, "p.txt"), document_id=DOCUMENT_ID, path="p.txt")
    ignore = {"char_start", "char_end", "line_start", "line_end"}
    assert [e.model_dump(exclude=ignore) for e in other.entries] == [
        e.model_dump(exclude=ignore) for e in base.entries
    ]
    assert [q.text for q in other.quotes] == [q.text for q in base.quotes]


def test_crlf_offsets_still_point_at_the_text(raw_text: str) -> None:
    """With CRLF line endings, quote offsets index the decoded text exactly."""
    text = raw_text.replace("\n", "\r\n")
    parsed = parse_page(text, document_id=DOCUMENT_ID, path="p.txt")
    assert all(text[q.char_start : q.char_end] == q.text for q in parsed.quotes)


def test_not_utf8_fails_with_the_line() -> None:
    """A file that is not UTF-8 fails naming the file and the line of the bad byte."""
    with pytest.raises(SinoruDataError) as err:
        decode_page(b"Title\n\nbad \xff byte\n", "data/raw/x.txt")
    assert "data/raw/x.txt:3" in str(err.value) and "UTF-8" in str(err.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n", "empty"),
        ("Title\n\nNo header here\n", "header"),
        ("Title\n\nWritten by // June 10, 2022 // China // No comments\n\nJust words.\n", None),
        ("Title\n\nWritten by // June 10, 2022 // China // No comments\n\n\n", "no digest item"),
    ],
)
def test_unusable_pages_fail_clearly(text: str, message: str | None) -> None:
    """Empty pages, pages without a header and pages without items fail with a message."""
    if message is None:  # a lone line under the header is read as a headline-only item
        assert parse_page(text, document_id="x", path="x.txt").entries
        return
    with pytest.raises(SinoruDataError) as err:
        parse_page(text, document_id="x", path="x.txt")
    assert message in str(err.value) and "x.txt" in str(err.value)


def test_unreadable_date_header_names_the_line() -> None:
    """A date header that cannot be read ('31 Febuary') fails naming the file and line."""
    page = "T\n\nWritten by // June 10, 2022 // China // No comments\n\n31 Febuary\nA headline\n(AP) — Text.\n"
    with pytest.raises(SinoruDataError) as err:
        parse_page(page, document_id="x", path="data/raw/x.txt")
    assert "data/raw/x.txt:5" in str(err.value) and "31 Febuary" in str(err.value)


def test_impossible_date_fails() -> None:
    """'31 February' is a date header for a day that does not exist."""
    page = "T\n\nWritten by // June 10, 2022 // China // No comments\n\n31 February\nA headline\n(AP) — Text.\n"
    with pytest.raises(SinoruDataError, match="does not exist"):
        parse_page(page, document_id="x", path="x.txt")


def test_year_boundary_uses_the_post_date() -> None:
    """A page posted in March 2023 dates '30 December' to 2022 and '24 February' to 2023."""
    page = (
        "T\n\nWritten by X // March 5, 2023 // China // 2 comments\n\n24 February\nNew one\n"
        "(AP) — Text.\n\n30 December\nOld one\n(AP) — Text.\n"
    )
    entries = parse_page(page, document_id="x", path="x.txt").entries
    assert [e.date_start for e in entries] == [dt.date(2023, 2, 24), dt.date(2022, 12, 30)]


def test_split_lines_keeps_offsets() -> None:
    """Line offsets index the text, with CR kept out of the line."""
    lines = split_lines("ab\r\ncd\n")
    assert [(line.text, line.start, line.end) for line in lines] == [("ab", 0, 2), ("cd", 4, 6)]


def test_slugify_is_ascii() -> None:
    """Slugs are lower-case ASCII words joined by hyphens."""
    assert slugify("‘No Wavering’: After Turning to Putin") == "no-wavering-after-turning-to-putin"


STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _straightened(value: object) -> object:
    """Any JSON-like value with curly quotes replaced by straight ones."""
    if isinstance(value, str):
        return value.translate(STRAIGHT)
    if isinstance(value, list):
        return [_straightened(v) for v in value]
    if isinstance(value, dict):
        return {k: _straightened(v) for k, v in value.items()}
    return value


def test_straight_quotes_give_the_same_records(raw_text: str) -> None:
    """Straight quotes and apostrophes give the same entries and quotes, up to the quote characters.

    Field values keep the characters the page prints (faithfulness), so they are
    compared with curly quotes straightened.
    """
    curly = parse_page(raw_text, document_id=DOCUMENT_ID, path="p.txt")
    straight = parse_page(raw_text.translate(STRAIGHT), document_id=DOCUMENT_ID, path="p.txt")
    assert [e.entry_id for e in straight.entries] == [e.entry_id for e in curly.entries]
    for a, b in zip(curly.entries, straight.entries, strict=True):
        assert _straightened(a.model_dump(mode="json")) == b.model_dump(mode="json"), a.entry_id
    assert [(q.line, q.text.translate(STRAIGHT), q.kind) for q in curly.quotes] == [
        (q.line, q.text, q.kind) for q in straight.quotes
    ]
