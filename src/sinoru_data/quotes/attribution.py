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

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .descriptions import resolve_body, resolve_role
from .names import (
    AFFILIATION,
    is_name,
    is_time_phrase,
    person,
    speaker_of,
    whole_name,
    without_post_nominal,
)
from .pronouns import resolve_pronoun
from .result import FoundQuote
from .rules import (
    AFTER_RULES,
    BEFORE_RULES,
    REPORTING_RULES,
    SENTENCE_RULES,
    TRAILING_RULES,
    Rule,
)
from .sentences import (
    BLANK,
    Context,
    label_position,
    opens_sentence,
    sentence_subject,
    without_source_prefix,
)
from .vocabulary import (
    ADVERBS,
    AUX,
    BODY_DESCRIPTIONS,
    BODY_NOUNS,
    BUSINESS_NOUNS,
    CALL,
    CAP,
    CATENATIVE,
    CLAUSE_WORDS,
    DOCUMENT_WORDS,
    FUNCTION_WORDS,
    HEADLINE_LABELS,
    HEADLINE_VERBS,
    INQUIRY_NOUNS,
    INSTITUTION_NOUNS,
    JUDGING,
    KNOWING_SOURCE,
    LONG_NAME,
    NAMES,
    NAMING,
    NOT_AFTER_DETERMINER,
    NOT_AFTER_MODAL,
    NOUNS_IN_LY,
    NP,
    NP_END,
    PAST,
    PERSON_NOUNS,
    POST_NOMINALS,
    POSTMODIFIERS,
    PRONOUNS,
    SAY,
    SAYING_NEARBY,
    SENTENCE_CUES,
    SPEAKING_OF,
    SPEECH,
    TITLES,
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

#: The rules this module applies itself, beyond the tables of :mod:`~sinoru_data.quotes.rules`:
#: the speaker of a clause a reporting source only relays (X told Y that …, the Kremlin said;
#: X said … “…”, according to CCTV), the second half of a split quotation,
#: the last reporting verb of the sentence, a headline's speaker before a colon or before its
#: verb (Xi and Putin pledge ‘…’), the quotation before (its
#: sentence, later in its paragraph, the next paragraph), a colon, the sentence before; and
#: ``none`` when no rule ties the quotation to anyone.
OWN_RULES = (
    "reported-clause",
    "split-quotation",
    "sentence-cue",
    "headline-speaker",
    "headline-clause",
    "document-subject",
    "continuation",
    "carried",
    "next-paragraph",
    "colon-subject",
    "introduced",
    "none",
)
#: The rules whose speaker was right at least 90% of the time on 20 or more quotations the rules
#: had never seen (``scripts/rule_accuracy.py``; the table in ``docs/quotes.md``, which a test
#: keeps in step): a speaker they give needs no second look. The others are worth checking.
SURE_RULES = frozenset(
    {
        "cue-speaker",
        "continuation",
        "headline-clause",
        "headline-speaker",
        "quoted-as-saying",
        "reported-clause",
        "split-quotation",
        "was-quoted-as-saying",
    }
)
#: Every rule name an :class:`Attribution` can carry.
RULE_NAMES = frozenset(
    [r.name for r in (*AFTER_RULES, *BEFORE_RULES, *TRAILING_RULES, *SENTENCE_RULES)]
    + list(OWN_RULES)
)

_LAST_CUE = re.compile(  # not so-called, nor a noun after a determiner (the claims, a warning)
    rf"(?<![\w\-])(?=[a-zA-Z]){NOT_AFTER_DETERMINER}{NOT_AFTER_MODAL}(?P<cue>{SENTENCE_CUES})\b",
    re.IGNORECASE,
)
_APPOSITION_TAIL = re.compile(  # , 34, / , whose book “···” sold well, / , 45, a nurse,
    r"(?<=\w)(?P<appos>(?:,\s\d{1,3})?,\s(?:[^,;:“”\"·]|[“\"‘]·+[”\"’]){1,100},)\s*$"
)
#: A verb that needs an object, with "to" right after it, is passive (Mayor told to ‘quit’).
_RELATIVE_SUBJECT = re.compile(  # Ana Roy, (a nurse,) whose son was hurt, (said): the subject
    rf"(?:(?:But|And|Yet|So),?\s+)?(?P<np>{NAMES})(?:\s+\(\d{{1,3}}\)|,\s+\d{{1,3}})?(?P<appos>,\s+[^,;:“”\"]{{1,60}})?,\s+(?:who|whose)\s"
)
_WITH_APPOSITION = re.compile(  # …, with its deputy ambassador, Dai Bing, (saying); not talks with
    rf",\s+with\s+(?:a|an|the|its|his|her|their|{NAMES}[’']s)\s+[^,;:“”\"]{{1,60}},\s+{NAMES},\s*$"
)
_JUDGED_AS = re.compile(  # described X as “…”: the words judge X, whatever their capitals
    rf"\b(?:{NAMING}|{JUDGING})\s+(?:[\w\-’']+\s+){{0,5}}as\s+$"
)
_POST = re.compile(  # a post held "to" a place (ambassador to Moscow)
    r"(?:ambassador|envoy|minister|secretary|commissioner|representative|delegate|adviser|"
    r"advisor|spokesman|spokeswoman|spokesperson|correspondent|czar|tsar)",
    re.IGNORECASE,
)
_OBJECTLESS = re.compile(
    r"(?:told|asked|urged|ordered|advised|warned|instructed|begged|pressed)\s+to\b", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
_BY_AGENT = re.compile(rf"\s*by\s+(?P<np>{NP}(?=\s+as\s)|{NP_END})")  # described by X as “…”
_TOKENS = re.compile(  # a number with thousands (the 5,000-word document) is one token
    r"\d{1,3}(?:,\d{3})+[\w\-]*|[—–;:,()\[\]“”«»\"·]|[^\s—–;:,()\[\]“”«»\"·]+"
)
_BEFORE_VERB = re.compile(
    rf"{AUX}|also|keeps?|kept|(?!{NOUNS_IN_LY}$)[a-z]+ly|yesterday|today|earlier|later|then|again|never|both|all"
    r"|long|often|still|once|first|now|always|usually|sometimes|ever|even|just"
    r"|(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should)n[’']t"
)
#: A document right before a verb in -ing does it (a draft resolution condemning …).
_DOCUMENT_DOING = re.compile(  # a U.S.-drafted resolution; not "the Council adopted a resolution"
    r"\b(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:a|an|the)\s)[\w.\-]+\s+){0,4}?"
    r"(?:resolution|draft|motion))\s+$"
)
#: A verb of will before "to" and the reporting verb: its subject is the reporter's.
_WILLING_TO = re.compile(
    r"\b(?P<verb>voted|votes|agreed|agrees|decided|decides|moved|moves|sought|seeks)"
    r"\s+(?:[a-z]+ly\s+)?to\s+$"
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|keeps?|kept)\s+(?:[a-z]+ly\s+)?$")
_TIME_AFTER = frozenset({"after", "before", "following", "during"})
_LONG_TIME = re.compile(  # on February 4, in recent months, over the weekend: before a verb
    r"(?<=\s)(?:(?i:on|in|since|by)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2}|(?i:in|over|during)\s+"
    r"(?i:recent|the|past|coming)\s+(?i:days|weeks|months|years|weekend))\s+$"
)
_WORD = re.compile(r"\w")
_CLAUSE_SUBJECT = re.compile(
    r"\b(?i:after|when|because|since|while|before|once|as)\s+"  # When the mayor stood up
    r"(?P<np>(?:the|a|an|its|their|his|her)\s+(?:[\w’'\-]+\s+){0,2}?[\w’'\-]+)\s+(?![a-z]+ly\b)[a-z]+\b"
)
_FIRST_PART = re.compile(  # a blanked quotation opening the sentence, after a tag: (AP) “·”
    r"(?:\([^()\s][^()]{0,40}\)\s*)?[“\"‘'«]·+[”\"’'»]"
)
_PUBLISHED = re.compile(  # the subject wrote it: The Post ran an editorial arguing …
    rf"\b(?:ran|runs|published|publishes|issued|issues|released|releases|put\s+out|puts\s+out|"
    rf"posted|posts|wrote|writes|filed|files|sent|sends)\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+)?"
    rf"{DOCUMENT_WORDS}\b"
)
_DOCUMENT_END = re.compile(
    rf"\b(?P<document>(?:a|an|the|its|their)\s+(?:[\w\-]+\s+)?{DOCUMENT_WORDS})"
    r"(?:,\s[^,;:“”·]{1,60},)?\s*$"
)
_MODIFIER_USE = re.compile(r"\s+[a-z]")  # a quotation before a noun: ‘No limits’ partnership
_NEARBY = 2000  # how far around a quotation (in characters) its other uses are looked for
_AS_END = re.compile(r"\bas\s*$")
_INDEFINITE_END = re.compile(r"\b(?:a|an)\s+$")
_NEXT_WORD = re.compile(r"\s*(\w+)")
_OF_END = re.compile(r"\bof\s*$")
_ROLE_OF = re.compile(r"^(?:the|a|an)\s+[a-z][\w\-]*\s+of\s")  # the head of Acme Health
_PREPOSITIONS = frozenset({"in", "at", "from", "of", "for", "into"})  # an inquiry into …
_COMPLEMENT = _PREPOSITIONS | {"to", "on", "with", "by"}
_NP_START = frozenset(
    {"a", "an", "the", "one", "two", "three", "some", "several", "many", "most", "all", "each"}
    | {"another", "its", "their", "his", "her", "our", "my"}
)
_SETTING = re.compile(  # where or when words were said, not who said them
    rf"^(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w\-]+\s+)?(?:{DOCUMENT_WORDS}|{WHEN}|"
    r"briefing|conference|call|hearing|meeting|session|summit|rally|press\s+conference)\b",
    re.IGNORECASE,
)
_HEADLINE_SPEAKER = re.compile(  # Lavrov: ‘…’; Chinese embassy: ‘…’; Lavrov in Beijing: ‘…’
    rf"(?!{HEADLINE_LABELS}\s*:)(?P<speaker>(?:{CAP}\s+){{0,2}}(?:{CAP}|[a-z][\w\-]*))"
    rf"(?:\s+(?:in|at)\s+{CAP}(?:\s+{CAP})?)?:\s"
)
_DOCUMENT_SUBJECT = re.compile(  # The resolution “…”; A joint statement … (the sentence's subject)
    r"(?:\([^()]{1,40}\)\s*[-–—]?\s*)?(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his)\s+"
    r"(?:(?!(?:of|for|on|in|by|at|with|from|the|a|an)\s)[\w\-’']+\s+){0,3}?"  # not "the timing of"
    r"(?:resolution|statement|declaration|report|communique|communiqué|review|filing|readout))\b"
    r"(?![\w\-’'])(?!\s+(?:of|by|from|on|into)\b)"
)
_VERB_BEFORE = re.compile(
    rf"\b({SPEECH}|{JUDGING}|calls\s+for|called\s+for|calls\s+on|urges|urged)\s*$"
)
_COPULA = re.compile(r"\b(?:is|was|are|were|be|been|being|has|had|have)\b")
_HEADLINE_SUBJECT = re.compile(rf"(?P<np>{NAMES})\s+(?:{AUX}\s+)?[a-z]+s\b")  # Russia backs …
_HEADLINE_CLAUSE = (
    re.compile(  # Xi and Putin pledge ‘…’; China, Russia vow to ‘…’; U.S. warns of ‘…’
        rf"(?P<np>{NAMES}(?:(?:,\s+|\s+and\s+){NAMES})?)\s+(?P<cue>{HEADLINE_VERBS})\b"
        r"[^,;:!?“”‘’\"']*$"
    )
)
_SPEAKING_BODY = re.compile(  # a common noun that can speak: Chinese embassy, Rail union
    rf"\b(?:{'|'.join(sorted(INSTITUTION_NOUNS | BODY_NOUNS | BUSINESS_NOUNS))}|union|police|"
    r"party|spokesman|spokeswoman|spokesperson|minister|president|chief|leader|boss|officials?)$",
    re.IGNORECASE,
)
_SPEECH_WORD = re.compile(rf"\b{SPEECH}\b")
_HEADLINE_VERB = re.compile(HEADLINE_VERBS, re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|that)\b", re.IGNORECASE)
_LONG_NAME_END = re.compile(  # a long name after a clause boundary, before the verb
    rf"(?P<boundary>^|[,;:()—–]|\b(?:and|but|as|while|when|after)\b)\s*"
    rf"(?P<name>(?:[Tt]he\s+)?{LONG_NAME})\s+(?:{AUX}\s+)?$"
)
_THAT_CLAUSE = re.compile(  # X told Y (on Friday) that …: a reported clause
    rf"(?<![\w\-]){NOT_AFTER_DETERMINER}(?P<cue>{SPEECH})\s+(?:[^\s,;:]+\s+){{0,12}}?that\s"
)
_CLAUSE_VERB = re.compile(  # said the ships docked (in Oslo): "the ships" is a clause's subject
    r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+)?[a-z]+s\s+"
    rf"(?!(?:{POSTMODIFIERS})\b)[a-z]+ed\b"  # not the officials based in Oslo
)
_OBJECT_NOUN = re.compile(
    r"[a-z]+ed\s+(?:claims|notes|replies|warnings|reports)$"
)  # rejected claims
_SPOKE_OF = re.compile(SPEAKING_OF)
_COMMA_ADVERB = re.compile(rf",\s+(?:{ADVERBS})\s+$")  # an apposition, then "later said"
_PLAIN_SAY = re.compile(  # verbs that report words, not a promise (X pledged to …)
    r"(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|stated|states|warned|warns|"
    r"argued|argues|insisted|insists|claimed|claims)",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"\s*[a-z][\w\-]*\s+(?:that|which)\s")
_TRAILING_WORD = re.compile(ADVERBS)  # “…” later said Roy
_WHO_OPENING = re.compile(  # An engineer who …, A British ski instructor who … (the subject)
    r"(?P<np>(?:An?|The|One)\s+(?:[\w\-’']+\s+){0,4}?[a-z][\w\-]*)\s+who\s"
)
_FINITE = re.compile(rf"\b(?:{AUX}|{PAST}|[a-z]{{3,}}ed)\b")  # a clause's verb: was hurt, broke
_AND_START = re.compile(r"\s*(?:and|or|but)\b")
_BEEN_END = re.compile(r"\bbeen\s+$")
_WHAT_END = re.compile(r"\bwhat\s+[^,;:]*$")
_NAMING_RULES = frozenset({"naming-verb", "judging-as", "praising-verb", "what-x-calls"})
_REPORTED_VERB = re.compile(  # a verb whose subject's words "according to" only relays
    rf"(?:{_PLAIN_SAY.pattern}|{CALL}|{NAMING}|termed)(?:\s+as)?", re.IGNORECASE
)
#: Heads of phrases that may speak (a person, a body, an inquiry): built once, not per call.
_SPEAKING_NOUNS = PERSON_NOUNS | BODY_NOUNS | BODY_DESCRIPTIONS | INQUIRY_NOUNS
_NAMED_AS = re.compile(  # an apposition that gives the name: identified only as K.L.
    rf"^,\s+(?:(?:(?:identified|named|known|referred\s+to|(?:who\s+)?gave\s+(?:his|her|their)\s+name)"
    rf"\b[^,]*?\s)?(?:only\s+)?as\s+(?P<name>{NAMES})|(?:who\s+)?gave\s+only\s+(?:his|her|their)\s+"
    rf"(?:surname|first\s+name|family\s+name|name),\s+(?P<given>{NAMES})),?$"
)
_KNOWING_END = re.compile(  # People familiar with the matter (said): one source, as printed
    rf"(?P<boundary>^|[,;:(—–]|\b(?:and|but|as|while|when|after)\b)\s*"
    rf"(?P<name>{KNOWING_SOURCE})\s+(?:{AUX}\s+)?$"
)
_PAIR_END = re.compile(  # two names that open a clause, before the verb
    rf"(?P<boundary>^|[,;:()—–]|\b(?:[Bb]oth|after|when|while|as|since|before|because|once|until)\b)"
    rf"\s*(?P<name>(?!Both\b){NAMES}\s+and\s+{NAMES})\s+(?:{AUX}\s+)?$"
)
_TITLE_WORD = re.compile(rf"\b(?:{TITLES})\b")
_VERB_THEN_NP = re.compile(r"\b[a-z]+ed\s+(?P<np>(?:a|an|the)\s+[^,;]+)$")
_WHAT_CLAUSE = re.compile(  # rejected what it called “…”; apologised for what she called
    r"\b(?P<verb>[a-z]+(?:ed|s))\s+(?:(?:for|to|on|against|at|of|with|about|over)\s+)?"
    r"(?:what|which)\s+(?:he|she|it|they)\b[^“”\"]*$"
)
_DESCRIBED_NAME = re.compile(rf"(?P<words>(?:[\w\-]+\s+)+?)(?P<name>{NAMES})")


def _described_name(phrase: str) -> str | None:
    """The name after an age or a few describing words (67-year-old Ana Roy, retired teacher X).

    >>> _described_name("retired teacher Gloria Mendes"), _described_name("speaking in Ohio")
    ('Gloria Mendes', None)
    """
    match = _DESCRIBED_NAME.fullmatch(" ".join(phrase.split()))
    if not match:
        return None
    words = match["words"].split()
    describes = all(
        w[:1].isdigit() or (w.islower() and w not in FUNCTION_WORDS and not w.endswith("ing"))
        for w in words
    )
    return match["name"] if describes else None


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

    A phrase with a place or body after in, at, from or of is one speaker, as printed:

    >>> _chunk_before("As one trader in Oslo "), _chunk_before("The ministry in a statement ")
    (('one trader in Oslo', 'as'), ('The ministry', ''))
    >>> _chunk_before("Since May, China’s ambassador to Russia has ")
    ('China’s ambassador to Russia', ',')
    >>> _chunk_before("In May, a joint statement issued after their talks ")
    ('a joint statement', ',')

    So is a body's long name (the Union of Industrialists and Entrepreneurs):

    >>> _chunk_before("Later, the Union of Hotel and Bar Workers ")
    ('the Union of Hotel and Bar Workers', ',')

    So is a source set by what it knows (people familiar with the matter):

    >>> _chunk_before("People familiar with the matter ")
    ('People familiar with the matter', '')

    And so are two people named at the start of a clause (Both Ana Roy and Tom Lund):

    >>> _chunk_before("Both Ana Roy and Tom Lund ")
    ('Ana Roy and Tom Lund', 'both')

    A longer time before the verb is left out too:

    >>> _chunk_before("Oslo and Rome have in recent months ")
    ('Oslo and Rome', '')
    >>> _chunk_before("The statement issued on May 4 ")
    ('The statement issued', '')
    """
    head = _LONG_TIME.sub("", head)  # The statement issued on May 4; X have in recent months
    long_name = _LONG_NAME_END.search(head) or _PAIR_END.search(head) or _KNOWING_END.search(head)
    if long_name:
        return long_name["name"], long_name["boundary"].strip().lower()
    tokens = _without_verb_group(_TOKENS.findall(head))
    chunk, boundary, at = _last_phrase(tokens)
    if boundary in _TIME_AFTER and at > 1 and tokens[at - 1].endswith("ed"):
        outer, outer_boundary, _ = _last_phrase(tokens[: at - 1])  # a statement issued after …
        if outer and _opens_noun_phrase(outer.split()):
            return outer, outer_boundary
    if boundary == "to" and at and _is_role_word(tokens[at - 1]):
        named = _name_after_portfolio(chunk)  # ambassador to Moscow Ana Roy → Ana Roy
        if named == chunk:  # China’s ambassador to Russia: the post is the speaker, as printed
            outer, boundary, at = _last_phrase(tokens[:at])
            named = f"{outer} to {chunk}"
        chunk = named
    for _ in range(3):  # one nurse at a clinic in Hull: up to three phrases joined
        if boundary not in _PREPOSITIONS or not chunk:
            break
        outer, outer_boundary, outer_at = _last_phrase(tokens[:at])
        if outer and _SETTING.search(chunk):  # the ministry in a statement
            return outer, outer_boundary
        quantity = outer.lower() in _NP_START  # One of the people said
        if not (outer and _opens_noun_phrase(outer.split()) and (speaker_of(outer) or quantity)):
            break
        chunk, boundary, at = f"{outer} {boundary} {chunk}", outer_boundary, outer_at
    return chunk, boundary


def _without_verb_group(tokens: list[str]) -> list[str]:
    """The tokens before a verb without its auxiliaries, adverbs, a time and "like to".

    >>> _without_verb_group("Officials have long".split()), _without_verb_group("Mr. Li likes to".split())
    (['Officials'], ['Mr.', 'Li'])
    >>> _without_verb_group("The Kremlin on Tuesday".split())
    ['The', 'Kremlin']
    """
    while tokens:
        if tokens[-1] == "to" and len(tokens) > 1 and CATENATIVE.fullmatch(tokens[-2]):
            del tokens[-2:]  # Officials like to describe: the subject of "like"
        elif _BEFORE_VERB.fullmatch(tokens[-1]):
            tokens.pop()
        elif len(tokens) > 2 and is_time_phrase(tokens[-2:]):
            del tokens[-2:]
        else:
            break
    return tokens


def _is_role_word(word: str) -> bool:
    """Whether a word before "to" names a post (ambassador to, Minister to), not a verb.

    >>> _is_role_word("ambassador"), _is_role_word("Minister"), _is_role_word("went")
    (True, True, False)
    """
    return _POST.fullmatch(word) is not None


def _name_after_portfolio(chunk: str) -> str:
    """A person's name after a post's place (to Moscow): its last two capitalised words.

    >>> _name_after_portfolio("Moscow Michael McFaul"), _name_after_portfolio("Ana Roy")
    ('Michael McFaul', 'Ana Roy')
    """
    words = chunk.split()
    names = len(words) >= 3 and all(w[:1].isupper() for w in words)
    return " ".join(words[-2:]) if names else chunk


def _opens_noun_phrase(words: Sequence[str]) -> bool:
    """Whether a few words read as a noun phrase (one trader, The embassy, officials), not a verb's.

    >>> _opens_noun_phrase(["one", "trader"]), _opens_noun_phrase(["drew", "a", "rebuke"])
    (True, False)
    """
    first = words[0]
    return len(words) <= 4 and (len(words) == 1 or first.lower() in _NP_START or first[0].isupper())


def _last_phrase(tokens: Sequence[str]) -> tuple[str, str, int]:
    """The words at the end of ``tokens`` back to a clause word or mark: words, boundary, index.

    >>> _last_phrase(["He", "met", "the", "envoy", "in", "Oslo"])
    ('Oslo', 'in', 4)
    >>> _last_phrase(["as", "WHO", "chief", "Ana", "Roy"])
    ('WHO chief Ana Roy', 'as', 0)
    """
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]  # an acronym is a name, not a word (WHO director X)
        clause_word = token.lower() in CLAUSE_WORDS and not (len(token) > 1 and token.isupper())
        if clause_word or not _WORD.search(token):
            return " ".join(tokens[at + 1 :]), tokens[at].lower(), at
    return " ".join(tokens), "", 0


def _subject_of_cue(before: str, at: int, cue: str) -> str | None:
    """Who does the reporting verb at ``at``: the words before it, or the sentence's subject.

    A passive verb (was criticised) has no subject unless "by X" follows. A verb in -ing
    takes the noun before it only after "with" (with a spokesperson saying ...) or as a
    progressive (Beijing keeps telling us, the minister was saying), else the
    subject of the reporting verb before it (the regulator said, calling ...) or of the
    sentence; so does a verb joined by "and" or "but" with no subject of its own (X argued ...
    and warned). An apposition before the verb is skipped (Ms. Patel, 34, said).

    >>> _subject_of_cue("Moscow and Beijing issued it at the time declaring ", 38, "declaring")
    'Moscow and Beijing'
    >>> _subject_of_cue("the article was criticised for being ", 16, "criticised") is None
    True
    >>> _subject_of_cue("The ministry denied it and said ", 27, "said")
    'The ministry'
    >>> _subject_of_cue("Mayor told to ", 6, "told") is None  # a headline's passive
    True
    >>> _subject_of_cue("Ana Roy said staff had told her they were ", 23, "told")
    'staff'
    >>> _subject_of_cue("a speech that Kyiv's envoy, Ida Roy, later dismissed as ", 42, "dismissed")
    'Ida Roy'

    """
    head = _COMMA_ADVERB.sub(",", before[:at])  # X, Y, later said: as X, Y, said
    doer = _document_or_willing(before, head, cue)
    if doer:
        return doer
    passive = _PASSIVE.search(head)
    if passive and cue.lower().endswith("ing"):  # been telling us, are asking: progressive
        if not _progressive_speaker(head):
            return None  # the mistake was calling it “…”: no one who speaks
        passive = None
    if passive or _OBJECTLESS.match(before, at):  # (was) told to ‘…’
        agent = _BY_AGENT.match(before[at + len(cue) :])
        return speaker_of(agent["np"]) if agent else None
    chunk, boundary = _chunk_before(head)
    said = list(_SPEECH_WORD.finditer(chunk))  # said staff had told her: staff told
    if said and chunk[said[-1].end() :].strip():
        chunk = chunk[said[-1].end() :].strip()
    progressive = chunk and _PROGRESSIVE.search(head)  # Beijing keeps telling us
    with_named = not chunk and boundary == "," and _WITH_APPOSITION.search(head)
    shares_subject = (
        cue.lower().endswith("ing") and boundary != "with" and not progressive and not with_named
    )  # but: …, with its envoy, Dai Bing, saying: Dai Bing
    if shares_subject or (not chunk and boundary in ("and", "but")):
        return _earlier_subject(before, head)
    if boundary in ("who", "which", "that") and _is_relative_clause(chunk):
        relative = list(_RELATIVE.finditer(head))[-1]
        return _antecedent(head[: relative.start()]) or sentence_subject(before)
    named = _subject_before_relative(head, chunk, boundary, cue)
    if named:
        return named  # Sandra Kell, whose son, Liam, was hurt, said: Kell
    apposition = _APPOSITION_TAIL.search(head) if not chunk and boundary == "," else None
    if apposition:
        return _subject_before_apposition(head, apposition)
    return speaker_of(chunk) if chunk else sentence_subject(before)


def _subject_before_apposition(head: str, apposition: re.Match[str]) -> str | None:
    """The subject before an apposition that ends ``head`` (Ms. Patel, 34, | said).

    >>> head = "The envoy to Oslo, Ana Roy, "
    >>> _subject_before_apposition(head, _APPOSITION_TAIL.search(head))
    'Ana Roy'
    """
    cut = head[: apposition.start()]
    chunk, boundary = _chunk_before(cut + " ")
    if chunk in POST_NOMINALS and boundary == ",":  # Sarah Whitcombe, KC, for the Crown,
        chunk, boundary = _chunk_before(cut[: -len(chunk)].rstrip().removesuffix(",") + " ")
    role = speaker_of(chunk)  # the head of X, Y, said: X is where Y works, not the speaker
    complement = boundary in _COMPLEMENT  # the envoy to South Korea, X, said: X speaks
    return _prefer_name(None if complement else role, apposition["appos"]) or role


def _document_or_willing(before: str, head: str, cue: str) -> str | None:
    """A document doing an -ing verb (a resolution condemning …), or who voted to do it.

    >>> _document_or_willing("", "China abstained on a draft resolution ", "deploring")
    'a draft resolution'
    >>> before = "The UN General Assembly voted overwhelmingly to "
    >>> _document_or_willing(before, before, "condemn")
    'UN General Assembly'
    """
    doing = cue.lower().endswith("ing") and cue.lower() not in ("saying", "telling", "adding")
    document = _DOCUMENT_DOING.search(head) if doing else None  # vetoed the draft, saying …
    if document:
        return document["np"]  # a resolution condemning Russia's “…”: the resolution's words
    willing = _WILLING_TO.search(head)
    if willing:  # the Assembly voted overwhelmingly to condemn …: the Assembly
        return _subject_of_cue(before, willing.start("verb"), willing["verb"])
    return None


def _progressive_speaker(head: str) -> bool:
    """Whether the subject of "is/was/been …ing" before a cue may be its speaker.

    >>> _progressive_speaker("People are "), _progressive_speaker("His mistake was ")
    (True, False)
    >>> _progressive_speaker("what consumer advocates are ")
    True
    """
    subject, _ = _chunk_before(head)
    if _BEEN_END.search(head) or _WHAT_END.search(head):  # have been telling; what X are calling
        return True
    return bool(subject) and _can_speak(subject)


def _subject_before_relative(head: str, chunk: str, boundary: str, cue: str) -> str | None:
    """A sentence's subject before a relative clause, when the verb at the end of ``head`` is its.

    ``chunk`` and ``boundary`` are the words before the verb and what opens them
    (:func:`_chunk_before`), ``cue`` the verb. A named subject before a clause set off by commas (the verb follows
    a comma) when the clause ends in its own verb (whose son, Liam, was hurt,) and no "and" joins
    another subject (X, who …, and her husband, Tom, said). Or an unnamed one opening the
    sentence before "who" (An engineer who inspected the arena before its roof gave way told …),
    when no verb of saying comes between and the words before the verb are no subject of their
    own (a preposition's object, a clause, nothing after a comma; not "after a judge said").

    >>> _subject_before_relative("Ana Roy, whose son, Liam, was hurt in the crash, ", "", ",", "said")
    'Ana Roy'
    >>> _subject_before_relative("Ana Roy, whose lawyer, Tom Green, ", "", ",", "said") is None
    True
    >>> head = "An engineer who inspected it before its roof gave way "
    >>> _subject_before_relative(head, "its roof gave way", "before", "told")
    'An engineer'
    >>> head = "A man who sold fakes was jailed after a judge "
    >>> _subject_before_relative(head, "a judge", "after", "said") is None
    True
    >>> head = "A man who stole it was jailed, with the judge "  # with the judge calling …
    >>> _subject_before_relative(head, "the judge", "with", "calling") is None
    True
    """
    clause = without_source_prefix(head)
    unnamed = _WHO_OPENING.match(clause)
    no_subject = (
        (not chunk and boundary == "," and "name" not in clause)  # not: gave her name as X,
        or (boundary in _COMPLEMENT and not (boundary == "with" and cue.endswith("ing")))
        or bool(chunk and _FINITE.search(chunk))
    )
    if unnamed and no_subject and not _LAST_CUE.search(clause, unnamed.end()):
        return speaker_of(unnamed["np"])
    opening = _RELATIVE_SUBJECT.match(clause) if not chunk and boundary == "," else None
    last_part = clause.rstrip().removesuffix(",").rsplit(",", 1)[-1]
    if not opening or not _FINITE.search(last_part) or _AND_START.match(last_part):
        return None
    name = _prefer_name(speaker_of(opening["np"]), opening["appos"])
    return name if name and person(name) == name else None


def _is_relative_clause(chunk: str) -> bool:
    """Whether the words between who/which/that and a verb are a relative clause's.

    None (Xi, who said ...) or a verb and its object (the trust that runs the school said)
    are; a noun phrase (he argued that the minister said) is the verb's own subject.

    >>> _is_relative_clause(""), _is_relative_clause("runs the school"), _is_relative_clause("the minister")
    (True, True, False)
    """
    words = chunk.split()
    return not words or (words[0].islower() and words[0] not in _NP_START and len(words) > 1)


def _antecedent(head: str) -> str | None:
    """What a relative pronoun (who, which) right after ``head`` refers to.

    The noun phrase that ends ``head``; when that is a role set after a name (Dr. Ana Lind,
    its medical director, who ...), the name.

    >>> _antecedent("according to Dr. Ana Lind, its chief medical officer, ")
    'Dr. Ana Lind'
    >>> _antecedent("It drew a rebuke from the state agency, ")
    'the state agency'
    >>> _antecedent("Russia on Friday vetoed a UN resolution ")
    'a UN resolution'
    """
    chunk, boundary = _chunk_before(head.rstrip().removesuffix(",") + " ")
    verb = list(_SPEECH_WORD.finditer(chunk))
    chunk = chunk[verb[-1].end() :].strip() if verb else chunk  # said the regulator, which
    acted = _VERB_THEN_NP.search(chunk)  # Russia vetoed a resolution that: the resolution
    chunk = chunk[acted.start("np") :] if acted else chunk
    speaker = speaker_of(chunk) if chunk else None
    if boundary == "," and not is_name(speaker):
        cut = head.rstrip().removesuffix(",").rstrip()
        named, _ = _chunk_before(cut[: len(cut) - len(chunk)].rstrip().removesuffix(",") + " ")
        name = speaker_of(named) if named else None
        return name if is_name(name) else speaker
    return speaker


def _earlier_subject(before: str, head: str) -> str | None:
    """The subject of the last reporting verb in ``head``, else of the whole sentence.

    >>> _earlier_subject("Lu argued it and warned ", "Lu argued it and ")
    'Lu'

    A noun that looks like a verb after one (rejected claims) is its object, not a verb:

    >>> head = "The union rejected claims it lied, "
    >>> _earlier_subject(head + "saying ", head)
    'The union'
    """
    prior = [m for m in _LAST_CUE.finditer(head) if not _OBJECT_NOUN.search(head, 0, m.end())]
    if prior:
        return _subject_of_cue(before, prior[-1].start(), prior[-1]["cue"])
    document = _document_before(head)
    if document and not _PUBLISHED.search(head):
        return document  # staff received a memo, seen by AP, warning …: the memo warns
    return sentence_subject(before) or _clause_subject(head) or document


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
    >>> _prefer_name("the witness", ", identified in court only as K.L.,")
    'K.L.'
    >>> _prefer_name("a trader", ", who gave only his surname, Zhou")
    'Zhou'
    >>> _prefer_name("State Commissioner for Culture", ", Mrs. Ada Ode,")
    'Mrs. Ada Ode'
    >>> _prefer_name("The homeowner", ", 67-year-old Brenda Hollis,")
    'Brenda Hollis'
    >>> _prefer_name("One victim", ", retired teacher Gloria Mendes,")
    'Gloria Mendes'
    >>> _prefer_name("The journalist’s counsel", ", Advocate Imran Shafiq,")
    'Imran Shafiq'
    """
    named_as = _NAMED_AS.search(apposition) if apposition else None
    if named_as and not is_name(speaker):
        return named_as["name"] or named_as["given"]  # the witness, identified only as K.L.,
    words = AFFILIATION.split(apposition.strip(" ,"), maxsplit=1)[0] if apposition else ""
    name = _described_name(words) or " ".join(words.split()) or None
    name = without_post_nominal(name) if name else None  # Callum Baird MSP
    name = person(name) or name if name and not is_name(name) else name  # Advocate Ana Roy
    titled = bool(speaker and _TITLE_WORD.search(speaker))  # the Commissioner for X, Mrs. Y,
    return name if is_name(name) and (titled or not is_name(speaker)) else speaker


def _attribution(rule: Rule, match: re.Match[str], where: str) -> Attribution | None:
    """The attribution a rule's match gives, or None when it names no usable source.

    >>> rule = next(r for r in AFTER_RULES if r.name == "speaker-cue")
    >>> _attribution(rule, rule.pattern.match(" the club's chief executive, Dana Ruiz, said."), "").speaker
    'Dana Ruiz'
    >>> _attribution(rule, rule.pattern.match(" the head of Acme Power, Jo Lim, said."), "").speaker
    'Jo Lim'
    >>> rule = next(r for r in AFTER_RULES if r.name == "cue-speaker")
    >>> _attribution(rule, rule.pattern.match(" said one trader in Oslo."), "").speaker
    'one trader in Oslo'
    >>> _attribution(rule, rule.pattern.match(" said Ana Roy in Oslo."), "").speaker
    'Ana Roy'
    >>> _attribution(rule, rule.pattern.match(" said the ships docked in Oslo."), "") is None
    True
    >>> _attribution(rule, rule.pattern.match(" said a diplomat based in Oslo."), "").speaker
    'a diplomat based in Oslo'
    """
    found = match.groupdict()
    cue = _cue_of(match)
    inverted = rule.name.startswith(("cue-", "trailing-cue-"))  # said X
    if inverted and _CLAUSE_VERB.search(found.get("speaker") or ""):
        return None  # “…,” said the satellites separated from …: a clause, not a speaker
    if found.get("speaker"):
        speaker = speaker_of(" ".join(filter(None, (found["speaker"], found.get("named")))))
    elif cue:
        speaker = _subject_of_cue(where, match.start("cue"), match["cue"])
        if speaker is None and _PASSIVE.search(where[: match.start("cue")]):
            return Attribution(None, cue, rule.name, rule.frame)  # we were told, “…”
    else:
        return None
    role = None if _ROLE_OF.search(found.get("speaker") or "") else speaker
    speaker = _prefer_name(role, found.get("appos")) or speaker
    if found.get("place") and speaker and not is_name(speaker):
        speaker += found["place"]  # said one banker in Shanghai: a role keeps its place
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


def _sentence_source(before: str) -> Attribution | None:
    """The first sentence rule's source, unless a later clause has a reporting verb of its own.

    >>> _sentence_source("Le Monde quoted Ana Roy as saying it would “··”, while unions said ")
    Attribution(speaker='unions', cue='said', rule='sentence-cue', frame='report')
    >>> _sentence_source("According to Ana Roy, the plan is ").speaker
    'Ana Roy'
    """
    for rule in SENTENCE_RULES:
        match = rule.search(before)
        found = _attribution(rule, match, before) if match else None
        if match and found:
            later = _last_cue(before[match.end() :])
            return later if later and later.speaker and later.cue != found.cue else found
    return None


def _last_cue(before: str) -> Attribution | None:
    """The last reporting verb earlier in the sentence, with its subject.

    >>> _last_cue("Hu’s essay argued that China needed to cut ties with Putin ")
    Attribution(speaker='Hu', cue='argued', rule='sentence-cue', frame='report')
    >>> _last_cue("Ana Roy said a date would be announced ").speaker
    'Ana Roy'
    """
    matches = [
        m
        for m in _LAST_CUE.finditer(before)
        if not _opening_participle(before, m) and not _reduced_relative(before, m)
    ]
    if not matches:
        return None
    cue = matches[-1]
    speaker = _subject_of_cue(before, cue.start(), cue["cue"])
    if speaker is None and len(matches) > 1 and _PASSIVE.search(before[: cue.start()]):
        said = matches[-2]  # X said a date would be announced “…”: X said
        return Attribution(
            _subject_of_cue(before, said.start(), said["cue"]),
            _with_as(said["cue"], before),
            "sentence-cue",
            "report",
        )
    return Attribution(speaker, _with_as(cue["cue"], before), "sentence-cue", "report")


#: A participle after a thing and before a preposition is a reduced relative, not its verb
#: (the increase announced in the budget was …; some parcels posted after 12 December).
_THING_BEFORE = re.compile(
    r"\b(?:the|a|an|some|any|all|its|their|his|her)\s+(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+$"
)
_PREPOSITION_AFTER = re.compile(r"\s+(?:in|on|at|after|before|by|during|for|last|earlier|since)\b")
_TIME_AFTER_VERB = re.compile(  # announced on Tuesday, claimed last week: the verb's own time
    rf"\s+(?:on\s+|last\s+|earlier\s+|this\s+)(?:{WHEN})\b", re.IGNORECASE
)


def _reduced_relative(before: str, match: re.Match[str]) -> bool:
    """Whether a past participle after a thing (not a speaker) only describes it.

    A group that speaks (the government announced in …) or a time right after the verb (the
    party claimed on Friday) keeps the verb a report.

    >>> before = "The union said the increase announced in the budget was "
    >>> _reduced_relative(before, list(_LAST_CUE.finditer(before))[-1])
    True
    >>> before = "The minister announced in parliament that it was "
    >>> _reduced_relative(before, list(_LAST_CUE.finditer(before))[-1])
    False
    """
    thing = _THING_BEFORE.search(before, max(0, match.start() - 60), match.start())
    return (
        match["cue"].endswith("ed")
        and thing is not None
        and not _can_speak(thing["np"])
        and thing["np"].split()[-1] not in _COLLECTIVE  # the government announced on Tuesday
        and _PREPOSITION_AFTER.match(before, match.end()) is not None
        and not _TIME_AFTER_VERB.match(before, match.end())
    )


def _opening_participle(before: str, match: re.Match[str]) -> bool:
    """Whether a verb opens the sentence as a passive participle (Asked about it, he …).

    >>> before = "Asked about the crowd, he grinned: "
    >>> _opening_participle(before, _LAST_CUE.search(before))
    True
    """
    word = match["cue"]
    return not before[: match.start()].strip() and word[0].isupper() and word.endswith("ed")


def _with_as(cue: str, before: str) -> str:
    """A verb of judging with the "as" that sets up its quotation (criticised ... as “…”).

    So does "accused" with its "of" (accused Oslo of “…”).

    >>> _with_as("Criticised", "It criticised the plan as "), _with_as("said", "He said it was as ")
    ('criticised as', 'said')
    >>> _with_as("accused", "Oslo accused Rome of ")
    'accused of'
    """
    cue = cue.lower()
    if _OF_END.search(before) and cue.startswith("accus"):
        return f"{cue} of"  # accused X of “…”
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
    not its attribution, nor are they after a name (a group calling itself “X” claimed …) or
    a passive (which has been called “…”, claimed two lives). A quotation set up as a name
    (so-called “…”) takes a source only
    from the words right around it; one after a determiner (their “…”) also from a verb
    of saying earlier in the sentence (Residents say ... into a “racetrack.”).

    >>> from sinoru_data.quotes.sentences import context
    >>> _own(context("China accused the U.S. of running “dangerous” labs.", 0)).speaker
    'China'
    """
    ends_sentence = ctx.raw[ctx.span.start : ctx.span.end].rstrip().endswith(".")
    before = _first(BEFORE_RULES, ctx.before, False)
    named = label_position(ctx.before) == "named" or (before and not before.speaker)
    modifies = _modifies_noun(ctx)  # the “no limits” partnership declared by …: no speaker
    after = None if ends_sentence or named or modifies else _first(AFTER_RULES, ctx.after, True)
    after = _unless_no_speaker(after, ctx)  # “…,” filing hundreds of claims: no subject
    if after and after.rule in REPORTING_RULES:
        after = _reported_clause(ctx.before, after) or after  # X told Y that … “…”, TASS said
    tight = after or before or _split_quotation(ctx.before)
    if tight:
        tight = _with_agent(tight, ctx.rest)
        if _unless_no_speaker(tight, ctx) is None:  # X said fraud added “…”: X's words
            return _outer_say(ctx.before, tight) or replace(tight, speaker=None)
        return _outer_speaker(ctx.before, tight) if tight.speaker is None else tight
    headline = _headline_clause(ctx)
    if headline:
        return headline
    label = _label(ctx)
    if label == "named":
        return None
    trailing = (
        None if label and not _characterised(ctx) else _first(TRAILING_RULES, ctx.rest, False)
    )
    if trailing and trailing.rule in REPORTING_RULES:
        trailing = _reported_clause(ctx.before, trailing) or trailing
    found = trailing or _sentence_source(ctx.before)
    if found and found.cue == "according to" and _cue_after_source(ctx.before):
        found = None  # according to the agency, which urged people to “…”: the nearer verb
    cue = found or _last_cue(ctx.before) or _headline_speaker(ctx) or _document_subject(ctx)
    if label and cue and not _reports_label(cue, ctx):
        return _outer_say(ctx.before, cue)  # X says the figures confirm a ‘…’: X's label
    if cue and cue.speaker is None and cue.rule == "sentence-cue" and _in_headline(ctx):
        return replace(cue, speaker=_headline_subject(ctx))  # X backs Y, calls it ‘…’
    return cue


def _modifies_noun(ctx: Context) -> bool:
    """Whether a quotation ending in no mark is set before a noun it modifies.

    In "the “no limits” partnership declared by Xi" the noun after the closing mark is what
    the words name, not a speaker; a pronoun (“We won” he said) or a verb of saying (“Go”
    said Roy) after it is.

    >>> from sinoru_data.quotes.sentences import context
    >>> _modifies_noun(context("The “no limits” partnership declared by Xi held.", 0))
    True
    >>> _modifies_noun(context("“We won” he said.", 0)), _modifies_noun(context("“Go,” Ana said.", 0))
    (False, False)
    """
    words = ctx.raw[ctx.span.start : ctx.span.end].rstrip()
    following = _NEXT_WORD.match(ctx.after)
    if not words or words[-1] in ",.!?;:" or following is None:
        return False
    word = following[1]
    spoken = _SPEECH_WORD.fullmatch(word) or _TRAILING_WORD.fullmatch(word)
    relative = _RELATIVE_AFTER.match(ctx.after)  # the “…” partnership that X declared: X's
    return word.islower() and word not in PRONOUNS and not spoken and not relative


def _outer_speaker(before: str, passive: Attribution) -> Attribution:
    """The speaker of a plain verb of saying whose clause holds a passive cue with no agent.

    In "Benning said a date would be announced “in the coming days”" the words are
    Benning's. Not when the words follow a comma (we were told, “…”: the teller's, unnamed),
    nor for a passive verb of naming or judging (he said he had been branded a “liar”: by
    someone unnamed), nor across another clause (Roy, who announced …, was described as).

    >>> passive = Attribution(None, "announced", "speaker-cue", "report")
    >>> _outer_speaker("Benning said a date would be announced ", passive).speaker
    'Benning'
    >>> _outer_speaker("Ana Roy said they were told, ", passive).speaker is None
    True
    >>> branded = Attribution(None, "branded", "naming-verb", "description")
    >>> _outer_speaker("Jones said he had been branded a ", branded).speaker is None
    True
    """
    if before.rstrip().endswith((",", ":")) or passive.rule in _NAMING_RULES:
        return passive
    outer = _outer_say(before, passive, across_comma=False)
    return outer if outer and outer.cue != passive.cue else passive


def _outer_say(before: str, inner: Attribution, across_comma: bool = True) -> Attribution | None:
    """The plain verb of saying whose reported clause holds ``inner``'s verb, with its subject.

    Not when the inner verb has a speaker of its own (officials said Moscow had demanded a
    “…”: Moscow's words).

    >>> inner = Attribution("the figures", "confirm", "sentence-cue", "report")
    >>> _outer_say("The charity says the figures confirm a ", inner).speaker
    'The charity'
    >>> _outer_say("The figures confirm a ", inner) is None
    True
    >>> _outer_say("A group said on Sunday, as it urged them to fund its ", inner) is None
    True
    >>> moscow = Attribution("Moscow", "demanded", "sentence-cue", "report")
    >>> _outer_say("Officials said Moscow had demanded a ", moscow) is None
    True
    """
    verbs = [m for m in _LAST_CUE.finditer(before) if not _opening_participle(before, m)]
    if len(verbs) < 2 or not _PLAIN_SAY.fullmatch(verbs[-2]["cue"]):
        return None
    said, verb = verbs[-2], verbs[-1]
    between = before[said.end() : verb.start()]
    if "," in between and not (across_comma and verb["cue"].lower().endswith("ing")):
        return None  # X said on Sunday, as it urged …: another clause (not "…, urging")
    if _RELATIVE.search(between):
        return None  # Roy, who announced it, was described as …: not the same clause
    speaker = _subject_of_cue(before, said.start(), said["cue"])
    if inner.speaker and inner.speaker != speaker and _can_speak(inner.speaker):
        return None  # officials said Moscow had demanded a “…”: Moscow's words
    return Attribution(speaker, said["cue"].lower(), "sentence-cue", "report") if speaker else None


def _unless_no_speaker(found: Attribution | None, ctx: Context) -> Attribution | None:
    """``found``, unless its speaker is surely none (:func:`_no_speaker`) outside a headline.

    A headline drops its articles (Family pays tribute: ‘…’), so there a bare noun speaks.
    """
    if found is None or _in_headline(ctx) or not _no_speaker(found.speaker):
        return found
    return None


def _no_speaker(phrase: str | None) -> bool:
    """Whether a verb's subject is surely no speaker: one bare singular noun, or an -ing verb.

    >>> _no_speaker("fraud"), _no_speaker("filing hundreds"), _no_speaker("officials")
    (True, True, False)
    >>> _no_speaker("he"), _no_speaker("Ana Roy"), _no_speaker("police"), _no_speaker(None)
    (False, False, False, False)
    """
    words = (phrase or "").split()
    if not words or not words[0].islower() or words[0] in PRONOUNS:
        return False
    if words[0].endswith("ing") and len(words) > 1:  # filing hundreds; not housing advocates
        return words[1] in _OBJECT_OPENERS
    single = len(words) == 1 and not words[0].endswith("s") and not _can_speak(words[0])
    return single and words[0] not in _COLLECTIVE


#: Words that open a verb's object (filing hundreds of claims, raising the alarm).
_OBJECT_OPENERS = frozenset(
    {"hundreds", "thousands", "dozens", "millions", "the", "a", "an", "its", "their", "his"}
    | {"her", "more", "some"}
)
#: Words for people that take no article or plural s (police said, people told, some wrote).
_COLLECTIVE = frozenset(
    {"police", "staff", "management", "security", "everyone", "someone", "people", "some"}
    | {"another", "others", "both", "many", "few", "most", "all", "children", "men", "women"}
    | {"everybody", "somebody", "nobody", "anyone", "one", "none", "crowd", "audience"}
    | {"government", "industry", "parliament", "congress", "opposition", "military"}
    | {"army", "team", "campaign", "party", "palace", "family", "council", "prosecution"}
)


def _can_speak(phrase: str) -> bool:
    """Whether a phrase names someone who may speak: a name, or a person or body noun.

    >>> _can_speak("Moscow"), _can_speak("the defendant"), _can_speak("the figures")
    (True, True, False)
    """
    head = phrase.split()[-1].lower()
    return is_name(phrase) or head in _SPEAKING_NOUNS or head.removesuffix("s") in _SPEAKING_NOUNS


def _characterised(ctx: Context) -> bool:
    """Whether a quotation after "a" or "an" characterises something (face a “cliff edge”).

    An indefinite article introduces the words as a new description, someone's, so a source
    at the end of the sentence (…, MPs have warned) is theirs; after "the" or a possessive
    (the “special military operation”, the UN’s “loss and damage” fund) it is a name.

    >>> from sinoru_data.quotes.sentences import context
    >>> _characterised(context("We face a “cliff edge” if it goes, MPs warned.", 0))
    True
    >>> _characterised(context("The “loss and damage” fund is empty, campaigners said.", 0))
    False
    >>> _characterised(context("It is a “cliff edge” moment, MPs warned.", 0))  # a noun follows
    False
    """
    if _INDEFINITE_END.search(ctx.before) is None:
        return False
    word = _NEXT_WORD.match(ctx.after)  # none after a mark: face a “cliff edge”, MPs said
    return word is None or not word[1].islower() or word[1] in CLAUSE_WORDS


def _reported_clause(before: str, source: Attribution) -> Attribution | None:
    """The speaker of a clause the quotation stands in, before a trailing ``source``.

    In "X told Y that ties were at a “high”, the Kremlin said", the words are X's; the
    Kremlin only reports them. After "according to" the "that" may be left out: in "X said
    talks should go on “…”, according to CCTV" the words are X's too.

    >>> kremlin = Attribution("Kremlin", "said", "cue-speaker", "speech")
    >>> _reported_clause("Ana Roy told the board that sales were ", kremlin).speaker
    'Ana Roy'
    >>> _reported_clause("Sales were ", kremlin) is None
    True
    >>> cctv = Attribution("CCTV", "according to", "according-to", "speech")
    >>> _reported_clause("Xi said talks should go on ", cctv).speaker
    'Xi'
    """
    clause = _THAT_CLAUSE.search(before)
    if not clause:
        verb = _last_cue(before) if source.cue == "according to" else None
        if verb and verb.speaker and _REPORTED_VERB.fullmatch(verb.cue or ""):
            return replace(verb, rule="reported-clause")  # X called it “…”, according to Y
        return None
    speaker = _subject_of_cue(before, clause.start(), clause["cue"])
    return (
        Attribution(speaker, clause["cue"].lower(), "reported-clause", "report")
        if speaker
        else None
    )


def _reports_label(found: Attribution, ctx: Context) -> bool:
    """Whether a verb reports a quotation set after a determiner as someone's words.

    A verb of saying does (warned of a “…”), and so do an accusation (accused X of a “…”), a
    condemnation (condemned Russia's “…”) and an appeal (called on China to use its “…”);
    other verbs (declared their “…”) do only in a headline (Envoy urges Oslo to use its
    ‘influence’), whose quotations are its subject's words.

    >>> from sinoru_data.quotes.sentences import context
    >>> _reports_label(Attribution("Ida", "urges", "sentence-cue", "report"), context("Ida urges its ‘x’", 0))
    True
    """
    cue = found.cue or ""
    return (
        SAY.fullmatch(cue) is not None
        or _SPOKE_OF.fullmatch(cue) is not None  # spoke of her “nine months of hell”
        or cue.startswith(("accus", "condemn", "deplor", "denounc", "called on", "calls on"))
        or (_HEADLINE_VERB.fullmatch(cue) is not None and _in_headline(ctx))
    )


def _in_headline(ctx: Context) -> bool:
    """Whether a quotation stands in a headline: a short line that does not end like a sentence.

    >>> from sinoru_data.quotes.sentences import context
    >>> _in_headline(context("Ida urges its ‘x’", 0)), _in_headline(context("Ida urged its ‘x’.", 0))
    (True, False)
    """
    line_end = ctx.text.find("\n", ctx.span.close_at)
    line = ctx.text[ctx.lo : len(ctx.text) if line_end < 0 else line_end]
    return len(line.split()) <= 20 and not line.rstrip(" ”’\"'»").endswith((".", "?", "!"))


def _with_agent(found: Attribution, rest: str) -> Attribution:
    """A passive verb's speaker from "by X" right after the quotation (described as “…” by X).

    >>> _with_agent(Attribution(None, "described as", "naming-verb", "description"), " by critics.")
    Attribution(speaker='critics', cue='described as', rule='naming-verb', frame='description')
    """
    agent = _BY_AGENT.match(rest) if found.speaker is None and found.cue else None
    speaker = speaker_of(agent["np"]) if agent else None
    return replace(found, speaker=speaker) if speaker else found


def _cue_after_source(before: str) -> bool:
    """Whether a reporting verb comes after the sentence's last "according to".

    >>> _cue_after_source("according to the agency, which urged people to ")
    True
    """
    source = before.lower().rfind("according to")
    return any(match.start() > source for match in _LAST_CUE.finditer(before, max(source, 0)))


def _headline_speaker(ctx: Context) -> Attribution | None:
    """A headline's speaker before a colon (Lavrov: ‘…’; Embassy: US is ‘…’), with no cue.

    Only in a headline (a line that does not end like a sentence), and not after a label
    such as "Analysis:".

    >>> from sinoru_data.quotes.sentences import context
    >>> _headline_speaker(context("Ruiz: ‘We will rebuild’", 0))
    Attribution(speaker='Ruiz', cue=None, rule='headline-speaker', frame='headline')
    >>> _headline_speaker(context("Market chaos: ‘Black Monday’ fears grip traders", 0)) is None
    True
    """
    if ":" not in ctx.text[ctx.lo : ctx.span.open_at]:
        return None
    match = _HEADLINE_SPEAKER.match(ctx.text, ctx.lo, ctx.span.open_at)
    if ctx.nested or not match or not _in_headline(ctx):
        return None
    speaker = speaker_of(match["speaker"])
    if not (is_name(speaker) or _SPEAKING_BODY.search(str(speaker))):
        return None  # Market chaos: ‘Black Monday’ fears …: a topic, not a speaker
    return Attribution(speaker, None, "headline-speaker", "headline")


def _document_subject(ctx: Context) -> Attribution | None:
    """A document that opens the quotation's sentence as its subject: its words (the guide).

    "The resolution “condemns without reservation” the invasion and calls for “…”": both
    are the resolution's. The cue is a verb of saying or judging (or "calls for") right before
    the quotation, if one stands there. Not after a copula or a passive (This report is “…”;
    the statement was greeted with “…”): the words are then said of the document.

    >>> from sinoru_data.quotes.sentences import context
    >>> _document_subject(context("The resolution “condemns” the war and calls for “peace”.", 1))
    Attribution(speaker='The resolution', cue='calls for', rule='document-subject', frame='report')
    >>> _document_subject(context("This report is “a whitewash”.", 0)) is None
    True
    """
    match = _DOCUMENT_SUBJECT.match(ctx.text, ctx.start, ctx.span.open_at)
    if match is None or ctx.nested:
        return None
    between = ctx.text[match.end() : ctx.span.open_at]
    if _COPULA.search(between):
        return None  # The statement was greeted with “dismay”; This report is “a whitewash”
    verb = _VERB_BEFORE.search(between)
    cue = " ".join(verb[1].split()) if verb else None
    return Attribution(match["np"], cue, "document-subject", "report")


def _headline_clause(ctx: Context) -> Attribution | None:
    """A headline's subject and verb before its quotation (Xi and Putin pledge ‘…’ ties).

    A headline's quotations are its subject's words when the subject opens it with a verb
    of saying, judging or pledging and no comma or other quotation comes between (China
    urges ‘…’, avoids calling it an ‘…’: the second is not the urging). Two names joined by a
    comma are one speaker joined by "and", as the guide writes them.

    >>> from sinoru_data.quotes.sentences import context
    >>> _headline_clause(context("China, Russia vow to ‘jointly resist’ pressure", 0))
    Attribution(speaker='China and Russia', cue='vow', rule='headline-clause', frame='headline')
    >>> _headline_clause(context("China urges calm, avoids calling it an ‘invasion’", 0)) is None
    True
    """
    if ctx.nested or not _in_headline(ctx):
        return None
    match = _HEADLINE_CLAUSE.match(ctx.text, ctx.lo, ctx.span.open_at)
    if match is None or re.fullmatch(SAYING_NEARBY, match["cue"]):
        return None  # Gazprom agrees to ship gas via ‘…’: no report of words
    speaker = speaker_of(re.sub(r",\s+", " and ", match["np"]))
    if not is_name(speaker):
        return None
    return Attribution(speaker, match["cue"].lower(), "headline-clause", "headline")


def _headline_subject(ctx: Context) -> str | None:
    """The name that opens a headline as its subject (Russia backs China, calls it ‘…’).

    >>> from sinoru_data.quotes.sentences import context
    >>> _headline_subject(context("Russia backs China, calls it ‘a provocation’", 0))
    'Russia'
    """
    match = _HEADLINE_SUBJECT.match(ctx.text, ctx.lo)
    return speaker_of(match["np"]) if match else None


def _label(ctx: Context) -> str | None:
    """How a quotation is set up as a name: :func:`label_position`, or by its use nearby.

    A short quotation that the text nearby sets up as a name (the so-called “red line” talks,
    the “no limits” pact) is a name where it modifies a noun too (a headline's ‘Red line’
    talks fail ...), not where a verb reports it (they declared a friendship with “no limits”;
    she suggested Beijing was “propping up” …, whatever its so-called use later).

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
    if _MODIFIER_USE.match(ctx.after) is None:  # ‘No limits’ partnership: a noun follows
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
    later in the same paragraph, or as the next paragraph's opening quotation, the speaker
    carries over. The cue does not: no reporting word of its own ties this quotation to its
    speaker, so its cue is null. A quotation used as a name never inherits.

    >>> from sinoru_data.quotes.sentences import context
    >>> prev = FoundQuote("A,", 1, 3, "direct", "Daly", "said")
    >>> _carried(context("“A,” Daly said. “B.”", 1), prev)
    Attribution(speaker='Daly', cue=None, rule='continuation', frame='speech')
    """
    if previous is None or previous.speaker is None or ctx.nested or _label(ctx):
        return None
    between = ctx.text[previous.char_end : ctx.span.open_at]
    if "\n" not in between:
        cue = previous.cue
        right_after = len(between) <= 80 and opens_sentence(ctx.before, "speech")
        if cue and right_after and re.search(rf"\b{re.escape(cue)}\b", between):
            return Attribution(previous.speaker, None, "continuation", "speech")
        return Attribution(previous.speaker, None, "carried", "carried")
    opens_paragraph = not ctx.text[ctx.lo : ctx.span.open_at].strip()
    if between.count("\n") == 1 and opens_paragraph:
        return Attribution(previous.speaker, None, "next-paragraph", "carried")
    return None


def _colon_subject(ctx: Context) -> Attribution | None:
    """The person whose sentence introduces the quotation with a colon (X was blunter: “…”).

    No verb of saying, so no cue; the colon hands the sentence's subject the words.

    >>> from sinoru_data.quotes.sentences import context
    >>> _colon_subject(context("Oslo guard Ivo Tam was blunter: “We lost.”", 0))
    Attribution(speaker='Ivo Tam', cue=None, rule='colon-subject', frame='speech')
    >>> _colon_subject(context("Asked about Oslo, he grinned: “Great.”", 0)).speaker
    'he'
    """
    if ctx.nested or not ctx.before.rstrip().endswith(":") or BLANK in ctx.before:
        return None
    clause = re.split(r"[,;]", ctx.before.rstrip().removesuffix(":"))[-1].split()
    if len(clause) >= 2 and clause[0] in ("he", "she", "He", "She"):  # Asked …, he grinned: “…”
        return Attribution(clause[0].lower(), None, "colon-subject", "speech")
    subject = sentence_subject(ctx.before)
    if not is_name(subject) or person(str(subject)) != subject:
        return None
    return Attribution(subject, None, "colon-subject", "speech")


def _introduced(ctx: Context) -> Attribution | None:
    """The person the sentence before introduces, for a quotation that is a sentence alone.

    Mayor Ana Ruiz was defiant. “We will rebuild.”: the quotation has no attribution of its
    own and follows a sentence whose subject is a person, so it is theirs (speaker only).

    >>> from sinoru_data.quotes.sentences import context
    >>> _introduced(context("Mayor Ana Ruiz was defiant. “We will rebuild.”", 0))
    Attribution(speaker='Ana Ruiz', cue=None, rule='introduced', frame='carried')
    """
    quote = ctx.raw[ctx.span.start : ctx.span.end].rstrip()
    alone = not ctx.before.strip() and not ctx.rest.strip() and quote.endswith((".", "?", "!"))
    at = bisect.bisect_left(ctx.starts, ctx.start)
    if ctx.nested or not alone or at == 0:
        return None
    sentence = ctx.text[ctx.starts[at - 1] : ctx.start]
    if sentence.count("\n") > 1 or BLANK in sentence:
        return None
    subject = sentence_subject(sentence)
    if not is_name(subject) or person(str(subject)) != subject:
        return None
    return Attribution(subject, None, "introduced", "carried")


def _governing_subject(before: str) -> str | None:
    """Who "it" or "she" is in "X rejected what it called “…”": the subject of the verb before.

    >>> _governing_subject("Nurses will strike after the union rejected what it called a ")
    'the union'
    """
    clauses = list(_WHAT_CLAUSE.finditer(before))
    if not clauses:
        return None
    verb = clauses[-1]
    subject = _subject_of_cue(before, verb.start("verb"), verb["verb"])
    return subject if subject and subject not in PRONOUNS else None


def _is_title_cased(ctx: Context) -> bool:
    """Whether a quotation outside a headline capitalises every main word, as names do.

    A slogan, a title or a nickname (“Every Street Counts”, “Fix the Basics”, “The Hammer”)
    names something; it is nobody's words, whatever verb is near. Headlines capitalise every
    word anyway, so they are left out, and so are quotations of one word.

    >>> from sinoru_data.quotes.sentences import context
    >>> _is_title_cased(context("A campaign called “Every Street Counts” began.", 0))
    True
    >>> _is_title_cased(context("He said “We won” loudly.", 0))
    False
    >>> _is_title_cased(context("She described the market as “the Wild West”.", 0))
    False
    """
    words = ctx.raw[ctx.span.start : ctx.span.end].strip(" ,.!?").split()
    main = [w for w in words if len(w) > 3 or w[:1].isupper()]
    if len(words) < 2 or len(main) < 2 or _in_headline(ctx) or ctx.nested:
        return False
    if _JUDGED_AS.search(ctx.before):
        return False  # described crypto advertising as “the Wild West”: a judgement, not a name
    return all(w[:1].isupper() for w in main) and not opens_sentence(ctx.before, "none")


#: A joint document the parties' words appear in (In a joint statement, they said …; they
#: issued a joint statement saying …): the guide gives the words to the document, as printed.
_JOINT_DOCUMENT = re.compile(
    r"(?:\b[Ii]n|\b(?:issued|signed|released|adopted)|^)\s*(?P<document>(?:[Aa]|[Aa]n|[Tt]heir)\s+"
    r"joint\s+(?:statement|declaration|communiqu[eé]))(?P<tail>,|\s+(?:saying|stating|vowing|"
    r"declaring|that)\b)"
)


_OTHER_CLAUSE = re.compile(r";|,\s+(?:while|but|whereas|and\s+(?:[A-Z]\w*\s+){1,3}(?:said|says))\b")


def _joint_document(ctx: Context, own: Attribution) -> Attribution:
    """The joint document a quotation's sentence sets its words in, if one comes before them.

    Not past a clause of its own (…, while Xi said the ties were “rock solid”).

    >>> from sinoru_data.quotes.sentences import context
    >>> own = Attribution("the two sides", "said", "sentence-cue", "report")
    >>> text = "In a joint statement, the two sides said they opposed “any new blocs”."
    >>> _joint_document(context(text, 0), own).speaker
    'a joint statement'
    >>> text = "The two sides said they opposed “any new blocs”."
    >>> _joint_document(context(text, 0), own).speaker
    'the two sides'
    """
    found = _JOINT_DOCUMENT.search(ctx.before)
    if found is None or own.rule not in ("sentence-cue", "speaker-cue", "reported-clause"):
        return own
    if _OTHER_CLAUSE.search(ctx.before, found.end()):
        return own  # …, while Xi said the ties were “rock solid”: Xi's own words
    return replace(own, speaker=found["document"])


def attribute(
    ctx: Context, found: Sequence[FoundQuote], previous: FoundQuote | None
) -> Attribution:
    """Who a quotation is from: its own sentence's rules, else the quotation it continues.

    ``found`` are the quotations before it; ``previous`` is the last one not nested.

    >>> from sinoru_data.quotes.sentences import context
    >>> attribute(context("“We will win,” Graham said.", 0), [], None)
    Attribution(speaker='Graham', cue='said', rule='speaker-cue', frame='speech')
    """
    if _is_title_cased(ctx):
        return NO_ATTRIBUTION  # a name, title or slogan: “Every Street Counts”, “The Hammer”
    own = _own(ctx) or _colon_subject(ctx)
    if own is not None and own.speaker is not None:
        own = _joint_document(ctx, own)
    if own is None:
        return _carried(ctx, previous) or _introduced(ctx) or NO_ATTRIBUTION
    if own.speaker in PRONOUNS:
        governing = _governing_subject(ctx.before) if own.rule == "what-x-calls" else None
        resolved = resolve_pronoun(own.speaker, ctx, found, own.cue)
        own = replace(own, speaker=governing or resolved)
    if not own.speaker:
        return own
    # a description, or what a pronoun stood for (the automaker said …; it said): its name
    named = resolve_body(own.speaker, ctx) or resolve_role(own.speaker, ctx)
    return replace(own, speaker=whole_name(named or own.speaker, ctx.text, ctx.end))
