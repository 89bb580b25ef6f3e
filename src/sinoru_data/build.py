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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from . import curate
from .errors import Problem, SinoruDataError
from .models import TABLES, Record, Source
from .parse import ParsedPage, decode_page, document_id_for, parse_page
from .publish import (
    differing_staged_files,
    publish_staged,
    records_table,
    render,
    roll_back_interrupted_publish,
    staging_directory,
)
from .validate import validate_tables

RAW_DIR = Path("data/raw")
CURATION_DIR = Path("data/curation")


@dataclass(frozen=True)
class BuildResult:
    """The validated tables (Arrow), the output files, and the files that changed on disk."""

    tables: dict[str, pa.Table]
    files: list[str]
    changed: list[str]


@dataclass(frozen=True)
class Curation:
    """The curators' files, read and checked once per build."""

    sources: list[Source]
    overrides: curate.Overrides
    labels: dict[str, str]


@dataclass(frozen=True)
class Page:
    """The curated, validated records of one raw page, and what it used of the curation."""

    tables: dict[str, list[Record]]
    raw_text: str
    path: str
    document_id: str
    matched: list[curate.RecordOverride]
    used_lines: list[tuple[str, str]]


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


def load_curation(root: Path) -> Curation:
    """Read the sources registry and the overrides; report the problems of both at once."""
    folder = root / CURATION_DIR
    problems: list[Problem] = []
    sources: list[Source] = []
    overrides = curate.Overrides()
    try:
        sources = curate.load_sources(folder / curate.SOURCES_FILE)
    except SinoruDataError as exc:
        problems += exc.problems
    try:
        overrides = curate.load_overrides(folder / curate.OVERRIDES_FILE)
    except SinoruDataError as exc:
        problems += exc.problems
    if problems:
        raise SinoruDataError(problems)
    return Curation(sources, overrides, curate.label_index(sources))


def curate_page(root: Path, path: Path, curation: Curation) -> Page:
    """Parse, curate and validate one raw page; raise with every problem it has."""
    parsed, text = parse_file(root, path, curation.overrides)
    registry = (CURATION_DIR / curate.SOURCES_FILE).as_posix()
    entries = curate.apply_sources(parsed.entries, curation.labels, parsed.document.path, registry)
    records = curation.overrides.records
    entries, matched, problems = curate.apply_record_overrides(
        entries, [o for o in records if o.table == "entries"], "entry_id"
    )
    quotes, matched_quotes, found = curate.apply_record_overrides(
        parsed.quotes, [o for o in records if o.table == "quotes"], "quote_id"
    )
    document_id = parsed.document.document_id
    tables: dict[str, list[Record]] = {
        "documents": [parsed.document],
        "sources": list(curation.sources),
        "entries": list(entries),
        "quotes": list(quotes),
        "lines": list(parsed.lines),
    }
    problems += curate.check_footer(
        document_id, parsed.lines, parsed.document.path, curation.overrides
    )
    problems += found + validate_tables(tables, {document_id: text})
    if problems:
        raise SinoruDataError(problems)
    used_lines = [(document_id, line) for line in parsed.used_overrides]
    return Page(
        tables, text, parsed.document.path, document_id, matched + matched_quotes, used_lines
    )


Progress = Callable[[int, int], None]
"""Called with (pages done, pages in all) after each page."""


def pages(
    root: Path, curation: Curation, progress: Progress | None = None
) -> Iterator[Page | SinoruDataError]:
    """Every raw page's records, or the error that stopped it, one page at a time."""
    paths = raw_files(root)
    for done, path in enumerate(paths, 1):
        try:
            yield curate_page(root, path, curation)
        except SinoruDataError as exc:
            yield exc
        if progress:
            progress(done, len(paths))


def duplicate_keys(name: str, table: pa.Table) -> list[Problem]:
    """Primary keys that occur more than once across pages (vectorised).

    >>> duplicate_keys("documents", pa.table({"document_id": ["a", "b", "a"]}))[0].message
    'duplicate primary key a (2 rows)'
    """
    keys = list(TABLES[name].primary_key)
    counts = table.group_by(keys).aggregate([([], "count_all")])
    repeated = counts.filter(pc.greater(counts["count_all"], 1)).to_pylist()
    return [
        Problem(
            f"table {name}",
            None,
            f"duplicate primary key {'/'.join(str(row[k]) for k in keys)} ({row['count_all']} rows)",
            "two pages give the same id: edit one headline or remove the repeated item",
        )
        for row in repeated
    ]


COMPACT_EVERY = 100
"""Pages whose small Arrow tables are merged into one chunk at a time (bounds memory)."""


