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


def _wordset(*lines: str) -> frozenset[str]:
    """The set of the words in some lines of text.

    >>> sorted(_wordset("a b ", "c"))
    ['a', 'b', 'c']
    """
    return frozenset(" ".join(lines).split())


# --------------------------------------------------------------------------- reporting verbs

_IRREGULAR = {  # verb -> past, for the verbs of saying whose past is not verb + ed
    "say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "swear": "swore",
    "forecast": "forecast", "hit": "hit", "shoot": "shot", "put": "put", "go": "went",
}  # fmt: skip


def _inflect(lemma: str) -> list[str]:
    """A verb's forms: lemma, third person, past and -ing (``+`` after the verb doubles its consonant).

    A phrasal verb inflects its first word (point out -> pointed out).

    >>> _inflect("say"), _inflect("admit+")
    (['say', 'says', 'said', 'saying'], ['admit', 'admits', 'admitted', 'admitting'])
    >>> _inflect("point out")
    ['point out', 'points out', 'pointed out', 'pointing out']
    >>> _inflect("testify"), _inflect("urge")
    (['testify', 'testifies', 'testified', 'testifying'], ['urge', 'urges', 'urged', 'urging'])
    >>> _inflect("put+ it"), _inflect("go on")
    (['put it', 'puts it', 'put it', 'putting it'], ['go on', 'goes on', 'went on', 'going on'])
    """
    first, _, rest = lemma.partition(" ")
    verb, tail = first.rstrip("+"), f" {rest}" if rest else ""
    stem = verb + verb[-1] if first.endswith("+") else verb
    if verb.endswith("y") and verb[-2] not in "aeiou":
        third, past, ing = verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    elif verb.endswith("e"):
        third, past, ing = verb + "s", verb + "d", verb[:-1] + "ing"
    else:
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "o")) else "s")
        past, ing = stem + "ed", stem + "ing"
    past = _IRREGULAR.get(verb, past)
    return [f"{form}{tail}" for form in (verb, third, past, ing)]


def _verb_forms(*groups: str, forms: str = "0123") -> str:
    """The forms of some verbs (as :func:`_inflect` gives them, those whose index is in ``forms``).

    >>> _verb_forms("say", forms="2")
    'said'
    """
    lemmas = [w for group in groups for w in group.split("|")]
    return "|".join(sorted({_inflect(w)[int(i)] for w in lemmas for i in forms}))


