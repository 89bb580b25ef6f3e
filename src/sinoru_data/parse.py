"""Stage 1, parse: a raw digest page becomes typed records.

The page is read line by line (see :mod:`sinoru_data.grammar` for the shape
of each kind of line), lines are grouped under their date headers, and
items are assembled from headline, standfirst, byline, outlet marker and
excerpt lines. Every line ends up in exactly one place: a field of an entry
or a ``lines`` row whose role says why it is not in one. Judgement calls the
text cannot settle are noted on the line (``note``) for review, and curators
can settle them with line overrides (``line_roles``).

Example:
-------
>>> page = "Title\\n\\nWritten by // June 10, 2022 // China // No comments\\n\\n24 May\\nA headline\\n(AP) — Text.\\n"
>>> parsed = parse_page(page, document_id="demo", path="demo.txt")
>>> [(e.date_start.isoformat(), e.headline, e.outlet, e.text) for e in parsed.entries]
[('2022-05-24', 'A headline', 'AP', 'Text.')]

"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import grammar, quotes
from .dates import DateRange, looks_like_date_header, parse_date_header, parse_post_date
from .errors import fail
from .models import Document, Entry, Line, LineRole, Quote

OVERRIDABLE_ROLES = ("headline", "subheading", "stray", "text")


@dataclass(frozen=True)
class RawLine:
    """One line of the raw text: its 1-based number, its text and its offsets."""

    number: int
    text: str
    start: int

    @property
    def end(self) -> int:
        """Offset just past the line's last character (line ending excluded)."""
        return self.start + len(self.text)

    @property
    def clean(self) -> str:
        """The line as read (no-break spaces as spaces, ends trimmed)."""
        return grammar.clean(self.text)


@dataclass
class Item:
    """An item being assembled: its lines by part."""

    headline: RawLine | None = None
    front: list[RawLine] = field(default_factory=list)
    byline: RawLine | None = None
    dek: list[RawLine] = field(default_factory=list)
    marker: RawLine | None = None
    body: list[RawLine] = field(default_factory=list)
    headline_after: bool = False

    def lines(self) -> list[RawLine]:
        """All of the item's lines in page order."""
        parts = [self.headline] if self.headline else []
        found = [*parts, *self.front, *([self.marker] if self.marker else []), *self.body]
        return sorted(found, key=lambda line: line.number)


@dataclass
class Reading:
    """What the parser decided for each line: role, entry and note."""

    path: str
    roles: dict[int, LineRole] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    entries: dict[int, str] = field(default_factory=dict)
    curated: set[int] = field(default_factory=set)

    def mark(self, line: RawLine, role: LineRole, note: str | None = None) -> None:
        """Give a line its role, with a note when the role was a judgement call."""
        self.roles[line.number] = role
        if note:
            self.notes[line.number] = note


@dataclass(frozen=True)
class ParsedPage:
    """The records read from one page."""

    document: Document
    entries: list[Entry]
    quotes: list[Quote]
    lines: list[Line]
    used_overrides: frozenset[str]


