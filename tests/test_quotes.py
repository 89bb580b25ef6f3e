"""The quote extractor: spans, kinds, speakers and cues, on the page and on unseen prose."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sinoru_data.quotes import FoundQuote, extract, find_spans

from .conftest import EXPECTED, ROOT, load_script

score_quotes = load_script("score_quotes")


def the(text: str, quote: str) -> FoundQuote:
    """The quotation of ``text`` whose words are ``quote``."""
    found = [q for q in extract(text) if q.text == quote]
    assert len(found) == 1, [q.text for q in extract(text)]
    return found[0]


def spans_of(text: str) -> list[str]:
    """The quoted texts that find_spans finds, in order."""
    return [text[s.start : s.end] for s in find_spans(text)[0]]


# --------------------------------------------------------------------------- span finding


def test_every_mark_style_gives_a_span() -> None:
    """Curly double and single, straight double and single, and guillemets all quote."""
    text = "A “one” b ‘two’ c \"three\" d 'four' e « five » f"
    assert spans_of(text) == ["one", "two", "three", "four", "five"]


def test_apostrophes_are_not_quote_marks() -> None:
    """China’s, don’t, Xi's, leaders’ and the '90s neither open nor close a quotation."""
    text = "China’s leaders’ view: Xi's aides don’t say 'never' since the '90s, the teachers' union said."
    spans, unclosed = find_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["never"]
    assert unclosed == []


@pytest.mark.parametrize("text", ["a rock 'n' roll act", "a rock ‘n’ roll act", "fish 'n' chips"])
def test_the_n_of_rock_n_roll_is_not_a_quotation(text: str) -> None:
    """'n' between words is an elision with two apostrophes, not a quoted letter."""
    assert spans_of(text) == []


def test_a_plural_possessive_closes_a_single_quote_only_when_nothing_later_can() -> None:
    """‘the leaders’ meeting was long’ reads leaders’ as a possessive; ‘pathogens’ at closes."""
    assert spans_of("He called it ‘the leaders’ meeting was long’ today") == [
        "the leaders’ meeting was long"
    ]
    assert spans_of("U.S. storing ‘dangerous pathogens’ at biolabs") == ["dangerous pathogens"]


def test_a_straight_mark_opening_a_paragraph_opens_a_quotation() -> None:
    """A straight quote right after a line break opens (the first quotation of a paragraph)."""
    text = "Xi spoke.\n\"We will win,\" Graham said.\n'Never,' she said."
    assert spans_of(text) == ["We will win,", "Never,"]


def test_a_later_single_quotation_does_not_make_a_plural_possessive_of_the_first() -> None:
    """‘no limits’ pact and a ‘new era’ deal: the later mark closes the other quotation."""
    assert spans_of("It is a ‘no limits’ pact and a ‘new era’ deal.") == ["no limits", "new era"]


def test_nested_quotations_give_both_spans() -> None:
    """A quotation inside a quotation is found, and so is the outer one."""
    text = "“When he told me, ‘We’re done here,’ I knew,” said Priya Nair."
    assert spans_of(text) == ["When he told me, ‘We’re done here,’ I knew,", "We’re done here,"]
    straight = "\"Fans ask me about 'the Cauldron' daily,\" she said."
    assert spans_of(straight) == ["Fans ask me about 'the Cauldron' daily,", "the Cauldron"]


def test_an_unclosed_mark_is_a_warning_not_a_span() -> None:
    """A mark never closed gives its offset in the warnings and no span."""
    text = "Banners read “Save our library and the vote is next week."
    spans, unclosed = find_spans(text)
    assert spans == [] and unclosed == [text.index("“")]


def test_a_line_break_ends_every_open_quotation() -> None:
    """An open mark at the end of a paragraph is unclosed; the next paragraph starts afresh."""
    text = 'Signs read "Save our library\nThe council said "no" on Monday.'
    spans, unclosed = find_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["no"]
    assert unclosed == [text.index('"')]
    assert all("\n" not in text[s.start : s.end] for s in spans)


def test_offsets_select_the_text_inside_the_marks() -> None:
    """text[char_start:char_end] is the quotation, with a comma or period inside the mark."""
    text = "“No limits,” they said, and it was “democracy.”"
    for q in extract(text):
        assert text[q.char_start : q.char_end] == q.text
    assert [q.text for q in extract(text)] == ["No limits,", "democracy."]


def test_guillemets_keep_their_inner_spaces_out() -> None:
    """The spaces set inside « … » are not part of the quotation."""
    q = the("The ministry called it « baseless » on Monday.", "baseless")
    assert (q.speaker, q.kind) == ("The ministry", "partial")


MARKS = st.sampled_from(list("“”‘’«»\"'"))
PROSE = st.sampled_from(["a", "b", " ", "X", ".", ",", "\n", "’s", " said", " Smith", "—"])


@given(st.lists(st.one_of(MARKS, PROSE), max_size=40).map("".join))
def test_offsets_always_point_at_the_text(text: str) -> None:
    """For any string with any quote marks, every quote's offsets select its text exactly."""
    for q in extract(text):
        assert text[q.char_start : q.char_end] == q.text
        assert q.text.strip() and "\n" not in q.text
        assert q.kind in ("direct", "partial", "term")
    spans, unclosed = find_spans(text)
    assert all(text[i] in "“‘«\"'" for i in unclosed)
    assert all(
        text[s.open_at] == s.mark and s.open_at < s.start <= s.end <= s.close_at for s in spans
    )


# --------------------------------------------------------------------------- speaker and cue

# (pattern, text, quotation, speaker, cue); one real sentence from the page and one invented
# sentence per pattern of the issue. The page has no "according to" quotation.
PATTERNS = [
    (
        "“…,” X said",
        "“Xi Jinping will always apply a political solution because he’s not a military specialist "
        "or an economic specialist,” Graham said.",
        "Xi Jinping will always apply a political solution because he’s not a military specialist "
        "or an economic specialist,",
        "Graham",
        "said",
    ),
    (
        "“…,” X said",
        '"We will not raise taxes," Mayor Linda Okafor said.',
        "We will not raise taxes,",
        "Linda Okafor",
        "said",
    ),
    (
        "X said, “…”",
        "As The Times’s Thomas Friedman wrote, “Peace has been very good for China.”",
        "Peace has been very good for China.",
        "Thomas Friedman",
        "wrote",
    ),
    (
        "X said, “…”",
        "Health Secretary Maria Gonzalez said: “Everyone must play their part.”",
        "Everyone must play their part.",
        "Maria Gonzalez",
        "said",
    ),
    (
        "said X",
        "China “probably wants to avoid high-profile or big-ticket arms sales,” said Drew Thompson, "
        "a former U.S. Defense Department official.",
        "probably wants to avoid high-profile or big-ticket arms sales,",
        "Drew Thompson",
        "said",
    ),
    (
        "said X",
        "'It was the hardest race of my life,' said Kenyan runner Ruth Chebet after the line.",
        "It was the hardest race of my life,",
        "Ruth Chebet",
        "said",
    ),
    (
        "writes the scholar X",
        "“Maybe it isn’t such a good idea after all,” writes the Cold War scholar Stephen Kotkin "
        "in the latest issue of Foreign Affairs.",
        "Maybe it isn’t such a good idea after all,",
        "Stephen Kotkin",
        "writes",
    ),
    (
        "writes the scholar X",
        "“Who will pay for this?” wrote the economist Sarah Klein in a blog post.",
        "Who will pay for this?",
        "Sarah Klein",
        "wrote",
    ),
    (
        "state media quoted X as saying",
        "“The Ukraine crisis is something that we don’t want to see,” Chinese state media quoted "
        "President Xi Jinping as saying in the call.",
        "The Ukraine crisis is something that we don’t want to see,",
        "Xi Jinping",
        "quoted as saying",
    ),
    (
        "state media quoted X as saying",
        "State television quoted Defence Minister Arvid Sommer as saying the drills were “purely defensive.”",
        "purely defensive.",
        "Arvid Sommer",
        "quoted as saying",
    ),
    (
        "according to X",
        "The merger will create “the largest operator in Europe,” according to the European Rail Authority.",
        "the largest operator in Europe,",
        "European Rail Authority",
        "according to",
    ),
    (
        "according to X",
        'According to race officials, the course was "unusually hot and humid."',
        "unusually hot and humid.",
        "race officials",
        "according to",
    ),
    (
        "as X described",
        "In the following years, the two met nearly 30 times and became “best friends to heart”, "
        "as Xi described their relationship.",
        "best friends to heart",
        "Xi",
        "described",
    ),
    (
        "as X described",
        "The bridge is “a lifeline for the valley,” as the mayor described it.",
        "a lifeline for the valley,",
        "the mayor",
        "described",
    ),
    (
        "X's essay argued",
        "Published in English and Chinese, Hu’s essay argued that China needed to cut ties with "
        "Putin “as soon as possible” to avoid being on the losing side.",
        "as soon as possible",
        "Hu",
        "argued",
    ),
    (
        "X's essay argued",
        "Dr. Amara Osei’s report warned that the river was “close to collapse” after the drought.",
        "close to collapse",
        "Dr. Amara Osei",  # Dr. is an honorific, kept (titles such as Mayor are dropped)
        "warned",
    ),
    (
        "headline: …, X says",
        "U.S. storing ‘dangerous pathogens’ at biolabs in Ukraine, China says",
        "dangerous pathogens",
        "China",
        "says",
    ),
    (
        "headline: …, X says",
        "Tariffs will 'hurt families', retailers say",
        "hurt families",
        "retailers",
        "say",
    ),
]


@pytest.mark.parametrize(
    ("pattern", "text", "quote", "speaker", "cue"), PATTERNS, ids=[p[0] for p in PATTERNS]
)
def test_news_prose_pattern_names_speaker_and_cue(
    pattern: str, text: str, quote: str, speaker: str, cue: str
) -> None:
    """Each attribution pattern of the issue gives the speaker (titles dropped) and the cue."""
    q = the(text, quote)
    assert (q.speaker, q.cue) == (speaker, cue), pattern


def test_a_quotation_continuing_the_previous_speaker_keeps_the_speaker() -> None:
    """“…,” Daly said. “…” gives the second sentence Daly but no cue (none of its own);
    “…,” Krugman wrote, “…” is one sentence, so its second part keeps the cue too."""
    page = (
        "“This is a pledge to stand shoulder to shoulder,” Daly said. “This statement might be "
        "looked back on as the beginning of Cold War Two.”"
    )
    q = the(page, "This statement might be looked back on as the beginning of Cold War Two.")
    assert (q.speaker, q.cue, q.kind) == ("Daly", None, "direct")
    split = "“Putin may dream,” Paul Krugman wrote yesterday, “but China’s economy is 10 times as large.”"
    q = the(split, "but China’s economy is 10 times as large.")
    assert (q.speaker, q.cue, q.kind) == ("Paul Krugman", "wrote", "direct")
    invented = "“I have never seen this,” she said. “It is heartbreaking.”"
    assert (
        the("Dr. Helen Cho studies reefs.\n" + invented, "It is heartbreaking.").speaker
        == "Dr. Helen Cho"
    )


def test_a_later_fragment_in_the_paragraph_inherits_only_the_speaker() -> None:
    """A fragment later in the speaker's paragraph gets the speaker but no cue of its own."""
    page = (
        "“Cold War Two,” Daly said. The timing of the communiqué will “give historians the kind "
        "of specific event that they often focus on.”"
    )
    q = the(page, "give historians the kind of specific event that they often focus on.")
    assert (q.speaker, q.cue, q.kind) == ("Daly", None, "partial")


def test_pronouns_are_resolved_to_who_they_refer_to() -> None:
    """he/she to the last person, they to the last pair or plural subject, it to the last subject."""
    they = (
        "In a joint statement after Mr. Xi and Mr. Putin met, they said their friendship had "
        "“no limits,” and China sided with Russia."
    )
    assert the(they, "no limits,").speaker == "Mr. Xi and Mr. Putin"
    it = (
        "Since the 24 February invasion, China has struggled to navigate an awkward position. It "
        "has sought to hold incompatible positions and what it calls Russia’s “security concerns”."
    )
    assert (the(it, "security concerns").speaker, the(it, "security concerns").cue) == (
        "China",
        "calls",
    )
    he = "Governor Tomas Lindqvist spoke on Friday. “We have the tools,” he added."
    assert (the(he, "We have the tools,").speaker, the(he, "We have the tools,").cue) == (
        "Tomas Lindqvist",
        "added",
    )
    plural = 'Local officials blamed the outage on what they called "unprecedented demand."'
    assert the(plural, "unprecedented demand.").speaker == "Local officials"


def test_a_pronoun_with_nobody_named_gives_no_speaker() -> None:
    """Where the text names nobody, the speaker is None: never a guess."""
    q = the('"This is not over," he said.', "This is not over,")
    assert (q.speaker, q.cue, q.kind) == (None, "said", "direct")
    page = "Then came the backlash, as the article was criticised for being “reckless and dangerous” vitriol."
    q = the(page, "reckless and dangerous")
    assert (q.speaker, q.cue, q.kind) == (None, "criticised", "partial")


def test_headline_quotation_before_a_colon_is_the_named_group_s() -> None:
    """‘They were fooled by Putin’: Chinese historians speak out -> the historians, direct."""
    page = the(
        "‘They were fooled by Putin’: Chinese historians speak out", "They were fooled by Putin"
    )
    assert (page.speaker, page.kind) == ("Chinese historians", "direct")
    invented = the("‘No more delays’: residents demand answers over tram line", "No more delays")
    assert (invented.speaker, invented.kind) == ("residents", "partial")
    nobody = the("‘No Wavering’: After Turning to Putin, Xi Faces Hard Choices", "No Wavering")
    assert (nobody.speaker, nobody.kind) == (None, "partial")


