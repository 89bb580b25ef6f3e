"""The typed records of the dataset: one pydantic model per published table.

These models are the single source of truth for the tables. The Table
Schemas in ``schema/``, the Frictionless descriptor and the Arrow schemas
are all derived from them (see :mod:`sinoru_data.tableschema`).

Each field carries a ``description`` and a ``basis`` saying how its value is
obtained: ``parsed`` (read from the page), ``inferred`` (computed from what
the page says, e.g. a year), ``curated`` (a curator's decision in
``data/curation/``) or ``derived`` (computed by the build, e.g. a hash).

Example:
-------
>>> from datetime import date
>>> Source(source_id="ap", name="Associated Press", labels=["AP"],
...        kind="news-agency", country="US", homepage="https://apnews.com/").labels
['AP']

"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=120)]
Text = Annotated[str, StringConstraints(min_length=1)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

SourceKind = Literal[
    "news-agency",
    "newspaper",
    "magazine",
    "broadcaster",
    "think-tank",
    "academic",
    "newsletter",
    "government",
    "other",
]
DateBasis = Literal["printed", "year-inferred", "page-position"]
SourceBasis = Literal["page", "curated", "none"]
QuoteKind = Literal["direct", "partial", "term"]
QuoteField = Literal["headline", "dek", "byline", "text"]
#: The extractor's attribution rules (``sinoru_data.quotes.RULE_NAMES``; a test keeps the two
#: the same), and ``curated`` for a speaker set by a curation override.
SpeakerBasis = Literal[
    "according-to",
    "as-described",
    "by-which-mean",
    "calls-for",
    "carried",
    "colon-subject",
    "continuation",
    "cue-role-of",
    "cue-speaker",
    "cue-speaker-of",
    "cue-title-name",
    "curated",
    "document-subject",
    "headline-colon",
    "headline-colon-subject",
    "headline-colon-verb",
    "headline-clause",
    "headline-speaker",
    "in-the-words-of",
    "introduced",
    "judging-as",
    "naming-verb",
    "next-paragraph",
    "none",
    "praising-verb",
    "quoted-as-saying",
    "reported-clause",
    "sentence-cue",
    "speaker-cue",
    "split-quotation",
    "trailing-according-to",
    "trailing-cue-speaker",
    "trailing-dash-speaker",
    "trailing-speaker-cue",
    "was-how-x-put-it",
    "was-quoted-as-saying",
    "what-x-calls",
]
LineRole = Literal[
    "title",
    "header",
    "date",
    "headline",
    "dek",
    "byline",
    "text",
    "subheading",
    "stray",
    "footer",
]


def _field(description: str, basis: str, **kwargs: Any) -> Any:
    """Declare a model field with its description and how its value is obtained.

    >>> _field("The outlet's name.", "curated").json_schema_extra
    {'basis': 'curated'}
    """
    return Field(description=description, json_schema_extra={"basis": basis}, **kwargs)


class ForeignKey(BaseModel):
    """A reference from some fields of one table to the primary key of another."""

    model_config = ConfigDict(frozen=True)

    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


class Record(BaseModel):
    """Base of every table's record: strict, closed, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    table: ClassVar[str]
    table_title: ClassVar[str]
    table_description: ClassVar[str]
    primary_key: ClassVar[tuple[str, ...]]
    foreign_keys: ClassVar[tuple[ForeignKey, ...]] = ()


class Document(Record):
    """A raw digest page, as stored under ``data/raw/``."""

    table = "documents"
    table_title = "Documents"
    table_description = "The raw digest pages the dataset is built from, one row per file."
    primary_key = ("document_id",)

    document_id: Slug = _field(
        "Identifier of the page, from its file name (e.g. china-russia-relations-2022-06-10).",
        "derived",
    )
    title: Text = _field("The page's title, its first line.", "parsed")
    author: Text | None = _field(
        "The post's author from the 'Written by' header; null when the header names nobody.",
        "parsed",
    )
    published: dt.date = _field("The post date from the page header.", "parsed")
    tags: list[Text] = _field("The post's tags from the page header.", "parsed")
    path: Text = _field("The raw file, relative to the repository root.", "derived")
    sha256: Sha256 = _field("SHA-256 of the raw file's bytes.", "derived")
    line_count: int = _field("Number of lines in the raw file.", "derived", ge=0)


