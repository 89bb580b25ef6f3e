"""Speaker names: reading a name or role from a phrase, and finding a name's fullest form.

A speaker is read from the words that name it (:func:`speaker_of`): a pronoun, the
author of a document (Hu’s essay -> Hu), a proper name with its titles dropped
(Chinese President Xi Jinping -> Xi Jinping; honorifics such as Mr. stay) or a short
role (a Chinese spokesperson). :func:`full_name` then looks for the fullest form of that
name in the same text (Xi -> Xi Jinping), and :func:`name_runs` lists the capitalised
runs that pronouns may refer to.

>>> speaker_of("Chinese President Xi Jinping"), full_name("Xi", "Xi Jinping met Putin. Xi said so.")
('Xi Jinping', 'Xi Jinping')
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from .vocabulary import (
    ADVERBS,
    BODY_NOUNS,
    BUSINESS_KIND_WORDS,
    CAP,
    CATENATIVE,
    CORPORATE_WORDS,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_WORDS,
    EVENT_NOUNS,
    FIRM_SUFFIX,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    HONORIFIC,
    INSTITUTION_NOUNS,
    KNOWING_SOURCE,
    LONG_NAME,
    NAME_PARTICLES,
    NAMES,
    NATIONAL_ADJECTIVES,
    NATIONALITIES,
    OBJECT_PRONOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_NAMES,
    PORTFOLIO,
    PORTFOLIO_WORDS,
    POST_NOMINALS,
    PRONOUNS,
    ROLE_WORDS,
    SPEAKS_FOR,
    STOP_CAPS,
    TITLE_PREFIX,
    TITLE_SUFFIX,
    TITLES,
    UPPER,
    WHEN,
)

_NAME_RUN = re.compile(  # (?={UPPER}) changes no match: it only lets most places fail fast
    rf"(?={UPPER})(?<![\w’'.\-])(?:{HONORIFIC}\s+)?{CAP}"
    rf"(?:\s+(?:{HONORIFIC}\s+)?{CAP}|(?:\s+{NAME_PARTICLES})+(?=\s+{UPPER})|\s+(?:of|and)(?=\s+{UPPER}))*"
)
_TITLE_PREFIX = re.compile(  # Chinese President; Bank of Russia Governor
    rf"^(?:(?:{CAP}\s+(?:of\s+)?){{0,4}}?{TITLE_PREFIX}{TITLES}{TITLE_SUFFIX}|"
    rf"(?:(?:{ROLE_WORDS}|Chief|Senior|Deputy|Assistant)\s+)*{ROLE_WORDS})\s+(?={UPPER})"
)
_PORTFOLIO = re.compile(  # Minister of State for Trade and Industry Goh Pei Ling: title, portfolio
    rf"^(?:{CAP}\s+){{0,3}}?{TITLE_PREFIX}{TITLES}{PORTFOLIO}\s+"
    rf"(?=(?:{HONORIFIC}\s+)?(?!{PORTFOLIO_WORDS}\b){CAP}\s+{CAP}(?:\s+{CAP})?$)"
)
_TITLE_END = re.compile(rf"(?<!\S){TITLES}$")
_HONORIFIC_PREFIX = re.compile(rf"(?<![\w.]){HONORIFIC}\s+")
_NAME_WORD = re.compile(rf"{HONORIFIC}|{CAP}")
_ROLE_END = re.compile(r"[a-z][\w’'\-]*|\d[\w\-]*")
_DOCUMENT_OWNER = re.compile(rf"(?P<owner>{NAMES})[’']s\s+(?:\S+\s+)?{DOCUMENT_WORDS}")
_KNOWING = re.compile(KNOWING_SOURCE)
_LISTED_NAME = re.compile(rf"(?:[Tt]he\s+)?{LONG_NAME}")  # a body's name with a list in it
_TRAILING_ADVERB = re.compile(ADVERBS)
_BASED = re.compile(  # London-based X, Dunblane-born X, Mainboard-listed X
    r"^[A-Z][\w\-]*-(?:based|born|listed)\s+(?=[A-Z])", re.IGNORECASE
)
#: A portfolio of two parts before a title (Industry and Trade Minister X, Domestic Trade and
#: Consumer Affairs Minister X): the whole goes, or the "and" would read as two speakers. A
#: portfolio's word stands before "and" (not Ana Roy and Foreign Minister X: two people).
_JOINT_PORTFOLIO = re.compile(
    rf"^\s*(?:[A-Z][\w\-]*\s+)?{PORTFOLIO_WORDS}\s+(?:and|&)\s+(?:[A-Z][\w\-]*\s+){{1,2}}?"
    r"(?=(?:Minister|Secretary|Commissioner|Spokesman|Spokeswoman|Spokesperson)\s+[A-Z])"
)
_PARTY = re.compile(  # a party before a politician's name, dropped like a title
    r"(?:Liberal\s+Democrat|Lib\s+Dem|Labour|Conservative|Tory|Republican|Democrat|Democratic|"
    r"Green|SNP|Plaid|Reform|Liberal|Independent|Socialist|Social\s+Democrat)\s+(?=[A-Z])"
)
_CORPORATE_END = re.compile(rf"\s{FIRM_SUFFIX}[\s,;:]*$")
_QUANTIFIERS = frozenset({"one", "two", "three", "some", "several", "many", "most", "each", "none"})
_GIVEN_NAMES = frozenset({"Finn", "Dane", "Scot", "German"})  # demonyms that are first names too
_NOT_A_NAME_START = FUNCTION_WORDS - {"a", "an", "the"}  # words a source's phrase cannot begin
_TIME_WORD = re.compile(WHEN, re.IGNORECASE)
_TIME_PREPOSITION = frozenset({"on", "last", "this", "late", "early", "earlier"})
_PARTY_TAG = re.compile(r"(?!D-Day\b)[RDI]-[A-Z][\w.\-]*")  # R-Lakeville, D-Ariz.; not D-Day
#: Who "my" or "our" may stand before as a speaker inside someone's words (my manager said).
_SPEAKERS_OF_MINE = PERSON_NOUNS | frozenset(
    {"father", "mother", "dad", "mum", "mom", "son", "daughter", "wife", "husband", "boss"}
    | {"manager", "coach", "doctor", "teacher", "friend", "neighbour", "neighbor", "opponent"}
    | {"lawyer", "union", "landlord", "grandmother", "grandfather", "brother", "sister"}
)
_SPANS_OF_TIME = frozenset({"years", "months", "weeks", "decades", "days"})
_PREPOSITIONS = frozenset({"in", "at", "from", "of", "for", "to", "near"})
#: Small words inside a proper name (Bank of England, Reporters Without Borders).
_NAME_JOINS = frozenset(
    ("and", "of", "for", *NAME_PARTICLES.strip("(?:)").split("|"), "Without", "For", "Of")
)
_NOT_IN_A_ROLE = FUNCTION_WORDS - {"a", "an", "the"} - _PREPOSITIONS
_LONG_WORD_INITIAL = re.compile(r"([A-Za-z])[\w’'\-]{3,}")  # the initials of words of 4+ letters


def _is_name_word(word: str) -> bool:
    """Whether a word can be part of a proper name.

    >>> _is_name_word("Kotkin"), _is_name_word("Mr."), _is_name_word("The"), _is_name_word("Times’s")
    (True, True, False, False)
    """
    return word not in STOP_CAPS and _NAME_WORD.fullmatch(word) is not None


def _strip_title(name: str) -> str:
    """A name without the titles in front of it; honorifics (Mr., Ms., Dr.) stay.

    A job word that opens a sentence (Winger Ade Bello) goes like a title; so do two titles
    in a row (Detective Chief Inspector).

    >>> _strip_title("Chinese President Xi Jinping"), _strip_title("Mr. Xi")
    ('Xi Jinping', 'Mr. Xi')
    >>> _strip_title("Winger Ade Bello"), _strip_title("Debra Winger")
    ('Ade Bello', 'Debra Winger')
    >>> _strip_title("Detective Chief Inspector Jo Holt")
    'Jo Holt'
    >>> _strip_title("Minister for European Affairs Jo Holt")
    'Jo Holt'
    >>> _strip_title("General Motors"), _strip_title("Justice Department")
    ('General Motors', 'Justice Department')
    >>> _strip_title("Callum Baird MSP"), _strip_title("Belgian Koen Verstraeten")
    ('Callum Baird', 'Koen Verstraeten')
    >>> _strip_title("Russian Foreign Ministry")
    'Russian Foreign Ministry'
    >>> _strip_title("Liberal Democrat Ewan Sutherland"), _strip_title("Labour Party")
    ('Ewan Sutherland', 'Labour Party')
    >>> _strip_title("London-based Armament Trace Institute")
    'Armament Trace Institute'

    """
    name = _PORTFOLIO.sub("", name, count=1) or name
    name = without_post_nominal(name)
    name = _BASED.sub("", name, count=1)  # London-based Armament Trace Institute
    words = name.split()
    if len(words) == 3 and words[0] in NATIONALITIES and _is_person_name(words[1:]):
        name = " ".join(words[1:])  # Belgian Koen Verstraeten
    party = _PARTY.match(name)
    if party and _is_person_name(name[party.end() :].split()):
        return name[party.end() :]  # Liberal Democrat Ewan Sutherland: the party goes
    if len(words) >= 2 and words[0] in BUSINESS_KIND_WORDS:
        return " ".join(words[1:])  # Retailer Next, Owner Harbour Foods: the kind goes
    stripped = _TITLE_PREFIX.sub("", name, count=1) or name
    if set(stripped.split()) & (CORPORATE_WORDS | ORG_WORDS):
        return name  # General Motors, the Regent Hotel: a firm's name, not a title and a name
    return stripped if stripped == name else _TITLE_PREFIX.sub("", stripped, count=1) or stripped


def _is_person_name(words: Sequence[str]) -> bool:
    """Whether two or three capitalised words read as a person's name, not a body's.

    >>> _is_person_name(["Koen", "Verstraeten"]), _is_person_name(["Foreign", "Ministry"])
    (True, False)
    """
    names = 2 <= len(words) <= 3 and all(map(_is_name_word, words))
    return (
        names
        and not set(words) & (ORG_WORDS | CORPORATE_WORDS)
        and not _TITLE_PREFIX.match(" ".join(words) + " X")
    )


def without_post_nominal(name: str) -> str:
    """A name without letters after it that are not part of it (Callum Baird MSP).

    >>> without_post_nominal("Callum Baird MSP"), without_post_nominal("Ann Lee")
    ('Callum Baird', 'Ann Lee')
    """
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1] in POST_NOMINALS else name


def _trailing_name(words: Sequence[str]) -> str | None:
    """The proper name that ends a phrase, titles dropped.

    >>> _trailing_name("the Cold War scholar Stephen Kotkin".split())
    'Stephen Kotkin'
    >>> _trailing_name("Mr. Xi and Mr. Putin".split()), _trailing_name(["the", "union"])
    ('Mr. Xi and Mr. Putin', None)
    >>> _trailing_name("Chinese President Xi Jinping and Russian President Vladimir Putin".split())
    'Xi Jinping and Vladimir Putin'
    >>> _trailing_name("State Councillor and Foreign Minister Wang Yi".split())
    'Wang Yi'

    >>> _trailing_name("Reporters Without Borders".split()), _trailing_name("Friends of the Earth".split())
    ('Reporters Without Borders', 'Friends of the Earth')
    """
    taken: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        joins = word in _NAME_JOINS or (word == "the" and at and words[at - 1] in _NAME_JOINS)
        if not (_is_name_word(word) or (joins and taken)):
            break
        taken.insert(0, word)
    while taken and not _is_name_word(taken[0]):
        taken.pop(0)
    if not taken:
        return None
    pair = " ".join(taken).split(" and ")  # President X and Prime Minister Y: each without title
    if len(pair) != 2 or _TITLE_END.search(pair[0]):  # State Councilor and Foreign Minister X
        return _strip_title(pair[-1] if len(pair) == 2 else " ".join(taken))
    return " and ".join(map(_strip_title, pair))


def is_name(phrase: str | None) -> bool:
    """Whether a phrase is made of proper names only.

    >>> is_name("Moscow and Beijing"), is_name("the document"), is_name(None)
    (True, False, False)
    """
    return bool(phrase) and _trailing_name(str(phrase).split()) == phrase


def _is_pronoun(word: str) -> bool:
    """Whether a word is a personal pronoun (he, They), not a capitalised acronym (IT).

    >>> _is_pronoun("They"), _is_pronoun("IT"), _is_pronoun("union")
    (True, False, False)
    """
    return word.lower() in PRONOUNS and word in (word.lower(), word.capitalize())


def _role(words: Sequence[str]) -> str | None:
    """A short common-noun phrase that can name a source (the union, a 2019 report).

    A pronoun is never part of one (they mean rules they ...).

    >>> _role(["a", "Chinese", "spokesperson"]), _role(["on", "Tuesday"])
    ('a Chinese spokesperson', None)
    >>> _role(["they", "mean", "rules", "they"]) is None
    True
    >>> _role("One of the people".split())
    'One of the people'

    """
    if words[0].lower() in _NOT_A_NAME_START or any(map(_is_pronoun, words)):
        return None
    own = _outside_names(words)  # the head of the Council for Trade and Industry
    if len(own) > 8 or any(w.lower() in _NOT_IN_A_ROLE for w in own[1:]):
        return None
    head = _head_before_preposition(words) or words
    if len(head) == 1 and head[0].lower() in _QUANTIFIERS:
        head = list(words)  # One of the people: the people say who
    ends_role = _ROLE_END.fullmatch(head[-1]) or _TITLE_END.fullmatch(head[-1])
    return " ".join(words) if ends_role else None


def _outside_names(words: Sequence[str]) -> list[str]:
    """The words of a phrase outside the proper names in it (a name counts as one word).

    >>> _outside_names("the head of the Council for Trade and Industry".split())
    ['the', 'head', 'of', 'the', 'Council']
    """
    kept: list[str] = []
    for at, word in enumerate(words):
        inside = 0 < at < len(words) - 1 and word in ("and", "for", "of", "&")
        if inside and _is_name_word(words[at - 1]) and _is_name_word(words[at + 1]):
            continue
        if _is_name_word(word) and kept and _is_name_word(kept[-1]):
            continue
        kept.append(word)
    return kept


def speaker_of(chunk: str) -> str | None:
    """The source a phrase names: a pronoun, a document's author, a name or a role.

    >>> [speaker_of(c) for c in ("Hu’s essay", "The Times’s Thomas Friedman", "he", "in May")]
    ['Hu', 'Thomas Friedman', 'he', None]
    >>> speaker_of("him")
    'he'
    >>> speaker_of("one senior Labour MP"), speaker_of("Ana Ruiz of the Harbour Trust")
    ('one senior Labour MP', 'Ana Ruiz')
    >>> speaker_of("Diplomats in Brussels"), speaker_of("Acme Foods Inc.")
    ('Diplomats in Brussels', 'Acme Foods Inc.')
    >>> speaker_of("The Department for Culture, Media and Sport")
    'Department for Culture, Media and Sport'
    >>> speaker_of("a person familiar with the talks")
    'a person familiar with the talks'
    >>> speaker_of("Industry and Trade Minister Denis Manturov")
    'Denis Manturov'
    >>> speaker_of("Ana Roy and Foreign Minister Tom Lund")  # two people, not a portfolio
    'Ana Roy and Tom Lund'
    """
    chunk = _JOINT_PORTFOLIO.sub("", chunk, count=1)  # Industry and Trade Minister X: X
    corporate = _CORPORATE_END.search(chunk)
    if corporate:  # Acme Foods Inc.: the suffix and its period stay with a company's name
        name = speaker_of(chunk[: corporate.start()])
        return f"{name} {corporate.group().strip(' ,;:')}" if is_name(name) else name
    words = _phrase_words(chunk)
    if not words or _PARTY_TAG.fullmatch(words[0]):
        return None  # Sen. Ana Roy, R-Lakeville, who …: her party and district, no one
    phrase = " ".join(words)
    personal = _personal(phrase)
    if personal:
        return personal
    acronym = len(words[0]) > 1 and words[0].isupper()  # WHO chief Ana Roy: not "who"
    if words[0].lower() in _NOT_A_NAME_START and not acronym:
        return None
    whole = (  # a person familiar with the talks (as printed); Hu’s essay; a name's own "of"
        (phrase if _KNOWING.fullmatch(phrase) else None)
        or _document_owner(phrase)
        or _listed_name(phrase)
        or _titled_name(phrase)
        or _name_after_lowercase_title(words)
    )
    if whole:
        return whole
    head = _head_before_preposition(words)
    if head:  # Tasneem Ali of the Climate Network; one trader in Oslo
        name = _trailing_name(head)
        after = words[len(head) : len(head) + 3]
        if name and _is_plural_opener(head, " ".join(after)):
            return phrase  # Officials in Kyiv: a group, capitalised as the sentence opens
        if name and _is_body_word(head[-1]) and _is_placed(after):
            return _without_article(phrase)  # the Chinese Embassy in Washington: one body
        return name if name else _without_article(_role(words))
    name = _trailing_name(words)
    if name and _TITLE_END.search(name) and " of " not in name and len(name.split()) < len(words):
        name = None  # one senior Conservative MP: a role, as printed
    return _without_article(_with_owner(name, words) or _role(words))


def _personal(phrase: str) -> str | None:
    """A pronoun (him as an object is "he"), or "my" or "our" and someone's noun, as printed.

    >>> _personal("him"), _personal("My manager"), _personal("my view"), _personal("Ana Roy")
    ('he', 'My manager', None, None)
    """
    lower = phrase.lower()
    if lower in PRONOUNS or lower in OBJECT_PRONOUNS:  # he; quoted him as saying: he
        return OBJECT_PRONOUNS.get(lower, lower)
    words = lower.split()
    if words[0] in ("my", "our") and len(words) > 1 and words[-1] in _SPEAKERS_OF_MINE:
        return phrase  # (“…) my manager told me, ‘…’: someone the quoted speaker knows
    return None


_TITLE_WORD = re.compile(rf"(?i:{TITLES}|{ROLE_WORDS})")


def _name_after_lowercase_title(words: Sequence[str]) -> str | None:
    """A person's name after a title in lower case with "of" or "for" in it.

    Only when a title's word stands in it and the name does not follow "of" (a lawyer for
    the family of Ana Roy is not Ana Roy).

    >>> _name_after_lowercase_title("deputy chief of staff Nurlan Abenov".split())
    'Nurlan Abenov'
    >>> _name_after_lowercase_title("a lawyer for the family of Ana Roy".split()) is None
    True
    >>> _name_after_lowercase_title("a spokeswoman for Health Minister Ana Roy".split()) is None
    True
    >>> _name_after_lowercase_title("lawyer for former president Ana Roy".split()) is None
    True
    """
    name = _trailing_name(words)
    if not name or " and " in name or person(name) is None:
        return None
    before = words[: len(words) - len(name.split())]
    if not before or before[-1].lower() in FUNCTION_WORDS or not {"of", "for"} & set(before):
        return None
    if before[0].lower() in ("a", "an", "the") or any(
        word.lower() in SPEAKS_FOR and after == "for" for word, after in itertools.pairwise(before)
    ):
        return None  # a lawyer for former president Ana Roy: the lawyer speaks
    last = max(i for i, word in enumerate(before) if word in ("of", "for"))
    if not all(word.islower() for word in before[last:]):
        return None  # a spokeswoman for Health Minister Ana Roy: the spokeswoman speaks
    if not any(_TITLE_WORD.fullmatch(word) for word in before[:last] if word.islower()):
        return None
    return person(name)


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def is_time_phrase(tokens: Sequence[str]) -> bool:
    """Whether two words name a time (on Thursday, last week), as between a subject and its verb.

    >>> is_time_phrase(["on", "Thursday"]), is_time_phrase(["last", "month"]), is_time_phrase(["on", "Russia"])
    (True, True, False)
    """
    return tokens[0].lower() in _TIME_PREPOSITION and _TIME_WORD.fullmatch(tokens[1]) is not None


def _phrase_words(chunk: str) -> list[str]:
    """The words of a source's phrase, without marks around it or an adverb after it.

    A document's participle goes too (a joint statement issued on Friday: the statement).

    >>> _phrase_words("Gagnon later"), _phrase_words("“the family,”")
    (['Gagnon'], ['the', 'family'])
    >>> _phrase_words("a joint statement released")
    ['a', 'joint', 'statement']
    >>> _phrase_words("Chinese officials like to"), _phrase_words("declined to")
    (['Chinese', 'officials'], [])
    >>> _phrase_words("changes the federal government"), _phrase_words("officials at the embassy")
    (['the', 'federal', 'government'], ['officials', 'at', 'the', 'embassy'])
    >>> _phrase_words("a move the government"), _phrase_words("a result opposition lawmakers")
    (['the', 'government'], ['opposition', 'lawmakers'])
    """
    words = chunk.strip(' ,.;:“”‘’"«»·()').split()
    while len(words) > 1 and _TRAILING_ADVERB.fullmatch(words[-1]):
        words.pop()  # Gagnon later (told): the adverb is the verb's
    if len(words) > 3 and is_time_phrase(words[-2:]):
        del words[-2:]  # (branded … by) union chief Dave Marsh last night: the time is the verb's
    while len(words) > 1 and words[-1] in _PREPOSITIONS - {"to"}:
        words.pop()  # (accused by) MPs of (“…”): the preposition opens the quotation's phrase
    if len(words) > 2 and words[-1] in DOCUMENT_PARTICIPLES:
        words.pop()
    if len(words) > 2 and words[-1] == "to" and CATENATIVE.fullmatch(words[-2]):
        del words[-2:]  # what Chinese officials like to call …: the officials
    if words and words[-1] == "to":
        return []  # declined to (say): no source
    return words[_subject_start(words) :]


def _subject_start(words: Sequence[str]) -> int:
    """Where the subject starts in a phrase that ends with it, after the words it follows.

    >>> _subject_start("a move the government".split()), _subject_start("years people".split())
    (2, 1)
    >>> _subject_start("changes the federal government".split()), _subject_start(["Ana"])
    (1, 0)
    """
    if _after_event_noun(words):
        return 2  # …, a move the government called “…”: the government
    named = _name_after_noun_phrase(words)
    if named:
        return named  # a division of labour Moscow liked to describe as “…”: Moscow
    if len(words) > 1 and words[0] in _SPANS_OF_TIME and words[1] != "of":
        return 1  # (For) years people have told us: the people
    determiner = next((i for i, w in enumerate(words) if i and w in _DETERMINERS | _QUANTIFIERS), 0)
    if (
        determiner
        and len(words) - determiner >= 2
        and all(w.islower() and w not in FUNCTION_WORDS for w in words[:determiner])
        and not any(w in PERSON_NOUNS or w[:-1] in PERSON_NOUNS for w in words[:determiner])
    ):  # but nurses the union represents (said): the nurses
        return determiner  # changes the government says will …: the government
    return 0


def _name_after_noun_phrase(words: Sequence[str]) -> int:
    """Where a name starts that ends a phrase opened by "a", right after a lowercase noun.

    Such a name is the subject of a reduced relative (a division of labour Moscow liked to
    call …), 0 when there is none: after a preposition the name is where someone works (a
    spokesman for Acme Rail).

    >>> _name_after_noun_phrase("a division of labour Moscow".split())
    4
    >>> _name_after_noun_phrase("a spokesman for the firm Acme Rail".split())
    0
    """
    if len(words) < 3 or words[0].lower() not in ("a", "an"):
        return 0
    at = len(words)
    while at > 1 and _is_name_word(words[at - 1]):
        at -= 1
    before = words[at - 1]
    role = _TITLE_WORD.fullmatch(before) or before in PERSON_NOUNS  # former envoy Li Hui
    noun = before.islower() and before not in FUNCTION_WORDS and not role
    placed = set(words[1:at]) & (_PREPOSITIONS - {"of"} | {"the"})  # at the firm Vireo
    return at if at < len(words) and at > 1 and noun and not placed else 0


def _after_event_noun(words: Sequence[str]) -> bool:
    """Whether a phrase opens with "a move", "a decision" … before a reduced relative's subject.

    The subject must open with a determiner, a number word or a capital (a move the
    government, a cut one trustee, a move Mayor Roy), or end in a plural (a decision
    advocates); "a policy adviser" and "a shift manager" are one noun.

    >>> _after_event_noun("a move the government".split()), _after_event_noun("a shift manager".split())
    (True, False)
    >>> _after_event_noun("a decision advocates".split())
    True
    """
    if len(words) < 3 or words[0].lower() not in ("a", "an") or words[1] not in EVENT_NOUNS:
        return False
    opener = words[2]
    return (
        opener.lower() in _SUBJECT_OPENERS
        or opener[:1].isupper()
        or (words[-1].endswith("s") and not words[-1].endswith("ss"))
    )


_SUBJECT_OPENERS = frozenset(
    {"the", "a", "an", "one", "some", "several", "many", "its", "his", "her", "their", "our"}
    | {"it", "he", "she", "they", "we"}
)


def _document_owner(phrase: str) -> str | None:
    """The author of a document named by its owner (Hu’s essay -> Hu).

    >>> _document_owner("President Biden’s speech"), _document_owner("the speech")
    ('Biden', None)
    """
    owner = _DOCUMENT_OWNER.fullmatch(phrase)
    return _strip_title(owner["owner"]) if owner else None


def _listed_name(phrase: str) -> str | None:
    """A body's name with a list in it, without its article (the Department for A, B and C).

    >>> _listed_name("the Department for Culture, Media and Sport")
    'Department for Culture, Media and Sport'
    >>> _listed_name("Ana Roy, Tom Lund") is None
    True
    """
    if "," not in phrase or not _LISTED_NAME.fullmatch(phrase):
        return None
    return phrase.removeprefix("the ").removeprefix("The ")


def _titled_name(phrase: str) -> str | None:
    """The name after a title whose own words hold "of" or "for", when the phrase is just that.

    >>> _titled_name("U.S. Secretary of State Antony Blinken")
    'Antony Blinken'
    >>> _titled_name("Minister for Europe Ana Roy"), _titled_name("Judge Ana Roy of the Court")
    ('Ana Roy', None)
    """
    if not re.search(r"\s(?:of|for)\s", phrase) or not is_name(_trailing_name(phrase.split())):
        return None
    name = _strip_title(phrase)
    words = name.split()
    return (
        name
        if name != phrase and " of " not in name and " for " not in name and len(words) > 1
        else None
    )


def _is_body_word(word: str) -> bool:
    """Whether a word names a body (Ministry, Embassy, Court), not a person.

    >>> _is_body_word("Embassy"), _is_body_word("Ministry"), _is_body_word("Ortiz")
    (True, True, False)
    """
    lower = word.lower()
    return word in ORG_WORDS or lower in INSTITUTION_NOUNS or lower in BODY_NOUNS


def _is_placed(after: Sequence[str]) -> bool:
    """Whether words after a body's name set it in a named place (in Washington, at Geneva).

    >>> _is_placed(["in", "Washington"]), _is_placed(["in", "a", "statement"])
    (True, False)
    """
    return len(after) > 1 and after[0] in ("in", "at") and _is_name_word(after[1])


def _with_owner(name: str | None, words: Sequence[str]) -> str | None:
    """A body's name with the possessive owner printed before it (China’s Defense Ministry).

    A person keeps no owner (The Times’s Thomas Friedman is Thomas Friedman).

    >>> _with_owner("Defense Ministry", "China’s Defense Ministry".split())
    'China’s Defense Ministry'
    >>> _with_owner("Thomas Friedman", "The Times’s Thomas Friedman".split())
    'Thomas Friedman'
    >>> _with_owner("Ministry of Commerce", "China's Ministry of Commerce".split())
    "China's Ministry of Commerce"
    >>> _with_owner("Propaganda Department", "the Communist Party’s Propaganda Department".split())
    'Communist Party’s Propaganda Department'
    """
    size = len(name.split()) if name else 0
    if not name or not any(map(_is_body_word, words[-size:])) or len(words) <= size:
        return name
    at = len(words) - size - 1
    owner = words[at]
    possessive = owner[:1].isupper() and owner[-2:] in ("’s", "'s")
    if not possessive or " ".join(words[-size:]) != name:
        return name
    while at and _is_name_word(words[at - 1]):  # the Communist Party’s Propaganda Department
        at -= 1
    return " ".join([*words[at : len(words) - size], name])


def _head_before_preposition(words: Sequence[str]) -> list[str] | None:
    """The words before a phrase's first in, at, from or of, when they can be its head.

    >>> _head_before_preposition("one trader in Oslo".split()), _head_before_preposition(["Oslo"])
    (['one', 'trader'], None)
    >>> _head_before_preposition("the Bank of England".split()) is None
    True
    >>> _head_before_preposition("the Campaign for Clean Air".split()) is None
    True
    """
    for at, word in enumerate(words[1:-1], start=1):
        if word in _PREPOSITIONS:
            head = list(words[:at])
            body = word in ("of", "for") and _names_a_body(head, words[at + 1 :])
            return None if body else head
    return None


def _names_a_body(head: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether a name, "of" (or "for") and ``tail`` make one body (Friends of the Earth).

    After "of the", only a head that is a body or a plural is (Ana Ruiz of the Trust is not).

    >>> _names_a_body(["Friends"], ["the", "Earth"]), _names_a_body(["Ruiz"], ["the", "Trust"])
    (True, False)
    """
    if not _is_name_word(head[-1]):
        return False
    if tail[0] != "the":
        return _is_name_word(tail[0]) and not _is_personal_name(head)
    body = head[-1] in ORG_WORDS or head[-1] in GROUP_NOUNS
    return body and len(tail) > 1 and _is_name_word(tail[1]) and all(map(_is_name_word, head))


