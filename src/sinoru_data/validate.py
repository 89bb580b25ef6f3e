"""Stage 3, validate: every record through its model, keys unique and resolving, offsets exact.

Works on the records of all tables at once (``Tables``), before anything is
published. Problems are collected, not raised one at a time, so a curator
sees everything to fix in one run.

Example:
-------
>>> validate_tables({"documents": [], "sources": [], "entries": [], "quotes": [], "lines": []}, {})
[]

"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from pydantic import ValidationError

from .errors import Problem
from .models import TABLES, Entry, Line, Quote, Record

Tables = Mapping[str, Sequence[Record]]
"""Records by table name, in the order of :data:`sinoru_data.models.TABLES`."""


def _key(record: Record, fields: Sequence[str]) -> tuple[object, ...]:
    return tuple(getattr(record, f) for f in fields)


def check_models(name: str, records: Sequence[Record]) -> list[Problem]:
    """Re-validate every record strictly (overrides are applied without validation).

    >>> from sinoru_data.models import Source
    >>> bad = Source.model_construct(source_id="Bad Id", name="x", labels=["x"], kind="other",
    ...                              country="US", homepage="https://x.org/")
    >>> [p.message[:40] for p in check_models("sources", [bad])]
    ['row 1 (Bad Id): source_id: String should']
    """
    model = TABLES[name]
    problems = []
    for row, record in enumerate(records, start=1):
        try:
            model.model_validate(dict(record), strict=True)
        except ValidationError as exc:
            ident = "/".join(str(v) for v in _key(record, model.primary_key))
            problems += [
                Problem(
                    f"table {name}",
                    None,
                    f"row {row} ({ident}): {'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}",
                )
                for e in exc.errors()
            ]
    return problems


def check_primary_key(name: str, records: Sequence[Record]) -> list[Problem]:
    """Every primary key value appears once."""
    fields = TABLES[name].primary_key
    counts = Counter(_key(r, fields) for r in records)
    return [
        Problem(
            f"table {name}",
            None,
            f"duplicate primary key {'/'.join(map(str, key))} ({n} rows)",
            "give the records distinct ids (an entry id comes from its date and headline: "
            "edit the headline or add an override)"
            if name == "entries"
            else "remove the duplicate",
        )
        for key, n in counts.items()
        if n > 1
    ]


def check_foreign_keys(name: str, tables: Tables) -> list[Problem]:
    """Every non-null reference resolves to a row of the referenced table."""
    problems = []
    for fk in TABLES[name].foreign_keys:
        targets = {_key(r, fk.reference) for r in tables[fk.table]}
        for row, record in enumerate(tables[name], start=1):
            value = _key(record, fk.fields)
            if None not in value and value not in targets:
                problems.append(
                    Problem(
                        f"table {name}",
                        None,
                        f"row {row}: {', '.join(fk.fields)} = {'/'.join(map(str, value))} is not in {fk.table}",
                        f"add it to {fk.table} or correct the reference",
                    )
                )
    return problems


def check_offsets(tables: Tables, raw_texts: Mapping[str, str]) -> list[Problem]:
    """Quotes and lines point at their exact text; entries span exactly their lines."""
    problems: list[Problem] = []
    entry_doc = {e.entry_id: e.document_id for e in tables["entries"] if isinstance(e, Entry)}
    for q in tables["quotes"]:
        assert isinstance(q, Quote)
        raw = raw_texts.get(entry_doc.get(q.entry_id, ""))
        if raw is not None and raw[q.char_start : q.char_end] != q.text:
            problems.append(
                Problem(
                    "table quotes",
                    None,
                    f"{q.quote_id}: offsets {q.char_start}-{q.char_end} "
                    f"do not point at its text {q.text!r}",
                )
            )
    spans: dict[str, tuple[int, int]] = {}
    for line in tables["lines"]:
        assert isinstance(line, Line)
        raw = raw_texts.get(line.document_id)
        if raw is not None and raw[line.char_start : line.char_end] != line.text:
            problems.append(
                Problem(
                    "table lines",
                    None,
                    f"{line.document_id} line {line.line}: offsets do not point at its text",
                )
            )
        if line.entry_id:
            lo, hi = spans.get(line.entry_id, (line.char_start, line.char_end))
            spans[line.entry_id] = (min(lo, line.char_start), max(hi, line.char_end))
    for e in tables["entries"]:
        assert isinstance(e, Entry)
        if spans.get(e.entry_id) != (e.char_start, e.char_end):
            problems.append(
                Problem(
                    "table entries",
                    None,
                    f"{e.entry_id}: span {e.char_start}-{e.char_end} "
                    f"is not the span of its lines {spans.get(e.entry_id)}",
                )
            )
    return problems


def check_lines_cover_documents(tables: Tables, raw_texts: Mapping[str, str]) -> list[Problem]:
    """Every non-blank line of every page is in the lines table: nothing is silently lost."""
    recorded: dict[str, set[int]] = {}
    for line in tables["lines"]:
        assert isinstance(line, Line)
        recorded.setdefault(line.document_id, set()).add(line.line)
    problems = []
    for document_id, raw in raw_texts.items():
        expected = {n for n, text in enumerate(raw.split("\n"), start=1) if text.strip()}
        missing = sorted(expected - recorded.get(document_id, set()))
        if missing:
            problems.append(
                Problem(
                    "table lines",
                    None,
                    f"{document_id}: lines {missing[:10]} are in no record",
                    "the parser lost them: report a bug",
                )
            )
    return problems


def validate_tables(tables: Tables, raw_texts: Mapping[str, str]) -> list[Problem]:
    """All checks over all tables; an empty list means the tables may be published."""
    problems: list[Problem] = []
    for name in TABLES:
        problems += check_models(name, tables[name])
        problems += check_primary_key(name, tables[name])
    for name in TABLES:
        problems += check_foreign_keys(name, tables)
    problems += check_offsets(tables, raw_texts)
    problems += check_lines_cover_documents(tables, raw_texts)
    return problems
