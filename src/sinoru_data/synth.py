"""Synthetic digest pages, with the records a correct parse reads from them.

For property tests and benchmarks. :func:`render_page` draws a random but
well-formed page in the digest format (see :mod:`sinoru_data.grammar`) and
returns its text together with what the parser should make of it: every
entry's dates, headline, standfirst, byline, authors, outlet and excerpt,
every quotation's exact span, and the stray lines. The expectation is built
alongside the text, never by parsing it, so it can judge the parser.

Everything comes from the ``random.Random`` given, so a page is fixed by its
seed; its simplest choices are its generator's zeros (hypothesis shrinks a
failing page towards them). The text stays inside what the grammar
documents: headlines of 6+ words with a function word and no sentence-final
punctuation, prose paragraphs ending in a full stop, a byline right above
the outlet marker, a blank line around a lone headline or a stray line.

Example:
-------
>>> page = render_page(random.Random(7))
>>> page.text.splitlines()[0], page.published
('China-Russia relations', datetime.date(2028, 1, 7))
>>> entry = page.entries[0]
>>> entry.headline, entry.outlet, entry.authors
('What the Bababa Pipeline Deal Means for Beijing—and for Moscow', 'Morning Compass', ('Tomas Sato',))
>>> [q.text for q in entry.quotes][:2]
['We don’t comment on rumours,', 'We don’t comment on rumours,']

"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import yaml

from .grammar import FOOTER, HEADLINE_MAX
from .parse import document_id_for

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Outlet:
    """An outlet synthetic pages excerpt, as an item of ``data/curation/sources.yaml``."""

    source_id: str
    name: str
    labels: tuple[str, ...]
    kind: str
    country: str

    def as_source(self) -> dict[str, object]:
        """The outlet as a ``sources.yaml`` item.

        >>> OUTLETS[1].as_source()["labels"]
        ['Northfield Wire', 'NFW']
        """
        return {
            "source_id": self.source_id,
            "name": self.name,
            "labels": list(self.labels),
            "kind": self.kind,
            "country": self.country,
            "homepage": f"https://{self.source_id}.example.org/",
        }


OUTLETS = (
    Outlet("harbour-gazette", "The Harbour Gazette", ("Harbour Gazette", "The Harbour Gazette"), "newspaper", "GB"),
    Outlet("northfield-wire", "Northfield Wire", ("Northfield Wire", "NFW"), "news-agency", "US"),
    Outlet("eurasia-ledger", "Eurasia Ledger", ("Eurasia Ledger",), "magazine", "DE"),
    Outlet("csps", "Centre for Steppe & Pacific Studies", ("CSPS",), "think-tank", "FR"),
    Outlet("kestrel-broadcasting", "Kestrel Broadcasting Corporation", ("KBC",), "broadcaster", "CA"),
    Outlet("morning-compass", "The Morning Compass", ("Morning Compass",), "newsletter", "US"),
    Outlet("baltic-pacific-review", "Baltic-Pacific Review", ("Baltic-Pacific Review",), "academic", "FI"),
    Outlet("lantern-post", "Lantern Post", ("Lantern Post",), "newspaper", "SG"),
    Outlet("amur-river-monitor", "Amur River Monitor", ("Amur River Monitor", "ARM"), "other", "JP"),
    Outlet("quarterly-dispatch", "The Quarterly Dispatch", ("Quarterly Dispatch",), "magazine", "AU"),
    Outlet("meridian", "Meridian News Agency", ("Meridian", "MNA"), "news-agency", "IN"),
    Outlet("st-clair-institute", "St. Clair Institute", ("St. Clair Institute",), "think-tank", "US"),
    Outlet("tidewater-times", "Tidewater Times", ("Tidewater Times",), "newspaper", "NZ"),
    Outlet("pavlin-hart", "Pavlin & Hart Economics", ("Pavlin & Hart",), "other", "GB"),
    Outlet("continental", "The Continental", ("The Continental",), "magazine", "IE"),
    Outlet("us-asia-brief", "U.S.-Asia Brief", ("U.S.-Asia Brief",), "newsletter", "US"),
    Outlet("channel-7-asia", "Channel 7 Asia", ("Channel 7 Asia", "Ch7"), "broadcaster", "MY"),
)  # fmt: skip
"""Every outlet a synthetic page may print: labels unique across outlets, as the registry needs."""

_FIRST = (
    "Halvard", "Mirela", "Tomas", "Ines", "Dmitri", "Lena", "Arjun",
    "Sofia", "Kenji", "Amara", "Pavel", "Yara", "Oskar", "Nadia", "Zoë", "José",
)  # fmt: skip
_LAST = (
    "Ostrin", "Valdez", "Korsak", "Lindqvist", "Brennan", "Tarasova",
    "Okafor", "Hale", "Moreau", "Sato", "Kovac", "Petrenko", "Müller", "Nuñez",
)  # fmt: skip
_NON_ASCII_INITIALS = ("Łukasz Nowak", "Ömer Çelik", "Åsa Berg", "Štefan Novák")
_PARTICLED = ("Anna de Vries", "Pieter van Dam", "Luis de la Rosa")
_ROLES = (
    "Diplomatic Editor", "Moscow Correspondent", "Senior Fellow", "Asia Editor", "Staff Writer",
    "Research Director", "Professor of Politics", "Lecturer in Security Studies",
)  # fmt: skip
_INSTITUTIONS = (
    "University of Tarsk",
    "Centre for Eurasian Studies",
    "Institute of Northern Affairs",
)
_PLACES = ("Beijing", "Moscow", "Astana", "Vladivostok", "Harbin", "Ulaanbaatar", "Tashkent")
_NOUNS = (
    "accord", "summit", "pipeline deal", "grain corridor", "bridge project", "border pact",
    "trade forum", "naval drill", "rail link", "payment scheme", "port lease",
)  # fmt: skip
_VERBS = (
    "tests ties between Beijing and Moscow", "stalls over payment terms",
    "signals a deeper partnership", "draws scrutiny in Washington", "leaves Central Asia uneasy",
    "faces delays after the border closure", "revives old suspicions in the Far East",
)  # fmt: skip
_TERMS = ("no limits", "win-win", "strategic patience", "new era", "friendship corridor")
_CLAUSES = (
    "We will not be rushed into a decision",
    "The door remains open to further talks",
    "Nobody here wants a quarrel with a neighbour",
    "We don{a}t comment on rumours",
    "Our position on {place}{a}s claims has not changed",
)
_FRAGMENTS = (
    "a partnership without limits",
    "pragmatic but cautious",
    "neither an alliance nor a bloc",
)
_PLAIN = (
    "Trade between {place} and Moscow rose by {n} percent in the first half of the year.",
    "The agreement covers energy, transport and payments, and is due to be reviewed in {month}.",
    "Diplomats in {place} said the timing of the announcement was not an accident.",
    "Neither government has published the full text, and officials declined to say when it would be.",
    "Analysts expect the talks to continue through the winter, with a further round in {place}.",
    "{person} said the two sides had agreed to keep the details private for now.",
    "Shipments along the route have doubled since {month}, although volumes remain small.",
    "Beijing{a}s share of the project is larger than first reported, according to the filings.",
)
_DEKS = (
    "Officials in {place} say the project could take years to finish",
    "The deal is smaller than either side had hoped for",
    "Critics call it a {q}{term}{qc} that mostly benefits {place}",
    "A leaked memo suggests the terms were agreed months ago",
    "Both governments are keen to show that the partnership is working",
)
_STRAYS = ("Harbour Gazette", "Further reading", "Also worth reading", "Via Lantern Post")
_FOOTER_JUNK = ("Cancel reply", "comm comm comm", "Name *")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "over", "the", "to"}


def _one_in(rng: random.Random, n: int) -> bool:
    """True with probability 1/n; a zero draw gives False, so shrinking removes the option."""
    return rng.randrange(n) == n - 1


@dataclass(frozen=True)
class Marks:
    """The quotation marks and apostrophe a page uses."""

    open2: str
    close2: str
    open1: str
    close1: str
    apostrophe: str


CURLY = Marks("“", "”", "‘", "’", "’")
STRAIGHT = Marks('"', '"', "'", "'", "'")


@dataclass(frozen=True)
class Spanned:
    """Text and the quotations in it, as ``(start, end)`` of each quotation's inner text.

    >>> s = Spanned("He said ") + quoted("no", "“", "”") + Spanned(".")
    >>> s.text, [s.text[a:b] for a, b in s.spans]
    ('He said “no”.', ['no'])
    """

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def __add__(self, other: Spanned) -> Spanned:
        return _join([self, other])


def quoted(inner: Spanned | str, opener: str, closer: str) -> Spanned:
    """A quotation: ``inner`` between marks, its span (and any nested ones) recorded.

    >>> q = quoted(Spanned("a ") + quoted("b", "‘", "’"), "“", "”")
    >>> q.text, sorted(q.spans)
    ('“a ‘b’”', [(1, 6), (4, 5)])
    """
    inner = Spanned(inner) if isinstance(inner, str) else inner
    body = Spanned(opener) + inner + Spanned(closer)
    return Spanned(body.text, ((len(opener), len(opener) + len(inner.text)), *body.spans))


def _join(parts: Sequence[Spanned | str]) -> Spanned:
    """Concatenate plain and spanned pieces.

    >>> _join(["a ", quoted("b", '"', '"')]).spans
    ((3, 4),)
    """
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for part in parts:
        if isinstance(part, Spanned):
            spans += [(a + offset, b + offset) for a, b in part.spans]
            part = part.text
        texts.append(part)
        offset += len(part)
    return Spanned("".join(texts), tuple(spans))


def codeword(number: int) -> str:
    """A made-up proper noun, distinct for every number (keeps entry ids unique in a corpus).

    >>> codeword(0), codeword(1), codeword(70**3)
    ('Bababa', 'Bababe', 'Bebababa')
    """
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]  # 70 two-letter syllables
    digits: list[str] = []
    while number or len(digits) < 3:
        number, digit = divmod(number, len(syllables))
        digits.append(syllables[digit])
    return "".join(reversed(digits)).capitalize()


def _person(rng: random.Random) -> str:
    """A person's name: first and last, sometimes an initial or a particle.

    >>> _person(random.Random(0))
    'Mirela Brennan'
    """
    if _one_in(rng, 8):
        return rng.choice(_PARTICLED + _NON_ASCII_INITIALS)
    initial = f" {rng.choice('BDJLMR')}." if _one_in(rng, 6) else ""
    return f"{rng.choice(_FIRST)}{initial} {rng.choice(_LAST)}"


def _fill(rng: random.Random, template: str, marks: Marks) -> Spanned:
    """Fill a template's slots; ``{q}…{qc}`` quote a term with single marks.

    >>> _fill(random.Random(1), "a {q}{term}{qc} in {place}", STRAIGHT).text
    "a 'friendship corridor' in Moscow"
    """
    slots: dict[str, Callable[[], str]] = {  # drawn only when the template has the slot
        "place": lambda: rng.choice(_PLACES),
        "month": lambda: rng.choice(MONTHS),
        "n": lambda: str(rng.randint(3, 40)),
        "person": lambda: _person(rng),
        "a": lambda: marks.apostrophe,
    }
    values = {name: draw() for name, draw in slots.items() if "{" + name + "}" in template}
    head, sep, rest = template.partition("{q}{term}{qc}")
    if not sep:
        return Spanned(template.format(**values))
    term = quoted(rng.choice(_TERMS), marks.open1, marks.close1)
    return _join([head.format(**values), term, rest.format(**values)])


def _quote_sentence(rng: random.Random, marks: Marks) -> Spanned:
    """A sentence with quotations: direct, partial, a term, or one nested in another."""
    q = (marks.open2, marks.close2)
    speaker = _person(rng) if _one_in(rng, 2) else rng.choice(_LAST)
    clause = _fill(rng, rng.choice(_CLAUSES), marks).text
    form = rng.randrange(5)
    if form == 0:
        return _join([quoted(clause + ",", *q), f" {speaker} said."])
    if form == 1:
        return _join([f"{speaker} said: ", quoted(clause + ".", *q)])
    if form == 2:
        fragment = quoted(rng.choice(_FRAGMENTS), *q)
        return _join([f"{speaker} described the deal as ", fragment, " and urged patience."])
    term = quoted(rng.choice(_TERMS), marks.open1, marks.close1)
    if form == 3:
        return _join(["Officials call the route a ", term, " for the whole region."])
    inner = _join(["Nobody here uses the ", term, " label,"])
    return _join([quoted(inner, *q), f" {speaker} told reporters."])


def _paragraph(
    rng: random.Random,
    marks: Marks,
    sentences: tuple[int, int] = (1, 3),
    min_length: int = 0,
    quote_one_in: int = 3,
) -> Spanned:
    """An excerpt paragraph of some sentences ending in a full stop, longer than ``min_length``.

    >>> text = _paragraph(random.Random(2), CURLY, (2, 2)).text
    >>> text.endswith("."), len(text) > 60
    (True, True)
    """
    count = rng.randint(*sentences)
    found: list[Spanned] = []
    if count > 1 and _one_in(rng, 6):  # a question may open a paragraph, never end one
        found.append(_fill(rng, "What does {place} want from the deal?", marks))
    while len(found) < count or _length(found) <= min_length + 1:
        if _one_in(rng, quote_one_in):
            found.append(_quote_sentence(rng, marks))
        else:
            found.append(_fill(rng, rng.choice(_PLAIN), marks))
    parts: list[Spanned | str] = ["… "] if _one_in(rng, 12) else []
    for i, sentence in enumerate(found):
        parts += [" "] * (i > 0) + [sentence]
    return _join(parts)


def _length(sentences: Sequence[Spanned]) -> int:
    """Length of sentences joined by spaces."""
    return sum(len(s.text) + 1 for s in sentences)


def _title_case(text: str) -> str:
    """Capitalise every word but the small ones (which keep a headline from reading as a name).

    >>> _title_case("How the Kalo accord tests ties in the east")
    'How the Kalo Accord Tests Ties in the East'
    """
    words = text.split(" ")
    return " ".join(
        w if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def _headline(rng: random.Random, marks: Marks, word: str) -> Spanned:
    """A headline of 6+ words with a function word, its codeword among its first five words.

    >>> _headline(random.Random(5), CURLY, "Kalo").text
    'Kalo payment scheme puts ‘friendship corridor’ pledge to the test'
    """
    noun, verb, place = rng.choice(_NOUNS), rng.choice(_VERBS), rng.choice(_PLACES)
    form = rng.randrange(8)
    term = quoted(rng.choice(_TERMS), marks.open1, marks.close1)
    if form == 5:
        return _join([f"{word} {noun} puts ", term, " pledge to the test"])
    if form == 6:  # "‘No Wavering’: After Turning to Putin, …"
        return _join([term, f": {word} {noun} {verb}"])
    text = (
        f"{word} {noun} {verb}",
        f"How the {word} {noun} {verb}",
        f"Why the {word} {noun} matters for {place}",
        f"Will the {word} {noun} survive the winter?",
        f"What the {word} {noun} means for {place}—and for Moscow",
        "",
        "",
        # the longest form: up to 122 characters, 160 with an author and "Analysis: "
        f"{word} {noun} {verb} as officials in {place} weigh the cost of a partnership",
    )[form]
    text = _title_case(text) if _one_in(rng, 3) else text
    return Spanned(f"Analysis: {text}" if _one_in(rng, 10) else text)


def _sentence_headline(rng: random.Random, marks: Marks, word: str) -> Spanned:
    """A headline that ends a sentence: the page has one, first in its block ("… fight back.").

    >>> _sentence_headline(random.Random(0), CURLY, "Kalo").text
    'Kalo trade forum revives old suspicions in the Far East. Here’s what it means.'
    """
    return Spanned(
        f"{word} {rng.choice(_NOUNS)} {rng.choice(_VERBS)}. Here{marks.apostrophe}s what it means."
    )


@dataclass(frozen=True)
class Byline:
    """A byline as printed and the person names in it."""

    text: str
    authors: tuple[str, ...]


def _byline(rng: random.Random, *, plain: bool = False) -> Byline:
    """A byline in one of the page's forms; ``plain`` avoids forms ending in a full stop.

    >>> _byline(random.Random(3)).authors
    ('Dmitri Tarasova',)
    """
    a, b, c = _person(rng), _person(rng), _person(rng)
    role, where = rng.choice(_ROLES), rng.choice(_INSTITUTIONS)
    shapes = [
        (f"By {a}", (a,)),
        (f"By {a} and {b}", (a, b)),
        (f"{a}, {role}", (a,)),
        (f"{a}, {role}, {where}", (a,)),
        (a, (a,)),
        (f"By {a}, {b} and {c}", (a, b, c)),
        (f"By {a}, {role}, {where}, & {b}, {rng.choice(_ROLES)}, {where}", (a, b)),
        (f"By {a} and {b}, {where}.", (a, b)),
    ]
    text, authors = rng.choice(shapes[:-1] if plain else shapes)
    return Byline(text, authors)


@dataclass(frozen=True)
class ExpectedQuote:
    """A quotation a correct parse finds: its text, line, offsets and field."""

    text: str
    line: int
    char_start: int
    char_end: int
    field: str


@dataclass(frozen=True)
class ExpectedEntry:
    """An entry a correct parse reads, field by field (offsets into the decoded text)."""

    position: int
    date_start: dt.date
    date_end: dt.date
    date_text: str | None
    date_basis: str
    headline: str
    dek: str | None
    byline: str | None
    authors: tuple[str, ...]
    outlet: str | None
    text: str | None
    line_start: int
    line_end: int
    char_start: int
    char_end: int
    quotes: tuple[ExpectedQuote, ...]


@dataclass(frozen=True)
class _Draft:
    """An item before placement: its lines (text and field) and its fields."""

    lines: tuple[tuple[Spanned, str], ...]
    headline: str
    dek: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    text: str | None = None
    own_block: bool = False
    opens_block: bool = False


def _author_headline(
    rng: random.Random, pen: _Pen, word: str, sentence: bool = False
) -> tuple[Spanned, Byline | None]:
    """The headline line, sometimes in the "Author Name: Headline" form (giving the byline)."""
    headline = (_sentence_headline if sentence else _headline)(rng, pen.marks, word)
    if not _one_in(rng, 6):
        return headline, None
    author = _person(rng)
    return Spanned(f"{author}: ") + headline, Byline(author, (author,))


def _deks(rng: random.Random, marks: Marks, count: int) -> list[Spanned]:
    """Standfirst lines: all end in a full stop or none does (a line after a sentence opens an item)."""
    stop = "." if _one_in(rng, 2) else ""
    return [_fill(rng, rng.choice(_DEKS), marks) + Spanned(stop) for _ in range(count)]


@dataclass(frozen=True)
class PageSize:
    """How much a page holds: date groups, items per group, sentences per paragraph.

    ``quote_one_in``: one sentence in this many carries quotations.
    """

    groups: tuple[int, int] = (1, 5)
    items: tuple[int, int] = (1, 3)
    sentences: tuple[int, int] = (1, 3)
    quote_one_in: int = 3


CORPUS_SIZE = PageSize(groups=(9, 15), items=(1, 3), sentences=(3, 8), quote_one_in=9)
"""Pages like the real one (about 25 entries, 30 kB, 1 quotation per kB): what benchmarks build."""


@dataclass(frozen=True)
class _Pen:
    """What every item of a page is written with: marks, outlets, paragraph length."""

    marks: Marks
    outlets: Sequence[Outlet]
    size: PageSize

    def paragraph(self, rng: random.Random, min_length: int = 0) -> Spanned:
        """An excerpt paragraph in this page's style."""
        return _paragraph(rng, self.marks, self.size.sentences, min_length, self.size.quote_one_in)


