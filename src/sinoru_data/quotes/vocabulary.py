"""The words the rules know: reporting verbs, titles, word lists and name patterns.

Every list is plain data, so a new reporting verb ("quipped") or title is one word added
here. The upper-case strings are regular-expression fragments that the rules combine:
:data:`NP` is a short noun phrase, :data:`NAMES` a run of capitalised names, :data:`CAP`
one capitalised word or initials.

>>> import re
>>> re.fullmatch(SPEECH, "pointed  out") is not None, re.fullmatch(NAMES, "Mr. Xi") is not None
(True, True)
"""

from __future__ import annotations

import re


def _words(*groups: str) -> str:
    """A regex alternation of words and phrases, longest first.

    Each group is split on ``|`` when it has one (phrases), else on spaces.

    >>> _words("said says", "pointed out")
    '(?:(?:out|pointed|sa(?:id|ys)))'
    >>> _words("said says", "pointed out|went on")
    '(?:(?:pointed\\\\s+out|sa(?:id|ys)|went\\\\s+on))'
    """
    items = [w for group in groups for w in (group.split("|") if "|" in group else group.split())]
    return "(?:" + _alternation(sorted(set(items))) + ")"


def _alternation(words: list[str]) -> str:
    """A regex for any of ``words``, as a tree of their common beginnings.

    Where one word begins another (say, saying), the longer is tried first. A tree lets
    the regex engine test each letter once instead of once per word.

    >>> _alternation(["say", "said", "saying"])
    'sa(?:id|y(?:ing)?)'
    """
    if words == [""]:
        return ""
    following: dict[str, list[str]] = {}
    for word in words:
        if word:
            following.setdefault(word[0], []).append(word[1:])
    branches = [
        (r"\s+" if first == " " else re.escape(first)) + _alternation(rest)
        for first, rest in sorted(following.items())
    ]
    if len(branches) == 1 and "" not in words:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if "" in words else ")")


# --------------------------------------------------------------------------- reporting verbs

SPEECH = _words(
    "said says say told tells tell added adds wrote writes write argued argues warned warns",
    "noted notes asked asks explained explains stated insisted insists claimed claims declared",
    "declares asserted asserts replied replies stressed stresses recalled concluded conceded",
    "acknowledged admitted complained predicted suggested observed remarked announced tweeted",
    "responded cautioned urged urges vowed vows promised confirmed maintained continued accused",
    "telling|pointed out|points out|went on",
)
CALL = r"(?:call(?:s|ed|ing)(?!\s+(?:for|on|off|up|out|in|back)\b))"
NAMING = _words(
    "described describes describing dismissed dismisses dismissing branded brands branding",
    "labelled labeled labels labelling dubbed dubs characterised characterized portrayed",
).replace("(?:", f"(?:{CALL}|", 1)
SENTENCE_CUES = _words(
    "say said says saying told argued argues arguing claimed claims claiming declared declaring",
    "asserted asserting insisted insisting warned warning wrote writes accused accusing",
    "criticised criticized described describing dismissed dismissing branded labelled vowed",
    "promised pledged urged stated noted added adding adds tells tell telling blamed blaming",
    "rejects rejected hails hailed",
    "called on|calls on|calling on",
).replace("(?:", f"(?:{CALL}|", 1)
HEADLINE_VERBS = _words(
    "say says warn warns tell tells insist insists claim claims demand demands urge urges",
    "vow|vows|speak|speaks|hit back|hits back|call for|calls for",
)
WHEN = _words(  # what a time phrase before a verb names (the ministry on Thursday said)
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year weekend night",
    "morning afternoon evening",
)
AUX = _words("has have had is are was were will would can could may might must should did does")

# --------------------------------------------------------------------------- names and phrases

