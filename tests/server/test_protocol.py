"""The SPARQL 1.1 Protocol query operation, driven over HTTP against the running server."""

from __future__ import annotations

import urllib.parse

import pyoxigraph as ox
import pytest

from kg.rdf.namespaces import BASE

SEED_GRAPH = f"{BASE}graph/article/000_9a0db413bb4ab67c.txt"
HOSTILE_GRAPH = f"{BASE}graph/article/test-hostile"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def count(reply) -> int:
    assert reply.status == 200, reply.text
    return int(reply.json()["results"]["bindings"][0]["n"]["value"])


def test_get_query_answers_json_with_a_typed_count(server):
    reply = server.query(COUNT)
    assert reply.status == 200
    assert reply.header("Content-Type").startswith("application/sparql-results+json")
    cell = reply.json()["results"]["bindings"][0]["n"]
    assert cell["datatype"] == XSD_INTEGER and int(cell["value"]) > 900


def test_post_form_and_post_direct_agree_with_get(server):
    expected = count(server.query(COUNT))
    assert count(server.form([("query", COUNT)])) == expected
    direct = server.request("POST", "/sparql", COUNT, {"Content-Type": "application/sparql-query",
                                                       "Accept": "application/sparql-results+json"})
    assert count(direct) == expected


def test_query_alias_answers_too(server):
    assert count(server.get("/query?" + urllib.parse.urlencode({"query": COUNT}))) > 0


def test_unknown_form_fields_are_ignored(server):
    reply = server.form([("query", "ASK {}"), ("format", "json"), ("timeout", "0"), ("infer", "false")])
    assert reply.status == 200 and reply.json()["boolean"] is True


def test_default_graph_is_the_union_and_graph_uris_select_exactly_that_dataset(server):
    union = count(server.query(COUNT))
    seed = count(server.query(COUNT, default_graph_uri=[SEED_GRAPH]))
    hostile = count(server.query(COUNT, default_graph_uri=[HOSTILE_GRAPH]))
    assert 0 < hostile < seed < union
    both = count(server.query(COUNT, default_graph_uri=[SEED_GRAPH, HOSTILE_GRAPH]))
    assert both == union
    named_only = server.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                              named_graph_uri=[HOSTILE_GRAPH])
    rows = named_only.json()["results"]["bindings"]
    assert [row["g"]["value"] for row in rows] == [HOSTILE_GRAPH]
    assert count(server.query(COUNT, named_graph_uri=[HOSTILE_GRAPH])) == 0  # empty default graph


def test_dataset_given_in_a_form_post(server):
    reply = server.form([("query", COUNT), ("default-graph-uri", HOSTILE_GRAPH)])
    assert count(reply) == count(server.query(COUNT, default_graph_uri=[HOSTILE_GRAPH]))


def test_from_in_the_query_is_honoured(server):
    from_query = f"SELECT (COUNT(*) AS ?n) FROM <{HOSTILE_GRAPH}> WHERE {{ ?s ?p ?o }}"
    assert count(server.query(from_query)) == count(server.query(COUNT, default_graph_uri=[HOSTILE_GRAPH]))


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*;q=0.8, application/sparql-results+json;q=0.1", "text/csv"),
    ("text/html;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
])
def test_select_results_by_accept(server, accept, media):
    reply = server.query("SELECT ?s WHERE { ?s a ?t } LIMIT 3", accept=accept)
    assert reply.status == 200
    assert reply.header("Content-Type").split(";")[0] == media
    if media == "text/csv":
        assert len(reply.text.strip().splitlines()) == 4
    else:
        parsed = ox.parse_query_results(reply.body, format=ox.QueryResultsFormat.from_media_type(media))
        assert len(list(parsed)) == 3


def test_ask_in_json_and_xml(server):
    assert server.query("ASK { ?s a ?t }").json()["boolean"] is True
    xml = server.query("ASK { ?s a <http://example.org/Nothing> }", accept="application/sparql-results+xml")
    assert b"<boolean>false</boolean>" in xml.body


def test_nothing_acceptable_is_406(server):
    reply = server.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", accept="image/png")
    assert reply.status == 406
    assert "application/sparql-results+json" in reply.text