@pytest.mark.parametrize(
    ("headline", "quote", "speaker", "cue"),
    [
        (
            "Xi and Putin pledge ‘unshakeable’ friendship on eve of Olympics",
            "unshakeable",
            "Xi and Putin",
            "pledge",
        ),
        (
            "China, Russia vow to ‘jointly resist’ Western pressure",
            "jointly resist",
            "China and Russia",
            "vow",
        ),
        (
            "Japan voices ‘serious concern’ over bomber flights near Tokyo",
            "serious concern",
            "Japan",
            "voices",
        ),
        ("Zelensky invites Xi to ‘come and see’ Ukraine", "come and see", "Zelensky", "invites"),
        ("Gazprom agrees to ship gas via ‘Far Eastern route’", "Far Eastern route", None, None),
    ],
)
def test_a_headline_quotation_is_its_opening_subject_s_after_a_verb_of_saying(
    headline: str, quote: str, speaker: str | None, cue: str | None
) -> None:
    """Names that open a headline, then a verb of saying or pledging: the words are theirs.

    Not a verb that reports words only right beside them (agrees).
    """
    q = the(f"{headline}\n(Reuters) Talks went on.", quote)
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("headline", "quote", "speaker"),
    [
        (
            "‘We are not Russia’s wallet’: China pushes back at western criticism",
            "We are not Russia’s wallet",
            "China",
        ),
        ("‘We will sell’: Novak shrugs off oil price cap", "We will sell", "Novak"),
        (
            "‘We are nobody’s backyard’: Kazakh president pushes back at Moscow",
            "We are nobody’s backyard",
            "Kazakh president",
        ),
        ("‘Not again’: nurses stage walkout", "Not again", "nurses"),
    ],
)
def test_a_headline_quotation_before_a_colon_is_the_subject_of_the_verb_after(
    headline: str, quote: str, speaker: str
) -> None:
    """‘…’: X pushes back at …: X's words; the verb is not part of the speaker."""
    assert the(f"{headline}\n(AP) Talks went on.", quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "According to the National Farmers’ Union, members have been given “no real say”.",
            "no real say",
            "National Farmers’ Union",
        ),
        (
            'The Metal Employers\' Association said the demand was "simply unaffordable".',
            "simply unaffordable",
            "Metal Employers' Association",
        ),
        (
            "Last month the Employment and Labour Relations Court described it as “premature.”",
            "premature.",
            "Employment and Labour Relations Court",
        ),
        (  # "Shares of" is not part of the name
            "Shares in Brackley Group fell after it said profit would be “materially below” forecasts.",
            "materially below",
            "Brackley Group",
        ),
    ],
)
def test_an_organisation_s_name_is_not_cut_at_a_possessive_or_and(
    text: str, quote: str, speaker: str
) -> None:
    """Farmers’ Union, Employment and Labour Relations Court: the whole name is the speaker."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Selector Graeme Wills warned against “knee-jerk changes”.",
            "knee-jerk changes",
            "Graeme Wills",
        ),
        ("Garda Aoife Nolan said the victim was “terrified”.", "terrified", "Aoife Nolan"),
        (
            "Gareth Probert MS said the plan was “a warning sign”.",
            "a warning sign",
            "Gareth Probert",
        ),
        (
            "Kazakhstan’s deputy chief of staff Nurlan Abenov called ties “friendly but not unconditional.”",
            "friendly but not unconditional.",
            "Nurlan Abenov",
        ),
        (
            "The journalist’s counsel, Advocate Imran Shafiq, said it was “a victory”.",
            "a victory",
            "Imran Shafiq",
        ),
        (  # the spokeswoman speaks for the minister: she is who is quoted
            "A spokeswoman for Health Minister Carl Bennett said the state was “investing”.",
            "investing",
            "A spokeswoman for Health Minister Carl Bennett",
        ),
    ],
)
def test_job_words_and_post_nominals_around_a_name_are_dropped(
    text: str, quote: str, speaker: str
) -> None:
    """Selector, Garda, MS, "deputy chief of staff": the person's name is the speaker."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "DES MOINES, Iowa (AP) — A federal judge on Tuesday sentenced a former treasurer "
            'to 46 months, calling the scheme "a betrayal of the people who trusted you."',
            "a betrayal of the people who trusted you.",
            "A federal judge",
        ),
        (
            "DENVER (AP) — Hundreds of teachers and parents rallied outside the Capitol, "
            'chanting "Fund our future" as lawmakers met.',
            "Fund our future",
            "Hundreds of teachers and parents",
        ),
        (
            "KARACHI: The State Bank of Pakistan kept its rate unchanged on Monday, saying "
            'inflation would "decline significantly".',
            "decline significantly",
            "State Bank of Pakistan",
        ),
        (
            "Sir Geoffrey Mallory, 63, who was a trade minister from 2017 to 2019, had told the "
            "court he had “never once” discussed the contracts.",
            "never once",
            "Sir Geoffrey Mallory",
        ),
    ],
)
def test_the_subject_is_found_after_a_dateline_a_crowd_or_two_appositions(
    text: str, quote: str, speaker: str
) -> None:
    """DENVER (AP) —, "Hundreds of teachers", "X, 63, who …,": the subject of the clause."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # he goes on with the subject of the sentence before, not its object
            "Volodymyr Zelenskyy has said he wants to speak directly to Xi Jinping. "
            "“I would very much like a conversation,” he told an interviewer.",
            "I would very much like a conversation,",
            "Volodymyr Zelenskyy",
        ),
        (  # unless the name says it is not a he: the nearest other person
            "Transport Minister Rachel Corbett accused the union of “holding the city to "
            "ransom”, a charge rejected by its secretary, Liam Brady. “She knows what it "
            "would take,” he said.",
            "She knows what it would take,",
            "Liam Brady",
        ),
        (
            "Crown prosecutor Isabelle Fortin asked Mr. Gagnon why. “I relied on my agent,” he replied.",
            "I relied on my agent,",
            "Mr. Gagnon",
        ),
        (  # with nobody of the right sort named, nobody: never a guess
            "Hannah Lister, the envoy, spoke first. “We did not expect this,” he said.",
            "We did not expect this,",
            None,
        ),
    ],
)
def test_a_pronoun_follows_the_subject_before_and_never_a_name_of_the_other_sex(
    text: str, quote: str, speaker: str | None
) -> None:
    """He is the subject of the sentence before; a Rachel or a Ms. is never "he"."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # a name with a utility's word is a company, so "the company" is it
            "Weald Water will impose a hosepipe ban from Friday. The company said the ban "
            'was "a last resort."',
            "a last resort.",
            "Weald Water",
        ),
        (
            "FEMA Administrator Gloria Hinds said it had “more supplies”.",
            "more supplies",
            "Gloria Hinds",
        ),
        ("Composer Siobhán Mulgrew called it “a love letter”.", "a love letter", "Siobhán Mulgrew"),
        (  # who quotes "him" is not who "him" is
            "Sergei Lavrov spoke in Moscow. RIA Novosti quoted him as saying ties had "
            "“only strengthened”.",
            "only strengthened",
            "Sergei Lavrov",
        ),
    ],
)
def test_companies_titles_and_relays_found_on_batches_cb_to_cg(
    text: str, quote: str, speaker: str
) -> None:
    """Weald Water is a company; Administrator and Composer are titles; RIA only relays."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "For Beijing, it is what Chinese officials like to call “principled neutrality.”",
            "principled neutrality.",
            "Chinese officials",
        ),
        (
            "Students need savings under changes the federal government says will close a “back door” to work.",
            "back door",
            "the federal government",
        ),
    ],
)
def test_a_speaker_phrase_drops_a_catenative_verb_and_a_noun_before_its_determiner(
    text: str, quote: str, speaker: str
) -> None:
    """ "officials like to call" → officials; "changes the government says" → the government."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        (
            "The resolution “condemns without reservation” the invasion and calls for “a ceasefire”.",
            "condemns without reservation",
            "The resolution",
            None,
        ),
        (
            "The resolution “condemns without reservation” the invasion and calls for “a ceasefire”.",
            "a ceasefire",
            "The resolution",
            "calls for",
        ),
        (
            'China and Russia will "expand cooperation" and oppose "politicisation," according to '
            "a joint statement issued after talks between Li Keqiang and Mikhail Mishustin.",
            "expand cooperation",
            "a joint statement",
            "according to",
        ),
        (  # a report on something is not a document speaking
            "The report of a fire at the “Old Mill” came at noon.",
            "Old Mill",
            None,
            None,
        ),
    ],
)
def test_a_document_s_words_are_the_document_s(
    text: str, quote: str, speaker: str | None, cue: str | None
) -> None:
    """The resolution “…” / “…”, according to a joint statement issued after …: the document."""
    q = the(text, quote)
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "A lawyer for former president Ana Roy said the charges were “baseless”.",
            "baseless",
            "A lawyer for former president Ana Roy",
        ),
        (
            "Xi Jinping met Volodymyr Zelensky in Beijing. Xi praised the talks. “We want peace,” the Ukrainian president said.",
            "We want peace,",
            "the Ukrainian president",
        ),
        (
            "Sam Kerr scored twice against Spain. “We were brilliant,” she said.",
            "We were brilliant,",
            "Sam Kerr",
        ),
        (
            "UK-born Tom Lee urged Ed Lam to act. “We need a deal,” he said.",
            "We need a deal,",
            "Tom Lee",
        ),
        (
            "Housing Minister Ana Roy visited a factory in Leeds. “Output is up,” the company said.",
            "Output is up,",
            "the company",
        ),
        (
            "Researchers at Google and Stanford University said the model was “a big leap”.",
            "a big leap",
            "Stanford University",
        ),
        ("‘Devastating’: Storm Ciarán hits Cornwall\n(AP) Roofs came off.", "Devastating", None),
        (
            "“The offer is an insult,” nurses the union represents said.",
            "The offer is an insult,",
            "nurses the union represents",
        ),
        ("The statement was greeted with “dismay” by opposition parties.", "dismay", None),
        (
            "The MS Society welcomed the ruling. “It is a good day,” the charity said.",
            "It is a good day,",
            "the charity",
        ),
    ],
)
def test_rules_of_session_6_do_not_over_reach(text: str, quote: str, speaker: str | None) -> None:
    """A review's counter-examples: each of the session's rules stays within its pattern."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a passive verb with no agent: the words are the reporter's of the outer "said"
        (
            'Benning said a new date would be announced "in the coming days."',
            "in the coming days.",
            "Benning",
        ),
        ("Ana Roy said they were told, “wait here,” and nobody came.", "wait here,", None),
        # a label in a clause reported by a plain verb of saying is the reporter's
        (
            "The charity says the figures confirm a ‘crisis in slow motion’.",
            "crisis in slow motion",
            "The charity",
        ),
        (
            "Ana Roy has said she would talk to Xi, urging Beijing to use its “considerable influence”.",
            "considerable influence",
            "Ana Roy",
        ),
        (  # another clause (", as it urged …") is not the reported one: a name stays a name
            "Rents are up, a tenants’ group said on Sunday, as it urged the city to speed up its “light "
            "housing” scheme.",
            "light housing",
            None,
        ),
        # "the company" is the business the text set beside a word of its kind
        (
            "Carmaker Volterra is recalling cars. The company said it knew of “no injuries”.",
            "no injuries",
            "Volterra",
        ),
        (
            "Lyon-based developer Groupe Altair pulled out of talks. The company said it had acted “in "
            "good faith”.",
            "in good faith",
            "Groupe Altair",
        ),
        (
            "Air Klang, the Malaysian budget carrier, grounded two jets. The company called the fault "
            "“serious but under control”.",
            "serious but under control",
            "Air Klang",
        ),
        # speaking of, referring to: the words name what the subject speaks of
        (
            "Since then, Astana has courted Beijing, and Chinese officials now speak of a “golden "
            "age” in relations.",
            "golden age",
            "Chinese officials",
        ),
        ("Instead, officials refer to the “Ukraine issue”.", "Ukraine issue", "officials"),
        # "he" is never a woman the sentence is about
        (
            "Tom Lee, 34, testified. Prosecutor Karen Hill pressed him on messages in which he "
            "referred to the victims as “grandmas.”",
            "grandmas.",
            "Tom Lee",
        ),
        # "a move X called": a reduced relative clause; the move is not the speaker
        (
            "The council raised parking fees by 40%, a move opposition councillors called “daylight "
            "robbery”.",
            "daylight robbery",
            "opposition councillors",
        ),
        (
            "Rates fell again, a decision the government said would keep loans “affordable”.",
            "affordable",
            "the government",
        ),
        (
            "Trustees voted to cut 120 posts, a cut one trustee called “a gut punch to our kids.”",
            "a gut punch to our kids.",
            "one trustee",
        ),
        (
            "The council approved the plan, a measure its chief sponsor, Councilman Ed Lam of "
            "Brooklyn, called “the most important vote in a generation.”",
            "the most important vote in a generation.",
            "Ed Lam",
        ),
        (
            "The district will close three schools, a move parents at the Hale School called “a "
            "gut punch.”",
            "a gut punch.",
            "parents at the Hale School",
        ),
        (
            "Upgrades could cost $350 million, a figure Hartwell Securities analyst Jenna Okonkwo "
            "called “likely conservative.”",
            "likely conservative.",
            "Jenna Okonkwo",
        ),
        (  # "called that claim": a naming verb, whose object is a demonstrative phrase
            'Ana Roy, the union’s president, called that claim "technically true and misleading."',
            "technically true and misleading.",
            "Ana Roy",
        ),
        ("It was a call that lasted “two hours”.", "two hours", None),
        # the subject of "said" after a relative clause set off by commas
        (
            "Sandra Kell, whose son, Liam, broke both legs in the crash, said: “We were lied to.”",
            "We were lied to.",
            "Sandra Kell",
        ),
        (
            "ASUU President, Prof. Chinedu Eze, who addressed journalists in Enugu, said lecturers "
            "were “tired of empty promises.”",
            "tired of empty promises.",
            "Prof. Chinedu Eze",
        ),
        # "…, with its envoy, X, saying": the person named in the absolute clause speaks
        (
            'China voted against it, with its deputy ambassador, Dai Bing, saying the move would "only '
            'deepen divisions."',
            "only deepen divisions.",
            "Dai Bing",
        ),
        (  # "talks with his counterpart, X," is no such clause: the sentence's subject speaks
            "Ana Roy arrived for talks with her counterpart, Tom Lee, declaring that the sanctions "
            "had “failed completely”.",
            "failed completely",
            "Ana Roy",
        ),
        # a title's abbreviation does not end the sentence: one list for names and sentences
        (
            '"This is the biggest investment," said Coun. Marla Feeney, who chairs the committee.',
            "This is the biggest investment,",
            "Marla Feeney",
        ),
        # was quoted by a medium (or in a paper) as saying: the one quoted speaks
        (
            'Lavrov, for his part, was quoted by Tass as saying the two sides had "full mutual '
            'understanding".',
            "full mutual understanding",
            "Lavrov",
        ),
        (
            'A senior Government source was quoted in the Irish Examiner as saying it was "a kick in '
            'the backside".',
            "a kick in the backside",
            "A senior Government source",
        ),
        (  # words judged "as" keep their speaker, capitals or not
            "Harriet Lyle, the committee’s chairman, described crypto advertising as “the Wild West”.",
            "the Wild West",
            "Harriet Lyle",
        ),
        (  # a kind before a name, after "the": the campaign group X
            "The campaign group Horse Welfare Watch renewed its call for a review, describing the "
            "course as “a killing ground”.",
            "a killing ground",
            "Horse Welfare Watch",
        ),
        # (from CS-CX) "according to" a medium relays a naming verb's subject too
        (
            "Chief executive Alexei Miller called the move “a natural step,” according to Interfax.",
            "a natural step,",
            "Alexei Miller",
        ),
        (  # a number with a thousands comma is one word of the phrase
            "The 5,000-word document, released on Friday, says the two will “stand back to back”.",
            "stand back to back",
            "The 5,000-word document",
        ),
        (  # a post-nominal in an apposition is not the speaker
            "Sarah Whitcombe, KC, for the prosecution, said cars went “in under sixty seconds”.",
            "in under sixty seconds",
            "Sarah Whitcombe",
        ),
        (
            "Sparks flew at the debate, with National’s candidate, Sione Taufa, accusing Labour of "
            "leaving the city “behind the eight ball”.",
            "behind the eight ball",
            "Sione Taufa",
        ),
        # (from CY-DD) an age after the name before the relative clause; "quoting X as saying"
        (
            "Claire Hodgson, 45, from Worcester, who had been on course for a record, said: ‘I was in "
            "tears.’",
            "I was in tears.",
            "Claire Hodgson",
        ),
        (
            "Beijing’s readout was more cautious, quoting Xi as saying: “The crisis should be resolved "
            "through dialogue.”",
            "The crisis should be resolved through dialogue.",
            "Xi",
        ),
        # the subject before a restrictive "who" clause, not words inside the clause
        (
            "(AP) — An engineer who signed off on repairs to a condominium that later collapsed, "
            'killing 11 people, testified that he had "no reason to believe" it was in danger.',
            "no reason to believe",
            "An engineer",
        ),
        (
            "A British ski instructor who dug two clients out of the snow with his bare hands has "
            "described the moment the slope ‘just let go’.",
            "just let go",
            "A British ski instructor",
        ),
        (  # but a clause's own subject speaks: "after a judge said"
            "A wine merchant who sold fake burgundy was jailed after a judge said he had ‘corrupted "
            "a market’.",
            "corrupted a market",
            "a judge",
        ),
        # a quotation set before the noun it modifies: the noun is no speaker
        (
            "Banks tightened checks, despite the “no limits” partnership declared by Beijing and "
            "Moscow in February.",
            "no limits",
            None,
        ),
        (
            "Banks tightened checks, despite the “no limits” partnership that Xi and Putin declared.",
            "no limits",
            "Xi and Putin",
        ),
        ('The agency issued a "danger" level warning for the coast.', "danger", None),
        ('"Ana Roy won," said the club.', "Ana Roy won,", "the club"),
    ],
)
def test_rules_of_session_7(text: str, quote: str, speaker: str | None) -> None:
    """An outer verb of saying for a passive or a label; "the company" named by its kind."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a passive verb of naming or judging is someone else's judgement, unnamed
        ("Jones said he had been branded a “liar” on social media.", "liar", None),
        (
            "Ana Roy told the inquiry she had been dismissed as “hysterical” when she spoke up.",
            "hysterical",
            None,
        ),
        (
            "Smith, who announced his resignation, was described as “a giant” of the party.",
            "a giant",
            None,
        ),
        # the inner verb has a speaker of its own: the outer reporter's label it is not
        ("Officials said Moscow had demanded a “full explanation”.", "full explanation", None),
        (
            "Prosecutors said the defendant had admitted a “moment of madness”.",
            "moment of madness",
            None,
        ),
        # "called that" + a noun that is no quotation's object
        ("People who called that hotline were told to “stay at home”.", "stay at home", None),
        (
            "Fans who called that phone line heard a message warning of “delays”.",
            "delays",
            "a message",
        ),
        # "was …ing" after a subject that cannot speak
        ("Trump’s mistake was calling the vote “rigged”.", "rigged", None),
        # the relative clause's own verb: its subject speaks
        (
            "Boris Johnson, whose former adviser, Dominic Cummings, described him as “unfit” for "
            "office, has denied the claims.",
            "unfit",
            "Dominic Cummings",
        ),
        # a compound noun keeps its first word (a shift manager is no "move" or "shift")
        ("“It was chaos,” a shift manager said.", "It was chaos,", "a shift manager"),
        # a kind word opening a name is the name's (Giant Eagle), not a word set before it
        (
            "Giant Eagle closed three stores. The company called the closures “regrettable”.",
            "regrettable",
            "The company",
        ),
    ],
)
def test_rules_of_session_7_do_not_over_reach(text: str, quote: str, speaker: str | None) -> None:
    """A review's counter-examples: each of the session's rules stays within its pattern."""
    assert the(text, quote).speaker == speaker