TITLES = _words(
    "President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Minister",
    "Premier|Chancellor|Secretary of State|Secretary|Senator|Sen.|Representative|Rep.|Governor",
    "Gov.|Mayor|General|Gen.|Admiral|Colonel|Col.|Judge|Chairman|Chairwoman|Chair|Director",
    "Professor|Prof.|King|Queen|Prince|Princess|Pope|Ambassador|Commissioner|Spokesman",
    "Spokeswoman|Spokesperson|Coach|Captain|Capt.|Chief Executive|Chief|CEO|Leader|Sir|Dame",
)
#: Job and role words that stand before a name like a title, capitalised only where they open a
#: sentence or a headline (Winger Ade Bello said). Words that are also common surnames
#: (Baker, Cook, Porter, Mason, Fisher) are left out.
ROLE_WORDS = _words(
    "Winger Striker Defender Midfielder Goalkeeper Quarterback Pitcher Batsman Bowler",
    "Boxer Sprinter Cyclist Golfer Jockey Skier Swimmer Manager Lawyer Barrister Solicitor",
    "Attorney Prosecutor Analyst Economist Engineer Author Novelist Poet Historian Scientist",
    "Researcher Activist Campaigner Journalist Reporter Correspondent Columnist Commentator",
    "Officer Inspector Detective Sergeant Constable Nurse Surgeon Physician Teacher Headteacher",
    "Pensioner Shopkeeper Founder Investor Trader Banker Diplomat Envoy Lawmaker",
    "Legislator Councillor Councilor Candidate Actor Actress Singer Drummer Guitarist Musician",
    "Rapper Comedian Artist Filmmaker Photographer Architect Designer Chef Entrepreneur",
    "Firefighter Paramedic Soldier Sociologist Psychologist Biologist",
    "Physicist Chemist Epidemiologist Virologist Climatologist Scholar Sinologist Strategist",
    "Adviser Advisor Consultant Negotiator Organiser Organizer Spokesperson",
)
HONORIFIC = r"(?:Mrs|Mr|Ms|Mx|Dr|Prof)\."
#: A capital letter, accented ones included (Ömer Çelik, Łukasz Nowak), as a character class.
UPPER = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
CAP = rf"(?:(?:[A-Z]\.)+|{UPPER}[\w\-]*(?:[’']{UPPER}[\w\-]*)?)"
TOKEN = rf"(?:(?:Mrs|Mr|Ms|Mx|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Col|Capt)\.|{CAP}|[\w’'\-]+)"
NP = rf"(?:{TOKEN}\s+){{0,5}}?{TOKEN}"  # a short noun phrase: one to six words
_NOT_ABBREVIATED = r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\b[A-Z])"
NP_END = (  # a short noun phrase up to punctuation or a preposition (said Drew Thompson, a ...)
    rf"{NP}{_NOT_ABBREVIATED}(?=\s*(?:[,.;:!?()—–]|$)|\s+(?:in|on|at|from|after|before|during|"
    r"who|which|that|when|while|last|this|yesterday|today|earlier|later|to)\b)"
)
NAMES = rf"(?:{HONORIFIC}\s+)?{CAP}(?:\s+(?:{HONORIFIC}\s+)?{CAP})*"
PAIR = rf"{NAMES}(?:\s+and\s+{NAMES})?"


# --------------------------------------------------------------------------- word lists


def _wordset(*lines: str) -> frozenset[str]:
    """The set of the words in some lines of text.

    >>> sorted(_wordset("a b ", "c"))
    ['a', 'b', 'c']
    """
    return frozenset(" ".join(lines).split())


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
STOP_CAPS = _wordset(
    "The A An This That These Those It Its He She They We I You Our Their His Her In On At As "
    "After Before Since During Despite While When Where What Who If For From By With Without "
    "But And Or So Yet Then Still Meanwhile However Although Though Both Each Every Some Many "
    "Most No Not Today Yesterday Last Next There Here Such Only Even Also Just Politically "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June "
    "July August September October November December"
)
ORG_WORDS = _wordset(
    "Games Olympics Olympic Times Post Daily News University Institute Center Centre Council "
    "Ministry Party Department Monitor Review Journal Agency Group Bank Street City Province "
    "Republic Union Committee Foundation Association Office House Court Army Forces War Cup "
    "League Club Company Corporation Fund School College High Road Square Park River Sea "
    "Island States Kingdom Federation Commission Authority Service Police Initiative Treaty "
    "Affairs Relations Studies Policy Research Navy Guard"
)
#: Words that mark a capitalised run as a business (Acme Foods, Norbury Motors): what
#: "the company" or "the firm" later in the text refers to.
CORPORATE_WORDS = _wordset(
    "Foods Food Pharma Pharmaceuticals Motors Airlines Airways Group Holdings Inc. Inc Corp. "
    "Corp Ltd Ltd. plc PLC LLC Bank Energy Oil Gas Capital Technologies Technology Systems "
    "Media Brands Industries Steel Mining Telecom Entertainment Partners Company Corporation "
    "Co. Electric Power Insurance Logistics Software Labs Networks Resources Petroleum "
    "Chemicals Beverages Retail Stores Semiconductor Semiconductors Automotive Aerospace"
)
#: What "the company" may be called: common nouns for a business.
BUSINESS_NOUNS = _wordset(
    "company firm group carmaker automaker retailer airline lender insurer manufacturer maker "
    "chain supermarket startup operator broadcaster publisher developer business conglomerate"
)
#: What "the ministry" may be called: bodies whose names carry the same noun (the Ministry of
#: Finance, the Harbour Authority). Not "union" or "party": the union may be any union.
BODY_NOUNS = _wordset(
    "ministry agency department council commission committee authority court bank club "
    "university institute foundation company corporation"
)
FUNCTION_WORDS = _wordset(
    "a an the and but or nor as that than then if so to of in on at by for from with into about "
    "after before since while when where which who whom whose what why how there here this these "
    "those is are was were be been being has have had do does did will would can could may might "
    "must should not no yet also over under against through across between among amid toward "
    "towards upon via"
)
CLAUSE_WORDS = _wordset(
    "and but or nor as that after before when while because since if with although though where "
    "which who whom whose whether so than until once at in on of for from by to into about over "
    "under against what"
)
INTRO_WORDS = _wordset(
    "in on at after before since during despite while when as although though if for from by "
    "with without under over however still meanwhile yet but and so then today yesterday last "
    "this earlier later instead beyond"
)
DOCUMENT_WORDS = _words(
    "essay article report statement letter book column op-ed paper post tweet speech blog memo",
    "interview remarks comments message study analysis editorial notice",
)
SAY = re.compile(  # verbs of saying: their object is someone's words, not a name
    _words(
        "say says said saying tell tells told telling write writes wrote writing argue argues",
        "argued arguing claim claims claimed claiming insist insists insisted insisting warn",
        "warns warned warning note notes noted noting add adds added adding stated",
    ),
    re.IGNORECASE,
)