MARKERS = (
    ("({}) ", ""), ("({}) – ", ""), ("({}) — ", ""), ("({}) - ", ""), ("({})\u00a0— ", ""), ("({}) ", "… "),
)  # fmt: skip
"""Outlet markers: what the parser strips, and what stays at the head of the excerpt."""


def _marker(rng: random.Random, pen: _Pen, ellipsis: bool = True) -> tuple[str, str, str]:
    """An outlet label, its marker, and what of the marker stays in the excerpt ("… ")."""
    label = rng.choice(rng.choice(pen.outlets).labels)
    marker, kept = rng.choice(MARKERS if ellipsis else MARKERS[:-1])
    return label, marker.format(label), kept


def _by(found: Byline | None) -> dict[str, object]:
    """The byline fields of an entry."""
    return {"byline": found.text, "authors": found.authors} if found else {}


def _marker_item(rng: random.Random, pen: _Pen, word: str) -> _Draft:
    """Headline, standfirsts, byline, then "(Outlet) – " opening the excerpt."""
    deks = _deks(rng, pen.marks, rng.choice((0, 0, 1, 2)))
    sentence = not deks and _one_in(rng, 10)  # only first in its block, and no standfirst after it
    headline, author = _author_headline(rng, pen, word, sentence)
    byline = None if author or _one_in(rng, 2) else _byline(rng)
    label, marker, kept = _marker(rng, pen)
    paragraphs = [pen.paragraph(rng) for _ in range(rng.randint(1, 4))]
    lines = [(headline, "headline"), *((d, "dek") for d in deks)]
    lines += [(Spanned(byline.text), "byline")] if byline else []
    lines += [(_join([marker, kept, paragraphs[0]]), "text")]
    lines += [(p, "text") for p in paragraphs[1:]]
    return _Draft(
        tuple(lines),
        headline=headline.text.partition(": ")[2] if author else headline.text,
        dek="\n".join(d.text for d in deks) or None,
        outlet=label,
        text="\n".join([kept + paragraphs[0].text, *(p.text for p in paragraphs[1:])]),
        opens_block=sentence,
        **_by(byline or author),  # type: ignore[arg-type]
    )


