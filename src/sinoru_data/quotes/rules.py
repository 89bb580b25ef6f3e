"""The named attribution rules: which words around a quotation name its source.

Each rule is a regular expression with a name (reported in tests and docs) and a
*frame*, the kind of tie it makes. The tables are tried in order and the first rule
that names a source wins (see :func:`sinoru_data.quotes.attribution.attribute`):

- :data:`AFTER_RULES`, at the start of the paragraph after the closing mark
  (“…,” Graham said);
- :data:`BEFORE_RULES`, at the end of the sentence before the opening mark
  (Friedman wrote, “…”);
- :data:`TRAILING_RULES`, at the end of the quotation's sentence (…, China says);
- :data:`SENTENCE_RULES`, anywhere in the sentence before it (According to X, …).

>>> [rule.name for rule in AFTER_RULES][:3]
['quoted-as-saying', 'was-quoted-as-saying', 'was-how-x-put-it']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import (
    ADVERBS,
    CALL,
    CAP,
    DOCUMENT_PARTICIPLES,
    EVENT_NOUNS,
    HEADLINE_VERBS,
    HONORIFIC,
    JUDGING,
    KNOWING_SOURCE,
    LONG_ROLE,
    NAMES,
    NAMING,
    NOT_AFTER_DETERMINER,
    NOT_AFTER_MODAL,
    NP,
    NP_END,
    PORTFOLIO,
    PRAISING,
    PROMOTING,
    SPEECH,
    TITLED_NAME,
    TITLES,
    TOKEN,
)


@dataclass(frozen=True)
class Rule:
    """A named pattern tying a quotation to its source.

    ``pattern`` may capture ``cue`` (the reporting word; without it punctuation is the tie),
    ``cue2`` (the rest of a split cue: quoted ... *as saying*), ``speaker`` (without it, the
    speaker is the subject of the cue verb) and ``appos`` (an apposition naming the speaker).
    ``frame`` tells the kind: ``speech`` frames a sentence someone said. ``last_words``,
    when set, says that a match (of a pattern ending in ``$``) lies within the last that
    many words of a text: :meth:`search` then starts there, which finds the same match
    sooner than a search from every character of a long sentence. ``needle``, when set, is
    a word every match contains: a text without it is not searched at all. ``reports`` marks
    a source that may only report what the subject of a "that" clause said (X told Y that
    “…”, the Kremlin said: the words are X's).

    >>> Rule("x-said", re.compile("x"), "speech").name
    'x-said'
    """

    name: str
    pattern: re.Pattern[str]
    frame: str
    last_words: int = 0
    needle: str = ""
    reports: bool = False

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, as ``pattern.search(text)`` finds it.

        >>> rule = _rule("said", r"(?:has\\s+)?said,?\\s*$", "speech", last_words=3)
        >>> rule.search("Xi, who met Putin, has said, ").span()
        (19, 29)
        """
        if self.needle and self.needle not in text:
            return None
        start = 0
        if self.last_words:
            words = text.rsplit(maxsplit=self.last_words)
            start = len(words[0]) if len(words) > self.last_words else 0
        return self.pattern.search(text, start)


def _rule(
    name: str,
    pattern: str,
    frame: str,
    last_words: int = 0,
    needle: str = "",
    reports: bool = False,
) -> Rule:
    """A rule with its pattern compiled.

    >>> _rule("a", "b", "speech").pattern.pattern
    'b'
    """
    return Rule(name, re.compile(pattern), frame, last_words, needle, reports)


#: Words that open a new clause after a quotation (“…”, while the chairman said …): what
#: follows is not the quotation's attribution.
_CLAUSE_OPENER = (
    r"(?:while|whereas|and|but|or|nor|yet|so|as|when|although|though|because|since|after|"
    r"before|if|unless|until|who|which|that|where)"
)
#: What may follow a reporting verb at the end of a sentence: a few words (on Thursday, told
#: reporters in Oslo), then a clause after a comma (, as talks resumed), but no "that".
_TAIL = (
    r"(?:\s+(?!that\b)[^\s,;:“”\"«»·]+){0,8}"
    r"(?:,\s+(?:as|while|when|after|before|adding|saying|citing|amid|though|according)\b"
    r"(?:[^;“”\"«»·]|[“\"«]·+[”\"»])*)?"  # after Washington warned of “·”
)
#: A participle opening a clause of its own (…, noting that X had …): not a speaker's phrase.
_PARTICIPLE_CLAUSE = r"[a-z]+ing\s+(?:that|to|the|a|an|it|its|his|her|their|how|why|what)\b"
#: An adverb between a speaker and the verb (“…,” Roy later said; “…,” she also told).
_ADVERB = rf"(?:\s+(?:{ADVERBS}))"
_PLACE_AFTER = r"(?:\s+(?:abroad|overseas|nationwide|worldwide|locally))"  # nurses abroad

#: A headline's verbs of answering back (China pushes back at …, Novak shrugs off …): with a
#: quotation before the colon, the subject's words. Verbs of saying are in HEADLINE_VERBS.
_PUSHES_BACK = (
    r"(?:(?:pushes|hits|fires|strikes|bites)\s+back|(?:shrugs|brushes)\s+(?:off|aside)|"
    r"lashes\s+out|doubles\s+down|digs\s+in|stands\s+(?:firm|by)|rebuffs|snubs|defies|"
    r"walks\s+a|seeks\s+to|responds)"
)
#: What follows a verb, never a plural noun: China pushes back, Novak shrugs off, X walks a line.
_PARTICLE = r"(?:back|off|up|out|down|away|ahead|over|at|to|into|on|for|with|a|an|the|its|his|her)"

#: An unnamed source set by what it knows, ending the sentence (said a person familiar with it).
_KNOWING = rf"{KNOWING_SOURCE}(?=\s*(?:[,.;]|$))"

#: Where an unnamed source works: one trader at a private refinery in Qingdao.
_PLACE_PHRASE = rf"(?:a|an|the|one)\s+(?:[\w\-’']+\s+){{0,3}}[\w\-’']+(?:\s+in\s+{NAMES})?"

#: "Tell" after a quotation has its listener after it, never its speaker (“…”, telling X).
_NOT_TELLING = r"(?!(?:tell|tells|told|telling)\b)"
#: "to" after an adviser's noun opens whom they advise (one adviser to the Chinese government).
_ADVISER_TO = r"(?<=adviser)\s+to|(?<=advisor)\s+to|(?<=consultant)\s+to"

#: An apposition that gives only part of a name (…, who gave only his surname, Zhou).
_GAVE_NAME = r"(?:who\s+)?gave\s+only\s+(?:his|her|their)\s+(?:surname|first\s+name|name),\s+"

#: Who is quoted "as saying": up to a dozen words, a long title and name or role included.
_QUOTED_NP = rf"(?:{TOKEN}\s+){{0,11}}?{TOKEN}"
_EVENT = "|".join(sorted(EVENT_NOUNS))  # a move, a figure: what a reduced relative describes

#: Matched at the start of the paragraph text after the closing mark.
AFTER_RULES = (
    _rule(
        "quoted-as-saying",  # “…,” state media quoted President Xi Jinping as saying
        rf"^,?\s+{NP}\s+(?P<cue>quoted)\s+(?P<speaker>{_QUOTED_NP})\s+(?P<cue2>as\s+saying)\b",
        "speech",
    ),
    _rule(  # “…,” Xi was quoted as saying by Xinhua (the one quoted speaks)
        "was-quoted-as-saying",
        rf"^,?\s+(?P<speaker>{NP})\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
        rf"(?P<cue>quoted)(?:\s+by\s+{NP})?\s+(?P<cue2>as\s+saying)\b",
        "speech",
    ),
    _rule(  # “Unacceptable,” was how one diplomat described the delay
        "was-how-x-put-it",
        rf"^,?\s+(?:was|is)\s+how\s+(?P<speaker>{NP})\s+(?P<cue>described|describes|{SPEECH})\b",
        "speech",
    ),
    _rule(
        "as-described",  # “…,” as China’s foreign minister recently described Russia
        rf"^,?\s+as\s+(?P<speaker>{NP})\s+(?:[a-z]+ly\s+)?"
        r"(?P<cue>described|describes|put\s+it|puts\s+it|calls|called|said|says|wrote|writes)\b",
        "description",
    ),
    _rule("by-which-mean", rf"^,?\s+by\s+which\s+(?P<speaker>{NP})\s+(?:means?|meant)\b", "gloss"),
    _rule(
        "according-to",  # “…,” according to its architect, Sam Ode.
        rf"^,?\s+(?P<cue>according\s+to)\s+(?P<speaker>{NP_END})"
        rf"(?P<appos>,\s+{NAMES}(?=\s*(?:[.,;]|$)))?",
        "speech",
        reports=True,
    ),
    _rule(  # “…,” in the words of one banker.
        "in-the-words-of",
        rf"^,?\s+(?P<cue>in\s+the\s+words\s+of)\s+(?P<speaker>{NP_END})",
        "speech",
    ),
    _rule(  # “…,” said the embassy’s spokesman, Zhao Lin. (Never “…”, telling X: X listens.)
        "cue-speaker",
        rf"^,?\s+{_NOT_TELLING}(?P<cue>{SPEECH})\s+(?P<speaker>{_KNOWING}|{NP_END}|{TITLED_NAME}(?=\s*(?:[,.;]|$)))"
        rf"(?P<place>(?:\s+(?:in|at|near|outside|from)|{_ADVISER_TO})\s+(?:{NAMES}|{_PLACE_PHRASE})"
        r"(?=\s*(?:[,.;]|$)|\s+who\b))?"
        rf"(?:\s+\((?:retd|ret|Ret|rtd)\.?\)\s+(?P<named>{NAMES}))?"  # Rear Admiral (retd) X
        rf"(?P<appos>,\s+(?:{_GAVE_NAME})?{NAMES}(?=\s*(?:[.,;]|$)))?",
        "speech",
        reports=True,
    ),
    _rule(  # “…,” said Secretary of State for Health Ana Roy (a title with its portfolio)
        "cue-title-name",
        rf"^,?\s+{_NOT_TELLING}(?P<cue>{SPEECH})\s+(?P<speaker>(?:{CAP}\s+){{0,3}}?{TITLES}{PORTFOLIO}"
        rf"\s+(?:{HONORIFIC}\s+)?{CAP}\s+{CAP}(?:\s+{CAP})?)"
        r"(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Prof)(?=\s*[,.;]|\s*$|\s+(?:in|on|at|during|after|when|who)\b)",
        "speech",
        reports=True,
    ),
    _rule(  # “…,” said the head of a Leeds building firm, who … (a role with its body, as printed)
        "cue-role-of",
        rf"^,?\s+{_NOT_TELLING}(?P<cue>{SPEECH})\s+(?P<speaker>(?:the|a|an|one)\s+(?:[a-z][\w\-]*\s+){{1,3}}?"
        rf"(?:of|at|for|in|to)\s+{NP_END})",  # said the finance director of a metals trader
        "speech",
        reports=True,
    ),
    _rule(  # “…,” said Ana Ruiz of the Harbour Trust (the affiliation is dropped)
        "cue-speaker-of",
        rf"^,?\s+{_NOT_TELLING}(?P<cue>{SPEECH})\s+(?!{TITLES}\s+of\s)(?P<speaker>{NAMES})(?=\s+of\s)",
        "speech",
        reports=True,
    ),
    _rule(
        "speaker-cue",  # “…,” Fareed Zakaria, the foreign-policy journalist, has pointed out
        rf"^,?\s+(?!{_CLAUSE_OPENER}\b|{_PARTICIPLE_CLAUSE})(?P<speaker>{KNOWING_SOURCE}|{NP}|{TITLED_NAME}|{LONG_ROLE})"
        rf"(?P<appos>,\s[^,;:“”\"«»·]{{1,80}},)?{_ADVERB}?"
        rf"\s+(?P<cue>(?:has\s+|had\s+)?{SPEECH})\b",
        "speech",
        reports=True,
    ),
    _rule("headline-colon", rf"^:\s+(?P<speaker>{NP})\s+{HEADLINE_VERBS}\b", "headline"),
    _rule(  # ‘We are not your wallet’: China pushes back (a subject and a verb of answering back)
        "headline-colon-verb",
        rf"^:\s+(?P<speaker>(?:{CAP}[’']s\s+)?{CAP}(?:\s+{CAP}){{0,2}}(?:\s+[a-z][\w\-]*)?)"
        rf"\s+{_PUSHES_BACK}\b[^.!?]*$",  # in a headline: no full stop
        "headline",
    ),
    _rule(  # ‘Not again’: nurses stage walkout (a plural subject and its verb)
        "headline-colon-subject",
        rf"^:\s+(?P<speaker>(?:{CAP}\s+){{0,2}}[a-z][\w\-]*[^\Ws]s{_PLACE_AFTER}?)"
        r"\s+(?!(?:are|were|have|had|did|do|will|would|can|could|may|might|must|should)\b)"
        rf"(?!{_PARTICLE}\b)[a-z]+(?<!s)\b",
        "headline",
    ),
)


#: Verbs of saying that, with a quotation as their bare object, mean something else: the
#: question reflected “a Cold War mentality”, the data indicated “a slowdown”.
_OBJECT_VERBS = r"(?:reflect|indicat|signal|continu|reveal)[a-z]*"

#: Matched at the end of the sentence text before the opening mark.
BEFORE_RULES = (
    _rule(
        "quoted-as-saying",
        rf"(?P<cue>quot(?:ed|ing))\s+(?P<speaker>{_QUOTED_NP})(?P<appos>,\s+{NAMES},)?\s+"
        r"(?P<cue2>as\s+saying)\s*[,:]?\s*$",
        "speech",
    ),
    _rule(  # In the words of one banker, “…”: opening the sentence, a clause follows
        "in-the-words-of",
        rf"^\s*(?P<cue>In\s+the\s+words\s+of)\s+(?P<speaker>{NP})[,:]\s*$",
        "speech",
        needle="words of",
    ),
    _rule(  # has, in the words of one banker, “…”: inside the sentence, a fragment
        "in-the-words-of",
        rf"\b(?P<cue>in\s+the\s+words\s+of)\s+(?P<speaker>{NP}),?\s*$",
        "description",
        needle="words of",
    ),
    _rule(
        "what-x-calls",  # what a 2019 Brookings report described as “…”
        rf"\b(?:what|which|that)\s+(?P<speaker>{NP})"
        rf"(?P<appos>,\s+(?:(?:a|an|the)\s+[^,;“”\"]{{1,60}}|{NAMES}),)?"  # its president, Dr. X,
        rf"(?:\s+(?:has|have|had))?(?:\s+(?:long|[a-z]+ly))?\s+"
        rf"(?P<cue>{CALL}|describes|described|terms|termed|(?:{PROMOTING}|hailed|branded)(?=\s+as\b))"
        rf"(?:\s+as)?\s+(?:{TOKEN}\s+){{0,2}}$",
        "description",
    ),
    _rule(
        "what-x-calls",  # a move Mayor Ana Roy called “…”; sanctions he called “…”
        r"\b(?:(?:a|an)\s+[a-z][\w\-]*|[a-z][\w\-]*s(?=\s+(?:he|she|they)\s))\s+"  # sanctions he called
        rf"(?P<speaker>he|she|they|it|{NAMES}|(?:the|her|his|their|its)\s+(?:[\w\-’']+\s+){{0,2}}?[a-z]+"
        r"|(?:[a-z][\w\-’']*\s+){0,2}[a-z]+s"  # her Conservative rival, finance ministry officials
        r"|(?:one|some|many|several)\s+(?:[\w\-’']+\s+){0,2}?[a-z]+)"  # one Moscow-based strategist
        rf"(?P<appos>,\s+(?:{NAMES}|(?:a|an|the)\s+[^,;“”\"]{{1,60}}),)?"  # its sponsor, Ana Roy,
        rf"(?:\s+(?:has|have|had))?(?:\s+(?:long|[a-z]+ly))?\s+"
        rf"(?P<cue>{CALL}|describes|described|terms|termed)(?:\s+as)?\s+(?:{TOKEN}\s+){{0,2}}$",
        "description",
    ),
    _rule(
        "what-x-calls",  # …, a measure its sponsor, Ana Roy of Leeds, called “…”: any phrase
        rf",\s+(?:in\s+)?(?:a|an)\s+(?:[a-z][\w\-]*\s+)?(?:{_EVENT})\s+"
        r"(?!(?:[a-z]+ly|long|later|first|once|often|also|now|then|still)\s)"  # a result widely called
        r"(?P<speaker>(?:the\s+|its\s+|one\s+)?[^\s,;:“”\"‘’]+(?:,?\s+[^\s;:“”\"‘’]+){0,11}?)"
        rf"(?:\s+(?:has|have|had))?\s+(?P<cue>{CALL}|describes|described|terms|termed)"
        rf"(?:\s+as)?\s+(?:{TOKEN}\s+){{0,2}}$",
        "description",
        needle=", a",
    ),
    _rule(
        "speaker-cue",  # Thomas Friedman wrote, “…”
        rf"(?<![\w\-])(?=[a-zA-Z]){NOT_AFTER_DETERMINER}{NOT_AFTER_MODAL}(?!{_OBJECT_VERBS}\s+$)"
        rf"(?P<cue>(?:has\s+|had\s+)?{SPEECH})"
        r"(?:\s+(?:to\s+)?(?:me|us|him|her|them|reporters|journalists|yesterday|today|[a-z]+ly))?"
        r"\s*[,:]?\s*$",
        "speech",
        last_words=6,  # has + pointed out + to me + :
    ),
    _rule(
        "naming-verb",  # a Chinese spokesperson dismissing it as “…”; called the plan “…”
        rf"(?<![\w\-]){NOT_AFTER_DETERMINER}{NOT_AFTER_MODAL}(?P<cue>{NAMING})(?!\s*$)\s+(?:{TOKEN}\s+){{0,5}}?"
        r"(?:(?P<cue2>as)\s+(?:(?:a|an|the)\s+)?)?$",
        "description",
        last_words=7,
    ),
    _rule(  # the union called for “urgent talks”; called for an “immediate inquiry”
        "calls-for",
        rf"(?<![\w\-]){NOT_AFTER_DETERMINER}{NOT_AFTER_MODAL}(?P<cue>(?:call|appeal|plead|press|push)(?:s|ed|ing)?\s+for)\s+"
        r"(?:(?:a|an|the|more|new|further)\s+)?$",
        "description",
        last_words=4,
    ),
    _rule(
        "praising-verb",  # Putin hails Beijing’s “…”; she defended the “fair” budget
        rf"(?<![\w\-]){NOT_AFTER_MODAL}{NOT_AFTER_DETERMINER}(?P<cue>{PRAISING})\s+(?:{TOKEN}\s+){{0,5}}?$",
        "description",
        last_words=7,
    ),
    _rule(
        "judging-as",  # the union slammed the offer as “…”; Biden slams ‘reckless’ budget
        rf"(?<![\w\-]){NOT_AFTER_MODAL}{NOT_AFTER_DETERMINER}(?P<cue>{JUDGING})\s+(?:(?:{TOKEN}\s+){{1,6}}?(?P<cue2>as)\s+|"
        rf"(?:(?![\w\-]+[’']s?\s){TOKEN}\s+){{0,3}}?)$",
        "description",
        last_words=9,
    ),
    _rule(  # the agency billed the mission as “…”: promoting verbs count only with "as"
        "judging-as",
        rf"(?<![\w\-])(?P<cue>{PROMOTING})\s+"
        rf"(?:{TOKEN}\s+){{1,6}}?(?P<cue2>as)\s+(?:(?:a|an|the)\s+)?$",
        "description",
        last_words=9,
    ),
)


#: Searched for at the end of the quotation's sentence (", China says").
TRAILING_RULES = (
    _rule(  # …, the Ashford captain, Jo Bell, admitted after the game, as fans left.
        "trailing-speaker-cue",
        rf",\s+(?!{_CLAUSE_OPENER}\b)(?P<speaker>{NP})(?P<appos>,\s[^,;:“”\"«»·]{{1,80}},)?"
        rf"\s+(?:(?:has|have|had)\s+)?(?P<cue>{SPEECH})\b{_TAIL}\s*[.!?]?\s*$",
        "speech",
        reports=True,
    ),
    _rule(
        "trailing-cue-speaker",
        rf",\s+(?P<cue>{SPEECH})\s+(?P<speaker>{NP})\s*[.!?]?\s*$",
        "speech",
        reports=True,
    ),
    _rule(  # Russia ‘grateful’ for China’s stance – Lavrov (a headline's source after a dash)
        "trailing-dash-speaker",
        rf"\s[–—]\s*(?P<speaker>{NAMES})\s*$",
        "headline",
    ),
    _rule(
        "trailing-according-to",
        rf"[,”’\"]\s+(?P<cue>according\s+to)\s+(?P<speaker>{NP})"  # a comma inside a mark
        rf"(?:\s+(?:{'|'.join(sorted(DOCUMENT_PARTICIPLES))})\s+[^.!?“”\"]{{1,150}})?"  # a statement issued after …
        r"\s*[.!?]?\s*$",
        "speech",
        reports=True,
    ),
)


#: Searched for anywhere in the sentence before the quotation.
SENTENCE_RULES = (
    _rule("according-to", rf"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<speaker>{NP}),", "speech"),
    _rule(
        "in-the-words-of",
        rf"\b(?P<cue>[Ii]n\s+the\s+words\s+of)\s+(?P<speaker>{NP}),",
        "speech",
        needle="words of",
    ),
    _rule(  # not "was quoted by Tass as saying": Tass only carries the words
        "quoted-as-saying",
        rf"(?<!was\s)(?<!were\s)(?<!been\s)(?P<cue>quot(?:ed|ing))\s+(?!by\s|in\s)(?P<speaker>{_QUOTED_NP})"
        rf"(?P<appos>,\s+{NAMES},)?\s+(?P<cue2>as\s+saying)\b",
        "speech",
        needle="quoted",
    ),
    _rule(  # Putin (, for his part,) was quoted (by RIA, in the Examiner) as saying …
        "was-quoted-as-saying",
        rf"(?P<speaker>{NP})(?P<appos>,\s+[^,;:“”\"]{{1,40}},)?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
        rf"(?P<cue>quoted)(?:\s+(?:by|in)\s+{NP})?\s+(?P<cue2>as\s+saying)\b",
        "speech",
        needle="quoted",
    ),
)


#: The rules whose source may only report what the subject of a "that" clause said.
REPORTING_RULES = frozenset(r.name for r in (*AFTER_RULES, *TRAILING_RULES) if r.reports)
