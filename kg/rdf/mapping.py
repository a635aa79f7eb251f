"""An extraction record becomes one article graph under the newsgraph ontology."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.errors import RecordError
from kg.rdf import iris
from kg.rdf.namespaces import (
    EVENT_TYPE, FACTUALITY, GEO, GEONAMES, NG, PLACE_KIND, PREFIXES, SCHEMA, STANCE,
    VERIFICATION, WIKIDATA, ORG,
)
from kg.record import check_record
from kg.resources import ontology_path

ENTITY_TYPES = {
    "people": (NG.Person, SCHEMA.Person),
    "organizations": (NG.Organization, SCHEMA.Organization),
    "places": (NG.Place, SCHEMA.Place),
}
AGENTS = (NG.Person, NG.Organization, NG.Place)
SPEAKERS = (*AGENTS, NG.Group)
_TITLE_WORDS = re.compile(r"^(the|president|prime minister|general|gen\.|minister|mr\.?|mrs\.?|ms\.?|dr\.?)\s+", re.I)


@lru_cache(maxsize=1)
def concepts() -> dict[URIRef, tuple[str, URIRef]]:
    """Every SKOS concept of the ontology, with its label and scheme."""
    ontology = Graph().parse(ontology_path(), format="turtle")
    return {c: (str(ontology.value(c, RDFS.label)), s) for c, s in ontology.subject_objects(SKOS.inScheme)}


def known_event_types() -> frozenset[str]:
    """The local names of the event-type concepts the ontology lists."""
    return frozenset(str(c)[len(str(EVENT_TYPE)):] for c in concepts() if c.startswith(str(EVENT_TYPE)))


def record_to_graph(record: dict[str, Any]) -> tuple[URIRef, Graph]:
    """Check RECORD and map it; returns the article's graph IRI and its triples."""
    article = record.get("article") if isinstance(record, dict) else None
    check_record(record, where=str(article.get("source", "record")) if isinstance(article, dict) else "record")
    builder = _ArticleGraph(record)
    builder.build()
    return builder.graph_iri, builder.graph


def record_to_dataset(record: dict[str, Any]) -> Dataset:
    """The article graph as the one named graph of a Dataset (for TriG and N-Quads output)."""
    graph_iri, graph = record_to_graph(record)
    dataset = _bound(Dataset())
    named = dataset.graph(graph_iri)
    for triple in graph:
        named.add(triple)
    return dataset