def _plain_item(rng: random.Random, pen: _Pen, word: str) -> _Draft:
    """An item with no outlet marker: [byline], [one short standfirst], excerpt paragraphs.

    Without a marker the parser tells a standfirst by its length, so with no
    standfirst the first of several paragraphs is longer than a headline can be.
    """
    headline, author = _author_headline(rng, pen, word)
    byline = None if author or not _one_in(rng, 3) else _byline(rng, plain=True)
    deks = _deks(rng, pen.marks, rng.randint(0, 1))
    count = rng.randint(1, 3)
    long_first = HEADLINE_MAX if count > 1 and not deks else 0
    paragraphs = [pen.paragraph(rng, long_first if i == 0 else 0) for i in range(count)]
    lines = [(headline, "headline")]
    lines += [(Spanned(byline.text), "byline")] if byline else []
    lines += [*((d, "dek") for d in deks), *((p, "text") for p in paragraphs)]
    return _Draft(
        tuple(lines),
        headline=headline.text.partition(": ")[2] if author else headline.text,
        dek=deks[0].text if deks else None,
        text="\n".join(p.text for p in paragraphs),
        **_by(byline or author),  # type: ignore[arg-type]
    )


def _lone_headline_item(rng: random.Random, pen: _Pen, word: str) -> _Draft:
    """A headline with nothing under it, alone in its block."""
    headline, author = _author_headline(rng, pen, word)
    return _Draft(
        ((headline, "headline"),),
        headline=headline.text.partition(": ")[2] if author else headline.text,
        own_block=True,
        **_by(author),  # type: ignore[arg-type]
    )