def decode_page(data: bytes, path: str) -> str:
    """Decode a raw page as UTF-8, dropping a byte-order mark.

    >>> decode_page("\\ufeffTitle".encode(), "a.txt")
    'Title'
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail(
            path,
            line,
            f"the file is not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            "save the page as UTF-8",
        ) from None
    return text.removeprefix("\ufeff")


def split_lines(text: str) -> list[RawLine]:
    r"""Split text into lines on "\n", keeping a trailing "\r" out of each line.

    >>> [(l.number, l.text, l.start) for l in split_lines("a\r\nb")]
    [(1, 'a', 0), (2, 'b', 3)]
    """
    lines, start = [], 0
    for number, chunk in enumerate(text.split("\n"), start=1):
        lines.append(RawLine(number, chunk.removesuffix("\r"), start))
        start += len(chunk) + 1
    if lines and not lines[-1].text and text.endswith("\n"):
        lines.pop()  # the newline that ends the file does not open a line
    return lines


def slugify(text: str, max_words: int = 8) -> str:
    """A lower-case ASCII slug of the first words of a text.

    >>> slugify("China’s leader thought he couldn’t lose from backing the Kremlin’s war")
    'chinas-leader-thought-he-couldnt-lose-from-backing'
    >>> slugify("What China stands to gain—and lose")
    'what-china-stands-to-gain-and-lose'
    """
    words = re.sub(r"['’]", "", unicodedata.normalize("NFKD", text).lower())
    words = re.sub(r"[^\w]+", " ", words).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", words)[:max_words]) or "item"


def document_id_for(path: Path) -> str:
    """The document id of a raw file: its slugified file name without extension.

    >>> document_id_for(Path("data/raw/china-russia-relations-2022-06-10.txt"))
    'china-russia-relations-2022-06-10'
    """
    return slugify(path.stem, max_words=20)


def _header(
    lines: list[RawLine], path: str, reading: Reading
) -> tuple[str, dt.date, str | None, list[str], int]:
    """Read title and 'Written by' header; return them and the index after the header."""
    content = [i for i, line in enumerate(lines) if line.clean]
    if not content:
        raise fail(path, None, "the file is empty", "add the page's text")
    title_i = content[0]
    header_i = next((i for i in content[1:3] if grammar.HEADER.match(lines[i].clean)), None)
    if header_i is None:
        raise fail(
            path,
            lines[title_i].number + 1,
            "no 'Written by … // June 10, 2022 // tags // comments' header after the title",
            "the post date is needed to date the items: restore the header line",
        )
    parts = [p.strip() for p in lines[header_i].clean.split("//")]
    try:
        posted = parse_post_date(parts[1] if len(parts) > 1 else "")
    except ValueError as exc:
        raise fail(
            path, lines[header_i].number, str(exc), "write the post date as 'June 10, 2022'"
        ) from None
    author = re.sub(r"^written by\s*", "", parts[0], flags=re.IGNORECASE) or None
    tags = [t.strip() for t in parts[2].split(",") if t.strip()] if len(parts) > 2 else []
    reading.mark(lines[title_i], "title")
    reading.mark(lines[header_i], "header")
    return lines[title_i].clean, posted, author, tags, header_i + 1


def _groups(
    body: list[RawLine], roles: Mapping[int, str]
) -> Iterator[tuple[RawLine | None, list[list[RawLine]]]]:
    """Group body lines under their date headers, as blocks of consecutive lines."""
    date: RawLine | None = None
    blocks: list[list[RawLine]] = [[]]
    for line in body:
        if roles.get(line.number) is None and looks_like_date_header(line.clean):
            yield date, [b for b in blocks if b]
            date, blocks = line, [[]]
        elif not line.clean:
            blocks.append([])
        else:
            blocks[-1].append(line)
    yield date, [b for b in blocks if b]


def _starts_item(
    line: RawLine, prev: RawLine | None, nxt: RawLine | None, role: str | None
) -> bool:
    """Whether a line opens a new item: a headline after prose or at a block's start."""
    if role in ("headline",):
        return True
    if role is not None:
        return False
    if prev is None:
        return True
    if not grammar.is_headline_shaped(line.clean):
        return False
    before_marker = nxt is not None and grammar.marker_label(nxt.clean) is not None
    if before_marker and grammar.parse_byline(line.clean):
        return False  # "By Yun Sun" right above "(Stimson Center)" is a byline
    return grammar.is_text_shaped(prev.clean) or grammar.marker_label(prev.clean) is not None


def _items_of_block(block: list[RawLine], roles: Mapping[int, str], reading: Reading) -> list[Item]:
    """Assemble the items of one block of consecutive non-blank lines."""
    items: list[Item] = []
    for i, line in enumerate(block):
        prev = block[i - 1] if i else None
        nxt = block[i + 1] if i + 1 < len(block) else None
        current = items[-1] if items else None
        role = roles.get(line.number)
        if role is None and grammar.marker_label(line.clean):
            if current and current.marker is None and not current.body:
                current.marker = line
            else:
                items.append(Item(marker=line))
        elif (
            current
            and current.headline is None
            and nxt is None
            and role is None
            and grammar.is_headline_shaped(line.clean)
        ):
            current.headline, current.headline_after = line, True
            reading.notes[line.number] = (
                "headline printed after its excerpt (last line of the block)"
            )
        elif current is None or _starts_item(line, prev, nxt, role):
            items.append(Item(headline=line))
        elif current.marker is not None or role in ("subheading", "text"):
            current.body.append(line)
        else:
            current.front.append(line)
    return items


