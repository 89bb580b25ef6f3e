"""Sentences and paragraphs: where a quotation's sentence starts, and what is around it.

The rules read a quotation through its :class:`Context`: the sentence before it, the
paragraph after it, and the paragraph (or, for a nested quotation, the quotation around
it) that bounds both. The words of other quotations are blanked out, so that a rule never
reads a speaker or a cue from inside someone else's quotation.

>>> ctx = context("Mr. Xi met U.S. envoys. They called it “good,” he said.", 0)
>>> ctx.before, ctx.rest
('They called it ', ' he said.')
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .names import person, speaker_of
from .spans import Span, positions, spans_of
from .vocabulary import (
    ABBREVIATIONS,
    ADVERBS,
    AUX,
    BODY_DESCRIPTIONS,
    FIRM_SUFFIX,
    FIRM_SUFFIXES,
    INTRO_WORDS,
    LONG_NAME,
    NAMES,
    PAIR,
    PAST,
    PERSON_NOUNS,
    ROLE_WORDS,
    SPEECH,
    TITLES,
    TOKEN,
    UPPER,
    WHEN,
)

BLANK = "·"  # stands in for the words of other quotations while one is attributed
_SENTENCE_END = re.compile(rf"[.?!][”’\"'»)]*\s+(?=[“‘\"'«(]?(?:{UPPER}|[0-9]))")
_WEEKDAY_NEXT = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_ABBREVIATION = re.compile(  # titles (Coun. Ana Roy), months, firms: no sentence ends there
    rf"(?:[A-Z]\.)+|[A-Z]|(?:{'|'.join(ABBREVIATIONS)}|No|vs|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|" + "|".join(FIRM_SUFFIXES) + r")\."
)


@functools.lru_cache(maxsize=16)
def sentence_starts(text: str) -> tuple[int, ...]:
    """Offsets where sentences start: after . ? ! (not after U.S. or Mr.) and after line breaks.

    >>> sentence_starts("Mr. Xi met U.S. envoys. They said “no.” Then\\nit ended.")
    (0, 24, 40, 45)
    >>> sentence_starts("He quit at 10 p.m. Monday, telling staff.")  # a time, not an end
    (0,)
    >>> sentence_starts("Fees rose at Acme Corp. The firm said so in a post on X. It did.")
    (0, 24, 57)
    """
    starts = {0} | {i + 1 for i in positions(text, "\n")}
    for match in _SENTENCE_END.finditer(text):
        words = text[max(0, match.start() - 30) : match.start() + 1].rsplit(maxsplit=2)
        word = words[-1]
        clock = word in ("a.m.", "p.m.") and _WEEKDAY_NEXT.match(text, match.end())
        firm = _FIRM_END.fullmatch(word) and _ENDS_AFTER_ABBREVIATION.match(text, match.end())
        platform = word == "X." and words[-2:-1] in (["on"], ["via"])
        ends = firm or platform  # requested by Acme Corp. The utility said; a post on X. Ana …
        if (not _ABBREVIATION.fullmatch(word.lstrip("“‘\"'«(")) and not clock) or ends:
            starts.add(match.end())
    return tuple(sorted(starts))


_FIRM_END = re.compile(FIRM_SUFFIX)
#: Words that open a sentence, never a name's next word (Acme Corp. The firm …).
_ENDS_AFTER_ABBREVIATION = re.compile(
    r"(?:The|It|Its|He|She|They|Their|We|A|An|But|In|On|This|That|Shares)\b"
)


def _skip_intro(sentence: str) -> str:
    """A sentence without its introductory phrase (Since the invasion, ...).

    >>> _skip_intro("Since the 24 February invasion, China has struggled")
    'China has struggled'
    """
    words = sentence.split(maxsplit=1)
    first = words[0].strip(",").lower() if words else ""
    comma = sentence.find(",")
    if 0 < comma < 100 and (first in INTRO_WORDS or first.endswith(("ly", "ed", "ing"))):
        return sentence[comma + 1 :].lstrip()
    return sentence


#: Plural nouns for people (teachers, residents, people): a crowd that can chant or say.
_PEOPLE = (
    "(?:"
    + "|".join(
        sorted({re.escape(f"{noun}s") for noun in PERSON_NOUNS} | {"people", "men", "women"})
    )
    + ")"
)
#: Plural things, not speakers, that open business news (Shares in Acme fell).
_THINGS = r"(?:Shares|Stocks|Prices|Sales|Profits|Exports|Imports|Bonds|Yields|Costs|Rates|Talks)\b"
_VERB_AFTER = rf"(?=(?:\s+(?:on|last|this|late|early|earlier)\s+{WHEN})?\s+(?:{AUX}|{SPEECH}|[a-z]+ed|{PAST})\b)"
#: Shares of Acme fell: the company is what the sentence is about (and what "it" refers to).
_SHARES_OF = re.compile(rf"{_THINGS}\s+(?:of|in)\s+(?:the\s+)?(?P<np>{NAMES}){_VERB_AFTER}")
#: A name, its apposition and its verb (The Daily Post, a tabloid, ran …).
_APPOSED = re.compile(  # also two in a row: Ana Roy, 63, who was a minister, had told …
    rf"(?P<np>(?:[Tt]he\s+)?{NAMES})(?:,\s[^,;:“”\"]{{1,100}}){{1,2}},{_VERB_AFTER}"
)
#: A role, then the name in apposition, then the verb (Quebec's language minister, Ana Roy, said).
_ROLE_APPOSED = re.compile(
    rf"(?:{NAMES}[’']s|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){{0,4}}?[a-z][\w\-]*,"
    rf"\s(?P<np>{NAMES}),{_VERB_AFTER}"
)
_SUBJECT = re.compile(
    rf"(?P<np>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:[Tt]he\s+)?{LONG_NAME}|{PAIR}|{NAMES}\s+[a-z][\w\-]*s|"
    rf"(?!{_THINGS})(?:{NAMES})\s+(?:in|at|from|of)\s+(?:the\s+)?{NAMES}|"
    rf"(?!{_THINGS}){UPPER}[a-z]+s\s+(?:in|at|from)\s+(?:the|a|an)\s+(?:{TOKEN}\s+){{0,2}}?[a-z]+|"
    rf"(?:Hundreds|Thousands|Dozens|Scores|Millions)\s+of\s+(?:[a-z][\w\-]*\s+){{0,2}}?{_PEOPLE}"
    rf"(?:\s+and\s+{_PEOPLE})?|"  # Hundreds of teachers and parents rallied (not of dollars)
    rf"(?:{NAMES}[’']s|[Tt]he|[Aa]n?|Both|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    rf"\s+(?:{TOKEN}\s+){{0,3}}?{TOKEN}|"
    rf"{NAMES}\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?i:{TITLES}|{ROLE_WORDS})\s+{NAMES})"  # Spain coach X
    rf"(?=(?:\s+(?:on|last|this|late|early|earlier)\s+{WHEN})?\s+(?:{AUX}|{SPEECH}|[a-z]+ed|{PAST})\b)"
)
#: A sentence that opens with a name and its verb (Kettering declined), before any comma.
_NAMED_SUBJECT = re.compile(  # Kettering declined; Acme Foods Inc. cut
    rf"(?P<np>{NAMES}(?:\s+{FIRM_SUFFIX})?)(?=\s+(?:{AUX}|{SPEECH}|[a-z]+ed|{PAST})\b)"
)
#: What opens a news item before its first sentence: a source and a dash or an ellipsis
#: ("(Reuters) - ", "(AP) — ", "(The Guardian) ", "… ").
_SOURCE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Z.'’]+(?:[\s\-][A-Z][A-Z.'’]+)*"  # a dateline in capitals: DES MOINES, KYIV
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?=\s*(?:\(|[:—–]|\s-\s)))?\s*"  # then (AP), a colon or a dash: KARACHI:; …, Feb 3 (Reuters) -
    r"(?:\([^()]{1,40}\)\s*)?(?:[-–—:]\s*)?(?:…\s*)?"
)


def sentence_subject(sentence: str) -> str | None:
    """The subject of a sentence, when it is a name, a pronoun or a short noun phrase.

    >>> sentence_subject("Since 2016, Moscow and Beijing issued a statement")
    'Moscow and Beijing'
    >>> sentence_subject("The company has cut prices."), sentence_subject("Not now.")
    ('The company', None)
    >>> sentence_subject("Green Party councillors walked out"), sentence_subject("My uncle used to say")
    ('Green Party councillors', 'My uncle')
    >>> sentence_subject("(AP) — Judge Ann Roy on Friday blocked the law")
    'Ann Roy'
    >>> sentence_subject("(Reuters) Japan’s trade ministry has said")
    'Japan’s trade ministry'
    >>> sentence_subject("DES MOINES, Iowa (AP) — A federal judge on Tuesday sentenced")
    'A federal judge'
    >>> sentence_subject("DENVER (AP) — Hundreds of teachers and parents rallied outside")
    'Hundreds of teachers and parents'
    >>> sentence_subject("KARACHI: The State Bank of Pakistan kept its rate")
    'State Bank of Pakistan'
    >>> sentence_subject("KYIV, Ukraine, Feb 3 (Reuters) - Ana Roy said")
    'Ana Roy'
    >>> sentence_subject("UK-based Acme Ltd said"), sentence_subject("Millions of dollars were lost")
    ('Acme Ltd', None)
    >>> sentence_subject("Nurses at Leeds General Infirmary walked out, saying")
    'Nurses at Leeds General Infirmary'
    >>> sentence_subject("Hastings declined to comment, saying")
    'Hastings'
    >>> sentence_subject("Workers at the Dagenham plant walked out, saying")
    'Workers at the Dagenham plant'
    >>> sentence_subject("Shares of Ombra Foods fell 9% after")
    'Ombra Foods'
    >>> sentence_subject("The Daily Post, a tabloid owned by Ida Berg, ran a leader")
    'Daily Post'
    >>> sentence_subject("Spain coach Luis Ferrer refused to blame the referee")
    'Luis Ferrer'
    >>> sentence_subject("Police believe Ana Roy fled") is None
    True
    >>> sentence_subject("Quebec's language minister, Ana Roy, defended the rules, saying")
    'Ana Roy'

    """
    sentence = without_source_prefix(sentence)
    return _subject(sentence) or _subject(_simplified(sentence))


def without_source_prefix(sentence: str) -> str:
    """A sentence without the dateline or source tag that opens it, nor marks before its words.

    >>> without_source_prefix("DENVER (AP) — Hundreds of teachers rallied")
    'Hundreds of teachers rallied'
    >>> without_source_prefix("(Reuters) Japan said")
    'Japan said'
    """
    return _SOURCE_PREFIX.sub("", sentence.lstrip(' “”‘’"«»·'), count=1).lstrip(' “”‘’"«»·()')


def _subject(sentence: str) -> str | None:
    """The subject of a sentence as the patterns read it (see :func:`sentence_subject`)."""
    named = _NAMED_SUBJECT.match(sentence)  # Kettering declined ..., not an opening "Speaking,"
    match = named or _SHARES_OF.match(sentence) or _APPOSED.match(sentence)
    match = match or _ROLE_APPOSED.match(sentence)
    match = match or _SUBJECT.match(_skip_intro(sentence))
    return speaker_of(match["np"]) if match else None


#: A conjunction that opens a sentence (But the union said ...).
_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Meanwhile),?\s+")
#: Words set between a subject and its verb by commas (Halford & Price, the housebuilder, fell).
_INSERTED = re.compile(
    r"(?P<head>(?:\S+\s+){0,7}?\S+?),\s+(?P<inserted>(?:[^,;:“”\"«»·]|,(?=\d)){1,140}?),\s+(?=[a-z])"
)
#: An adverb between a subject and its verb (The 48-year-old also played down ...).
_ADVERB = re.compile(rf"(?P<head>(?:\S+\s+){{0,7}}?\S+?)\s+{ADVERBS}\s+(?=[a-z])")
#: A kind of body or person printed before a name (Housing charity Homes First Scotland).
_DESCRIPTOR = re.compile(
    rf"(?:[Tt]he\s+)?(?:[A-Z][a-z]+|(?<=[Tt]he\s)[a-z]+)\s+(?:{'|'.join(sorted(BODY_DESCRIPTIONS))})"
    r"\s+(?=[A-Z][a-z])"  # Housing charity X; the campaign group X
)


def _simplified(sentence: str) -> str:
    """A sentence stripped to its subject and verb, as a reader finds them.

    Left out: an opening conjunction, the words commas set between subject and verb (a name
    among them wins over a role), an adverb before the verb, and a kind before a name.

    >>> _simplified("But a residents' group, which collected 3,000 signatures, called it")
    "a residents' group called it"
    >>> _simplified("The Minister of Education, Ibrahim Danladi, appealed to the union")
    'Ibrahim Danladi appealed to the union'
    >>> _simplified("Housing charity Homes First Scotland also welcomed the move")
    'Homes First Scotland welcomed the move'
    >>> _simplified("The campaign group Horse Welfare Watch renewed its call")
    'Horse Welfare Watch renewed its call'
    """
    sentence = _CONJUNCTION.sub("", sentence, count=1)
    inserted = _INSERTED.match(sentence)
    if inserted:
        words = inserted["inserted"]
        subject = words if person(words) == words else inserted["head"]
        sentence = f"{subject} {sentence[inserted.end() :]}"
    adverb = _ADVERB.match(sentence)
    if adverb:
        sentence = f"{adverb['head']} {sentence[adverb.end() :]}"
    return _DESCRIPTOR.sub("", sentence, count=1)


def opens_sentence(before: str, frame: str) -> bool:
    """Whether a quotation starts its sentence (or follows "X said," / a colon).

    >>> opens_sentence("", "none"), opens_sentence("Friedman wrote, ", "speech")
    (True, True)
    >>> opens_sentence("the plan is ", "speech")
    False

    A source's tag opening the paragraph is not part of the sentence:

    >>> opens_sentence("(AP) ", "none")
    True
    """
    tail = before.rstrip()
    if not tail or _SOURCE_TAG.fullmatch(tail):  # (AP) “…”
        return True
    return tail[-1] in ".?!:(—–" or (tail[-1] == "," and frame == "speech")


_SOURCE_TAG = re.compile(r"\s*\([^()\s][^()]{0,40}\)")  # (AP), (The Moscow Times)


@dataclass(frozen=True)
class Context:
    """A quotation and the text around it, the words of other quotations blanked out.

    ``lo``/``hi`` bound its paragraph (or the quotation that encloses it); ``start``/``end``
    bound its sentence; ``starts`` are the text's sentence starts; ``text`` is ``raw`` (the
    text given) with other quotations' words blanked out, offsets unchanged.

    >>> ctx = context("A “b” c. “D,” he said.", 1)
    >>> ctx.before, ctx.after, ctx.rest
    ('', ' he said.', ' he said.')
    """

    text: str
    span: Span
    lo: int
    hi: int
    start: int
    end: int
    nested: bool
    starts: tuple[int, ...]
    raw: str

    @property
    def before(self) -> str:
        """The quotation's sentence up to its opening mark."""
        return self.text[self.start : self.span.open_at]

    @property
    def after(self) -> str:
        """The paragraph after the closing mark."""
        return self.text[self.span.close_at + 1 : self.hi]

    @property
    def rest(self) -> str:
        """The quotation's sentence after the closing mark."""
        return self.text[self.span.close_at + 1 : self.end]


