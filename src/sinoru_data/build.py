"""The build: raw pages → parse → curate → validate → publish, for a whole repository.

``build(root)`` reads ``root/data/raw/*.txt`` and ``root/data/curation/``,
and (when everything is valid) writes the published files under ``root``.
Nothing is written when any stage finds a problem: all problems are
raised together in one :class:`~sinoru_data.errors.SinoruDataError`.

Example:
-------
>>> from pathlib import Path
>>> result = build(Path("."), write=False)  # doctest: +SKIP
>>> sorted(result.tables)  # doctest: +SKIP
['documents', 'entries', 'lines', 'quotes', 'sources']

"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import curate
from .errors import Problem, SinoruDataError
from .models import Document, Entry, Line, Quote, Record, Source
from .parse import ParsedPage, decode_page, document_id_for, parse_page
from .publish import differing_files, render, write_files
from .validate import validate_tables

RAW_DIR = Path("data/raw")
CURATION_DIR = Path("data/curation")


@dataclass(frozen=True)
class BuildResult:
    """The validated tables, the rendered files, and the files that changed on disk."""

    tables: dict[str, list[Record]]
    files: dict[str, bytes]
    changed: list[str]


def raw_files(root: Path) -> list[Path]:
    """The raw pages of a repository, in file-name order; none is an error."""
    folder = root / RAW_DIR
    pages = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not pages:
        raise SinoruDataError(
            [
                Problem(
                    str(folder),
                    None,
                    "no raw page (*.txt) found",
                    "add the page's text under data/raw/",
                )
            ]
        )
    return pages


def parse_file(root: Path, path: Path, overrides: curate.Overrides) -> tuple[ParsedPage, str]:
    """Parse one raw file with the curators' line overrides; return the records and the text."""
    relative = path.relative_to(root).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SinoruDataError(
            [
                Problem(
                    relative,
                    None,
                    f"cannot read the file: {exc.strerror}",
                    "check that it exists and is readable",
                )
            ]
        ) from None
    text = decode_page(data, relative)
    document_id = document_id_for(path)
    parsed = parse_page(
        text,
        document_id=document_id,
        path=relative,
        sha256=hashlib.sha256(data).hexdigest(),
        line_roles=overrides.line_roles(document_id),
    )
    return parsed, text


def _curate_pages(
    root: Path,
    pages: list[tuple[ParsedPage, str]],
    sources: list[Source],
    overrides: curate.Overrides,
) -> tuple[list[Entry], list[Quote], list[Problem]]:
    """Apply the source registry and the record overrides to every page's records."""
    labels = curate.label_index(sources)
    registry = (CURATION_DIR / curate.SOURCES_FILE).as_posix()
    entries: list[Entry] = []
    quotes: list[Quote] = []
    problems: list[Problem] = []
    for parsed, _ in pages:
        try:
            entries += curate.apply_sources(parsed.entries, labels, parsed.document.path, registry)
        except SinoruDataError as exc:
            problems += exc.problems
        quotes += parsed.quotes
    entries, used_entries, found = curate.apply_record_overrides(
        entries, [o for o in overrides.records if o.table == "entries"], "entry_id"
    )
    quotes, used_quotes, found_q = curate.apply_record_overrides(
        quotes, [o for o in overrides.records if o.table == "quotes"], "quote_id"
    )
    used_lines = [(p.document.document_id, text) for p, _ in pages for text in p.used_overrides]
    problems += (
        found + found_q + curate.unused_overrides(overrides, used_lines, used_entries + used_quotes)
    )
    return entries, quotes, problems


def assemble(root: Path) -> tuple[dict[str, list[Record]], dict[str, str], list[str]]:
    """Parse, curate and validate every page; return tables, raw texts and raw paths."""
    curation = root / CURATION_DIR
    problems: list[Problem] = []
    sources: list[Source] = []
    overrides = curate.Overrides()
    try:
        sources = list(curate.load_sources(curation / curate.SOURCES_FILE))
    except SinoruDataError as exc:
        problems += exc.problems
    try:
        overrides = curate.load_overrides(curation / curate.OVERRIDES_FILE)
    except SinoruDataError as exc:
        problems += exc.problems
    pages: list[tuple[ParsedPage, str]] = []
    paths = raw_files(root)
    for path in paths:
        try:
            pages.append(parse_file(root, path, overrides))
        except SinoruDataError as exc:
            problems += exc.problems
    if problems:
        raise SinoruDataError(problems)
    entries, quotes, problems = _curate_pages(root, pages, sources, overrides)
    if problems:
        raise SinoruDataError(problems)
    documents: list[Document] = [p.document for p, _ in pages]
    lines: list[Line] = [line for p, _ in pages for line in p.lines]
    tables: dict[str, list[Record]] = {
        "documents": list(documents),
        "sources": list(sources),
        "entries": list(entries),
        "quotes": list(quotes),
        "lines": list(lines),
    }
    raw_texts = {p.document.document_id: text for p, text in pages}
    problems = validate_tables(tables, raw_texts)
    if problems:
        raise SinoruDataError(problems)
    return tables, raw_texts, [p.document.path for p, _ in pages]


def build(root: Path, *, write: bool = True) -> BuildResult:
    """Build the repository at ``root``; write the outputs unless ``write`` is false."""
    tables, _, raw_paths = assemble(root)
    files = render(tables, raw_paths)
    changed = differing_files(root, files)
    if write and changed:
        write_files(root, {path: files[path] for path in changed})
    return BuildResult(tables, files, changed)
