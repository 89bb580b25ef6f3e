"""Tests for sinoru_data.dates: reading date headers and post dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sinoru_data.dates import DateRange, looks_like_date_header, parse_date_header, parse_post_date

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

posted_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
dashes = st.sampled_from(["-", "–", "—", " - ", " – "])


@st.composite
def month_names(draw: st.DrawFn, month: int) -> str:
    """A way pages print a month: full or three-letter, in any common case."""
    name = MONTH_NAMES[month - 1]
    name = draw(st.sampled_from([name, name[:3]]))
    return draw(st.sampled_from([name, name.lower(), name.upper()]))


@st.composite
def day_months(draw: st.DrawFn) -> tuple[int, int]:
    """A valid (day, month) pair other than 29 February (a leap day is tested apart)."""
    day = draw(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2001, 12, 31)))
    return day.day, day.month


def header_for(start: dt.date, end: dt.date, dash: str = "-") -> str:
    """The header a page prints for a range: "24 May", "14-15 March", "28 November-1 December"."""
    if start == end:
        return f"{end.day} {MONTH_NAMES[end.month - 1]}"
    if start.month == end.month:
        return f"{start.day}{dash}{end.day} {MONTH_NAMES[end.month - 1]}"
    return f"{start.day} {MONTH_NAMES[start.month - 1]}{dash}{end.day} {MONTH_NAMES[end.month - 1]}"


@given(day_months(), posted_dates, st.data())
def test_day_without_year_is_the_latest_not_after_the_post_date(
    day_month: tuple[int, int], posted: dt.date, data: st.DataObject
) -> None:
    """A day and month without a year fall within the year up to and including the post date."""
    day, month = day_month
    found = parse_date_header(f"{day} {data.draw(month_names(month))}", posted)
    assert found.start == found.end
    assert (found.end.month, found.end.day) == (month, day)
    assert found.end <= posted
    assert found.end.replace(year=found.end.year + 1) > posted
    assert found.year_printed is False


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 1, 1)),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=364),
    dashes,
)
def test_range_reads_back_as_the_days_it_names(
    start: dt.date, length: int, delay: int, dash: str
) -> None:
    """Any range of up to two months, posted within the year after it ends, reads back exactly."""
    end = start + dt.timedelta(days=length)
    posted = end + dt.timedelta(days=delay)
    assert parse_date_header(header_for(start, end, dash), posted) == DateRange(
        start, end, year_printed=False
    )


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 1, 1)),
    st.integers(min_value=0, max_value=60),
)
def test_every_readable_header_looks_like_a_date_header(start: dt.date, length: int) -> None:
    """The looser shape check accepts every header the parser reads."""
    assert looks_like_date_header(header_for(start, start + dt.timedelta(days=length)))


def test_same_month_range_is_read() -> None:
    """'14-15 March' on a page posted 10 June 2022 is 14 to 15 March 2022."""
    assert parse_date_header("14-15 March", dt.date(2022, 6, 10)) == DateRange(
        dt.date(2022, 3, 14), dt.date(2022, 3, 15), year_printed=False
    )


def test_cross_month_range_is_read() -> None:
    """'28 November-1 December' posted 1 March 2023 is 28 November to 1 December 2022."""
    found = parse_date_header("28 November-1 December", dt.date(2023, 3, 1))
    assert (found.start, found.end) == (dt.date(2022, 11, 28), dt.date(2022, 12, 1))


def test_cross_year_range_is_read() -> None:
    """'31 December-1 January' posted 5 January 2023 starts in 2022 and ends in 2023."""
    found = parse_date_header("31 December-1 January", dt.date(2023, 1, 5))
    assert (found.start, found.end) == (dt.date(2022, 12, 31), dt.date(2023, 1, 1))


@pytest.mark.parametrize(
    ("header", "expected"),
    [("30 December", dt.date(2022, 12, 30)), ("24 February", dt.date(2023, 2, 24))],
)
def test_year_boundary_takes_the_year_before_when_needed(header: str, expected: dt.date) -> None:
    """Posted 1 March 2023, '30 December' is in 2022 and '24 February' is in 2023."""
    assert parse_date_header(header, dt.date(2023, 3, 1)).start == expected


def test_post_date_itself_is_not_pushed_back_a_year() -> None:
    """A header naming the post date's own day reads as the post date."""
    assert parse_date_header("1 March", dt.date(2023, 3, 1)).start == dt.date(2023, 3, 1)


