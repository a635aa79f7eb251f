"""Extraction on articles it was not tuned on (corpus/test): floors a little under today's figures."""

from __future__ import annotations

from pathlib import Path

from kg.evaluate import evaluate_dir, format_report

TEST_DIR = Path(__file__).resolve().parents[2] / "corpus" / "test"

# Measured 2026-11-26 on ten articles written apart from the extractor (docs/extraction.md); the gap
# to the dev set is the work that is left. Stance went from 0.91 to 0.89 on 2026-11-27: these gold files keep
# a speaker's words right after a denial as "asserts" where the dev set and two fresh batches say "disputes".
# It came back to 0.90 (0.909) later that day, when a flat denial in a speaker's own words became a dispute.
FLOORS = {
    ("people", "f1"): 0.98, ("organizations", "f1"): 0.88, ("places", "f1"): 0.94,
    ("assertions", "precision"): 0.96, ("assertions", "recall"): 0.95,
    ("assertions", "stance"): 0.90, ("assertions", "verified_by_outlet"): 0.97,
    ("events", "precision"): 0.55, ("events", "recall"): 0.46, ("events", "agent"): 0.73,
}


def test_unseen_articles_floors(nlp):
    report = evaluate_dir(TEST_DIR, nlp)
    print(format_report(report))
    assert len(report["articles"]) == 10
    micro = report["micro"]
    low = {key: micro[key[0]][key[1]] for key, floor in FLOORS.items() if micro[key[0]][key[1]] < floor}
    assert not low, low