#: Verbs of saying that are never nouns: every form frames someone's words (said X, X says).
_SAYING = (
    "say|tell|add|write|argue|warn|ask|explain|insist|declare|assert|stress|recall|conclude|"
    "concede|acknowledge|admit+|complain|predict|suggest|observe|announce|respond|caution|urge|"
    "vow|confirm|maintain|continue|accuse|testify|remind|express|recount|reiterate|emphasise|emphasize|"
    "underline|underscore|contend|allege|disclose|reveal|affirm|reaffirm|lament|boast|brag+|"
    "plead|beg+|exclaim|whisper|murmur|mutter|shout|yell|scream|grumble|retort|quip+|scoff|"
    "sneer|proclaim|threaten|assure|reassure|inform|advise|instruct|implore|elaborate|clarify|"
    "specify|indicate|speculate|wonder|inquire|enquire|interject|opine|posit|recommend|"
    "confess|deny|swear|agree|disagree|apologise|apologize|reflect|chant|"
    "point out|go on|put+ it|hit+ back|shoot back|fire back|sum+ up|chime in|weigh in|spell out"
)
#: Verbs of saying whose lemma and third person are also nouns (a note, the claims, a post):
#: only their past and -ing forms frame words; claims and notes are kept, as before. Not
#: "reported": a medium that reports someone's words is not their speaker (…, CCTV reported).
_SAYING_NOUNS = (
    "note|claim|state|post|comment|remark|answer|reply|counter|charge|cry|quote|"
    "question|object|message|text|email|signal|hint|protest|joke|laugh|sigh|snap+|estimate|rule|"
    "demand|pledge|promise|muse|blog+|tweet|pen+|counsel|venture|volunteer|repeat|thunder|flag+"
)
SPEECH = _words(
    _verb_forms(_SAYING),
    _verb_forms(_SAYING_NOUNS, forms="2"),
    "claims|notes|replies",
)
CALL = (  # not a call: called for, call off, a video call had lasted, the call was, calls that …
    r"(?:call(?:s|ed|ing)?(?!\s+(?:for|on|off|up|out|in|back|with|between|had|has|was|is|"
    r"will|would|lasted|ended)\b)(?!\s+that\b(?!(?:\s+[\w\-’']+){0,2}\s*(?:[“\"‘']|$)))"
    r"(?<!call(?=\s+that\b))(?<!calls(?=\s+that\b))(?<!calling(?=\s+that\b)))"
    # "called that claim “…”" names it; "called that hotline" and "calls that …" do not
)
NAMING = _words(
    "described describes describing dismissed dismisses dismissing branded brands branding",
    "labelled labeled labels labelling dubbed dubs characterised characterized portrayed",
    "termed terms names",  # not "named": a dog named “Rex” has no speaker
).replace("(?:", f"(?:{CALL}|", 1)
#: Verbs that judge something "as" the speaker's words put it (slammed the plan as “…”). Without
#: "as", the quoted object of a verb of blame is often the target's own phrase (critics mocked
#: the government’s “world-beating” system), so only :data:`_PRAISING` counts there.
_JUDGING = (
    "criticise|criticize|describe|dismiss|brand|label+|blame|reject|slam+|blast|condemn|"
    "denounce|decry|attack|mock|deride|ridicule|fault|scold|rebuke|chide|castigate|lambast|"
    "hail|praise|welcome|applaud|laud|defend|hit+ out|lash out"
)
#: Verbs of approval and defence: their object holds the speaker's own words (Putin hails
#: Beijing’s “principled stance”; the minister defended her “fair” budget).
_PRAISING = (
    "hail|praise|welcome|applaud|laud|defend|commend|salute|celebrate|tout|champion|thank|"
    "congratulate|cite"
)
#: Verbs of saying that often mean something else when the quotation is further off (agreed
#: to, continued to, revealed a plan): only right beside a quotation are they its cue.
_SAYING_NEARBY = _wordset(
    "agree disagree continue reflect indicate signal reveal inform advise recommend wonder",
    "question object deny specify elaborate clarify hint text message email reassure assure",
    "instruct volunteer venture counsel muse joke laugh sigh snap+ repeat",
)
#: Every form of those verbs (agrees, revealed): no headline's verb of saying (EU agrees … ‘…’).
SAYING_NEARBY = _words(_verb_forms("|".join(sorted(_SAYING_NEARBY))))
#: Speaking "of" something, which the quotation names (spoke of her “nine months of hell”).
_SPEAKING_OF = (
    "spoke of|spoken of|speaks of|speak of|speaking of|talked of|talks of|talking of|"
    "referred to|refers to|refer to|referring to"
)
SPEAKING_OF = _words(_SPEAKING_OF)
SENTENCE_CUES = _words(
    _verb_forms("|".join(w for w in _SAYING.split("|") if w not in _SAYING_NEARBY)),
    _verb_forms(
        "|".join(w for w in _SAYING_NOUNS.split("|") if w not in _SAYING_NEARBY), forms="2"
    ),
    "claiming noting stating commenting replying pledging promising demanding ruling terming",
    "claims notes replies criticised criticized described describing dismissed dismissing branded",
    "labelled blamed blaming rejects rejected hails hailed",
    "called on|calls on|calling on",
    "appealed to|appealing to|attributed to|attributing to",  # not the nouns: repeated appeals to
    "assured assures assuring",
    "condemn condemns condemned condemning deplore deplores deplored deploring",
    _SPEAKING_OF,
).replace("(?:", f"(?:{CALL}|(?<=to )demand(?= that)|found(?= that)|", 1)  # voted to demand that …
#: A verb of judging right before its object (praised the “…”, slammed the plan as “…”).
JUDGING = _words(_verb_forms(_JUDGING))
PRAISING = _words(_verb_forms(_PRAISING))
#: What a headline's subject does to the words it quotes (Putin hails ‘…’, Ministry rejects ‘…’):
#: the lemma (plural subjects: Nurses warn) and third person of verbs of saying and judging.
HEADLINE_VERBS = _words(
    _verb_forms(_SAYING, _JUDGING, _PRAISING, forms="01"),
    "claim|claims|report|reports|call for|calls for|speak|speaks|speak out|speaks out|pay tribute",
    "pays tribute|break silence|breaks silence|open up|opens up|react|reacts",
    "pledge|pledges|promise|promises|voice|voices|invite|invites",  # Xi and Putin pledge ‘…’
)
WHEN = _words(  # what a time phrase before a verb names (the ministry on Thursday said)
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year weekend night",
    "morning afternoon evening",
)
#: Words that label a headline before its colon (Analysis: …), not a speaker.
HEADLINE_LABELS = _words(
    "Analysis Opinion Comment Editorial Exclusive Explainer Explained Breaking Live Update Watch",
    "Video Photos Podcast Review Interview Profile Obituary Factbox Timeline Letters Q&A Briefing",
    "Listen Read Poll Quiz Correction",
)
#: A word after one of these is a noun (the claims, a warning), not a reporting verb.
_DETERMINERS = ("the", "The", "a", "A", "an", "An", "its", "his", "her", "their", "these", "those")
NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{word}\s)" for word in (*_DETERMINERS, "such"))
#: A verb after a modal is not a report of words said (Moscow would respond “…”).
NOT_AFTER_MODAL = "".join(
    rf"(?<!\b{word}\s)" for word in ("would", "will", "could", "might", "may", "should", "must")
)
#: Common irregular past tenses: the verb after a sentence's subject (Judge Roy froze the fund).
PAST = _words(
    "froze gave took made went came saw found left won lost met ran began broke chose drove",
    "rose fell held kept led paid sent set shut struck threw hit cut put sold stood sought",
    "thought brought bought fought taught caught understood withdrew drew grew knew flew",
    "overtook upheld overrode forbade forgave bit bore spent lent built dealt felt heard meant",
)
AUX = _words("has have had is are was were will would can could may might must should did does")

