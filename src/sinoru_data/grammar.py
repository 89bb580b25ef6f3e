"""The line-level grammar of a digest page: what each kind of line looks like.

A page reads, top to bottom::

    TITLE
    Written by AUTHOR // POST DATE // TAG, TAG // N comments
    [item …]                          ← items above the first date header are undated
    DATE HEADER                       ← "24 May", "14-15 March", "28 November-1 December"
    HEADLINE                          ← or "Author Name: Headline"
    [DEK …]                           ← standfirst line(s)
    [BYLINE]                          ← "By A and B", "A, Role, Institution"
    (Outlet) – EXCERPT PARAGRAPH      ← the outlet marker opens the excerpt
    [EXCERPT PARAGRAPH | SUBHEADING …]
    … more items, more date headers …
    Leave a Comment                   ← footer: this line and all below

The functions here judge single lines; :mod:`sinoru_data.parse` assembles
lines into items.
"""

from __future__ import annotations

import re

MARKER = re.compile(r"^\((?P<label>[^()\d\s][^()]{0,58}[^()\s])\)\s*(?:[-–—]+\s*)?")
"""An outlet marker at the start of an excerpt: "(Reuters) – ", "(AP) — ", "(NYT) "."""

FOOTER = re.compile(r"^leave a (comment|reply)$", re.IGNORECASE)
HEADER = re.compile(r"^written by\b", re.IGNORECASE)

HEADLINE_MAX = 160
"""Headlines are short; longer lines are excerpt paragraphs or standfirsts."""

FUNCTION_WORDS = {
    "in",
    "on",
    "at",
    "the",
    "a",
    "an",
    "of",
    "for",
    "to",
    "and",
    "with",
    "from",
    "by",
    "as",
    "after",
    "before",
    "over",
    "under",
    "how",
    "why",
    "what",
    "who",
    "is",
    "are",
}
NAME_PARTICLES = {"van", "von", "de", "da", "del", "der", "den", "al", "bin", "le", "la", "du"}
ROLE_WORDS = {
    "editor", "correspondent", "reporter", "columnist", "lecturer", "professor", "fellow",
    "director", "chief", "analyst", "researcher", "writer", "staff", "contributor", "president",
    "chair", "chairman", "head", "senior", "associate", "deputy", "bureau", "international",
    "center", "centre", "university", "institute", "school", "college",
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.,;:][”’\"')\]]*$")


def clean(line: str) -> str:
    """Normalise a raw line for reading: no-break spaces become spaces, ends trimmed.

    >>> clean("Written by\\u00a0 //\\u00a0 June 10, 2022 \\r")
    'Written by  //  June 10, 2022'
    """
    return line.replace("\u00a0", " ").replace("\u202f", " ").strip()


def marker_label(line: str) -> tuple[str, int] | None:
    """The outlet label of a marker line and where the excerpt text begins.

    >>> marker_label("(Reuters) – U.S. President Joe Biden sought")
    ('Reuters', 12)
    >>> marker_label("(12 March) text") is None, marker_label("(It did not say.) More") is None
    (True, True)
    """
    match = MARKER.match(line)
    if match is None or not _is_outlet_label(match["label"].strip()):
        return None
    return match["label"].strip(), match.end()


def _is_outlet_label(label: str) -> bool:
    """Whether a parenthesised label reads as an outlet's name, not as a sentence.

    >>> _is_outlet_label("Center for Strategic and International Studies"), _is_outlet_label("France 24")
    (True, True)
    >>> _is_outlet_label("Pavlin & Hart")
    True
    >>> _is_outlet_label("The ministry did not respond.")
    False
    """
    words = label.split()
    if len(words) > 6 or label[-1] in ".!?;:,":
        return False
    return len(words) == 1 or all(
        w[0].isupper() or not w[0].isalpha() or w.lower() in FUNCTION_WORDS for w in words
    )


