"""Tests for sinoru_data.curate: the sources registry and the curators' overrides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from sinoru_data.curate import (
    OVERRIDABLE_FIELDS,
    LineOverride,
    Overrides,
    PageOverride,
    RecordOverride,
    apply_record_overrides,
    apply_sources,
    check_footer,
    label_index,
    load_overrides,
    load_sources,
    unused_overrides,
)
from sinoru_data.errors import Problem, SinoruDataError
from sinoru_data.models import Entry, Line, Quote
from sinoru_data.parse import decode_page, parse_page

ROOT = Path(__file__).resolve().parents[1]
CURATION = ROOT / "data" / "curation"
RAW_PATH = ROOT / "data" / "raw" / "china-russia-relations-2022-06-10.txt"
DOCUMENT_ID = "china-russia-relations-2022-06-10"
REGISTRY = "data/curation/sources.yaml"

AP = {
    "source_id": "ap",
    "name": "Associated Press",
    "labels": ["AP"],
    "kind": "news-agency",
    "country": "US",
    "homepage": "https://apnews.com/",
}
REUTERS = {
    "source_id": "reuters",
    "name": "Reuters",
    "labels": ["Reuters"],
    "kind": "news-agency",
    "country": "GB",
    "homepage": "https://www.reuters.com/",
}


def write_sources(tmp_path: Path, *sources: dict[str, Any]) -> Path:
    """Write sources as a YAML list, one blank line between items (each item is 6 lines)."""
    path = tmp_path / "sources.yaml"
    path.write_text(
        "\n".join(yaml.safe_dump([s], sort_keys=False, default_flow_style=None) for s in sources),
        encoding="utf-8",
    )
    return path


def only_problem(caught: pytest.ExceptionInfo[SinoruDataError]) -> Problem:
    """The single problem an error carries."""
    assert len(caught.value.problems) == 1, caught.value.problems
    return caught.value.problems[0]


def assert_actionable(problem: Problem, path: Path, line: int, *words: str) -> None:
    """The problem names the file and line, says what is wrong and what to do."""
    text = str(problem)
    assert text.startswith(f"{path}:{line}: "), text
    assert "To fix:" in text, text
    for word in words:
        assert word in text, text


def make_entry(**changes: Any) -> Entry:
    """A valid entry, with some fields changed."""
    fields: dict[str, Any] = {
        "entry_id": "2022-05-24-a-headline",
        "document_id": "demo",
        "position": 1,
        "date_start": dt.date(2022, 5, 24),
        "date_end": dt.date(2022, 5, 24),
        "date_text": "24 May",
        "date_basis": "year-inferred",
        "headline": "A headline",
        "dek": None,
        "authors": [],
        "byline": None,
        "outlet": "AP",
        "source_id": None,
        "source_basis": "none",
        "text": "Text.",
        "curated_fields": [],
        "line_start": 12,
        "line_end": 13,
        "char_start": 100,
        "char_end": 150,
    }
    return Entry(**(fields | changes))


def make_quote(**changes: Any) -> Quote:
    """A valid quote, with some fields changed."""
    fields: dict[str, Any] = {
        "quote_id": "2022-05-24-a-headline-q1",
        "entry_id": "2022-05-24-a-headline",
        "field": "text",
        "text": "no limits",
        "kind": "term",
        "speaker": None,
        "speaker_full": None,
        "cue": None,
        "speaker_basis": "none",
        "curated_fields": [],
        "line": 13,
        "char_start": 120,
        "char_end": 129,
    }
    return Quote(**(fields | changes))


def record_override(**changes: Any) -> RecordOverride:
    """An override setting an entry's source_id, from line 12 of overrides.yaml."""
    fields: dict[str, Any] = {
        "table": "entries",
        "id": "2022-05-24-a-headline",
        "field": "source_id",
        "expected": None,
        "value": "nyt",
        "note": "curator's knowledge",
        "origin": ("overrides.yaml", 12),
    }
    return RecordOverride(**(fields | changes))


