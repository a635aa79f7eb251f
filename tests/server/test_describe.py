"""Service description, VoID, Graph Store Protocol reads, and the query page."""

from __future__ import annotations

import urllib.parse

import pyoxigraph as ox
import pytest

from serving import hostile_article_ntriples

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"


def graph_of(reply, media="text/turtle") -> ox.Store:
    assert reply.status == 200, reply.text
    store = ox.Store()
    store.load(reply.body, format=ox.RdfFormat.from_media_type(media))
    return store


def test_service_description_on_get_without_query(server):
    store = graph_of(server.get("/sparql"))
    endpoint = f"{server.url}/sparql"
    assert store.query(f"ASK {{ <{endpoint}> a <{SD}Service> ; <{SD}endpoint> <{endpoint}> ; "
                       f"<{SD}supportedLanguage> <{SD}SPARQL11Query> ; <{SD}feature> <{SD}UnionDefaultGraph> ; "
                       f"<{SD}defaultDataset> ?d . ?d <{SD}defaultGraph> ?g ; <{SD}namedGraph> ?n }}")
    assert not store.query(f"ASK {{ ?s <{SD}supportedLanguage> <{SD}SPARQL11Update> }}")
    assert graph_of(server.get("/sparql", accept="application/ld+json"), "application/ld+json").query(
        f"ASK {{ ?s a <{SD}Service> }}")


def test_void_description(server):
    store = graph_of(server.get("/.well-known/void"))
    triples = list(store.query(f"SELECT ?n WHERE {{ ?d a <{VOID}Dataset> ; <{VOID}triples> ?n ; <{VOID}sparqlEndpoint> ?e }}"))
    assert triples and triples[0]["n"].datatype.value.endswith("#integer")
    assert store.query(f"ASK {{ ?d <{VOID}classPartition> [ <{VOID}class> ?c ; <{VOID}entities> ?n ] }}")
    assert store.query(f"ASK {{ ?d <{VOID}propertyPartition> [ <{VOID}property> ?p ; <{VOID}triples> ?n ] }}")
    links = {row["space"].value: int(row["n"].value) for row in store.query(
        f"SELECT ?space ?n WHERE {{ ?l a <{VOID}Linkset> ; <{VOID}triples> ?n ; <{VOID}objectsTarget> [ <{VOID}uriSpace> ?space ] }}")}
    assert links["http://www.wikidata.org/entity/"] >= 1 and links["https://sws.geonames.org/"] >= 1


@pytest.mark.parametrize("media", ["text/turtle", "application/n-triples", "application/ld+json",
                                   "application/rdf+xml", "application/n-quads", "application/trig"])
def test_graph_store_named_graph_in_every_format(server, media):
    graph, ntriples = hostile_article_ntriples()
    reply = server.get("/store?" + urllib.parse.urlencode({"graph": graph}), accept=media)
    assert reply.header("Content-Type").startswith(media)
    assert len(list(ox.parse(reply.body, format=ox.RdfFormat.from_media_type(media)))) == len(ntriples.splitlines())


def test_graph_store_default_and_dataset(server):
    union = server.get("/store?default", accept="application/n-triples")
    union_triples = {q.triple for q in ox.parse(union.body, format=ox.RdfFormat.N_TRIPLES)}
    dataset = server.get("/store", accept="application/n-quads")
    quads = list(ox.parse(dataset.body, format=ox.RdfFormat.N_QUADS))
    assert {q.triple for q in quads} == union_triples
    assert server.get("/store?graph=http://example.org/none").status == 404
    assert server.get("/store", accept="text/turtle").status == 406


def test_query_page_for_a_browser(server):
    page = server.get("/sparql", accept=BROWSER)
    assert page.status == 200 and page.header("Content-Type").startswith("text/html")
    assert "<textarea" in page.text and "PREFIX ng: &lt;https://w3id.org/newsgraph/ontology#&gt;" in page.text
    assert "Who claimed that Pokrovsk was captured" in page.text or "who claimed pokrovsk captured" in page.text
    assert "cdn" not in page.text.lower() and 'src="http' not in page.text  # everything served from here
    assert '<script src="/static/sparql/query.js">' in page.text
    script = server.get("/static/sparql/query.js")
    assert script.status == 200 and "example-data" in script.text


def test_query_page_shows_results_as_a_table(server):
    reply = server.form([("query", "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 5")],
                        accept=BROWSER)
    assert reply.status == 200 and reply.header("Content-Type").startswith("text/html")
    assert reply.text.count("<tr>") >= 6 and "Hostile <b>" not in reply.text


def test_html_views_are_capped(server):
    reply = server.form([("query", "SELECT * WHERE { ?s ?p ?o }")], accept=BROWSER)
    assert "capped at 1000" in reply.text


def test_graph_store_rejects_a_graph_name_that_is_no_iri(server):
    assert server.get("/store?graph=http://example.org/a%3Eb", accept="text/turtle").status == 400