def _is_personal_name(head: Sequence[str]) -> bool:
    """Whether the words before "of" end in a person's name (after a title or role), not a body's.

    A person's affiliation follows "of" with or without "the" (Judge Rafael Ortiz of Federal
    District Court), while a body's head word is a body or group word (Bank of England).

    >>> _is_personal_name("Judge Rafael Ortiz".split()), _is_personal_name(["Bank"])
    (True, False)
    >>> _is_personal_name("Central Bank".split())
    False
    >>> _is_personal_name("consumer advocate William Huang".split())  # a role, then the name
    True
    """
    if not head or head[0].lower() in ("the", "a", "an"):
        return False  # the National Bureau (of Statistics): a body's article
    last_names = list(itertools.takewhile(_is_name_word, reversed(head)))  # a role, then a name
    body = any(word in ORG_WORDS or word in GROUP_NOUNS for word in last_names)
    return len(last_names) >= 2 and not body


def _is_plural_opener(head: Sequence[str], after: str) -> bool:
    """Whether a one-word head before in, at, from or for is a plural noun, not a name.

    A person is rarely set in a place by "in" or "at" before the verb (Officials in Kyiv said,
    Analysts at Nomura said); a name's affiliation takes "of" (Ana Ruiz of the Trust), but
    "of" and a common noun (Residents of the estate) still make a group.

    >>> _is_plural_opener(["Officials"], "in Kyiv"), _is_plural_opener(["Jones"], "of the Trust")
    (True, False)
    >>> _is_plural_opener(["Residents"], "of the estate")
    True
    """
    word = head[0]
    preposition, _, rest = after.partition(" ")
    common = bool(rest) and rest.removeprefix("the ")[:1].islower()
    plural = len(head) == 1 and word.endswith("s") and word[1:].islower()
    return plural and (preposition != "of" or common)


