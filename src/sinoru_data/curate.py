"""Stage 2, curate: apply the curators' files in ``data/curation/`` to the parsed records.

Two files, both YAML, reviewed like code:

- ``sources.yaml``: the outlets, with the labels pages print for them. Each
  entry's printed outlet label is looked up here; an unknown label fails
  the build, naming the raw file and line.
- ``overrides.yaml``: the decisions the text cannot settle.
  ``lines`` give a line of a page a role (``subheading``, ``stray``,
  ``headline``, ``text``), keyed by the line's text. ``records`` set a field
  of an entry or a quote, keyed by its id and the value the field is
  ``expected`` to have now, so an override that no longer fits fails the
  build instead of silently changing something else. ``pages`` declare a
  page complete though it lacks the blog's comment footer ("Leave a
  Comment"): without the footer the build cannot tell a complete page from
  one cut short, so it fails until a curator checks the page (see
  :func:`check_footer`). Every override carries a ``note`` with the evidence.

Example:
-------
>>> from sinoru_data.models import Source
>>> index = label_index([Source(source_id="ap", name="Associated Press", labels=["AP"],
...                             kind="news-agency", country="US", homepage="https://apnews.com/")])
>>> index["AP"]
'ap'

"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from .errors import Problem, SinoruDataError, fail
from .models import Entry, Line, Quote, Source
from .parse import OVERRIDABLE_ROLES

SOURCES_FILE = "sources.yaml"
OVERRIDES_FILE = "overrides.yaml"
OVERRIDABLE_FIELDS = {
    "entries": ("source_id", "headline", "dek", "authors", "byline", "date_start", "date_end"),
    "quotes": ("kind", "speaker", "speaker_full", "cue"),
}


@dataclass(frozen=True)
class LineOverride:
    """A curator's role for one line of one page, keyed by the line's text."""

    document: str
    text: str
    role: str
    note: str
    origin: tuple[str, int]


@dataclass(frozen=True)
class RecordOverride:
    """A curator's value for one field of one entry or quote."""

    table: str
    id: str
    field: str
    expected: Any
    value: Any
    note: str
    origin: tuple[str, int]


@dataclass(frozen=True)
class PageOverride:
    """A curator's statement that a page is complete although it has no comment footer."""

    document: str
    footer: str
    note: str
    origin: tuple[str, int]


@dataclass(frozen=True)
class Overrides:
    """Everything in ``overrides.yaml``."""

    lines: tuple[LineOverride, ...] = ()
    records: tuple[RecordOverride, ...] = ()
    pages: tuple[PageOverride, ...] = ()

    def line_roles(self, document_id: str) -> dict[str, str]:
        """The line roles for one page, as :func:`sinoru_data.parse.parse_page` takes them."""
        return {o.text: o.role for o in self.lines if o.document == document_id}

    def page(self, document_id: str) -> PageOverride | None:
        """The page override of one page, if a curator wrote one."""
        return next((o for o in self.pages if o.document == document_id), None)


