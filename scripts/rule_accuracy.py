"""Each attribution rule's speaker accuracy on text the rules had never seen.

Every blind batch's gold file (``tests/expected/quotes_heldout_*.yaml``) records in its header
the commit whose rules first scored it ("Scored once, blind, ... at commit 66216f8"). This
script unpacks each such commit's ``src/`` (``git archive``) in a temporary directory, runs
*that* commit's extractor on the batches it first scored, notes which rule answered each
quotation, and counts how often the speaker was right, by the strict and the GGT-comparable
tests of ``scripts/score_quotes.py`` (from this checkout). The result is the table of
``docs/quotes.md`` ("Which speakers to trust"): the accuracy a user can expect of each
``speaker_basis`` on new text.

It needs the git history (a full clone) and takes about a minute; it is a measurement, like
``bench/``, not a test.

Usage::

    python scripts/rule_accuracy.py             # a Markdown table
    python scripts/rule_accuracy.py --json      # counts per rule and per batch
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "expected"
FIRST_BLIND = "j"  # sessions 3-5; earlier batches were scored under other conventions
#: Rules with fewer blind quotations than this are pooled in the table.
MIN_ROWS = 20

_FIRST_CONTACT = re.compile(
    r"^#.*?Scored once, blind,.*?\bcommit\s+(?:#\s+)?([0-9a-f]{7,40})", re.M | re.S
)

#: Run in a worktree's own interpreter path: that commit's extractor, with the rule of each
#: quotation (the rule was internal before it was published, so ``attribute`` is wrapped).
_WORKER = """
import json, sys
import sinoru_data.quotes.extraction as ex
rules = []
attribute = ex.attribute
def wrapped(*args, **kwargs):
    found = attribute(*args, **kwargs)
    rules.append(found.rule)
    return found
ex.attribute = wrapped
out = {}
for item_id, text in json.load(sys.stdin):
    rules.clear()
    quotes = ex.extract(text)
    out[item_id] = [[q.text, q.speaker, rule] for q, rule in zip(quotes, list(rules))]
