"""Media types the server speaks, and content negotiation by `Accept` with q-values."""

from __future__ import annotations

from typing import Sequence

import pyoxigraph as ox

HTML = "text/html"

# Result kinds a SPARQL query can produce.
SOLUTIONS = "solutions"
BOOLEAN = "boolean"
GRAPH = "graph"
DATASET = "dataset"

# (media type offered, canonical media type sent back), server preference first.
RESULT_TYPES: list[tuple[str, str]] = [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("application/xml", "application/sparql-results+xml"),
    ("text/xml", "application/sparql-results+xml"),
]
GRAPH_TYPES: list[tuple[str, str]] = [
    ("text/turtle", "text/turtle"),
    ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"),
    ("application/rdf+xml", "application/rdf+xml"),
    ("application/n-quads", "application/n-quads"),
    ("application/trig", "application/trig"),
    ("application/x-turtle", "text/turtle"),
    ("application/json", "application/ld+json"),
    ("application/xml", "application/rdf+xml"),
    ("text/plain", "application/n-triples"),
]
DATASET_TYPES: list[tuple[str, str]] = [
    ("application/trig", "application/trig"),
    ("application/n-quads", "application/n-quads"),
    ("application/ld+json", "application/ld+json"),
]
OFFERS: dict[str, list[tuple[str, str]]] = {
    SOLUTIONS: RESULT_TYPES,
    BOOLEAN: RESULT_TYPES,
    GRAPH: GRAPH_TYPES,
    DATASET: DATASET_TYPES,
}

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
SUFFIXES: dict[str, str] = {
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
}
# The formats linked-data pages offer each other through `Link: rel=alternate`.
ALTERNATES: list[tuple[str, str]] = [(mime, suffix) for suffix, mime in SUFFIXES.items()]


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """The media ranges of an Accept header as (range, q, position)."""
    ranges = []
    for position, part in enumerate((header or "").split(",")):
        pieces = part.split(";")
        media = pieces[0].strip().lower()
        if not media:
            continue
        quality = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, position))
    return ranges


def _match(media: str, ranges: list[tuple[str, float, int]]) -> tuple[float, int, int] | None:
    """How the client rates MEDIA: (q, specificity, -position) of the most specific matching range."""
    kind = media.split("/")[0]
    best = None
    for media_range, quality, position in ranges:
        if media_range == media:
            score = (quality, 2, -position)
        elif media_range == f"{kind}/*":
            score = (quality, 1, -position)
        elif media_range == "*/*":
            score = (quality, 0, -position)
        else:
            continue
        if best is None or score[1] > best[1]:
            best = score
    return best


def negotiate(header: str | None, offers: Sequence[tuple[str, str]], html: bool = False) -> str | None:
    """The media type to answer with, or None when nothing offered is acceptable.

    No Accept header means the first offer. HTML is offered only when the client names it.
    """
    if not header or not header.strip():
        return offers[0][1]
    ranges = parse_accept(header)
    best, best_score = None, None
    candidates = list(offers)
    if html:
        candidates.append((HTML, HTML))
    for offered, canonical in candidates:
        score = _match(offered, ranges)
        if score is None or score[0] <= 0 or (offered == HTML and score[1] < 2):
            continue
        if best_score is None or score > best_score:
            best, best_score = canonical, score
    return best


def rdf_format(media: str) -> ox.RdfFormat:
    """The pyoxigraph serializer for an RDF media type."""
    return RDF_FORMATS[media]


def with_charset(media: str) -> str:
    """MEDIA with `; charset=utf-8` (every type served here is text)."""
    return f"{media}; charset=utf-8"