def test_an_adverb_after_an_event_noun_is_no_speaker() -> None:
    """ "a result widely described as “…”": the third what-x-calls form never reads "widely"."""
    text = "The party lost 40 seats, a result widely described as “catastrophic”."
    assert the(text, "catastrophic").speaker != "widely"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an unnamed source keeps its place or employer before a restrictive "who"
        (
            '"Nobody wants to be first," said a senior banker in Hong Kong who asked not to be named.',
            "Nobody wants to be first,",
            "a senior banker in Hong Kong",
        ),
        (
            '"Prices are good," said a trader at one such refinery.',
            "Prices are good,",
            "a trader at one such refinery",
        ),
        (
            '"It will be over in days," said one adviser to the government in Beijing.',
            "It will be over in days,",
            "one adviser to the government in Beijing",
        ),
        # a negation, "always" or a span of time before the verb is not the subject's
        (
            "“When I knock on doors, people don’t say, ‘Scrap the buses,’” she said.",
            "Scrap the buses,",
            "people",
        ),
        (
            "\"My father always said, 'Plant in hope,' and he was right,\" said Doug Reid.",
            "Plant in hope,",
            "My father",
        ),
        (
            "“For years people have told us, ‘Make the streets safe,’ and we did,” Ana Roy said.",
            "Make the streets safe,",
            "people",
        ),
        # an agent's time or the preposition that opens the quotation's phrase
        (
            'Bosses were branded "greedy fat cats" by union chief Dave Marsh last night as he spoke.',
            "greedy fat cats",
            "Dave Marsh",
        ),
        (
            "The firm was accused by MPs of “treating parliament with contempt”.",
            "treating parliament with contempt",
            "MPs",
        ),
        (
            "In public they are warm, but in private several officials concede it is “an embarrassment”.",
            "an embarrassment",
            "several officials",
        ),
        # a noun in -ly is no adverb; a verb of appeal or assurance reports
        (
            "UN assembly condemns Russia’s ‘illegal’ annexation\n(Reuters) The vote was 143-5.",
            "illegal",
            "UN assembly",
        ),
        (
            "Shares rose, which the port authority attributed to “sustained diversions” of ships.",
            "sustained diversions",
            "the port authority",
        ),
        (
            'The minister, Ibrahim Danladi, appealed to the union to "shelve the strike" at once.',
            "shelve the strike",
            "Ibrahim Danladi",
        ),
        # a title before a name goes, however many capitalised words the body's name has
        (
            "“Leave now,” NSW Rural Fire Service Commissioner Rob Fairlie said.",
            "Leave now,",
            "Rob Fairlie",
        ),
        (
            "“It was a conscious decision,” Deputy Public Prosecutor Tan Li Xuan said.",
            "It was a conscious decision,",
            "Tan Li Xuan",
        ),
        ('"It was a miracle," Trooper Dana Keefer said.', "It was a miracle,", "Dana Keefer"),
    ],
)
def test_rules_of_session_8(text: str, quote: str, speaker: str) -> None:
    """Sources with their place, subjects without a negation or a time, titles, -ly nouns."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a sentence ends after "on X." and after a firm's "Corp." before "The"
        (
            '"Sorry," the airline said in a post on X. Transport Minister Ana Roy said she had '
            'asked the carrier for "a full accounting".',
            "a full accounting",
            "Ana Roy",
        ),
        # "he" in a clause reported by a surname named in full before is that person
        (
            "Wang Yi met Dmytro Kuleba. “No,” Wang said. Kuleba said on Twitter that he had asked "
            "China to use its influence “to stop the aggression.”",
            "to stop the aggression.",
            "Kuleba",
        ),
        # a participle after a thing is a reduced relative, not the reporting verb
        (
            "The Association of Principals said the increase announced in the budget was "
            "“nowhere near enough”.",
            "nowhere near enough",
            "Association of Principals",
        ),
        (
            "Royal Mail warned that some parcels posted after 12 December “may not arrive in time”.",
            "may not arrive in time",
            "Royal Mail",
        ),
        (  # but a speaker's verb before a preposition is still the verb
            "The minister announced in parliament that the cut was “temporary”.",
            "temporary",
            "The minister",
        ),
        # the guide gives a joint document's words to the document, as printed
        (
            "In a joint statement, the two sides said they opposed “any new blocs”.",
            "any new blocs",
            "a joint statement",
        ),
        (
            'China and Russia issued a joint statement saying their friendship "has no limits".',
            "has no limits",
            "a joint statement",
        ),
        ("The two sides said they opposed “any new blocs”.", "any new blocs", "The two sides"),
        # a pronoun's person is never a place after "in" or "every", a body's owner or a byline
        (
            'One victim, a pensioner in Co Mayo, told RTÉ she had lost money. "I thought I was '
            'helping my daughter," she said.',
            "I thought I was helping my daughter,",
            "One victim",
        ),
        (
            "Yerlan Abdrakhmanov, a deputy head of President Kassym-Jomart Tokayev's administration, "
            'spoke in an interview. "We do not want to be collateral damage," he said.',
            "We do not want to be collateral damage,",
            "Yerlan Abdrakhmanov",
        ),
        (
            'One banker in Shanghai said banks were acting out of "an abundance of caution". '
            '"Nobody wants to be first," he said.',
            "Nobody wants to be first,",
            "One banker in Shanghai",
        ),
        # a joint portfolio before a title (Interior and Safety Minister X)
        (
            '"We will not leave them alone," Interior and Safety Minister Yoon Jae-sung said.',
            "We will not leave them alone,",
            "Yoon Jae-sung",
        ),
        # "my manager" inside someone's words is theirs, not the one person the text names
        (
            "\"My manager told me, 'There are ten people who want your job,' so I kept quiet,\" "
            "said Rosa Méndez, 52.",
            "There are ten people who want your job,",
            "My manager",
        ),
        # a bare singular noun or an -ing verb with its object is no speaker
        (
            "The Insurance Council of Australia said fraud added “tens of dollars” to premiums.",
            "tens of dollars",
            "Insurance Council of Australia",
        ),
        (
            'Prosecutors charged three people with running what they described as a "pet '
            'insurance mill," filing hundreds of claims for pets.',
            "pet insurance mill,",
            "Prosecutors",
        ),
        # a name after "a … noun" is a reduced relative's subject
        (
            "Russia was China's guard, a division of labour Moscow liked to describe as "
            "“complementary.”",
            "complementary.",
            "Moscow",
        ),
        # titles and post-nominals without periods; a listing before a firm's name
        ('"It is a sad day," Capt Eoin Rafferty said.', "It is a sad day,", "Eoin Rafferty"),
        ("“We regret it,” said Conor Haughey BL.", "We regret it,", "Conor Haughey"),
        ("“It matters,” Greens MLC Sue Hartigan said.", "It matters,", "Sue Hartigan"),
        (
            "Mainboard-listed Pacific Alloy Holdings called the deal “transformational”.",
            "transformational",
            "Pacific Alloy Holdings",
        ),
        # a condemnation or an appeal reports what it sets after a possessive
        (
            "Volodymyr Zelenskiy has called on China to use its “enormous influence” over Russia.",
            "enormous influence",
            "Volodymyr Zelenskiy",
        ),
        # a resolution doing the condemning; an assembly that voted to condemn
        (
            "China abstained on a resolution condemning Russia’s “attempted illegal annexation”.",
            "attempted illegal annexation",
            "a resolution",
        ),
        (
            "China abstained as the U.N. General Assembly voted overwhelmingly to condemn "
            'Russia\'s "attempted illegal annexation" of four regions.',
            "attempted illegal annexation",
            "U.N. General Assembly",
        ),
        # "a call handler": a noun after "a", not the verb "call"
        (
            "She said she had been told by a call handler to “just let the lawn go brown”.",
            "just let the lawn go brown",
            "a call handler",
        ),
        # "telling X" after a quotation: X listens
        (
            "Vladimir Putin has said sanctions are “doomed to fail”, telling an economic forum "
            "in Vladivostok that the world was changing.",
            "doomed to fail",
            "Vladimir Putin",
        ),
        # titles without periods, and a naming noun before a reduced relative's subject
        ("“It works,” City Clerk Rosa Imbert said.", "It works,", "Rosa Imbert"),
        ("“It is safe,” Brig Gen Mahfuzur Rahman said.", "It is safe,", "Mahfuzur Rahman"),
        (
            "The storm brought a tornado emergency, a designation the agency says it uses only in "
            "“exceedingly rare situations”.",
            "exceedingly rare situations",
            "the agency",
        ),
    ],
)
def test_rules_of_session_8_in_the_sentence(text: str, quote: str, speaker: str) -> None:
    """Sentence ends after X. and Corp., surnames for he, reduced relatives, joint documents."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a review's counter-examples to the session's rules, each narrowed
        (
            '"We need help," the minister said, and the government announced on Tuesday that it '
            'would take "emergency measures".',
            "emergency measures",
            "the government",
        ),
        (
            'The Security Council adopted a resolution condemning the "illegal" annexation.',
            "illegal",
            "a resolution",
        ),
        (
            'China and Russia released a joint statement saying ties had "no limits", while Xi '
            'said the relationship was "rock solid".',
            "rock solid",
            "Xi",
        ),
        (
            'Pep Guardiola\'s team were beaten on Saturday. "We were not good enough," he said.',
            "We were not good enough,",
            "Pep Guardiola",
        ),
        (
            'D-Day veteran Harry Billinge said it was "a privilege".',
            "a privilege",
            "Harry Billinge",
        ),
        (
            'A senior member of the ruling party Fidesz said the plan was "madness".',
            "madness",
            "A senior member of the ruling party Fidesz",
        ),
        ('Despite repeated appeals to "remain calm", crowds gathered.', "remain calm", None),
        (
            "Senator Maria Alvarez criticised the plan. “It is a disgrace,” she said, after "
            "criticism from Senator Tom Reed.",
            "It is a disgrace,",
            "Maria Alvarez",
        ),
    ],
)
def test_rules_of_session_8_do_not_over_reach(text: str, quote: str, speaker: str | None) -> None:
    """Times after a verb, documents as objects, other clauses, owners, tags and plural nouns."""
    assert the(text, quote).speaker == speaker


def test_a_resolved_company_keeps_the_period_of_its_inc() -> None:
    """ "Harlow Chemicals Inc. … The company said": the name as printed, period included."""
    text = "Harlow Chemicals Inc. shares fell. The company said it was “cooperating fully”."
    assert the(text, "cooperating fully").speaker == "Harlow Chemicals Inc."


def test_titles_are_dropped_and_speaker_full_is_the_fullest_name_in_the_text() -> None:
    """President Xi Jinping -> Xi Jinping; Xi -> Xi Jinping and Daly -> Robert Daly in full."""
    text = (
        "Chinese President Xi Jinping welcomed the Russian leader. The two became “best friends "
        "to heart”, as Xi described their relationship."
    )
    q = the(text, "best friends to heart")
    assert (q.speaker, q.speaker_full) == ("Xi", "Xi Jinping")
    daly = "The agreement is new, Robert Daly, the director, told me. “It is a pledge,” Daly said."
    assert the(daly, "It is a pledge,").speaker_full == "Robert Daly"
    pair = "Xi Jinping and Vladimir V. Putin met. After Mr. Xi and Mr. Putin met, they said it had “no limits.”"
    assert the(pair, "no limits.").speaker_full == "Xi Jinping and Vladimir V. Putin"
    alone = the("“We will win,” Graham said.", "We will win,")
    assert alone.speaker_full == "Graham"


