"""Pronouns: who “he”, “she”, “they” or “it” in an attribution refers to.

The referent is the nearest one the text names before the quotation: a person for
he/she, a pair or a plural subject for they, the subject of a recent sentence for it.
When the text names none, the speaker stays unknown: nobody is guessed.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

from .names import is_name, name_runs, person, speaker_of
from .result import FoundQuote
from .sentences import BLANK, Context, sentence_subject
from .vocabulary import (
    BODY_NOUNS,
    BUSINESS_NOUNS,
    CORPORATE_WORDS,
    NAMES,
    PRONOUNS,
    ROLE_WORDS,
    TITLES,
)

_PLURAL = re.compile(r"[^’'s]s$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: Who is spoken to, or the outlet, is not who speaks next (said X in an interview with CNN).
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:interview\s+with|told|tells|telling|(?:spoke|speaking|talking|talked|wrote|writing)\s+to)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,2}$"
)
_DEFINITE_ROLE = re.compile(  # the chairman; its chief executive
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})"
)
_MODIFIERS = r"(?:(?:the|its|their|his|her|[\w\-]+[’']s)\s+){0,2}(?:[\w\-’']+\s+){0,3}?"
_UNNAMED_ROLE = re.compile(  # a British minister, an Irish judge
    rf"\b(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{TITLES}|{ROLE_WORDS})\b"
    r"(?=\s*[,.;:—(]|\s+(?:of|in|at|from|for|on|with|who|after|when|over)\b)"  # not a general strike
)
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


def _nearest(candidates: Iterable[tuple[int, str | None]]) -> tuple[int, str] | None:
    """The first candidate, in the order given, that has a name.

    >>> _nearest([(9, None), (5, "Graham"), (2, "Daly")])
    (5, 'Graham')
    """
    return next(((at, name) for at, name in candidates if name), None)


def resolve_pronoun(pronoun: str, ctx: Context, found: Sequence[FoundQuote]) -> str | None:
    """The person, pair or thing a pronoun refers to: the nearest one named before.

    he/she: the subject of the quotation's sentence when that is a person (X thanked Y for
    what he called ...), else the last person named or quoted (inside a quotation, not the
    person quoting); they: the last pair (X and Y) or plural
    subject (officials); it: the subject of the last sentence that has a named one.
    Otherwise None: nobody is guessed.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Mayor Linda Okafor spoke. “No,” she said."
    >>> resolve_pronoun("she", context(text, 0), [])
    'Linda Okafor'
    """
    if pronoun in ("he", "she"):
        subject = sentence_subject(ctx.before)
        if is_name(subject) and person(str(subject)) == subject:
            return subject  # X thanked Y for what he called “…”: he is the subject, X
        inside = _person_before(ctx, found, ctx.lo if ctx.nested else 0)
        if inside or not ctx.nested:
            return inside or _role_before(pronoun, ctx.before)
        # “He told me, ‘…’,” Ortiz said: he is someone named before, not the one quoting him
        quoting = {q.speaker for q in found if q.char_start < ctx.span.start < q.char_end}
        return _person_before(ctx, found, 0, avoid=quoting)
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    if pronoun == "they":
        all_runs = name_runs(ctx.raw)
        runs = all_runs[bisect.bisect_left(all_runs, (lo,)) : bisect.bisect_left(all_runs, (at,))]
        named = ((i, run) for i, run in reversed(runs) if ctx.text[i] != BLANK)
        candidates = [
            _nearest((i, run) for i, run in named if " and " in run and is_name(run)),
            _nearest(_last_subject(ctx.text[:at], lo, ctx.starts, plural=True)),
        ]
    elif pronoun == "it":
        candidates = [_nearest(_last_subject(ctx.text[:at], lo, ctx.starts))]
    else:
        candidates = []
    known = [c for c in candidates if c]
    return max(known)[1] if known else None


def _role_before(pronoun: str, before: str) -> str | None:
    """An unnamed person (a British minister) before the pronoun in the same sentence.

    Only when no person is named before: a role then is who he or she is.

    >>> _role_before("she", "The union accused a junior minister of lying after she said ")
    'a junior minister'
    >>> _role_before("he", "He said ") is None, _role_before("she", "a general strike, she said ")
    (True, None)
    """
    at = before.rfind(f" {pronoun} ")
    roles = list(_UNNAMED_ROLE.finditer(before, 0, max(at, 0)))
    return roles[-1].group() if roles else None


def _person_before(
    ctx: Context, found: Sequence[FoundQuote], lo: int, avoid: Iterable[str | None] = ()
) -> str | None:
    """The person named or quoted last between ``lo`` and the quotation, if any.

    A run right after "the" names a body (the Climate Justice Network), not a person, and
    one after "told" or "an interview with" is spoken to; a name sharing a word with one in
    ``avoid`` is left out.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Jo Kim of the Harbour Trust Network spoke. “No,” she said."
    >>> _person_before(context(text, 0), [], 0)
    'Jo Kim'
    """
    at = ctx.span.open_at
    avoided = {word for name in avoid if name for word in name.split()}
    all_runs = name_runs(ctx.raw)
    runs = all_runs[bisect.bisect_left(all_runs, (lo,)) : bisect.bisect_left(all_runs, (at,))]
    named = (
        (i, person(run))
        for i, run in reversed(runs)
        if ctx.text[i] != BLANK and not _is_object(ctx.text, i)
    )
    quoted = ((q.char_start, q.speaker) for q in reversed(found) if lo <= q.char_end <= at)
    candidates = [
        _nearest((i, name) for i, name in named if not avoided & set(str(name).split())),
        _nearest(
            (i, s)
            for i, s in quoted
            if is_name(s) and " and " not in str(s) and not avoided & set(str(s).split())
        ),
    ]
    known = [c for c in candidates if c]
    return max(known)[1] if known else None


def _is_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` names a body (after "the") or who is spoken to.

    >>> text = "said Jo Kim in an interview with the state-run Radio Nord"
    >>> _is_object(text, text.index("Radio")), _is_object(text, text.index("Jo"))
    (True, False)
    """
    before = text[max(0, at - 50) : at]
    return bool(_THE_BEFORE.search(before) or _ADDRESSEE_BEFORE.search(before))