def _headline_after_item(rng: random.Random, pen: _Pen, word: str) -> _Draft:
    """The real page's first item: "(Outlet) excerpt", its headline the block's last line."""
    label, marker, _ = _marker(rng, pen, ellipsis=False)
    paragraph = pen.paragraph(rng)
    headline = _headline(rng, pen.marks, word)
    return _Draft(
        ((Spanned(marker) + paragraph, "text"), (headline, "headline")),
        headline=headline.text,
        outlet=label,
        text=paragraph.text,
        own_block=True,
    )


def _item(rng: random.Random, pen: _Pen, word: str) -> _Draft:
    """One item of a random shape; the zero draw (and most draws) give the marker form."""
    shape = rng.randrange(12)
    if shape == 9:
        return _plain_item(rng, pen, word)
    if shape == 10:
        return _lone_headline_item(rng, pen, word)
    if shape == 11:
        return _headline_after_item(rng, pen, word)
    return _marker_item(rng, pen, word)


@dataclass(frozen=True)
class DateGroup:
    """A date header and the days it covers."""

    start: dt.date
    end: dt.date
    text: str
    year_printed: bool


def _month(day: dt.date, short: str | None) -> str:
    """A day's month name, or its three-letter abbreviation followed by ``short`` ("" or ".").

    >>> _month(dt.date(2022, 9, 5), None), _month(dt.date(2022, 9, 5), ".")
    ('September', 'Sep.')
    """
    name = MONTHS[day.month - 1]
    return name if short is None else name[:3] + short


