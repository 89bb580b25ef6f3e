"""scripts/rule_accuracy.py: each rule's accuracy at the first, blind contact of every batch.

The full measurement unpacks two dozen old commits and takes about a minute; here its parts
are tested (the header it reads, the batches it finds, the tally and the table), and one
commit is run for real.
"""

from __future__ import annotations

import doctest
import subprocess
from collections import Counter

import pytest

from .conftest import EXPECTED, ROOT, load_script

rule_accuracy = load_script("rule_accuracy")


def test_doctests() -> None:
    """The examples in the script's docstrings hold."""
    assert doctest.testmod(rule_accuracy).failed == 0


def test_every_blind_batch_from_j_names_its_first_contact() -> None:
    """Each held-out file from batch J on records the commit that first scored it."""
    found = {name for names in rule_accuracy.batches().values() for name in names}
    expected = {
        p.stem.removeprefix("quotes_heldout_")
        for p in EXPECTED.glob("quotes_heldout_*.yaml")
        if len(p.stem.removeprefix("quotes_heldout_")) > 1
        or p.stem.removeprefix("quotes_heldout_") >= "j"
    }
    assert found == expected


def test_the_first_commit_in_a_header_is_the_first_contact() -> None:
    """A batch scored twice (BL: 66216f8, then f4b754e) counts at its first commit."""
    header = "# Scored once, blind, in session 5 with the rules at commit 66216f8 (after)\n"
    header += "# the rules at f4b754e give the same\n"
    assert rule_accuracy.first_contact(header) == "66216f8"


def test_tally_counts_only_quotations_in_the_gold() -> None:
    """A quotation the gold does not have is not counted; occurrences are told apart."""
    scorer = rule_accuracy._scorer()
    items = [
        {
            "id": "x",
            "quotes": [
                {"text": "No", "occurrence": 1, "speaker": "Ann Roy", "speaker_full": "Ann Roy"},
                {"text": "No", "occurrence": 2, "speaker": None, "speaker_full": None},
            ],
        }
    ]
    found = {
        "x": [["No", "Ann Roy", "speaker-cue"], ["No", "Ann Roy", "carried"], ["Yes", None, "none"]]
    }
    counts = rule_accuracy.tally(items, found, scorer)
    assert counts["speaker-cue"] == Counter(quotations=1, strict=1, ggt=1)
    assert counts["carried"] == Counter(quotations=1)
    assert "none" not in counts


def test_rare_rules_are_pooled_in_the_table() -> None:
    """Rules under MIN_ROWS quotations share one row; the total row covers all."""
    table = rule_accuracy.markdown(
        {
            "cue-speaker": Counter(quotations=30, strict=27, ggt=30),
            "introduced": Counter(quotations=2, strict=1, ggt=1),
        }
    )
    assert "| the 1 other rules (`introduced`) | 2 | 6.2% | 0.500 | 0.500 |" in table
    assert table.endswith("| **all** | **32** | | **0.875** | **0.969** |")


@pytest.mark.skipif(
    subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", "ff57806"], check=False).returncode,
    reason="needs the git history (a full clone)",
)
def test_one_commit_is_measured_in_its_own_worktree() -> None:
    """Batch AZ at ff57806 gives the speaker accuracy its header records (0.802, 101 of 126)."""
    scorer = rule_accuracy._scorer()
    items = rule_accuracy._items("az")
    counts = rule_accuracy.tally(items, rule_accuracy.predictions("ff57806", items), scorer)
    total = sum(counts.values(), Counter())
    assert (total["quotations"], total["strict"]) == (126, 101)