def _without_article(speaker: str | None) -> str | None:
    """A body named by a proper adjective and a common noun, without its article.

    "the Belarusian embassy" names one institution, as "the Interior Ministry" does.

    >>> _without_article("the Belarusian embassy"), _without_article("the union")
    ('Belarusian embassy', 'the union')
    """
    words = speaker.split() if speaker else []
    head = _head_before_preposition(words) or words
    body = len(head) >= 3 and words[0].lower() == "the" and head[-1].lower() in INSTITUTION_NOUNS
    if body and _is_name_word(words[1]) and words[1] not in STOP_CAPS:
        return " ".join(words[1:])
    return speaker


@functools.lru_cache(maxsize=16)
def _title_case_lines(text: str) -> frozenset[int]:
    """Start offsets of lines set in title case (headlines): no evidence of a full name.

    >>> sorted(_title_case_lines("Xi Faces Hard Wartime Choices\\nMayor Linda Okafor Spoke."))
    [0]
    """
    starts, offset = set(), 0
    for line in text.split("\n"):
        if not line.rstrip(" ”’\"'").endswith("."):  # (cheap, so first)
            initials = _LONG_WORD_INITIAL.findall(line)
            capitalised = sum(map(str.isupper, initials)) >= 0.75 * len(initials)
            if len(initials) >= 3 and capitalised:
                starts.add(offset)
        offset += len(line) + 1
    return frozenset(starts)