class Source(Record):
    """An outlet that digest entries are excerpted from (curated by hand)."""

    table = "sources"
    table_title = "Sources"
    table_description = (
        "The outlets entries are excerpted from, curated in data/curation/sources.yaml."
    )
    primary_key = ("source_id",)

    source_id: Slug = _field("Identifier of the outlet (e.g. ap).", "curated")
    name: Text = _field("Full canonical name (e.g. Associated Press).", "curated")
    labels: list[Text] = _field(
        "How pages print the outlet in their markers (e.g. AP).", "curated", min_length=1
    )
    kind: SourceKind = _field("What kind of outlet it is.", "curated")
    country: CountryCode = _field(
        "ISO 3166-1 alpha-2 code of the outlet's home country.", "curated"
    )
    homepage: Url = _field("The outlet's home page.", "curated")


class Entry(Record):
    """One digest item: a dated excerpt from one outlet."""

    table = "entries"
    table_title = "Entries"
    table_description = (
        "One row per digest item: dates, headline, standfirst, authors, outlet, excerpt."
    )
    primary_key = ("entry_id",)
    foreign_keys = (
        ForeignKey(fields=("document_id",), table="documents", reference=("document_id",)),
        ForeignKey(fields=("source_id",), table="sources", reference=("source_id",)),
    )

    entry_id: Slug = _field(
        "Stable identifier: the printed date (or 'undated') and the headline's first words.",
        "derived",
    )
    document_id: Slug = _field("The page the entry is on.", "derived")
    position: int = _field("1-based order of the entry in its page.", "parsed", ge=1)
    date_start: dt.date = _field("First day the entry is dated to.", "inferred")
    date_end: dt.date = _field(
        "Last day the entry is dated to (equal to date_start for one day).", "inferred"
    )
    date_text: Text | None = _field(
        "The date header as printed (e.g. 14-15 March); null when the page prints none.", "parsed"
    )
    date_basis: DateBasis = _field(
        "How the dates were obtained: printed (with a year), year-inferred (day and month "
        "printed, year from the post date), page-position (no date printed: bounded by the "
        "next older date on the page and the post date).",
        "derived",
    )
    headline: Text = _field("The headline as printed (without an 'Author:' prefix).", "parsed")
    dek: Text | None = _field(
        "The standfirst line(s), joined with newlines; null if none.", "parsed"
    )
    authors: list[Text] = _field("Person names from the byline, in order.", "parsed")
    byline: Text | None = _field("The byline as printed; null if none.", "parsed")
    outlet: Text | None = _field(
        "The outlet label as printed in the excerpt's marker, e.g. (AP); null if none.", "parsed"
    )
    source_id: Slug | None = _field(
        "The outlet, from the sources table; null if unknown.", "curated"
    )
    source_basis: SourceBasis = _field(
        "Where source_id came from: page (the marker's label), curated (an override), none.",
        "derived",
    )
    text: Text | None = _field(
        "The excerpt paragraphs joined with newlines (marker removed); null for a headline-only item.",
        "parsed",
    )
    curated_fields: list[Text] = _field(
        "Fields whose value was set by a curation override.", "derived"
    )
    line_start: int = _field(
        "1-based line of the raw file where the entry starts.", "derived", ge=1
    )
    line_end: int = _field("1-based line of the raw file where the entry ends.", "derived", ge=1)
    char_start: int = _field(
        "Offset of the entry's first character in the raw text.", "derived", ge=0
    )
    char_end: int = _field(
        "Offset just past the entry's last character in the raw text.", "derived", ge=0
    )

    @model_validator(mode="after")
    def _check_ranges(self) -> Entry:
        """Dates, lines and offsets each form a non-empty, ordered range."""
        if self.date_end < self.date_start:
            raise ValueError(f"date_end {self.date_end} is before date_start {self.date_start}")
        if self.line_end < self.line_start or self.char_end <= self.char_start:
            raise ValueError("line or character range is empty or reversed")
        return self


