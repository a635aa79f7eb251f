"""Content negotiation and the pre-flight look at SPARQL text, without a server."""

from __future__ import annotations

import pytest

from server import formats
from kg.sparql_text import has_dataset_clause, is_point_lookup, refused_targets, remote_targets


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("application/sparql-results+json,*/*;q=0.9", "application/sparql-results+json"),
    ("text/csv, application/sparql-results+json", "text/csv"),
    ("application/sparql-results+xml;q=0.2, text/*;q=0.5", "text/csv"),
    ("text/tab-separated-values;q=1.0, */*;q=0.1", "text/tab-separated-values"),
    ("application/sparql-results+json;q=0, */*", "application/sparql-results+xml"),
    ("image/png", None),
    ("text/html", None),
])
def test_result_negotiation(accept, expected):
    assert formats.negotiate(accept, formats.RESULT_TYPES) == expected


def test_html_only_when_named():
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert formats.negotiate(browser, formats.RESULT_TYPES, html=True) == formats.HTML
    assert formats.negotiate("*/*", formats.RESULT_TYPES, html=True) == "application/sparql-results+json"
    assert formats.negotiate("text/*", formats.GRAPH_TYPES, html=True) == "text/turtle"


def test_graph_negotiation_aliases():
    assert formats.negotiate("application/json", formats.GRAPH_TYPES) == "application/ld+json"
    assert formats.negotiate("application/x-turtle", formats.GRAPH_TYPES) == "text/turtle"
    assert formats.negotiate("application/rdf+xml;q=0.9, application/n-triples", formats.GRAPH_TYPES) == "application/n-triples"


def test_dataset_clause_detection():
    assert has_dataset_clause("SELECT * FROM <http://g> WHERE { ?s ?p ?o }")
    assert has_dataset_clause("select * from named ex:g where { graph ?g { ?s ?p ?o } }")
    assert not has_dataset_clause('SELECT ?from WHERE { ?s ?p "FROM <x>" } # FROM <y>')
    assert not has_dataset_clause("SELECT * WHERE { ?from ?p <http://x/FROM> }")


def test_remote_targets():
    assert remote_targets("SELECT * { SERVICE <http://a/sparql> { ?s ?p ?o } }") == ["http://a/sparql"]
    assert remote_targets("PREFIX e: <http://e/> SELECT * { SERVICE SILENT e:q { } }") == ["http://e/q"]
    assert remote_targets("SELECT * { SERVICE ?x { } }") == ["?x"]
    assert remote_targets("LOAD SILENT <http://a/d.ttl> INTO GRAPH <http://g>") == ["http://a/d.ttl"]
    assert remote_targets("SELECT * { \\u0053ERVICE <http://a/> { } }") == ["http://a/"]
    assert remote_targets('SELECT ?service ?load { ?service ?load "SERVICE <http://x>" } # SERVICE <http://y>') == []
    assert refused_targets("SELECT * { SERVICE <http://ok/sparql> { } }", ("http://ok/",)) == []
    assert refused_targets("SELECT * { SERVICE <http://okay.evil/> { } }", ("http://ok/",)) == ["http://okay.evil/"]


@pytest.mark.parametrize("sparql, point", [
    ("SELECT DISTINCT ?label WHERE { <http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> ?label }", True),
    ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nselect ?l { <x> rdfs:label ?l . } LIMIT 5", True),
    ("ASK { <http://x/a> a <http://x/Person> }", True),
    ("SELECT * WHERE { <http://x/a> ?p ?o }", True),
    ("SELECT ?l { ?s rdfs:label ?l }", False),  # every subject
    ("SELECT ?l { <x> rdfs:label ?l . ?l ?p ?o }", False),
    ("SELECT ?l { <x> rdfs:label ?l FILTER(STRLEN(?l) > 1) }", False),
    ("SELECT (COUNT(*) AS ?c) { <x> ?p ?o }", False),
    ("SELECT ?l { <x> rdfs:label ?l } # a comment", False),
    ("SELECT ?o { <x> ?p ?o } ORDER BY ?o", False),
    ("SELECT ?o { <x> <p>* ?o }", False),
    ("SELECT ?o { <x> ?p ?o } \\u0020", False),
])
def test_point_lookups_are_recognised(sparql, point):
    assert is_point_lookup(sparql) is point