def _blanked(text: str, ranges: Iterable[tuple[int, int]], lo: int = 0, hi: int = -1) -> str:
    """``text[lo:hi]`` with the characters of some ``[start, end)`` ranges blanked out.

    The ranges are in text order and inside ``[lo, hi)``; ``hi=-1`` means the end of the text.

    >>> _blanked("“a” b “c”", [(1, 2), (7, 8)]), _blanked("“a” b “c”", [(7, 8)], 4, 9)
    ('“·” b “·”', 'b “·”')
    """
    hi = len(text) if hi < 0 else hi
    pieces: list[str] = []
    done = lo
    for start, end in ranges:
        start = max(start, done)
        if start < end:
            pieces += [text[done:start], BLANK * (end - start)]
            done = end
    pieces.append(text[done:hi])
    return "".join(pieces)


def _blank_others(text: str, spans: Sequence[Span], span: Span | None) -> str:
    """The text with the words of every quotation but ``span`` and those around it blanked.

    >>> spans = spans_of("“a” b “c”")[0]
    >>> _blank_others("“a” b “c”", spans, spans[1])
    '“·” b “c”'
    """
    others = [s for s in spans if not (span and _encloses(s, span))]
    return _blanked(text, sorted((s.start, s.end) for s in others))


def _encloses(outer: Span, inner: Span) -> bool:
    """Whether one quotation is inside another (or is the other).

    >>> spans = spans_of("“a ‘b’ c”")[0]
    >>> _encloses(spans[0], spans[1]), _encloses(spans[1], spans[0]), _encloses(spans[1], spans[1])
    (True, False, True)
    """
    return outer.open_at <= inner.open_at and inner.close_at <= outer.close_at


