"""Tests for sinoru_data.grammar: how single lines of a digest page are judged."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sinoru_data.grammar import (
    HEADLINE_MAX,
    clean,
    is_headline_shaped,
    is_person_name,
    is_stray_label,
    is_text_shaped,
    marker_label,
    parse_byline,
    split_author_headline,
)

RAW_PAGE = (
    Path(__file__).resolve().parents[1] / "data" / "raw" / "china-russia-relations-2022-06-10.txt"
)


@pytest.fixture(scope="module")
def page() -> dict[int, str]:
    """The real page's cleaned lines by 1-based line number."""
    text = RAW_PAGE.read_text(encoding="utf-8")
    return {number: clean(line) for number, line in enumerate(text.split("\n"), start=1)}


@pytest.mark.parametrize(
    ("number", "label", "excerpt"),
    [
        (63, "Reuters", "U.S. President Joe Biden"),  # (Reuters) –
        (73, "AP", "The U.S. says Russia"),  # (AP) —
        (11, "The Times", "… Xi was subjected"),  # (The Times) …
        (107, "NYT", "Beijing aligned itself"),  # (NYT)
        (155, "National Post", "Russia and China called"),  # (National Post) –
        (59, "US-China Perception Monitor", "Text of article by Hu Wei"),
    ],
)
def test_marker_label_reads_every_marker_style_on_the_page(
    page: dict[int, str], number: int, label: str, excerpt: str
) -> None:
    """Each marker style of the page gives its label and the offset where the excerpt begins."""
    found = marker_label(page[number])
    assert found is not None
    assert found[0] == label
    assert page[number][found[1] :].startswith(excerpt)


def test_every_marker_line_of_the_page_has_a_label(page: dict[int, str]) -> None:
    """All 23 lines of the page that open with '(' give a non-empty outlet label."""
    openers = [text for text in page.values() if text.startswith("(")]
    assert len(openers) == 23
    assert all(marker_label(text) for text in openers)


@pytest.mark.parametrize(
    "line", ["(12 March)", "(12 March) text", "(2019) report", "( AP) spaced", "(a) item", "AP —"]
)
def test_dates_and_non_labels_are_not_markers(line: str) -> None:
    """A parenthesised date, year or one letter, or a label without parentheses, is no marker."""
    assert marker_label(line) is None


def test_clean_turns_no_break_spaces_into_spaces() -> None:
    """No-break and narrow no-break spaces become spaces and the ends are trimmed."""
    assert clean("\u00a0Written by\u00a0//\u202fJune 10, 2022 \r") == "Written by // June 10, 2022"


@pytest.mark.parametrize(
    "line", ["Xi said so.", "Xi said “No.”", "as the minister put it,", "in short:", "x" * 161]
)
def test_sentence_ends_and_long_lines_are_text_shaped(line: str) -> None:
    """A line ending a sentence or clause, or longer than a headline, reads as prose."""
    assert is_text_shaped(line)
    assert not is_headline_shaped(line)


@pytest.mark.parametrize(
    "number", [6, 9, 25, 44, 51, 58, 62, 69, 72, 77, 83, 91, 94, 101, 106, 109, 113, 139, 161]
)
def test_page_headlines_are_headline_shaped(page: dict[int, str], number: int) -> None:
    """Real headlines of the page are short, capitalised and do not end a sentence."""
    assert is_headline_shaped(page[number])


@pytest.mark.parametrize("number", [5, 12, 27, 55, 123, 131, 164])
def test_page_excerpts_are_not_headline_shaped(page: dict[int, str], number: int) -> None:
    """Excerpt paragraphs, marker lines and lines opening with an ellipsis are not headlines."""
    assert not is_headline_shaped(page[number])


@pytest.mark.parametrize("line", ["", "lower-case start", "(AP) Headline", "… and more"])
def test_empty_lowercase_marker_and_ellipsis_lines_are_not_headlines(line: str) -> None:
    """A headline is non-empty, capitalised, and does not open with a marker or an ellipsis."""
    assert not is_headline_shaped(line)


@given(st.text(min_size=HEADLINE_MAX + 1, max_size=HEADLINE_MAX + 80))
def test_lines_longer_than_a_headline_are_never_headlines(line: str) -> None:
    """Any line longer than HEADLINE_MAX characters is text-shaped, never headline-shaped."""
    assert is_text_shaped(line)
    assert not is_headline_shaped(line)