def _assign_front(item: Item, reading: Reading) -> None:
    """Split the lines between headline and excerpt into standfirst and byline.

    With an outlet marker, the front lines are standfirst lines, the last one
    a byline when it reads as one. Without a marker, a byline may follow the
    headline, then one short line is taken for a standfirst (a judgement
    call, noted), and the rest is excerpt.
    """
    front = item.front
    if item.marker is None:
        byline = front[0] if front and grammar.parse_byline(front[0].clean) else None
        rest = front[1:] if byline else front
        short = len(rest) > 1 and len(rest[0].clean) <= grammar.HEADLINE_MAX
        item.byline, item.dek = byline, rest[:1] if short else []
        item.body = rest[len(item.dek) :] + item.body
        note = "standfirst judged by length: the item has no outlet marker"
    else:
        last = front[-1] if front else None
        item.byline = last if last and grammar.parse_byline(last.clean) else None
        item.dek = [line for line in front if line is not item.byline]
        note = None
    item.front = [line for line in (item.byline, *item.dek) if line]
    for line in item.dek:
        reading.mark(line, "dek", note)
    if item.byline:
        reading.mark(item.byline, "byline")


def _entry_fields(item: Item) -> dict[str, object]:
    """Headline, standfirst, byline, authors, outlet and text of an assembled item."""
    assert item.headline is not None
    author, headline = grammar.split_author_headline(item.headline.clean)
    byline_line = item.byline.clean if item.byline else None
    deks = [line.clean for line in item.dek]
    authors = grammar.parse_byline(byline_line) if byline_line else []
    text_lines = []
    outlet = None
    if item.marker:
        found = grammar.marker_label(item.marker.clean)
        assert found is not None
        outlet, offset = found
        text_lines.append(item.marker.clean[offset:])
    text_lines += [line.clean for line in item.body]
    return {
        "headline": headline,
        "dek": "\n".join(deks) or None,
        "byline": byline_line or author,
        "authors": (authors or []) + ([author] if author else []),
        "outlet": outlet,
        "text": "\n".join(t for t in text_lines if t) or None,
    }


def _quotes_of(entry_id: str, item: Item, reading: Reading) -> list[Quote]:
    """Every quotation in an item, with offsets into the raw text.

    The extractor reads the item as one text (lines joined with "\n", so a
    quotation can take its speaker from an earlier paragraph); each quote is
    then mapped back to its raw line.
    """
    lines = item.lines()
    starts = list(itertools.accumulate((len(line.text) + 1 for line in lines[:-1]), initial=0))
    joined = "\n".join(line.text for line in lines)
    found: list[Quote] = []
    for q in quotes.extract(joined):
        i = bisect.bisect_right(starts, q.char_start) - 1
        line = lines[i]
        role = reading.roles.get(line.number, "text")
        found.append(
            Quote(
                quote_id=f"{entry_id}-q{len(found) + 1}",
                entry_id=entry_id,
                field={"headline": "headline", "dek": "dek", "byline": "byline"}.get(role, "text"),  # type: ignore[arg-type]
                text=q.text,
                kind=q.kind,  # type: ignore[arg-type]
                speaker=q.speaker,
                speaker_full=q.speaker_full,
                cue=q.cue,
                speaker_basis=q.rule,  # type: ignore[arg-type]
                curated_fields=[],
                line=line.number,
                char_start=line.start + q.char_start - starts[i],
                char_end=line.start + q.char_end - starts[i],
            )
        )
    for offset in quotes.find_spans(joined)[1]:
        i = bisect.bisect_right(starts, offset) - 1
        reading.notes[lines[i].number] = f"unclosed quote mark at column {offset - starts[i] + 1}"
    return found


