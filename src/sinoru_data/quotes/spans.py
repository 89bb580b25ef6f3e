"""Quote marks and the spans between them.

A span is the text between an opening mark and the mark that closes it: “…”, ‘…’, "…",
'…' or « … », nested or not. Apostrophes (China’s, don't, leaders’) are told apart from
closing marks; a line break ends every open quotation, and a mark left open is reported,
never turned into a span.

>>> text = "China’s ‘friends’ said “no”"
>>> [text[s.start : s.end] for s in find_spans(text)[0]]
['friends', 'no']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

PAIRS = {"“": "”", "‘": "’", "«": "»", '"': '"', "'": "'"}
_CLOSERS = frozenset(PAIRS.values())
_STRAIGHT_OPEN_AFTER = "([{—–-/"  # what, besides a space, may stand before a straight opener
_ELISION = re.compile(  # the '90s, 'em, 'til; rock 'n' roll
    r"['’‘](?:(?:\d0s|\d\ds|em|tis|til|twas|cause)\b|n['’](?=\s))", re.IGNORECASE
)
_MARKS_AND_BREAK = "\n“”‘’«»\"'"  # the only characters find_spans looks at
_SINGLE_MARK = re.compile("[‘’']")


@dataclass(frozen=True)
class Span:
    """The text between a pair of quote marks.

    ``[start, end)`` is the quoted text (marks excluded); ``open_at`` and ``close_at``
    are the offsets of the marks themselves; ``mark`` is the opening mark.

    >>> Span(1, 3, "“", 0, 3)
    Span(start=1, end=3, mark='“', open_at=0, close_at=3)
    """

    start: int
    end: int
    mark: str
    open_at: int
    close_at: int


def _char(text: str, i: int) -> str:
    """The character at ``i``, or a space outside the text.

    >>> _char("ab", 1), _char("ab", 2), _char("ab", -1)
    ('b', ' ', ' ')
    """
    return text[i] if 0 <= i < len(text) else " "


def _can_open(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can open a quotation (an apostrophe cannot).

    >>> _can_open("China’s ‘friend’", 5), _can_open("China’s ‘friend’", 8), _can_open("the '90s", 4)
    (False, True, False)
    >>> _can_open('He left.\\n"We will win," she said.', 9)
    True
    >>> _can_open("rock 'n' roll", 5), _can_open("rock ‘n’ roll", 5)
    (False, False)
    """
    ch, before, after = text[i], _char(text, i - 1), _char(text, i + 1)
    if ch in "“«":
        return True
    if ch == "‘":
        return not before.isalnum() and not _ELISION.match(text, i)
    if ch not in "\"'" or after.isspace():
        return False
    if ch == "'" and _ELISION.match(text, i):
        return False
    return before.isspace() or before in _STRAIGHT_OPEN_AFTER or before in PAIRS