@pytest.mark.parametrize("media", ["text/turtle", "application/n-triples", "application/ld+json",
                                   "application/rdf+xml", "application/n-quads", "application/trig"])
def test_construct_in_every_rdf_format(server, media):
    sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{HOSTILE_GRAPH}> {{ ?s ?p ?o }} }}"
    reply = server.query(sparql, accept=media)
    assert reply.status == 200 and reply.header("Content-Type").split(";")[0] == media
    triples = list(ox.parse(reply.body, format=ox.RdfFormat.from_media_type(media)))
    assert len(triples) == 14


def test_describe_defaults_to_turtle_for_any_type(server):
    reply = server.query(f"DESCRIBE <{BASE}id/person/jane-doe>", accept="*/*")
    assert reply.header("Content-Type").startswith("text/turtle")
    assert len(list(ox.parse(reply.body, format=ox.RdfFormat.TURTLE))) >= 4


def test_blank_node_labels_are_stable_within_a_response(server):
    sparql = f"""CONSTRUCT {{ ?s <http://example.org/has> _:b . _:b <http://example.org/value> ?o }}
                 WHERE {{ GRAPH <{HOSTILE_GRAPH}> {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }} }}"""
    triples = list(ox.parse(server.query(sparql, accept="application/n-triples").body, format=ox.RdfFormat.N_TRIPLES))
    subjects = {t.subject for t in triples if isinstance(t.subject, ox.BlankNode)}
    objects = {t.object for t in triples if isinstance(t.object, ox.BlankNode)}
    assert subjects and subjects == objects
    select = server.query("SELECT ?b ?b2 WHERE { BIND(BNODE() AS ?b) BIND(?b AS ?b2) }").json()
    row = select["results"]["bindings"][0]
    assert row["b"] == row["b2"] and row["b"]["type"] == "bnode"


def test_malformed_query_is_400_with_the_parser_message(server):
    reply = server.query("SELECT * WHERE { ?s ?p }")
    assert reply.status == 400
    assert "error at 1:" in reply.text or "expected" in reply.text
    assert reply.header("Access-Control-Allow-Origin") == "*"


def test_two_query_parameters_are_400(server):
    reply = server.get("/sparql?query=ASK%20%7B%7D&query=SELECT%20*%20%7B%7D")
    assert reply.status == 400 and "one `query`" in reply.text


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_wrong_method_is_405(server, method):
    reply = server.request(method, "/sparql?query=ASK%20%7B%7D")
    assert reply.status == 405
    assert "GET" in reply.header("Allow") and "POST" in reply.header("Allow")
    assert reply.header("Access-Control-Allow-Origin") == "*"


@pytest.mark.parametrize("content_type", ["text/plain", None, "application/json", "application/sparql-query; charset=UTF-16"])
def test_wrong_content_type_is_415(server, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    body = "ASK {}".encode("utf-16") if content_type and "16" in content_type else "ASK {}"
    reply = server.request("POST", "/sparql", body, headers)
    assert reply.status == 415
    assert reply.header("Access-Control-Allow-Origin") == "*"


def test_form_post_with_no_query_is_400(server):
    assert server.form([("default-graph-uri", SEED_GRAPH)]).status == 400


def test_cors_on_success_and_on_a_preflight(server):
    assert server.query("ASK {}").header("Access-Control-Allow-Origin") == "*"
    reply = server.request("OPTIONS", "/sparql", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, authorization",
    })
    assert reply.status in (200, 204)
    assert reply.header("Access-Control-Allow-Origin") == "*"
    assert "POST" in reply.header("Access-Control-Allow-Methods")
    assert "authorization" in reply.header("Access-Control-Allow-Headers").lower()


def test_cors_on_not_found(server):
    reply = server.get("/no-such-page")
    assert reply.status == 404 and reply.header("Access-Control-Allow-Origin") == "*"


def test_head_is_answered_like_get(server):
    page = server.request("HEAD", "/sparql", headers={"Accept": "text/html"})
    assert page.status == 200 and page.header("Content-Type").startswith("text/html") and page.body == b""
    query = server.request("HEAD", "/sparql?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
    assert query.status == 200 and query.header("Content-Type").startswith("application/sparql-results+json")
