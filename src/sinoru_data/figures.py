"""The figures in ``docs/figures/``, drawn as plain SVG text from the published rows.

No plotting library: the SVG is written here, element by element, so the
bytes depend only on the data (no timestamps, no embedded fonts, no random
ids) and a test can tell when a committed figure is stale.

Example:
-------
>>> svg = bar_chart("Who is quoted", [("Graham", 2), ("Daly", 1)], "Caption.")
>>> svg.startswith("<svg") and "Graham" in svg and svg.endswith("</svg>\\n")
True

"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, get_args
from xml.sax.saxutils import escape, quoteattr

from .models import SourceKind
from .statistics import NO_OUTLET, Tables, entry_kinds, quotes_per_speaker, unattributed_quotes

KIND_COLOURS = dict(
    zip(
        [*get_args(SourceKind), NO_OUTLET],
        # Okabe-Ito colours (distinguishable with colour-blindness), then greys.
        [
            *("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"),
            *("#000000", "#7F7F7F", "#C8C8C8"),
        ],
        strict=True,
    )
)
"""The colour of each kind of outlet, in the order of ``models.SourceKind``."""

NOBODY = "(nobody named)"
FONT = 'font-family="sans-serif" font-size="12"'
MARK = 9  # side of an entry's square in the timeline, in pixels
LABEL_CHARS = 34  # longest bar label shown whole
MAX_SPEAKERS = 25  # more speakers than this are drawn as one grey bar
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def num(x: float) -> str:
    """A coordinate as SVG text: at most one decimal, no trailing zero.

    >>> num(12.0), num(3.14159), num(-0.04)
    ('12', '3.1', '0')
    """
    text = f"{x:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def element(tag: str, text: str = "", children: Sequence[str] = (), **attrs: Any) -> str:
    """One SVG element with escaped text or child elements; ``_`` in attribute names is ``-``.

    >>> element("rect", x=1, fill_opacity=0.5)
    '<rect x="1" fill-opacity="0.5"/>'
    >>> element("text", "A & B", x=2.25)
    '<text x="2.2">A &amp; B</text>'
    >>> element("g", children=[element("title", "tip")])
    '<g><title>tip</title></g>'
    """
    parts = [tag]
    for key, value in attrs.items():
        shown = num(value) if isinstance(value, float) else str(value)
        parts.append(f"{key.replace('_', '-')}={quoteattr(shown)}")
    head = " ".join(parts)
    content = escape(text) + "".join(children)
    return f"<{head}>{content}</{tag}>" if content else f"<{head}/>"


def document(width: int, height: int, title: str, body: Sequence[str]) -> str:
    """A whole SVG document with a title (read by screen readers) and a white background."""
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" {FONT}>',
            element("title", title),
            element("rect", width=width, height=height, fill="#FFFFFF"),
            *body,
            "</svg>\n",
        ]
    )


def months(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first days of the months from ``start`` to ``end``, both included.

    >>> [m.isoformat() for m in months(dt.date(2022, 1, 27), dt.date(2022, 3, 6))]
    ['2022-02-01', '2022-03-01']
    """
    result = []
    day = start.replace(day=1)
    while day <= end:
        if day >= start:
            result.append(day)
        day = day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)
    return result


def _legend(x: float, y: float, counts: Mapping[str, int]) -> list[str]:
    """A legend: one coloured square and label per outlet kind, in ``KIND_COLOURS`` order."""
    body = [element("text", "Outlet kind", x=x, y=y, font_weight="bold")]
    for i, kind in enumerate(k for k in KIND_COLOURS if k in counts):
        top = y + 10 + i * 18
        body.append(element("rect", x=x, y=top, width=MARK, height=MARK, fill=KIND_COLOURS[kind]))
        body.append(element("text", f"{kind} ({counts[kind]})", x=x + 15, y=top + MARK))
    return body


def _entry_marks(
    entry: Mapping[str, Any], kind: str, x: Callable[[dt.date], float], y: float
) -> list[str]:
    """One entry in the timeline: a line over its date range and a square on its first day."""
    colour = KIND_COLOURS[kind]
    hollow = entry["date_basis"] == "page-position"
    marks = []
    if entry["date_end"] != entry["date_start"]:
        marks.append(
            element(
                "line",
                x1=x(entry["date_start"]),
                y1=y,
                x2=x(entry["date_end"]),
                y2=y,
                stroke=colour,
                stroke_width=2,
            )
        )
    tip = f"{entry['date_start'].isoformat()}: {entry['headline']} ({kind})"
    marks.append(
        element(
            "rect",
            children=[element("title", tip)],
            x=x(entry["date_start"]) - MARK / 2,
            y=y - MARK / 2,
            width=MARK,
            height=MARK,
            fill="#FFFFFF" if hollow else colour,
            stroke=colour,
        )
    )
    return marks


