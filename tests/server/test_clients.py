"""Requests shaped like the W3C protocol tests, YASGUI's defaults and AWS Graph Explorer's (our own queries)."""

from __future__ import annotations

import urllib.parse

import pyoxigraph as ox

from kg.rdf.namespaces import BASE

SEED_GRAPH = f"{BASE}graph/article/000_9a0db413bb4ab67c.txt"
HOSTILE_GRAPH = f"{BASE}graph/article/test-hostile"
PUTIN = f"{BASE}id/person/vladimir-putin"
YASGUI_ACCEPT = "application/sparql-results+json,*/*;q=0.9"
YASGUI_FORM = "application/x-www-form-urlencoded; charset=UTF-8"


def rows(reply) -> list[dict]:
    assert reply.status == 200, reply.text
    return reply.json()["results"]["bindings"]


# W3C SPARQL 1.1 Protocol tests that apply to a read-only endpoint (datasets adapted to our graphs).

def test_w3c_query_get_and_post_form_and_direct(server):
    assert server.query("ASK {}").json()["boolean"] is True
    assert server.form([("query", "ASK {}")]).json()["boolean"] is True
    direct = server.request("POST", "/sparql", "ASK {}", {"Content-Type": "application/sparql-query"})
    assert direct.status == 200 and direct.json()["boolean"] is True


def test_w3c_dataset_default_graphs_get_and_post(server):
    sparql = "ASK { ?s <http://schema.org/articleBody> ?body FILTER(CONTAINS(?body, 'Mayor Jane Doe')) }"
    assert server.query(sparql, default_graph_uri=[HOSTILE_GRAPH]).json()["boolean"] is True
    assert server.query(sparql, default_graph_uri=[SEED_GRAPH]).json()["boolean"] is False
    posted = server.form([("query", sparql), ("default-graph-uri", SEED_GRAPH), ("default-graph-uri", HOSTILE_GRAPH)])
    assert posted.json()["boolean"] is True


def test_w3c_dataset_named_graphs_get_and_post(server):
    sparql = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    got = rows(server.query(sparql, named_graph_uri=[SEED_GRAPH, HOSTILE_GRAPH]))
    assert {r["g"]["value"] for r in got} == {SEED_GRAPH, HOSTILE_GRAPH}
    posted = rows(server.form([("query", sparql), ("named-graph-uri", HOSTILE_GRAPH)]))
    assert [r["g"]["value"] for r in posted] == [HOSTILE_GRAPH]


def test_w3c_dataset_full_and_multiple_dataset(server):
    sparql = "SELECT ?g (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g"
    got = rows(server.query(sparql, default_graph_uri=[HOSTILE_GRAPH], named_graph_uri=[SEED_GRAPH]))
    assert {r.get("g", {}).get("value") for r in got} == {None, SEED_GRAPH}
    # protocol graphs override the query's own FROM
    overridden = f"SELECT (COUNT(*) AS ?n) FROM <{SEED_GRAPH}> WHERE {{ ?s ?p ?o }}"
    a = rows(server.query(overridden, default_graph_uri=[HOSTILE_GRAPH]))[0]["n"]["value"]
    b = rows(server.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph_uri=[HOSTILE_GRAPH]))[0]["n"]["value"]
    assert a == b


def test_w3c_content_types_for_select_ask_describe_construct(server):
    select = server.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", accept="application/sparql-results+xml")
    assert select.header("Content-Type").startswith("application/sparql-results+xml")
    ask = server.query("ASK {}", accept="application/sparql-results+json")
    assert ask.header("Content-Type").startswith("application/sparql-results+json")
    describe = server.query(f"DESCRIBE <{PUTIN}>", accept="application/rdf+xml")
    assert describe.header("Content-Type").startswith("application/rdf+xml")
    assert len(list(ox.parse(describe.body, format=ox.RdfFormat.RDF_XML))) > 3
    construct = server.query("CONSTRUCT WHERE { ?s a ?t } LIMIT 2", accept="text/turtle")
    assert construct.header("Content-Type").startswith("text/turtle")