# --------------------------------------------------------------------------- names and phrases

TITLES = _words(
    "President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Minister",
    "Premier|Chancellor|Secretary of State|Secretary|Senator|Sen.|Representative|Rep.|Governor",
    "Gov.|Mayor|General|Gen.|Admiral|Colonel|Col.|Judge|Chairman|Chairwoman|Chair|Director",
    "Professor|King|Queen|Prince|Princess|Pope|Ambassador|Commissioner|Spokesman",
    "Spokeswoman|Spokesperson|Coach|Captain|Capt.|Chief Executive|Chief|CEO|Leader",
    "Magistrate|Bishop|Archbishop|Cardinal|Rabbi|Imam|Reverend|Rev.|Pastor|Sheriff|Lieutenant",
    "Lt.|Sergeant|Sgt.|Corporal|Cpl.|Brigadier|Commander|Cmdr.|Superintendent|Supt.|Speaker",
    "Treasurer|Comptroller|Councilman|Councilwoman|Alderman|Assemblyman|Assemblywoman",
    "Congressman|Congresswoman|MP|MEP|Sheikh|Emir|Sultan|Ayatollah|Chairperson|Chief Constable",
    "Attorney General|Solicitor General|Surgeon General|Inspector General|Auditor General",
    "Secretary General|Director General|Curator|Principal|Provost|Rector",
    "Coroner|Ombudsman|Registrar|Chaplain|Head Teacher|Headmaster|Headmistress",
    "County Executive|Executive|Chief Inspector|Chief Superintendent|Inspector|Insp|Insp.|Sgt",
    "Supt|Det|DCI|Cllr|Cllr.",  # British police ranks and councillors, printed without periods
    "Cr|SP|Garda|Whip|TD|Vice-chancellor|Vice-Chancellor",  # Australian, Nigerian, Irish …
    "Coun|Coun.|Undersecretary|Under Secretary|Administrator|Special Agent|Agent",
    "Council Member|Councilmember|Regent|Trustee|Auditor|Controller|Selectman|Selectwoman",
    "Chief Justice|Justice|State Councilor|State Councillor|Councilor|Councillor|Attorney",
    "Officer|MSP|MLA|MLC|Prosecutor|Assessor|Trooper|Capt|Clerk|Fire Marshal|Group Manager",
    "Brig Gen|Brig|Maj Gen|Lt Gen|Lt Col|Maj",  # ranks printed without periods
    "Datuk Seri|Datuk|Dato' Sri|Dato'|Dato|Datin|Tan Sri|Puan Sri|Tun",  # Malaysian titles
)
#: Words that end a title's portfolio (Minister for European Affairs Jo Holt): never a name's first.
PORTFOLIO_WORDS = _words(
    "Affairs Industry Trade Health Education Defence Defense Finance Justice Security",
    "Development Environment Information Communications Transport Energy Culture Sport Sports",
    "Tourism Housing Labour Labor Agriculture Fisheries Works Resources Planning Welfare",
    "Employment Innovation Technology Science Commerce Relations Services Equalities Arts",
    "Heritage Infrastructure Climate Economy Digital Rural Water Interior Safety Land",
)
#: What may stand before or after a title: Vice-Chancellor, Governor-elect.
TITLE_PREFIX = r"(?:(?:Vice|Deputy|Under|Co|Acting|Interim|Ex)-)?"
TITLE_SUFFIX = r"(?:-elect|-designate|-in-waiting|-[Gg]eneral)?"
#: Job and role words that stand before a name like a title, capitalised only where they open a
#: sentence or a headline (Winger Ade Bello said). Words that are also common surnames
#: (Baker, Cook, Porter, Mason, Fisher) are left out.
ROLE_WORDS = _words(
    "Winger Striker Defender Midfielder Goalkeeper Quarterback Pitcher Batsman Bowler",
    "Selector Skipper Seamer Opener Batter Recorder Advocate Meteorologist Forecaster Soprano",
    "Tenor Incumbent Composer Conductor Playwright Director Front-runner Frontrunner Challenger",
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
    "Curator Editor Librarian Archivist Pathologist Pharmacist Dentist Midwife Pilot Farmer",
    "Fisherman Landlord Tenant Student Lecturer Accountant Auditor Executive Supervisor",
    "Coordinator Administrator Volunteer Mediator Referee Umpire Trainer Owner Producer",
    "Co-star Co-founder Co-author Co-host Teammate Bandmate",
    "Guard Forward Centre Center Flanker Fly-half Scrum-half Keeper Catcher Shortstop Linebacker",
    "Commuter Passenger Resident Shopper Voter Patient Parent Neighbour Neighbor Survivor Witness",
    "Promoter Publican Landlady Landlord",
)
#: Letters after a name that are not part of it (Callum Baird MSP, Ann Lee KC).
POST_NOMINALS = frozenset(
    {"MP", "MSP", "MS", "MEP", "MLA", "MLC", "TD", "QC", "KC", "SC", "BL", "OBE", "MBE", "CBE"}
)
#: Nouns for an unnamed person who may speak (one mother, a witness, a retired teacher).
PERSON_NOUNS = frozenset(w.lower() for w in ROLE_WORDS) | _wordset(
    "man woman mother father son daughter wife husband sister brother girl boy friend relative",
    "teenager neighbour neighbor official diplomat source insider resident witness victim fan",
    "minister spokesman spokeswoman spokesperson ambassador envoy president chairman chairwoman",
    "governor mayor senator director commissioner secretary chief",
    "developer engineer worker employee nurse doctor teacher student driver farmer trader banker",
    "analyst lawyer economist scholar researcher scientist executive manager owner customer",
    "passenger patient parent voter protester activist shopkeeper retiree pensioner miner",
    "pilot officer soldier veteran judge defendant accused suspect prosecutor coroner",
)
#: Kept in a speaker's name, as the text names the person (Mr. Xi, Dr. Cho, Sir Geoffrey Lyle).
HONORIFIC = r"(?:(?:Mrs|Mr|Ms|Mx|Dr|Prof)\.|(?:Sir|Dame|Lord|Lady)(?=\s+[A-Z]))"
#: A capital letter, accented ones included (Ömer Çelik, Łukasz Nowak), as a character class.
UPPER = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
CAP = rf"(?:(?:[A-Z]\.)+|{UPPER}[\w\-]*(?:[’']{UPPER}[\w\-]*)?)"
#: A title's portfolio, one part or more (of State, for Trade and Industry): Minister of State
#: for Trade and Industry Goh Pei Ling.
PORTFOLIO = rf"(?:\s+(?:for|of)\s+(?:the\s+)?{CAP}(?:(?:\s+|,\s+|\s+(?:and|&)\s+){CAP})*?)+?"
#: Abbreviations whose period does not end a name (Rep. Dana Cole, Lt. Gen. Ivo Tam).
ABBREVIATIONS = (
    "Mrs", "Mr", "Ms", "Mx", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Col",
    "Capt", "Lt", "Sgt", "Maj", "Rev", "Supt", "Cmdr", "Cpl", "Coun", "Insp", "Det", "Const",
    "Atty", "Adm", "Hon", "Cllr", "Brig", "Pres", "Fr", "Amb",
)  # fmt: skip
TOKEN = rf"(?:(?:{'|'.join(ABBREVIATIONS)})\.|{CAP}|[\w’'\-]+)"
NP = rf"(?:{TOKEN}\s+){{0,5}}?{TOKEN}"  # a short noun phrase: one to six words
_NOT_ABBREVIATED = "".join(rf"(?<!\b{word})" for word in (*ABBREVIATIONS, "[A-Z]"))
NP_END = (  # a short noun phrase up to punctuation or a preposition (said Drew Thompson, a ...)
    rf"{NP}{_NOT_ABBREVIATED}(?=\s*(?:[,.;:!?()—–]|$)|\s+(?:in|on|at|from|after|before|during|"
    r"who|which|that|when|while|last|this|yesterday|today|earlier|later|to)\b)"
)
#: Small words inside a person's name (Ramon delos Reyes, Ursula von der Leyen).
NAME_PARTICLES = "(?:de|van|von|der|den|bin|binti|ibn|al|da|di|du|del|della|delos|dos|das|le|la|ng)"
NAMES = rf"(?:{HONORIFIC}\s+)?{CAP}(?:\s+(?:{HONORIFIC}\s+)?{CAP})*"
#: An unnamed source set by what it knows (a person familiar with the talks, officials close to
#: the Kremlin, two people briefed on the plans): one speaker, as printed.
KNOWING_SOURCE = (
    rf"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Tt]he)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    r"(?i:person|people|source|sources|official|officials|insider|insiders|someone|diplomat|"
    r"diplomats|banker|bankers|executive|executives|analyst|analysts|figure|figures)\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    rf"involved\s+in|aware\s+of)\s+(?:{TOKEN}\s+){{0,3}}?{TOKEN}"
)
#: An unnamed person set by where they work (one trader at a private refinery in Qingdao).
LONG_ROLE = (
    r"(?:the|a|an|one)\s+(?:[a-z][\w\-]*\s+){1,3}?(?:at|in|of|for|from|with)\s+"
    r"(?:[\w\-’']+\s+){1,7}?[\w\-’']+"
)
#: A longer phrase that ends in a two-word name: a firm, a title and the person (Harlow & Finch
#: chief executive Maureen Tsai); the name is read from it as from any phrase.
TITLED_NAME = rf"(?:(?:{TOKEN}|&)\s+){{1,8}}?{CAP}\s+{CAP}"
PAIR = rf"{NAMES}(?:\s+and\s+{NAMES})?"
#: A body's name with small words inside (Union of Industrialists and Entrepreneurs, Doctors
#: Without Borders, Department for Environment, Food and Rural Affairs) or a body named by its
#: owner and its place (China's mission to the EU).
LONG_NAME = (
    rf"(?:{NAMES}(?:\s+(?:and|&)\s+{NAMES})*(?:\s+(?:of|for|Of|For|Without)(?:\s+the)?\s+{NAMES}"
    rf"(?:(?:,\s+{NAMES})*,?\s+(?:and|&)\s+{NAMES})*)+|{NAMES}[’']s\s+[a-z]+\s+(?:to|for|in|at)\s+(?:the\s+)?{NAMES})"
)