def _date_range(
    date_line: RawLine | None, posted: dt.date, older: DateRange | None, path: str
) -> DateRange:
    """The dates of a group: its header's, or for items above every header, a bound."""
    if date_line is None:
        start = older.end if older else posted
        return DateRange(start, posted, year_printed=False)
    try:
        return parse_date_header(date_line.clean, posted)
    except ValueError as exc:
        raise fail(
            path,
            date_line.number,
            f"cannot read the date header: {exc}",
            "write it as '24 May', '14-15 March' or '28 November-1 December' "
            "(or mark the line with a line override in data/curation/overrides.yaml)",
        ) from None


def _split_footer(body: list[RawLine]) -> tuple[list[RawLine], list[RawLine]]:
    """Split off the footer: a 'Leave a Comment' line and everything below it."""
    for i, line in enumerate(body):
        if grammar.FOOTER.match(line.clean):
            return body[:i], body[i:]
    return body, []


def _group_ranges(
    groups: list[tuple[RawLine | None, list[list[RawLine]]]], posted: dt.date, path: str
) -> list[DateRange]:
    """The date range of every group; undated items are bounded by the next older date."""
    ranges: list[DateRange | None] = [
        _date_range(date_line, posted, None, path) if date_line else None for date_line, _ in groups
    ]
    _check_newest_first([(line, r) for (line, _), r in zip(groups, ranges, strict=True)], path)
    for i, found in enumerate(ranges):
        if found is None:
            older = next((r for r in ranges[i + 1 :] if r is not None), None)
            ranges[i] = _date_range(None, posted, older, path)
    return [r for r in ranges if r is not None]


def _check_newest_first(dated: list[tuple[RawLine | None, DateRange | None]], path: str) -> None:
    """Date headers run newest first; a header newer than the one above it is an error."""
    above: tuple[RawLine, DateRange] | None = None
    for line, found in dated:
        if line is None or found is None:
            continue
        if above is not None and found.end > above[1].end:
            raise fail(
                path,
                line.number,
                f"the date header '{line.clean}' is newer than '{above[0].clean}' above it "
                f"(line {above[0].number}); items run newest first",
                "put the items back in page order, or correct the date",
            )
        above = (line, found)


def _items_of_group(
    blocks: list[list[RawLine]], roles: Mapping[int, str], reading: Reading
) -> list[Item]:
    """The items under one date header; a lone short line between blocks is a stray."""
    items: list[Item] = []
    for k, block in enumerate(blocks):
        role = roles.get(block[0].number)
        lone = len(block) == 1 and k + 1 < len(blocks) and role is None
        if role == "stray" or (lone and grammar.is_stray_label(block[0].clean)):
            reason = (
                "curated: not part of any item"
                if role
                else (
                    "a short line on its own between items (e.g. an outlet name): not part of any item"
                )
            )
            reading.mark(block[0], "stray", reason)
            continue
        for item in _items_of_block(block, roles, reading):
            if item.headline is None:
                first = item.lines()[0]
                raise fail(
                    reading.path,
                    first.number,
                    "an item has no headline",
                    "add the headline line above its excerpt, or a line override",
                )
            _assign_front(item, reading)
            reading.mark(item.headline, "headline", reading.notes.get(item.headline.number))
            for line in item.body:
                if roles.get(line.number) == "subheading":
                    reading.mark(line, "subheading", "curated: a subheading inside the excerpt")
            if item.marker:
                reading.mark(item.marker, "text")
            items.append(item)
    return items