@functools.lru_cache(maxsize=16)
def name_runs(text: str) -> tuple[tuple[int, str], ...]:
    """Every run of capitalised words outside title-case lines, with its offset.

    >>> name_runs("In Beijing, Mr. Xi and Mr. Putin met.")
    ((3, 'Beijing'), (12, 'Mr. Xi and Mr. Putin'))
    """
    headlines = _title_case_lines(text)
    runs = []
    for match in _NAME_RUN.finditer(text):
        if headlines and text.rfind("\n", 0, match.start()) + 1 in headlines:
            continue
        words = match[0].split()
        while words and words[0] in STOP_CAPS:
            words.pop(0)
        if words:
            run = " ".join(words)
            runs.append((match.end() - len(run), run))
    return tuple(runs)


#: An affiliation after a name: Dr. Ana Lind of the University of Oslo, Tom Lee of Britain.
AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+")

#: What cuts an organisation's name before the part a rule read: a plural possessive (National
#: Farmers’ | Union) or a small word (Employment and | Labour Relations Court).
_CUT_NAME = re.compile(
    rf"(?:{CAP}\s+)*(?:{CAP}(?:s[’']|\s+and)|(?:{'|'.join(sorted(ORG_WORDS))})\s+(?:for|of)(?:\s+the)?)"
    r"\s+$"
)  # not "Shares of | Brackley Group": a name's own word before "of" (Department of | Health)