# Patterns of English news prose, most added after held-out batch D: (rule, text, quotation,
# kind, speaker, cue). Every sentence is invented; each shows one general rule.
NEWS_RULES = [
    (
        "a time between subject and verb",
        "Senator Joan Pike on Tuesday said the bill was “dead on arrival.”",
        "dead on arrival.",
        "partial",
        "Joan Pike",
        "said",
    ),
    (
        "a verb joined by and shares the subject",
        "The rail union rejected the offer and warned of “a long, cold winter.”",
        "a long, cold winter.",
        "partial",
        "The rail union",
        "warned",
    ),
    (
        "a verb of judging with as",
        "The council criticised the plan as “reckless.”",
        "reckless.",
        "partial",
        "The council",
        "criticised as",
    ),
    (
        "headline: X tells Y …",
        "Okafor tells voters city will ‘rebuild stronger’ after floods",
        "rebuild stronger",
        "partial",
        "Okafor",
        "tells",
    ),
    (
        "headline: X hails …",
        "Okafor hails ‘historic’ vote on housing",
        "historic",
        "partial",
        "Okafor",
        "hails",
    ),
    (
        "headline: X rejects …",
        "Ministry rejects ‘false’ claims over dam safety",
        "false",
        "partial",
        "Ministry",
        "rejects",
    ),
    (
        "called on",
        "Mayor Ana Ruiz spoke on Monday. She called on drivers to “stay off the roads.”",
        "stay off the roads.",
        "partial",
        "Ana Ruiz",
        "called on",
    ),
    (
        "a parenthetical she adds",
        "Rita Vance writes for the paper. Her rivals, she adds, are “running scared.”",
        "running scared.",
        "partial",
        "Rita Vance",
        "adds",
    ),
    (
        "a progressive verb: X keeps telling us",
        "“Oslo keeps telling us, ‘We need more time,’ and we keep waiting,” the envoy said.",
        "We need more time,",
        "direct",
        "Oslo",
        "telling",
    ),
    (
        "a job word opening the sentence",
        "Striker Tomas Berg said he felt “fantastic” after the match.",
        "fantastic",
        "partial",
        "Tomas Berg",
        "said",
    ),
    (
        "they: a plural subject after a name",
        "Green Party councillors walked out of the meeting. “We were ignored,” they said.",
        "We were ignored,",
        "direct",
        "Green Party councillors",
        "said",
    ),
    (
        "a subject with a possessive determiner",
        "“My father used to say, ‘Always check the brakes,’ and he was right,” Lena Holm said.",
        "Always check the brakes,",
        "direct",
        "My father",
        "say",
    ),
    (
        "Dr. is an honorific; an affiliation after the name is dropped",
        "The lead researcher, Dr. Ana Lind of Oslo University, said the results were “striking.”",
        "striking.",
        "partial",
        "Dr. Ana Lind",
        "said",
    ),
    (
        "the head of X, Y: Y speaks",
        "“We are stretched,” the chair of Acme Health, Jo Lim, said.",
        "We are stretched,",
        "direct",
        "Jo Lim",
        "said",
    ),
    (
        "according to a role, Name",
        "The bridge is “older than the town itself,” according to its architect, Sam Ode.",
        "older than the town itself,",
        "partial",
        "Sam Ode",
        "according to",
    ),
    (
        "the company: the business named before",
        "Shares in Norbury Motors fell in Europe. “We are disappointed,” the company said.",
        "We are disappointed,",
        "direct",
        "Norbury Motors",
        "said",
    ),
    (
        "a participle after a clause: its subject",
        "Shares in Norbury Motors fell after the company cut its forecast, blaming “weak demand.”",
        "weak demand.",
        "partial",
        "Norbury Motors",
        "blaming",
    ),
    (
        "a document and its participle",
        "Workers at the plant received a memo, seen by reporters, warning of “severe cuts.”",
        "severe cuts.",
        "partial",
        "a memo",
        "warning",
    ),
    (
        "a quotation split by its attribution",
        "“We tried,” coach Ann Ruiz told reporters after the game, “but they were better.”",
        "but they were better.",
        "direct",
        "Ann Ruiz",
        "told",
    ),
    (
        "a long who-clause between subject and verb",
        "The organisers, who asked that their names be withheld because they fear losing their "
        "jobs, said they were “overwhelmed.”",
        "overwhelmed.",
        "partial",
        "The organisers",
        "said",
    ),
    (
        "headline: ‘…’: a plural subject and its verb",
        "‘We will not be silenced’: nurses stage walkout over pay",
        "We will not be silenced",
        "direct",
        "nurses",
        None,
    ),
    (
        "accented capitals in names",
        "“We will stay,” Ömer Yilmaz said.",
        "We will stay,",
        "direct",
        "Ömer Yilmaz",
        "said",
    ),
    (
        "a fuller list of reporting verbs: testified",
        "“I saw the van,” Omar Pike testified on Monday.",
        "I saw the van,",
        "direct",
        "Omar Pike",
        "testified",
    ),
    (
        "a fuller list of reporting verbs: posted",
        "“Roads are closed,” the fire service posted on Facebook.",
        "Roads are closed,",
        "direct",
        "the fire service",
        "posted",
    ),
    (
        "a fuller list of reporting verbs: chanted",
        "Strikers chanted “Fair pay now” outside the depot.",
        "Fair pay now",
        "partial",
        "Strikers",
        "chanted",
    ),
    (
        "as X put it to me",
        "As one farmer in Devon put it to me, “The rain never stops.”",
        "The rain never stops.",
        "direct",
        "one farmer in Devon",
        "put it",
    ),
    (
        "a title with -elect",
        "“We start today,” Mayor-elect Rosa Quint said.",
        "We start today,",
        "direct",
        "Rosa Quint",
        "said",
    ),
    (
        "two titles in a row",
        "Detective Chief Inspector Lou Grey said the attack was “brutal.”",
        "brutal.",
        "partial",
        "Lou Grey",
        "said",
    ),
    (
        "Sir and Dame are kept like Dr.",
        "Dame Hilda Brook said the gallery was “a national treasure.”",
        "a national treasure.",
        "partial",
        "Dame Hilda Brook",
        "said",
    ),
    (
        "who: a name before its role",
        "The school will close, according to Ms. Ida Fenn, its head teacher, who called it “a sad day.”",
        "a sad day.",
        "partial",
        "Ms. Ida Fenn",
        "called",
    ),
    (
        "which: the body before it",
        "Rail fares will rise, said the regulator, which warned of “hard choices.”",
        "hard choices.",
        "partial",
        "the regulator",
        "warned",
    ),
    (
        "accused X of",
        "The mayor accused the council of “wasting every penny.”",
        "wasting every penny.",
        "partial",
        "The mayor",
        "accused of",
    ),
    (
        "a source before the first sentence, a time before the verb",
        "(Wire) — Judge Ivo Lamb on Monday froze the fund, calling it “a sham.”",
        "a sham.",
        "partial",
        "Ivo Lamb",
        "calling",
    ),
    (
        "a possessive subject",
        "Peru’s energy ministry has denied the claim, insisting supplies are “secure.”",
        "secure.",
        "partial",
        "Peru’s energy ministry",
        "insisting",
    ),
    (
        "a role with its place",
        "One nurse at a clinic in Hull said staff were “running on empty.”",
        "running on empty.",
        "partial",
        "One nurse at a clinic in Hull",
        "said",
    ),
    (
        "a spokesperson for a body",
        "“We do not comment on leaks,” a spokesperson for the agency said.",
        "We do not comment on leaks,",
        "direct",
        "a spokesperson for the agency",
        "said",
    ),
    (
        "an institution named by a proper adjective",
        "The Norwegian embassy said the report was “deeply misleading.”",
        "deeply misleading.",
        "partial",
        "Norwegian embassy",
        "said",
    ),
    (
        "said Name of a body",
        "“Prices will fall,” said Lena Voss of the Grain Traders Forum.",
        "Prices will fall,",
        "direct",
        "Lena Voss",
        "said",
    ),
    (
        "trailing attribution after an apposition and a time",
        "The pitch was “far too slow” in the first half, the home captain, Rui Sal, admitted after the game.",
        "far too slow",
        "partial",
        "Rui Sal",
        "admitted",
    ),
    (
        "trailing attribution before a clause",
        "Tariffs are “bound to backfire” and will hurt farmers, trade experts said, as talks resumed.",
        "bound to backfire",
        "partial",
        "trade experts",
        "said",
    ),
    (
        "he: the person the sentence is about",
        "Coach Ben Ruiz praised striker Abe Kim for what he called “a perfect game.”",
        "a perfect game.",
        "partial",
        "Ben Ruiz",
        "called",
    ),
    (
        "she: not a body named after the",
        "Sara Moss runs the Harbour Food Network. She called the cuts “cruel”.",
        "cruel",
        "partial",
        "Sara Moss",
        "called",
    ),
    (
        "he inside a quotation: not the one quoting",
        "Ida Lane said her landlord, Carl Fisk, had refused. “He told me, ‘Pay or go,’” Lane said.",
        "Pay or go,",
        "direct",
        "Carl Fisk",
        "told",
    ),
    (
        "headline: X: ‘…’",
        "Okoro: ‘We will not resign’",
        "We will not resign",
        "direct",
        "Okoro",
        None,
    ),
    (
        "headline: a body: … ‘…’",
        "Dutch ministry: deal is ‘a good start’",
        "a good start",
        "partial",
        "Dutch ministry",
        None,
    ),
    (
        "an apposition holding a title",
        'Mr. Holt, whose novel "Red Sky" sold well, said critics were "too kind."',
        "too kind.",
        "partial",
        "Mr. Holt",
        "said",
    ),
    (
        "a passive verb of saying with no agent",
        "“Back then we were told, ‘Nothing will change,’ and we agreed,” Ana Gil said.",
        "Nothing will change,",
        "direct",
        None,
        "told",
    ),
    (
        "the nearer verb after according to",
        "Sales fell, according to the retailer, which blamed “a wet summer.”",
        "a wet summer.",
        "partial",
        "the retailer",
        "blamed",
    ),
    (
        "a verb of praise and its object",
        "Ruiz praises city’s ‘heroic’ nurses",
        "heroic",
        "partial",
        "Ruiz",
        "praises",
    ),
    (
        "a verb of blame in a headline",
        "Union slams ‘insulting’ pay offer",
        "insulting",
        "partial",
        "Union",
        "slams",
    ),
    (
        "the chairman: the person named with that role",
        "Mia Holt, the chairman, spoke first. Later the chairman said the board was “united.”",
        "united.",
        "partial",
        "Mia Holt",
        "said",
    ),
    (
        "a reporting word after a determiner is a noun",
        "The minister hit back, saying the claims were “baseless.”",
        "baseless.",
        "partial",
        "The minister",
        "saying",
    ),
    (
        "a clause after a quotation is not its attribution",
        'Analysts called it "risky", while the chairman, Sir Tom Ash, said the plan was "sound".',
        "risky",
        "partial",
        "Analysts",
        "called",
    ),
    (
        "a medium that reports is not the speaker",
        "Ruiz told aides the vote was “lost,” state television reported.",
        "lost,",
        "partial",
        "Ruiz",
        "told",
    ),
    (
        "one senior MP: a role",
        "“It is a shambles,” one senior Labour MP told reporters.",
        "It is a shambles,",
        "direct",
        "one senior Labour MP",
        "told",
    ),
    (
        "a passive naming verb with its agent after",
        "The cuts were described as “reckless” by two former ministers.",
        "reckless",
        "partial",
        "two former ministers",
        "described as",
    ),
    (
        "headline: a short clause before a colon",
        "‘We are devastated’: family pays tribute to lost sailor",
        "We are devastated",
        "direct",
        "family",
        None,
    ),
    (
        "X was quoted as saying",
        "Ortega was quoted as saying the deal was “fair to all.”",
        "fair to all.",
        "partial",
        "Ortega",
        "quoted as saying",
    ),
    (
        "an envoy to a country, Name,: the name speaks",
        "Peru’s envoy to Chile, Luis Mar, said the row was “over.”",
        "over.",
        "partial",
        "Luis Mar",
        "said",
    ),
    (
        "agreed to: no cue far from its quotation",
        "The ministry said both sides had agreed to “deepen ties.”",
        "deepen ties.",
        "partial",
        "The ministry",
        "said",
    ),
    (
        "headline: a determiner quotation after the subject's verb",
        "Envoy urges Oslo to use its ‘influence’",
        "influence",
        "partial",
        "Envoy",
        "urges",
    ),
    (
        "an accusation reports a quotation after a determiner",
        "Kiev accused Minsk of staging a “farce.”",
        "farce.",
        "partial",
        "Kiev",
        "accused",
    ),
    (
        "a quotation alone after the sentence that introduces its speaker",
        "Coach Ida Berg was furious.\n“We gave that game away.”",
        "We gave that game away.",
        "direct",
        "Ida Berg",
        None,
    ),
    (
        "nobody introduced: no speaker",
        "The flood came at night. “It was terrifying.”",
        "It was terrifying.",
        "direct",
        None,
        None,
    ),
    (
        "an abbreviated title's period does not end the name",
        "“It is a scandal,” said Rep. Lia Moss, a Democrat.",
        "It is a scandal,",
        "direct",
        "Lia Moss",
        "said",
    ),
    (
        "a plural group opening the sentence, with its place",
        "Diplomats in Vienna said the talks were “stuck.”",
        "stuck.",
        "partial",
        "Diplomats in Vienna",
        "said",
    ),
    # from the first extractor, then after batches D-G
    (
        "a paragraph that is one quotation continues the previous speaker",
        "“We were told to leave,” said Amir Haddad.\n“There was no time to pack anything.”",
        "There was no time to pack anything.",
        "direct",
        "Amir Haddad",
        None,
    ),
    (
        "a one-word quotation beside according to is the source's word",
        "The talks were “productive,” according to a State Department spokesperson.",
        "productive,",
        "partial",
        "a State Department spokesperson",
        "according to",
    ),
    (
        "a trailing cue before a clause that quotes someone else",
        "The port will not be “rushed” into a deal, harbour master Eli Sand said on Monday, "
        "after shippers warned of “delays”.",
        "rushed",
        "partial",
        "Eli Sand",
        "said",
    ),
    (
        "a verb after like to has the subject of like",
        "Regulators like to describe the new fuel market as “mature and orderly.”",
        "mature and orderly.",
        "partial",
        "Regulators",
        "describe as",
    ),
    (
        "a capitalised clause opener gives the nested speaker",
        "“When the coach stood up and said, ‘We play to win,’ we all cheered,” said Ada Lim.",
        "We play to win,",
        "direct",
        "the coach",
        "said",
    ),
    (
        "citing quotes the subject's words",
        "Acme Foods cut its outlook, citing “stubbornly high” costs.",
        "stubbornly high",
        "partial",
        "Acme Foods",
        "citing",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "quote", "kind", "speaker", "cue"), NEWS_RULES, ids=[r[0] for r in NEWS_RULES]
)
def test_news_rule_gives_kind_speaker_and_cue(
    rule: str, text: str, quote: str, kind: str, speaker: str, cue: str | None
) -> None:
    """Each general rule of news prose gives the kind, speaker and cue it is meant to."""
    q = the(text, quote)
    assert (q.kind, q.speaker, q.cue) == (kind, speaker, cue), rule


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“When critics talk about ‘fairness’, they mean rules they like,” Lee said.", "fairness"),
        (
            "‘Green wall’ plan faces its first test, officials say\n"
            "The so-called “green wall” of trees was planted in 2019.",
            "Green wall",
        ),
        (  # a label opening the next paragraph does not continue the quotation before it
            "“We will win,” Daly said.\n"
            "“Red line” talks failed on Monday. The so-called “red line” talks ended.",
            "Red line",
        ),
    ],
)
def test_labels_have_no_speaker(text: str, quote: str) -> None:
    """A pronoun never starts a speaker's phrase; a label used as a label nearby is a term."""
    q = the(text, quote)
    assert (q.kind, q.speaker, q.cue) == ("term", None, None)


# --------------------------------------------------------------------------- kind


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("How far will these autocrats take their “no limits” friendship?", "no limits", "term"),
        (
            "The two powers declared their “strategic partnership” in the 1990s.",
            "strategic partnership",
            "term",
        ),
        (
            'The campaign\'s "Main Street first" message has proved popular.',
            "Main Street first",
            "term",
        ),
        (
            "The rescue, dubbed “Operation Lifeline” by the navy, brought 300 people ashore.",
            "Operation Lifeline",
            "term",
        ),
        (
            "China accused the U.S. military of operating “dangerous” biolabs.",
            "dangerous",
            "partial",
        ),
        ("Critics called the deal a “betrayal” of voters.", "betrayal", "partial"),
        ("Her new novel “Salt Roads” sold 10,000 copies.", "Salt Roads", "term"),
        ("Critics mocked the council’s “world-class” bin scheme.", "world-class", "term"),
        (
            "The city’s “green belt” fund has run dry, campaigners said on Friday.",
            "green belt",
            "term",
        ),
        ("Market turmoil: ‘Red Friday’ fears grip traders", "Red Friday", "term"),
        ("Lisbon has kept its so-called “open door” visa policy.", "open door", "term"),
        # a displayed slogan with nobody is still a term
        ("They carried a banner reading “No more cuts”.", "No more cuts", "term"),
        ("“We will win,” Graham said.", "We will win,", "direct"),
        ("He said: 'I will not stand down.'", "I will not stand down.", "direct"),
    ],
)
def test_kind_tells_terms_fragments_and_sentences_apart(text: str, quote: str, kind: str) -> None:
    """Scare quotes and names are terms; fragments in the writer's sentence partial; sentences direct."""
    assert the(text, quote).kind == kind