def test_w3c_bad_requests(server):
    assert server.request("PUT", "/sparql?query=ASK%20%7B%7D").status == 405
    assert server.get("/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D").status == 400
    assert server.request("POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"}).status == 415
    assert server.request("POST", "/sparql", "query=ASK%20%7B%7D").status == 415  # form body, no type
    assert server.request("POST", "/sparql", "ASK {}").status == 415  # direct body, no type
    utf16 = server.request("POST", "/sparql", "ASK {}".encode("utf-16"),
                           {"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert utf16.status == 415
    assert server.query("ASK {").status == 400
    assert server.get("/sparql?update=CLEAR%20ALL").status == 405  # bad_update_get
    both = server.form([("update", "CLEAR ALL"), ("update", "CLEAR DEFAULT")])
    assert both.status == 400  # bad_multiple_updates


# YASGUI: form POST, JSON first with */* fallback.

def test_yasgui_select_by_default_request(server):
    reply = server.request("POST", "/sparql", urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"}),
                           {"Content-Type": YASGUI_FORM, "Accept": YASGUI_ACCEPT, "Origin": "http://yasgui.example"})
    assert reply.header("Content-Type").startswith("application/sparql-results+json")
    assert len(rows(reply)) == 10 and reply.header("Access-Control-Allow-Origin") == "*"


def test_yasgui_construct_falls_back_through_star(server):
    reply = server.request("POST", "/sparql", urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?s a ?t } LIMIT 5"}),
                           {"Content-Type": YASGUI_FORM, "Accept": "text/turtle,*/*;q=0.9"})
    assert reply.status == 200 and reply.header("Content-Type").startswith("text/turtle")


# AWS Graph Explorer: form POSTs to <url>/sparql, schema discovery, neighbours, keyword search.

def explorer_post(server, sparql: str):
    return rows(server.form([("query", sparql)], accept="application/sparql-results+json"))


def test_explorer_schema_discovery_classes_with_counts(server):
    got = explorer_post(server, """
        SELECT ?class (COUNT(?start) AS ?instancesCount) WHERE { ?start a ?class }
        GROUP BY ?class ORDER BY ?class""")
    counts = {r["class"]["value"]: r["instancesCount"] for r in got}
    person = counts[f"{BASE}ontology#Person"]
    assert person["datatype"].endswith("#integer") and int(person["value"]) >= 2


def test_explorer_schema_discovery_predicates_with_counts(server):
    got = explorer_post(server, f"""
        SELECT ?pred (SAMPLE(?object) AS ?sample) (COUNT(?object) AS ?count) WHERE {{
          ?subject a <{BASE}ontology#Person> ; ?pred ?object .
          FILTER(isLiteral(?object))
        }} GROUP BY ?pred ORDER BY DESC(?count)""")
    predicates = {r["pred"]["value"] for r in got}
    assert "http://www.w3.org/2000/01/rdf-schema#label" in predicates


def test_explorer_one_hop_neighbours(server):
    got = explorer_post(server, f"""
        SELECT DISTINCT ?subject ?pred ?value ?class WHERE {{
          VALUES ?subject {{ <{PUTIN}> }}
          {{ ?subject ?pred ?value }} UNION {{ ?value ?pred ?subject }}
          FILTER(!isLiteral(?value))
          ?value a ?class .
        }} LIMIT 25""")
    assert 0 < len(got) <= 25
    assert all(r["value"]["type"] == "uri" for r in got)


def test_explorer_neighbour_counts_by_class(server):
    got = explorer_post(server, f"""
        SELECT ?class (COUNT(DISTINCT ?neighbour) AS ?count) WHERE {{
          VALUES ?subject {{ <{PUTIN}> }}
          {{ ?subject ?p ?neighbour }} UNION {{ ?neighbour ?p ?subject }}
          FILTER(!isLiteral(?neighbour))
          ?neighbour a ?class .
        }} GROUP BY ?class""")
    assert got and all(r["count"]["datatype"].endswith("#integer") for r in got)


def test_explorer_keyword_search(server):
    got = explorer_post(server, """
        SELECT DISTINCT ?subject ?pred ?value ?class WHERE {
          ?subject a ?class ; ?pred ?value .
          FILTER(isLiteral(?value))
          FILTER(CONTAINS(LCASE(STR(?value)), LCASE("PUTIN")))
        } LIMIT 10""")
    assert got and any("putin" in r["value"]["value"].lower() for r in got)