# --------------------------------------------------------------------------- word lists


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
#: A pronoun as an object (quoted him as saying) stands for whom its subject form would.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
STOP_CAPS = _wordset(
    "The A An This That These Those It Its He She They We I You Our Their His Her In On At As "
    "After Before Since During Despite While When Where What Who If For From By With Without "
    "But And Or So Yet Then Still Meanwhile However Although Though Both Each Every Some Many "
    "Most No Not Today Yesterday Last Next There Here Such Only Even Also Just Politically One "
    "Two Three Several Few "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June "
    "July August September October November December"
)
ORG_WORDS = _wordset(
    "Games Olympics Olympic Times Post Daily News University Institute Center Centre Council "
    "Ministry Party Department Monitor Review Journal Agency Group Bank Street City Province "
    "Republic Union Committee Foundation Association Office House Court Army Forces War Cup "
    "League Club Company Corporation Fund School College High Road Square Park River Sea "
    "Island States Kingdom Federation Commission Authority Service Police Initiative Treaty "
    "Affairs Relations Studies Policy Research Navy Guard Organization Organisation "
    "Administration Stadium Arena Airport Station Bridge Hospital Museum Theatre Theater Hall "
    "Cathedral Palace Castle Prison Gallery Library Mall Tower Assembly Parliament Senate Congress "
    "Alliance"
)
#: Words that mark a capitalised run as a business (Acme Foods, Norbury Motors): what
#: "the company" or "the firm" later in the text refers to.
CORPORATE_WORDS = _wordset(
    "Foods Food Pharma Pharmaceuticals Motors Airlines Airways Group Holdings Inc. Inc Corp. "
    "Corp Ltd Ltd. plc PLC LLC Bank Energy Oil Gas Capital Technologies Technology Systems "
    "Media Brands Industries Steel Mining Telecom Entertainment Partners Company Corporation "
    "Co. Electric Insurance Logistics Software Labs Networks Resources Petroleum "
    "Chemicals Beverages Retail Stores Semiconductor Semiconductors Automotive Aerospace "
    "Hotel Hotels Films Pictures Studios Records Jets Savings Trust Fund Funds Securities"
)
#: Words that end a company's name without marking it as one elsewhere (Weald Water, Aurora
#: Air, Aotea Launch): only as the last word, for "the company", and never in a name with a
#: title or an institution's word (Housing Minister Ana Roy, Royal Air Force).
COMPANY_END_WORDS = _wordset(
    "Water Rail Air Care Homes Housing Launch Space Digital Solutions Services"
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
    "university institute foundation company corporation museum gallery hospital college",
    "library theatre theater orchestra school",
)
#: Bodies that a proper adjective names as one institution (the Chinese embassy, the French
#: navy): their article is dropped like a proper name's.
INSTITUTION_NOUNS = _wordset(
    "embassy consulate ministry government parliament army navy military cabinet "
    "administration presidency delegation mission"
)
#: Plural nouns that open a body's name before "of the" (Friends of the Earth); a surname
#: that ends in -s (Jones of the Trust) is not one.
GROUP_NOUNS = _wordset(
    "Friends Doctors Reporters Engineers Veterans Mothers Fathers Parents Families Citizens",
    "Residents Members Supporters Sisters Daughters Sons Knights Teachers Workers Nurses",
    "Students Lawyers Scientists Journalists Farmers Physicians Musicians Artists",
)
#: Bodies that find and judge (the inquiry criticised …; the report found …): they may speak.
INQUIRY_NOUNS = _wordset("inquiry inquest review report court tribunal panel audit investigation")
#: Nouns for what happened that a reduced relative clause describes (…, a move critics called
#: “…”; a decision the union described as “…”): not part of the speaker's phrase.
EVENT_NOUNS = _wordset(
    "move decision result step plan deal ruling change proposal policy outcome development",
    "announcement verdict measure figure offer bid scheme cut shift rise increase drop fall loss",
    "trip visit recovery designation",
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
    "under against what later earlier then now meanwhile however separately afterwards instead "
    "yesterday today"
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
        "promise promises promised promising pledge pledges pledged pledging vow vows vowed",
        "vowing predict predicts predicted predicting",
    ),
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- descriptions

