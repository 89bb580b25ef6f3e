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
from .pronouns import resolve_pronoun
from .result import FoundQuote
from .rules import AFTER_RULES, BEFORE_RULES, SENTENCE_RULES, TRAILING_RULES, Rule
from .sentences import Context, label_position, opens_sentence, sentence_subject
from .vocabulary import AUX, CLAUSE_WORDS, NP_END, PRONOUNS, SAY, SENTENCE_CUES


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
_APPOSITION_TAIL = re.compile(r"(?<=\w)(?P<appos>,\s[^,;:“”·]{1,60},)\s*$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
_BY_AGENT = re.compile(rf"\s*by\s+(?P<np>{NP_END})")
_TOKENS = re.compile(r"[—–;:,()\[\]“”«»\"·]|[^\s—–;:,()\[\]“”«»\"·]+")
_BEFORE_VERB = re.compile(rf"{AUX}|also|[a-z]+ly")  # auxiliaries and adverbs
_WORD = re.compile(r"\w")


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

    Auxiliaries and adverbs in front of the verb are left out.

    >>> _chunk_before("Published in English, Hu’s essay "), _chunk_before("with a spokesperson ")
    (('Hu’s essay', ','), ('a spokesperson', 'with'))
    """
    tokens = _TOKENS.findall(head)
    while tokens and _BEFORE_VERB.fullmatch(tokens[-1]):
        tokens.pop()
    chunk: list[str] = []
    for token in reversed(tokens):
        if token.lower() in CLAUSE_WORDS or not _WORD.search(token):
            return " ".join(chunk), token.lower()
        chunk.insert(0, token)
    return " ".join(chunk), ""


def _subject_of_cue(before: str, at: int, cue: str) -> str | None:
    """Who does the reporting verb at ``at``: the words before it, or the sentence's subject.

    A passive verb (was criticised) has no subject unless "by X" follows. A verb in -ing
    takes the noun before it only after "with" (with a spokesperson saying ...), else the
    subject of the reporting verb before it (the regulator said, calling ...) or of the
    sentence. An apposition before the verb is skipped (Ms. Patel, 34, said).

    >>> _subject_of_cue("Moscow and Beijing issued it at the time declaring ", 38, "declaring")
    'Moscow and Beijing'
    >>> _subject_of_cue("the article was criticised for being ", 16, "criticised") is None
    True
    """
    head = before[:at]
    if _PASSIVE.search(head):
        agent = _BY_AGENT.match(before[at + len(cue) :])
        return speaker_of(agent["np"]) if agent else None
    chunk, boundary = _chunk_before(head)
    if cue.lower().endswith("ing") and boundary != "with":
        prior = list(_LAST_CUE.finditer(head))
        if prior:
            return _subject_of_cue(before, prior[-1].start(), prior[-1]["cue"])
        return sentence_subject(before)
    apposition = _APPOSITION_TAIL.search(head) if not chunk and boundary == "," else None
    if apposition:
        chunk, _ = _chunk_before(head[: apposition.start()] + " ")
        return _prefer_name(speaker_of(chunk), apposition["appos"])
    return speaker_of(chunk) if chunk else sentence_subject(before)


def _prefer_name(speaker: str | None, apposition: str | None) -> str | None:
    """The name an apposition gives, when the speaker is a role (the bank's economist, X,).

    >>> _prefer_name("the club's chief executive", ", Dana Ruiz,"), _prefer_name("Zakaria", ", a writer,")
    ('Dana Ruiz', 'Zakaria')
    >>> _prefer_name("The president", ", speaking in Ohio,")
    'The president'
    """
    name = " ".join(apposition.strip(" ,").split()) if apposition else None
    return name if is_name(name) and not is_name(speaker) else speaker


def _attribution(rule: Rule, match: re.Match[str], where: str) -> Attribution | None:
    """The attribution a rule's match gives, or None when it names no usable source.

    >>> m = AFTER_RULES[-2].pattern.match(" the club's chief executive, Dana Ruiz, said.")
    >>> _attribution(AFTER_RULES[-2], m, "").speaker
    'Dana Ruiz'
    """
    found = match.groupdict()
    cue = _cue_of(match)
    if found.get("speaker"):
        speaker = speaker_of(found["speaker"])
    elif cue:
        speaker = _subject_of_cue(where, match.start("cue"), match["cue"])
    else:
        return None
    speaker = _prefer_name(speaker, found.get("appos"))
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
    return Attribution(speaker, cue["cue"].lower(), "sentence-cue", "report")


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
    tight = after or _first(BEFORE_RULES, ctx.before, False)
    if tight:
        return tight
    label = label_position(ctx.before)
    if label == "named":
        return None
    found = _first(TRAILING_RULES, ctx.rest, False) or _first(SENTENCE_RULES, ctx.before, False)
    cue = found or _last_cue(ctx.before)
    if label and cue and not (cue.cue and SAY.fullmatch(cue.cue)):
        return None
    return cue


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
        if not label_position(ctx.before):
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
    return own
