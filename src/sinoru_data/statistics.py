"""Numbers about the published tables that the docs quote: rows, dates, outlets, speakers.

Every number in the dataset card and the figures is computed here from the
published rows (``Tables``: table name → rows as dicts), so the docs cannot
disagree with the data.

Example:
-------
>>> tables = {
...     "sources": [{"source_id": "ap", "name": "Associated Press", "kind": "news-agency",
...                  "country": "US"}],
...     "entries": [{"source_id": "ap"}, {"source_id": None}],
... }
>>> entries_per_kind(tables)
[('news-agency', 1), ('no outlet', 1)]

"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Rows = Sequence[Mapping[str, Any]]
Tables = Mapping[str, Rows]

NO_OUTLET = "no outlet"
"""The outlet kind of an entry whose outlet is neither printed nor curated."""


def ranked(values: Iterable[str]) -> list[tuple[str, int]]:
    """Count values; most frequent first, ties in alphabetical order.

    >>> ranked(["b", "a", "b", "c", "a", "b"])
    [('b', 3), ('a', 2), ('c', 1)]
    """
    return sorted(Counter(values).items(), key=lambda item: (-item[1], item[0]))


def row_counts(tables: Tables) -> dict[str, int]:
    """The number of rows of each table, in the tables' order.

    >>> row_counts({"documents": [{}], "entries": [{}, {}]})
    {'documents': 1, 'entries': 2}
    """
    return {name: len(rows) for name, rows in tables.items()}


def date_range(entries: Rows) -> tuple[dt.date, dt.date]:
    """The first day any entry is dated to and the last.

    >>> d = dt.date
    >>> date_range([{"date_start": d(2022, 2, 3), "date_end": d(2022, 2, 7)},
    ...             {"date_start": d(2022, 1, 31), "date_end": d(2022, 1, 31)}])
    (datetime.date(2022, 1, 31), datetime.date(2022, 2, 7))
    """
    return min(e["date_start"] for e in entries), max(e["date_end"] for e in entries)


def _source_field(tables: Tables, field: str) -> list[str]:
    """One field of each entry's source, in entry order; ``NO_OUTLET`` for entries without one."""
    by_id = {s["source_id"]: s[field] for s in tables["sources"]}
    return [by_id.get(e["source_id"], NO_OUTLET) for e in tables["entries"]]


def entry_kinds(tables: Tables) -> list[str]:
    """The outlet kind of each entry, in entry order.

    >>> entry_kinds({"sources": [{"source_id": "ap", "kind": "news-agency"}],
    ...              "entries": [{"source_id": None}, {"source_id": "ap"}]})
    ['no outlet', 'news-agency']
    """
    return _source_field(tables, "kind")


def entries_per_kind(tables: Tables) -> list[tuple[str, int]]:
    """How many entries come from each kind of outlet, most first."""
    return ranked(entry_kinds(tables))


def entries_per_outlet(tables: Tables) -> list[tuple[str, int]]:
    """How many entries come from each outlet (by its full name), most first.

    >>> entries_per_outlet({"sources": [{"source_id": "ap", "name": "Associated Press"}],
    ...                     "entries": [{"source_id": "ap"}, {"source_id": "ap"}]})
    [('Associated Press', 2)]
    """
    return ranked(_source_field(tables, "name"))


def entries_per_country(tables: Tables) -> list[tuple[str, int]]:
    """How many entries come from outlets of each home country, most first."""
    return ranked(_source_field(tables, "country"))


def speaker_of(quote: Mapping[str, Any]) -> str | None:
    """The name a quote is attributed to: the fullest name in its entry, else as printed.

    >>> speaker_of({"speaker": "Xi", "speaker_full": "Xi Jinping"})
    'Xi Jinping'
    >>> speaker_of({"speaker": None, "speaker_full": None}) is None
    True
    """
    name = quote.get("speaker_full") or quote.get("speaker")
    return str(name) if name else None


def quotes_per_speaker(quotes: Rows) -> list[tuple[str, int]]:
    """How many quotes each named speaker has, most first (quotes without a speaker left out).

    >>> quotes_per_speaker([{"speaker": "Daly", "speaker_full": "Robert Daly"},
    ...                     {"speaker": "Daly", "speaker_full": "Robert Daly"},
    ...                     {"speaker": None, "speaker_full": None}])
    [('Robert Daly', 2)]
    """
    return ranked(name for q in quotes if (name := speaker_of(q)) is not None)


def unattributed_quotes(quotes: Rows) -> int:
    """The number of quotes that name no speaker (mostly partial quotes and scare quotes).

    >>> unattributed_quotes([{"speaker": None}, {"speaker": "Daly"}])
    1
    """
    return sum(1 for q in quotes if speaker_of(q) is None)


def size_category(rows: int) -> str:
    """The Hugging Face ``size_categories`` bucket for a number of rows.

    >>> size_category(146), size_category(1000), size_category(25_000)
    ('n<1K', '1K<n<10K', '10K<n<100K')
    """
    steps = ["n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M"]
    steps += ["100M<n<1B", "1B<n<10B", "10B<n<100B", "100B<n<1T"]
    for power, name in enumerate(steps, start=3):
        if rows < 10**power:
            return name
    return "n>1T"


def outlets_per_kind(tables: Tables) -> dict[str, list[tuple[str, int]]]:
    """The outlets of each kind with their entry counts, most first.

    >>> outlets_per_kind({"sources": [{"source_id": "ap", "name": "AP", "kind": "news-agency"}],
    ...                   "entries": [{"source_id": "ap"}, {"source_id": None}]})
    {'news-agency': [('AP', 1)], 'no outlet': [('no outlet', 1)]}
    """
    pairs = zip(entry_kinds(tables), _source_field(tables, "name"), strict=True)
    result: dict[str, list[str]] = {}
    for kind, name in pairs:
        result.setdefault(kind, []).append(name)
    return {kind: ranked(names) for kind, names in sorted(result.items())}


def column_counts(rows: Rows, column: str) -> list[tuple[str, int]]:
    """How often each value of a column occurs (null shown as ``null``), most first.

    >>> column_counts([{"kind": "term"}, {"kind": "direct"}, {"kind": "term"}], "kind")
    [('term', 2), ('direct', 1)]
    """
    return ranked("null" if row[column] is None else str(row[column]) for row in rows)
