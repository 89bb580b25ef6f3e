"""Bad input, systematically: break a copy of the repository and check that it is reported clearly.

Three kinds of input are broken one way at a time:

- raw pages and curation files: the build must fail naming the file (and
  line) and what is wrong, and publish nothing (file hashes before = after);
- published files: ``check_package`` (``sinoru-data validate``) must report
  the defect naming the file, the table and what is wrong.

A page cut right after an item used to be the one mutation the build did not
catch; the build now requires the comment footer (or a curator's ``pages:``
override), so every mutation here fails clearly.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinoru_data import publish
from sinoru_data.build import build
from sinoru_data.cli import main
from sinoru_data.errors import SinoruDataError
from sinoru_data.integrity import check_package
from sinoru_data.models import TABLES
from sinoru_data.tableschema import arrow_schema

from .conftest import ROOT, snapshot

PAGE = "data/raw/china-russia-relations-2022-06-10.txt"
SOURCES = "data/curation/sources.yaml"
OVERRIDES = "data/curation/overrides.yaml"
Mutation = Callable[[Path], None]


# --- helpers -------------------------------------------------------------------------------


def _replace(relative: str, old: str, new: str) -> Mutation:
    """A mutation replacing the first occurrence of some text in a file."""

    def mutate(root: Path) -> None:
        text = (root / relative).read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        (root / relative).write_text(text.replace(old, new, 1), encoding="utf-8")

    return mutate


def _bytes(relative: str, edit: Callable[[bytes], bytes]) -> Mutation:
    """A mutation of a file's bytes."""

    def mutate(root: Path) -> None:
        (root / relative).write_bytes(edit((root / relative).read_bytes()))

    return mutate


def _items(text: str) -> list[str]:
    """The page split at blank lines: header blocks, then one block per digest item, then footer."""
    return text.split("\n\n")


def _blocks(edit: Callable[[list[str]], list[str]]) -> Mutation:
    """A mutation of the page's blank-line separated blocks."""

    def mutate(root: Path) -> None:
        text = (root / PAGE).read_text(encoding="utf-8")
        (root / PAGE).write_text("\n\n".join(edit(_items(text))), encoding="utf-8")

    return mutate


def _build_fails(root: Path) -> str:
    """Build, expecting failure; prove nothing was published; return the messages."""
    before = snapshot(root)
    with pytest.raises(SinoruDataError) as err:
        build(root)
    assert snapshot(root) == before, "a failed build changed published files"
    assert not list(root.glob(".sinoru-staging-*"))
    return str(err.value)


def _rehash(root: Path, names: list[str]) -> None:
    """Make the descriptor's hashes agree with files edited on purpose (only the defect is left)."""
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["path"] in names:
            data = (root / resource["path"]).read_bytes()
            resource["hash"] = f"sha256:{publish.sha256(data)}"
            if "bytes" in resource:
                resource["bytes"] = len(data)
    path.write_bytes(publish._json_file(descriptor))


def _republish(table: str, edit: Callable[[list[dict[str, object]]], None]) -> Mutation:
    """Rewrite a table in all three formats, as the build writes them, from edited rows."""

    def mutate(root: Path) -> None:
        rows = pq.read_table(root / "data" / f"{table}.parquet").to_pylist()
        edit(rows)
        fields = list(TABLES[table].model_fields)
        nullable = pa.schema([f.with_nullable(True) for f in arrow_schema(TABLES[table])])
        files = {
            "csv": publish.csv_bytes(rows, fields),
            "json": publish.json_bytes(rows),
            "parquet": publish.parquet_bytes(rows, nullable),
        }
        for fmt, data in files.items():
            (root / "data" / f"{table}.{fmt}").write_bytes(data)
        _rehash(root, [f"data/{table}.{fmt}" for fmt in files])

    return mutate


def _set(row: int, column: str, value: object) -> Callable[[list[dict[str, object]]], None]:
    def edit(rows: list[dict[str, object]]) -> None:
        rows[row][column] = value

    return edit


def _csv_with_extra_column(root: Path) -> None:
    path = root / "data/sources.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [[*row, "extra" if i == 0 else "x"] for i, row in enumerate(rows)]
    )
    path.write_text(out.getvalue(), encoding="utf-8")
    _rehash(root, ["data/sources.csv"])


def _drop_csv_row(root: Path) -> None:
    path = root / "data/quotes.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows[:3] + rows[4:])
    path.write_text(out.getvalue(), encoding="utf-8")


def _parquet_position_as_text(root: Path) -> None:
    path = root / "data/entries.parquet"
    table = pq.read_table(path)
    index = table.schema.get_field_index("position")
    text = pa.array([str(v) for v in table["position"].to_pylist()])
    pq.write_table(table.set_column(index, "position", text), path)
    _rehash(root, ["data/entries.parquet"])


