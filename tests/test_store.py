"""The embedded store: atomic article graphs, union default graph, replace and delete."""

import copy
import gc
import threading

import pyoxigraph as ox
import pytest

from kg.ingest import store_record
from kg.rdf.namespaces import GRAPH
from kg.store import OxigraphStore

SEED_GRAPH = str(GRAPH["article/000_9a0db413bb4ab67c.txt"])


def quads(store, graph_iri):
    return sorted(str(q) for q in store.store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri)))


def test_ingesting_the_same_record_twice_leaves_one_graph_with_the_same_triples(tmp_path, seed_record):
    store = OxigraphStore(tmp_path / "s")
    store_record(copy.deepcopy(seed_record), store)
    first = quads(store, SEED_GRAPH)
    store_record(copy.deepcopy(seed_record), store)
    assert store.graphs() == [SEED_GRAPH]
    assert quads(store, SEED_GRAPH) == first


def test_a_changed_record_from_the_same_source_replaces_the_graph(tmp_path, seed_record):
    store = OxigraphStore(tmp_path / "s")
    store_record(copy.deepcopy(seed_record), store)
    seed_record["assertions"] = seed_record["assertions"][:1]
    seed_record["people"] = [p for p in seed_record["people"] if p["name"] != "Steve Witkoff"]
    seed_record["events"] = [e for e in seed_record["events"] if e["agent"] != "Steve Witkoff"]
    store_record(seed_record, store)
    count = lambda q: int(next(iter(store.query(q)))["n"].value)  # noqa: E731
    assert count("SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/newsgraph/ontology#Statement> }") == 1
    assert count('SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Steve Witkoff" }') == 0
    assert store.graphs() == [SEED_GRAPH]


def test_default_graph_is_the_union_of_article_graphs(tmp_path, seed_record):
    store = OxigraphStore(tmp_path / "s")
    store_record(copy.deepcopy(seed_record), store)
    seed_record["article"]["source"] = "second.txt"
    store_record(seed_record, store)
    query = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <http://schema.org/NewsArticle> }"
    assert next(iter(store.query(query)))["n"].value == "2"
    one = store.query(query, default_graph_uris=[SEED_GRAPH])
    assert next(iter(one))["n"].value == "1"
    from_clause = query.replace("{ ?a a", f"FROM <{SEED_GRAPH}> {{ ?a a")
    assert next(iter(store.query(from_clause)))["n"].value == "1"


def test_delete_removes_one_article(tmp_path, seed_record):
    store = OxigraphStore(tmp_path / "s")
    store_record(copy.deepcopy(seed_record), store)
    seed_record["article"]["source"] = "second.txt"
    store_record(seed_record, store)
    assert store.delete_article(SEED_GRAPH) is True
    assert store.delete_article(SEED_GRAPH) is False
    assert store.graphs() == [str(GRAPH["article/second.txt"])]


def test_a_failing_write_keeps_the_old_graph_whole(tmp_path, seed_record):
    store = OxigraphStore(tmp_path / "s")
    store_record(copy.deepcopy(seed_record), store)
    before = quads(store, SEED_GRAPH)
    with pytest.raises(SyntaxError):
        store.put_article(SEED_GRAPH, '<http://a> <http://b> "ok" .\n<http://a> <http://b> broken .')
    assert quads(store, SEED_GRAPH) == before


def test_readers_never_see_half_an_article(tmp_path, seed_record):
    """While one thread replaces the graph again and again, readers only ever see whole versions."""
    store = OxigraphStore(tmp_path / "s")
    store_record(copy.deepcopy(seed_record), store)
    full = len(quads(store, SEED_GRAPH))
    seen, stop = set(), threading.Event()

    def read():
        query = f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{SEED_GRAPH}> {{ ?s ?p ?o }} }}"
        while not stop.is_set():
            seen.add(int(next(iter(store.query(query)))["n"].value))

    reader = threading.Thread(target=read)
    reader.start()
    for _ in range(8):
        store_record(copy.deepcopy(seed_record), store)
    stop.set()
    reader.join()
    assert seen == {full}


def test_the_store_survives_reopening(tmp_path, seed_record):
    store = OxigraphStore(tmp_path / "s")
    store_record(seed_record, store)
    store.flush()
    del store
    gc.collect()  # the RocksDB lock goes with the last reference to the store
    again = OxigraphStore(tmp_path / "s")
    assert again.graphs() == [SEED_GRAPH]


def test_python_users_get_the_store_as_an_rdflib_dataset(tmp_path, seed_record):
    import kg

    store = OxigraphStore(tmp_path / "s")
    store_record(seed_record, store)
    del store
    gc.collect()
    dataset = kg.open(tmp_path / "s")
    try:
        rows = list(dataset.query(
            "SELECT ?label WHERE { ?p a <https://w3id.org/newsgraph/ontology#Person> ; "
            "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label LIMIT 2"
        ))
        assert [str(r[0]) for r in rows] == ["Andriy Kovalenko", "Billy Stockwell"]
    finally:
        dataset.close()
