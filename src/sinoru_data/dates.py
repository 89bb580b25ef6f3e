"""Reading the digest's date headers ("24 May", "14-15 March", "28 November-1 December").

Days without a year take the latest year that does not put them after the
post date: a page posted on 10 June 2022 reads "24 May" as 2022-05-24 and
"30 December" as 2021-12-30.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)}
_MONTH = r"(?:" + "|".join(MONTHS) + r"|" + "|".join(m[:3] for m in MONTHS) + r")\.?"
_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?:,?\s+(?P<{}>\d{{4}}))?"
DAY_FIRST = re.compile(
    rf"^(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}){_YEAR.format('y1')})?"
    rf"(?:{_DASH}(?P<d2>\d{{1,2}}))?\s+(?P<m2>{_MONTH}){_YEAR.format('y2')}$",
    re.IGNORECASE,
)
"""Day-first headers: "24 May", "14-15 March", "28 November-1 December", "31 December 2021-1 January"."""
MONTH_FIRST = re.compile(
    rf"^(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:{_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>\d{{1,2}}))?"
    rf"{_YEAR.format('y2')}$",
    re.IGNORECASE,
)
"""Month-first headers: "February 27", "February 27-28", "February 27-March 2, 2023"."""
_WORD = r"[A-Za-z]{3,}\.?"
_DAYS = r"\d{1,2}(?:" + _DASH + r"\d{1,2})?"
DATE_SHAPE = re.compile(
    rf"^(?:\d{{1,2}}(?:\s+{_WORD}(?:,?\s+\d{{4}})?)?(?:{_DASH}\d{{1,2}})?\s+{_WORD}"
    rf"|{_WORD}\s+\d{{1,2}}(?:{_DASH}(?:{_WORD}\s+)?\d{{1,2}})?)(?:,?\s+\d{{4}})?$"
)
POST_DATE = re.compile(rf"^(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A date header read into a first and a last day.

    ``year_printed`` says whether the page printed the year or it was inferred.
    """

    start: dt.date
    end: dt.date
    year_printed: bool


def _month(name: str) -> int:
    """Month number of a month name or its abbreviation.

    >>> _month("Sept"[:3]), _month("December")
    (9, 12)
    """
    key = name.lower().rstrip(".")
    return next(number for month, number in MONTHS.items() if month.startswith(key[:3]))


def looks_like_date_header(line: str) -> bool:
    """Whether a line has the shape of a date header: day(s), a word, maybe a year.

    The shape is looser than what :func:`parse_date_header` reads, so that a
    misspelt or impossible date ("31 Febuary") is reported, not taken for a headline.

    >>> looks_like_date_header("14-15 March"), looks_like_date_header("31 Febuary")
    (True, True)
    >>> looks_like_date_header("10 Downing Street responds")
    False
    """
    return DATE_SHAPE.match(line.strip()) is not None


def _latest_not_after(month: int, day: int, limit: dt.date) -> dt.date:
    """The latest date with this month and day that is not after ``limit``.

    >>> _latest_not_after(12, 30, dt.date(2023, 3, 1))
    datetime.date(2022, 12, 30)
    """
    year = limit.year
    while True:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year: try the year before
            if year < limit.year - 8:
                raise
            year -= 1
            continue
        if candidate <= limit:
            return candidate
        year -= 1


def _read_header(text: str) -> tuple[int, int, int, int, int | None, int | None] | None:
    """The days, months and printed years of a date header, or None if it is not one.

    >>> _read_header("28 November-1 December")
    (28, 11, 1, 12, None, None)
    >>> _read_header("February 27, 2023")
    (27, 2, 27, 2, None, 2023)
    """
    match = DAY_FIRST.match(text.strip()) or MONTH_FIRST.match(text.strip())
    if match is None:
        return None
    end_month = _month(match["m2"] or match["m1"])
    start_month = _month(match["m1"] or match["m2"]) if match["d2"] else end_month
    years = match.groupdict()
    y1 = int(years["y1"]) if years.get("y1") else None
    y2 = int(years["y2"]) if years.get("y2") else None
    return int(match["d1"]), start_month, int(match["d2"] or match["d1"]), end_month, y1, y2


def parse_date_header(text: str, posted: dt.date) -> DateRange:
    """Read a date header; raise ``ValueError`` when it cannot be a real date range.

    Days without a printed year take the latest year that does not put the
    range's last day after the post date.

    >>> parse_date_header("14-15 March", dt.date(2022, 6, 10))
    DateRange(start=datetime.date(2022, 3, 14), end=datetime.date(2022, 3, 15), year_printed=False)
    >>> parse_date_header("28 November-1 December", dt.date(2023, 3, 1)).start
    datetime.date(2022, 11, 28)
    >>> parse_date_header("February 27", dt.date(2023, 3, 5)).start
    datetime.date(2023, 2, 27)
    """
    found = _read_header(text)
    if found is None:
        raise ValueError(f"'{text}' is not a date header such as '24 May' or '14-15 March'")
    d1, start_month, d2, end_month, y1, y2 = found
    if start_month == end_month and d1 > d2:
        raise ValueError(f"'{text}' ends before it starts")
    wraps = (start_month, d1) > (end_month, d2)  # "28 December-3 January" crosses a new year
    try:
        if y1 is not None:  # "31 December 2021-1 January": the year is the first day's
            start = dt.date(y1, start_month, d1)
            end = dt.date(start.year + wraps, end_month, d2)
        else:
            end = dt.date(y2, end_month, d2) if y2 else _latest_not_after(end_month, d2, posted)
            start = dt.date(end.year - wraps, start_month, d1)
    except ValueError as exc:
        raise ValueError(f"'{text}' names a day that does not exist ({exc})") from None
    return DateRange(start, end, year_printed=y1 is not None or y2 is not None)


def parse_post_date(text: str) -> dt.date:
    """Read the header's post date, e.g. "June 10, 2022".

    >>> parse_post_date("June 10, 2022")
    datetime.date(2022, 6, 10)
    """
    match = POST_DATE.match(text.strip())
    if match is None:
        raise ValueError(f"'{text}' is not a post date such as 'June 10, 2022'")
    return dt.date(int(match["y"]), _month(match["m"]), int(match["d"]))