def is_text_shaped(line: str) -> bool:
    """Whether a line reads as prose: long, or ending a sentence or clause.

    >>> is_text_shaped("Xi said so."), is_text_shaped("Xi said “No.”"), is_text_shaped("Why now?")
    (True, True, False)
    """
    return len(line) > HEADLINE_MAX or _SENTENCE_END.search(line) is not None


def is_headline_shaped(line: str) -> bool:
    """Whether a line could be a headline: short, not ending a sentence, capitalised.

    >>> is_headline_shaped("China looks to learn from Russian failures in Ukraine")
    True
    >>> is_headline_shaped("… China’s position on the invasion.")
    False
    """
    if not line or is_text_shaped(line) or line[0] in "(…" or line[0].islower():
        return False
    return marker_label(line) is None


def is_person_name(text: str) -> bool:
    """Whether text looks like a person's name: 2-5 capitalised words or initials.

    >>> is_person_name("Thomas L. Friedman"), is_person_name("Ukraine"), is_person_name("Diplomatic Editor")
    (True, False, False)
    >>> is_person_name("China’s Ukraine Crisis")  # a possessive is not part of a name
    False
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or any(w.lower().strip(".") in ROLE_WORDS for w in words):
        return False
    if any(re.search(r"[’']s$", w) or w.lower() in FUNCTION_WORDS for w in words):
        return False
    return all(
        w in NAME_PARTICLES or (w[0].isupper() and re.fullmatch(r"[\w’'.-]+", w) is not None)
        for w in words
    ) and any(len(w.strip(".")) > 1 for w in words)


def _names(part: str) -> list[str] | None:
    """Split "A and B" or "A" into names; None when any piece is not a name.

    >>> _names("Jude Blanchette and Bonny Lin")
    ['Jude Blanchette', 'Bonny Lin']
    """
    pieces = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", part)]
    return pieces if all(is_person_name(p) for p in pieces) else None


def _leading_names(parts: list[str]) -> list[str]:
    """The names in the leading comma-separated parts; the first other part starts the roles.

    >>> _leading_names(["A. Smith", " B. Jones and C. Wu", " Reuters"])
    ['A. Smith', 'B. Jones', 'C. Wu']
    """
    names: list[str] = []
    for part in parts:
        found = _names(part.strip())
        if found is None:
            break
        names += found
    return names


def parse_byline(line: str) -> list[str] | None:
    """The person names in a byline, or None when the line is not a byline.

    >>> parse_byline("By Jude Blanchette and Bonny Lin, Center for Strategic and International Studies.")
    ['Jude Blanchette', 'Bonny Lin']
    >>> parse_byline("Roger Boyes, Diplomatic Editor")
    ['Roger Boyes']
    >>> parse_byline("By A. Smith, B. Jones, and C. Wu, Reuters")
    ['A. Smith', 'B. Jones', 'C. Wu']
    >>> parse_byline("Essay on US site republished in China") is None
    True
    """
    text = line.strip().rstrip(".")
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)
    if len(text) > 240:
        return None
    authors: list[str] = []
    for person in re.split(r",\s*(?:&|and)\s+", text):
        names = _leading_names(person.split(","))
        if not names:
            return None
        authors += names
    return authors or None


def split_author_headline(line: str) -> tuple[str | None, str]:
    """Split the "Author Name: Headline" form; other headlines come back whole.

    >>> split_author_headline("David Leonhardt: China’s Russia Problem")
    ('David Leonhardt', 'China’s Russia Problem')
    >>> split_author_headline("Ukraine: Did China Have a Clue?")
    (None, 'Ukraine: Did China Have a Clue?')
    """
    head, sep, rest = line.partition(": ")
    if sep and rest and is_person_name(head):
        return head, rest
    return None, line


def is_stray_label(line: str) -> bool:
    """Whether a lone line is short enough to be a stray label (e.g. an outlet name).

    >>> is_stray_label("Stimson Center"), is_stray_label("Why China could become a mediator")
    (True, False)
    """
    return is_headline_shaped(line) and len(line.split()) <= 4