def _make_entry(
    item: Item,
    date_line: RawLine | None,
    dates: DateRange,
    document_id: str,
    position: int,
    seen_ids: dict[str, int],
    seen_headlines: dict[tuple[str, str], int],
    path: str,
) -> Entry:
    """Build the entry record of an assembled item."""
    assert item.headline is not None
    fields = _entry_fields(item)
    day = dates.start.isoformat() if date_line is not None else "undated"
    entry_id = f"{day}-{slugify(str(fields['headline']))}"
    repeated = seen_headlines.get((day, str(fields["headline"])))
    if repeated is not None:
        raise fail(
            path,
            item.headline.number,
            f"this item repeats the item at line {repeated} (same date and headline)",
            "remove the repeated item from the page",
        )
    seen_headlines[(day, str(fields["headline"]))] = item.headline.number
    seen_ids[entry_id] = seen_ids.get(entry_id, 0) + 1
    if seen_ids[entry_id] > 1:  # same first words, another headline
        entry_id = f"{entry_id}-{seen_ids[entry_id]}"
    lines = item.lines()
    basis = (
        "page-position"
        if date_line is None
        else "printed"
        if dates.year_printed
        else "year-inferred"
    )
    return Entry(
        entry_id=entry_id,
        document_id=document_id,
        position=position,
        date_start=dates.start,
        date_end=dates.end,
        date_text=date_line.clean if date_line else None,
        date_basis=basis,  # type: ignore[arg-type]
        source_id=None,
        source_basis="none",
        curated_fields=[],
        line_start=lines[0].number,
        line_end=lines[-1].number,
        char_start=lines[0].start,
        char_end=lines[-1].end,
        **fields,  # type: ignore[arg-type]
    )


def _line_rows(lines: list[RawLine], reading: Reading, document_id: str) -> list[Line]:
    """One row per non-blank raw line with its role, entry and note."""
    return [
        Line(
            document_id=document_id,
            line=line.number,
            role=reading.roles.get(line.number, "stray"),
            entry_id=reading.entries.get(line.number),
            role_basis="curated" if line.number in reading.curated else "parsed",
            note=reading.notes.get(line.number)
            or (None if line.number in reading.roles else "not read by the grammar"),
            text=line.text,
            char_start=line.start,
            char_end=line.end,
        )
        for line in lines
        if line.clean
    ]


def parse_page(
    text: str,
    *,
    document_id: str,
    path: str,
    sha256: str | None = None,
    line_roles: Mapping[str, str] | None = None,
) -> ParsedPage:
    """Parse the decoded text of one digest page into records.

    ``line_roles`` maps the text of a line (as read, trimmed) to a role that
    overrides the grammar's reading: ``headline``, ``subheading``, ``stray``
    or ``text``. The result says which overrides matched a line.
    """
    lines = split_lines(text)
    reading = Reading(path)
    title, posted, author, tags, body_start = _header(lines, path, reading)
    body, footer = _split_footer(lines[body_start:])
    overrides = line_roles or {}
    roles = {line.number: overrides[line.clean] for line in body if line.clean in overrides}
    reading.curated = set(roles)
    groups = list(_groups(body, roles))
    ranges = _group_ranges(groups, posted, path)
    entries: list[Entry] = []
    found_quotes: list[Quote] = []
    seen_ids: dict[str, int] = {}
    seen_headlines: dict[tuple[str, str], int] = {}
    for (date_line, blocks), dates in zip(groups, ranges, strict=True):
        if date_line is not None:
            reading.mark(date_line, "date")
        for item in _items_of_group(blocks, roles, reading):
            entry = _make_entry(
                item,
                date_line,
                dates,
                document_id,
                len(entries) + 1,
                seen_ids,
                seen_headlines,
                path,
            )
            entries.append(entry)
            found_quotes += _quotes_of(entry.entry_id, item, reading)
            for line in item.lines():
                reading.roles.setdefault(line.number, "text")
                reading.entries[line.number] = entry.entry_id
    if not entries:
        raise fail(
            path,
            None,
            "no digest item found (a date header followed by a headline and an excerpt)",
            "check that this is a digest page",
        )
    for line in footer:
        reading.mark(line, "footer")
    line_rows = _line_rows(lines, reading, document_id)
    document = Document(
        document_id=document_id,
        title=title,
        author=author,
        published=posted,
        tags=tags,
        path=path,
        sha256=sha256 or hashlib.sha256(text.encode()).hexdigest(),
        line_count=len(lines),
    )
    return ParsedPage(
        document,
        entries,
        found_quotes,
        line_rows,
        frozenset(text for text in overrides if any(line.clean == text for line in body)),
    )