def timeline_svg(tables: Tables) -> str:
    """Figure (a): every entry on a time axis, one square per entry, coloured by outlet kind."""
    entries, kinds = tables["entries"], entry_kinds(tables)
    order = list(KIND_COLOURS)
    stacks: dict[dt.date, list[tuple[Mapping[str, Any], str]]] = defaultdict(list)
    for entry, kind in sorted(zip(entries, kinds, strict=True), key=lambda p: order.index(p[1])):
        stacks[entry["date_start"]].append((entry, kind))
    pad = dt.timedelta(days=4)
    first: dt.date = min(stacks) - pad
    last: dt.date = max(e["date_end"] for e in entries) + pad
    ticks = months(first, last)
    left, right, top = 20, 760, 50
    base = top + (max(len(s) for s in stacks.values()) + 1) * (MARK + 3)
    days: int = (last - first).days

    def x(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / days

    title = f"Digest entries by date and outlet kind ({len(entries)} entries)"
    body = [element("text", title, x=left, y=22, font_size=15, font_weight="bold")]
    for tick in ticks:
        body.append(element("line", x1=x(tick), y1=top, x2=x(tick), y2=base, stroke="#DDDDDD"))
        body.append(
            element("text", f"{MONTHS[tick.month - 1]} {tick.year}", x=x(tick) + 3, y=base + 16)
        )
    body.append(element("line", x1=left, y1=base, x2=right, y2=base, stroke="#333333"))
    for _, stack in sorted(stacks.items()):
        for i, (entry, kind) in enumerate(stack):
            body += _entry_marks(entry, kind, x, base - (i + 1) * (MARK + 3))
    caption = "Square: an entry's first day; line: its date range; hollow: no date printed."
    body.append(element("text", caption, x=left, y=base + 40, fill="#555555"))
    counts = {kind: kinds.count(kind) for kind in set(kinds)}
    body += _legend(right + 30, top, counts)
    height = max(base + 56, top + 24 + 18 * len(counts))
    return document(960, height, "Digest entries by date and outlet kind", body)


def bar_chart(title: str, bars: Sequence[tuple[str, int]], caption: str) -> str:
    """A horizontal bar chart, one labelled bar per (label, count); the last bar may be grey.

    Bars whose label is in parentheses (like ``NOBODY``) are drawn grey.
    """
    label_width, bar_width, row = 230, 380, 22
    most = max((count for _, count in bars), default=1)
    body = [element("text", title, x=10, y=22, font_size=15, font_weight="bold")]
    for i, (label, count) in enumerate(bars):
        y = 44 + i * row
        grey = label.startswith("(")
        width = bar_width * count / most
        shown = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
        body.append(element("text", shown, x=label_width - 8, y=y + 13, text_anchor="end"))
        fill = "#AAAAAA" if grey else "#0072B2"
        body.append(element("rect", x=label_width, y=y, width=width, height=row - 6, fill=fill))
        body.append(element("text", str(count), x=label_width + width + 5, y=y + 13))
    bottom = 44 + len(bars) * row
    body.append(element("text", caption, x=10, y=bottom + 16, fill="#555555"))
    return document(label_width + bar_width + 60, bottom + 28, title, body)


def speakers_svg(tables: Tables) -> str:
    """Figure (b): who is quoted how often, with the quotes that name nobody as a grey bar."""
    quotes = tables["quotes"]
    speakers = quotes_per_speaker(quotes)
    bars = speakers[:MAX_SPEAKERS]
    if len(speakers) > MAX_SPEAKERS:
        rest = speakers[MAX_SPEAKERS:]
        bars.append((f"({len(rest)} more speakers)", sum(n for _, n in rest)))
    bars.append((NOBODY, unattributed_quotes(quotes)))
    caption = (
        "A quote's speaker is found by rules (with curated fixes), under the fullest name its "
        "entry gives."
    )
    return bar_chart(f"Who is quoted, and how often ({len(quotes)} quotes)", bars, caption)