# --- load_sources ------------------------------------------------------------------------------


def test_real_registry_has_sixteen_sources_with_unique_ids() -> None:
    """The registry loads 16 sources, sorted by id, with no id twice."""
    sources = load_sources(CURATION / "sources.yaml")
    ids = [s.source_id for s in sources]
    assert len(sources) == 16
    assert len(set(ids)) == 16
    assert ids == sorted(ids)


def test_real_registry_maps_every_label_to_one_source() -> None:
    """Each printed label appears once across sources, so it names exactly one source."""
    sources = load_sources(CURATION / "sources.yaml")
    labels = [label for s in sources for label in s.labels]
    index = label_index(sources)
    assert len(index) == len(labels)
    assert index["NYT"] == index["The New York Times"] == "nyt"


def test_real_registry_covers_every_outlet_on_the_page() -> None:
    """Every outlet label printed on the raw page is in the registry."""
    index = label_index(load_sources(CURATION / "sources.yaml"))
    parsed = parse_page(
        decode_page(RAW_PATH.read_bytes(), str(RAW_PATH)), document_id=DOCUMENT_ID, path="raw.txt"
    )
    assert {e.outlet for e in parsed.entries if e.outlet} <= set(index)


def test_valid_temporary_registry_loads(tmp_path: Path) -> None:
    """A registry of two well-formed sources loads both."""
    path = write_sources(tmp_path, REUTERS, AP)
    assert [s.source_id for s in load_sources(path)] == ["ap", "reuters"]


def test_duplicate_source_id_names_file_and_line(tmp_path: Path) -> None:
    """A second source with the same id is reported at its own line, pointing at the first."""
    path = write_sources(tmp_path, AP, AP | {"labels": ["AP2"]})
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert_actionable(only_problem(caught), path, 8, "duplicate source_id 'ap'", "line 1", "merge")


def test_duplicate_label_names_file_and_line(tmp_path: Path) -> None:
    """A label given to two sources is reported at the second, pointing at the first."""
    path = write_sources(tmp_path, AP, REUTERS, AP | {"source_id": "ap2"})
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert_actionable(only_problem(caught), path, 15, "label 'AP'", "line 1", "one source")


def test_three_letter_country_code_names_file_and_line(tmp_path: Path) -> None:
    """'USA' is not an ISO alpha-2 code: the problem names the field, file and line."""
    path = write_sources(tmp_path, REUTERS, AP | {"country": "USA"})
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert_actionable(only_problem(caught), path, 8, "country", "correct the value")


def test_unknown_kind_names_file_line_and_allowed_kinds(tmp_path: Path) -> None:
    """A kind outside the list is reported with the kinds allowed."""
    path = write_sources(tmp_path, AP | {"kind": "blog"})
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert_actionable(only_problem(caught), path, 1, "kind", "'news-agency'", "'think-tank'")


def test_every_bad_source_is_reported_at_once(tmp_path: Path) -> None:
    """Two broken sources give two problems in one error, each at its own line."""
    path = write_sources(tmp_path, AP | {"kind": "blog"}, REUTERS | {"country": "gb"})
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert [p.line for p in caught.value.problems] == [1, 8]


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    """Broken YAML is reported at the offending line, with the advice to fix the syntax."""
    path = tmp_path / "sources.yaml"
    path.write_text("- source_id: ap\n  name: Associated Press: AP\n  labels: [AP]\n")
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert_actionable(only_problem(caught), path, 2, "not valid YAML", "fix the YAML syntax")


def test_missing_registry_is_reported(tmp_path: Path) -> None:
    """A registry that does not exist is reported as 'file not found' naming the path."""
    path = tmp_path / "sources.yaml"
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert str(only_problem(caught)).startswith(f"{path}: file not found. To fix:")