def date_header(
    start: dt.date,
    end: dt.date,
    dash: str = "-",
    year: str = "",
    short: str | None = None,
    month_first: bool = False,
) -> str:
    """A date header for the days from start to end, in the page's forms.

    ``year`` is printed after the last day (" 2023" or ", 2023"), or with
    ``year="first"`` after the first day of a range across months;
    ``month_first`` writes "February 27" for "27 February".

    >>> date_header(dt.date(2022, 5, 24), dt.date(2022, 5, 24))
    '24 May'
    >>> date_header(dt.date(2022, 3, 14), dt.date(2022, 3, 15))
    '14-15 March'
    >>> date_header(dt.date(2022, 12, 28), dt.date(2023, 1, 3), "–", " 2023")
    '28 December–3 January 2023'
    >>> date_header(dt.date(2022, 12, 31), dt.date(2023, 1, 1), year="first", short="")
    '31 Dec 2022-1 Jan'
    >>> date_header(dt.date(2023, 2, 27), dt.date(2023, 3, 2), year=", 2023", month_first=True)
    'February 27-March 2, 2023'
    """
    if month_first:
        return _month_first(start, end, dash, short) + year
    first_year, last_year = (f" {start.year}", "") if year == "first" else ("", year)
    last = f"{end.day} {_month(end, short)}{last_year}"
    if start == end:
        return last
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{dash}{last}"
    return f"{start.day} {_month(start, short)}{first_year}{dash}{last}"


def _month_first(start: dt.date, end: dt.date, dash: str, short: str | None) -> str:
    """A month-first header without its year: "February 27", "February 27-28", "February 27-March 2".

    >>> _month_first(dt.date(2023, 2, 27), dt.date(2023, 2, 28), "-", None)
    'February 27-28'
    """
    first = f"{_month(start, short)} {start.day}"
    if start == end:
        return first
    if (start.year, start.month) == (end.year, end.month):
        return f"{first}{dash}{end.day}"
    return f"{first}{dash}{_month(end, short)} {end.day}"


