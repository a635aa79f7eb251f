"""Every namespace newsgraph writes, declared once."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DCTERMS

BASE = "https://w3id.org/newsgraph/"

NG = Namespace(BASE + "ontology#")
ONTOLOGY_IRI = BASE + "ontology"
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
STANCE = Namespace(BASE + "vocab/stance/")
VERIFICATION = Namespace(BASE + "vocab/verification/")
PLACE_KIND = Namespace(BASE + "vocab/place-kind/")
EVENT_TYPE = Namespace(BASE + "vocab/event-type/")
FACTUALITY = Namespace(BASE + "vocab/factuality/")

SCHEMA = Namespace("http://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OA = Namespace("http://www.w3.org/ns/oa#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
GEONAMES = Namespace("https://sws.geonames.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "ng": str(NG),
    "stance": str(STANCE),
    "verification": str(VERIFICATION),
    "placekind": str(PLACE_KIND),
    "eventtype": str(EVENT_TYPE),
    "factuality": str(FACTUALITY),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "org": str(ORG),
    "nif": str(NIF),
    "oa": str(OA),
    "geo": str(GEO),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
}


def sparql_prefixes() -> str:
    """The PREFIX lines for every namespace above, for queries and examples."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