class Quote(Record):
    """A quotation inside an entry: the exact text between the quote marks."""

    table = "quotes"
    table_title = "Quotes"
    table_description = (
        "Every quotation in the entries: exact text, kind, speaker and reporting word."
    )
    primary_key = ("quote_id",)
    foreign_keys = (ForeignKey(fields=("entry_id",), table="entries", reference=("entry_id",)),)

    quote_id: Slug = _field("Identifier: the entry's id and the quote's number in it.", "derived")
    entry_id: Slug = _field("The entry the quote is in.", "derived")
    field: QuoteField = _field("Which part of the entry the quote is in.", "parsed")
    text: Text = _field("The quoted text, exactly as between the marks.", "parsed")
    kind: QuoteKind = _field(
        "direct (someone's clause or sentence), partial (a fragment inside the writer's "
        "sentence) or term (scare quotes, names, slogans).",
        "inferred",
    )
    speaker: Text | None = _field(
        "Who is quoted, as the text names them; null if nobody.", "inferred"
    )
    speaker_full: Text | None = _field(
        "The speaker's fullest name given in the same entry (e.g. Xi -> Xi Jinping).", "inferred"
    )
    cue: Text | None = _field(
        "The reporting word tying quote and speaker (e.g. said); empty when no word in the"
        " quote's sentence does, as for a quote continuing its speaker in a later sentence.",
        "inferred",
    )
    speaker_basis: SpeakerBasis = _field(
        "How speaker and cue were found: the extractor's rule (e.g. speaker-cue when 'X said'"
        " follows the quote; continuation for a quote after its speaker's; none when no rule"
        " named anyone), or curated (an override set the speaker or cue). docs/quotes.md gives"
        " each rule with how often its speaker was right on text the rules had never seen.",
        "derived",
    )
    curated_fields: list[Text] = _field("Fields set by a curation override.", "derived")
    line: int = _field("1-based line of the raw file the quote is on.", "derived", ge=1)
    char_start: int = _field(
        "Offset of the quote's first character in the raw text.", "derived", ge=0
    )
    char_end: int = _field("Offset just past the quote's last character.", "derived", ge=0)


class Line(Record):
    """A line of a raw page and the role the parser gave it: nothing is silently lost."""

    table = "lines"
    table_title = "Lines"
    table_description = (
        "Every non-blank line of every raw page, with its role and the entry it belongs to."
    )
    primary_key = ("document_id", "line")
    foreign_keys = (
        ForeignKey(fields=("document_id",), table="documents", reference=("document_id",)),
        ForeignKey(fields=("entry_id",), table="entries", reference=("entry_id",)),
    )

    document_id: Slug = _field("The page.", "derived")
    line: int = _field("1-based line number.", "derived", ge=1)
    role: LineRole = _field(
        "What the line is: title, header, date, headline, dek, byline, "
        "text, subheading, stray or footer.",
        "parsed",
    )
    entry_id: Slug | None = _field(
        "The entry the line belongs to; null outside entries.", "derived"
    )
    role_basis: Literal["parsed", "curated"] = _field(
        "parsed (the grammar's reading) or curated (a line override).", "derived"
    )
    note: Text | None = _field(
        "Why the line was dropped or how it was judged; null if plain.", "derived"
    )
    text: Text = _field("The line as in the raw file, without its line ending.", "parsed")
    char_start: int = _field(
        "Offset of the line's first character in the raw text.", "derived", ge=0
    )
    char_end: int = _field("Offset just past the line's last character.", "derived", ge=0)


TABLES: dict[str, type[Record]] = {
    model.table: model for model in (Document, Source, Entry, Quote, Line)
}
"""Every published table, in dependency order (referenced tables first)."""
