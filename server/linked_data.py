"""Linked data: every IRI the project mints resolves here, as HTML or RDF by content negotiation."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from flask import Blueprint, Response, abort, render_template, request

from kg.rdf.namespaces import NG, PREFIXES, SCHEMA
from kg.resources import ontology_path
from server import formats
from server.context import queries, settings
from server.executor import term_json
from server.html import Span, evidence_window, explorer_link, local_link, mark_spans

bp = Blueprint("linked_data", __name__)

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
ARTICLE_BODY = str(SCHEMA.articleBody)
LD_TYPES = [(mime, mime) for mime, _ in formats.ALTERNATES] + [
    (offered, canonical) for offered, canonical in formats.GRAPH_TYPES if canonical not in dict(formats.ALTERNATES)
]
EVIDENCE_CAP = 25


def _split_suffix(path: str) -> tuple[str, str | None]:
    for suffix, media in formats.SUFFIXES.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], media
    return path, None


def _iri(path: str) -> str:
    """The IRI a request path stands for; 404 when it is no IRI at all (it is put into SPARQL text)."""
    iri = settings().base_iri + path
    try:
        ox.NamedNode(iri)
    except ValueError:
        abort(404, f"{path} does not name an IRI this project mints")
    return iri


def _negotiate(forced: str | None) -> str:
    media = forced or formats.negotiate(request.headers.get("Accept"), LD_TYPES, html=True)
    if media is None:
        abort(406, "ask for text/html, " + ", ".join(m for m, _ in formats.ALTERNATES))
    return media


def _alternates(response: Response, path: str) -> Response:
    links = [f'</{path}>; rel="alternate"; type="text/html"']
    links += [f'</{path}{suffix}>; rel="alternate"; type="{mime}"' for mime, suffix in formats.ALTERNATES]
    response.headers["Link"] = ", ".join(links)
    return response


@lru_cache(maxsize=1)
def ontology_store() -> ox.Store:
    """The ontology and its SKOS vocabularies, in memory (they ship as package data, not in the store)."""
    store = ox.Store()
    store.load(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)
    return store


def _local_rows(sparql: str) -> list[list[dict | None]]:
    """Rows of a query on the in-memory ontology store, in the executor's JSON shape."""
    result = ontology_store().query(sparql)
    names = [v.value for v in result.variables]
    return [[term_json(solution[name]) for name in names] for solution in result]


@bp.route("/id/<path:rest>", methods=["GET", "HEAD"])
def entity(rest: str) -> Response:
    """A resource minted under id/: person, place, article, statement, mention, ..."""
    path, forced = _split_suffix("id/" + rest)
    iri = _iri(path)
    media = _negotiate(forced)
    if not queries().rows(f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}", cap=1)["value"]:
        abort(404, f"nothing is known about <{iri}>")
    if media == formats.HTML:
        return _alternates(_resource_page(iri, path), path)
    sparql = f"CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}"
    reply, body = queries().query(sparql, accept=media, prefixes=_prefixes())
    if reply["status"] != 200:
        abort(reply["status"], reply.get("message"))
    return _alternates(Response(body, content_type=formats.with_charset(reply["content_type"])), path)


@bp.route("/graph/<path:rest>", methods=["GET", "HEAD"])
def named_graph(rest: str) -> Response:
    """An article's named graph: its triples as RDF, or a page listing them."""
    path, forced = _split_suffix("graph/" + rest)
    iri = _iri(path)
    media = _negotiate(forced)
    if media != formats.HTML:
        reply, body = queries().ask({"op": "graph", "graph": iri, "accept": media})
        if reply["status"] != 200:
            abort(reply["status"], reply.get("message"))
        return _alternates(Response(body, content_type=formats.with_charset(reply["content_type"])), path)
    cap = settings().html_row_cap
    result = queries().rows(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}", cap=cap)
    if not result["rows"]:
        abort(404, f"no graph named <{iri}> in this store")
    article = iri.replace("/graph/article/", "/id/article/", 1) if "/graph/article/" in iri else None
    page = render_template("linked_data/graph.html", iri=iri, result=result, cap=cap, article=article,
                           explorer=explorer_link(iri))
    return _alternates(Response(page, mimetype="text/html"), path)


@bp.route("/ontology", methods=["GET", "HEAD"])
@bp.route("/ontology<any('.ttl', '.jsonld', '.nt'):suffix>", methods=["GET", "HEAD"])
def ontology(suffix: str = "") -> Response:
    """The ontology document: Turtle as shipped, other RDF formats, or readable HTML."""
    media = _negotiate(formats.SUFFIXES.get(suffix))
    if media == formats.HTML:
        return _alternates(_ontology_page(), "ontology")
    if media == "text/turtle":
        body = ontology_path().read_bytes()
    else:
        body = ontology_store().dump(format=formats.rdf_format(media), from_graph=ox.DefaultGraph(), prefixes=_prefixes())
    return _alternates(Response(body, content_type=formats.with_charset(media)), "ontology")


@bp.route("/vocab/<path:rest>", methods=["GET", "HEAD"])
def vocabulary(rest: str) -> Response:
    """A SKOS concept scheme or concept of the project's controlled vocabularies."""
    path, forced = _split_suffix("vocab/" + rest)
    iri = _iri(path)
    media = _negotiate(forced)
    store = ontology_store()
    node = ox.NamedNode(iri)
    triples = [q.triple for q in store.quads_for_pattern(node, None, None)]
    triples += [q.triple for q in store.quads_for_pattern(None, None, node)]
    if not triples:
        abort(404, f"<{iri}> is not a term of the project's vocabularies")
    if media == formats.HTML:
        return _alternates(_resource_page(iri, path), path)
    body = ox.serialize(triples, format=formats.rdf_format(media), prefixes=_prefixes())
    return _alternates(Response(body, content_type=formats.with_charset(media)), path)


