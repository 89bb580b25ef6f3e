"""What the extractor returns: one :class:`FoundQuote` per quotation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FoundQuote:
    """A quotation found in a text, with its kind and (when the text names one) speaker.

    ``rule`` names the attribution rule that tied it to its speaker and cue (``none`` when
    none did; the rules are listed in ``docs/quotes.md``).

    >>> FoundQuote("No,", 1, 4, "direct", "Xi", "said", "Xi Jinping", "speaker-cue").speaker_full
    'Xi Jinping'
    """

    text: str
    char_start: int
    char_end: int
    kind: str
    speaker: str | None
    cue: str | None
    speaker_full: str | None = None
    rule: str = "none"