_THE_END = re.compile(r"\b[Tt]he\s+$")


def whole_name(speaker: str, text: str, at: int) -> str:
    """An organisation's name cut at a plural possessive or a small word, made whole.

    The nearest use of ``speaker`` before ``at`` is read back over what cut it, at most twice,
    and across "and" only inside "the … and …" (not Google and | Stanford University). Only for
    a name with an organisation's word (Union, Court): "Xi and Putin" are two names.

    >>> text = "According to the National Farmers’ Union, members had “no say”."
    >>> whole_name("Union", text, 50)
    'National Farmers’ Union'
    >>> whole_name("Labour Relations Court", "the Employment and Labour Relations Court said", 46)
    'Employment and Labour Relations Court'
    >>> whole_name("Putin", "Xi and Putin met", 16)
    'Putin'
    >>> whole_name("Stanford University", "Researchers at Google and Stanford University said", 50)
    'Stanford University'
    """
    if not ORG_WORDS & set(speaker.split()):
        return speaker
    end = text.rfind(speaker, 0, at)
    if end < 0:
        return speaker
    start = end
    for _ in range(2):  # National Farmers’ | Union; Health and | Allied Workers' | Union
        cut = _CUT_NAME.search(text, max(0, start - 80), start)
        joined = cut and re.search(r"\sand\s+$", cut.group())
        if cut is None or (
            joined and not _THE_END.search(text, max(0, cut.start() - 8), cut.start())
        ):
            break  # Google and | Stanford University: two bodies, unless "the … and …"
        start = cut.start()
    words = text[start:end].split()
    while words and words[0] in STOP_CAPS:
        words.pop(0)
    return " ".join([*words, speaker])