def _can_close(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can close a quotation: it follows a word, not a space.

    >>> _can_close("a ‘b’ c", 4), _can_close("don’t", 3)
    (True, False)
    """
    ch, before, after = text[i], _char(text, i - 1), _char(text, i + 1)
    if ch == "»":  # guillemets are often set with a space inside: « oui »
        return True
    if ch not in _CLOSERS or before.isspace():
        return False
    return ch == "”" or not after.isalnum()


def _plural_possessive(text: str, i: int) -> bool:
    """Whether ``’`` at ``i`` reads as a plural possessive (leaders’ summit).

    >>> _plural_possessive("the leaders’ summit", 11), _plural_possessive("‘pathogens’ at", 10)
    (True, True)
    """
    return _char(text, i - 1) in "sS" and _char(text, i + 1) == " " and _char(text, i + 2).islower()


def _later_closer(text: str, i: int) -> bool:
    """Whether a later mark like the one at ``i`` surely closes the same quotation.

    The search stops at the end of the paragraph and at the next opening mark of the
    same kind (a later closing mark then belongs to that other quotation).

    >>> _later_closer("‘the leaders’ talks were long’", 12), _later_closer("‘pathogens’ at", 10)
    (True, False)
    >>> _later_closer("a ‘no limits’ pact and a ‘new era’ deal", 12)
    False
    """
    opener = {"’": "‘", "'": "'"}[text[i]]
    end = text.find("\n", i)
    for match in _SINGLE_MARK.finditer(text, i + 1, len(text) if end < 0 else end):
        j = match.start()
        if text[j] == opener and _can_open(text, j):
            return False
        if text[j] == text[i] and _can_close(text, j) and not _plural_possessive(text, j):
            return True
    return False


def _closing_depth(text: str, i: int, stack: Sequence[tuple[str, int]]) -> int | None:
    """Which open mark (its index in ``stack``) the mark at ``i`` closes, if any.

    A single closing quote may be an apostrophe, so it closes only the innermost mark;
    a double one may also close an outer mark whose inner marks were left open.

    >>> _closing_depth("“a ‘b”", 5, [("“", 0), ("‘", 3)])
    0
    """
    if not stack or not _can_close(text, i):
        return None
    ch = text[i]
    if ch in "’'":
        innermost = PAIRS[stack[-1][0]] == ch
        ambiguous = _plural_possessive(text, i) and _later_closer(text, i)
        return len(stack) - 1 if innermost and not ambiguous else None
    for depth in range(len(stack) - 1, -1, -1):
        if PAIRS[stack[depth][0]] == ch:
            return depth
    return None


def _span(text: str, mark: str, open_at: int, close_at: int) -> Span | None:
    """The span between two marks; none when only spaces are between them.

    Guillemets are usually set with spaces inside (« texte »): those are not quoted text.

    >>> _span("« oui »", "«", 0, 6)
    Span(start=2, end=5, mark='«', open_at=0, close_at=6)
    """
    start, end = open_at + 1, close_at
    if mark == "«":
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if not text[start:end].strip():
        return None
    return Span(start, end, mark, open_at, close_at)


def find_spans(text: str) -> tuple[list[Span], list[int]]:
    """Find every quoted span; return the spans and the offsets of unclosed marks.

    Spans are in text order; nested quotations give a span each. A line break closes
    nothing: every mark still open there is reported as unclosed.

    >>> text = "He said “a ‘term’ here” and China’s “open\\nNext"
    >>> spans, unclosed = find_spans(text)
    >>> [text[s.start:s.end] for s in spans], [text[i] for i in unclosed]
    (['a ‘term’ here', 'term'], ['“'])
    """
    spans, unclosed = spans_of(text)
    return list(spans), list(unclosed)


@functools.lru_cache(maxsize=16)
def spans_of(text: str) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """What :func:`find_spans` returns, as tuples, computed once per text.

    The extractor and the parser ask for the spans of the same text more than once.

    >>> spans_of("“a” and “b")
    ((Span(start=1, end=2, mark='“', open_at=0, close_at=2),), (8,))
    """
    spans: list[Span] = []
    unclosed: list[int] = []
    stack: list[tuple[str, int]] = []
    for i in positions(text, _MARKS_AND_BREAK):
        ch = text[i]
        if ch == "\n":
            unclosed += [at for _, at in stack]
            stack.clear()
            continue
        depth = _closing_depth(text, i, stack)
        if depth is not None:
            unclosed += [at for _, at in stack[depth + 1 :]]
            span = _span(text, stack[depth][0], stack[depth][1], i)
            spans += [span] if span else []
            del stack[depth:]
        elif ch in PAIRS and _can_open(text, i):
            stack.append((ch, i))
    unclosed += [at for _, at in stack]
    return tuple(sorted(spans, key=lambda s: s.open_at)), tuple(sorted(unclosed))


def positions(text: str, characters: str) -> list[int]:
    """The offsets of some characters in a text, in order.

    (One ``str.find`` per character is much faster than a regular expression here.)

    >>> positions("“a” b’s", "“”’")
    [0, 2, 5]
    """
    found = []
    for character in characters:
        i = text.find(character)
        while i >= 0:
            found.append(i)
            i = text.find(character, i + 1)
    return sorted(found)
