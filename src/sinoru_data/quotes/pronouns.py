"""Pronouns: who “he”, “she”, “they” or “it” in an attribution refers to.

The referent is the nearest one the text names before the quotation: a person for
he/she, a pair or a plural subject for they, the subject of a recent sentence for it.
When the text names none, the speaker stays unknown: nobody is guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from .names import full_name, is_name, name_runs, person
from .result import FoundQuote
from .sentences import BLANK, Context, sentence_subject
from .vocabulary import (
    CORPORATE_WORDS,
    FEMALE_NAMES,
    MALE_NAMES,
    PERSON_NOUNS,
    PLACE_NAMES,
    PRONOUNS,
    ROLE_WORDS,
    TITLES,
)

_PLURAL = re.compile(r"[^’'s]s$")
_THE_BEFORE = re.compile(  # a body, a place (in a Cuba St cafe), or the outlet's tag: (Nikkei Asia)
    r"\b(?:[Tt]he|journal|newspaper|magazine|programme|program)\s+$|"
    r"\b(?:in|at|on|off|near|outside|every|across)\s+"
    r"(?:(?:a|an|this|that|its|his|her|their)\s+)?$|"
    r"(?:^|\n)\($"
)
#: Who is spoken to, or the outlet, is not who speaks next (said X in an interview with CNN).
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:interview\s+with|told|tells|telling|(?:spoke|speaking|talking|talked|wrote|writing)\s+to)\s+"
    r"(?:(?:the|a|an)\s+|[A-Z][\w\-]*[’']s\s+)?(?:[a-z][\w\-]*\s+){0,2}$"  # told RTÉ's Morning Ireland
)
#: A possessive before a body someone works in (Tokayev's administration): the name is
#: its owner, not the person the sentence goes on about; a byline's name writes, never speaks.
_OWNS_A_BODY = re.compile(
    r"[’']s\s+(?:[a-z][\w\-]*\s+)?(?:administration|government|ministry|cabinet|campaign)\b"
)
_BYLINE_BEFORE = re.compile(r"(?:^|\n)By\s+$")
_UNNAMED_ROLE = re.compile(  # a British minister, an Irish judge
    rf"\b(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{TITLES}|{ROLE_WORDS})\b"
    r"(?=\s*[,.;:—(]|\s+(?:of|in|at|from|for|on|with|who|after|when|over)\b)"  # not a general strike
)
_UNNAMED_SUBJECT = re.compile(  # One mother, who …, said; A witness said
    r"\s*(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>[a-z]+)"
    r"(?:\s+(?:in|at|from)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?)"  # one banker in Shanghai
    r"(?=\s*,|\s+(?:[a-z]+ed|said|told|wrote|says|tells)\b)"
)


def _nearest(candidates: Iterable[tuple[int, str | None]]) -> tuple[int, str] | None:
    """The first candidate, in the order given, that has a name.

    >>> _nearest([(9, None), (5, "Graham"), (2, "Daly")])
    (5, 'Graham')
    """
    return next(((at, name) for at, name in candidates if name), None)


def resolve_pronoun(
    pronoun: str, ctx: Context, found: Sequence[FoundQuote], cue: str | None = None
) -> str | None:
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
    if pronoun in ("i", "we"):  # “I kept telling myself, ‘…,’” Moloney said: I is Moloney
        return next((q.speaker for q in found if q.char_start < ctx.span.start < q.char_end), None)
    if pronoun in ("he", "she"):
        subject = sentence_subject(ctx.before)
        quoting = _quoting(ctx, cue)
        is_person = is_name(subject) and person(str(subject)) == subject
        if is_name(subject) and " " not in str(subject):  # Kuleba, named in full before
            full = str(full_name(subject, ctx.text[: ctx.span.open_at]))
            is_person = person(full) is not None and not clashes(pronoun, full)
        if is_person and subject not in quoting and not clashes(pronoun, str(subject)):
            return subject  # X thanked Y for what he called “…”: he is the subject, X
        unnamed = _unnamed_subject_before(ctx)
        if unnamed:
            return unnamed  # One mother, who asked not to be named, said … “…,” she said.
        inside = _person_subject_before(ctx, pronoun) or _person_before(
            ctx, found, ctx.lo if ctx.nested else 0, quoting, pronoun, cue
        )
        if inside or not ctx.nested:
            return inside or _role_before(pronoun, ctx.before)
        # “He told me, ‘…’,” Ortiz said: he is someone named before, not the one quoting him
        outer = {q.speaker for q in found if q.char_start < ctx.span.start < q.char_end}
        return _person_before(ctx, found, 0, avoid=outer)
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


#: Honorifics that tell a man from a woman (Mr. Gagnon, Dame Ann Roy).
_MALE_HONORIFICS = frozenset({"Mr", "Mr.", "Sir", "Lord"})
_FEMALE_HONORIFICS = frozenset({"Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dame", "Lady"})


def clashes(pronoun: str, name: str) -> bool:
    """Whether a name's honorific or common first name says it is not who ``pronoun`` is.

    >>> clashes("he", "Rachel Corbett"), clashes("she", "Mr. Gagnon"), clashes("he", "Li Wen")
    (True, True, False)
    """
    first = name.split()[0] if name.split() else ""
    male = first in _MALE_HONORIFICS or first in MALE_NAMES
    female = first in _FEMALE_HONORIFICS or first in FEMALE_NAMES
    return (pronoun == "he" and female and not male) or (pronoun == "she" and male and not female)


def _person_subject_before(ctx: Context, pronoun: str) -> str | None:
    """The person who is the subject of the sentence before the quotation's, if one is.

    "He" most often goes on with the subject of the sentence before, not with a person that
    sentence named as an object (X urged Y to act. “…,” he said: X). Only when nobody is
    named in the quotation's own sentence before it, and the sentence before names a person.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Ana Roy said she wants to speak to Tom Lee. “I want talks,” she said."
    >>> _person_subject_before(context(text, 0), "she")
    'Ana Roy'
    """
    here = bisect.bisect_right(ctx.starts, ctx.start) - 1
    if ctx.nested or here < 1 or ctx.starts[here - 1] < ctx.lo:
        return None
    start = ctx.starts[here - 1]
    runs = name_runs(ctx.raw)  # sorted by offset: only those of the quotation's own sentence
    own = runs[
        bisect.bisect_left(runs, (ctx.start,)) : bisect.bisect_left(runs, (ctx.span.open_at,))
    ]
    if any(person(run) for _, run in own):
        return None
    subject = sentence_subject(ctx.text[start : ctx.start])
    if not is_name(subject) or person(str(subject)) != subject or clashes(pronoun, str(subject)):
        return None
    return subject


def _quoting(ctx: Context, cue: str | None) -> list[str]:
    """Who quotes "him" (RIA Novosti quoted him as saying): never who "him" is.

    >>> from sinoru_data.quotes.sentences import context
    >>> _quoting(context("Ana Roy spoke. RIA Novosti quoted him as saying ties had “grown”.", 0), "quoted as saying")
    ['RIA Novosti']
    """
    if cue != "quoted as saying":
        return []
    head = ctx.before[: ctx.before.lower().rfind("quoted")]
    return [run for _, run in name_runs(head)]


def _unnamed_subject_before(ctx: Context) -> str | None:
    """An unnamed person (one mother, a witness) who is the subject of the sentence before.

    Only when nobody is named between that sentence's start and the quotation: a name there
    would be nearer.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Dr. Ann Lee spoke. One mother, who was not named, said it hurt. “No,” she said."
    >>> _unnamed_subject_before(context(text, 0))
    'One mother'
    >>> text = "Ana Roy spoke. Later, Oslo's oil minister said no. “Never,” he said."
    >>> _unnamed_subject_before(context(text, 0))
    "Oslo's oil minister"
    """
    at = bisect.bisect_left(ctx.starts, ctx.start)
    if ctx.nested or at == 0:
        return None
    start = ctx.starts[at - 1]
    match = _UNNAMED_SUBJECT.match(ctx.text, start)
    subject = match["np"] if match and match["noun"] in PERSON_NOUNS else None
    if subject is None:  # In remarks on TV, Kuwait's oil minister said …
        role = sentence_subject(ctx.text[start : ctx.start])
        last = role.split()[-1] if role else ""
        subject = role if role and not is_name(role) and last in PERSON_NOUNS else None
    if subject is None:
        return None
    runs = name_runs(ctx.raw)
    if any(
        start <= i < ctx.span.open_at and person(r) and not is_object(ctx.text, i) for i, r in runs
    ):
        return None
    return subject


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
    ctx: Context,
    found: Sequence[FoundQuote],
    lo: int,
    avoid: Iterable[str | None] = (),
    pronoun: str = "",
    cue: str | None = None,
) -> str | None:
    """The person named or quoted last between ``lo`` and the quotation, if any.

    A run right after "the" names a body (the Climate Justice Network), not a person, and
    one after "told" or "an interview with" is spoken to; a name sharing a word with one in
    ``avoid`` is left out. A surname alone counts once the full name was given, and is
    kept as printed.

    >>> from sinoru_data.quotes.sentences import context
    >>> text = "Jo Kim of the Harbour Trust Network spoke. “No,” she said."
    >>> _person_before(context(text, 0), [], 0)
    'Jo Kim'
    >>> text = "Aroha Pene made a film in New Zealand. Pene, 29, was told. “Wow,” she said."
    >>> _person_before(context(text, 0), [], 0)
    'Pene'
    """
    at = _pronoun_at(ctx, pronoun, cue) if pronoun and cue else ctx.span.open_at
    avoided = {word for name in avoid if name for word in name.split()}
    all_runs = name_runs(ctx.raw)
    runs = all_runs[bisect.bisect_left(all_runs, (lo,)) : bisect.bisect_left(all_runs, (at,))]
    earlier = all_runs[: bisect.bisect_left(all_runs, (at,))]
    surnames = {  # of people: not Foods after Acme Foods
        name.split()[-1]
        for _, run in earlier
        if (name := person(run)) and not set(name.split()) & CORPORATE_WORDS
    }
    named = (
        (i, person(run) or (run if _is_surname(run, i, surnames, ctx.raw) else None))
        for i, run in reversed(runs)
        if ctx.text[i] != BLANK
        and not is_object(ctx.text, i)
        and not _OWNS_A_BODY.match(ctx.text, i + len(run))  # Tokayev's administration
        and not _BYLINE_BEFORE.search(ctx.text, max(0, i - 4), i)
    )
    quoted = ((q.char_start, q.speaker) for q in reversed(found) if lo <= q.char_end <= at)
    candidates = [
        _nearest(
            (i, name)
            for i, name in named
            if not avoided & set(str(name).split()) and not (name and clashes(pronoun, name))
        ),
        _nearest(
            (i, s)
            for i, s in quoted
            if is_name(s)
            and " and " not in str(s)
            and not avoided & set(str(s).split())
            and not set(str(s).split()) <= PLACE_NAMES  # he is never Moscow
            and not clashes(pronoun, str(s))
        ),
    ]
    known = [c for c in candidates if c]
    return max(known)[1] if known else None


def _pronoun_at(ctx: Context, pronoun: str, cue: str) -> int:
    """Where a pronoun stands with its cue before the quotation, else the quotation's start.

    A pronoun refers back from where it stands: in "what he calls Roy’s “…”" the name after
    "he" is not who "he" is.

    >>> from sinoru_data.quotes.sentences import context
    >>> ctx = context("Ed Lam mocked what he calls Roy’s “plan”.", 0)
    >>> _pronoun_at(ctx, "he", "calls")
    19
    >>> _pronoun_at(context("“No,” he said.", 0), "he", "said")  # after the quotation
    0
    """
    verb = re.escape(cue.split()[0])
    said = list(
        re.finditer(rf"\b{re.escape(pronoun)}\s+(?:\S+\s+){{0,2}}?{verb}\b", ctx.before, re.I)
    )
    return ctx.start + said[-1].start() if said else ctx.span.open_at


def _is_surname(run: str, at: int, surnames: set[str], text: str) -> bool:
    """Whether a one-word run is the surname of a person named in full (Aroha Pene … Pene, 29).

    Not before a possessive: Pittman's daughter is someone else.

    >>> _is_surname("Pene", 0, {"Pene"}, "Pene, 29, said"), _is_surname("Pene", 0, {"Pene"}, "Pene’s son")
    (True, False)
    """
    return run in surnames and not text.startswith(("’s", "'s"), at + len(run))


def is_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` is no speaker: a body, a place, or who is spoken to.

    A body follows "the", a place "in", "at", "on", "off", "near", "outside", "every" or
    "across" (a pensioner in Co Mayo; every Dublin Marathon). Not "from": a person follows it as
    often (criticism from Senator Ana Roy).

    >>> text = "said Jo Kim in an interview with the state-run Radio Nord"
    >>> is_object(text, text.index("Radio")), is_object(text, text.index("Jo"))
    (True, False)
    >>> text = "Police in Cape Town said so"
    >>> is_object(text, text.index("Cape"))
    True
    >>> text = "She was in a Cuba St cafe"
    >>> is_object(text, text.index("Cuba"))
    True
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