def test_registry_that_is_not_a_list_is_reported(tmp_path: Path) -> None:
    """A mapping instead of a list of sources is reported at line 1."""
    path = tmp_path / "sources.yaml"
    path.write_text("ap: Associated Press\n")
    with pytest.raises(SinoruDataError) as caught:
        load_sources(path)
    assert str(only_problem(caught)) == f"{path}:1: expected a list of items"


# --- load_overrides ----------------------------------------------------------------------------

LINE_OVERRIDE = """\
lines:
  - document: demo
    text: Section heading
    role: subheading
    note: a heading inside the article
"""
RECORD_OVERRIDE = """\
records:
  - table: entries
    id: 2022-05-24-a-headline
    field: source_id
    expected: null
    value: nyt
    note: curator's knowledge
"""


def write_overrides(tmp_path: Path, text: str) -> Path:
    """Write an overrides file."""
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_real_overrides_load() -> None:
    """The real file holds one line override and three record overrides, with their origins."""
    overrides = load_overrides(CURATION / "overrides.yaml")
    assert overrides.line_roles(DOCUMENT_ID) == {
        "Chinese Dismissals of Potential Russian Invasion": "subheading"
    }
    assert [(o.field, o.value) for o in overrides.records] == [("source_id", "nyt")] * 3
    assert all(o.origin[0].endswith("overrides.yaml") for o in overrides.records)


def test_overrides_keep_their_line_numbers(tmp_path: Path) -> None:
    """Each override remembers the file and the line its item starts on."""
    path = write_overrides(tmp_path, LINE_OVERRIDE + RECORD_OVERRIDE)
    overrides = load_overrides(path)
    assert overrides.lines[0].origin == (str(path), 2)
    assert overrides.records[0].origin == (str(path), 7)
    assert overrides.records[0].id == "2022-05-24-a-headline"


def test_missing_overrides_file_means_no_overrides(tmp_path: Path) -> None:
    """Without an overrides file there is nothing to apply, and no error."""
    assert load_overrides(tmp_path / "overrides.yaml") == Overrides()


def test_unknown_key_names_file_line_and_allowed_keys(tmp_path: Path) -> None:
    """A misspelt key is reported with the keys allowed."""
    path = write_overrides(tmp_path, LINE_OVERRIDE + "    reason: typo\n")
    with pytest.raises(SinoruDataError) as caught:
        load_overrides(path)
    assert_actionable(only_problem(caught), path, 2, "unknown key 'reason'", "document, text")


def test_missing_key_names_file_line_and_required_keys(tmp_path: Path) -> None:
    """An override without its 'expected' value is reported with the keys required."""
    path = write_overrides(tmp_path, RECORD_OVERRIDE.replace("    expected: null\n", ""))
    with pytest.raises(SinoruDataError) as caught:
        load_overrides(path)
    assert_actionable(only_problem(caught), path, 2, "missing key 'expected'", "give table")


def test_role_that_cannot_be_set_names_file_line_and_roles(tmp_path: Path) -> None:
    """A line role outside the overridable ones is reported with the roles allowed."""
    path = write_overrides(tmp_path, LINE_OVERRIDE.replace("subheading", "date"))
    with pytest.raises(SinoruDataError) as caught:
        load_overrides(path)
    assert_actionable(only_problem(caught), path, 2, "role 'date' cannot be set", "subheading")


@pytest.mark.parametrize(
    ("table", "field"), [("entries", "text"), ("quotes", "text"), ("people", "name")]
)
def test_field_that_cannot_be_overridden_names_file_and_line(
    tmp_path: Path, table: str, field: str
) -> None:
    """A field (or table) outside the overridable ones is reported with what may be set."""
    text = RECORD_OVERRIDE.replace("table: entries", f"table: {table}")
    path = write_overrides(tmp_path, text.replace("field: source_id", f"field: {field}"))
    with pytest.raises(SinoruDataError) as caught:
        load_overrides(path)
    assert_actionable(
        only_problem(caught), path, 2, f"field '{field}' of table '{table}' cannot be overridden"
    )