@functools.lru_cache(maxsize=16)
def _blank_all(text: str) -> str:
    """The text with the words of every quotation blanked out.

    >>> _blank_all("“a” b “c”")
    '“·” b “·”'
    """
    return _blank_others(text, spans_of(text)[0], None)


def _blank_around(text: str, spans: Sequence[Span], span: Span, outermost: Span) -> str:
    """What ``_blank_others(text, spans, span)`` gives, for a quotation inside ``outermost``.

    Outside ``outermost`` that is :func:`_blank_all`, computed once per text; only the
    quotations inside it are blanked anew.

    >>> text = "“a” and “b ‘c’ d ‘e’”"
    >>> spans = spans_of(text)[0]
    >>> _blank_around(text, spans, spans[2], spans[1]) == _blank_others(text, spans, spans[2])
    True
    """
    inside = [
        (s.start, s.end)
        for s in spans
        if _encloses(outermost, s) and s != outermost and not _encloses(s, span)
    ]
    blanked = _blank_all(text)
    middle = _blanked(text, sorted(inside), outermost.start, outermost.end)
    return blanked[: outermost.start] + middle + blanked[outermost.end :]


def context(text: str, index: int, spans: Sequence[Span] | None = None) -> Context:
    """The context of the ``index``-th quotation of ``text`` (in text order).

    ``spans`` are ``find_spans(text)[0]``, when the caller has them already.

    >>> context("He said: “Yes.” No.", 0).before
    'He said: '
    """
    spans = spans_of(text)[0] if spans is None else spans
    span = spans[index]
    paragraph = text.rfind("\n", 0, span.open_at) + 1
    outer = _enclosing(spans, index, paragraph)
    lo = outer[-1].start if outer else paragraph
    line_end = text.find("\n", span.close_at)
    hi = outer[-1].end if outer else (len(text) if line_end < 0 else line_end)
    starts = sentence_starts(text)
    start = max(lo, starts[bisect.bisect_right(starts, span.open_at) - 1])
    after = bisect.bisect_right(starts, span.close_at)
    end = min(hi, starts[after]) if after < len(starts) else hi
    read = _skip_brackets(text)  # once per text; the blanking below keeps its offsets
    blanked = _blank_around(read, spans, span, outer[0]) if outer else _blank_all(read)
    return Context(blanked, span, lo, hi, start, end, bool(outer), starts, text)


