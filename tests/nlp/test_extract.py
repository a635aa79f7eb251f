"""The whole pipeline: streaming with failures, valid offsets on every dev article, dev-set floors."""

from __future__ import annotations

import pytest
from nlp_support import DEV_DIR

from kg.articles import Article, iter_articles
from kg.errors import ArticleError, NewsgraphError
from kg.evaluate import evaluate_dir, format_report
from kg.nlp import extract_many, load_pipeline
from kg.nlp.components.guard import Guarded

# Micro-averaged floors on corpus/dev, raised as the extractor improves (and lowered only when fresh,
# harder articles join the set: session 10's eighteen took events down a point, session 12's twenty-four
# took events recall and agents down one; or when the gold files disagree: "X disputed Y, saying Z" is one
# statement in the newer ones and two in the older, so recall went to 0.89 when it became one).
# On the 349 dev articles. The event floors went down when the 24 articles 531-566 joined in session 14, again
# when the 36 articles 571-626 joined in session 15, and again with session 16's 54 (631-716): fresh articles
# score lower on events and on statement precision (0.572 / 0.344, agents 0.618, precision 0.948 on all 349;
# 0.583 / 0.360, 0.623 and 0.951 on the 295 before them). On the 361 of session 17 statement recall went over
# 0.90 (people no body speaks for speak as themselves) and its floor with it. On the 373 of session 18, agents
# went to 0.655 (elections, collapses and explosions are nobody's doing; strikes are the union's) and statement
# recall to 0.911. On the 385 of session 19, organisations went to 0.879 (a body described with and without its
# country is one; a name only a body can be is one). On the 397 of session 21, events recall went to 0.363
# (displacements, injuries, destruction, diversions) and agents to 0.653. On the 403 of session 22, events went
# to 0.596 / 0.380 (withdrawals, fires, investigations, evacuations, offers, reviews; an earlier event of a
# type told anew). On the 409 of session 23, events went to 0.603 / 0.392 (rescues, injuries, closures,
# handovers, hearings, appeals, dispersals; meeting a demand is no meeting). On the 415 of session 24, events
# went to 0.611 / 0.397 (counts of the dead, court orders, halts; deals named in passing, figures cited are none).
# On the 421 of session 25, events went to 0.619 / 0.402 and agents to 0.667 (police or regulators that act unnamed,
# signings, marches; deals in passing and killings told in a relative clause are none). On the 427 of session 26,
# events went to 0.623 / 0.408 (releases, searches, hospitalizations, power outages, alerts, mourning).
FLOORS = {
    ("people", "f1"): 0.98, ("organizations", "f1"): 0.875, ("places", "f1"): 0.93,
    ("assertions", "precision"): 0.94, ("assertions", "recall"): 0.91,
    ("assertions", "stance"): 0.87, ("assertions", "verified_by_outlet"): 0.97,
    ("assertions", "date"): 0.96, ("assertions", "reported_by"): 0.92,
    ("events", "precision"): 0.62, ("events", "recall"): 0.405, ("events", "agent"): 0.66,
}


def good(n: int) -> Article:
    return Article(source=f"ok{n}.txt", text=f"Mayor Ida Holm said on Monday that road {n} would reopen.",
                   date="2025-12-01", outlet="CNN")


def test_a_broken_article_never_stops_the_stream(nlp):
    huge = Article(source="huge.txt", text="word " * 50_000, date="2025-12-01")
    unreadable = ArticleError("bad.txt: the file is empty")
    results = list(extract_many([good(1), huge, unreadable, good(2)], nlp, batch_size=2))
    assert len(results) == 4
    records = [r for _, r in results if isinstance(r, dict)]
    errors = [str(r) for _, r in results if isinstance(r, ArticleError)]
    assert [r["article"]["source"] for r in records] == ["ok1.txt", "ok2.txt"]
    assert any("huge.txt" in e for e in errors) and any("bad.txt" in e for e in errors)


def test_a_failing_component_marks_only_its_doc(nlp):
    def broken(doc):
        raise RuntimeError("boom")

    doc = Guarded("kg_broken", broken)(nlp.make_doc("Some text."))
    assert doc._.error == "kg_broken failed: RuntimeError: boom"


@pytest.fixture(scope="module")
def dev_records(nlp):
    articles = [a for a in iter_articles(DEV_DIR) if isinstance(a, Article)]
    return [r for _, r in extract_many(articles, nlp)]


def test_every_offset_matches_the_text_and_no_span_is_empty(dev_records):
    assert dev_records and all(isinstance(r, dict) for r in dev_records)
    for record in dev_records:
        text = record["article"]["text"]
        spans = [m for kind in ("people", "organizations", "places") for e in record[kind] for m in e["mentions"]]
        spans += [x["evidence"] for x in record["events"] + record["assertions"]]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"] and span["text"].strip(), (
                record["article"]["source"], span)


def test_dev_set_floors(nlp):
    report = evaluate_dir(DEV_DIR, nlp)
    print(format_report(report))
    micro = report["micro"]
    low = {key: micro[key[0]][key[1]] for key, floor in FLOORS.items() if micro[key[0]][key[1]] < floor}
    assert not low, low


# The targets, which the seed article must meet; its events (0.58 / 0.70) do not yet.
SEED_TARGETS = {
    ("people", "f1"): 0.95, ("organizations", "f1"): 0.85, ("places", "f1"): 0.93,
    ("assertions", "precision"): 0.90, ("assertions", "recall"): 0.90, ("assertions", "stance"): 0.90,
    ("assertions", "verified_by_outlet"): 0.95, ("assertions", "date"): 0.80, ("assertions", "reported_by"): 0.75,
}


def test_the_seed_meets_the_targets(nlp, tmp_path):
    for name in ("000_9a0db413bb4ab67c.txt", "000_9a0db413bb4ab67c.gold.json"):
        (tmp_path / name).write_bytes((DEV_DIR / name).read_bytes())
    micro = evaluate_dir(tmp_path, nlp)["micro"]
    assert not {key: micro[key[0]][key[1]] for key, target in SEED_TARGETS.items() if micro[key[0]][key[1]] < target}


def test_two_processes_give_the_same_records(nlp):
    articles = [good(1), good(2), good(3)]
    one = [r for _, r in extract_many(articles, nlp)]
    two = [r for _, r in extract_many(articles, nlp, n_process=2, batch_size=1)]
    assert one == two and all(isinstance(r, dict) for r in two)


def test_unknown_model_is_a_clear_error():
    with pytest.raises(NewsgraphError, match="no_such_model"):
        load_pipeline("no_such_model")