def _prefixes() -> dict[str, str]:
    return dict(PREFIXES)


def _value(term: dict | None) -> str:
    return term["value"] if term else ""


def _group(rows: list[list]) -> list[tuple[dict, list[tuple[dict, dict | None]]]]:
    """(predicate, [(value, value's label)]) in first-seen order."""
    grouped: dict[str, tuple[dict, list]] = {}
    for predicate, value, label in rows:
        grouped.setdefault(predicate["value"], (predicate, []))[1].append((value, label))
    return list(grouped.values())


def _resource_page(iri: str, path: str) -> Response:
    cap = settings().html_row_cap
    run = queries().rows
    out_sparql = f"""SELECT ?p ?o (SAMPLE(?l) AS ?label) WHERE {{ <{iri}> ?p ?o
        OPTIONAL {{ ?o <{RDFS_LABEL}> ?l }} }} GROUP BY ?p ?o"""
    in_sparql = f"""SELECT ?s ?p (SAMPLE(?l) AS ?label) WHERE {{ ?s ?p <{iri}>
        OPTIONAL {{ ?s <{RDFS_LABEL}> ?l }} }} GROUP BY ?s ?p"""
    outgoing = run(out_sparql, cap=cap)
    incoming = run(in_sparql, cap=cap)
    if path.startswith("vocab/"):
        outgoing["rows"] += _local_rows(out_sparql)
        incoming["rows"] = _local_rows(in_sparql) + incoming["rows"]
    body = next((o for p, o, _ in outgoing["rows"] if p["value"] == ARTICLE_BODY), None)
    properties = _group([row for row in outgoing["rows"] if row[0]["value"] != ARTICLE_BODY])
    label = next((_value(o) for p, o, _ in outgoing["rows"] if p["value"] == RDFS_LABEL), path.rsplit("/", 1)[-1])
    types = [(o, lab) for p, o, lab in outgoing["rows"] if p["value"] == RDF_TYPE]
    page = render_template(
        "linked_data/resource.html",
        iri=iri, label=label, types=types, properties=properties,
        incoming=incoming, cap=cap, explorer=explorer_link(iri),
        evidence=_evidence(iri), article_text=_article_text(iri, body["value"]) if body else None,
        path=path,
    )
    return Response(page, mimetype="text/html")


def _evidence(iri: str) -> list[dict]:
    """The sentences this resource was extracted from, each with its mention marked."""
    sparql = f"""SELECT ?m ?start ?end ?article ?alabel ?body WHERE {{
        {{ <{iri}> <{NG.evidence}> ?m }} UNION {{ BIND(<{iri}> AS ?m) }}
        ?m <{NG.start}> ?start ; <{NG.end}> ?end ; <{NG.inArticle}> ?article .
        ?article <{ARTICLE_BODY}> ?body .
        OPTIONAL {{ ?article <{RDFS_LABEL}> ?alabel }} }} LIMIT {EVIDENCE_CAP}"""
    found = []
    for mention, start, end, article, article_label, body in queries().rows(sparql, cap=EVIDENCE_CAP)["rows"]:
        found.append({
            "mention": mention["value"],
            "article": article["value"],
            "article_label": _value(article_label) or article["value"],
            "html": evidence_window(body["value"], int(start["value"]), int(end["value"])),
        })
    return found


def _article_text(iri: str, text: str):
    """The article's text with every extracted mention marked, and the mentions listed."""
    sparql = f"""SELECT ?m ?start ?end (GROUP_CONCAT(DISTINCT ?label; separator=" | ") AS ?of) (SAMPLE(?e) AS ?entity)
        WHERE {{ ?m <{NG.inArticle}> <{iri}> ; <{NG.start}> ?start ; <{NG.end}> ?end .
        OPTIONAL {{ ?e <{NG.evidence}> ?m . OPTIONAL {{ ?e <{RDFS_LABEL}> ?label }} }} }}
        GROUP BY ?m ?start ?end ORDER BY ?start"""
    rows = queries().rows(sparql, cap=100_000)["rows"]
    spans = [
        Span(int(start["value"]), int(end["value"]), _value(of), local_link(entity["value"]) if entity else "")
        for _, start, end, of, entity in rows
    ]
    return mark_spans(text, spans), len(spans)


def _ontology_page() -> Response:
    sparql = f"""PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?term ?kind (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?comment) WHERE {{
          ?term a ?kind .
          FILTER(?kind IN (owl:Ontology, owl:Class, owl:ObjectProperty, owl:DatatypeProperty,
                           owl:AnnotationProperty, skos:ConceptScheme, skos:Concept))
          OPTIONAL {{ ?term <{RDFS_LABEL}>|skos:prefLabel ?l }}
          OPTIONAL {{ ?term <{RDFS_COMMENT}>|skos:definition ?c }}
        }} GROUP BY ?term ?kind ORDER BY ?kind ?term"""
    sections: dict[str, list] = {}
    for term, kind, label, comment in _local_rows(sparql):
        sections.setdefault(kind["value"].rsplit("#", 1)[-1], []).append((term, _value(label), _value(comment)))
    page = render_template("linked_data/ontology.html", sections=sections, iri=settings().base_iri + "ontology")
    return Response(page, mimetype="text/html")
