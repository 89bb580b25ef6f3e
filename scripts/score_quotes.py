"""Score the quote extractor against hand-annotated gold quotes.

Two gold formats are understood:

- a **page** gold (``tests/expected/quotes.yaml``): a list of quotes with ``line``; the page
  (``--page``, default the digest page) is parsed as the build parses it, so each entry's
  text goes through :func:`sinoru_data.quotes.extract`, and quotes are matched by
  (line, text, occurrence);
- an **items** gold (``tests/expected/quotes_unseen.yaml``): a list of items with ``id``,
  ``text`` and ``quotes``; the extractor runs on each item's text and quotes are matched
  by (id, text, occurrence).

Spans are scored by exact match (precision, recall, F1). The Gender Gap Tracker (GGT)
matches a predicted quote to a gold one when it covers more than 30% (or 80%) of the gold
span's characters; an exact match is stricter, so these span figures are lower bounds of
GGT's. Kind, speaker and cue accuracy are over the spans found, as in GGT.

Speaker accuracy is given two ways:

- **strict** (ours): the predicted speaker equals the gold speaker or the gold speaker_full
  (case-insensitive), or both are null;
- **GGT** (to compare with GGT's published figures): GGT counts a speaker right when the
  predicted speaker's span in the text overlaps the annotated one, so a title kept or a first
  name missing still counts. Our gold gives names, not offsets, so the nearest test on names
  is used: the words of one name (case-insensitive, "the" ignored) are a run of the words of
  the other ("Peskov" in "Dmitry Peskov", "Jane Doe" in "County Executive Jane Doe"); null
  only matches null. It never credits a different name ("Chinese foreign ministry" is not
  "Russian foreign ministry"), and pronouns must still be resolved to the gold name.

Curation overrides are NOT applied: this scores the rules alone.

``--against`` scores a second annotator's file of the same items (same spans, annotated
independently) instead of the extractor: the same figures are then the agreement between
two people, the ceiling a program can be asked to reach.

Usage::

    python scripts/score_quotes.py                       # the page
    python scripts/score_quotes.py tests/expected/quotes_unseen.yaml --errors
    python scripts/score_quotes.py tests/expected/quotes.yaml tests/expected/quotes_unseen.yaml --markdown
    python scripts/score_quotes.py tests/expected/quotes_heldout_y.yaml \\
        --against tests/expected/agreement/quotes_heldout_y.yaml  # two annotators
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from sinoru_data.curate import load_overrides
from sinoru_data.parse import decode_page, document_id_for, parse_page
from sinoru_data.quotes import extract

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "expected" / "quotes.yaml"
DEFAULT_PAGE = ROOT / "data" / "raw" / "china-russia-relations-2022-06-10.txt"
OVERRIDES = ROOT / "data" / "curation" / "overrides.yaml"

Key = tuple[str, str, int]


@dataclass(frozen=True)
class Scores:
    """The scores of one run against one gold file."""

    name: str
    gold: int
    predicted: int
    matched: int
    kind_right: int
    speaker_right: int
    speaker_overlap: int
    cue_right: int
    errors: tuple[str, ...]

    @property
    def precision(self) -> float:
        """Share of predicted spans that are gold spans."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold spans that were predicted."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, right: int) -> float:
        """A count of right answers as a share of the matched spans."""
        return right / self.matched if self.matched else 1.0


def keyed(records: Iterable[tuple[str, dict[str, Any]]]) -> dict[Key, dict[str, Any]]:
    """Records keyed by (unit, text, occurrence), occurrences counted in the order given."""
    seen: Counter[tuple[str, str]] = Counter()
    out: dict[Key, dict[str, Any]] = {}
    for unit, record in records:
        seen[(unit, record["text"])] += 1
        out[(unit, record["text"], seen[(unit, record["text"])])] = record
    return out


def page_predictions(page: Path) -> dict[Key, dict[str, Any]]:
    """The extractor's quotes on a digest page, parsed as the build parses it."""
    text = decode_page(page.read_bytes(), str(page))
    document_id = document_id_for(page)
    roles = load_overrides(OVERRIDES).line_roles(document_id) if OVERRIDES.exists() else {}
    parsed = parse_page(text, document_id=document_id, path=str(page), line_roles=roles)
    ordered = sorted(parsed.quotes, key=lambda q: q.char_start)
    return keyed((str(q.line), q.model_dump()) for q in ordered)


def item_predictions(items: Sequence[dict[str, Any]]) -> dict[Key, dict[str, Any]]:
    """The extractor's quotes on each item's text."""
    return keyed((str(item["id"]), vars(q)) for item in items for q in extract(item["text"]))


def speaker_right(predicted: str | None, gold: dict[str, Any]) -> bool:
    """Whether a predicted speaker is the gold speaker or its full form (or both are null)."""
    if gold.get("speaker") is None:
        return predicted is None
    names = {str(gold[k]).casefold() for k in ("speaker", "speaker_full") if gold.get(k)}
    return predicted is not None and predicted.casefold() in names


def name_words(name: str) -> tuple[str, ...]:
    """A name's words, case-folded, without "the" and without punctuation around words.

    >>> name_words("the Foreign Ministry, Beijing")
    ('foreign', 'ministry', 'beijing')
    """
    words = (w.strip(".,;:'’\"") for w in name.casefold().split())
    return tuple(w for w in words if w and w != "the")