def _last_subject(
    window: str, lo: int, starts: Sequence[int], plural: bool = False
) -> list[tuple[int, str]]:
    """The subject of the nearest sentence that names one, with the sentence's offset.

    With ``plural``, only a plural subject counts (officials, Moscow and Beijing). Empty
    when none of the last four sentences names one.

    >>> _last_subject("China has struggled. It has sought ", 0, [0, 21])
    [(0, 'China')]
    >>> _last_subject("Local officials blamed what they called ", 0, [0], plural=True)
    [(0, 'Local officials')]
    """
    stop = bisect.bisect_left(starts, len(window))
    first = max(bisect.bisect_left(starts, lo), stop - 4)
    bounds = [lo, *[s for s in starts[first:stop] if lo < s]][-4:]
    for start, end in reversed(list(zip(bounds, [*bounds[1:], len(window)], strict=True))):
        subject = sentence_subject(window[start:end])
        if not subject or subject in PRONOUNS:
            continue
        if not plural or " and " in subject or _PLURAL.search(subject):
            return [(start, subject)]
    return []


def resolve_body(phrase: str, ctx: Context) -> str | None:
    """The organisation "the company" or "the ministry" refers to, named earlier in the text.

    "the ministry" is the nearest name with Ministry in it; "the company" (the firm, the
    carmaker ...) the nearest name of a business (Acme Foods, Norbury Motors). None when
    the phrase is not such a reference or the text names no such body before the quotation.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Shares in Acme Foods fell in Europe. “We will act,” the company said."
    >>> resolve_body("the company", context(text, 0))
    'Acme Foods'
    """
    match = _DEFINITE_BODY.fullmatch(phrase)
    if not match or match["noun"] not in BUSINESS_NOUNS | BODY_NOUNS:
        return None  # the envoy, the statement: no walk back through every name
    noun = match["noun"]
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    all_runs = name_runs(ctx.raw)
    runs = all_runs[bisect.bisect_left(all_runs, (lo,)) : bisect.bisect_left(all_runs, (at,))]
    for i, run in reversed(runs):
        words = set(run.split())
        business = noun in BUSINESS_NOUNS and bool(words & CORPORATE_WORDS)
        body = noun in BODY_NOUNS and any(w.startswith(noun.capitalize()) for w in words)
        if ctx.text[i] != BLANK and (business or body):
            return run
    return None


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
    match = _DEFINITE_ROLE.fullmatch(phrase)
    if not match:
        return _only_person(phrase, ctx) or _issuer(phrase, ctx)
    role = " ".join(match["role"].split())
    named = [
        (start, name)
        for synonym in (role, *ROLE_SYNONYMS.get(role, ()))
        for end, start, name in _role_namings(synonym, ctx.raw)
        if end <= ctx.span.open_at
    ]
    if not named:
        return _only_person(phrase, ctx) or _issuer(phrase, ctx)
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
    """
    role = r"\s+".join(map(re.escape, role.split()))
    patterns = (
        rf"(?P<name>{NAMES}),\s+{_MODIFIERS}{role}[,.;]",
        rf"(?P<name>{NAMES})\s+as\s+(?:its\s+|their\s+|the\s+)?{role}\b",
        rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[A-Z]\w+[’']s)\s+{_MODIFIERS}{role}{_POST},"
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
    the role stays as printed.

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
        if text[i] != BLANK and not _is_object(text, i) and (name := person(run))
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
