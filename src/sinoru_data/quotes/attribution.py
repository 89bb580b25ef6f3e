"""Attribution: who a quotation is from, and the reporting word that says so.

The first named rule that ties the quotation to a speaker and a cue wins: the words right
after it, right before it, the rest of its sentence, then the last reporting verb before
it (tables in :mod:`sinoru_data.quotes.rules`). A pronoun is resolved to the person, pair
or thing the text last names (:mod:`sinoru_data.quotes.pronouns`). A quotation with no
source of its own may continue the quotation before it. Where the text names nobody,
the speaker is ``None``.

>>> from sinoru_data.quotes.sentences import context
>>> attribute(context("Friedman wrote, “China grew.”", 0), [], None).speaker
'Friedman'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .names import is_name, speaker_of
from .pronouns import resolve_body, resolve_pronoun
from .result import FoundQuote
from .rules import AFTER_RULES, BEFORE_RULES, SENTENCE_RULES, TRAILING_RULES, Rule
from .sentences import Context, label_position, opens_sentence, sentence_subject
from .vocabulary import (
    AUX,
    CLAUSE_WORDS,
    DOCUMENT_WORDS,
    NP_END,
    PRONOUNS,
    SAY,
    SENTENCE_CUES,
    WHEN,
)


@dataclass(frozen=True)
class Attribution:
    """Who a quotation is from, the reporting word, and the rule that said so.

    >>> Attribution("Graham", "said", "speaker-cue", "speech").speaker
    'Graham'
    """

    speaker: str | None
    cue: str | None
    rule: str
    frame: str


NO_ATTRIBUTION = Attribution(None, None, "none", "none")

_LAST_CUE = re.compile(rf"\b(?P<cue>{SENTENCE_CUES})\b", re.IGNORECASE)
_APPOSITION_TAIL = re.compile(r"(?<=\w)(?P<appos>,\s[^,;:“”·]{1,100},)\s*$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
_BY_AGENT = re.compile(rf"\s*by\s+(?P<np>{NP_END})")
_TOKENS = re.compile(r"[—–;:,()\[\]“”«»\"·]|[^\s—–;:,()\[\]“”«»\"·]+")
_BEFORE_VERB = re.compile(rf"{AUX}|also|keeps?|kept|[a-z]+ly|yesterday|today|earlier")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|keeps?|kept)\s+(?:[a-z]+ly\s+)?$")
_TIME_WORD = re.compile(WHEN, re.IGNORECASE)
_TIME_PREPOSITION = frozenset({"on", "last", "this", "late", "early", "earlier"})
_WORD = re.compile(r"\w")
_CLAUSE_SUBJECT = re.compile(
    r"\b(?:after|when|because|since|while|before|once|as)\s+"
    r"(?P<np>(?:the|a|an|its|their|his|her)\s+(?:[\w’'\-]+\s+){0,2}?[\w’'\-]+)\s+(?![a-z]+ly\b)[a-z]+\b"
)
_FIRST_PART = re.compile(r"[“\"‘'«]·+[”\"’'»]")  # a blanked quotation opening the sentence
_DOCUMENT_END = re.compile(
    rf"\b(?P<document>(?:a|an|the|its|their)\s+(?:[\w\-]+\s+)?{DOCUMENT_WORDS})"
    r"(?:,\s[^,;:“”·]{1,60},)?\s*$"
)
_NEARBY = 2000  # how far around a quotation (in characters) its other uses are looked for
_AS_END = re.compile(r"\bas\s*$")
_ROLE_OF = re.compile(r"^(?:the|a|an)\s+[a-z][\w\-]*\s+of\s")  # the head of Acme Health
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+")  # Dr. Ana Lind of the University of Oslo


def _cue_of(match: re.Match[str]) -> str | None:
    """The reporting word(s) a rule matched, lower case, or None.

    >>> _cue_of(re.match(r"(?P<cue>Quoted) Xi (?P<cue2>as\\s+saying)", "Quoted Xi as  saying"))
    'quoted as saying'
    """
    found = match.groupdict()
    parts = [found[key] for key in ("cue", "cue2") if found.get(key)]
    return " ".join(" ".join(parts).lower().split()) if parts else None


def _chunk_before(head: str) -> tuple[str, str]:
    """The words just before a verb, back to a clause boundary, and that boundary.

    Auxiliaries, adverbs and a time (on Friday) in front of the verb are left out.

    >>> _chunk_before("Published in English, Hu’s essay "), _chunk_before("with a spokesperson ")
    (('Hu’s essay', ','), ('a spokesperson', 'with'))
    >>> _chunk_before("The Kremlin on Tuesday ")
    ('The Kremlin', '')
    """
    tokens = _TOKENS.findall(head)
    while tokens:
        if _BEFORE_VERB.fullmatch(tokens[-1]):
            tokens.pop()
        elif len(tokens) > 2 and _is_time_phrase(tokens[-2:]):
            del tokens[-2:]
        else:
            break
    chunk: list[str] = []
    for token in reversed(tokens):
        if token.lower() in CLAUSE_WORDS or not _WORD.search(token):
            return " ".join(chunk), token.lower()
        chunk.insert(0, token)
    return " ".join(chunk), ""


def _is_time_phrase(tokens: Sequence[str]) -> bool:
    """Whether two words name a time (on Thursday, last week), as between a subject and its verb.

    >>> _is_time_phrase(["on", "Thursday"]), _is_time_phrase(["last", "month"]), _is_time_phrase(["on", "Russia"])
    (True, True, False)
    """
    return tokens[0].lower() in _TIME_PREPOSITION and _TIME_WORD.fullmatch(tokens[1]) is not None


def _subject_of_cue(before: str, at: int, cue: str) -> str | None:
    """Who does the reporting verb at ``at``: the words before it, or the sentence's subject.

    A passive verb (was criticised) has no subject unless "by X" follows. A verb in -ing
    takes the noun before it only after "with" (with a spokesperson saying ...) or as a
    progressive (Beijing keeps telling us, the minister was saying), else the
    subject of the reporting verb before it (the regulator said, calling ...) or of the
    sentence; so does a verb joined by "and" with no subject of its own (X argued ... and
    warned). An apposition before the verb is skipped (Ms. Patel, 34, said).

    >>> _subject_of_cue("Moscow and Beijing issued it at the time declaring ", 38, "declaring")
    'Moscow and Beijing'
    >>> _subject_of_cue("the article was criticised for being ", 16, "criticised") is None
    True
    >>> _subject_of_cue("The ministry denied it and said ", 27, "said")
    'The ministry'
    """
    head = before[:at]
    if _PASSIVE.search(head):
        agent = _BY_AGENT.match(before[at + len(cue) :])
        return speaker_of(agent["np"]) if agent else None
    chunk, boundary = _chunk_before(head)
    progressive = chunk and _PROGRESSIVE.search(head)  # Beijing keeps telling us
    shares_subject = cue.lower().endswith("ing") and boundary != "with" and not progressive
    if shares_subject or (not chunk and boundary == "and"):
        return _earlier_subject(before, head)
    apposition = _APPOSITION_TAIL.search(head) if not chunk and boundary == "," else None
    if apposition:
        chunk, boundary = _chunk_before(head[: apposition.start()] + " ")
        role = speaker_of(chunk)  # the head of X, Y, said: X is where Y works, not the speaker
        return _prefer_name(None if boundary == "of" else role, apposition["appos"]) or role
    return speaker_of(chunk) if chunk else sentence_subject(before)


def _earlier_subject(before: str, head: str) -> str | None:
    """The subject of the last reporting verb in ``head``, else of the whole sentence.

    >>> _earlier_subject("Lu argued it and warned ", "Lu argued it and ")
    'Lu'
    """
    prior = list(_LAST_CUE.finditer(head))
    if prior:
        return _subject_of_cue(before, prior[-1].start(), prior[-1]["cue"])
    return sentence_subject(before) or _clause_subject(head) or _document_before(head)


def _document_before(head: str) -> str | None:
    """A document just before a verb in -ing (a notice, seen by AP, warning ...), if any.

    >>> _document_before("Clients received a notice, seen by AP, "), _document_before("He left, ")
    ('a notice', None)
    """
    document = _DOCUMENT_END.search(head)
    return document["document"] if document else None


def _clause_subject(head: str) -> str | None:
    """The subject of the last clause opened by after, when, because ... in ``head``.

    A participle after it (..., after the company cut its forecast, blaming ...) is that
    subject's when the sentence's own subject cannot be read.

    >>> _clause_subject("Shares fell 5% after the company cut its forecast, ")
    'the company'
    """
    clauses = list(_CLAUSE_SUBJECT.finditer(head))
    return speaker_of(clauses[-1]["np"]) if clauses else None


def _prefer_name(speaker: str | None, apposition: str | None) -> str | None:
    """The name an apposition gives, when the speaker is a role (the bank's economist, X,).

    >>> _prefer_name("the club's chief executive", ", Dana Ruiz,"), _prefer_name("Zakaria", ", a writer,")
    ('Dana Ruiz', 'Zakaria')
    >>> _prefer_name("The president", ", speaking in Ohio,")
    'The president'
    >>> _prefer_name("The lead author", ", Dr. Ana Lind of the University of Oslo,")
    'Dr. Ana Lind'
    """
    words = _AFFILIATION.split(apposition.strip(" ,"), maxsplit=1)[0] if apposition else ""
    name = " ".join(words.split()) or None
    return name if is_name(name) and not is_name(speaker) else speaker


def _attribution(rule: Rule, match: re.Match[str], where: str) -> Attribution | None:
    """The attribution a rule's match gives, or None when it names no usable source.

    >>> rule = next(r for r in AFTER_RULES if r.name == "speaker-cue")
    >>> _attribution(rule, rule.pattern.match(" the club's chief executive, Dana Ruiz, said."), "").speaker
    'Dana Ruiz'
    >>> _attribution(rule, rule.pattern.match(" the head of Acme Power, Jo Lim, said."), "").speaker
    'Jo Lim'
    """
    found = match.groupdict()
    cue = _cue_of(match)
    if found.get("speaker"):
        speaker = speaker_of(found["speaker"])
    elif cue:
        speaker = _subject_of_cue(where, match.start("cue"), match["cue"])
    else:
        return None
    role = None if _ROLE_OF.search(found.get("speaker") or "") else speaker
    speaker = _prefer_name(role, found.get("appos")) or speaker
    return Attribution(speaker, cue, rule.name, rule.frame) if speaker else None


def _first(rules: Iterable[Rule], where: str, anchored: bool) -> Attribution | None:
    """The attribution of the first rule that matches ``where`` and names a source.

    >>> _first(AFTER_RULES, " Graham said.", anchored=True)
    Attribution(speaker='Graham', cue='said', rule='speaker-cue', frame='speech')
    """
    for rule in rules:
        match = rule.pattern.match(where) if anchored else rule.search(where)
        found = _attribution(rule, match, where) if match else None
        if found:
            return found
    return None


def _last_cue(before: str) -> Attribution | None:
    """The last reporting verb earlier in the sentence, with its subject.

    >>> _last_cue("Hu’s essay argued that China needed to cut ties with Putin ")
    Attribution(speaker='Hu', cue='argued', rule='sentence-cue', frame='report')
    """
    matches = list(_LAST_CUE.finditer(before))
    if not matches:
        return None
    cue = matches[-1]
    speaker = _subject_of_cue(before, cue.start(), cue["cue"])
    return Attribution(speaker, _with_as(cue["cue"], before), "sentence-cue", "report")


def _with_as(cue: str, before: str) -> str:
    """A verb of judging with the "as" that sets up its quotation (criticised ... as “…”).

    >>> _with_as("Criticised", "It criticised the plan as "), _with_as("said", "He said it was as ")
    ('criticised as', 'said')
    """
    cue = cue.lower()
    return f"{cue} as" if _AS_END.search(before) and not SAY.fullmatch(cue) else cue


def _split_quotation(before: str) -> Attribution | None:
    """The attribution inside a quotation split in two (“…,” Roy told reporters, “…”).

    ``before`` opens with the first part (blanked) and ends with a comma: the words between
    are the second part's attribution too, whatever follows the verb.

    >>> _split_quotation("“····” Judge Ann Roy told the man as she sentenced him, ")
    Attribution(speaker='Ann Roy', cue='told', rule='split-quotation', frame='speech')
    """
    first = _FIRST_PART.match(before)
    if not first or not before.rstrip().endswith(","):
        return None
    found = _first(AFTER_RULES, before[first.end() :], True)
    return replace(found, rule="split-quotation") if found else None


def _own(ctx: Context) -> Attribution | None:
    """The attribution the quotation's own sentence gives, rule by rule, if any.

    Words right after a quotation that ends its sentence (“… .” The council says) are
    not its attribution. A quotation set up as a name (so-called “…”) takes a source only
    from the words right around it; one after a determiner (their “…”) also from a verb
    of saying earlier in the sentence (Residents say ... into a “racetrack.”).

    >>> from sinoru_data.quotes.sentences import context
    >>> _own(context("China accused the U.S. of running “dangerous” labs.", 0)).speaker
    'China'
    """
    ends_sentence = ctx.raw[ctx.span.start : ctx.span.end].rstrip().endswith(".")
    after = None if ends_sentence else _first(AFTER_RULES, ctx.after, True)
    tight = after or _first(BEFORE_RULES, ctx.before, False) or _split_quotation(ctx.before)
    if tight:
        return tight
    label = _label(ctx)
    if label == "named":
        return None
    found = _first(TRAILING_RULES, ctx.rest, False) or _first(SENTENCE_RULES, ctx.before, False)
    cue = found or _last_cue(ctx.before)
    if label and cue and not (cue.cue and SAY.fullmatch(cue.cue)):
        return None
    return cue


def _label(ctx: Context) -> str | None:
    """How a quotation is set up as a name: :func:`label_position`, or by its use nearby.

    A short quotation that the text nearby sets up as a name (the so-called “red line” talks)
    is a name where it stands alone too (a headline's ‘Red line’ talks fail ...).

    >>> from sinoru_data.quotes.sentences import context
    >>> _label(context("‘Red line’ talks fail, envoys say\\nThe so-called “red line” talks ended.", 0))
    'named'
    """
    label = label_position(ctx.before)
    if label:
        return label
    words = ctx.raw[ctx.span.start : ctx.span.end].strip(" ,.")
    if not words or len(words.split()) > 4:
        return None
    lo, hi = max(0, ctx.span.open_at - _NEARBY), ctx.span.close_at + _NEARBY
    pattern = re.compile(rf"[“‘\"']{re.escape(words)}[,.]?[”’\"']", re.IGNORECASE)
    for match in pattern.finditer(ctx.raw, lo, hi):
        if match.start() != ctx.span.open_at and label_position(ctx.raw[lo : match.start()]):
            return "named"
    return None


def _carried(ctx: Context, previous: FoundQuote | None) -> Attribution | None:
    """The previous quotation's speaker, when this one continues it.

    Opening the sentence right after the previous one's attribution (“…,” Daly said. “…”),
    speaker and cue carry over; later in the same paragraph, or as the next paragraph's
    opening quotation, only the speaker does. A quotation used as a name never inherits.

    >>> from sinoru_data.quotes.sentences import context
    >>> prev = FoundQuote("A,", 1, 3, "direct", "Daly", "said")
    >>> _carried(context("“A,” Daly said. “B.”", 1), prev)
    Attribution(speaker='Daly', cue='said', rule='continuation', frame='speech')
    """
    if previous is None or previous.speaker is None or ctx.nested:
        return None
    between = ctx.text[previous.char_end : ctx.span.open_at]
    if "\n" not in between:
        cue = previous.cue
        right_after = len(between) <= 80 and opens_sentence(ctx.before, "speech")
        if cue and right_after and re.search(rf"\b{re.escape(cue)}\b", between):
            return Attribution(previous.speaker, cue, "continuation", "speech")
        if not _label(ctx):
            return Attribution(previous.speaker, None, "carried", "carried")
        return None
    opens_paragraph = not ctx.text[ctx.lo : ctx.span.open_at].strip()
    if between.count("\n") == 1 and opens_paragraph:
        return Attribution(previous.speaker, None, "next-paragraph", "carried")
    return None


def attribute(
    ctx: Context, found: Sequence[FoundQuote], previous: FoundQuote | None
) -> Attribution:
    """Who a quotation is from: its own sentence's rules, else the quotation it continues.

    ``found`` are the quotations before it; ``previous`` is the last one not nested.

    >>> from sinoru_data.quotes.sentences import context
    >>> attribute(context("“We will win,” Graham said.", 0), [], None)
    Attribution(speaker='Graham', cue='said', rule='speaker-cue', frame='speech')
    """
    own = _own(ctx)
    if own is None:
        return _carried(ctx, previous) or NO_ATTRIBUTION
    if own.speaker in PRONOUNS:
        return replace(own, speaker=resolve_pronoun(own.speaker, ctx, found))
    body = resolve_body(own.speaker, ctx) if own.speaker else None
    return replace(own, speaker=body) if body else own