json.dump(out, sys.stdout)
"""


def _scorer() -> Any:
    """scripts/score_quotes.py, imported from its path (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "score_quotes", ROOT / "scripts" / "score_quotes.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def first_contact(header: str) -> str | None:
    """The commit that first scored a batch blind, from its gold file's header.

    >>> first_contact("# Gold quotes\\n# Scored once, blind, in session 5 with the rules at commit"
    ...               "\\n# 66216f8 (after tuning)")
    '66216f8'
    >>> first_contact("# Gold quotes, not yet scored") is None
    True
    """
    found = _FIRST_CONTACT.search(header)
    return found[1] if found else None


def batches(expected: Path = EXPECTED) -> dict[str, list[str]]:
    """The blind batches from J on, grouped by the commit that first scored them.

    >>> all(commit and names for commit, names in batches().items())
    True
    """
    grouped: dict[str, list[str]] = defaultdict(list)
    for path in sorted(expected.glob("quotes_heldout_*.yaml")):
        name = path.stem.removeprefix("quotes_heldout_")
        header = "".join(line for line in path.open(encoding="utf-8") if line.startswith("#"))
        commit = first_contact(header)
        if commit and (len(name) > 1 or name >= FIRST_BLIND):
            grouped[commit].append(name)
    return dict(grouped)


def _items(name: str) -> list[dict[str, Any]]:
    """A batch's gold items."""
    items: list[dict[str, Any]] = yaml.safe_load(
        (EXPECTED / f"quotes_heldout_{name}.yaml").read_text(encoding="utf-8")
    )
    return items


def predictions(commit: str, items: Sequence[dict[str, Any]]) -> dict[str, list[list[Any]]]:
    """What the extractor of ``commit`` finds in each item: [text, speaker, rule] per quote."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "src"],
            capture_output=True,
            check=True,
        )
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")  # that commit's src/, nothing of the repo changed
        done = subprocess.run(
            [sys.executable, "-c", _WORKER],
            input=json.dumps([[item["id"], item["text"]] for item in items]),
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(Path(tmp) / "src")},
            check=True,
        )
    found: dict[str, list[list[Any]]] = json.loads(done.stdout)
    return found


def tally(
    items: Iterable[dict[str, Any]], found: dict[str, list[list[Any]]], scorer: Any
) -> dict[str, Counter[str]]:
    """Per rule: quotations matched to the gold, strict and GGT-comparable speakers right.

    >>> scorer = _scorer()
    >>> items = [{"id": "x", "quotes": [{"text": "No", "occurrence": 1, "speaker": "Ann Roy",
    ...                                  "speaker_full": "Ann Roy"}]}]
    >>> tally(items, {"x": [["No", "Roy", "speaker-cue"]]}, scorer)["speaker-cue"]
    Counter({'quotations': 1, 'ggt': 1, 'strict': 0})
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        gold = {(q["text"], q["occurrence"]): q for q in item.get("quotes") or []}
        seen: Counter[str] = Counter()
        for text, speaker, rule in found.get(item["id"], []):
            seen[text] += 1
            truth = gold.get((text, seen[text]))
            if truth is None:
                continue
            counts[rule]["quotations"] += 1
            counts[rule]["strict"] += scorer.speaker_right(speaker, truth)
            counts[rule]["ggt"] += scorer.speaker_overlaps(speaker, truth)
    return counts


def markdown(counts: dict[str, Counter[str]]) -> str:
    """The table of docs/quotes.md: rules by number of quotations, rare ones pooled.

    >>> print(markdown({"cue-speaker": Counter(quotations=20, strict=19, ggt=20)}))
    | `speaker_basis` | quotations | share | speaker right (strict) | speaker right (GGT) |
    |---|---:|---:|---:|---:|
    | `cue-speaker` | 20 | 100.0% | 0.950 | 1.000 |
    | **all** | **20** | | **0.950** | **1.000** |
    """
    total = sum(c["quotations"] for c in counts.values())

    def row(label: str, c: Counter[str], share: str) -> str:
        n = c["quotations"]
        return f"| {label} | {n:,} | {share} | {c['strict'] / n:.3f} | {c['ggt'] / n:.3f} |"

    ranked = sorted(counts.items(), key=lambda rc: (-rc[1]["quotations"], rc[0]))
    common = [(r, c) for r, c in ranked if c["quotations"] >= MIN_ROWS]
    rare = [(r, c) for r, c in ranked if c["quotations"] < MIN_ROWS]
    lines = [
        "| `speaker_basis` | quotations | share | speaker right (strict) | speaker right (GGT) |",
        "|---|---:|---:|---:|---:|",
        *(row(f"`{r}`", c, f"{c['quotations'] / total:.1%}") for r, c in common),
    ]
    if rare:
        pooled = sum((c for _, c in rare), Counter())
        names = ", ".join(f"`{r}`" for r, _ in rare)
        share = f"{pooled['quotations'] / total:.1%}"
        lines.append(row(f"the {len(rare)} other rules ({names})", pooled, share))
    everything = sum(counts.values(), Counter())
    n = everything["quotations"]
    strict, ggt = everything["strict"] / n, everything["ggt"] / n
    lines.append(f"| **all** | **{n:,}** | | **{strict:.3f}** | **{ggt:.3f}** |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Measure every first contact, by rule; print a Markdown table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    scorer = _scorer()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    per_batch: dict[str, dict[str, Any]] = {}
    for commit, names in sorted(batches().items()):
        items = [item for name in names for item in _items(name)]
        for rule, c in tally(items, predictions(commit, items), scorer).items():
            counts[rule] += c
        per_batch[commit] = {"batches": names}
        print(f"{commit}: {', '.join(names)}", file=sys.stderr)
    if args.json:
        print(json.dumps({"rules": counts, "commits": per_batch}, indent=1, sort_keys=True))
    else:
        print(markdown(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
