"""Kinds of quotation: ``direct``, ``partial`` or ``term``.

- ``direct``: a sentence or clause in someone's words, opening its sentence (or after
  "X said," or a colon), or a “…,” said X frame with only a bare name before it;
- ``partial``: a fragment of someone's words inside the writer's sentence, or a
  quotation that leads a headline before its colon;
- ``term``: scare quotes, names and slogans, with no speaker and no cue.

>>> from sinoru_data.quotes import extract
>>> text = "Mayor Ana Ruiz called it a “racetrack.” “It is,” she said. Their “no limits” pact held."
>>> [q.kind for q in extract(text)]
['partial', 'direct', 'term']
"""

from __future__ import annotations

import re

from .attribution import Attribution
from .sentences import Context, opens_sentence
from .vocabulary import NAMES

_BARE_NAME = re.compile(rf"\s*{NAMES}\s*")
_PERSONAL = re.compile(r"(?:I|We|You|He|She|They|It)\b")
_CLAUSE_WORD = re.compile(  # a word that makes a slogan a clause (Rent is theft, We won)
    r"\b(?:is|are|was|were|will|can|must|do|does|don't|has|have|be|I|we|you|they|it|he|she)\b",
    re.IGNORECASE,
)
_DISPLAYED = re.compile(  # what a sentence is chanted, shouted or shown with
    r"\b(?:chant\w*|shout\w*|yell\w*|scream\w*|sang|sing\w*|caption|slogan|banner|placard|"
    r"sign|(?:that\s+)?read(?:s|ing)?)\s*[,:]?\s*$",
    re.IGNORECASE,
)


def _is_direct(ctx: Context, quote: str, attribution: Attribution) -> bool:
    """Whether a quotation is a clause or sentence in someone's words.

    It starts its sentence and ends like a clause (or is framed by "X said"); or only a
    bare name stands before it in a “…,” said X frame (China “probably wants …,” said X).

    >>> from sinoru_data.quotes.attribution import NO_ATTRIBUTION
    >>> from sinoru_data.quotes.sentences import context
    >>> _is_direct(context("“No Wavering”: After Turning", 0), "No Wavering", NO_ATTRIBUTION)
    False
    >>> _is_direct(context("“We are sorry”: Acme", 0), "We are sorry", NO_ATTRIBUTION)
    True
    """
    frame = attribution.frame
    ends_clause = quote.rstrip()[-1:] in ",.?!"
    if opens_sentence(ctx.before, frame):
        words = len(quote.split())
        # a long headline quotation before its colon, or a paragraph on its own; shorter
        # when a personal pronoun opens it as a clause (‘We are heartbroken’: …)
        clause = words >= 4 or (words >= 2 and _PERSONAL.match(quote) is not None)
        stands_alone = clause and ctx.after[:1] in ("", ":")
        return frame == "speech" or ends_clause or stands_alone
    if _is_displayed_line(ctx, quote, attribution):
        return True
    bare_name = _BARE_NAME.fullmatch(ctx.before) is not None
    return frame == "speech" and quote.rstrip()[-1:] in ",?!" and bare_name


def _is_displayed_line(ctx: Context, quote: str, attribution: Attribution) -> bool:
    """Whether a sentence is chanted, shouted or displayed whole by its speaker.

    A capitalised clause (with a verb or a pronoun: not "Fair pay now") right after chanting,
    shouted, a caption, sign or banner (reading) is the speaker's sentence, not a fragment.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Crowds marched, chanting “Rent is theft” all day."
    >>> _is_displayed_line(context(text, 0), "Rent is theft", Attribution("Crowds", "chanting", "", ""))
    True
    """
    clause = len(quote.split()) >= 3 and quote[:1].isupper() and _CLAUSE_WORD.search(quote)
    return bool(clause and attribution.speaker) and _DISPLAYED.search(ctx.before) is not None


def kind_of(ctx: Context, quote: str, attribution: Attribution) -> str:
    """``direct``, ``partial`` or ``term`` (see the module docstring).

    >>> from sinoru_data.quotes.attribution import NO_ATTRIBUTION
    >>> from sinoru_data.quotes.sentences import context
    >>> kind_of(context("their “no limits” friendship", 0), "no limits", NO_ATTRIBUTION)
    'term'
    """
    if _is_direct(ctx, quote, attribution):
        return "direct"
    leads_headline = not ctx.text[ctx.lo : ctx.span.open_at].strip() and ctx.after[:1] == ":"
    if attribution.speaker or attribution.cue or leads_headline:
        return "partial"
    return "term"
