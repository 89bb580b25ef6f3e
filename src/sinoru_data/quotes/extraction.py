"""The extractor: every quotation in a text, with its kind, speaker, cue and full name."""

from __future__ import annotations

from .attribution import attribute
from .kinds import kind_of
from .names import full_name
from .result import FoundQuote
from .sentences import context
from .spans import spans_of


def extract(text: str) -> list[FoundQuote]:
    """Every quotation in ``text``, in order, with kind, speaker, cue and full name.

    A quotation continuing the previous one's sentence keeps its speaker:

    >>> qs = extract("“Putin may dream,” Paul Krugman wrote, “but China grew.”")
    >>> [(q.text, q.speaker) for q in qs]
    [('Putin may dream,', 'Paul Krugman'), ('but China grew.', 'Paul Krugman')]

    Each quotation names the rule that found its speaker (listed in ``docs/quotes.md``):

    >>> [q.rule for q in extract("“No,” Roy said. “Never.”")]
    ['speaker-cue', 'continuation']
    """
    spans, _ = spans_of(text)
    found: list[FoundQuote] = []
    previous: FoundQuote | None = None
    for index, span in enumerate(spans):
        ctx = context(text, index, spans)
        attribution = attribute(ctx, found, previous)
        quote = text[span.start : span.end]
        speaker = attribution.speaker
        found.append(
            FoundQuote(
                quote,
                span.start,
                span.end,
                kind_of(ctx, quote, attribution),
                speaker,
                attribution.cue,
                full_name(speaker, text),
                attribution.rule,
            )
        )
        previous = previous if ctx.nested else found[-1]
    return found