# --------------------------------------------------------------------------- gold sets


def test_the_page_gold_spans_are_all_found_exactly_and_kind_and_speaker_are_right() -> None:
    """On the page: every gold span, no spurious one; kind and speaker right for >= 95%."""
    scores = score_quotes.score_file(EXPECTED / "quotes.yaml")
    assert (scores.gold, scores.predicted, scores.matched) == (35, 35, 35)
    assert scores.accuracy(scores.kind_right) >= 0.95
    assert scores.accuracy(scores.speaker_right) >= 0.95


def test_the_unseen_gold_meets_the_thresholds() -> None:
    """On invented news paragraphs: span F1 >= 0.95 and speaker accuracy >= 0.9."""
    scores = score_quotes.score_file(EXPECTED / "quotes_unseen.yaml")
    assert scores.gold >= 12
    assert scores.f1 >= 0.95
    assert scores.accuracy(scores.speaker_right) >= 0.9


ITEM_GOLDS = sorted([*EXPECTED.glob("quotes_*.yaml"), *EXPECTED.glob("agreement/*.yaml")])
AGREEMENTS = sorted(EXPECTED.glob("agreement/*.yaml"))


@pytest.mark.parametrize("path", ITEM_GOLDS, ids=lambda p: p.relative_to(EXPECTED).as_posix())
def test_every_items_gold_file_is_consistent(path: Path) -> None:
    """Each gold quotation occurs in its paragraph as often as numbered; ids are unique;
    a term has no speaker and no cue; speaker_full is given exactly when speaker is."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(items) >= 12
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        for gold in item["quotes"] or []:
            where = (item["id"], gold["text"])
            assert item["text"].count(gold["text"]) >= gold["occurrence"], where
            assert gold["kind"] in ("direct", "partial", "term"), where
            if gold["kind"] == "term":
                assert gold["speaker"] is None and gold["cue"] is None, where
            assert (gold["speaker"] is None) == (gold["speaker_full"] is None), where


@pytest.mark.parametrize("second", AGREEMENTS, ids=lambda p: p.name)
def test_two_annotators_agree_on_the_same_spans(second: Path) -> None:
    """A second annotation of a batch covers its spans; two people agree on most speakers."""
    scores = score_quotes.agreement(EXPECTED / second.name, second)
    assert scores.matched == scores.gold == scores.predicted
    assert scores.accuracy(scores.speaker_right) >= 0.95


def test_the_scorer_compares_two_annotators(capsys: pytest.CaptureFixture[str]) -> None:
    """score_quotes.py --against prints the agreement of one gold file with a second one."""
    second = AGREEMENTS[0]
    assert score_quotes.main([str(EXPECTED / second.name), "--against", str(second)]) == 0
    assert f"vs agreement/{second.name}" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        score_quotes.main([str(EXPECTED / "quotes.yaml"), str(second), "--against", str(second)])


def test_the_published_quotes_agree_with_the_page_gold_on_kind_and_speaker() -> None:
    """After curation, data/quotes.csv has the gold kind and speaker for every quotation."""
    gold = score_quotes.keyed(
        (str(g["line"]), g)
        for g in yaml.safe_load((EXPECTED / "quotes.yaml").read_text(encoding="utf-8"))
    )
    with (ROOT / "data" / "quotes.csv").open(encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["char_start"]))
    published = score_quotes.keyed((r["line"], r) for r in rows)
    assert published.keys() == gold.keys()
    for key, g in gold.items():
        assert published[key]["kind"] == g["kind"], key
        assert score_quotes.speaker_right(published[key]["speaker"] or None, g), key


def test_the_scorer_prints_a_markdown_table(capsys: pytest.CaptureFixture[str]) -> None:
    """score_quotes.py --markdown prints one table row per gold file."""
    assert score_quotes.main([str(EXPECTED / "quotes_unseen.yaml"), "--markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| gold set |") and "`quotes_unseen.yaml`" in out


def test_scorer_counts_a_speaker_right_by_name_or_full_name() -> None:
    """A predicted speaker is right if it is the gold speaker or its full form, any case."""
    gold = {"speaker": "Xi", "speaker_full": "Xi Jinping"}
    assert score_quotes.speaker_right("xi jinping", gold) and score_quotes.speaker_right("Xi", gold)
    assert not score_quotes.speaker_right(None, gold)
    assert score_quotes.speaker_right(None, {"speaker": None}) and not score_quotes.speaker_right(
        "X", {"speaker": None}
    )


def test_score_quotes_script_exists_where_the_docs_say() -> None:
    """The docs' command runs the script at scripts/score_quotes.py."""
    assert Path(score_quotes.__file__).resolve() == (ROOT / "scripts" / "score_quotes.py").resolve()
    assert "scripts/score_quotes.py" in (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Curator Ben Ode said the show was “long overdue”.", "long overdue", "Ben Ode"),
        ("UN Secretary-General Ana Lopes called it “a disgrace”.", "a disgrace", "Ana Lopes"),
        ("Attorney General Mo Reed called it “a sham”.", "a sham", "Mo Reed"),
    ],
)
def test_job_words_and_compound_titles_are_dropped(text: str, quote: str, speaker: str) -> None:
    """Job words (Curator) and titles with a body before them (UN Secretary-General) go."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Reporters Without Borders said the law was “chilling”.",
            "chilling",
            "Reporters Without Borders",
        ),
        ("Friends of the Earth said the plan was “reckless”.", "reckless", "Friends of the Earth"),
        ("Lin Mo of the Harbour Trust said the plan was “reckless”.", "reckless", "Lin Mo"),
        (
            "Later, the Union of Hotel and Bar Workers met the firm and called it “insulting”.",
            "insulting",
            "Union of Hotel and Bar Workers",
        ),
        (
            "Norway's embassy in Rome called the report “a fabrication”.",
            "a fabrication",
            "Norway's embassy in Rome",
        ),
        # a body's name after "of" (the Bank of Norway), not a person's affiliation
        (
            "The Central Bank of Norway said the rise was “temporary”.",
            "temporary",
            "Central Bank of Norway",
        ),
        # a possessive owner is part of the body's name
        (
            "Norway’s Fisheries Ministry said the quota was “final”.",
            "final",
            "Norway’s Fisheries Ministry",
        ),
        # a body set in a named place stays whole: the embassy in Ottawa
        (
            "The Peruvian Embassy in Ottawa called the report “baseless.”",
            "baseless.",
            "Peruvian Embassy in Ottawa",
        ),
    ],
)
def test_a_body_s_long_name_is_the_whole_speaker(text: str, quote: str, speaker: str) -> None:
    """A name with of, and, for, Without inside, or owner's body to/in a place, is kept whole."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Hastings declined to name a motive, saying only that the man was “known to us.”",
            "known to us.",
            "Hastings",
        ),
        (
            "Nurses at Leeds General Infirmary walked out, saying wards were “dangerously short”.",
            "dangerously short",
            "Nurses at Leeds General Infirmary",
        ),
        (
            "Shares in Ombra Foods fell after the firm cut its outlook, blaming “weak demand”.",
            "weak demand",
            "Ombra Foods",
        ),
        # a subject with an apposition (The Daily Post, a tabloid …,) still governs the -ing cue
        (
            "The Daily Post, a tabloid owned by Ida Berg, ran a leader arguing the deal had “failed.”",
            "failed.",
            "Daily Post",
        ),
    ],
)
def test_an_ing_cue_after_any_verb_takes_the_sentence_subject(
    text: str, quote: str, speaker: str
) -> None:
    """A name ending in -ing is a subject, not an intro; a group with its place is one speaker."""
    assert the(text, quote).speaker == speaker


def test_a_quotation_as_the_bare_object_of_reflected_is_not_framed_by_it() -> None:
    """X replied that the move reflected “…”: the cue is replied; "Lu reflected: “…”" still counts."""
    text = "A spokesperson replied that the move itself reflected “a Cold War mentality” and left."
    q = the(text, "a Cold War mentality")
    assert (q.speaker, q.cue) == ("A spokesperson", "replied")
    assert the("Lu reflected: “It was a long year.”", "It was a long year.").cue == "reflected"


def test_a_that_clause_speaker_wins_over_the_source_that_reports_it() -> None:
    """X told Y that … “…”, her office said: the words are X's; the office reports them."""
    text = "Mayor Ana Roy told the council on Monday that the budget was “a disaster”, her office said."
    q = the(text, "a disaster")
    assert (q.speaker, q.cue) == ("Ana Roy", "told")
    assert the("Prices were “falling fast”, officials said.", "falling fast").speaker == "officials"
    titled = "Ana Roy told the board that sales were “strong”, said Secretary of State Tom Lund."
    assert (the(titled, "strong").speaker, the(titled, "strong").cue) == ("Ana Roy", "told")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Crowds marched through Leeds, chanting “Rent is theft” all day.", "Rent is theft"),
        (
            "Her father posted a photo with the caption “We are so proud of you.”",
            "We are so proud of you.",
        ),
    ],
)
def test_a_chanted_or_displayed_sentence_with_a_speaker_is_direct(text: str, quote: str) -> None:
    """A capitalised clause chanted, shouted or captioned by a named speaker is direct."""
    assert the(text, quote).kind == "direct"


def test_a_headline_names_x_a_label_gives_the_subject() -> None:
    """Oslo names Rome a ‘partner’: Oslo's word, cue "names"; a dog named “Rex” has none."""
    q = the("Oslo names Rome a ‘partner’ in new security plan", "partner")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Oslo", "names")
    assert the("A dog named “Rex” was found.", "Rex").speaker is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The Campaign for Clean Air called the plan “reckless”.",
            "reckless",
            "Campaign for Clean Air",
        ),
        ("“Cruel,” said Minister for Europe Ana Roy.", "Cruel,", "Ana Roy"),
        ("“Cruel,” said Secretary of State for Health Ana Roy.", "Cruel,", "Ana Roy"),
        (
            "Workers at the Dagenham plant walked out, saying conditions were “unsafe”.",
            "unsafe",
            "Workers at the Dagenham plant",
        ),
    ],
)
def test_names_with_for_and_titles_with_a_portfolio(text: str, quote: str, speaker: str) -> None:
    """A body named with "for" stays whole; a title's portfolio (for Europe) goes with it."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Residents of the estate say they have been “abandoned” by the council.",
            "Residents of the estate",
        ),
        ("Jones of the Harbour Trust said it was “abandoned”.", "Jones"),
    ],
)
def test_a_plural_group_keeps_of_and_a_common_noun(text: str, speaker: str) -> None:
    """Residents of the estate is one group; Jones of the Harbour Trust is Jones."""
    assert the(text, "abandoned").speaker == speaker


def test_called_for_takes_the_demand_beside_it_only() -> None:
    """X called for an “…”: X's words, cue "called for"; not a quotation further on."""
    q = the("The union has called for “urgent talks” with the government.", "urgent talks")
    assert (q.kind, q.speaker, q.cue) == ("partial", "The union", "called for")
    text = "The two mayors called for new roads and denounced “car culture,” the local habit."
    assert the(text, "car culture,").cue != "called for"


def test_an_adverb_like_long_between_subject_and_verb() -> None:
    """Farmers have long described the levy as “…”: the farmers."""
    q = the("Farmers have long described the levy as “a tax on bread”.", "a tax on bread")
    assert (q.speaker, q.kind) == ("Farmers", "partial")


def test_a_source_tag_before_a_split_quotation() -> None:
    """(Reuters) “…,” said X, a role, “…”: both halves direct, both X's."""
    text = (
        "(Reuters) “The harvest is late,” said Ivo Tam, a grower near Split, "
        "“but the grapes are the best in years.”"
    )
    first, second = extract(text)
    assert (first.kind, first.speaker) == ("direct", "Ivo Tam")
    assert (second.kind, second.speaker) == ("direct", "Ivo Tam")


def test_a_reported_use_of_a_label_keeps_its_speaker() -> None:
    """The ‘open door’ policy ... they declared a pact with “open door”: the second is theirs."""
    text = (
        "The ‘open door’ policy is fading\n"
        "When Ana Roy and Ola Berg met in Oslo, they declared a pact with “open door”."
    )
    q = [q for q in extract(text) if q.text == "open door"][-1]
    assert (q.kind, q.speaker, q.cue) == ("partial", "Ana Roy and Ola Berg", "declared")


def test_a_label_before_a_noun_stays_a_term() -> None:
    """‘Open door’ policy fades, envoys say / the “open door” policy: both are names."""
    text = "‘Open door’ policy fades, envoys say\nThe “open door” policy is over."
    assert [q.kind for q in extract(text)] == ["term", "term"]


def test_a_reported_word_is_not_a_name_for_its_later_so_called_use() -> None:
    """She said the plan was “cruel” … the so-called “cruel” plan: the first is hers."""
    text = "Ana Roy said the plan was “cruel”. Officials rejected what they called the so-called “cruel” claim."
    q = extract(text)[0]
    assert (q.kind, q.speaker) == ("partial", "Ana Roy")


def test_every_rule_is_documented() -> None:
    """docs/quotes.md lists every rule an attribution can name (the tables' and its own)."""
    from pathlib import Path

    from sinoru_data.quotes import RULE_NAMES

    doc = (Path(__file__).resolve().parents[1] / "docs" / "quotes.md").read_text(encoding="utf-8")
    assert not {name for name in RULE_NAMES if f"`{name}`" not in doc}