def contains_run(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` (non-empty) occurs as a run of consecutive words of ``longer``.

    >>> contains_run(("dmitry", "peskov"), ("peskov",)), contains_run(("a", "b"), ("b", "a"))
    (True, False)
    """
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def speaker_overlaps(predicted: str | None, gold: dict[str, Any]) -> bool:
    """The GGT-comparable speaker match: one name's words are a run of the other's.

    >>> gold = {"speaker": "Jane Doe", "speaker_full": "Jane Doe"}
    >>> speaker_overlaps("County Executive Jane Doe", gold), speaker_overlaps("Doe", gold)
    (True, True)
    >>> speaker_overlaps("John Doe", gold), speaker_overlaps(None, gold)
    (False, False)
    """
    if gold.get("speaker") is None or predicted is None:
        return gold.get("speaker") is None and predicted is None
    mine = name_words(predicted)
    for key in ("speaker", "speaker_full"):
        theirs = name_words(str(gold.get(key) or ""))
        if contains_run(mine, theirs) or contains_run(theirs, mine):
            return True
    return False


def item_gold(path: Path) -> tuple[list[dict[str, Any]], dict[Key, dict[str, Any]]]:
    """The items of an items-format file and its quotes keyed by (id, text, occurrence)."""
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return items, keyed((str(item["id"]), q) for item in items for q in item["quotes"] or [])


def score(
    name: str, gold: dict[Key, dict[str, Any]], predicted: dict[Key, dict[str, Any]]
) -> Scores:
    """Compare predictions with gold; list every disagreement."""
    errors = [f"missed   {k}" for k in gold if k not in predicted]
    errors += [f"spurious {k}" for k in predicted if k not in gold]
    kind = speaker = overlap = cue = 0
    for key in gold.keys() & predicted.keys():
        g, p = gold[key], predicted[key]
        kind += g["kind"] == p["kind"]
        speaker += speaker_right(p["speaker"], g)
        overlap += speaker_overlaps(p["speaker"], g)
        cue += g.get("cue") == p["cue"]
        for field in ("kind", "speaker", "speaker_full", "cue"):
            if g.get(field) != p[field]:
                errors.append(f"{field:<8} {key}: {p[field]!r}, gold {g.get(field)!r}")
    matched = len(gold.keys() & predicted.keys())
    return Scores(
        name,
        len(gold),
        len(predicted),
        matched,
        kind,
        speaker,
        overlap,
        cue,
        tuple(sorted(errors)),
    )


def score_file(path: Path, page: Path = DEFAULT_PAGE) -> Scores:
    """Score the extractor against one gold file (page or items format)."""
    records = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if records and "quotes" in records[0]:
        items, gold = item_gold(path)
        return score(path.name, gold, item_predictions(items))
    gold = keyed((str(r["line"]), r) for r in sorted(records, key=lambda r: r["line"]))
    return score(path.name, gold, page_predictions(page))


def agreement(path: Path, second: Path) -> Scores:
    """Score a second annotation of the same items against the first, as if it were output.

    The spans are the same, so the figures are how often two annotators agree.
    """
    _, gold = item_gold(path)
    _, other = item_gold(second)
    return score(f"{path.name} vs {second.parent.name}/{second.name}", gold, other)


def report(scores: Scores, errors: bool) -> str:
    """A plain-text report of one score."""
    lines = [
        f"{scores.name}: {scores.gold} gold spans, {scores.predicted} predicted, {scores.matched} exact",
        f"  span precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}",
        f"  kind accuracy    {scores.accuracy(scores.kind_right):.3f} ({scores.kind_right}/{scores.matched})",
        f"  speaker accuracy {scores.accuracy(scores.speaker_right):.3f} "
        f"({scores.speaker_right}/{scores.matched})  "
        f"GGT {scores.accuracy(scores.speaker_overlap):.3f} ({scores.speaker_overlap}/{scores.matched})",
        f"  cue accuracy     {scores.accuracy(scores.cue_right):.3f} ({scores.cue_right}/{scores.matched})",
    ]
    if errors:
        lines += [f"  - {e}" for e in scores.errors if not e.startswith("speaker_full")]
    return "\n".join(lines)


def markdown(all_scores: Sequence[Scores]) -> str:
    """A Markdown table of scores, one row per gold file."""
    rows = [
        "| gold set | spans | span P | span R | span F1 | kind acc. | speaker acc. "
        "| speaker acc. (GGT) | cue acc. |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in all_scores:
        rows.append(
            f"| `{s.name}` | {s.gold} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
            f"| {s.accuracy(s.kind_right):.3f} | {s.accuracy(s.speaker_right):.3f} "
            f"| {s.accuracy(s.speaker_overlap):.3f} "
            f"| {s.accuracy(s.cue_right):.3f} |"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the gold files named on the command line; print a report or a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", nargs="*", type=Path, default=[DEFAULT_GOLD], help="gold YAML file(s)"
    )
    parser.add_argument("--page", type=Path, default=DEFAULT_PAGE, help="raw page for a page gold")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--against", type=Path, help="a second annotation of the one gold file (agreement)"
    )
    args = parser.parse_args(argv)
    if args.against and len(args.gold) != 1:
        parser.error("--against compares one gold file with a second annotation of it")
    if args.against:
        all_scores = [agreement(args.gold[0], args.against)]
    else:
        all_scores = [score_file(path, args.page) for path in args.gold]
    if args.markdown:
        print(markdown(all_scores))
    else:
        print("\n".join(report(s, args.errors) for s in all_scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