#: What a definite description of an organisation may be headed by (the firm, the Russian
#: energy giant, the platform): it stands for the one body the text named before as a speaker.
BODY_DESCRIPTIONS = _wordset(
    "company firm group carmaker automaker retailer airline carrier lender insurer manufacturer",
    "maker chain supermarket startup operator broadcaster publisher developer business",
    "conglomerate giant agency organisation organization body platform app network regulator",
    "watchdog charity provider producer supplier distributor bank brand label club",
    "trust league paper newspaper tabloid board service",
)
#: A company's suffix, printed with its period (Acme Foods Inc., Halsey & Co.).
FIRM_SUFFIXES = ("Inc", "Corp", "Co", "Ltd")
FIRM_SUFFIX = "(?:" + "|".join(FIRM_SUFFIXES) + r")\."
#: Nouns that end in -ly like an adverb (the UN assembly said, the family said).
NOUNS_IN_LY = _words("assembly family ally rally supply monopoly anomaly bully reply folly")
#: Adverbs that stand between a speaker and the verb (“…,” Roy later said): not part of a name.
ADVERBS = _words(
    "later also then again once further finally still now recently previously earlier",
    "subsequently repeatedly separately publicly privately quickly simply only just yesterday",
    "today",
)
#: Verbs that promote something "as" the speaker's words put it (billed the launch as “…”): past
#: and -ing forms only, as "bill" and "pitch" are nouns too (the bill as a “historic” step).
PROMOTING = _words("billed billing touted touting pitched pitching promoted promoting")
#: Participles that follow a noun as part of its phrase, not as its verb (a statement issued on
#: Friday, a diplomat based in Oslo, officials briefed on the talks).
POSTMODIFIERS = _words(
    "based involved trained briefed stationed posted employed appointed tasked charged named",
    "quoted cited interviewed contacted affected displaced injured accused issued released",
    "published signed adopted filed obtained seen circulated",
)
#: The ones that follow a document (a report published on Friday): dropped from its name.
DOCUMENT_PARTICIPLES = frozenset(
    [
        "issued",
        "released",
        "published",
        "signed",
        "adopted",
        "posted",
        "filed",
        "obtained",
        "seen",
        "circulated",
    ]
)
#: A kind of business printed before its name where a sentence opens (Retailer Next said,
#: Owner Harbour Foods said): dropped like a title.
BUSINESS_KIND_WORDS = _wordset(
    "Owner Operator Carmaker Automaker Retailer Lender Insurer Broadcaster Airline Brewer",
    "Chipmaker Drugmaker Housebuilder Supermarket Grocer Developer Publisher Manufacturer",
    "Supplier Distributor Producer Regulator Watchdog Charity Miner Carrier Conglomerate",
    "Startup Start-up",
)
#: Of those, the nouns for a business: they never stand for a ministry, a court or a party.
COMMERCIAL_DESCRIPTIONS = _wordset(
    "company firm carmaker automaker retailer airline carrier lender insurer manufacturer maker",
    "chain supermarket startup business conglomerate giant provider producer supplier brand",
)
#: Words that mark a public body, not a business (the Finance Ministry, the Supreme Court).
PUBLIC_BODY_WORDS = _wordset(
    "Ministry Department Council Commission Committee Court Parliament Government Police Party",
    "Army Navy Assembly Senate Congress Cabinet Office Embassy Consulate Tribunal Bureau",
)
#: Places whose name stands for a government or for where something happens (Moscow said;
#: in China), never for "the company": countries, capitals, large cities, regions and seats
#: of government.
PLACE_NAMES = _wordset(
    "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh",
    "Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Canada Chile China",
    "Colombia Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt England Estonia Ethiopia",
    "Finland France Georgia Germany Ghana Greece Hungary Iceland India Indonesia Iran Iraq",
    "Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo Kyrgyzstan Laos Latvia",
    "Lebanon Libya Lithuania Malaysia Mali Mexico Moldova Mongolia Montenegro Morocco Myanmar",
    "Nepal Netherlands Nigeria Norway Pakistan Palestine Peru Philippines Poland Portugal",
    "Qatar Romania Russia Scotland Serbia Singapore Slovakia Slovenia Somalia Spain Sudan",
    "Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan",
    "Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe",
    "America Europe Asia Africa Arctic Balkans Caucasus Crimea Donbas Siberia Tibet Xinjiang",
    "Abuja Ankara Athens Baghdad Bangkok Beijing Beirut Berlin Brussels Bucharest Budapest",
    "Cairo Canberra Caracas Damascus Delhi Dhaka Doha Dublin Geneva Hanoi Havana Islamabad",
    "Istanbul Jakarta Jerusalem Kabul Kyiv Kiev Lagos London Madrid Manila Minsk Moscow Nairobi",
    "Oslo Ottawa Paris Prague Pyongyang Riyadh Rome Seoul Shanghai Stockholm Taipei Tashkent",
    "Tehran Tokyo Vienna Vilnius Warsaw Washington Wellington Astana Baku Tbilisi Yerevan",
    "Chicago Hong Kong Mumbai Sydney Toronto Vancouver Shenzhen Guangzhou Dubai Edinburgh",
    "Kremlin Whitehall Westminster Zhongnanhai Élysée",
    "United States Kingdom Emirates Arabia Saudi North South East West New York Los Angeles",
    "Zealand Sri Lanka Costa Rica Puerto Rico Sierra Leone Papua Guinea Salvador",
)
#: A nation's word for one of its people (the 27-year-old Pole, the Briton): a description
#: that stands for the one person the text named before.
DEMONYMS = _wordset(
    "Pole Briton Brit Scot Welshman Welshwoman Irishman Irishwoman Englishman Englishwoman",
    "Frenchman Frenchwoman Dutchman Dutchwoman Dane Swede Finn Norwegian German Austrian",
    "Italian Spaniard Greek Turk Russian Ukrainian Belarusian Czech Slovak",
    "Hungarian Romanian Bulgarian Serb Croat Slovene Bosnian Albanian Lithuanian Latvian",
    "Estonian Georgian Armenian American Canadian Mexican Brazilian Argentine Argentinian",
    "Chilean Colombian Peruvian Venezuelan Cuban Jamaican Australian Kiwi Zealander",
    "Korean Filipino Indonesian Malaysian Indian Pakistani",
    "Afghan Iranian Iraqi Israeli Egyptian Moroccan Algerian Nigerian Ghanaian Kenyan",
    "Ethiopian Ugandan Tanzanian Cameroonian Ivorian Belgian Icelander",
)  # not Chinese, Swiss …: the same word for many (the Chinese said) is no one person
#: Adjectives of nation or region that describe a body (the Dutch brewer, the British lender),
#: besides the demonyms that are also adjectives (Russian, Chinese).
NATIONAL_ADJECTIVES = DEMONYMS | _wordset(
    "Dutch British French Irish Scottish Welsh English Spanish Swedish Danish Finnish Polish",
    "Turkish Greek Swiss Thai European Asian African Arab Nordic Scandinavian Baltic Gulf",
    "Latin Western Eastern Northern Southern Soviet Persian Flemish Kurdish Catalan",
    "Kazakh Kazakhstani Uzbek Kyrgyz Tajik Turkmen Mongolian Azerbaijani Singaporean Saudi",
    "Emirati Qatari Syrian Jordanian Tunisian Libyan Sudanese Zimbabwean Zambian Rwandan",
    "Bangladeshi Nepali Burmese Cambodian Croatian Serbian Slovenian Moldovan Chechen Bolivian",
    "Ecuadorian Uruguayan Paraguayan Haitian Afghan Yemeni Omani Kuwaiti Bahraini Somali",
    "Chinese Japanese Portuguese Vietnamese Taiwanese Senegalese Lebanese",
)
#: Nationality adjectives that may stand before a person's name (Belgian Koen Verstraeten);
#: not the compass or continent words, which open bodies' names (Northern Counties, Asian Games).
NATIONALITIES = NATIONAL_ADJECTIVES - _wordset(
    "Northern Southern Western Eastern European Asian African Arab Nordic Scandinavian Baltic",
    "Gulf Latin Soviet",
)
#: Common given names that tell "he" from "she": a pronoun never refers to a person whose
#: first name is of the other list (Rachel Corbett … “…,” he said: not Rachel Corbett). Short,
#: and only a veto: a name in neither list may be either, and names given to both (Sam, Chris,
#: Ashley, Nicola, Andrea, Jean, Joan, Yuki, Ali, Jo, Kim) are in neither.
FEMALE_NAMES = _wordset(
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty",
    "Margaret Sandra Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie",
    "Rebecca Laura Helen Sharon Cynthia Kathleen Amy Angela Anna Ann Anne Emma Olivia Sophie",
    "Sophia Isabella Isabelle Charlotte Amelia Grace Chloe Lucy Hannah Ellie Eleanor Fiona",
    "Claire Clare Catherine Katherine Kate Rachel Rosa Maria Marie Julia Julie Caroline Diane",
    "Alison Alice Jane Joanna Judith Louise Lauren Megan Natalie Nicole Priya Ruth",
    "Sally Samantha Sian Siobhan Siobhán Sinead Aoife Niamh Orla Heather Harriet Victoria",
    "Elena Ana Ines Irina Olga Natalia Tatiana Svetlana Yulia Ursula Annalena Giorgia",
    "Kamala Hillary Theresa Jacinda Liz Margarethe Mette Sanna Kaja Kadri Elvira Fatima",
    "Aisha Amina Sakura Leila Yasmin Zara Zofia Agnieszka",
    "Ewa Katarzyna Magdalena Eva Petra Ingrid Astrid Greta Hanna Johanna Lena Nora Maja Freya",
)
MALE_NAMES = _wordset(
    "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel",
    "Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy",
    "Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin",
    "Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry",
    "Tyler Aaron Henry Adam Douglas Peter Nathan Zachary Walter Kyle Harold Carl Keith Roger",
    "Graham Simon Ian Neil Nigel Alan Alastair Alistair Callum Ewan Euan Fergus Hamish Liam",
    "Sean Seán Conor Ciaran Cian Declan Eoin Niall Padraig Pádraig Dermot Colm Oisín Rory Owen",
    "Gareth Rhys Dafydd Tom Tim Ben Joe Dan Rob Jim Bill Mike Steve Dave Pete Nick",
    "Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey Mikhail Nikolai Igor Oleg Yuri Ivan",
    "Volodymyr Dmytro Andriy Olaf Emmanuel Boris Rishi Keir Antony Jens Josep",
    "Hiroshi Takeshi Kenji Fumio Shinzo",
    "Muhammad Mohammed Mohamed Ahmed Omar Hassan Hussein Ibrahim Yusuf Mustafa Recep Narendra",
    "Rahul Arjun Raj Vikram Sanjay Amit Luis Carlos Jose José Juan Miguel Pedro Javier Marco",
    "Giuseppe Luca Matteo Hans Klaus Jürgen Stefan Lars Erik Olav Piotr Tomasz Pavel Viktor",
)
#: Who speaks for someone else (a lawyer for X): the name after "for" is not the speaker.
SPEAKS_FOR = _wordset(
    "spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys counsel solicitor",
    "barrister representative agent advocate aide",
)
#: Verbs that take a reporting verb as "to" + verb (officials like to call it “…”): the speaker
#: is their subject, and "like to" is no part of a speaker's name.
CATENATIVE = re.compile(
    r"(?:like|love|want|tend|prefer|continue|seem)[sd]?|(?:want|tend|seem)ed|preferred|went|chose"
)