def _date_range(rng: random.Random, cursor: dt.date) -> tuple[dt.date, dt.date]:
    """Days ending on or before ``cursor``: one day, days in a month, or days across months."""
    kind = rng.randrange(4)
    if kind == 2 and cursor.day > 1:  # "14-15 March"
        return cursor - rng.randint(1, min(3, cursor.day - 1)) * DAY, cursor
    if kind == 3:  # "28 November-1 December"; from 1 January it crosses the year
        end = cursor.replace(day=rng.randint(1, min(3, cursor.day)))
        return end - (end.day - 1 + rng.randint(1, 3)) * DAY, end
    return cursor, cursor


def _year_text(rng: random.Random, start: dt.date, end: dt.date, month_first: bool) -> str:
    """How a header prints its year: mostly not at all (the post date implies it)."""
    if not _one_in(rng, 8):
        return ""
    if not month_first and start.month != end.month and _one_in(rng, 2):
        return "first"  # "31 December 2022-1 January"
    return rng.choice((" ", ", ")) + str(end.year)


def _date_groups(rng: random.Random, posted: dt.date, count: int) -> list[DateGroup]:
    """Date headers, newest first, within 330 days before the post date (so the year is inferable).

    One curator in six writes the month first ("February 27"), on every header of the page.
    """
    groups: list[DateGroup] = []
    month_first = _one_in(rng, 6)
    cursor = posted - rng.randint(0, 3) * DAY
    for _ in range(count):
        start, end = _date_range(rng, cursor)
        if start < posted - 330 * DAY:
            break
        year = _year_text(rng, start, end, month_first)
        dash = rng.choice(("-", "-", "–", " – "))
        short = rng.choice(("", ".")) if _one_in(rng, 10) else None
        text = date_header(start, end, dash, year, short, month_first)
        groups.append(DateGroup(start, end, text, bool(year)))
        cursor = start - rng.randint(1, 12) * DAY
    return groups


def _post_date(rng: random.Random) -> dt.date:
    """A post date; one page in three is posted early in a year, so its items cross the new year."""
    day = dt.date(2016, 1, 1) + rng.randrange(5000) * DAY
    return day.replace(month=1, day=rng.randint(1, 25)) if _one_in(rng, 3) else day


@dataclass(frozen=True)
class Layout:
    """How a page is laid out: line endings, byte-order mark, spaces, quotation marks, footer.

    ``eol`` is "\n", "\r\n" or "mixed" (each line ending drawn anew);
    ``spaces`` adds trailing spaces, tabs and no-break spaces, blank lines
    holding them, and indented lines.
    """

    eol: str = "\n"
    bom: bool = False
    spaces: bool = False
    nbsp_header: bool = False
    marks: Marks = CURLY
    footer: bool = False


def _layout(rng: random.Random) -> Layout:
    """A random layout; the zero draws give LF, no BOM, no stray spaces, curly quotes."""
    return Layout(
        eol=("\n", "\n", "\n", "\r\n", "mixed")[rng.randrange(5)],
        bom=_one_in(rng, 4),
        spaces=_one_in(rng, 3),
        nbsp_header=_one_in(rng, 3),
        marks=STRAIGHT if _one_in(rng, 3) else CURLY,
        footer=_one_in(rng, 2),
    )


_SPACES = (" ", "  ", "\t", "\u00a0")


class _Sheet:
    """The page's lines as written, with each line's quotation spans and field."""

    def __init__(self, rng: random.Random, layout: Layout) -> None:
        self.rng, self.layout = rng, layout
        self.lines: list[str] = []
        self.eols: list[str] = []
        self.spans: dict[int, tuple[tuple[int, int], ...]] = {}
        self.fields: dict[int, str] = {}

    def _space(self) -> str:
        """Some white space, when the layout has stray spaces (one line in three)."""
        return self.rng.choice(_SPACES) if self.layout.spaces and _one_in(self.rng, 3) else ""

    def _append(self, text: str) -> None:
        eol = self.layout.eol
        self.lines.append(text)
        self.eols.append(self.rng.choice(("\n", "\r\n")) if eol == "mixed" else eol)

    def add(self, line: Spanned | str, field: str = "text") -> int:
        """Write a line (sometimes indented, sometimes with trailing spaces); return its number."""
        line = Spanned(line) if isinstance(line, str) else line
        indent = " " if self.layout.spaces and _one_in(self.rng, 6) else ""
        self._append(indent + line.text + self._space())
        number = len(self.lines)
        self.spans[number] = tuple((a + len(indent), b + len(indent)) for a, b in line.spans)
        self.fields[number] = field
        return number

    def blank(self, at_least: int = 0) -> None:
        """Write ``at_least`` blank lines, sometimes one more, sometimes holding spaces."""
        for _ in range(at_least + _one_in(self.rng, 2)):
            self._append(self._space())

    def text(self) -> str:
        """The page's text (as decoded: no byte-order mark)."""
        return "".join(line + eol for line, eol in zip(self.lines, self.eols, strict=True))

    def starts(self) -> list[int]:
        """Offset of every line in the text."""
        out, offset = [], 0
        for line, eol in zip(self.lines, self.eols, strict=True):
            out.append(offset)
            offset += len(line) + len(eol)
        return out


def _header_line(author: str | None, posted: dt.date, tags: Sequence[str], nbsp: bool) -> str:
    """The "Written by NAME // Month D, YYYY // tags // N comments" line.

    >>> _header_line(None, dt.date(2022, 6, 10), ["China", "Russia"], False)
    'Written by // June 10, 2022 // China, Russia // No comments'
    """
    sep = " \u00a0//\u00a0 " if nbsp else " // "
    date = f"{MONTHS[posted.month - 1]} {posted.day}, {posted.year}"
    written = f"Written by {author}" if author else "Written by"
    return sep.join([written, date, ", ".join(tags), "No comments"])