@pytest.mark.parametrize(
    ("number", "authors"),
    [
        (10, ["Roger Boyes"]),  # A, Role
        (85, ["David Bandurski"]),  # A
        (95, ["David Brunnstrom", "Michael Martina"]),  # By A and B
        (102, ["Tony Walker"]),  # A, Role, Institution
        (124, ["Yun Sun"]),  # By A
        (132, ["Jude Blanchette", "Bonny Lin"]),  # By A and B, Institution.
        (141, ["Robin Wright"]),
        (145, ["Marcin Kaczmarski", "Natasha Kuhrt"]),  # A, Role, Inst, & B, Role, Inst
    ],
)
def test_page_bylines_give_only_the_names(
    page: dict[int, str], number: int, authors: list[str]
) -> None:
    """Every byline form on the page yields the person names and nothing of roles or places."""
    assert parse_byline(page[number]) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By A. Smith, B. Jones and C. Wu", ["A. Smith", "B. Jones", "C. Wu"]),
        ("By Yun Sun, Senior Fellow, Stimson Center.", ["Yun Sun"]),
        ("Anna Smith & Bob Jones", ["Anna Smith", "Bob Jones"]),
        ("by Ursula von der Leyen", ["Ursula von der Leyen"]),
    ],
)
def test_byline_forms_give_only_the_names(line: str, authors: list[str]) -> None:
    """'By A, B and C', 'By A, Role, Institution.', '&' and name particles are read."""
    assert parse_byline(line) == authors


@pytest.mark.parametrize("number", [9, 25, 52, 83, 122, 130, 123, 5, 42])
def test_page_headlines_deks_and_excerpts_are_not_bylines(
    page: dict[int, str], number: int
) -> None:
    """Headlines, standfirsts, excerpts and the stray outlet line of the page are not bylines."""
    assert parse_byline(page[number]) is None


def test_headline_in_byline_form_is_not_a_byline(page: dict[int, str]) -> None:
    """Line 150, a headline shaped like 'A, B and C', names no people."""
    assert parse_byline(page[150]) is None


def test_byline_with_serial_comma_keeps_every_author() -> None:
    """'By A, B, and C' names all three authors."""
    assert parse_byline("By Anna Smith, Bob Jones, and Carl Wu") == [
        "Anna Smith",
        "Bob Jones",
        "Carl Wu",
    ]


def test_three_authors_then_an_institution_keeps_every_author() -> None:
    """'By A, B and C, Reuters' names all three authors."""
    assert parse_byline("By Anna Smith, Bob Jones and Carl Wu, Reuters") == [
        "Anna Smith",
        "Bob Jones",
        "Carl Wu",
    ]


@pytest.mark.parametrize(
    "name",
    ["Thomas L. Friedman", "Yun Sun", "Vladimir V. Putin", "Ursula von der Leyen", "Robin Wright"],
)
def test_person_names_are_recognised(name: str) -> None:
    """Two to five capitalised words or initials, with name particles, are a person's name."""
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine",
        "Xi",
        "China’s Ukraine Crisis",
        "Diplomatic Editor",
        "Stimson Center",
        "A. B.",
        "Roger Boyes, Diplomatic Editor",
        "one two",
        "Anna Maria Lisa Beth Carla Dora",
    ],
)
def test_places_titles_and_roles_are_not_person_names(text: str) -> None:
    """One word, a possessive, a role, only initials, lower case or six words is no name."""
    assert not is_person_name(text)


@given(
    st.lists(
        st.sampled_from(["Anna", "Bob", "Carl", "Dora", "Li", "Wu", "Sun"]), min_size=2, max_size=5
    )
)
def test_any_two_to_five_capitalised_words_are_a_name(words: list[str]) -> None:
    """Two to five capitalised non-role words read as a person's name."""
    assert is_person_name(" ".join(words))


@given(st.sampled_from(["Editor", "Correspondent", "University", "Fellow", "Centre"]))
def test_a_role_word_disqualifies_a_name(role: str) -> None:
    """A name followed by a role word is not a person's name."""
    assert not is_person_name(f"Anna Smith {role}")


@pytest.mark.parametrize(
    ("number", "author", "headline"),
    [
        (33, "Thomas L. Friedman", "China and Russia Are Giving Authoritarianism a Bad Name"),
        (97, "David Leonhardt", "China’s Russia Problem"),
    ],
)
def test_author_prefix_is_split_from_the_headline(
    page: dict[int, str], number: int, author: str, headline: str
) -> None:
    """'Author Name: Headline' comes back as the author and the headline."""
    assert split_author_headline(page[number]) == (author, headline)


@pytest.mark.parametrize("number", [122, 130, 161, 106, 25])
def test_other_colon_headlines_come_back_whole(page: dict[int, str], number: int) -> None:
    """A headline whose part before ': ' is not a person's name is not split."""
    assert split_author_headline(page[number]) == (None, page[number])


def test_stray_label_is_a_short_headline_shaped_line(page: dict[int, str]) -> None:
    """The lone 'Stimson Center' line is a stray label; a full headline is not."""
    assert is_stray_label(page[42])
    assert not is_stray_label(page[91])