#: A short bracket after a name: the Electoral Commission (EC) said; Rep. Ana Roy (D-Ariz.) told.
_BRACKET_AFTER_NAME = re.compile(r"(?<=[A-Za-z.]) \([A-Z][^()“”\"]{1,20}\)(?=[ ,])(?!\s*[—–-])")


@functools.lru_cache(maxsize=16)
def _skip_brackets(text: str) -> str:
    """``text`` with a short bracket after a name (an acronym, a party) blanked, offsets kept.

    The rules then read the name and its verb together, as a reader does. Done once per
    text and kept, not once per quotation (which made long texts quadratic).

    >>> _skip_brackets("The Electoral Commission (EC) has said")
    'The Electoral Commission      has said'
    """
    return _BRACKET_AFTER_NAME.sub(lambda match: " " * len(match.group()), text)


def _enclosing(spans: Sequence[Span], index: int, paragraph: int) -> list[Span]:
    """The quotations that enclose the ``index``-th one, outermost first.

    Only quotations opened since ``paragraph`` (the start of its line) can enclose it.

    >>> text = "“a ‘b “c” d’”"
    >>> [text[s.start : s.end] for s in _enclosing(spans_of(text)[0], 2, 0)]
    ['a ‘b “c” d’', 'b “c” d']
    """
    span, outer = spans[index], []
    for k in range(index - 1, -1, -1):
        if spans[k].open_at < paragraph:
            break
        if span.close_at < spans[k].close_at:
            outer.append(spans[k])
    return outer[::-1]