def test_sure_rules_are_those_the_docs_measure_at_90_percent_or_more() -> None:
    """SURE_RULES (the rules parse --review does not ask to check) follow the table in
    docs/quotes.md: 20 or more blind quotations and a strict speaker accuracy of 0.900 or more."""
    from sinoru_data.quotes import SURE_RULES

    doc = (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z-]+)` \| ([\d,]+) \| [\d.]+% \| ([\d.]+) \|", doc, re.M)
    assert rows
    measured = {
        rule for rule, n, right in rows if int(n.replace(",", "")) >= 20 and float(right) >= 0.9
    }
    assert measured == SURE_RULES


def test_speaker_basis_admits_every_rule_and_curated() -> None:
    """The quotes table's speaker_basis values are the extractor's rules and 'curated'."""
    from typing import get_args

    from sinoru_data.models import SpeakerBasis
    from sinoru_data.quotes import RULE_NAMES

    assert set(get_args(SpeakerBasis)) == RULE_NAMES | {"curated"}


def test_every_quote_of_every_gold_text_names_a_known_rule() -> None:
    """The rule of each quotation the extractor finds in the gold texts is one of RULE_NAMES."""
    from sinoru_data.quotes import RULE_NAMES

    texts = [
        item["text"] for path in ITEM_GOLDS for item in yaml.safe_load(path.read_text("utf-8"))
    ]
    seen = {q.rule for text in texts for q in extract(text)}
    assert seen <= RULE_NAMES
    assert {"speaker-cue", "cue-speaker", "sentence-cue", "continuation", "none"} <= seen


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        ("Jane Doe", True),
        ("County Executive Jane Doe", True),  # a title kept: GGT's overlapping spans
        ("Doe", True),  # a first name missing
        ("the Jane Doe", True),  # "the" ignored
        ("John Doe", False),  # a different person
        ("Jane", True),  # a run of the gold's words
        (None, False),
    ],
)
def test_scorer_ggt_speaker_match_accepts_overlapping_names_only(
    predicted: str | None, right: bool
) -> None:
    """The GGT-comparable match: one name's words are a run of the other's; null only matches null."""
    gold = {"speaker": "Jane Doe", "speaker_full": "Jane Doe"}
    assert score_quotes.speaker_overlaps(predicted, gold) is right
    assert score_quotes.speaker_overlaps(None, {"speaker": None, "speaker_full": None})
    assert not score_quotes.speaker_overlaps(
        "Chinese foreign ministry", {"speaker": "Russian foreign ministry"}
    )


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "A person familiar with the talks put it bluntly: “Nobody is in a hurry.”",
            "Nobody is in a hurry.",
            "A person familiar with the talks",
        ),
        (
            "People familiar with the matter said the deal was “stuck”.",
            "stuck",
            "People familiar with the matter",
        ),
        (
            "“It is stuck,” said two people familiar with the company’s plans.",
            "It is stuck,",
            "two people familiar with the company’s plans",
        ),
        (
            'Officials close to the palace said it was "a blunder".',
            "a blunder",
            "Officials close to the palace",
        ),
        (
            "“Nobody wants it,” said one banker in Zurich, who asked not to be named.",
            "Nobody wants it,",
            "one banker in Zurich",
        ),
        # said a role of a body, who …: the role with its body, as printed
        (
            "“We are ready,” said the head of a Leeds building firm, who asked not to be named.",
            "We are ready,",
            "the head of a Leeds building firm",
        ),
        ("“Nobody wants it,” said Ana Roy in Zurich.", "Nobody wants it,", "Ana Roy"),
    ],
)
def test_an_unnamed_source_keeps_what_sets_it_apart(text: str, quote: str, speaker: str) -> None:
    """A source set by what it knows, or a role with its place, is one speaker, as printed."""
    assert the(text, quote).speaker == speaker


# --- descriptions resolved to names (session 3)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Brightwave said on Monday that orders had doubled. “We are hiring,” the Dutch "
            "chipmaker giant said.",
            "We are hiring,",
            "Brightwave",
        ),
        (
            "The messaging service Tattle was down for a day. “We are sorry,” the company said.",
            "We are sorry,",
            "Tattle",
        ),
        (
            "The International Lighthouse Organization said the beacons were old. “They must "
            "be replaced,” the agency said.",
            "They must be replaced,",
            "International Lighthouse Organization",
        ),
        (
            "Norvik Energy cut 300 jobs on Monday. “It was a hard call,” the Norwegian firm said.",
            "It was a hard call,",
            "Norvik Energy",
        ),
        (  # a capital is a place, not the company
            "Orchard said sales fell in China. Beijing said it would act. “We disagree,” the "
            "company said.",
            "We disagree,",
            "Orchard",
        ),
        (
            "Flights were grounded, the transport ministry said. The ministry called the "
            "outage “regrettable”.",
            "regrettable",
            "transport ministry",
        ),
    ],
)
def test_a_body_description_is_the_one_body_that_spoke(text: str, quote: str, speaker: str) -> None:
    """The company, the agency, the giant: the one organisation named before as a speaker."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # two bodies spoke: which one is meant would be a guess
            "Weibo said it had acted. Tencent said it would too. “We act,” the platform said.",
            "We act,",
            "the platform",
        ),
        ("Ann Roy said the plan failed. “We act,” the company said.", "We act,", "the company"),
        ("Moscow said the deal was done. “We act,” the company said.", "We act,", "the company"),
        (  # a surname alone is not a body
            "Peskov said he left the talks. “We act,” the agency said.",
            "We act,",
            "the agency",
        ),
        (  # a business noun never stands for a ministry
            "The Ministry of Finance said it would look. “We act,” the firm said.",
            "We act,",
            "the firm",
        ),
        (
            "The health ministry and the finance ministry met. “We act,” the ministry said.",
            "We act,",
            "the ministry",
        ),
        (  # another body is named before, if only as an object
            "Ofcom said it would look into the BBC. “We take it seriously,” the broadcaster said.",
            "We take it seriously,",
            "the broadcaster",
        ),
        (  # the same noun with "a": a body left unnamed
            "Ardent Foods said no. A farmers’ group protested. “Shame,” the group said.",
            "Shame,",
            "the group",
        ),
    ],
)
def test_an_ambiguous_body_description_stays_as_printed(
    text: str, quote: str, speaker: str
) -> None:
    """No body, a person, a place or two bodies before: the description is kept."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Jo “the Rocket” Kerr won the 200m in Rome. “I felt fast,” said the 24-year-old Scot.",
            "I felt fast,",
            "Jo Kerr",
        ),
        ("Ana Roy won in Oslo. “I am happy,” the Swede said.", "I am happy,", "Ana Roy"),
        (
            "Tom Reed beat Ana Roy in the final. “I am happy,” said the 24-year-old.",
            "I am happy,",
            "the 24-year-old",
        ),
        (  # the nation described someone else before
            "Ana Roy beat the Kenyan favourite. “I am happy,” said the Kenyan.",
            "I am happy,",
            "Kenyan",
        ),
        (
            "The new wing has been described by its curator, Ines Moreau, as “a triumph.”",
            "a triumph.",
            "Ines Moreau",
        ),
    ],
)
def test_a_description_of_a_person_is_the_one_person_named(
    text: str, quote: str, speaker: str
) -> None:
    """By age or nation (the 24-year-old Scot), or a role with its name set beside it."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # a nation alone ties the description to nobody: it stays as printed
            "Elena Vostrikova won her first title on Saturday, beating Maya Castellanos in the "
            "final. “I am so tired,” the 21-year-old said. Castellanos, who saved three match "
            "points, was gracious. “She was better,” the Spaniard said.",
            "She was better,",
            "Spaniard",
        ),
        (
            "Elena Vostrikova won her first title on Saturday, beating Maya Castellanos in the "
            "final. “I am so tired,” the 21-year-old said.",
            "I am so tired,",
            "Elena Vostrikova",
        ),
        (  # the age set beside a name decides
            "Ed Lam, 31, lost to Jo Kerr, 29, in Leeds. “Easy,” said the 29-year-old.",
            "Easy,",
            "Jo Kerr",
        ),
        (  # a description with its home town, or with a job, after the age
            "Ana Roy thanked Tom Reed. The 29-year-old from Cork told the BBC: “I am home.”",
            "I am home.",
            "Ana Roy",
        ),
        (
            "When the hatch closed, Claire Roy became the first woman to fly. The 44-year-old "
            "former test pilot said she was “not nervous”.",
            "not nervous",
            "Claire Roy",
        ),
        (  # someone else named in the quotation's own sentence: which one is a guess
            "Ana Roy named her squad. Asked about Tom Reed, the 52-year-old said he was “unfit”.",
            "unfit",
            "the 52-year-old",
        ),
        (  # the sentence before names two and neither is its subject
            "Rain fell on Ana Roy and on Tom Reed. “Awful,” said the 30-year-old.",
            "Awful,",
            "the 30-year-old",
        ),
    ],
)
def test_a_description_of_a_person_follows_the_person_just_spoken_of(
    text: str, quote: str, speaker: str
) -> None:
    """With several people named, "the 21-year-old" is the subject of the sentence before."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Norway’s envoy to the United Nations called the vote “a mistake.” "
            "“We will not give up,” Lena Dahl said.",
            "a mistake.",
            "Lena Dahl",
        ),
        (
            "Talks ‘will not be rushed’, says former navy captain\n"
            "Oleg Brandt, a retired captain in the Baltic Fleet, said the talks were slow.",
            "will not be rushed",
            "Oleg Brandt",
        ),
        (  # the person named next has another role: someone else
            "Norway’s envoy to the United Nations called the vote “a mistake.” "
            "“We will not give up,” said Lena Dahl, a student.",
            "a mistake.",
            "Norway’s envoy to the United Nations",
        ),
        (  # a definite role in the body may be someone not yet named
            "The manager called it “a disgrace.” “We were robbed,” said Tom Lee.",
            "a disgrace.",
            "The manager",
        ),
    ],
)
def test_a_role_described_first_is_the_person_named_next(
    text: str, quote: str, speaker: str
) -> None:
    """China's envoy to X ... named in the next sentence, when nobody is named before."""
    assert the(text, quote).speaker == speaker


# --- speakers and cues of invented sentences


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        # === after batches D-F: joined verbs, long roles, modals, quoted as saying
        # X said ... but warned that “…”: a verb joined by but shares the subject
        (
            "Jo Pike, of the Bakers Guild, said members backed it but warned costs were “absurd”.",
            "absurd",
            "Jo Pike",
            "warned",
        ),
        # quoted as saying takes a long role with a body, whole
        (
            "“We stand ready,” Radio Nord quoted the head of the Council for Trade and Industry as saying.",
            "We stand ready,",
            "the head of the Council for Trade and Industry",
            "quoted as saying",
        ),
        # a verb after a modal is not a report: the spokesman's word, cue said
        (
            "The Kremlin’s spokesman said Moscow would respond “appropriately”.",
            "appropriately",
            "The Kremlin’s spokesman",
            "said",
        ),
        # “…,” was how X described it, after the quotation
        (
            "“Unacceptable,” was how one diplomat described the delay.",
            "Unacceptable,",
            "one diplomat",
            "described",
        ),
        # X was quoted as saying, after the quotation
        (
            "“We are ready,” Ana Roy was quoted as saying by the Post.",
            "We are ready,",
            "Ana Roy",
            "quoted as saying",
        ),
        # === after batches D-G: ranks, teams, unnamed roles
        # a retired rank in brackets before the name
        (
            "“We were never told,” said Colonel (retd) Ana Roy.",
            "We were never told,",
            "Ana Roy",
            "said",
        ),
        # a team and role before the subject's name, not the "after" clause's noun
        (
            "Norway coach Ola Berg refused to blame the pitch after his team's 3-0 loss, "
            "saying they had been “second to every ball.”",
            "second to every ball.",
            "Ola Berg",
            "saying",
        ),
        # she after an unnamed role is that role
        (
            "The union accused a junior minister of bad faith after she called the strike “reckless”.",
            "reckless",
            "a junior minister",
            "called",
        ),
        # === after batch J: titles, long names, lists, pairs, the nearer clause
        # a title before the name goes, British ranks and councillors included
        (
            "County Executive Ruth Adair said the county “will not pay”.",
            "will not pay",
            "Ruth Adair",
            "said",
        ),
        ("Det Insp Omar Reyes said: “Call us.”", "Call us.", "Omar Reyes", "said"),
        ("Cllr Jo Lamb said: “We listened.”", "We listened.", "Jo Lamb", "said"),
        ('Co-star Ivy Marsh wrote: "He was kind."', "He was kind.", "Ivy Marsh", "wrote"),
        # a title whose own words hold "of" is not an affiliation
        (
            'U.S. Secretary of State Ana Roy said Oslo was "deeply concerned".',
            "deeply concerned",
            "Ana Roy",
            "said",
        ),
        # a body's name with a list in it is one name
        (
            "The Department for Culture, Media and Sport said: “We welcome it.”",
            "We welcome it.",
            "Department for Culture, Media and Sport",
            "said",
        ),
        # a long phrase before the verb that ends in a name: the name
        (
            '"Sales held up," Pike & Lowe chief executive Maria Ode told analysts.',
            "Sales held up,",
            "Maria Ode",
            "told",
        ),
        (
            '"Sales held up," said Pike & Lowe chief executive Maria Ode.',
            "Sales held up,",
            "Maria Ode",
            "said",
        ),
        # two names opening a clause after a subordinator are one speaker
        (
            "Weeks after Ana Roy and Tom Lund declared ties had “no limits”, talks failed.",
            "no limits",
            "Ana Roy and Tom Lund",
            "declared",
        ),
        # remind frames words; so do promise, pledge, vow with a quotation after "a"
        (
            'Judge Ann Lee reminded jurors that speeches "are not evidence."',
            "are not evidence.",
            "Ann Lee",
            "reminded",
        ),
        (
            "Premier Ivo Tam promised voters a “steady hand” on tax.",
            "steady hand",
            "Ivo Tam",
            "promised",
        ),
        # a source at the end of the sentence speaks for a quotation after "a" …
        (
            "Savers face a “cliff edge” if rates fall, a group of MPs has warned.",
            "cliff edge",
            "a group of MPs",
            "warned",
        ),
        # … not for a name after "the" or one that modifies a noun
        ("The “loss and damage” fund is empty, campaigners said.", "loss and damage", None, None),
        ("It is a “cliff edge” moment, MPs have warned.", "cliff edge", None, None),
        # a later clause with its own verb of saying is the nearer source
        (
            'Le Monde quoted the minister as saying it would "hold firm", while unions said the row was about "pay, not pride".',
            "pay, not pride",
            "unions",
            "said",
        ),
        # === after batch K: titles, firms, appositions, nouns like verbs, object pronouns
        ('"Not yet," said Council Member Ivy Marsh.', "Not yet,", "Ivy Marsh", "said"),
        ('"Not yet," said Regent Ivy Marsh.', "Not yet,", "Ivy Marsh", "said"),
        (
            "Auditor-General Ivy Marsh’s report warned controls were “inadequate”.",
            "inadequate",
            "Ivy Marsh",
            "warned",
        ),
        # a firm whose name opens with a title word keeps its name
        ('General Motors said demand was "soft".', "soft", "General Motors", "said"),
        ('The Regent Hotel said it was "full".', "full", "Regent Hotel", "said"),
        # an apposition with an age or describing words before the name gives the name
        (
            "The homeowner, 67-year-old Ann Lee, said she was left “shaking”.",
            "shaking",
            "Ann Lee",
            "said",
        ),
        (
            "One victim, retired teacher Ivy Marsh, testified: “He lied.”",
            "He lied.",
            "Ivy Marsh",
            "testified",
        ),
        (
            "Oslo's culture minister, Ana Roy, defended the rules, saying Norwegian must stay « the common language ».",
            "the common language",
            "Ana Roy",
            "saying",
        ),
        # "call" as a noun, and a verb of judging after a modal, are not the source's verbs
        (
            "Ana Roy told Tom Lund during a two-hour call that Oslo should “keep faith”.",
            "keep faith",
            "Ana Roy",
            "told",
        ),
        (
            "Ana Roy told the summit that the world should reject “bloc politics”.",
            "bloc politics",
            "Ana Roy",
            "told",
        ),
        # an object pronoun stands for whom "he" would
        (
            "Ian Roy rang Oslo. “No deal,” the readout quoted him as saying.",
            "No deal,",
            "Ian Roy",
            "quoted as saying",
        ),
        # he finds no person in things named by a nationality or with digits
        (
            "(Kyodo) The ministry said two Russian Tu-95s flew by. “Not by chance,” he said.",
            "Not by chance,",
            None,
            "said",
        ),
        # a body named by its owner and post, after the outlet's tag
        (
            "(Politico) Oslo's mission to the United Nations said trade “must go on”.",
            "must go on",
            "Oslo's mission to the United Nations",
            "said",
        ),
        # a headline's source after a dash
        ("Oslo ‘grateful’ for the offer – Ana Roy", "grateful", "Ana Roy", None),
        # === after batch L: Justice, object relatives, appositive names, that-clauses, colons
        ("Justice Ann Lee said he showed “no remorse”.", "no remorse", "Ann Lee", "said"),
        (
            'The Justice Department said the claim was "baseless".',
            "baseless",
            "Justice Department",
            "said",
        ),
        # an object relative clause: a galaxy that its finder called “…”
        (
            "It is a smudge that lead author Dr Ivo Tam called “barely there”.",
            "barely there",
            "Dr Ivo Tam",
            "called",
        ),
        # quoted a role, then the name in apposition, as saying
        (
            "CTV quoted a ministry spokesperson, Ann Lee, as saying beds were “rare”.",
            "rare",
            "Ann Lee",
            "quoted as saying",
        ),
        # the source of a that-clause after a long object, not the one reporting it
        (
            'Ana Roy warned Tom Lund during a two-hour video call on Friday that there would be "costs", the ministry said.',
            "costs",
            "Ana Roy",
            "warned",
        ),
        (
            "The ministry expressed “deep regret” over the vote.",
            "deep regret",
            "The ministry",
            "expressed",
        ),
        # a colon after a sentence whose subject is a person hands them the words, with no cue
        (
            "Portland guard Ivo Tam was blunter: “We let him get comfortable.”",
            "We let him get comfortable.",
            "Ivo Tam",
            None,
        ),
        # a place after "in" is no one's name for "he"
        (
            "Police in Cape Town said a man was hurt. “It was loud,” he said.",
            "It was loud,",
            None,
            "said",
        ),
        # === after batch M: name particles, titled pairs, headline verbs, unnamed people
        # small words inside a person's name
        ("“It is high,” Mayor Ramon delos Reyes said.", "It is high,", "Ramon delos Reyes", "said"),
        ("“We act,” said Ursula von der Leyen.", "We act,", "Ursula von der Leyen", "said"),
        # two titled people as one subject; a double title before one name
        (
            '(Reuters) Chinese President Ana Roy and Russian President Tom Lund declared ties had "no limits".',
            "no limits",
            "Ana Roy and Tom Lund",
            "declared",
        ),
        (
            "State Councillor and Foreign Minister Ana Roy said it was “rock-solid”.",
            "rock-solid",
            "Ana Roy",
            "said",
        ),
        # a headline verb after a comma shares the headline's subject
        (
            "Oslo backs Rome over the vote, calls it ‘pure provocation’",
            "pure provocation",
            "Oslo",
            "calls",
        ),
        # what a body has long promoted as “…”
        (
            'the route, which Oslo has long promoted as a "shorter" path.',
            "shorter",
            "Oslo",
            "promoted",
        ),
        # she after an unnamed person who is the subject of the sentence before
        (
            "Dr. Ann Lee spoke. One mother, who was not named, said it hurt. “Nobody came,” she said.",
            "Nobody came,",
            "One mother",
            "said",
        ),
        (
            "Ana Roy chose Oslo for her first visit, pledging to “resolutely support” it.",
            "resolutely support",
            "Ana Roy",
            "pledging",
        ),
        ("Commuter Ivy Marsh said: “Nobody told us.”", "Nobody told us.", "Ivy Marsh", "said"),
        # === after batch N: honorifics, titles, trailing sources, outlets, participles
        ('"No," said Prof. Ann Lee.', "No,", "Prof. Ann Lee", "said"),  # an honorific, kept
        ('"He stole," Assistant U.S. Attorney Ann Lee said.', "He stole,", "Ann Lee", "said"),
        # "call" followed by an auxiliary is a noun (the video call had covered …)
        (
            "Ivo Tam said the leaders' video call had covered “the whole range” of issues.",
            "the whole range",
            "Ivo Tam",
            "said",
        ),
        (
            "One of the people said the banks took a “case-by-case” approach.",
            "case-by-case",
            "One of the people",
            "said",
        ),
        # a source before ", according to X" at the end of the sentence is the speaker
        (
            "Trains will « cut » times, deputy minister Ivo Tam said on Monday, according to Interfax.",
            "cut",
            "Ivo Tam",
            "said",
        ),
        # the outlet in the tag is nobody "he" can refer to
        (
            "(Nikkei Asia) Sales rose. “Now there is a list,” he said.",
            "Now there is a list,",
            None,
            "said",
        ),
        # a reported verb's subject after "said"
        (
            "Ann Lee said staff had told her they were “doing their best”.",
            "doing their best",
            "staff",
            "told",
        ),
        # a participle opening the sentence is not the source's verb; a place after "on" is no one
        (
            "Jack Tremaine lost. Asked about the crowd on Rod Laver Arena, he grinned: “Great.”",
            "Great.",
            "Jack Tremaine",
            None,
        ),
        # === after batches O and P: bodies with "of", names and passives, post-nominals
        (
            "The Ministry of Justice said it was “urgently” acting.",
            "urgently",
            "Ministry of Justice",
            "said",
        ),
        # no source after a name or a passive: a group calling itself “X” claimed …
        (
            "A gang calling itself “Nightshade” claimed responsibility in a post.",
            "Nightshade",
            None,
            None,
        ),
        (
            "The pass, which has been called “the worst road”, claimed two lives.",
            "the worst road",
            None,
            None,
        ),
        # an apposition that gives only part of a name
        (
            '"It never arrives," said the owner of a firm in Wenzhou, who gave only his surname, Zhou.',
            "It never arrives,",
            "Zhou",
            "said",
        ),
        # a pipeline's name is no company; the one firm that spoke before is
        (
            'Gazprom said flows set a record. The company said they were "above volumes" on Power of Siberia.',
            "above volumes",
            "Gazprom",
            "said",
        ),
        # letters after a name, and a nationality before one, are not part of it
        (
            "“Help is late,” said Ivo Tam MSP, the party’s spokesman.",
            "Help is late,",
            "Ivo Tam",
            "said",
        ),
        (
            "“A fine ride,” said Belgian Koen Verstraeten.",
            "A fine ride,",
            "Koen Verstraeten",
            "said",
        ),
        (
            'Northern Counties Building Society said it was "largely unavailable".',
            "largely unavailable",
            "Northern Counties Building Society",
            "said",
        ),
        # "the ministry" for the one possessive description that spoke before
        (
            "Troops came, China's defense ministry said. “Not aimed at anyone,” the ministry said.",
            "Not aimed at anyone,",
            "China's defense ministry",
            "said",
        ),
        # === after batches Q and R: titled appositions, places, unnamed officials, owners
        # a title with its portfolio, then the name in apposition: the name
        (
            "The State Commissioner for Culture, Mrs. Ada Ode, described it as “bigger than ever”.",
            "bigger than ever",
            "Mrs. Ada Ode",
            "described as",
        ),
        # a journal's title is nobody "she" refers to
        (
            "“A game changer,” said Dr. Ivy Marsh, whose study ran in the journal Cancer Reports. She cautioned that it was “small”.",
            "small",
            "Dr. Ivy Marsh",
            "cautioned",
        ),
        # he for an unnamed official who is the subject of the sentence before
        (
            "Ana Roy spoke. In remarks on TV, Oslo's oil minister said no. The Nord News Agency quoted him as saying it was “pure speculation”.",
            "pure speculation",
            "Oslo's oil minister",
            "quoted as saying",
        ),
        # a stadium is no person; the one person named before is "the 26-year-old"
        (
            'Highlife star Ama "Lady A" Owusu cancelled her show at Accra’s Black Star Stadium. “I must rest,” the 26-year-old said.',
            "I must rest,",
            "Ama Owusu",
            "said",
        ),
        # a title after a body's name with "of"; an owner before a long body name
        ("“Rates stay,” Bank of Russia Governor Ana Roy said.", "Rates stay,", "Ana Roy", "said"),
        (
            "China's Ministry of Commerce said it “firmly opposes” the move.",
            "firmly opposes",
            "China's Ministry of Commerce",
            "said",
        ),
        # === after batches S and T: media that quote, programmes, "what it called"
        # the one quoted, not the medium that quotes
        (
            "Ana Roy was quoted by RIA Novosti as saying flows would rise “significantly”.",
            "significantly",
            "Ana Roy",
            "quoted as saying",
        ),
        # a programme spoken to is nobody "she" refers to; the unnamed subject before is
        (
            "One victim told RTÉ's Morning Ireland she lost money. “I was fooled,” she said.",
            "I was fooled,",
            "One victim",
            "said",
        ),
        # "it" in "X rejected what it called “…”" is X
        (
            "Nurses will strike after the Royal College of Nursing rejected what it called a “derisory” offer.",
            "derisory",
            "Royal College of Nursing",
            "called",
        ),
        # a place after "off" is no one
        (
            "Ivy Marsh won. Her boat broke off Cape Wrath, in what she called “the longest night”.",
            "the longest night",
            "Ivy Marsh",
            "called",
        ),
        # === after batches U and V: times, nested "I", antecedents, long roles, titles
        # a time before a weekday does not end the sentence
        (
            'Mayor Ivo Tam conceded at 10 p.m. Monday, telling supporters voters had "spoken clearly."',
            "spoken clearly.",
            "Ivo Tam",
            "telling",
        ),
        # "I" inside a nested quotation is whoever says the outer one
        (
            "“I kept telling myself, ‘Don't look back,’” Ivo Tam said.",
            "Don't look back,",
            "Ivo Tam",
            "telling",
        ),
        # a relative clause's antecedent is the noun phrase after the verb
        (
            'Oslo on Friday vetoed a resolution that would have condemned its "sham votes".',
            "sham votes",
            "a resolution",
            "condemned",
        ),
        # a role of several words with "of", as printed; a role with its place after "near"
        (
            '"It is toxic," said the finance director of a Moscow-based metals trader, who asked not to be named.',
            "It is toxic,",
            "the finance director of a Moscow-based metals trader",
            "said",
        ),
        (
            "“It floods,” said one farmer near Wareham.",
            "It floods,",
            "one farmer near Wareham",
            "said",
        ),
        # a document issued after a meeting is the subject, not the meeting
        (
            "In May, a joint statement issued after their talks declared ties had “no limits”.",
            "no limits",
            "a joint statement",
            "declared",
        ),
        # more titles before a name
        (
            "“He is healthy,” said Divisional Forest Officer Ivo Tam.",
            "He is healthy,",
            "Ivo Tam",
            "said",
        ),
        (
            "Highland MSP Ann Lee called it “a postcode lottery”.",
            "a postcode lottery",
            "Ann Lee",
            "called",
        ),
        # === session 4, after batches AA-AD
        # a noun, then who named it: "a move X called “…”" (a relative clause with no "that")
        (
            'The board shut the pool, a decision Councillor Ivo Tam called "short-sighted".',
            "short-sighted",
            "Ivo Tam",
            "called",
        ),
        (
            "Ana Roy said exports rose 4%, a jump she described as “a blip”.",
            "a blip",
            "Ana Roy",
            "described",
        ),
        # a description by kind: the latest name that shares its noun, or that was set after it
        (
            "The Harbour Trust met Ana Roy on Friday. The trust called the plan “reckless”.",
            "reckless",
            "Harbour Trust",
            "called",
        ),
        (
            "Dockers at Oslo Port met Ana Roy. The port company said the deal was “fair”.",
            "fair",
            "Oslo Port",
            "said",
        ),
        (
            "Shares in drone maker Nordtek fell as Ana Roy quit. The company said sales were “soft”.",
            "soft",
            "Nordtek",
            "said",
        ),
        # the subject is read past what commas set before its verb, an adverb, a conjunction
        (
            "But a tenants' group, which has 2,000 members, called the rise “brutal”.",
            "brutal",
            "a tenants' group",
            "called",
        ),
        (
            "The Minister of Health, Ana Roy, visited Leeds, saying staff were “heroic”.",
            "heroic",
            "Ana Roy",
            "saying",
        ),
        (
            "The 31-year-old also criticised the pitch, describing it as “a bog”.",
            "a bog",
            "The 31-year-old",
            "describing as",
        ),
        (
            "Housing charity Shelter Cymru welcomed the law but warned it was “overdue”.",
            "overdue",
            "Shelter Cymru",
            "warned",
        ),
        (  # a name set after the kind is that kind, though it reads like a person's
            "Workers at electronics maker Veltron India struck. The company called it “illegal”.",
            "illegal",
            "Veltron India",
            "called",
        ),
        # more verbs: ruling (that), terming, flagged
        (
            "The appeals court freed Ana Roy, ruling that the search was “unlawful”.",
            "unlawful",
            "The appeals court",
            "ruling",
        ),
        (
            "Judge Ana Roy quashed the order, terming it “arbitrary”.",
            "arbitrary",
            "Ana Roy",
            "terming",
        ),
        (
            "Shares in Nordtek fell after the company flagged “softer” demand.",
            "softer",
            "Nordtek",
            "flagged",
        ),
        # an adverb between the speaker and the verb after a quotation
        ("“We will appeal,” Ana Roy later told reporters.", "We will appeal,", "Ana Roy", "told"),
        ("“We will appeal,” Roy also said.", "We will appeal,", "Roy", "said"),
        # a kind of business before its name is dropped like a title
        (
            "Retailer Norbury Foods said sales were “disappointing”.",
            "disappointing",
            "Norbury Foods",
            "said",
        ),
        # Malaysian titles are dropped; a dateline in capitals is nobody "she" refers to
        (
            "KUALA LUMPUR: Datuk Dr Siti Aminah said cases rose. She urged “vigilance”.",
            "vigilance",
            "Dr Siti Aminah",
            "urged",
        ),
        # a title with a long portfolio before a name
        (
            "Minister of State for Trade and Industry Goh Pei Ling said it was “a risk”.",
            "a risk",
            "Goh Pei Ling",
            "said",
        ),
        # a participle's clause after a quotation is not its attribution
        (
            'Analysts at Bernstein called the cut "overdue," noting that Nordtek had grown.',
            "overdue,",
            "Analysts at Bernstein",
            "called",
        ),
        # "a book the judges called “…”", "a plan critics called “…”"
        ("It was a plan critics called “reckless”.", "reckless", "critics", "called"),
        # "said" then a title with a long portfolio, then the name and where it was said
        (
            '"We will act," said Minister of State for National Development Tan Li Ying in a post.',
            "We will act,",
            "Tan Li Ying",
            "said",
        ),
        # a headline's speaker with a place before the colon
        (
            "Lavrov in Beijing: ‘The West will not succeed’",
            "The West will not succeed",
            "Lavrov",
            None,
        ),
        # "voted to demand that"; a body whose name holds a title word (General Assembly)
        (
            'The UN General Assembly voted on Wednesday to demand that Russia "withdraw now".',
            "withdraw now",
            "UN General Assembly",
            "demand",
        ),
        # a party and state in brackets after a name (D-Ariz.)
        (
            'Rep. Ana Roy (D-Ariz.) told supporters the race would be "close".',
            "close",
            "Ana Roy",
            "told",
        ),
        # an acronym in brackets after a name does not hide the verb
        (
            "The Dock Workers Union (DWU) described the offer as “an insult”.",
            "an insult",
            "Dock Workers Union",
            "described as",
        ),
        # === session 5, from the per-rule precision of the blind rounds
        # "X said …, according to Y": Y relays X's words, the "that" left out
        (
            "Ana Roy said the talks should go on “in good faith,” according to state radio.",
            "in good faith,",
            "Ana Roy",
            "said",
        ),
        # ... but a pledge is not a report of words: the source keeps them
        (
            "Both sides pledged to act “without delay”, according to a joint statement.",
            "without delay",
            "a joint statement",
            "according to",
        ),
        # "in the words of X", inside the sentence, opening it, or after the quotation
        (
            "Trade has, in the words of one Almaty banker, “gone from a trickle to a flood.”",
            "gone from a trickle to a flood.",
            "one Almaty banker",
            "in the words of",
        ),
        (
            "In the words of one aide: “We lost the room.”",
            "We lost the room.",
            "one aide",
            "in the words of",
        ),
        (
            "In the words of Mayor Ida Lund, the plan was “dead in the water”.",
            "dead in the water",
            "Ida Lund",
            "in the words of",
        ),
        (
            "The reform was “a slow train,” in the words of one economist.",
            "a slow train,",
            "one economist",
            "in the words of",
        ),
        # a place after "in a" / "in this" is no one's name; nor is a two-word country
        (
            "Ida Lund, 29, heard the news in a Cuba St cafe. “I cried,” she said.",
            "I cried,",
            "Ida Lund",
            "said",
        ),
        (
            "Ida Lund made the first New Zealand film in years. “I cried,” she said.",
            "I cried,",
            "Ida Lund",
            "said",
        ),
        # a surname alone, once the full name was given, is the person, as printed
        (
            "Aroha Pene made a film. Pene, 29, found out by email. “I cried,” she said.",
            "I cried,",
            "Pene",
            "said",
        ),
        # a pronoun refers back from where it stands: not to the name after it
        (
            "Glenn Asher has spent the fall attacking what he calls Roy’s “rubber-stamp record”.",
            "rubber-stamp record",
            "Glenn Asher",
            "calls",
        ),
        # a document's participle is not part of its name; a clause after "said" is no speaker
        (
            "The two sides would expand trade “in every field”, according to a statement issued.",
            "in every field",
            "a statement",
            "according to",
        ),
        (
            "The agency, which billed the launch as “a milestone,” said the ships docked in Oslo.",
            "a milestone,",
            "The agency",
            "billed as",
        ),
        # promoting verbs with "as"; a modifier before the plural in "a move X called"
        (
            "The mayor pitched the plan as a “win for everyone”.",
            "win for everyone",
            "The mayor",
            "pitched as",
        ),
        (
            "Fees will rise – a move student leaders described as “daylight robbery”.",
            "daylight robbery",
            "student leaders",
            "described",
        ),
        # what a pronoun stands for is resolved like a description (the automaker … It said)
        (
            "Kestrel Motors is recalling cars, the automaker said. It said it was “not aware” of injuries.",
            "not aware",
            "Kestrel Motors",
            "said",
        ),
        # a museum, gallery, hospital or school is the name that carries its noun
        (
            "The Lakeshore Museum of Art will return a painting. The museum said the sale was “under duress”.",
            "under duress",
            "Lakeshore Museum of Art",
            "said",
        ),
        # a party before a name and a post-nominal after it go like titles
        (
            "The winner, Liberal Democrat Ewan Sutherland, said: “I did not believe it.”",
            "I did not believe it.",
            "Ewan Sutherland",
            "said",
        ),
        (
            "Counsel assisting the inquiry, Ana Roy SC, said orders came “hours after” the flood.",
            "hours after",
            "Ana Roy",
            "said",
        ),
        # a role before a name with "of" and a body without "the": the person, not the body
        (
            "Consumer advocate Ida Lund of Travelers United called the deal “bad news”.",
            "bad news",
            "Ida Lund",
            "called",
        ),
        # an unnamed worker introduced before is who "she" is
        (
            "Ana Roy announced the cuts. One laid-off software developer said it took ten minutes."
            " “It felt cold,” she said.",
            "It felt cold,",
            "One laid-off software developer",
            "said",
        ),
        # a date or a longer time between subject and verb is no speaker
        (
            "The joint statement issued on February 4 declared there were “no limits”.",
            "no limits",
            "The joint statement",
            "declared",
        ),
        (
            "Oslo and Rome have in recent months described their ties as “unbreakable”.",
            "unbreakable",
            "Oslo and Rome",
            "described as",
        ),
        # "the company" after a name described as one (X, a billing company), not a commission;
        # "the club" for a sports club's name
        (
            "Corvane Health, a billing company, was hacked, a filing with the Securities and"
            " Exchange Commission shows. The company said it had “no evidence” of misuse.",
            "no evidence",
            "Corvane Health",
            "said",
        ),
        (
            "Millbrook Athletic sacked their manager on Sunday. “We thank him,” the club said.",
            "We thank him,",
            "Millbrook Athletic",
            "said",
        ),
        # a joint portfolio before a title, and "X-based" before a name, go like titles
        (
            "RIA quoted Industry and Trade Minister Ana Roy as saying output would “double”.",
            "double",
            "Ana Roy",
            "quoted as saying",
        ),
        (
            "The London-based Harbour Trace Institute described the trade as “porous”.",
            "porous",
            "Harbour Trace Institute",
            "described as",
        ),
        # ... and what those rules must not take (found in review): a participle after a
        # person is part of the phrase; two people joined by "and"; "bill" as a noun; a
        # pronoun after the quotation; "However," is no name; a company's employee; a city
        (
            "“Talks are over,” said a diplomat based in Beijing.",
            "Talks are over,",
            "a diplomat based in Beijing",
            "said",
        ),
        (
            "“No,” Ana Roy and Foreign Minister Tom Lund said.",
            "No,",
            "Ana Roy and Tom Lund",
            "said",
        ),
        ("Senators passed the bill last night as a “historic” step.", "historic", None, None),
        (
            "When Tom Lund said he would go, Sam Roy called the plan “dead”, he said.",
            "dead",
            "Sam Roy",
            "said",
        ),
        (
            "Acme Foods said no. However, a farmers’ group protested. “Shame,” the group said.",
            "Shame,",
            "the group",
            "said",
        ),
        (
            "Ana Roy, an oil company executive, spoke. The company called it “a mistake”.",
            "a mistake",
            "The company",
            "called",
        ),
        (
            "Fans marched in Kansas City on Sunday. “Thank you, fans,” the club said.",
            "Thank you, fans,",
            "the club",
            "said",
        ),
        # "spoke of", an inquiry's "found that"; "what X, a group, called"; "sanctions he called"
        (
            "Ana Roy has spoken of her “nine months of hell” on the tour.",
            "nine months of hell",
            "Ana Roy",
            "spoken of",
        ),
        (
            "An independent review found that the plan was “out of date”.",
            "out of date",
            "An independent review",
            "found",
        ),
        (
            "Bills will rise by $3, a figure that Union des ménages, a consumer group, called “misleading”.",
            "misleading",
            "Union des ménages",
            "called",
        ),
        (
            "Guo Shuqing said China would not join sanctions he called “unilateral”.",
            "unilateral",
            "Guo Shuqing",
            "called",
        ),
        # "a pledge her rival called", "a move finance ministry officials described as"; and a
        # noun after a verb (rejected claims) is no reporting verb of its own
        (
            "She promised free buses, a pledge her Conservative rival called “fantasy economics”.",
            "fantasy economics",
            "her Conservative rival",
            "called",
        ),
        (
            "They raised the age, a move finance ministry officials described as “a middle path”.",
            "a middle path",
            "finance ministry officials",
            "described",
        ),
        (
            "The Dock Union rejected claims it was to blame, saying the firm had “made this mess”.",
            "made this mess",
            "Dock Union",
            "saying",
        ),
        # an adverb after an apposition: the apposed name is still the subject
        (
            "It was a speech that Kyiv's envoy, Ida Roy, later dismissed as “words without deeds”.",
            "words without deeds",
            "Ida Roy",
            "dismissed as",
        ),
    ],
)
def test_speaker_and_cue_of_invented_sentences(
    text: str, quote: str, speaker: str | None, cue: str | None
) -> None:
    """The speaker and cue of invented sentences, one row per pattern the rules read
    (grouped by the round of blind batches that added them; each pattern was first met in
    a blind batch, the sentences here are new)."""
    q = the(text, quote)
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # === after batches D-F: relative and joined clauses, appositions, documents, pronouns
        # a relative clause with "that" is not the subject: the trust speaks, not "runs the school"
        (
            "The trust that runs the hospital said it was “surprised” by the vote.",
            "surprised",
            "The trust",
        ),
        ("He argued that the minister said it was “too late”.", "too late", "the minister"),
        # an apposition identified as a name gives the name
        (
            "“He hit me,” the witness, identified in court papers only as K.L., testified on Monday.",
            "He hit me,",
            "K.L.",
        ),
        # who gave her name only as Maria: Maria
        (
            "One resident, who gave her name only as Maria, said the water was “everywhere”.",
            "everywhere",
            "Maria",
        ),
        # an age and a role after a name are both skipped: Ana Roy, not "45"
        (
            "Ana Roy, 45, a nurse from Leeds, told Sky News: “We are exhausted.”",
            "We are exhausted.",
            "Ana Roy",
        ),
        # a post to a place is dropped before the name: the place is the post's
        (
            "Former ambassador to Oslo Ana Roy wrote that the summit was “a disaster”.",
            "a disaster",
            "Ana Roy",
        ),
        # two names opening a clause speak together
        (
            "Both Ana Roy and Tom Lund described the deal as “historic”.",
            "historic",
            "Ana Roy and Tom Lund",
        ),
        # shares of a company make the company the subject: "what it called" is the company
        (
            "Shares of Ombra Foods jumped 9% on Monday after the grocer raised its outlook, "
            "citing what it called “exceptional” demand.",
            "exceptional",
            "Ombra Foods",
        ),
        # an adverb is not part of what X calls: staff, not "staff privately"
        (
            "The firm is drafting what staff privately call a “rescue plan” for the merger.",
            "rescue plan",
            "staff",
        ),
        # an adverb of time between subject and verb is skipped: she later told
        (
            "The council leader, Ana Roy, said the plan was “dead”. She later told the BBC it was “finished”.",
            "finished",
            "Ana Roy",
        ),
        # a document speaks, unless the subject published it
        (
            "Staff at the depot received a memo, seen by the BBC, warning of “deep cuts.”",
            "deep cuts.",
            "a memo",
        ),
        (
            "The Evening Post published an editorial arguing that the deal had “collapsed.”",
            "collapsed.",
            "Evening Post",
        ),
        # a verb that needs an object with "to" is passive: the mayor is told, not telling
        ("Mayor Ana Roy told to ‘stop blaming the council’", "stop blaming the council", None),
        ("Ana Roy told reporters to “wait and see”.", "wait and see", "Ana Roy"),
        # he or she is not the outlet or the person spoken to
        (
            "“Prices will fall,” said Ida Berg, an economist at Nordbank, in an interview with "
            "Radio Nord. “Not soon,” she added.",
            "Not soon,",
            "Ida Berg",
        ),
        (
            "Ida Berg told Tom Lund the plan was flawed. “It will fail,” she said.",
            "It will fail,",
            "Ida Berg",
        ),
        # he is not an outlet after "in an interview with the state-run …"
        (
            "Envoy Ivo Tam said talks would go on, in an interview with the state-run Radio Nord. "
            "“We will not give up,” he was quoted as saying.",
            "We will not give up,",
            "Ivo Tam",
        ),
        # he is never a common-noun subject ("The steps"): the person named before
        (
            "Foreign Minister Ida Berg spoke on Monday. The steps were “illegal”, he told reporters.",
            "illegal",
            "Ida Berg",
        ),
        # === after batches D-G: names cut and kept, appositions, roles by its
        # a court after a person's name is cut
        (
            "Judge Mara Lind of Regional Appeals Court wrote that the fee was “plainly unlawful.”",
            "plainly unlawful.",
            "Mara Lind",
        ),
        # a company suffix stays in the subject's name
        (
            "Norbury Motors Inc. cut its forecast, citing “weaker than hoped” fleet sales.",
            "weaker than hoped",
            "Norbury Motors Inc.",
        ),
        # an acronym opening the speaker is not a relative pronoun: WHO is not "who"
        (
            "“The season came early,” WHO malaria chief Ana Roy told reporters.",
            "The season came early,",
            "Ana Roy",
        ),
        # a name in apposition after said the role: the name, not the role
        (
            "“We cannot pay twice,” said the union’s treasurer, Ola Berg.",
            "We cannot pay twice,",
            "Ola Berg",
        ),
        # its role is the person named as that role, or set in apposition at a sentence end
        (
            "The board named Ana Roy as its chief executive in May.\n“We will grow,” its chief executive said.",
            "We will grow,",
            "Ana Roy",
        ),
        (
            "The firm is led by Ola Berg, its founder.\n“We will not sell,” its founder said.",
            "We will not sell,",
            "Ola Berg",
        ),
        # === after batch H: definite descriptions resolved to the one person or body named
        # a role, with its place or bare, is the only person named before
        (
            "Ola Berg's side lost again at Bolton. “We go again,” the Leeds manager said.",
            "We go again,",
            "Ola Berg",
        ),
        ("Ana Roy flew to Oslo for the talks.\n“We talk,” the envoy said.", "We talk,", "Ana Roy"),
        # it stays as printed with two people named, or when the one named met the role
        (
            "Ola Berg watched Ian Cole score. “We go again,” the Leeds manager said.",
            "We go again,",
            "the Leeds manager",
        ),
        ("Ana Roy met the envoy in Oslo.\n“We talk,” the envoy said.", "We talk,", "the envoy"),
        # the envoy is the person named as ambassador (to a country or to a body)
        (
            "Norway's ambassador, Ana Roy, met them.\n“We talk,” the envoy said.",
            "We talk,",
            "Ana Roy",
        ),
        (
            "Norway's ambassador to the European Union, Ana Roy, met them.\n“We talk,” the envoy said.",
            "We talk,",
            "Ana Roy",
        ),
        # his role in apposition names the person: his rival is Ana Roy
        (
            "Bo Li won the seat. His rival, councillor Ana Roy, called the count “unfair”.",
            "unfair",
            "Ana Roy",
        ),
        # the bank is the banking group named before
        (
            "Harwick Banking Group will shut 30 branches. The bank said footfall had fallen “sharply”.",
            "sharply",
            "Harwick Banking Group",
        ),
        # the statement is the body that issued it; with no issuer it stays as printed
        (
            "The singer cancelled her tour, Redmoor Media said in a statement.\n"
            "“She needs rest,” the statement said.",
            "She needs rest,",
            "Redmoor Media",
        ),
        (
            "The tour was cancelled.\n“She needs rest,” the statement said.",
            "She needs rest,",
            "the statement",
        ),
        # === with title-cased terms (below), after batches U and V: headlines capitalise every
        # word, so a headline's title-cased quotation is not taken for a name
        ("Ana Roy: ‘We Have No Illusions’", "We Have No Illusions", "Ana Roy"),
    ],
)
def test_speaker_of_invented_sentences(text: str, quote: str, speaker: str | None) -> None:
    """The speaker of invented sentences where only the speaker is checked, one row per pattern
    the rules read (grouped by the round of blind batches that added them)."""
    assert the(text, quote).speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Ana Roy, who ran on a “Fix the Basics” platform, won.", "Fix the Basics"),
        ("Boxer Ivo Tam, known as “The Hammer”, said he was ready.", "The Hammer"),
        (
            'Campaigners launched "Every Street Counts" on Monday, the council said.',
            "Every Street Counts",
        ),
        (
            "Residents carried signs reading “Breathe at Your Own Risk.”",
            "Breathe at Your Own Risk.",
        ),
    ],
)
def test_a_title_cased_quotation_is_a_name_with_no_speaker(text: str, quote: str) -> None:
    """Slogans, titles and nicknames capitalise every main word: terms, nobody's words."""
    q = the(text, quote)
    assert (q.kind, q.speaker, q.cue) == ("term", None, None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"It is busy," said one trader at a private refinery in Qingdao.',
            "one trader at a private refinery in Qingdao",
        ),
        (
            '"It is busy," one trader at a private refinery in Qingdao said.',
            "one trader at a private refinery in Qingdao",
        ),
        ('"It is busy," said Ana Roy at the ministry.', "Ana Roy"),
        ('"It is busy," said Kazakh Ana Roy.', "Ana Roy"),
    ],
)
def test_an_unnamed_source_keeps_its_workplace_and_a_name_drops_it(text: str, speaker: str) -> None:
    """An unnamed source is printed with where they work; a named one is the name alone."""
    assert the(text, "It is busy,").speaker == speaker


def test_a_text_is_read_for_brackets_once_however_many_quotations() -> None:
    """Blanking the brackets after names is done once per text, not once per quotation (a long
    text with hundreds of quotations was quadratic); nested quotations included."""
    from sinoru_data.quotes import sentences

    text = " ".join(
        f"“Part {n} is ‘done’,” Ana Roy (D-Ariz.) said. The “plan {n}” stalled." for n in range(30)
    )
    sentences._skip_brackets.cache_clear()
    quotes = extract(text)
    assert len(quotes) == 90
    assert sentences._skip_brackets.cache_info().misses == 1
    assert quotes[0].speaker == "Ana Roy"
