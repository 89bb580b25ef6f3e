"""Benchmark the quote extractor's throughput, in MB of text per second.

    python bench/bench_quotes.py [--repeats 5]

The extractor (``sinoru_data.quotes.extract``) gets what the parser gives it:
one text per digest item, the item's lines joined with newlines. Inputs: the
items of 200 synthetic pages (``sinoru_data.synth``), the items of the real
page, and single texts of 5, 50 and 500 items joined, to show whether the
cost per MB grows with the length of a text. Times are medians of several
in-process repeats, after one warm-up. Writes docs/benchmarks/quotes.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence

from harness import ROOT, table, write_report

from sinoru_data import quotes
from sinoru_data.parse import decode_page, parse_page
from sinoru_data.synth import CORPUS_SIZE, render_page

REAL_PAGE = ROOT / "data" / "raw" / "china-russia-relations-2022-06-10.txt"


def synthetic_items(pages: int) -> list[str]:
    """The item texts of synthetic pages, as the parser hands them to the extractor."""
    texts = []
    for i in range(pages):
        page = render_page(random.Random(f"quotes:{i}"), serial=i, size=CORPUS_SIZE)
        lines = [line.removesuffix("\r") for line in page.text.split("\n")]
        texts += ["\n".join(lines[e.line_start - 1 : e.line_end]) for e in page.entries]
    return texts


def real_items() -> list[str]:
    """The item texts of the real page."""
    text = decode_page(REAL_PAGE.read_bytes(), str(REAL_PAGE))
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    entries = parse_page(text, document_id="real", path=str(REAL_PAGE)).entries
    return ["\n".join(lines[e.line_start - 1 : e.line_end]) for e in entries]


def throughput(
    texts: Sequence[str], repeats: int, work: Callable[[str], object]
) -> tuple[float, float]:
    """Median seconds to run ``work`` over every text, and the texts' size in MB (UTF-8)."""
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    for text in texts:  # warm-up: compiled patterns, first-use costs
        work(text)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            work(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times), megabytes


def _long_texts(items: Sequence[str], count: int, repeats: int) -> list[str]:
    """One text of ``count`` items per repeat, each opening differently (the extractor caches by text)."""
    body = "\n".join(items[:count])
    return [f"Digest part {i}.\n{body}" for i in range(repeats + 1)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    synthetic, real = synthetic_items(args.pages), real_items()
    inputs = {
        f"items of {args.pages} synthetic pages ({len(synthetic):,} texts)": synthetic,
        f"items of the real page ({len(real)} texts)": real,
    }
    rows = []
    for name, texts in inputs.items():
        seconds, mb = throughput(texts, args.repeats, quotes.extract)
        spans, _ = throughput(texts, args.repeats, quotes.find_spans)
        found = sum(len(quotes.extract(t)) for t in texts)
        rows.append(
            [name, f"{mb:.2f}", f"{mb / seconds:.2f}", f"{mb / spans:.1f}", f"{found / mb:.0f}"]
        )
    growth = []
    for count in (5, 50, 500):
        texts = _long_texts(synthetic, count, args.repeats)
        times = []
        for text in texts:
            start = time.perf_counter()
            quotes.extract(text)
            times.append(time.perf_counter() - start)
        mb = len(texts[0].encode()) / 1e6
        seconds = statistics.median(times[1:])  # the first run is the warm-up
        growth.append([count, f"{1000 * mb:.1f}", f"{1000 * seconds:.1f}", f"{mb / seconds:.2f}"])
    body = [
        "What the parser does with every item: `quotes.extract(text)`, the item's lines joined with",
        f"newlines. Median of {args.repeats} in-process repeats after a warm-up; MB are UTF-8 megabytes",
        "(10^6 bytes) of input. `find_spans` alone pairs the quote marks, without attribution.",
        "",
        *table(["input", "MB", "extract MB/s", "find_spans MB/s", "quotes per MB"], rows),
        "",
        "Cost against the length of one text (items of the synthetic pages joined into one text):",
        "",
        *table(["items in the text", "kB", "extract ms", "MB/s"], growth),
    ]
    out = write_report("quotes", "Benchmark: the quote extractor's throughput", body)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
