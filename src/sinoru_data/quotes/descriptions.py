"""Descriptions: the name a definite description in an attribution stands for.

"the company", "the chairman", "the platform" or "the 27-year-old Pole" stand for a body or
a person the same text names. :func:`resolve_body` and :func:`resolve_role` give that name
when exactly one candidate fits (named beside the role, the one body or person named before,
or the one named just after a description that nobody before can be); otherwise None, and the
description stays the speaker as printed: nobody is guessed.

>>> from sinoru_data.quotes.sentences import context
>>> text = "Ann Roy, the club’s chairman, spoke. “We stay,” the chairman said."
>>> resolve_role("the chairman", context(text, 0))
'Ann Roy'
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from .names import AFFILIATION, is_name, name_runs, person, speaker_of
from .pronouns import is_object
from .sentences import BLANK, Context, sentence_starts, sentence_subject
from .vocabulary import (
    BODY_DESCRIPTIONS,
    BODY_NOUNS,
    BUSINESS_NOUNS,
    CAP,
    COMMERCIAL_DESCRIPTIONS,
    COMPANY_END_WORDS,
    CORPORATE_WORDS,
    DEMONYMS,
    FIRM_SUFFIXES,
    INSTITUTION_NOUNS,
    NAMES,
    NATIONAL_ADJECTIVES,
    ORG_WORDS,
    PLACE_NAMES,
    PRONOUNS,
    PUBLIC_BODY_WORDS,
    ROLE_WORDS,
    SPEECH,
    TITLES,
    WHEN,
)

_DEFINITE_ROLE = re.compile(  # the chairman; its chief executive
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})"
)


_MODIFIERS = r"(?:(?:the|its|their|his|her|[\w\-]+[’']s)\s+){0,2}(?:[\w\-’']+\s+){0,3}?"


_POST = rf"(?:\s+(?:to|for|in|at)\s+(?:the\s+)?{NAMES})?"  # ambassador to the EU


_DEFINITE_BODY = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)")  # the company, the ministry


_PLACED_ROLE = re.compile(  # the Newcastle manager, the envoy
    rf"[Tt]he\s+(?:[A-Z][\w\-]*\s+){{0,2}}(?P<role>(?i:{TITLES}|{ROLE_WORDS}))"
)


#: Words for the same role: "the envoy" may stand for a name set beside "ambassador".
ROLE_SYNONYMS = {
    "envoy": ("ambassador", "diplomat"),
    "ambassador": ("envoy",),
    "diplomat": ("ambassador", "envoy"),
    "coach": ("manager", "head coach"),
    "manager": ("coach", "boss"),
    "boss": ("manager", "chief executive", "CEO"),
    "chief executive": ("CEO", "boss"),
    "ceo": ("chief executive",),
}


def resolve_body(phrase: str, ctx: Context) -> str | None:
    """The organisation "the company" or "the ministry" refers to, named earlier in the text.

    "the ministry" is the nearest name with Ministry in it; "the company" (the firm, the
    carmaker ...) the nearest name of a business (Acme Foods, Norbury Motors). Failing that,
    a description (the platform, the Russian energy giant) is the one body that spoke before
    (:func:`_described_body`). None when the phrase is not such a reference or the text
    names no such body before the quotation.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Shares in Acme Foods fell in Europe. “We will act,” the company said."
    >>> resolve_body("the company", context(text, 0))
    'Acme Foods'
    >>> text = "Weald Water will ban hosepipes. “It is a last resort,” the company said."
    >>> resolve_body("the company", context(text, 0))
    'Weald Water'
    """
    match = _DEFINITE_BODY.fullmatch(phrase)
    if not match or match["noun"] not in BUSINESS_NOUNS | BODY_NOUNS:
        return _described_body(phrase, ctx) or _kind_named(phrase, ctx)  # the envoy: not a body
    noun = match["noun"]
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    if _unnamed_before(noun, ctx.text[lo:at]):
        return None
    all_runs = name_runs(ctx.raw)
    runs = all_runs[bisect.bisect_left(all_runs, (lo,)) : bisect.bisect_left(all_runs, (at,))]
    for i, run in reversed(runs):
        words = set(run.split())
        public = bool(words & PUBLIC_BODY_WORDS)  # the Securities and Exchange Commission
        ends_like_one = (
            len(words) > 1 and run.split()[-1] in COMPANY_END_WORDS and not words & ORG_WORDS
        )
        business = (
            noun in BUSINESS_NOUNS and bool(words & CORPORATE_WORDS or ends_like_one) and not public
        )
        body = noun in BODY_NOUNS and any(w.startswith(noun.capitalize()) for w in words)
        if ctx.text[i] != BLANK and (business or body):
            return _with_corporate_period(run, ctx.raw, i)
    return _described_body(phrase, ctx) or _kind_named(phrase, ctx)


_KIND_PHRASE = re.compile(r"[Tt]he\s+(?P<words>(?:[a-z][\w\-]*\s+){0,2}?)(?P<noun>[a-z]+)")


def _kind_named(phrase: str, ctx: Context) -> str | None:
    """The body a description names by its kind (the trust, the port company, the firm).

    The latest name before the quotation that shares the description's noun (the trust → the
    Western Health and Social Care Trust, the central bank → State Bank of Pakistan; for a
    company also a word before the noun: the port company → Napier Port), or that the text set
    after the same noun (drone maker DJI; the provider, Larchfield Care Ltd: a company).

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "The Harbour Trust met Ann Roy. “We wait,” the trust said."
    >>> _kind_named("the trust", context(text, 0))
    'Harbour Trust'
    >>> text = "Drone maker DJI left Russia. The firm called it “temporary”."
    >>> _kind_named("The firm", context(text, 0))
    'DJI'
    >>> text = "Corvane Health, a billing company, was hacked. The company saw “no evidence”."
    >>> _kind_named("The company", context(text, 0))
    'Corvane Health'
    >>> text = "Millbrook Athletic sacked Gary Holt. “Thanks, Gary,” the club said."
    >>> _kind_named("the club", context(text, 0))
    'Millbrook Athletic'
    >>> text = "Fans marched in Kansas City. “Thanks, fans,” the club said."
    >>> _kind_named("the club", context(text, 0)) is None
    True
    >>> text = "Carmaker Volterra recalled cars. The company called it “a precaution”."
    >>> _kind_named("The company", context(text, 0))
    'Volterra'
    >>> text = "Ana Roy, an oil company executive, spoke. The company called it “a mistake”."
    >>> _kind_named("The company", context(text, 0)) is None
    True
    """
    match = _KIND_PHRASE.fullmatch(phrase)
    if not match:
        return None
    noun = match["noun"]
    if noun not in BODY_DESCRIPTIONS | BODY_NOUNS:
        return None  # the commissioner, the joint statement: a person or a document
    words = [*match["words"].split(), noun]
    business = noun in ("company", "firm", "business")
    kinds = {noun} | (COMMERCIAL_DESCRIPTIONS | BUSINESS_NOUNS if business else set())
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    people, _ = _who_is_named(ctx.raw, ctx.text)
    kind = re.compile(rf"\b(?i:{'|'.join(sorted(kinds))}),?\s+$")  # Carmaker Volterra
    kind_after = re.compile(  # Corvane Health, a billing company used by …; X, the chain,
        rf",\s+(?:a|an|the)\s+(?:[\w\-’']+\s+){{0,3}}?(?:{'|'.join(sorted(kinds))})"
        r"(?=\s*[,.;]|\s+(?:that|which|who|used|based|with|in|of|for|owned|run)\b)"
    )  # not Ana Roy, an oil company executive
    for i, run in reversed(name_runs(ctx.raw)):
        if not lo <= i < at or ctx.text[i] == BLANK or all(w in PLACE_NAMES for w in run.split()):
            continue
        first, _, rest = run.partition(" ")
        if first.lower() in kinds - _NAME_WORDS and rest:
            return rest  # Carmaker Volterra, opening a sentence: one name run
        if kind.search(ctx.text[max(0, i - 40) : i]) or kind_after.match(ctx.text, i + len(run)):
            run = _with_corporate_period(run, ctx.raw, i)
            return speaker_of(run) or run  # drone maker DJI: a company, whatever its name
        placed = is_object(ctx.text, i)  # in Kansas City: a place
        if noun == "club" and run.split()[-1] in _CLUB_WORDS and not placed:
            return run  # Millbrook Athletic: a club, though it reads like a person's name
        if set(run.split()) & people:
            continue
        if any(  # shares the head noun, or for a company a word before it (the port company)
            len(w) >= 3 and (n.startswith(w.lower()) or w.lower().startswith(n))
            for w in run.split()
            for n in (words if noun == "company" else [noun])
        ):
            run = _with_corporate_period(run, ctx.raw, i)
            return speaker_of(run) or run
    return None


def _with_corporate_period(run: str, raw: str, at: int) -> str:
    """A company's name run with the period of its Inc., Corp., Co. or Ltd. as printed.

    >>> _with_corporate_period("Acme Foods Inc", "Acme Foods Inc. fell.", 0)
    'Acme Foods Inc.'
    >>> _with_corporate_period("Acme Foods", "Acme Foods fell.", 0)
    'Acme Foods'
    """
    suffix = run.rsplit(" ", 1)[-1] in FIRM_SUFFIXES
    return f"{run}." if suffix and raw.startswith(".", at + len(run)) else run


#: Kinds of body that are also words of names (Giant Eagle, Carrier Global, Chain Reaction
#: Cycles): opening a name, they are part of it, not a word set before it.
_NAME_WORDS = frozenset(
    {
        *("giant", "carrier", "chain", "group", "company", "firm", "business", "brand", "label"),
        *("network", "service", "trust", "league", "board", "club", "bank", "body", "agency"),
        *("paper", "platform", "app", "maker"),
    }
)


#: Words that end a sports club's name (Millbrook Athletic, Leeds United): "the club".
_CLUB_WORDS = frozenset(
    [
        "FC",
        "AFC",
        "United",
        "City",
        "Athletic",
        "Rovers",
        "Wanderers",
        "Albion",
        "Town",
        "County",
        "Hotspur",
        "Rangers",
    ]
)


def resolve_role(phrase: str, ctx: Context) -> str | None:
    """The person a definite role (the chairman) stands for, when the text named them with it.

    The role must have been set beside a name earlier in the text: "Ann Roy, the chairman,",
    "the chairman, Ann Roy,", "named Ann Roy as its chairman" or a title before the name
    (Chairman Ann Roy). Otherwise None: the role stays as printed.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Ann Roy, the club’s chairman, spoke. “We stay,” the chairman said."
    >>> resolve_role("the chairman", context(text, 0))
    'Ann Roy'
    """
    if phrase.split()[0].lower() in ("my", "our"):
        return None  # my manager (in someone's words): theirs to know, not the text's to name
    match = _DEFINITE_ROLE.fullmatch(phrase)
    if not match:
        return _only_person(phrase, ctx) or _issuer(phrase, ctx) or _described(phrase, ctx)
    role = " ".join(match["role"].split())
    named = [
        (start, name)
        for synonym in (role, *ROLE_SYNONYMS.get(role, ()))
        for end, start, name in _role_namings(synonym, ctx.raw)
        if end <= ctx.span.open_at
    ]
    if not named:
        return _only_person(phrase, ctx) or _issuer(phrase, ctx) or _described(phrase, ctx)
    name = speaker_of(max(named)[1])
    return name if is_name(name) else None


@functools.lru_cache(maxsize=64)
def _role_namings(role: str, text: str) -> tuple[tuple[int, int, str], ...]:
    """Every place a text sets a name beside a role: (match end, name start, name).

    Found once per text and role, so each "the chairman said" only filters them
    (a search per quotation made long texts quadratic).

    >>> _role_namings("chairman", "Ann Roy, the chairman, spoke. Chairman Bo Li left.")
    ((22, 0, 'Ann Roy'), (44, 39, 'Bo Li'))
    >>> _role_namings("ambassador", "China's ambassador to the EU, Zhang Ming, said")
    ((41, 30, 'Zhang Ming'),)
    >>> _role_namings("commissioner", "The Commissioner for Health, Prof. Ada Bello, who spoke")
    ((45, 29, 'Prof. Ada Bello'),)
    """
    role = r"\s+".join(map(re.escape, role.split()))
    patterns = (
        rf"(?P<name>{NAMES}),\s+{_MODIFIERS}{role}[,.;]",
        rf"(?P<name>{NAMES})\s+as\s+(?:its\s+|their\s+|the\s+)?{role}\b",
        rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z]\w+[’']s)\s+{_MODIFIERS}(?i:{role}){_POST},"
        rf"\s+(?:[a-z][\w\-]*\s+)?(?P<name>{NAMES}),",
        rf"(?<![\w.])(?i:{role})\s+(?P<name>{NAMES})",
    )
    return tuple(
        (m.end(), m.start("name"), m["name"])
        for pattern in patterns
        for m in re.finditer(pattern, text)
    )


def _only_person(phrase: str, ctx: Context) -> str | None:
    """The one person a placed role (the Newcastle manager) stands for, if one is named.

    Only when the text names exactly one person before the quotation: with two, or none,
    the role stays as printed (Xi met Zelensky … “…,” the Ukrainian president said: the text
    never set the role beside either name, and the subject of the sentence before may be
    the other one).

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Ann Roy saw Leeds lose. “We go again,” the Leeds manager said."
    >>> _only_person("the Leeds manager", context(text, 0))
    'Ann Roy'
    >>> text = "Ann Roy met the envoy. “We talk,” the envoy said."
    >>> _only_person("the envoy", context(text, 0)) is None
    True
    """
    match = _PLACED_ROLE.fullmatch(phrase)
    if not match:
        return None
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    mentions = _mentions(match["role"].lower(), ctx.text)
    if bisect.bisect_left(mentions, lo) < bisect.bisect_left(mentions, at):
        return None  # Ann Roy met the manager: the role was someone else before
    everyone = _people(ctx.raw, ctx.text)
    before = everyone[bisect.bisect_left(everyone, (lo,)) : bisect.bisect_left(everyone, (at,))]
    people = {name for _, name in before}
    surnames = {name.split()[-1] for name in people}
    return max(people, key=len) if len(surnames) == 1 else None  # Ann Roy ... Roy: one person


@functools.lru_cache(maxsize=64)
def _mentions(role: str, text: str) -> tuple[int, ...]:
    """Where a text mentions a role, in any case: the offsets, found once per text and role.

    >>> _mentions("manager", "Ann Roy met the manager. The Manager left.")
    (16, 29)
    """
    pattern = r"\s+".join(map(re.escape, role.split()))
    return tuple(m.start() for m in re.finditer(rf"\b{pattern}\b", text, re.IGNORECASE))


@functools.lru_cache(maxsize=16)
def _people(raw: str, text: str) -> tuple[tuple[int, str], ...]:
    """Every person a text names outside quotations, not spoken to: (offset, name).

    >>> _people("Ann Roy told Bo Li so.", "Ann Roy told Bo Li so.")
    ((0, 'Ann Roy'),)
    """
    return tuple(
        (i, name)
        for i, run in name_runs(raw)
        if text[i] != BLANK and not is_object(text, i) and (name := person(run))
    )


def _issuer(phrase: str, ctx: Context) -> str | None:
    """The one body that issued "the statement" (X said in a statement) before the quotation.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Acme Foods said in a statement it was sorry. “We act,” the statement said."
    >>> _issuer("the statement", context(text, 0))
    'Acme Foods'
    """
    match = _DEFINITE_BODY.fullmatch(phrase)
    if not match or match["noun"] not in ("statement", "report"):
        return None
    issuers = {
        name
        for end, name, noun in _issuers(ctx.raw)
        if noun == match["noun"] and end <= ctx.span.open_at
    }
    return issuers.pop() if len(issuers) == 1 else None


@functools.lru_cache(maxsize=16)
def _issuers(text: str) -> tuple[tuple[int, str, str], ...]:
    """Every "X said in a statement" of a text: (match end, X, statement).

    >>> _issuers("Acme Foods said in a statement it was sorry.")
    ((30, 'Acme Foods', 'statement'),)
    """
    pattern = (
        rf"(?P<name>{NAMES}),?\s+(?:said|says|added)\s+in\s+an?\s+(?P<noun>statement|report)\b"
    )
    return tuple((m.end(), m["name"], m["noun"]) for m in re.finditer(pattern, text))


#: What follows a speaker: its verb of saying, perhaps after a time (Acme said on Monday).
_SAYS_AFTER = re.compile(
    rf"\s+(?:(?:on|last|this|late|early|earlier)\s+{WHEN}\s+)?(?:(?:has|have|had)\s+)?"
    rf"(?:{SPEECH})\b"
)


_BODY_DESCRIPTION = re.compile(  # the company, the Russian energy giant (not its parent group)
    r"[Tt]he\s+(?P<words>(?:[\w\-’']+\s+){0,3}?)(?P<noun>[a-z]+)"
)


_PERSON_DESCRIPTION = re.compile(  # the 27-year-old Pole, the Briton, the 31-year-old from Cork
    r"(?:[Tt]he\s+)?(?P<age>\d{1,3}-year-old)?(?:\s*(?<![\w\-])[a-z][\w\-]*){0,5}?"
    r"\s*(?P<nation>[A-Z][a-z]+)?(?:\s+from\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
)


_NICKNAMED = re.compile(  # Marta “the Missile” Kowalczyk
    rf"(?P<first>{CAP})\s+[“‘\"'][^“”‘’\"\n]{{1,30}}[”’\"']\s+(?P<last>{CAP})"
)


_SOURCE_TAG = re.compile(r"^\s*\([^()]{1,40}\)\s*[-–—]?\s*")  # (AP) —


_INDEFINITE = frozenset({"a", "an", "one", "some", "two", "three", "several", "many"})


def _described(phrase: str, ctx: Context) -> str | None:
    """The name a description of a person stands for: named before, or just after.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Ana Roy won in Oslo. “I am happy,” said the 24-year-old Swede."
    >>> _described("the 24-year-old Swede", context(text, 0))
    'Ana Roy'
    """
    return _described_person(phrase, ctx) or _named_later(phrase, ctx)


def _described_body(phrase: str, ctx: Context) -> str | None:
    """The body a description (the company, the platform, the energy giant) stands for.

    The one organisation the text names before the quotation as a sentence's subject or as
    a speaker (X said): never a person, a place (Moscow, China) or a surname. A business
    noun (the firm, the giant) never stands for a ministry or a court. With two such bodies,
    another body named before even as an object (Ofcom said it would look into the BBC),
    or the same noun after "a" (a climate group), the description is ambiguous and stays
    as printed. With none, an earlier description with the same noun (the culture ministry
    said …; the ministry said) is the body.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Brightwave said sales fell. China was quiet. “We act,” the Dutch giant said."
    >>> _described_body("the Dutch giant", context(text, 0))
    'Brightwave'
    >>> text = "Brightwave and Norlux said they fell. “We act,” the company said."
    >>> _described_body("the company", context(text, 0)) is None
    True
    >>> text = "Shell said no. A climate group protested. “Shame,” the group said."
    >>> _described_body("the group", context(text, 0)) is None
    True
    """
    match = _BODY_DESCRIPTION.fullmatch(phrase)
    noun = match["noun"] if match else ""
    if not match or noun not in BODY_DESCRIPTIONS | BODY_NOUNS:
        return None
    proper = [re.sub(r"[’']s$", "", w) for w in match["words"].split() if w[0].isupper()]
    if any(word not in NATIONAL_ADJECTIVES | PLACE_NAMES for word in proper):
        return None  # the Weibo platform, the Abbey Theatre: not a bare description
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    if _unnamed_before(noun, ctx.text[lo:at]):
        return None
    if noun in BODY_DESCRIPTIONS:
        commercial = noun in COMMERCIAL_DESCRIPTIONS
        bodies = {
            name
            for i, name in _speaking_bodies(ctx.raw, ctx.text)
            if lo <= i < at and not (commercial and PUBLIC_BODY_WORDS & set(name.split()))
        }
        body = bodies.pop() if len(bodies) == 1 else None
        others = {
            name
            for i, name in _mentioned_bodies(ctx.raw, ctx.text)
            if lo <= i < at
            and not set(name.split()) & set(str(body).split())
            and not (commercial and PUBLIC_BODY_WORDS & set(name.split()))
        }
        if body and not others:
            return body
        if bodies or body:
            return None  # Ofcom said it would look into the BBC: which one is a guess
    return None if match["words"] else _earlier_description(noun, ctx)


def _unnamed_before(noun: str, before: str) -> bool:
    """Whether the text brought in an unnamed body with this noun (a farmers' group).

    Then "the group" is that one, not a body named earlier: the description stays.

    Not when the phrase only describes a name before it (Corvane Health, a billing company).

    >>> _unnamed_before("group", "Acme Foods said no. A farmers’ group protested. ")
    True
    >>> _unnamed_before("company", "Corvane Health, a billing company, was hacked. ")
    False
    """
    return any(
        not _describes_name(before[: match.start()])
        for match in re.finditer(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-’']+\s+){{0,3}}?{noun}\b", before)
    )


def _describes_name(before: str) -> bool:
    """Whether a phrase after ``before`` is set beside a name (Corvane Health, | a company).

    One capitalised word opening a sentence is no name (However, | a farmers' group).

    >>> _describes_name("The breach at Corvane Health, "), _describes_name("No. However, ")
    (True, False)
    """
    before = before[-120:]  # a name is short: no search from every character of a long text
    name = _NAME_AND_COMMA.search(before)
    if name is None:
        return False
    opens_sentence = before[: name.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n")
    return " " in name["name"] or not opens_sentence


_NAME_AND_COMMA = re.compile(rf"(?P<name>{NAMES}),\s+$")


@functools.lru_cache(maxsize=16)
def _speaking_bodies(raw: str, text: str) -> tuple[tuple[int, str], ...]:
    """Every organisation a text names as a sentence's subject or a speaker: (offset, name).

    >>> text = "Moscow said no. Ann Roy left. Weibo said it acted."
    >>> _speaking_bodies(text, text)
    ((30, 'Weibo'),)
    """
    starts = sentence_starts(raw)
    found = [
        (start, sentence_subject(text[start:end]))
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    found += [
        (i, run)
        for i, run in name_runs(raw)
        if text[i] != BLANK and _SAYS_AFTER.match(text, i + len(run))
    ]
    people, gendered = _who_is_named(raw, text)
    bodies = {(i, name) for i, name in found if name and _is_body(name, people, gendered)}
    return tuple(sorted(bodies))


@functools.lru_cache(maxsize=16)
def _mentioned_bodies(raw: str, text: str) -> tuple[tuple[int, str], ...]:
    """Every name a text mentions that may be an organisation, spoken of or not.

    A name marked as a body: an acronym (BBC), a word like Foods or Group at its end or
    Ministry or Bank at its start (not Power of Siberia, a pipeline), or one word inside a
    sentence (Tencent). Not a source's tag in brackets (AP), nor one word
    opening a sentence (Local officials: a sentence's subject is among the speakers already).

    >>> text = "(AP) Ofcom said it would look into the BBC. Local staff left."
    >>> _mentioned_bodies(text, text)
    ((39, 'BBC'),)
    """
    starts = sentence_starts(raw)
    people, gendered = _who_is_named(raw, text)
    mentioned = []
    for i, run in name_runs(raw):
        opening = _SOURCE_TAG.sub("", raw[starts[bisect.bisect_right(starts, i) - 1] : i])
        if text[i] == BLANK or raw.rfind("(", 0, i) > raw.rfind(")", 0, i):
            continue
        words = run.split()
        alone = len(words) == 1 and bool(opening.strip(' “‘"«'))  # in the sentence: Tencent
        head = words[-1] in ORG_WORDS | CORPORATE_WORDS or words[0] in ORG_WORDS | PUBLIC_BODY_WORDS
        if (alone or run.isupper() or head) and _is_body(run, people, gendered):
            mentioned.append((i, run))
    return tuple(mentioned)


def _who_is_named(raw: str, text: str) -> tuple[set[str], bool]:
    """The words of the people a text names, and whether it speaks of a he or a she.

    >>> text = "Ann Roy met Acme Foods. She left."
    >>> people, gendered = _who_is_named(text, text)
    >>> sorted(people), gendered
    (['Ann', 'Roy'], True)
    """
    names = [name.split() for _, name in _people(raw, text)]
    people = {word for words in names if not CORPORATE_WORDS & set(words) for word in words}
    return people, re.search(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b", text) is not None


def _is_body(name: str, people: set[str], gendered: bool = False) -> bool:
    """Whether a subject's name may be an organisation: not a person, a place or a plural.

    A name with a corporate word (Norvik Energy) is a body; one word alone may be a
    surname (Peskov said), so it counts only in a text with no he, she, his or her.

    >>> _is_body("Gazprom", set()), _is_body("Moscow", set()), _is_body("Roy", {"Ann", "Roy"})
    (True, False, False)
    >>> _is_body("Analysts", set()), _is_body("World Health Organization", set())
    (False, True)
    >>> _is_body("Norvik Energy", set()), _is_body("Peskov", set(), gendered=True)
    (True, False)
    """
    words = name.split()
    corporate = bool(set(words) & CORPORATE_WORDS)
    if not is_name(name) or " and " in name or name.lower() in PRONOUNS:
        return False
    if (person(name) and not corporate) or (len(words) == 1 and gendered):
        return False
    if all(word in PLACE_NAMES for word in words) or set(words) & (people | NATIONAL_ADJECTIVES):
        return False
    return not (len(words) == 1 and name.endswith("s") and not name.endswith("ss"))


def _earlier_description(noun: str, ctx: Context) -> str | None:
    """The one fuller description with the same noun that spoke before (the culture ministry).

    Every "the … ministry" before the quotation must be the same one, and it must have
    spoken (the culture ministry said).

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "A tomb was found, the culture ministry said. “Rare,” the ministry said."
    >>> _earlier_description("ministry", context(text, 0))
    'culture ministry'
    >>> text = "The health ministry and the finance ministry agreed. “No,” the ministry said."
    >>> _earlier_description("ministry", context(text, 0)) is None
    True
    >>> text = "Troops came, China's defense ministry said. “No,” the ministry said."
    >>> _earlier_description("ministry", context(text, 0))
    "China's defense ministry"
    """
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    owner = rf"(?P<owner>{NAMES}[’']s\s+)"  # China's defense ministry
    pattern = rf"(?:\b[Tt]he\s+|{owner})(?P<words>(?:[a-z][\w\-]*\s+){{0,2}}){noun}\b"
    mentions = list(re.finditer(pattern, ctx.text[lo:at]))
    found = {
        " ".join(f"{m['owner'] or ''}{m['words']}{noun}".split())
        for m in mentions
        if m["words"] or m["owner"]
    }
    spoke = any(_SAYS_AFTER.match(ctx.text[lo:at], m.end()) for m in mentions)
    vague = {"same", "other", "new", "former"} & set(" ".join(found).split())
    if len(found) != 1 or not spoke or vague:
        return None
    description = found.pop()
    return description if noun in INSTITUTION_NOUNS | BODY_NOUNS else f"the {description}"


def _described_person(phrase: str, ctx: Context) -> str | None:
    """The person named before a description by age or nation (the 27-year-old Pole).

    A name around a nickname in quotation marks (Marta “the Missile” Kowalczyk) counts. With
    one person named before, that one; with several, for an age only, the one the text gave
    that age or was just speaking of (:func:`_one_of_several`); otherwise, or with nobody
    named, the description stays as printed.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Jo “the Rocket” Kerr won. “Easy,” said the Briton."
    >>> _described_person("Briton", context(text, 1))
    'Jo Kerr'
    >>> text = "Jo Kerr defeated Ed Lam. “Easy,” said the 29-year-old."
    >>> _described_person("the 29-year-old", context(text, 0))
    'Jo Kerr'
    >>> text = "Jo Kerr beat Ed Lam. Then Lam and Kerr spoke. “Easy,” said the 29-year-old."
    >>> _described_person("the 29-year-old", context(text, 0)) is None
    True
    >>> text = "Jo Kerr beat the Kenyan favourite. “Easy,” said the Kenyan."
    >>> _described_person("the Kenyan", context(text, 0)) is None
    True
    """
    match = _PERSON_DESCRIPTION.fullmatch(phrase.strip())
    if not match or not (match["age"] or match["nation"]):
        return None
    if match["nation"] and match["nation"] not in DEMONYMS:
        return None
    if not phrase.lower().startswith("the "):  # the speaker read as the bare noun (Pole)
        sentence = ctx.text[ctx.start : ctx.end]
        if not re.search(rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}{re.escape(phrase)}\b", sentence):
            return None
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    for mention in re.finditer(rf"\b{match['nation']}\b", ctx.text[lo : ctx.start]):
        before = ctx.text[max(lo, lo + mention.start() - 60) : lo + mention.start()]
        if not re.search(rf"{NAMES},\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}$", before):
            return None  # Dahl beat the Norwegian champion: “…,” said the Norwegian
    nicknamed = [
        (m.start(), f"{m['first']} {m['last']}") for m in _NICKNAMED.finditer(ctx.raw, lo, at)
    ]
    named = [(i, name) for i, name in _people(ctx.raw, ctx.text) if lo <= i < at]
    people = {name for _, name in named + nicknamed}
    surnames = {name.split()[-1] for name in people}
    if len(surnames) == 1:
        return max(people, key=len)
    return _one_of_several(match["age"], ctx, named)


def _one_of_several(age: str | None, ctx: Context, named: Sequence[tuple[int, str]]) -> str | None:
    """Which of several people named before "the 29-year-old" (``age``) is.

    The one whose age the text set beside their name, else the person just spoken of
    (:func:`_topic`), unless the text gave them another age. A nation alone (the Scot) ties
    the description to nobody: it stays as printed.

    >>> from sinoru_data.quotes.sentences import context
    >>> ctx = context("Ed Lam, 31, met Jo Kerr, 29. “Hi,” said the 29-year-old.", 0)
    >>> _one_of_several("29-year-old", ctx, _people(ctx.raw, ctx.text))
    'Jo Kerr'
    """
    if not age:
        return None  # the Spaniard: nothing ties the nation to one of them
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    aged = _aged(ctx.text[lo:at])
    years = age.split("-")[0]
    same = {name for name, given in aged.items() if given == years}
    if len(same) == 1:
        return same.pop()  # Jo Kerr, 29, beat Ed Lam, 31: “…,” said the 29-year-old
    topic = _topic(ctx, named)
    by_surname = {_surname(name): given for name, given in aged.items()}
    if topic is None or by_surname.get(_surname(topic), years) != years:
        return None
    return topic


_AGE = re.compile(r",\s+(?:aged\s+)?(?P<age>\d{1,3})[,.]")


def _aged(text: str) -> dict[str, str]:
    """The ages a text gives beside names (Jo Kerr, 29,): name → age.

    The ages are found first and the name that ends right before each is looked up, so a
    long run of capitalised words costs one pass, not one per word.

    >>> _aged("Jo Kerr, 29, beat Ed Lam, aged 31, in Leeds.")
    {'Jo Kerr': '29', 'Ed Lam': '31'}
    """
    ends = {i + len(run): run for i, run in name_runs(text)}
    return {ends[m.start()]: m["age"] for m in _AGE.finditer(text) if m.start() in ends}


def _topic(ctx: Context, named: Sequence[tuple[int, str]]) -> str | None:
    """The person the sentences before a quotation are about, for "the 21-year-old".

    News prose names someone, then goes on about them by description. The topic is the
    subject of the nearest sentence before the quotation's that names a person, or the one
    person that sentence names; None when that sentence names several and none is its
    subject, or the quotation's own sentence names someone before it (Asked about Ed Lam,
    the 52-year-old said: which one is a guess).

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Jo Kerr beat Ed Lam. Kerr was calm. “Easy,” said the 29-year-old."
    >>> ctx = context(text, 0)
    >>> _topic(ctx, _people(ctx.raw, ctx.text))  # as printed there
    'Kerr'
    >>> text = "Jo Kerr beat Ed Lam. Asked about Lam, the 29-year-old said he was “good”."
    >>> ctx = context(text, 0)
    >>> _topic(ctx, _people(ctx.raw, ctx.text)) is None
    True
    """
    lo = ctx.lo if ctx.nested else 0
    surnames = {_surname(name) for _, name in named}
    mentions = [  # (offset, surname, name as printed there)
        (i, _surname(run), AFFILIATION.split(person(run) or run)[0])
        for i, run in name_runs(ctx.raw)
        if lo <= i < ctx.span.open_at
        and " and " not in run
        and _surname(run) in surnames
        and ctx.text[i] != BLANK
        and not is_object(ctx.text, i)
    ]
    if any(ctx.start <= i for i, _, _ in mentions):
        return None
    here = bisect.bisect_right(ctx.starts, ctx.start) - 1
    for k in range(here - 1, max(here - 4, -1), -1):
        start, end = ctx.starts[k], ctx.starts[k + 1]
        if start < lo:
            return None
        inside = [(surname, printed) for i, surname, printed in mentions if start <= i < end]
        if not inside:
            continue
        subject = (sentence_subject(ctx.text[start:end]) or "").split()
        spoken_of = [(surname, printed) for surname, printed in inside if surname in subject]
        spoken_of = spoken_of or inside
        return spoken_of[-1][1] if len({surname for surname, _ in spoken_of}) == 1 else None
    return None


def _surname(name: str) -> str:
    """The last word of a person's name, without an affiliation (Tom Lee of Britain → Lee).

    >>> _surname("Tom Lee of Britain"), _surname("Lee")
    ('Lee', 'Lee')
    """
    return AFFILIATION.split(name)[0].split()[-1]


def _named_later(phrase: str, ctx: Context) -> str | None:
    """The person a role description (China's envoy to Oslo) names just after, if no one before.

    News prose often describes a speaker first and names them after (a headline's "former
    army colonel", then "Ann Roy, a retired colonel, said"). Only when no person is named
    before the quotation: the first person named after it, if the text sets the same role
    beside them, or if they speak within the next two sentences with no other role.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Beijing’s envoy to Oslo called it “a mistake.” “We regret it,” Li Wen said."
    >>> _named_later("Beijing’s envoy to Oslo", context(text, 0))
    'Li Wen'
    >>> text = "The envoy called it “a mistake.” “We regret it,” said Li Wen, a trader."
    >>> _named_later("The envoy", context(text, 0)) is None
    True
    """
    role = _role_of(phrase)
    if role is None:
        return None
    at, close = ctx.span.open_at, ctx.span.close_at
    everyone = [(i, name) for i, name in _people(ctx.raw, ctx.text) if not _byline(ctx.raw, i)]
    surnames = {name.split()[-1] for _, name in everyone}
    if any(i < at for i, _ in everyone) or any(
        run in surnames for i, run in name_runs(ctx.raw) if i < at
    ):
        return None  # someone is named before: the description may be them, or not
    later = [(i, name) for i, name in everyone if i > close]
    if not later:
        return None
    start, name = later[0]
    roles = (role, *ROLE_SYNONYMS.get(role, ()))
    beside = _role_beside(ctx.raw, start, name)
    if beside is not None:
        return name if beside.lower() in roles else None  # Li Wen, a trader: someone else
    stop = bisect.bisect_right(ctx.starts, close) + 2
    if stop < len(ctx.starts) and start >= ctx.starts[stop]:
        return None  # named too far on to be the one just described
    if phrase.lower().startswith("the "):
        return None  # the manager … “…,” said Tom Lee: maybe a player, not the manager
    end = start + len(name)
    said = _SAYS_AFTER.match(ctx.text, end) or re.search(rf"(?:{SPEECH})\s+$", ctx.text[:start])
    return name if said else None


def _role_of(phrase: str) -> str | None:
    """The role a description of one person names (China's envoy to Oslo → envoy), if any.

    Not an indefinite one (a diplomat, one official): that person is deliberately unnamed.

    >>> _role_of("China’s ambassador to the European Union"), _role_of("former army colonel")
    ('ambassador', 'colonel')
    >>> _role_of("a senior diplomat"), _role_of("Ann Roy"), _role_of("the union")
    (None, None, None)
    """
    words = phrase.split()
    if not words or words[0].lower() in _INDEFINITE or is_name(phrase):
        return None
    head = re.sub(rf"\s+(?:to|for|in|at)\s+(?:the\s+)?{NAMES}$", "", phrase)
    last = head.split()[-1]
    if not re.fullmatch(rf"(?i:{TITLES}|{ROLE_WORDS})", last) or last[0].isupper():
        return None
    if any(person(run) for _, run in name_runs(phrase)):
        return None
    return last.lower()


def _role_beside(raw: str, start: int, name: str) -> str | None:
    """The role set beside a name: a title before it, or an apposition after it.

    An apposition with no listed role gives "" (a former U.S. official: some other role).

    >>> text = "Li Wen, a former senior colonel in the army, said"
    >>> _role_beside(text, 0, "Li Wen"), _role_beside("Li Wen, a U.S. official, said", 0, "Li Wen")
    ('colonel', '')
    >>> _role_beside("said Li Wen.", 5, "Li Wen") is None, _role_beside("Envoy Li Wen", 0, "Li Wen")
    (True, 'Envoy')
    """
    at = raw.find(name, start) if name in raw[start:] else start
    end = at + len(name)
    after = re.match(
        r",\s+(?:an?|the|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+([^,;:“”\"]{1,80})", raw[end:]
    )
    if after:
        roles = re.findall(rf"\b(?i:{TITLES}|{ROLE_WORDS})\b", after[1])
        return str(roles[0]) if roles else ""
    title = re.search(rf"\b((?i:{TITLES}|{ROLE_WORDS}))\s+$", raw[max(0, at - 40) : at])
    return title[1] if title else None


def _byline(raw: str, at: int) -> bool:
    """Whether the name at ``at`` is a line of its own (a byline), not part of a sentence.

    >>> _byline("Headline\\nAnn Roy in Oslo\\n(AP) Text", 9), _byline("Ann Roy said so.", 0)
    (True, False)
    """
    line_start = raw.rfind("\n", 0, at) + 1
    line_end = raw.find("\n", at)
    line = raw[line_start : len(raw) if line_end < 0 else line_end]
    return re.fullmatch(rf"\s*(?:By\s+)?{NAMES}(?:\s+in\s+{NAMES})?\s*", line) is not None