@functools.lru_cache(maxsize=4096)
def person(run: str) -> str | None:
    """A run of capitalised words as a person's name (two words, or a title), if it reads so.

    >>> person("Governor Tomas Lindqvist"), person("Tuesday"), person("Lincoln High")
    ('Tomas Lindqvist', None, None)
    >>> person("Russian Tu-95s"), person("Chinese Premier Li Keqiang"), person("New Zealand")
    (None, 'Li Keqiang', None)
    """
    name = _strip_title(run)
    words = _HONORIFIC_PREFIX.sub("", name).split()
    titled = name != run or len(words) < len(name.split())
    if " and " in run or ORG_WORDS & set(words) or not 1 <= len(words) <= 4:
        return None
    if any(c.isdigit() for c in name) or words[0] in NATIONAL_ADJECTIVES - _GIVEN_NAMES:
        return None  # Russian Tu-95s, Chinese H-6: things, not people
    if len(words) >= 2 and all(w.isupper() for w in words):
        return None  # KUALA LUMPUR: a dateline, not a person
    if all(w in PLACE_NAMES for w in words):
        return None  # New Zealand, Hong Kong: a place
    return name if titled or len(words) >= 2 else None


@functools.lru_cache(maxsize=16)
def _full_forms(text: str) -> tuple[tuple[str, ...], ...]:
    """Every name in the text as words, without titles and honorifics, in text order.

    Names of places and bodies (a word like Games, Ministry) and runs of more than four
    words are left out.

    >>> _full_forms("President Vladimir V. Putin met Mr. Xi at the Olympic Games.")
    (('Vladimir', 'V.', 'Putin'), ('Xi',))
    """
    forms: list[tuple[str, ...]] = []
    for run in dict.fromkeys(run for _, run in name_runs(text)):  # each run once, in order
        forms += _forms_of(run)
    return tuple(dict.fromkeys(forms))


