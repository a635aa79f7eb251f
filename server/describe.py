"""Self-description: the SPARQL Service Description and the VoID description of the dataset."""

from __future__ import annotations

import threading

import pyoxigraph as ox
from flask import Response, abort, request

from kg.rdf.namespaces import BASE, PREFIXES
from server import formats
from server.context import queries, settings

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = [
    "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
    "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG",
]
LINK_TARGETS = {"GeoNames": "https://sws.geonames.org/", "Wikidata": "http://www.wikidata.org/entity/"}
DESCRIPTION_PREFIXES = {**PREFIXES, "sd": SD, "void": VOID, "formats": FORMATS, "foaf": "http://xmlns.com/foaf/0.1/"}

_STATS_QUERIES = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
    "graphs": "SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g LIMIT 1000",
    "entities": f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), "{BASE}id/")) }}',
    "classes": "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n)",
    "properties": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)",
    "links": "SELECT ?target (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o "
    + "VALUES ?target { " + " ".join(f'"{t}"' for t in LINK_TARGETS.values()) + " } "
    + "FILTER(STRSTARTS(STR(?o), ?target)) } GROUP BY ?target",
}
_cache: dict[str, dict] = {}
_cache_lock = threading.Lock()


def dataset_stats() -> dict:
    """Counts for the descriptions, computed once per store snapshot."""
    snapshot = queries().snapshots.current()
    with _cache_lock:
        if snapshot in _cache:
            return _cache[snapshot]
    stats = {name: queries().rows(sparql, cap=10_000)["rows"] for name, sparql in _STATS_QUERIES.items()}
    with _cache_lock:
        _cache.clear()
        _cache[snapshot] = stats
    return stats


def _count(stats: dict, name: str) -> int:
    rows = stats[name]
    return int(rows[0][0]["value"]) if rows and rows[0][0] else 0


def _int(value: int | str) -> str:
    return f'"{int(value)}"^^xsd:integer'


def _prefix_lines() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in DESCRIPTION_PREFIXES.items())


def _root() -> str:
    return request.host_url


def service_description() -> str:
    """The SPARQL 1.1 Service Description of /sparql, as Turtle."""
    config, stats = settings(), dataset_stats()
    endpoint = _root() + "sparql"
    languages = ["sd:SPARQL11Query"] + (["sd:SPARQL11Update"] if config.updates_enabled else [])
    named = "".join(f"    sd:namedGraph [ a sd:NamedGraph ; sd:name <{row[0]['value']}> ] ;\n" for row in stats["graphs"])
    features = ["sd:UnionDefaultGraph"] + (["sd:BasicFederatedQuery"] if config.remote_allowlist else [])
    return _prefix_lines() + f"""
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage {", ".join(languages)} ;
    sd:feature {", ".join(features)} ;
    sd:resultFormat {", ".join(f"<{FORMATS}{f}>" for f in RESULT_FORMATS)} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    sd:defaultDataset <{void_dataset_iri()}> .

<{void_dataset_iri()}> a sd:Dataset, void:Dataset ;
    rdfs:comment "The default graph is the union of every article graph; each article is one named graph." ;
    sd:defaultGraph [ a sd:Graph ; void:triples {_int(_count(stats, "triples"))} ] ;
    void:triples {_int(_count(stats, "triples"))} ;
{named}    void:sparqlEndpoint <{endpoint}> .
"""


def void_dataset_iri() -> str:
    """The IRI of the dataset described at /.well-known/void on this host."""
    return _root() + ".well-known/void#dataset"


def void_description() -> str:
    """The VoID description: size, class and property partitions, links to GeoNames and Wikidata."""
    stats = dataset_stats()
    dataset = void_dataset_iri()
    classes = "".join(
        f"    void:classPartition [ void:class <{row[0]['value']}> ; void:entities {_int(row[1]['value'])} ] ;\n"
        for row in stats["classes"] if row[0] and row[0]["type"] == "uri"
    )
    properties = "".join(
        f"    void:propertyPartition [ void:property <{row[0]['value']}> ; void:triples {_int(row[1]['value'])} ] ;\n"
        for row in stats["properties"]
    )
    links = {row[0]["value"]: int(row[1]["value"]) for row in stats["links"]}
    linksets = "".join(
        f"""
<{dataset.replace('#dataset', '#links-' + name.lower())}> a void:Linkset ;
    void:subjectsTarget <{dataset}> ;
    void:objectsTarget [ a void:Dataset ; dcterms:title "{name}" ; void:uriSpace "{space}" ] ;
    void:linkPredicate owl:sameAs ;
    void:triples {_int(links.get(space, 0))} .
"""
        for name, space in LINK_TARGETS.items()
    )
    return _prefix_lines() + f"""
<{_root()}.well-known/void> a void:DatasetDescription ;
    foaf:primaryTopic <{dataset}> .

<{dataset}> a void:Dataset ;
    dcterms:title "newsgraph" ;
    dcterms:description "News articles as an attributed-claims knowledge graph: one named graph per article." ;
    void:sparqlEndpoint <{_root()}sparql> ;
    void:uriSpace "{BASE}id/" ;
    void:vocabulary <{BASE}ontology>, <http://schema.org/>, <http://www.w3.org/ns/prov#>, <http://www.w3.org/2004/02/skos/core#> ;
    void:feature <{FORMATS}Turtle>, <{FORMATS}JSON-LD>, <{FORMATS}N-Triples> ;
    void:triples {_int(_count(stats, "triples"))} ;
    void:entities {_int(_count(stats, "entities"))} ;
{classes}{properties}    void:subset {", ".join(f"<{dataset.replace('#dataset', '#links-' + n.lower())}>" for n in LINK_TARGETS)} .
{linksets}"""


def rdf_response(turtle: str, media: str | None) -> Response:
    """Turtle TEXT re-serialised in MEDIA (406 when nothing acceptable was asked for)."""
    if media is None or media not in formats.RDF_FORMATS:
        abort(406, "ask for one of: " + ", ".join(formats.RDF_FORMATS))
    if media == "text/turtle":
        return Response(turtle, content_type=formats.with_charset(media))
    triples = ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    body = ox.serialize(triples, format=formats.rdf_format(media), prefixes=DESCRIPTION_PREFIXES)
    return Response(body, content_type=formats.with_charset(media))