def _place_group(
    sheet: _Sheet, drafts: Sequence[_Draft], stray_before: int | None
) -> Iterator[list[int]]:
    """Write a group's items, and a stray line before one of them; yield each item's line numbers.

    A lone headline, a stray line and a headline printed after its excerpt
    each need a blank line on both sides (else they would join a neighbour).
    """
    alone = False
    for i, draft in enumerate(drafts):
        if i == stray_before:
            sheet.blank(1 if i else 0)
            sheet.add(sheet.rng.choice(_STRAYS), "stray")
            alone = True
        apart = alone or draft.own_block or draft.opens_block
        sheet.blank(1 if (i or i == stray_before) and apart else 0)
        yield [sheet.add(line, field) for line, field in draft.lines]
        alone = draft.own_block


@dataclass(frozen=True)
class _Placed:
    """An item written on the sheet: its draft, its line numbers, its dates."""

    draft: _Draft
    numbers: list[int]
    start: dt.date
    end: dt.date
    group: DateGroup | None


def _expected(
    placed: _Placed, position: int, sheet: _Sheet, starts: Sequence[int]
) -> ExpectedEntry:
    """The entry a correct parse reads from a written item."""
    d, numbers, group = placed.draft, placed.numbers, placed.group
    quotes = [
        ExpectedQuote(
            sheet.lines[n - 1][a:b], n, starts[n - 1] + a, starts[n - 1] + b, sheet.fields[n]
        )
        for n in numbers
        for a, b in sheet.spans[n]
    ]
    basis = (
        "page-position" if group is None else "printed" if group.year_printed else "year-inferred"
    )
    return ExpectedEntry(
        position=position,
        date_start=placed.start,
        date_end=placed.end,
        date_text=group.text if group else None,
        date_basis=basis,
        headline=d.headline,
        dek=d.dek,
        byline=d.byline,
        authors=d.authors,
        outlet=d.outlet,
        text=d.text,
        line_start=numbers[0],
        line_end=numbers[-1],
        char_start=starts[numbers[0] - 1],
        char_end=starts[numbers[-1] - 1] + len(sheet.lines[numbers[-1] - 1]),
        quotes=tuple(sorted(quotes, key=lambda q: q.char_start)),
    )


@dataclass(frozen=True)
class SyntheticPage:
    """A synthetic page: its bytes, its decoded text, and what a correct parse reads from it."""

    data: bytes
    text: str
    title: str
    author: str | None
    published: dt.date
    tags: tuple[str, ...]
    entries: tuple[ExpectedEntry, ...]
    stray_lines: tuple[int, ...]

    @property
    def outlets(self) -> list[Outlet]:
        """The outlets the page prints, as the registry must know them."""
        labels = {e.outlet for e in self.entries}
        return [o for o in OUTLETS if labels.intersection(o.labels)]


def _sections(
    rng: random.Random, pen: _Pen, groups: Sequence[DateGroup], size: PageSize, serial: int
) -> list[tuple[DateGroup | None, list[_Draft]]]:
    """The items of every date group (and, sometimes, undated items above the first header)."""
    words = (codeword(serial * 100 + i) for i in range(100))
    counts = [rng.randint(1, 2) if _one_in(rng, 6) else 0] + [
        rng.randint(*size.items) for _ in groups
    ]
    if sum(counts) > 100:
        raise ValueError(
            f"a page holds at most 100 items, not {sum(counts)}: use a smaller PageSize"
        )
    keys: list[DateGroup | None] = [None, *groups]
    return [
        (g, [_item(rng, pen, next(words)) for _ in range(n)])
        for g, n in zip(keys, counts, strict=True)
        if n
    ]


def _stray_before(rng: random.Random, items: int) -> int | None:
    """Before which item of a group a stray line stands, if any (one group in eight has one)."""
    return rng.randrange(items) if _one_in(rng, 8) else None


def _write(
    sheet: _Sheet, sections: Sequence[tuple[DateGroup | None, list[_Draft]]], posted: dt.date
) -> list[_Placed]:
    """Write every date header and item; undated items are bounded by the newest date and the post date."""
    newest = next(g.end for g, _ in sections if g is not None)
    placed: list[_Placed] = []
    for group, drafts in sections:
        if group is not None:
            sheet.blank(0)
            sheet.add(group.text, "date")
        stray = _stray_before(sheet.rng, len(drafts))
        for draft, numbers in zip(drafts, _place_group(sheet, drafts, stray), strict=True):
            start, end = (group.start, group.end) if group else (newest, posted)
            placed.append(_Placed(draft, numbers, start, end, group))
    return placed


def _footer(sheet: _Sheet) -> None:
    """The "Leave a Comment" footer and the comment-form junk under it."""
    sheet.blank(1)
    sheet.add(sheet.rng.choice(("Leave a Comment", "Leave a Reply")), "footer")
    sheet.blank(1)
    sheet.add(sheet.rng.choice(_FOOTER_JUNK), "footer")


