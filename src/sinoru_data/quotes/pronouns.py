"""Pronouns: who “he”, “she”, “they” or “it” in an attribution refers to.

The referent is the nearest one the text names before the quotation: a person for
he/she, a pair or a plural subject for they, the subject of a recent sentence for it.
When the text names none, the speaker stays unknown: nobody is guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from .names import is_name, name_runs, person
from .result import FoundQuote
from .sentences import BLANK, Context, sentence_subject
from .vocabulary import BODY_NOUNS, BUSINESS_NOUNS, CORPORATE_WORDS, PRONOUNS

_PLURAL = re.compile(r"[^’'s]s$")
_DEFINITE_BODY = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)")  # the company, the ministry


def _nearest(candidates: Iterable[tuple[int, str | None]]) -> tuple[int, str] | None:
    """The first candidate, in the order given, that has a name.

    >>> _nearest([(9, None), (5, "Graham"), (2, "Daly")])
    (5, 'Graham')
    """
    return next(((at, name) for at, name in candidates if name), None)


def resolve_pronoun(pronoun: str, ctx: Context, found: Sequence[FoundQuote]) -> str | None:
    """The person, pair or thing a pronoun refers to: the nearest one named before.

    he/she: the last person named or quoted; they: the last pair (X and Y) or plural
    subject (officials); it: the subject of the last sentence that has a named one.
    Otherwise None: nobody is guessed.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Mayor Linda Okafor spoke. “No,” she said."
    >>> resolve_pronoun("she", context(text, 0), [])
    'Linda Okafor'
    """
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    all_runs = name_runs(ctx.raw)
    runs = all_runs[bisect.bisect_left(all_runs, (lo,)) : bisect.bisect_left(all_runs, (at,))]
    named = ((i, run) for i, run in reversed(runs) if ctx.text[i] != BLANK)
    quoted = ((q.char_start, q.speaker) for q in reversed(found) if lo <= q.char_end <= at)
    if pronoun in ("he", "she"):
        candidates = [
            _nearest((i, person(run)) for i, run in named),
            _nearest((i, s) for i, s in quoted if is_name(s) and " and " not in str(s)),
        ]
    elif pronoun == "they":
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
    if not match:
        return None
    noun = match["noun"]
    lo, at = (ctx.lo if ctx.nested else 0), ctx.span.open_at
    all_runs = name_runs(ctx.raw)
    runs = all_runs[bisect.bisect_left(all_runs, (lo,)) : bisect.bisect_left(all_runs, (at,))]
    for i, run in reversed(runs):
        words = set(run.split())
        business = noun in BUSINESS_NOUNS and bool(words & CORPORATE_WORDS)
        body = noun in BODY_NOUNS and noun.capitalize() in words
        if ctx.text[i] != BLANK and (business or body):
            return run
    return None