class TableParts:
    """The Arrow tables of one table name, page by page, merged as they come.

    Every :data:`COMPACT_EVERY` parts are merged into one chunk, and
    :meth:`table` merges everything into a single chunk, releasing the parts
    as it goes: memory holds the data, not thousands of tiny pages' buffers.
    The chunking depends only on the pages, so the Parquet bytes written
    from the result are reproducible.

    >>> parts = TableParts(every=2)
    >>> for n in range(5):
    ...     parts.add(pa.table({"n": [n]}))
    >>> table = parts.table()
    >>> table["n"].to_pylist(), table["n"].num_chunks
    ([0, 1, 2, 3, 4], 1)
    """

    def __init__(self, every: int = COMPACT_EVERY) -> None:
        self.every = every
        self.merged: list[pa.Table] = []
        self.pending: list[pa.Table] = []

    def add(self, part: pa.Table) -> None:
        """Take one page's table; merge the pending ones once there are ``every`` of them."""
        self.pending.append(part)
        if len(self.pending) >= self.every:
            self.merged.append(one_chunk(self.pending))  # empties self.pending

    def table(self) -> pa.Table:
        """All parts as one single-chunk table; the parts are released."""
        parts, self.merged, self.pending = [*self.merged, *self.pending], [], []
        return one_chunk(parts)


def one_chunk(parts: list[pa.Table]) -> pa.Table:
    """The parts as one table with each column in one chunk; ``parts`` is emptied.

    Columns are merged one at a time and each column's chunks released once
    merged, so memory holds the data plus one column's copy, not two copies of
    the whole table (as ``pa.concat_tables(parts).combine_chunks()`` would).

    >>> table = one_chunk([pa.table({"a": [1]}), pa.table({"a": [2]})])
    >>> table["a"].to_pylist(), table["a"].num_chunks
    ([1, 2], 1)
    """
    table = pa.concat_tables(parts)
    parts.clear()  # from here on ``table`` holds the only references to the chunks
    schema, columns = table.schema, []
    while table.num_columns:
        columns.append(table.column(0).combine_chunks())
        table = table.remove_column(0)  # releases that column's chunks
    return pa.Table.from_arrays(columns, schema=schema)


def assemble(root: Path, progress: Progress | None = None) -> tuple[dict[str, pa.Table], list[str]]:
    """Parse, curate and validate every page into Arrow tables; return them and the raw paths.

    Pages are handled one at a time and turned into Arrow columns at once,
    so memory grows with the data, not with the number of Python objects.
    Each table comes back as one chunk (see :class:`TableParts`).
    """
    curation = load_curation(root)
    parts = {name: TableParts() for name in TABLES if name != "sources"}
    problems: list[Problem] = []
    matched: list[curate.RecordOverride] = []
    used_lines: list[tuple[str, str]] = []
    raw_paths: list[str] = []
    built: list[str] = []
    for page in pages(root, curation, progress):
        if isinstance(page, SinoruDataError):
            problems += page.problems
            continue
        for name, table_parts in parts.items():
            table_parts.add(records_table(name, page.tables[name]))
        matched += page.matched
        used_lines += page.used_lines
        raw_paths.append(page.path)
        built.append(page.document_id)
    if problems:  # overrides of a page that failed would look unused: report the page first
        raise SinoruDataError(problems)
    problems += curate.unused_overrides(curation.overrides, used_lines, matched, built)
    tables = {name: table_parts.table() for name, table_parts in parts.items()}
    tables["sources"] = records_table("sources", curation.sources)
    for name, table in tables.items():
        problems += duplicate_keys(name, table)
    if problems:
        raise SinoruDataError(problems)
    return {name: tables[name] for name in TABLES}, raw_paths


def collect_records(root: Path) -> tuple[dict[str, list[Record]], dict[str, str], list[str]]:
    """Every page's records held in memory as models (for tests and small corpora)."""
    curation = load_curation(root)
    tables: dict[str, list[Record]] = {name: [] for name in TABLES}
    tables["sources"] = list(curation.sources)
    raw_texts: dict[str, str] = {}
    raw_paths: list[str] = []
    for page in pages(root, curation):
        if isinstance(page, SinoruDataError):
            raise page
        for name in ("documents", "entries", "quotes", "lines"):
            tables[name] += page.tables[name]
        raw_texts[page.document_id] = page.raw_text
        raw_paths.append(page.path)
    return tables, raw_texts, raw_paths


@contextmanager
def system_memory_pool() -> Iterator[None]:
    """Let Arrow allocate with the C library's malloc for a while, then restore its pool.

    The build makes many small per-page tables and keeps a few large ones:
    with pyarrow's default pool (mimalloc) a 1,000-page build kept about 2.5
    times its table data resident, with the system allocator about 1.5 times
    (measured; see docs/benchmarks/build.md).

    >>> with system_memory_pool():
    ...     pa.default_memory_pool().backend_name
    'system'
    """
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def build(root: Path, *, write: bool = True, progress: Progress | None = None) -> BuildResult:
    """Build the repository at ``root``; write the outputs unless ``write`` is false.

    ``progress``, if given, is called after each page (the CLI shows it on a terminal).

    Outputs are rendered into a staging directory next to them, compared
    with the published files, and only the files that differ are moved into
    place (all or nothing, see :func:`sinoru_data.publish.publish_staged`).
    """
    roll_back_interrupted_publish(root)  # a build killed mid-swap is undone before anything else
    with system_memory_pool():
        tables, raw_paths = assemble(root, progress)
        with staging_directory(root) as staging:
            files = render(tables, raw_paths, staging / "new")
            changed = differing_staged_files(root, staging / "new", files)
            if write and changed:
                publish_staged(root, staging, changed)
    return BuildResult(tables, files, changed)