@functools.lru_cache(maxsize=4096)
def _forms_of(run: str) -> tuple[tuple[str, ...], ...]:
    """The names in a run of capitalised words, as in :func:`_full_forms`.

    >>> _forms_of("Foreign Minister Wang Yi and Mr. Lavrov")
    (('Wang', 'Yi'), ('Lavrov',))
    """
    forms = []
    for piece in run.split(" and "):
        words = tuple(_HONORIFIC_PREFIX.sub("", _strip_title(piece)).split())
        if words and len(words) <= 4 and not ORG_WORDS & set(words):
            forms.append(words)
    return tuple(forms)


@functools.lru_cache(maxsize=16)
def _longer_forms(text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """For every start and end of a name in the text, the longest name that has it.

    Of names equally long, the first in the text wins; :func:`_fullest` looks names up
    here instead of going through every name of the text for every quotation.

    >>> _longer_forms("Xi Jinping met Xi.")[("Xi",)]
    ('Xi', 'Jinping')
    """
    longest: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words in _full_forms(text):
        for size in range(1, len(words) + 1):
            for part in (words[:size], words[-size:]):
                if len(words) > len(longest.get(part, ())):
                    longest[part] = words
    return longest


@functools.lru_cache(maxsize=1024)  # a text names the same speakers again and again
def _fullest(name: str, text: str) -> str:
    """The fullest form of one name in the text (Xi -> Xi Jinping); else the name.

    >>> _fullest("Mr. Putin", "Vladimir V. Putin arrived. Mr. Putin spoke.")
    'Vladimir V. Putin'
    """
    base = tuple(_HONORIFIC_PREFIX.sub("", name).split())
    if not base or not all(_is_name_word(w) for w in base):
        return name
    longer = _longer_forms(text).get(base, base)
    return " ".join(longer) if len(longer) > len(base) else name


def full_name(speaker: str | None, text: str) -> str | None:
    """The fullest form of a speaker's name(s) found in the same text.

    >>> full_name("Daly", "Robert Daly, the director, told me. Daly said so.")
    'Robert Daly'
    >>> full_name("the document", "…"), full_name(None, "…")
    ('the document', None)
    """
    if speaker is None:
        return None
    return " and ".join(_fullest(part, text) for part in speaker.split(" and "))