def render_page(
    rng: random.Random, *, serial: int = 0, size: PageSize | None = None
) -> SyntheticPage:
    """A random well-formed digest page and the records a correct parse reads from it.

    ``serial`` numbers the page within a corpus: its headlines carry codewords
    made from it, so that entry ids (date and first headline words) are unique
    across pages.

    >>> page = render_page(random.Random(1), serial=3)
    >>> page.text == render_page(random.Random(1), serial=3).text
    True
    >>> all(e.headline in page.text for e in page.entries)
    True
    """
    size = size or PageSize()
    layout = _layout(rng)
    pen = _Pen(layout.marks, OUTLETS, size)
    posted = _post_date(rng)
    groups = _date_groups(rng, posted, rng.randint(*size.groups))
    sections = _sections(rng, pen, groups, size, serial)
    author = _person(rng) if _one_in(rng, 2) else None
    tags = tuple(
        rng.sample(("China", "Russia", "Central Asia", "Trade", "Energy"), rng.randint(1, 3))
    )
    title = rng.choice(
        ("China-Russia relations", "Beijing and Moscow: a reading list", "Weekly digest")
    )
    sheet = _Sheet(rng, layout)
    sheet.add(title, "title")
    sheet.blank(0)
    sheet.add(_header_line(author, posted, tags, layout.nbsp_header), "header")
    sheet.blank(1)
    placed = _write(sheet, sections, posted)
    if layout.footer:
        _footer(sheet)
    text, starts = sheet.text(), sheet.starts()
    return SyntheticPage(
        data=(("\ufeff" if layout.bom else "") + text).encode("utf-8"),
        text=text,
        title=title,
        author=author,
        published=posted,
        tags=tags,
        entries=tuple(_expected(p, i, sheet, starts) for i, p in enumerate(placed, start=1)),
        stray_lines=tuple(n for n, f in sheet.fields.items() if f == "stray"),
    )


def sources_yaml(outlets: Sequence[Outlet] = OUTLETS) -> str:
    """A ``data/curation/sources.yaml`` for outlets (by default all a synthetic page may print).

    >>> yaml.safe_load(sources_yaml(OUTLETS[:1]))[0]["source_id"]
    'harbour-gazette'
    """
    header = (
        "# Outlets of synthetic pages (sinoru_data.synth): fictional, for tests and benchmarks.\n"
    )
    return header + yaml.safe_dump(
        [o.as_source() for o in outlets], allow_unicode=True, sort_keys=False
    )


def _write_pages(raw: Path, numbers: range, seed: int, size: PageSize) -> int:
    """Write pages ``numbers`` of a corpus into ``raw``; return their number of entries."""
    entries = 0
    for i in numbers:
        page = render_page(random.Random(f"{seed}:{i}"), serial=i, size=size)
        (raw / f"synthetic-{i + 1:05d}.txt").write_bytes(page.data)
        entries += len(page.entries)
    return entries


def write_corpus(
    root: Path, pages: int, seed: int = 0, size: PageSize = CORPUS_SIZE, workers: int = 1
) -> int:
    """Write a buildable repository of synthetic pages under ``root``; return the number of entries.

    Pages go to ``root/data/raw/synthetic-NNNNN.txt`` (earlier synthetic pages
    there are removed first), the registry of their outlets to
    ``root/data/curation/sources.yaml``, and an empty ``overrides.yaml``.
    Page ``i`` is drawn from ``random.Random(f"{seed}:{i}")``, so the corpus is
    the same whatever the number of worker processes writing it.

    >>> import tempfile
    >>> write_corpus(Path(tempfile.mkdtemp()), 2, seed=1) > 2
    True
    """
    raw, curation = root / "data" / "raw", root / "data" / "curation"
    raw.mkdir(parents=True, exist_ok=True)
    curation.mkdir(parents=True, exist_ok=True)
    for old in raw.glob("synthetic-*.txt"):
        old.unlink()
    chunks = [range(i, min(i + 250, pages)) for i in range(0, pages, 250)]
    if workers > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(workers) as pool:
            entries = sum(pool.map(_write_pages, repeat(raw), chunks, repeat(seed), repeat(size)))
    else:
        entries = sum(_write_pages(raw, chunk, seed, size) for chunk in chunks)
    (curation / "sources.yaml").write_text(sources_yaml(), encoding="utf-8")
    (curation / "overrides.yaml").write_text(overrides_yaml(sorted(raw.glob("*.txt"))), "utf-8")
    return entries


_NO_FOOTER_NOTE = "Drawn without a comment footer; nothing was cut."


def _has_footer(text: str) -> bool:
    """Whether a page has the comment footer line the parser looks for.

    >>> _has_footer("Item\\n\\nLeave a Reply\\n"), _has_footer("Item\\n")
    (True, False)
    """
    return any(FOOTER.match(" ".join(line.split())) for line in text.splitlines())


def overrides_yaml(pages: Sequence[Path]) -> str:
    """A ``data/curation/overrides.yaml`` declaring the footer-less pages complete.

    A synthetic page is drawn without its comment footer half the time; it is complete all
    the same (nothing was cut), which is what a curator declares under ``pages:``.

    >>> import tempfile
    >>> page = Path(tempfile.mkdtemp()) / "synthetic-00000.txt"
    >>> _ = page.write_text("Title\\n")
    >>> print(overrides_yaml([page]), end="")
    # Synthetic pages need no curation, except declaring the footer-less ones complete.
    lines: []
    records: []
    pages:
    - document: synthetic-00000
      footer: absent
      note: Drawn without a comment footer; nothing was cut.
    """
    footerless = [
        {"document": document_id_for(page), "footer": "absent", "note": _NO_FOOTER_NOTE}
        for page in pages
        if not _has_footer(page.read_text(encoding="utf-8"))
    ]
    body = yaml.safe_dump(
        {"lines": [], "records": [], "pages": footerless}, sort_keys=False, allow_unicode=True
    )
    return f"# Synthetic pages need no curation, except declaring the footer-less ones complete.\n{body}"
