"""Stable IRIs: derived from names, types and sources, never from counters."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.rdf.namespaces import GRAPH, ID

# Short forms that name the same country or body; the IRI is minted from the long form.
CANONICAL_NAMES = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states of america": "United States", "america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "uae": "United Arab Emirates", "un": "United Nations",
    "u.n.": "United Nations", "eu": "European Union", "e.u.": "European Union",
}

_PLAIN_SOURCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


def canonical_name(name: str) -> str:
    """The long form of a known short name ("US" -> "United States"), else NAME trimmed."""
    name = " ".join(name.split())
    return CANONICAL_NAMES.get(name.lower(), name)


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Valéry  Gerasimov" -> "valery-gerasimov"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words) or "x" + _digest(text, 8)


def _digest(text: str, size: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(canonical_name(name))}"]


def organization_iri(name: str) -> URIRef:
    return ID[f"organization/{slug(canonical_name(name))}"]


def place_iri(name: str, geonames_id: int | None = None) -> URIRef:
    suffix = f"-{int(geonames_id)}" if geonames_id else ""
    return ID[f"place/{slug(canonical_name(name))}{suffix}"]


def role_iri(person: str, title: str, organization: str | None) -> URIRef:
    parts = [slug(canonical_name(person)), slug(title)]
    if organization:
        parts.append(slug(canonical_name(organization)))
    return ID["role/" + "/".join(parts)]


def article_key(source: str) -> str:
    """A plain file name is its own key; a URL or a path becomes a readable slug plus a hash."""
    if _PLAIN_SOURCE.match(source):
        return source
    return f"{slug(source)[:60]}-{_digest(source, 10)}"


def article_iri(source: str) -> URIRef:
    return ID[f"article/{article_key(source)}"]


def graph_iri(source: str) -> URIRef:
    """The named graph that holds the article's triples."""
    return GRAPH[f"article/{article_key(source)}"]


def local_iri(article: URIRef, kind: str, *parts: object) -> URIRef:
    """An IRI inside an article (event, statement, claim) from what identifies it there."""
    return URIRef(f"{article}/{kind}/{_digest('|'.join(str(p) for p in parts))}")


def mention_iri(article: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{article}/mention/{start}-{end}")


def graph_for(article: str) -> URIRef:
    """The graph IRI of an article named by its graph IRI, its article IRI or its source."""
    if article.startswith(str(GRAPH)):
        return URIRef(article)
    if article.startswith(str(ID["article/"])):
        return GRAPH[article[len(str(ID)):]]
    return graph_iri(article)