def test_override_that_is_not_a_mapping_is_reported(tmp_path: Path) -> None:
    """A bare string in the records list is reported at its line."""
    path = write_overrides(tmp_path, "records:\n  - just a note\n")
    with pytest.raises(SinoruDataError) as caught:
        load_overrides(path)
    assert str(only_problem(caught)) == f"{path}:2: an override must be a mapping"


def test_overridable_fields_exist_on_their_models() -> None:
    """Every overridable field is a real field of its table's model."""
    assert set(OVERRIDABLE_FIELDS["entries"]) <= set(Entry.model_fields)
    assert set(OVERRIDABLE_FIELDS["quotes"]) <= set(Quote.model_fields)


# --- apply_sources -----------------------------------------------------------------------------


def test_known_label_sets_source_from_the_page() -> None:
    """An entry's printed label gives its source_id, with basis 'page'."""
    [entry] = apply_sources([make_entry()], {"AP": "ap"}, "data/raw/demo.txt", REGISTRY)
    assert (entry.source_id, entry.source_basis) == ("ap", "page")


def test_entry_without_outlet_is_left_alone() -> None:
    """An entry with no printed outlet keeps source_id null and basis 'none'."""
    entry = make_entry(outlet=None)
    assert apply_sources([entry], {"AP": "ap"}, "data/raw/demo.txt", REGISTRY) == [entry]


def test_unknown_label_names_raw_file_line_label_and_registry() -> None:
    """An unknown label is reported at the entry's raw line, saying to edit the registry."""
    entries = [
        make_entry(),
        make_entry(entry_id="2022-05-24-other", outlet="Pravda", line_start=40, line_end=41),
    ]
    with pytest.raises(SinoruDataError) as caught:
        apply_sources(entries, {"AP": "ap"}, "data/raw/demo.txt", REGISTRY)
    text = str(only_problem(caught))
    assert text.startswith("data/raw/demo.txt:40: unknown outlet label 'Pravda'")
    assert "2022-05-24-other" in text
    assert f"To fix: add 'Pravda' to the labels of a source in {REGISTRY}" in text


# --- apply_record_overrides --------------------------------------------------------------------


def test_override_sets_value_and_records_the_field() -> None:
    """A source_id override is applied, listed in curated_fields and marks the basis curated."""
    override = record_override()
    [entry], used, problems = apply_record_overrides([make_entry()], [override], "entry_id")
    assert (entry.source_id, entry.source_basis, entry.curated_fields) == (
        "nyt",
        "curated",
        ["source_id"],
    )
    assert used == [override]
    assert problems == []


def test_date_override_is_read_as_a_date() -> None:
    """An ISO date string overriding date_end becomes a date; the basis is untouched."""
    override = record_override(field="date_end", expected="2022-05-24", value="2022-05-25")
    [entry], _, problems = apply_record_overrides([make_entry()], [override], "entry_id")
    assert problems == []
    assert entry.date_end == dt.date(2022, 5, 25)
    assert (entry.curated_fields, entry.source_basis) == (["date_end"], "none")


def test_quote_override_is_applied_by_quote_id() -> None:
    """A quote's kind is set through its quote_id."""
    override = record_override(
        table="quotes",
        id="2022-05-24-a-headline-q1",
        field="kind",
        expected="term",
        value="partial",
    )
    [quote], _, problems = apply_record_overrides([make_quote()], [override], "quote_id")
    assert problems == []
    assert (quote.kind, quote.curated_fields) == ("partial", ["kind"])
    assert quote.speaker_basis == "none"  # the speaker is still the extractor's


def test_curated_cue_says_so_in_speaker_basis() -> None:
    """A cue set by an override also overrules the rule: speaker_basis 'curated'."""
    quote = make_quote(kind="partial", speaker="Graham", cue="said", speaker_basis="sentence-cue")
    override = record_override(
        table="quotes", id=quote.quote_id, field="cue", expected="said", value="told"
    )
    [quote], _, problems = apply_record_overrides([quote], [override], "quote_id")
    assert problems == []
    assert (quote.cue, quote.speaker_basis) == ("told", "curated")


