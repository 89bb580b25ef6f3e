"""Finding quotations in English news text, classifying them and naming their speakers.

Works on any English news prose, not only on digest pages, in three steps:

1. **Spans** (:func:`find_spans`): pairs of quote marks (“…”, ‘…’, "…", '…', « … »),
   nested or not. Apostrophes (China’s, don't, leaders’) are told apart from closing
   marks; a line break ends every open quotation, and a mark left open is reported as a
   warning, never turned into a span.
2. **Attribution** (:func:`attribute`): the first named rule that ties the quotation to a
   speaker and a reporting word (the *cue*): the words right after it (:data:`AFTER_RULES`,
   “…,” Graham said), right before it (:data:`BEFORE_RULES`, Friedman wrote, “…”), the rest
   of its sentence (:data:`TRAILING_RULES`, :data:`SENTENCE_RULES`, then the last reporting
   verb before it), a headline's speaker, then the quotation before it (a continuation) and
   last the person the sentence before introduces. Pronouns are resolved
   to the person, pair or thing the text last names, and descriptions (the company, the
   chairman) to the one body or person they stand for; titles are dropped ("President Xi
   Jinping" -> "Xi Jinping"). Where the text names nobody, the speaker is ``None``.
3. **Kind**: ``direct`` (a sentence in someone's words), ``partial`` (a fragment inside the
   writer's sentence) or ``term`` (scare quotes, names and slogans: no speaker, no cue).

>>> [(q.text, q.kind, q.speaker, q.cue) for q in extract("“We will win,” Graham said.")]
[('We will win,', 'direct', 'Graham', 'said')]

Offsets index the text given: ``text[q.char_start:q.char_end] == q.text``. Rules are
deterministic regular expressions over the words around a quotation (no model); their
known limits are listed in ``docs/quotes.md``.

The package, in the order a quotation goes through it:

- :mod:`~sinoru_data.quotes.spans`: quote marks and the spans between them;
- :mod:`~sinoru_data.quotes.sentences`: sentence starts and a quotation's context;
- :mod:`~sinoru_data.quotes.vocabulary`: reporting verbs, titles and word lists;
- :mod:`~sinoru_data.quotes.rules`: the named attribution rules;
- :mod:`~sinoru_data.quotes.names`: speakers' names and their fullest forms;
- :mod:`~sinoru_data.quotes.pronouns`: who a pronoun refers to;
- :mod:`~sinoru_data.quotes.descriptions`: whom a description (the company, the chairman)
  stands for;
- :mod:`~sinoru_data.quotes.attribution`: the speaker and cue of a quotation;
- :mod:`~sinoru_data.quotes.kinds`: direct, partial or term;
- :mod:`~sinoru_data.quotes.extraction`: :func:`extract`, which puts them together,
  returning one :class:`~sinoru_data.quotes.result.FoundQuote` per quotation.
"""

from .attribution import (
    NO_ATTRIBUTION,
    OWN_RULES,
    RULE_NAMES,
    SURE_RULES,
    Attribution,
    attribute,
)
from .extraction import extract
from .names import full_name
from .result import FoundQuote
from .rules import AFTER_RULES, BEFORE_RULES, SENTENCE_RULES, TRAILING_RULES, Rule
from .sentences import Context, context, label_position, sentence_starts, sentence_subject
from .spans import PAIRS, Span, find_spans
from .vocabulary import (
    CLAUSE_WORDS,
    DOCUMENT_WORDS,
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    INTRO_WORDS,
    NAMING,
    ORG_WORDS,
    PRONOUNS,
    SENTENCE_CUES,
    SPEECH,
    STOP_CAPS,
    TITLES,
)

__all__ = [
    "AFTER_RULES",
    "BEFORE_RULES",
    "CLAUSE_WORDS",
    "DOCUMENT_WORDS",
    "FUNCTION_WORDS",
    "HEADLINE_VERBS",
    "INTRO_WORDS",
    "NAMING",
    "NO_ATTRIBUTION",
    "ORG_WORDS",
    "OWN_RULES",
    "PAIRS",
    "PRONOUNS",
    "RULE_NAMES",
    "SENTENCE_CUES",
    "SENTENCE_RULES",
    "SPEECH",
    "STOP_CAPS",
    "SURE_RULES",
    "TITLES",
    "TRAILING_RULES",
    "Attribution",
    "Context",
    "FoundQuote",
    "Rule",
    "Span",
    "attribute",
    "context",
    "extract",
    "find_spans",
    "full_name",
    "label_position",
    "sentence_starts",
    "sentence_subject",
]
