"""Every minted IRI resolves: HTML for a browser, Turtle / JSON-LD / N-Triples for a client."""

from __future__ import annotations

import urllib.parse

import pyoxigraph as ox
import pytest

from serving import HOSTILE_KEY
from kg.rdf.namespaces import BASE

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
PUTIN_PATH = "/id/person/vladimir-putin"
SEED_ARTICLE_PATH = "/id/article/000_9a0db413bb4ab67c.txt"


def test_person_page_for_a_browser(server):
    reply = server.get(PUTIN_PATH, accept=BROWSER)
    assert reply.status == 200 and reply.header("Content-Type").startswith("text/html")
    page = reply.text
    assert "<h1>Vladimir Putin</h1>" in page
    assert "ng:Person" in page or "Person" in page
    assert "/?focus=" + urllib.parse.quote(BASE + PUTIN_PATH[1:], safe="") in page
    assert "<h2>Evidence</h2>" in page and "<mark" in page
    assert "<h2>Incoming links</h2>" in page
    assert 'href="/id/article/000_9a0db413bb4ab67c.txt' in page


@pytest.mark.parametrize("accept, suffix, media", [
    ("text/turtle", ".ttl", "text/turtle"),
    ("application/ld+json", ".jsonld", "application/ld+json"),
    ("application/n-triples", ".nt", "application/n-triples"),
])
def test_rdf_by_accept_and_by_suffix(server, accept, suffix, media):
    by_accept = server.get(PUTIN_PATH, accept=accept)
    by_suffix = server.get(PUTIN_PATH + suffix, accept=BROWSER)
    for reply in (by_accept, by_suffix):
        assert reply.status == 200 and reply.header("Content-Type").startswith(media)
        triples = list(ox.parse(reply.body, format=ox.RdfFormat.from_media_type(media)))
        subjects = {t.subject.value for t in triples}
        assert BASE + PUTIN_PATH[1:] in subjects and len(subjects) > 1  # outgoing and incoming


def test_link_alternate_headers(server):
    link = server.get(PUTIN_PATH, accept=BROWSER).header("Link")
    for suffix, media in ((".ttl", "text/turtle"), (".jsonld", "application/ld+json"), (".nt", "application/n-triples")):
        assert f'<{PUTIN_PATH}{suffix}>; rel="alternate"; type="{media}"' in link
    assert f'<{PUTIN_PATH}>; rel="alternate"; type="text/html"' in server.get(PUTIN_PATH + ".ttl").header("Link")


def test_client_without_accept_gets_turtle(server):
    reply = server.get(PUTIN_PATH)
    assert reply.header("Content-Type").startswith("text/turtle")


def test_unknown_iri_is_404(server):
    assert server.get("/id/person/nobody-at-all", accept=BROWSER).status == 404
    assert server.get("/id/person/nobody-at-all.ttl").status == 404


def test_article_page_marks_every_mention(server):
    page = server.get(SEED_ARTICLE_PATH, accept=BROWSER).text
    assert '<div class="article">' in page
    marks = page.count("<mark")
    mentions = server.bindings(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?m <{BASE}ontology#inArticle> <{BASE}{SEED_ARTICLE_PATH[1:]}> }}")
    assert marks >= int(mentions[0]["n"]["value"]) > 10
    assert "Pokrovsk" in page


def test_untrusted_text_and_labels_are_escaped(server):
    page = server.get(f"/id/article/{HOSTILE_KEY}", accept=BROWSER).text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<b>headline</b>" not in page and "&lt;b&gt;headline&lt;/b&gt;" in page
    assert "closed &amp; guarded" in page
    assert '<mark title="Jane &lt;i&gt;Doe&lt;/i&gt;"><a href="/id/person/jane-doe">Jane Doe</a></mark>' in page
    person = server.get("/id/person/jane-doe", accept=BROWSER).text
    assert "<i>Doe</i>" not in person and "<mark>Jane Doe</mark>" in person


def test_mention_and_statement_pages_resolve(server):
    rows = server.bindings(f"SELECT ?s WHERE {{ ?s a <{BASE}ontology#Statement> }} LIMIT 1")
    statement = rows[0]["s"]["value"]
    page = server.get("/" + statement[len(BASE):], accept=BROWSER)
    assert page.status == 200 and "<mark" in page.text


def test_graph_iri_resolves(server):
    path = "/graph/article/000_9a0db413bb4ab67c.txt"
    html = server.get(path, accept=BROWSER)
    assert html.status == 200 and SEED_ARTICLE_PATH in html.text
    turtle = server.get(path + ".ttl")
    assert len(list(ox.parse(turtle.body, format=ox.RdfFormat.TURTLE))) > 900


def test_ontology_as_turtle_and_html(server):
    turtle = server.get("/ontology", accept="text/turtle")
    assert turtle.status == 200 and turtle.header("Content-Type").startswith("text/turtle")
    triples = list(ox.parse(turtle.body, format=ox.RdfFormat.TURTLE))
    assert any(t.subject.value == BASE + "ontology" for t in triples)
    html = server.get("/ontology", accept=BROWSER).text
    assert 'id="Statement"' in html and "ng:Statement" in html
    assert server.get("/ontology.jsonld").header("Content-Type").startswith("application/ld+json")


def test_vocabulary_terms_resolve(server):
    html = server.get("/vocab/stance/asserts", accept=BROWSER)
    assert html.status == 200 and "Incoming links" in html.text
    turtle = server.get("/vocab/stance/asserts.ttl")
    assert any(t.subject.value == BASE + "vocab/stance/asserts" for t in ox.parse(turtle.body, format=ox.RdfFormat.TURTLE))
    assert server.get("/vocab/stance/no-such-value", accept=BROWSER).status == 404


def test_paths_that_are_no_iri_cannot_reach_the_query(server):
    injected = "/id/person/x%3E%20%3Fp%20%3Fo%20%7D%20SERVICE%20%3Chttp://example.org/%3E%20%7B%20%3Fs%20%3Fp%20%3Fo"
    reply = server.get(injected, accept=BROWSER)
    assert reply.status == 404 and "does not name an IRI" in reply.text
