"""The figures are plain, deterministic SVG drawn from the data, and committed current."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from sinoru_data.figures import KIND_COLOURS, NOBODY, element, speakers_svg, timeline_svg
from sinoru_data.report import FIGURES, read_tables
from sinoru_data.statistics import quotes_per_speaker

from .conftest import ROOT

SVG = "{http://www.w3.org/2000/svg}"


def test_committed_figures_are_current() -> None:
    """docs/figures/*.svg are byte for byte what the report draws from the current data."""
    tables = read_tables(ROOT)
    for path, draw in FIGURES.items():
        assert (ROOT / path).read_text(encoding="utf-8") == draw(tables), (
            f"{path} is stale: run 'sinoru-data report' and commit docs/figures/"
        )


def test_figures_are_deterministic_well_formed_svg() -> None:
    """Drawing twice gives the same text, which parses as SVG with a title and no scripts."""
    tables = read_tables(ROOT)
    for draw in (timeline_svg, speakers_svg):
        svg = draw(tables)
        assert svg == draw(tables)
        root = ET.fromstring(svg)
        assert root.tag == f"{SVG}svg" and root.find(f"{SVG}title") is not None
        assert (
            root.find(f".//{SVG}script") is None and "<image" not in svg and "@font-face" not in svg
        )


def test_timeline_has_one_mark_per_entry() -> None:
    """Every entry is one square with a tooltip; the legend lists only kinds present."""
    tables = read_tables(ROOT)
    root = ET.fromstring(timeline_svg(tables))
    marks = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(marks) == len(tables["entries"])
    assert {r.get("stroke") for r in marks} <= set(KIND_COLOURS.values())


def test_speakers_chart_has_a_bar_per_speaker_and_nobody() -> None:
    """Each named speaker and the 'nobody named' group get a labelled bar."""
    tables = read_tables(ROOT)
    svg = speakers_svg(tables)
    labels = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    for name, _ in quotes_per_speaker(tables["quotes"]):
        assert name[:30] in " ".join(str(label) for label in labels)
    assert NOBODY in labels


def test_text_is_escaped() -> None:
    """Markup in data cannot break the SVG."""
    assert element("text", "<b> & “x”") == "<text>&lt;b&gt; &amp; “x”</text>"


def test_long_tails_of_speakers_are_grouped() -> None:
    """Past MAX_SPEAKERS, the remaining speakers are one grey bar with their total."""
    from sinoru_data.figures import MAX_SPEAKERS

    quotes = [{"speaker": f"Speaker {i:02}", "speaker_full": None} for i in range(MAX_SPEAKERS + 5)]
    labels = [t.text for t in ET.fromstring(speakers_svg({"quotes": quotes})).iter(f"{SVG}text")]
    assert "(5 more speakers)" in labels and f"Speaker {MAX_SPEAKERS:02}" not in labels