def test_curated_speaker_says_so_in_speaker_basis() -> None:
    """A speaker set by an override has speaker_basis 'curated', not the rule's name."""
    quote = make_quote(kind="partial", speaker="Graham", speaker_basis="sentence-cue")
    override = record_override(
        table="quotes",
        id=quote.quote_id,
        field="speaker",
        expected="Graham",
        value="Lindsey Graham",
    )
    [quote], _, problems = apply_record_overrides([quote], [override], "quote_id")
    assert problems == []
    assert (quote.speaker, quote.speaker_basis, quote.curated_fields) == (
        "Lindsey Graham",
        "curated",
        ["speaker"],
    )


def test_stale_override_is_reported_and_not_applied() -> None:
    """A stale override (expected no longer holds) names its file and line and changes nothing."""
    entry = make_entry(source_id="ap", source_basis="page")
    override = record_override()
    records, used, problems = apply_record_overrides([entry], [override], "entry_id")
    assert records == [entry]
    assert used == [override]
    [problem] = problems
    text = str(problem)
    assert text.startswith(
        "overrides.yaml:12: entries '2022-05-24-a-headline': source_id is now 'ap'"
    )
    assert "update 'expected' or remove it" in text


def test_override_for_another_record_changes_nothing() -> None:
    """An override whose id matches no record is neither applied nor counted as used."""
    entry = make_entry()
    records, used, problems = apply_record_overrides(
        [entry], [record_override(id="no-such-entry")], "entry_id"
    )
    assert (records, used, problems) == ([entry], [], [])


def test_unquoted_yaml_dates_in_overrides_work(tmp_path: Path) -> None:
    """An override written with natural YAML dates is applied like one with quoted dates."""
    text = RECORD_OVERRIDE.replace("field: source_id", "field: date_end")
    text = text.replace("expected: null", "expected: 2022-05-24")
    path = write_overrides(tmp_path, text.replace("value: nyt", "value: 2022-05-25"))
    overrides = load_overrides(path)
    [entry], _, problems = apply_record_overrides([make_entry()], overrides.records, "entry_id")
    assert problems == []
    assert entry.date_end == dt.date(2022, 5, 25)


# --- unused_overrides --------------------------------------------------------------------------


def test_overrides_that_match_nothing_are_reported() -> None:
    """Line and record overrides that match nothing are each reported at their file and line."""
    line = LineOverride("demo", "No such line", "subheading", "note", ("overrides.yaml", 3))
    record = record_override(id="no-such-entry")
    problems = unused_overrides(Overrides((line,), (record,)), [], [])
    assert [str(p).split(". To fix")[0] for p in problems] == [
        "overrides.yaml:3: line override matches no line of 'demo': 'No such line'",
        "overrides.yaml:12: override for entries 'no-such-entry' matches no record",
    ]
    assert all("remove the override" in str(p) for p in problems)


def test_used_overrides_are_not_reported() -> None:
    """Overrides that matched a line or a record give no problem."""
    line = LineOverride("demo", "A line", "stray", "note", ("overrides.yaml", 3))
    record = record_override()
    assert unused_overrides(Overrides((line,), (record,)), [("demo", "A line")], [record]) == []


def test_line_override_for_another_document_is_unused() -> None:
    """A line override is used only by a line of its own document."""
    line = LineOverride("demo", "A line", "stray", "note", ("overrides.yaml", 3))
    assert len(unused_overrides(Overrides((line,)), [("other", "A line")], [])) == 1


