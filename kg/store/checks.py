"""Whole-store reports: validation of every article graph, and figures for `kg stats`."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from kg.rdf.namespaces import GRAPH, NG
from kg.store.oxigraph import OxigraphStore
from kg.validate import check_graph, format_violations

COUNTED_CLASSES = ("NewsArticle", "Person", "Organization", "Place", "Event", "Statement", "Claim", "Role", "Mention")


def article_graphs(store: OxigraphStore) -> list[str]:
    """The named graphs that hold articles (imported graphs of other people are left out)."""
    prefix = str(GRAPH["article/"])
    return [g for g in store.graphs() if g.startswith(prefix)]


def graph_copy(store: OxigraphStore, graph_iri: str) -> Graph:
    """An in-memory rdflib copy of one named graph."""
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def validate_store(store: OxigraphStore) -> dict[str, str]:
    """Each article graph's violations as text ('' when it conforms)."""
    return {g: format_violations(check_graph(graph_copy(store, g))) for g in article_graphs(store)}


def store_stats(store: OxigraphStore) -> dict:
    """Articles, quads and distinct entities per class of the ontology."""
    quads = next(iter(store.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")))["n"].value
    classes = {}
    for name in COUNTED_CLASSES:
        query = f"SELECT (COUNT(DISTINCT ?x) AS ?n) {{ ?x a <{NG[name]}> }}"
        classes[name] = int(next(iter(store.query(query)))["n"].value)
    return {"articles": len(article_graphs(store)), "triples": int(quads), "classes": classes}