def _bound(graph: Graph) -> Graph:
    """GRAPH with newsgraph's prefixes bound, for readable serialisations."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def _key(name: str) -> str:
    """How names are compared: canonical, case-folded, without leading titles or a possessive."""
    name = iris.canonical_name(name).casefold()
    name = re.sub(r"[’']s$", "", name)
    while _TITLE_WORDS.match(name):
        name = _TITLE_WORDS.sub("", name, count=1)
    return iris.canonical_name(name).casefold()


@dataclass
class _ArticleGraph:
    record: dict[str, Any]
    graph: Graph = field(default_factory=lambda: _bound(Graph()))
    names: dict[str, URIRef] = field(default_factory=dict)
    ids: dict[str, URIRef] = field(default_factory=dict)

    def __post_init__(self) -> None:
        article = self.record["article"]
        self.text: str = article["text"]
        self.source: str = article.get("url") or article["source"]
        self.article = iris.article_iri(self.source)
        self.graph_iri = iris.graph_iri(self.source)
        self.date = article.get("date")

    def add(self, s, p, o) -> None:
        self.graph.add((s, p, o))

    def node(self, iri: URIRef, label: str, *types: URIRef) -> URIRef:
        """Type and label a node (labels are plain strings: clients match them exactly)."""
        for rdf_type in types:
            self.add(iri, RDF.type, rdf_type)
        if (iri, RDFS.label, None) not in self.graph:
            self.add(iri, RDFS.label, Literal(label))
        return iri

    def concept(self, subject: URIRef, predicate: URIRef, value: URIRef) -> None:
        """Link to a controlled value, typed and labelled here so that every node a client sees has both."""
        label, scheme = concepts()[value]
        self.add(subject, predicate, value)
        self.node(value, label, SKOS.Concept)
        self.add(value, SKOS.inScheme, scheme)

    def mention(self, span: dict[str, Any]) -> URIRef:
        start, end, exact = span["start"], span["end"], span["text"]
        iri = iris.mention_iri(self.article, start, end)
        self.node(iri, _short(exact, 80), NG.Mention)
        self.add(iri, NG.start, Literal(start, datatype=XSD.integer))
        self.add(iri, NG.end, Literal(end, datatype=XSD.integer))
        self.add(iri, NG.exactText, Literal(exact))
        self.add(iri, NG.inArticle, self.article)
        return iri

    def evidence(self, node: URIRef, span: dict[str, Any]) -> None:
        self.add(node, NG.evidence, self.mention(span))

    def first_mention(self, name: str) -> dict[str, Any] | None:
        """The first place NAME occurs in the article text, as a span."""
        start = self.text.find(name)
        return None if start < 0 else {"start": start, "end": start + len(name), "text": name}

    def build(self) -> None:
        self.build_article()
        for key in ("people", "organizations", "places"):
            for entity in self.record.get(key) or []:
                self.build_entity(key, entity)
        self.build_outlet_and_authors()
        for person in self.record.get("people") or []:
            self.build_roles(person)
        for event in self.record.get("events") or []:
            self.build_event(event)
        for assertion in self.record.get("assertions") or []:
            self.claim_iri(assertion)
        for assertion in self.record.get("assertions") or []:
            self.build_statement(assertion)
        self.build_factuality()

    def build_article(self) -> None:
        article = self.record["article"]
        self.node(self.article, article.get("title") or self.source, NG.NewsArticle, SCHEMA.NewsArticle)
        self.add(self.article, NG.source, Literal(self.source))
        self.add(self.article, SCHEMA.articleBody, Literal(self.text))
        if article.get("title"):
            self.add(self.article, SCHEMA.headline, Literal(article["title"]))
        if article.get("url"):
            self.add(self.article, SCHEMA.url, Literal(article["url"], datatype=XSD.anyURI))
        if self.date:
            self.add(self.article, SCHEMA.datePublished, Literal(self.date, datatype=XSD.date))

    def build_entity(self, key: str, entity: dict[str, Any]) -> URIRef:
        name = entity["name"].strip()
        if key == "people":
            iri = iris.person_iri(name)
        elif key == "organizations":
            iri = iris.organization_iri(name)
        else:
            iri = iris.place_iri(name, entity.get("geonames_id"))
        self.node(iri, iris.canonical_name(name), *ENTITY_TYPES[key])
        for alias in sorted({a.strip() for a in entity.get("aliases") or []} - {name, ""}):
            self.add(iri, SKOS.altLabel, Literal(alias))
        mentions = entity.get("mentions") or []
        if not mentions and (found := self.first_mention(name)):
            mentions = [found]
        for mention in mentions:
            self.evidence(iri, mention)
        for surface in [name, *(entity.get("aliases") or [])]:
            self.names.setdefault(_key(surface), iri)
        if entity.get("id"):
            self.ids[str(entity["id"])] = iri
        if key == "places":
            self.build_place_details(iri, name, entity)
        if entity.get("wikidata"):
            self.add(iri, OWL.sameAs, WIKIDATA[str(entity["wikidata"])])
        return iri

    def build_place_details(self, iri: URIRef, name: str, place: dict[str, Any]) -> None:
        self.concept(iri, NG.placeKind, PLACE_KIND[place.get("kind") or "other"])
        if place.get("geonames_id"):
            self.add(iri, OWL.sameAs, GEONAMES[f"{int(place['geonames_id'])}/"])
        if place.get("lat") is not None and place.get("lon") is not None:
            point = URIRef(f"{iri}/geometry")
            self.node(point, f"location of {name}", GEO.Geometry)
            self.add(iri, GEO.hasGeometry, point)
            wkt = f"POINT({float(place['lon'])} {float(place['lat'])})"
            self.add(point, GEO.asWKT, Literal(wkt, datatype=GEO.wktLiteral))

    def build_outlet_and_authors(self) -> None:
        article = self.record["article"]
        if article.get("outlet"):
            outlet = self.resolve(article["outlet"], default="organizations", allowed=(NG.Organization,))
            self.node(outlet, iris.canonical_name(article["outlet"]), NG.Outlet, NG.Organization,
                      SCHEMA.Organization, SCHEMA.NewsMediaOrganization)
            self.add(self.article, SCHEMA.publisher, outlet)
        for author in article.get("authors") or []:
            person = self.resolve(author, default="people", allowed=(NG.Person,))
            self.add(self.article, SCHEMA.author, person)

    def resolve(self, name: str, default: str, context: dict | None = None, allowed: tuple = AGENTS) -> URIRef:
        """The node NAME refers to, if it is of an ALLOWED class; else a new node of DEFAULT's type.

        A new node's evidence is where its name occurs in the text, else CONTEXT, the span that
        names it indirectly ("Seoul said" for South Korea).
        """
        found = self.names.get(_key(name))
        if found is not None and any((found, RDF.type, cls) in self.graph for cls in allowed):
            return found
        entity: dict[str, Any] = {"name": name}
        if self.first_mention(name) is None and context is not None:
            entity["mentions"] = [context]
        return self.build_entity(default, entity)

    def speaker(self, name: str, context: dict) -> URIRef:
        """Who speaks: a named entity, else a group of people the article describes by a common noun
        ("witnesses", "local residents"), else a body named only here."""
        if _key(name) in self.names or not name.split()[-1].islower():
            return self.resolve(name, default="organizations", context=context, allowed=SPEAKERS)
        group = iris.local_iri(self.article, "group", _key(name))
        self.node(group, name, NG.Group)
        self.evidence(group, self.first_mention(name) or context)
        self.names[_key(name)] = group
        return group

    def build_roles(self, person: dict[str, Any]) -> None:
        holder = iris.person_iri(person["name"].strip())
        context = (person.get("mentions") or [None])[0]
        roles = list(person.get("roles") or [])
        if person.get("role"):  # the gold-file shape
            roles.append({"title": person["role"], "organization": person.get("affiliation")})
        for role in roles:
            title = str(role.get("title") or "").strip()
            if not title:
                continue
            org_name = role.get("organization")
            iri = iris.role_iri(person["name"], title, org_name)
            label = f"{person['name']}: {title}" + (f", {org_name}" if org_name else "")
            self.node(iri, label, NG.Role, ORG.Membership)
            self.add(iri, NG.roleTitle, Literal(title))
            self.add(iri, ORG.member, holder)
            self.add(holder, NG.holdsRole, iri)
            if org_name:
                self.add(iri, ORG.organization, self.resolve(
                    org_name, default="organizations", context=context, allowed=(NG.Organization, NG.Place)))

    def build_event(self, event: dict[str, Any]) -> None:
        span = event["evidence"]
        type_name = str(event["type"]).strip().lower()
        iri = iris.local_iri(self.article, "event", type_name, span["start"], span["end"])
        self.node(iri, _event_label(event, type_name), NG.Event, SCHEMA.Event)
        type_slug = iris.slug(type_name)
        if type_slug in known_event_types():
            self.concept(iri, NG.eventType, EVENT_TYPE[type_slug])
        else:
            self.concept(iri, NG.eventType, EVENT_TYPE.other)
            self.add(iri, NG.eventTypeName, Literal(type_name))
        if event.get("agent"):
            self.add(iri, NG.agent, self.resolve(event["agent"], default="organizations", context=span))
        self.build_event_target(iri, event)
        if event.get("place"):
            self.add(iri, NG.place, self.resolve(event["place"], default="places", context=span, allowed=(NG.Place,)))
        if event.get("date"):
            self.add(iri, NG.date, Literal(event["date"], datatype=XSD.date))
        self.evidence(iri, span)
        if event.get("id"):
            self.ids[str(event["id"])] = iri

    def build_event_target(self, iri: URIRef, event: dict[str, Any]) -> None:
        target = event.get("target") or event.get("target_or_place")
        if not target:
            return
        node = self.names.get(_key(target))
        if node is None:
            self.add(iri, NG.targetText, Literal(target))
        else:
            self.add(iri, NG.target, node)

    def statement_key(self, assertion: dict[str, Any]) -> tuple:
        span = assertion["evidence"]
        return (_key(assertion["speaker"]), assertion.get("verb"), span["start"], span["end"])

    def claim_iri(self, assertion: dict[str, Any]) -> URIRef:
        iri = iris.local_iri(self.article, "claim", *self.statement_key(assertion))
        if assertion.get("id"):
            self.ids[str(assertion["id"])] = iri
        return iri

    def build_statement(self, assertion: dict[str, Any]) -> None:
        key = self.statement_key(assertion)
        statement = iris.local_iri(self.article, "statement", *key)
        claim = self.claim_iri(assertion)
        speaker = self.speaker(assertion["speaker"], assertion["evidence"])
        verb = str(assertion.get("verb") or "say")
        content = str(assertion.get("content") or assertion["evidence"]["text"])
        self.node(statement, f"{assertion['speaker']} {_past(verb)}: {_short(content)}", NG.Statement)
        self.node(claim, _short(content), NG.Claim, SCHEMA.Claim)
        self.add(claim, SCHEMA.text, Literal(content))
        self.add(claim, SCHEMA.appearance, self.article)
        self.add(statement, NG.states, claim)
        self.add(statement, NG.speaker, speaker)
        self.add(statement, NG.cue, Literal(verb))
        self.concept(statement, NG.stance, STANCE[assertion.get("stance") or "asserts"])
        self.concept(statement, NG.verificationStatus, VERIFICATION[_verification(assertion.get("verified_by_outlet"))])
        self.add(statement, NG.reportedIn, self.article)
        if assertion.get("date"):
            self.add(statement, NG.date, Literal(assertion["date"], datatype=XSD.date))
        if assertion.get("reported_by"):
            self.add(statement, NG.relayedBy, self.speaker(assertion["reported_by"], assertion["evidence"]))
        for ref in assertion.get("about") or []:
            if str(ref) not in self.ids:
                raise RecordError(f"{self.source}: assertion {assertion.get('id')!r} is about {ref!r}, "
                                  "which is no event or assertion of the record")
            self.add(statement, NG.about, self.ids[str(ref)])
        self.evidence(statement, assertion["evidence"])
        self.evidence(claim, assertion["evidence"])

    def build_factuality(self) -> None:
        """An event is 'reported' unless only speakers other than the outlet state it."""
        outlet = self.names.get(_key(self.record["article"].get("outlet") or ""))
        for event in set(self.graph.subjects(RDF.type, NG.Event)):
            speakers = {self.graph.value(s, NG.speaker) for s in self.graph.subjects(NG.about, event)}
            attributed = speakers and outlet not in speakers
            self.concept(event, NG.factuality, FACTUALITY.attributed if attributed else FACTUALITY.reported)


def _verification(value: bool | None) -> str:
    return {True: "verified", False: "unverified"}.get(value, "not-stated")


def _short(text: str, size: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _past(verb: str) -> str:
    irregular = {"say": "said", "tell": "told", "according to": "according to"}
    if verb in irregular:
        return irregular[verb]
    return verb + "d" if verb.endswith("e") else verb + "ed"


def _event_label(event: dict[str, Any], type_name: str) -> str:
    parts = [type_name]
    if event.get("agent"):
        parts.append(f"by {event['agent']}")
    target = event.get("target") or event.get("target_or_place")
    if target:
        parts.append(f"of {target}")
    if event.get("date"):
        parts.append(f"on {event['date']}")
    return " ".join(parts)