_NAMED_BY = (  # a group calling itself “Nightshade”
    r"so-called|dubbed|nicknamed|named|titled|entitled|called|known\s+as|"
    r"call(?:s|ed|ing)\s+(?:itself|themselves|himself|herself)"
)
#: Works whose title may follow them in quote marks (her book “The Long Road”).
_WORKS = (
    r"book|novel|memoir|biography|film|movie|documentary|album|song|musical|sitcom|podcast|"
    r"poem|opera|painting|exhibition|novella|anthology|bestseller"
)
_DETERMINED_BY = r"the|a|an|this|these|those|its|their|his|her|our|your|my"
_NAMED_LABEL = re.compile(rf"\b(?:{_NAMED_BY}|{_WORKS})\s*$", re.IGNORECASE)
_DETERMINER_LABEL = re.compile(rf"(?:\b(?:{_DETERMINED_BY})|\w[’']s|s[’'])\s*$", re.IGNORECASE)


def label_position(before: str) -> str | None:
    """How a quotation is set up as a name, if it is.

    ``"named"`` after so-called, dubbed, titled ... or a work (her book “…”); ``"determiner"``
    after the, their, X’s ...

    >>> label_position("The so-called "), label_position("declared their "), label_position("said ")
    ('named', 'determiner', None)
    >>> label_position("whose new book ")
    'named'
    """
    # Both patterns match within the last two words (known as), so the search starts there.
    words = before.rsplit(maxsplit=2)
    last_words = len(words[0]) if len(words) == 3 else 0
    if _NAMED_LABEL.search(before, last_words):
        return "named"
    if _DETERMINER_LABEL.search(before, last_words):
        return "determiner"
    return None