def read_yaml_items(path: Path, key: str | None = None) -> list[tuple[int, Any]]:
    """The items of a YAML list (or of the list under ``key``), each with its line number.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.yaml"
    >>> _ = p.write_text("- a: 1\\n- a: 2\\n")
    >>> read_yaml_items(p)
    [(1, {'a': 1}), (2, {'a': 2})]
    """
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except FileNotFoundError:
        raise fail(
            name, None, "file not found", "create it (see README.md, 'Curating the data')"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise fail(
            name, mark.line + 1 if mark else None, f"not valid YAML: {exc}", "fix the YAML syntax"
        ) from None
    if node is None:
        return []
    if key is not None:
        if not isinstance(data, dict):
            raise fail(name, 1, f"expected a mapping with a '{key}' list")
        pairs = {k.value: v for k, v in node.value}
        if key not in pairs:
            return []
        node, data = pairs[key], data[key]
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        raise fail(name, node.start_mark.line + 1, "expected a list of items")
    return [(item.start_mark.line + 1, value) for item, value in zip(node.value, data, strict=True)]


def _validation_problems(path: str, line: int, exc: ValidationError) -> list[Problem]:
    """One problem per pydantic error, naming the field."""
    return [
        Problem(
            path,
            line,
            f"{'.'.join(str(p) for p in err['loc']) or 'item'}: {err['msg']}",
            "correct the value (see the column descriptions in the data dictionary)",
        )
        for err in exc.errors()
    ]


def load_sources(path: Path) -> list[Source]:
    """Read and check the sources registry: valid records, unique ids and labels."""
    problems: list[Problem] = []
    sources: list[Source] = []
    seen_ids: dict[str, int] = {}
    seen_labels: dict[str, int] = {}
    for line, item in read_yaml_items(path):
        try:
            source = Source.model_validate(item, strict=False)
        except ValidationError as exc:
            problems += _validation_problems(str(path), line, exc)
            continue
        if source.source_id in seen_ids:
            problems.append(
                Problem(
                    str(path),
                    line,
                    f"duplicate source_id '{source.source_id}' "
                    f"(first at line {seen_ids[source.source_id]})",
                    "merge the two sources",
                )
            )
        seen_ids.setdefault(source.source_id, line)
        for label in source.labels:
            if label in seen_labels:
                problems.append(
                    Problem(
                        str(path),
                        line,
                        f"label '{label}' is already used at line {seen_labels[label]}",
                        "a label must name one source",
                    )
                )
            seen_labels.setdefault(label, line)
        sources.append(source)
    if problems:
        raise SinoruDataError(problems)
    return sorted(sources, key=lambda s: s.source_id)


def _check_keys(
    item: Any, required: Sequence[str], optional: Sequence[str], origin: tuple[str, int]
) -> list[Problem]:
    """Problems with the keys of one override item."""
    if not isinstance(item, dict):
        return [Problem(*origin, "an override must be a mapping")]
    missing = [k for k in required if k not in item]
    unknown = [k for k in item if k not in (*required, *optional)]
    problems = [
        Problem(*origin, f"missing key '{k}'", f"give {', '.join(required)}") for k in missing
    ]
    problems += [
        Problem(*origin, f"unknown key '{k}'", f"allowed keys: {', '.join((*required, *optional))}")
        for k in unknown
    ]
    return problems


def _repeated_line_override(
    item: dict[str, Any], earlier: Iterable[LineOverride], origin: tuple[str, int]
) -> list[Problem]:
    """A problem when a line override repeats an earlier one for the same line."""
    for other in earlier:
        if (other.document, other.text) == (item["document"], item["text"]):
            return [
                Problem(
                    *origin,
                    f"the line {item['text']!r} is overridden twice (first at "
                    f"line {other.origin[1]})",
                    "keep one of the two overrides",
                )
            ]
    return []


def load_overrides(path: Path) -> Overrides:
    """Read and check ``overrides.yaml``; a missing file means no overrides."""
    if not path.exists():
        return Overrides()
    problems: list[Problem] = []
    lines: list[LineOverride] = []
    for line, item in read_yaml_items(path, "lines"):
        origin = (str(path), line)
        found = _check_keys(item, ("document", "text", "role", "note"), (), origin)
        if not found and item["role"] not in OVERRIDABLE_ROLES:
            found.append(
                Problem(
                    *origin,
                    f"role '{item['role']}' cannot be set",
                    f"use one of {', '.join(OVERRIDABLE_ROLES)}",
                )
            )
        if not found:
            found = _repeated_line_override(item, lines, origin)
        problems += found
        if not found:
            lines.append(
                LineOverride(item["document"], item["text"], item["role"], item["note"], origin)
            )
    records: list[RecordOverride] = []
    for line, item in read_yaml_items(path, "records"):
        origin = (str(path), line)
        found = _check_keys(item, ("table", "id", "field", "expected", "value", "note"), (), origin)
        if not found and item["field"] not in OVERRIDABLE_FIELDS.get(item["table"], ()):
            found.append(
                Problem(
                    *origin,
                    f"field '{item['field']}' of table '{item['table']}' cannot be overridden",
                    f"overridable: {OVERRIDABLE_FIELDS}",
                )
            )
        problems += found
        if not found:
            records.append(
                RecordOverride(
                    item["table"],
                    str(item["id"]),
                    item["field"],
                    item["expected"],
                    item["value"],
                    item["note"],
                    origin,
                )
            )
    pages, found = _page_overrides(path)
    problems += found
    if problems:
        raise SinoruDataError(problems)
    return Overrides(tuple(lines), tuple(records), tuple(pages))


def _page_overrides(path: Path) -> tuple[list[PageOverride], list[Problem]]:
    """The ``pages`` items of ``overrides.yaml``, and the problems of those that are wrong."""
    pages: list[PageOverride] = []
    problems: list[Problem] = []
    for line, item in read_yaml_items(path, "pages"):
        origin = (str(path), line)
        found = _check_keys(item, ("document", "footer", "note"), (), origin)
        if not found and item["footer"] != "absent":
            found.append(
                Problem(*origin, f"footer '{item['footer']}' cannot be set", "use footer: absent")
            )
        if not found and any(o.document == item["document"] for o in pages):
            found.append(Problem(*origin, f"page '{item['document']}' is overridden twice"))
        problems += found
        if not found:
            pages.append(PageOverride(item["document"], item["footer"], item["note"], origin))
    return pages, problems


def check_footer(
    document_id: str, lines: Sequence[Line], path: str, overrides: Overrides
) -> list[Problem]:
    """A page must end with its comment footer, unless a curator declared it complete without.

    A page cut short at the end of an item parses cleanly: only the missing footer
    shows that something may be lost.

    >>> from sinoru_data.models import Line
    >>> lines = [Line.model_construct(line=1, role="title")]
    >>> [p.message for p in check_footer("p", lines, "p.txt", Overrides())]
    ["the page does not end with its comment footer ('Leave a Comment'): it may have been cut short"]
    """
    has_footer = any(line.role == "footer" for line in lines)
    declared = overrides.page(document_id)
    if has_footer and declared:
        return [
            Problem(
                *declared.origin,
                f"page '{document_id}' is declared complete without a footer, but it has one",
                "remove this override",
            )
        ]
    if has_footer or declared:
        return []
    last = lines[-1].line if lines else None
    return [
        Problem(
            path,
            last,
            "the page does not end with its comment footer ('Leave a Comment'): "
            "it may have been cut short",
            "restore the whole page; if it really ends here, declare it under 'pages:' in "
            "data/curation/overrides.yaml (document, footer: absent, note with the evidence)",
        )
    ]


def label_index(sources: Iterable[Source]) -> dict[str, str]:
    """Map every printed label to its source_id."""
    return {label: source.source_id for source in sources for label in source.labels}


def apply_sources(
    entries: list[Entry], labels: dict[str, str], raw_path: str, registry_path: str
) -> list[Entry]:
    """Set ``source_id`` from each entry's printed outlet label; unknown labels fail."""
    problems = [
        Problem(
            raw_path,
            entry.line_start,
            f"unknown outlet label '{entry.outlet}' in entry '{entry.entry_id}'",
            f"add '{entry.outlet}' to the labels of a source in {registry_path}, or add a new source there",
        )
        for entry in entries
        if entry.outlet is not None and entry.outlet not in labels
    ]
    if problems:
        raise SinoruDataError(problems)
    return [
        entry.model_copy(update={"source_id": labels[entry.outlet], "source_basis": "page"})
        if entry.outlet is not None
        else entry
        for entry in entries
    ]


def _plain(value: Any) -> Any:
    """A field value as YAML would write it (dates as ISO strings)."""
    return value.isoformat() if hasattr(value, "isoformat") else value


R = TypeVar("R", Entry, Quote)


def apply_record_overrides(
    records: list[R], overrides: Iterable[RecordOverride], key: str
) -> tuple[list[R], list[RecordOverride], list[Problem]]:
    """Apply overrides to records by id; return records, the overrides matched and problems.

    An override whose ``expected`` value no longer holds is matched but not
    applied: it is reported as a problem. So is a value the field's type or
    constraints reject, at the override's line.
    """
    by_id = {getattr(r, key): i for i, r in enumerate(records)}
    out = list(records)
    used: list[RecordOverride] = []
    problems: list[Problem] = []
    for o in overrides:
        if o.id not in by_id:
            continue
        record: R = out[by_id[o.id]]
        current = getattr(record, o.field)
        used.append(o)
        if _plain(current) != _plain(o.expected):
            problems.append(
                Problem(
                    *o.origin,
                    f"{o.table} '{o.id}': {o.field} is now {_plain(current)!r}, "
                    f"not the expected {o.expected!r}",
                    "review the override: update 'expected' or remove it",
                )
            )
            continue
        value = o.value
        if hasattr(current, "isoformat") and isinstance(value, str):
            value = type(current).fromisoformat(value)
        update: dict[str, Any] = {
            o.field: value,
            "curated_fields": sorted({*record.curated_fields, o.field}),
        }
        if o.field == "source_id":
            update["source_basis"] = "curated"
        if o.field in ("speaker", "cue"):
            update["speaker_basis"] = "curated"  # the rule's answer was overruled
        try:  # validated here, so a bad value is reported at its line in overrides.yaml
            out[by_id[o.id]] = type(record).model_validate({**record.model_dump(), **update})
        except ValidationError as exc:
            problems += [
                Problem(
                    *o.origin,
                    f"{o.table} '{o.id}': the value {o.value!r} does not fit {o.field}: "
                    f"{err['msg']}",
                    "correct 'value' (see the column descriptions in the data dictionary)",
                )
                for err in exc.errors()
            ]
    return out, used, problems


def unused_overrides(
    overrides: Overrides,
    used_lines: Iterable[tuple[str, str]],
    used_records: Iterable[RecordOverride],
    documents: Iterable[str] = (),
) -> list[Problem]:
    """Problems for every override that matched nothing (``documents``: the pages built)."""
    used_line_keys = set(used_lines)
    used_record_ids = {id(o) for o in used_records}
    problems = [
        Problem(
            *o.origin,
            f"line override matches no line of '{o.document}': {o.text!r}",
            "correct the text (it must equal the whole line) or remove the override",
        )
        for o in overrides.lines
        if (o.document, o.text) not in used_line_keys
    ]
    problems += [
        Problem(
            *o.origin,
            f"override for {o.table} '{o.id}' matches no record",
            "correct the id (see the published table) or remove the override",
        )
        for o in overrides.records
        if id(o) not in used_record_ids
    ]
    built = set(documents)
    problems += [
        Problem(
            *o.origin, f"page override names no page: '{o.document}'", "correct the document id"
        )
        for o in overrides.pages
        if o.document not in built
    ]
    return problems
