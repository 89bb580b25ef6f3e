"""Finding quotations in English news text, classifying them and naming their speakers.

Works on any paragraph of news prose, not only on digest pages:

>>> [(q.text, q.kind, q.speaker, q.cue) for q in extract("“We will win,” Graham said.")]
[('We will win,', 'direct', 'Graham', 'said')]

Offsets are character offsets into the text given, so that
``text[q.char_start:q.char_end] == q.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", "‘": "’", "«": "»", '"': '"', "'": "'"}
CUES = (
    "has pointed out|pointed out|said|says|say|writes|wrote|told|tells|added|adds|replied|"
    "argued|argues|warned|warns|declared|declares|noted|notes|asked|asks|explained|stated|"
    "described|insisted|claimed|according to"
)
_NAME = r"(?:[A-Z][\w’'.-]+)(?:\s+(?:[A-Z][\w’'.-]+|van|von|de|al|bin))*"
_AFTER = [
    re.compile(rf"^\s*(?P<speaker>{_NAME})(?:,[^,“”]{{1,90}},)?\s+(?P<cue>{CUES})\b"),
    re.compile(rf"^\s*(?P<cue>{CUES})\s+(?:the\s+[\w\s-]{{0,40}}?\s)?(?P<speaker>{_NAME})"),
    re.compile(rf"^\s*[\w\s]{{0,30}}?\b(?P<cue>quoted)\s+(?P<speaker>{_NAME})\s+as saying"),
    re.compile(rf"^\s*,?\s*(?P<cue>he|she|they)\s+(?P<speaker>{CUES})"),
]
_BEFORE = re.compile(rf"(?P<speaker>{_NAME})\s+(?:has\s+)?(?P<cue>{CUES})(?:\s+\w+)?,?\s*$")
_TITLES = re.compile(r"^(?:President|Prime Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chinese|Russian)\s+")


@dataclass(frozen=True)
class Span:
    """The text between a pair of quote marks: ``[start, end)`` excludes the marks."""

    start: int
    end: int
    mark: str


@dataclass(frozen=True)
class FoundQuote:
    """A quotation found in a text, with its kind and (when the text names one) speaker."""

    text: str
    char_start: int
    char_end: int
    kind: str
    speaker: str | None
    cue: str | None
    speaker_full: str | None = None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can open a quotation (not an apostrophe).

    >>> _opens("China’s", 5), _opens("a ‘term’", 2)
    (False, True)
    """
    ch = text[i]
    if ch in "“‘«":
        return not (ch == "‘" and i > 0 and _is_word_char(text[i - 1]))
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(before) and not after.isspace()


def _closes(text: str, i: int, mark: str) -> bool:
    """Whether the mark at ``i`` closes an open quotation that began with ``mark``."""
    ch = text[i]
    if ch != OPENERS[mark]:
        return False
    if ch in "’'":  # an apostrophe sits between letters: China’s, don’t
        after = text[i + 1] if i + 1 < len(text) else " "
        return not _is_word_char(after)
    return True


def find_spans(text: str) -> tuple[list[Span], list[int]]:
    """Find every quoted span; return the spans and the offsets of unclosed marks.

    Nested quotations give a span each:

    >>> text = "He said “a ‘term’ here” and China’s “open"
    >>> spans, unclosed = find_spans(text)
    >>> [text[s.start:s.end] for s in spans], [text[i] for i in unclosed]
    (['term', 'a ‘term’ here'], ['“'])
    """
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and _closes(text, i, stack[-1][0]):
            mark, start = stack.pop()
            spans.append(Span(start, i, mark))
        elif ch in OPENERS and _opens(text, i):
            stack.append((ch, i + 1))
        elif ch in "”’»" and len(stack) > 1 and _closes(text, i, stack[-2][0]):
            stack.pop()  # an inner mark left open: close the outer one
            mark, start = stack.pop()
            spans.append(Span(start, i, mark))
    return spans, [start - 1 for _, start in stack]


def _attribute(text: str, span: Span) -> tuple[str | None, str | None]:
    """The speaker and cue the prose around a quotation names, if any."""
    after = text[span.end + 1 :]
    for pattern in _AFTER[:3]:
        match = pattern.match(after)
        if match:
            return _TITLES.sub("", match["speaker"]).strip(), match["cue"]
    before = text[: span.start - 1]
    match = _BEFORE.search(before)
    if match:
        return _TITLES.sub("", match["speaker"]).strip(), match["cue"]
    return None, None


def _kind(quote: str, speaker: str | None) -> str:
    """Direct for a clause someone said, partial for a fragment, term for a short name.

    >>> _kind("We will win,", "Graham"), _kind("no limits", None), _kind("reckless and dangerous", None)
    ('direct', 'term', 'partial')
    """
    if speaker and quote[:1].isupper():
        return "direct"
    if speaker is None and len(quote.split()) <= 2:
        return "term"
    return "partial"


def extract(text: str) -> list[FoundQuote]:
    """Every quotation in ``text``, in order, with kind, speaker and cue.

    A quotation continuing the previous one's sentence keeps its speaker:

    >>> qs = extract("“Putin may dream,” Paul Krugman wrote, “but China grew.”")
    >>> [(q.text, q.speaker) for q in qs]
    [('Putin may dream,', 'Paul Krugman'), ('but China grew.', 'Paul Krugman')]
    """
    spans, _ = find_spans(text)
    found: list[FoundQuote] = []
    previous: FoundQuote | None = None
    for span in sorted(spans, key=lambda s: s.start):
        speaker, cue = _attribute(text, span)
        if speaker is None and previous is not None and previous.speaker:
            between = text[previous.char_end : span.start]
            if re.search(rf"\b(?:{CUES})\b", between) and len(between) < 80:
                speaker = previous.speaker
        quote = text[span.start : span.end]
        previous = FoundQuote(
            quote, span.start, span.end, _kind(quote, speaker), speaker, cue, speaker
        )
        found.append(previous)
    return found
