"""Ingestion of folders: what is read, how sources are named, and that one bad input stops nothing."""

import json

from kg.ingest import collect_inputs, ingest_inputs
from kg.rdf.namespaces import GRAPH
from kg.store import OxigraphStore


def test_a_folder_is_walked_for_records_and_articles_but_never_gold_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.json", "a/b/two.txt", "a/b/three.jsonl", "a/four.html", "a/five.gold.json", "a/six.md"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    inputs = collect_inputs([tmp_path / "a", tmp_path / "missing"])
    assert [p.name for p, _ in inputs.records] == ["one.json"]
    assert sorted(p.name for p, _ in inputs.articles) == ["four.html", "three.jsonl", "two.txt"]
    assert [message for _, message in inputs.rejected] == [f"{tmp_path / 'missing'}: no such file or folder"]
    assert len(inputs) == 5


def test_a_record_without_a_source_is_named_by_its_path_under_the_folder(tmp_path, seed_record):
    del seed_record["article"]["source"]
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "seed.json").write_text(json.dumps(seed_record), encoding="utf-8")
    store = OxigraphStore(tmp_path / "store")
    [outcome] = ingest_inputs(collect_inputs([tmp_path / "in"]), store)
    assert outcome.ok and outcome.source == "sub/seed.json"
    assert store.graphs() == [outcome.graph] and outcome.graph.startswith(str(GRAPH["article/sub-seed-json-"]))


def test_progress_hears_of_every_input(tmp_path, seed_record):
    (tmp_path / "good.json").write_text(json.dumps(seed_record), encoding="utf-8")
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    heard = []
    outcomes = ingest_inputs(collect_inputs([tmp_path]), OxigraphStore(tmp_path / "store"), progress=heard.append)
    assert heard == outcomes and [o.ok for o in outcomes] == [False, True]
    assert "an extraction record is a JSON object" in outcomes[0].error