def test_leap_day_is_read_in_a_leap_year() -> None:
    """'29 February' posted 1 March 2024 is 29 February 2024."""
    assert parse_date_header("29 February", dt.date(2024, 3, 1)).start == dt.date(2024, 2, 29)


@pytest.mark.parametrize("header", ["24 May 2021", "24 May, 2021"])
def test_printed_year_is_used_and_flagged(header: str) -> None:
    """A printed year is taken as is, and ``year_printed`` says so."""
    found = parse_date_header(header, dt.date(2022, 6, 10))
    assert (found.start, found.year_printed) == (dt.date(2021, 5, 24), True)


@pytest.mark.parametrize(
    "header",
    ["31 February", "30 February", "31 April", "31 June", "31 September", "31 November",
     "32 May", "0 May", "29 February 2023", "30-31 February"],
)  # fmt: skip
def test_impossible_date_raises_a_clear_error(header: str) -> None:
    """A day that does not exist raises ValueError quoting the header and saying why."""
    with pytest.raises(ValueError, match="does not exist") as caught:
        parse_date_header(header, dt.date(2023, 3, 1))
    assert f"'{header}'" in str(caught.value)


@pytest.mark.parametrize("header", ["31 Febuary", "10 Downing Street", "24", "Spring 24"])
def test_unreadable_header_raises_naming_the_expected_form(header: str) -> None:
    """A line that is not a date header raises ValueError quoting it and an example."""
    with pytest.raises(ValueError, match="is not a date header such as '24 May'") as caught:
        parse_date_header(header, dt.date(2023, 3, 1))
    assert f"'{header}'" in str(caught.value)


def test_reversed_same_month_range_is_rejected() -> None:
    """'15-14 March' ends before it starts and raises ValueError."""
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_date_header("15-14 March", dt.date(2022, 6, 10))


def test_year_printed_on_the_first_day_dates_the_first_day() -> None:
    """In '31 December 2022-1 January' the year 2022 belongs to 31 December."""
    found = parse_date_header("31 December 2022-1 January", dt.date(2023, 3, 1))
    assert (found.start, found.end) == (dt.date(2022, 12, 31), dt.date(2023, 1, 1))


@pytest.mark.parametrize(
    "line", ["24 May", "14-15 March", "28 November-1 December", "3-7 February", "31 Febuary",
             "24 May 2022", "1 Sept", "May 24", "February 27-March 2, 2023"],
)  # fmt: skip
def test_date_shaped_lines_look_like_date_headers(line: str) -> None:
    """Date-shaped lines, misspelt ones included, are recognised so they get reported."""
    assert looks_like_date_header(line)


@pytest.mark.parametrize(
    "line",
    ["10 Downing Street responds", "China looks to learn from Russian failures in Ukraine",
     "24", "May 24 things to know", "(12 March)", ""],
)  # fmt: skip
def test_other_lines_do_not_look_like_date_headers(line: str) -> None:
    """Headlines and prose starting with a number are not taken for date headers."""
    assert not looks_like_date_header(line)


def test_post_date_is_read() -> None:
    """The header's 'June 10, 2022' is 10 June 2022."""
    assert parse_post_date(" June 10, 2022 ") == dt.date(2022, 6, 10)


@pytest.mark.parametrize("text", ["10 June 2022", "June 2022", "Jnue 10, 2022"])
def test_unreadable_post_date_raises(text: str) -> None:
    """A post date not in the 'June 10, 2022' form raises ValueError quoting it."""
    with pytest.raises(ValueError, match="is not a post date"):
        parse_post_date(text)


@given(posted_dates)
def test_post_date_round_trips(posted: dt.date) -> None:
    """Every date printed as 'Month D, YYYY' reads back as itself."""
    text = f"{MONTH_NAMES[posted.month - 1]} {posted.day}, {posted.year}"
    assert parse_post_date(text) == posted