def test_real_overrides_all_apply_to_the_real_page() -> None:
    """On the real page every override matches, is applied, and none is stale or unused."""
    overrides = load_overrides(CURATION / "overrides.yaml")
    parsed = parse_page(
        decode_page(RAW_PATH.read_bytes(), str(RAW_PATH)),
        document_id=DOCUMENT_ID,
        path="data/raw/china-russia-relations-2022-06-10.txt",
        line_roles=overrides.line_roles(DOCUMENT_ID),
    )
    index = label_index(load_sources(CURATION / "sources.yaml"))
    entries = apply_sources(parsed.entries, index, parsed.document.path, REGISTRY)
    entries, used, problems = apply_record_overrides(entries, overrides.records, "entry_id")
    used_lines = [(DOCUMENT_ID, text) for text in parsed.used_overrides]
    assert problems == []
    assert unused_overrides(overrides, used_lines, used) == []
    curated = [e for e in entries if e.source_basis == "curated"]
    assert [(e.source_id, e.curated_fields) for e in curated] == [("nyt", ["source_id"])] * 3


def test_override_with_a_value_of_the_wrong_type_names_its_line() -> None:
    """A value the model rejects is reported at the override's line, not applied."""
    override = record_override(
        table="quotes",
        id="2022-05-24-a-headline-q1",
        field="kind",
        expected="term",
        value="shouted",
    )
    [quote], used, problems = apply_record_overrides([make_quote()], [override], "quote_id")
    assert quote.kind == "term" and quote.curated_fields == []
    assert used == [override]
    [problem] = problems
    text = str(problem)
    assert text.startswith(
        "overrides.yaml:12: quotes '2022-05-24-a-headline-q1': the value 'shouted'"
    )
    assert "correct 'value'" in text


# --- pages: a page declared complete without its comment footer ---------------------------------


def test_a_page_override_declares_a_page_complete_without_its_footer(tmp_path: Path) -> None:
    """``pages:`` items load with their line; the footer check then accepts the page."""
    path = write_overrides(
        tmp_path, "pages:\n  - document: demo\n    footer: absent\n    note: exported without\n"
    )
    overrides = load_overrides(path)
    assert overrides.page("demo") == PageOverride(
        "demo", "absent", "exported without", (str(path), 2)
    )
    lines = [Line.model_construct(line=1, role="title")]
    assert check_footer("demo", lines, "demo.txt", overrides) == []
    assert check_footer("other", lines, "other.txt", overrides)[0].line == 1


def test_a_page_with_its_footer_needs_no_override_and_rejects_one(tmp_path: Path) -> None:
    """A page with its footer passes; declaring it footer-less is an error at the override."""
    lines = [
        Line.model_construct(line=1, role="title"),
        Line.model_construct(line=9, role="footer"),
    ]
    assert check_footer("demo", lines, "demo.txt", Overrides()) == []
    override = PageOverride("demo", "absent", "note", ("overrides.yaml", 4))
    [problem] = check_footer("demo", lines, "demo.txt", Overrides(pages=(override,)))
    assert (problem.path, problem.line) == ("overrides.yaml", 4)
    assert "remove this override" in str(problem)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("  - document: demo\n    footer: gone\n    note: x\n", "footer 'gone' cannot be set"),
        ("  - document: demo\n    note: x\n", "missing key 'footer'"),
        (
            "  - document: demo\n    footer: absent\n    note: x\n"
            "  - document: demo\n    footer: absent\n    note: y\n",
            "page 'demo' is overridden twice",
        ),
    ],
)
def test_a_wrong_page_override_names_its_line(tmp_path: Path, item: str, message: str) -> None:
    """A bad ``pages:`` item fails at its line of overrides.yaml."""
    path = write_overrides(tmp_path, "pages:\n" + item)
    with pytest.raises(SinoruDataError) as caught:
        load_overrides(path)
    assert message in str(caught.value)
    assert f"{path}:" in str(caught.value)


def test_a_page_override_for_no_page_is_unused() -> None:
    """A page override whose document was not built is reported where it is written."""
    override = PageOverride("gone", "absent", "note", ("overrides.yaml", 7))
    [problem] = unused_overrides(Overrides(pages=(override,)), [], [], ["demo"])
    assert str(problem).startswith("overrides.yaml:7: page override names no page: 'gone'")
    assert unused_overrides(Overrides(pages=(override,)), [], [], ["gone"]) == []