def _descriptor(edit: Callable[[dict[str, object]], None]) -> Mutation:
    def mutate(root: Path) -> None:
        path = root / "datapackage.json"
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        edit(descriptor)
        path.write_bytes(publish._json_file(descriptor))

    return mutate


def _resource(name: str, edit: Callable[[dict[str, object]], None]) -> Mutation:
    def edit_descriptor(descriptor: dict[str, object]) -> None:
        for resource in descriptor["resources"]:  # type: ignore[attr-defined]
            if resource["name"] == name:
                edit(resource)

    return _descriptor(edit_descriptor)


def _field_type(resource: dict[str, object]) -> None:
    for field in resource["schema"]["fields"]:  # type: ignore[index]
        if field["name"] == "position":
            field["type"] = "string"


def _json_first_object_without(key: str) -> Mutation:
    def mutate(root: Path) -> None:
        path = root / "data/entries.json"
        rows = json.loads(path.read_text(encoding="utf-8"))
        del rows[0][key]
        path.write_bytes(publish.json_bytes(rows))
        _rehash(root, ["data/entries.json"])

    return mutate


# --- raw pages -----------------------------------------------------------------------------

RAW = {
    "truncated mid-page": (
        _bytes(PAGE, lambda b: b[: len(b) // 2]),
        [f"{PAGE}:", "does not end with its comment footer", "may have been cut short"],
    ),
    "truncated after the last item (the footer is lost)": (
        _bytes(PAGE, lambda b: b[: b.rindex(b"\n\nLeave a Comment")]),
        [f"{PAGE}:", "does not end with its comment footer", "under 'pages:'"],
    ),
    "a page declared footer-less that has its footer": (
        _replace(
            OVERRIDES,
            "\nrecords:\n",
            "\npages:\n  - document: china-russia-relations-2022-06-10\n    footer: absent\n"
            "    note: wrong\n\nrecords:\n",
        ),
        ["overrides.yaml:", "declared complete without a footer, but it has one"],
    ),
    "a page override for no page": (
        _replace(
            OVERRIDES,
            "\nrecords:\n",
            "\npages:\n  - document: no-such-page\n    footer: absent\n    note: x\n\nrecords:\n",
        ),
        ["overrides.yaml:", "page override names no page: 'no-such-page'"],
    ),
    "a page override with a bad footer value": (
        _replace(
            OVERRIDES,
            "\nrecords:\n",
            "\npages:\n  - document: china-russia-relations-2022-06-10\n    footer: gone\n"
            "    note: x\n\nrecords:\n",
        ),
        ["overrides.yaml:", "footer 'gone' cannot be set", "footer: absent"],
    ),
    "truncated mid-character": (
        _bytes(PAGE, lambda b: b[: b.index("’".encode()) + 1]),
        [f"{PAGE}:", "the file is not UTF-8"],
    ),
    "invalid UTF-8 bytes": (
        _bytes(PAGE, lambda b: b.replace(b"Moscow", b"Mos\xffcow", 1)),
        [f"{PAGE}:5: the file is not UTF-8 (byte", "save the page as UTF-8"],
    ),
    "31 February": (
        _replace(PAGE, "\n24 May\n", "\n31 February\n"),
        [f"{PAGE}:8: cannot read the date header", "'31 February' names a day that does not exist"],
    ),
    "an unknown outlet label": (
        _replace(PAGE, "(The Times)", "(The Tymes)"),
        [f"{PAGE}:", "'The Tymes'", "data/curation/sources.yaml"],
    ),
}


RAW_ORDER = {
    "two items swapped (dates no longer newest first)": (
        _blocks(lambda b: [*b[:3], b[4], b[3], *b[5:]]),
        ["newest first"],
    ),
    "an item duplicated": (_blocks(lambda b: [*b[:4], b[3], *b[4:]]), ["repeats the item at line"]),
}


@pytest.mark.parametrize("name", list(RAW_ORDER))
def test_items_out_of_order_or_repeated_fail(repo: Path, name: str) -> None:
    """Items out of newest-first order, or an item given twice, fail the build naming the line."""
    mutate, expected = RAW_ORDER[name]
    mutate(repo)
    message = _build_fails(repo)
    assert PAGE in message and all(text in message for text in expected)


@pytest.mark.parametrize("name", list(RAW))
def test_a_broken_raw_page_fails_clearly_and_publishes_nothing(repo: Path, name: str) -> None:
    """Each raw-page mutation fails the build with a message naming the file and what is wrong."""
    mutate, expected = RAW[name]
    mutate(repo)
    message = _build_fails(repo)
    for text in expected:
        assert text in message


# --- curation files ------------------------------------------------------------------------

CURATION = {
    "sources: unknown key": (
        _replace(SOURCES, "  country: US\n", "  country: US\n  colour: red\n"),
        ["sources.yaml:12: colour: Extra inputs are not permitted"],
    ),
    "sources: wrong type": (
        _replace(SOURCES, "country: CA", "country: 12"),
        ["sources.yaml:", "country: Input should be a valid string"],
    ),
    "sources: a string for a list": (
        _replace(SOURCES, "labels: [AP]", "labels: AP"),
        ["sources.yaml:12: labels: Input should be a valid list"],
    ),
    "sources: duplicate id": (
        _replace(SOURCES, "- source_id: atlantic-council", "- source_id: ap"),
        ["sources.yaml:19: duplicate source_id 'ap' (first at line 12)"],
    ),
    "sources: a label used twice": (
        _replace(SOURCES, "labels: [AP]", "labels: [AP, Reuters]"),
        ["sources.yaml:", "label 'Reuters' is already used at line 12"],
    ),
    "sources: YAML that does not parse": (
        _replace(SOURCES, "labels: [AP]", "labels: [AP"),
        ["sources.yaml:15: not valid YAML", "fix the YAML syntax"],
    ),
    "sources: not a list": (
        lambda root: (root / SOURCES).write_text("ap: 1\n", encoding="utf-8"),
        ["sources.yaml:1: expected a list of items"],
    ),
    "overrides: unknown key": (
        _replace(OVERRIDES, "    role: subheading\n", "    role: subheading\n    colour: red\n"),
        ["overrides.yaml:17: unknown key 'colour'", "allowed keys: document, text, role, note"],
    ),
    "overrides: wrong type": (
        _replace(OVERRIDES, "    role: subheading\n", "    role: 12\n"),
        ["overrides.yaml:17: role '12' cannot be set"],
    ),
    "overrides: a value of the wrong type": (
        _replace(OVERRIDES, "    value: nyt\n", "    value: 12\n"),
        ["overrides.yaml:26: entries '2022-04-18-", "the value 12 does not fit source_id"],
    ),
    "overrides: a record override given twice": (
        lambda root: _duplicate_first_record_override(root),
        ["overrides.yaml:", "not the expected None", "update 'expected' or remove it"],
    ),
    "overrides: YAML that does not parse": (
        _replace(OVERRIDES, "lines:\n", "lines: [\n"),
        ["overrides.yaml:17: not valid YAML"],
    ),
}


def _duplicate_first_record_override(root: Path) -> None:
    text = (root / OVERRIDES).read_text(encoding="utf-8")
    first = text.index("  - table: entries")
    second = text.index("  - table: entries", first + 1)
    (root / OVERRIDES).write_text(
        text[:second] + text[first:second] + text[second:], encoding="utf-8"
    )


@pytest.mark.parametrize("name", list(CURATION))
def test_a_broken_curation_file_fails_clearly_and_publishes_nothing(repo: Path, name: str) -> None:
    """Each curation-file mutation fails the build with a message naming the file and what is wrong."""
    mutate, expected = CURATION[name]
    mutate(repo)
    message = _build_fails(repo)
    for text in expected:
        assert text in message


def test_a_line_override_given_twice_fails(repo: Path) -> None:
    """The same line override twice fails the build."""
    text = (repo / OVERRIDES).read_text(encoding="utf-8")
    block = text[text.index("  - document:") : text.index("\nrecords:") + 1]
    (repo / OVERRIDES).write_text(text.replace(block, block + block, 1), encoding="utf-8")
    assert "overridden twice" in _build_fails(repo)


# --- published files -----------------------------------------------------------------------

PUBLISHED = {
    "a flipped byte": (
        _bytes("data/entries.parquet", lambda b: b[:100] + bytes([b[100] ^ 0x20]) + b[101:]),
        [
            "data/entries.parquet: table entries (parquet): the file's hash is",
            "datapackage.json says",
        ],
    ),
    "a dropped row (CSV)": (
        _drop_csv_row,
        ["data/quotes.csv: quotes: ", "rows, but data/quotes.parquet has", "is missing here"],
    ),
    "a dropped row (every format, hashes updated)": (
        _republish("lines", lambda rows: rows.pop(4) and None),
        [
            "data/lines.parquet: lines: lines [",
            "of china-russia-relations-2022-06-10 are in no row",
        ],
    ),
    "a duplicated key": (
        _republish("sources", lambda rows: rows.append(rows[0])),
        ["data/sources.parquet: sources, column source_id: primary key ap appears in rows 1, 17"],
    ),
    "a broken foreign key": (
        _republish("quotes", _set(0, "entry_id", "no-such-entry")),
        ["data/quotes.parquet: quotes row 1 (", "'no-such-entry' is not an entry_id of entries"],
    ),
    "an extra column": (
        _csv_with_extra_column,
        ["data/sources.csv: sources: column extra is not in the model"],
    ),
    "a swapped column type (Parquet)": (
        _parquet_position_as_text,
        ["data/entries.parquet: entries, column position: type is string, the model's is int64"],
    ),
    "a swapped column type (descriptor)": (
        _resource("entries-csv", _field_type),
        ["resource entries-csv: schema differs from the model: field position: type is 'string'"],
    ),
    "a descriptor whose hash is stale": (
        _resource("quotes-json", lambda r: r.update(hash="sha256:" + "0" * 64)),
        ["data/quotes.json: table quotes (json)", "datapackage.json says 'sha256:0000"],
    ),
    "a missing file": (
        lambda root: (root / "data/lines.json").unlink(),
        ["data/lines.json: lines: the json file is missing"],
    ),
    "offsets off by one": (
        _republish("quotes", lambda rows: rows[0].update(char_start=rows[0]["char_start"] + 1)),  # type: ignore[operator]
        [
            "data/quotes.parquet: quotes row 1 (",
            "column char_start/char_end: offsets",
            "not at its text",
        ],
    ),
    "a value outside its enum": (
        _republish("quotes", _set(1, "kind", "rumour")),
        ["quotes row 2 (", "column kind: 'rumour' is not one of direct, partial, term"],
    ),
    "an empty required value": (
        _republish("entries", _set(2, "headline", None)),
        ["entries row 3 (", "column headline: is empty, but the column is required"],
    ),
    "an impossible date (CSV)": (
        _replace("data/entries.csv", ",2022-05-24,2022-05-24,", ",2022-02-31,2022-05-24,"),
        ["data/entries.csv: entries row 2 (", "'2022-02-31' is not a date (YYYY-MM-DD)"],
    ),
    "a schema file edited": (
        _replace("schema/quotes.json", '"type": "integer"', '"type": "number"'),
        ["schema/quotes.json: differs from the model Quote: field line: type is 'number'"],
    ),
    "a JSON table whose first object lacks a field": (
        _json_first_object_without("dek"),
        [
            "data/entries.json: entries row 1: the keys are",
            "frictionless takes a JSON table's columns",
        ],
    ),
    "the descriptor's package fields edited": (
        _descriptor(lambda d: d.update(version="9.9.9")),
        ["datapackage.json: version is '9.9.9'"],
    ),
}


@pytest.mark.parametrize("name", list(PUBLISHED))
def test_a_broken_published_file_is_reported(
    repo: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each published-file mutation is reported naming the file, the table and what is wrong."""
    mutate, expected = PUBLISHED[name]
    mutate(repo)
    problems = check_package(repo)
    messages = "\n".join(str(p) for p in problems)
    for text in expected:
        assert text in messages
    assert all(p.path and p.message for p in problems)
    assert main(["validate", str(repo)]) == 1
    assert expected[0] in capsys.readouterr().err


def test_build_check_names_a_published_file_edited_by_hand(repo: Path) -> None:
    """A consistent hand edit (hashes updated) passes no gate silently: build --check names it."""
    _republish("quotes", lambda rows: rows.pop())(repo)
    assert check_package(repo) == []  # a valid package, just not what the build makes
    assert "data/quotes.parquet" in build(repo, write=False).changed


# --- any byte of any published file --------------------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One copy of the package, each example restoring the file it broke."""
    root = tmp_path_factory.mktemp("pristine")
    for name in ("data", "schema"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy2(ROOT / "datapackage.json", root / "datapackage.json")
    yield root


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    relative=st.sampled_from(publish.output_paths()),
    where=st.floats(min_value=0, max_value=1, exclude_max=True),
    mask=st.integers(min_value=1, max_value=255),
)
def test_any_flipped_byte_of_any_published_file_is_caught(
    pristine: Path, relative: str, where: float, mask: int
) -> None:
    """Changing any one byte of any published file (data, schema, descriptor) always fails validation."""
    path = pristine / relative
    original = path.read_bytes()
    at = int(where * len(original))
    try:
        path.write_bytes(original[:at] + bytes([original[at] ^ mask]) + original[at + 1 :])
        assert check_package(pristine), f"byte {at} of {relative} changed, nothing reported"
    finally:
        path.write_bytes(original)
    assert check_package(pristine) == []
