"""The validation gate: the seed conforms; each shape rejects its broken fixture and stores nothing."""

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.errors import ValidationError
from kg.ingest import store_graph
from kg.rdf.mapping import record_to_graph
from kg.rdf.namespaces import GEO, ID, NG, ORG, SCHEMA, STANCE
from kg.store import OxigraphStore
from kg.validate import check_graph

ARTICLE = ID["article/000_9a0db413bb4ab67c.txt"]
PUTIN = ID["person/vladimir-putin"]


def first(graph, cls):
    return sorted(graph.subjects(RDF.type, cls))[0]


def drop(graph, subject, predicate):
    graph.remove((subject, predicate, None))


def add_point(graph):
    point = URIRef(f"{ID['place/pokrovsk']}/geometry")
    graph.add((point, RDF.type, GEO.Geometry))
    graph.add((point, RDFS.label, Literal("location of Pokrovsk")))
    graph.add((ID["place/pokrovsk"], GEO.hasGeometry, point))


BROKEN = {
    "every typed node": (
        lambda g: g.add((PUTIN, RDFS.label, Literal("Putin", lang="en"))),
        "exactly one rdfs:label",
    ),
    "the article graph as a whole (untyped node)": (
        lambda g: g.add((BNode(), NG.cue, Literal("say"))),
        "has no rdf:type or is a blank node",
    ),
    "the article graph as a whole (mention text)": (
        lambda g: g.set((first(g, NG.Mention), NG.exactText, Literal("not what the article says"))),
        "its exact text is not the article text at its offsets",
    ),
    "news article": (lambda g: drop(g, ARTICLE, SCHEMA.articleBody), "exactly one schema:articleBody"),
    "news article (date)": (
        lambda g: g.set((ARTICLE, SCHEMA.datePublished, Literal("Monday"))),
        "schema:datePublished must be a single valid xsd:date",
    ),
    "news outlet": (
        lambda g: g.remove((ID["organization/cnn"], RDF.type, SCHEMA.NewsMediaOrganization)),
        "typed schema:NewsMediaOrganization",
    ),
    "person": (lambda g: drop(g, PUTIN, NG.evidence), "A person needs at least one mention"),
    "organisation": (
        lambda g: g.remove((ID["organization/kremlin"], RDF.type, SCHEMA.Organization)),
        "typed schema:Organization",
    ),
    "place": (lambda g: drop(g, ID["place/russia"], NG.placeKind), "exactly one ng:placeKind"),
    "place (sameAs)": (
        lambda g: g.add((ID["place/russia"], OWL.sameAs, Literal("2017370"))),
        "owl:sameAs links (GeoNames, Wikidata) must be IRIs",
    ),
    "point": (add_point, "exactly one geo:asWKT"),
    "role": (lambda g: drop(g, first(g, NG.Role), NG.roleTitle), "exactly one ng:roleTitle"),
    "role (organisation)": (
        lambda g: g.set((first(g, NG.Role), ORG.organization, first(g, NG.Event))),
        "org:organization must be one organisation or country",
    ),
    "event": (lambda g: drop(g, first(g, NG.Event), NG.eventType), "exactly one ng:eventType"),
    "event (agent)": (
        lambda g: g.add((first(g, NG.Event), NG.agent, first(g, NG.Mention))),
        "ng:agent must be a person, an organisation or a country",
    ),
    "event (date)": (
        lambda g: g.add((first(g, NG.Event), NG.date, Literal("2025-02-30", datatype=XSD.date))),
        "valid xsd:date",
    ),
    "statement (speaker)": (lambda g: drop(g, first(g, NG.Statement), NG.speaker), "at least one ng:speaker"),
    "statement (article)": (lambda g: drop(g, first(g, NG.Statement), NG.reportedIn), "ng:reportedIn a news article"),
    "statement (stance)": (
        lambda g: g.set((first(g, NG.Statement), NG.stance, STANCE.believes)),
        "asserts, denies, disputes or cautions",
    ),
    "statement (verification)": (
        lambda g: drop(g, first(g, NG.Statement), NG.verificationStatus),
        "exactly one ng:verificationStatus",
    ),
    "claim": (
        lambda g: g.remove((None, NG.states, first(g, NG.Claim))),
        "stated by at least one statement",
    ),
    "mention (offsets)": (
        lambda g: g.set((first(g, NG.Mention), NG.start, Literal(5000, datatype=XSD.integer))),
        "smaller than its ng:end",
    ),
    "mention (negative)": (
        lambda g: g.set((first(g, NG.Mention), NG.start, Literal(-1, datatype=XSD.integer))),
        "non-negative integer",
    ),
}


def test_seed_graph_conforms(seed_record):
    _, graph = record_to_graph(seed_record)
    assert check_graph(graph) == []


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_shape_rejects_its_broken_fixture_and_the_store_stays_unchanged(seed_record, seed_store, case):
    change, message = BROKEN[case]
    graph_iri, graph = record_to_graph(seed_record)
    change(graph)
    before = sorted(map(str, seed_store.store))
    with pytest.raises(ValidationError) as raised:
        store_graph("seed", graph_iri, graph, seed_store)
    assert message in raised.value.report
    assert sorted(map(str, seed_store.store)) == before


def test_report_names_node_shape_and_message(seed_record):
    graph_iri, graph = record_to_graph(seed_record)
    drop(graph, PUTIN, NG.evidence)
    [violation] = check_graph(graph)
    assert violation.focus == str(PUTIN)
    assert violation.shape == "person"
    assert violation.path == "ng:evidence"
    assert str(PUTIN) in str(violation) and "person" in str(violation)


def test_rejected_article_leaves_an_empty_store_empty(tmp_path, seed_record):
    store = OxigraphStore(tmp_path / "store")
    graph_iri, graph = record_to_graph(seed_record)
    drop(graph, first(graph, NG.Statement), NG.speaker)
    with pytest.raises(ValidationError):
        store_graph("seed", graph_iri, graph, store)
    assert store.graphs() == [] and len(store.store) == 0


def test_shapes_allow_exactly_the_event_types_of_the_ontology():
    from rdflib import Graph
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from kg.rdf.mapping import known_event_types
    from kg.validate import shapes_graph

    shapes: Graph = shapes_graph()
    prop = next(p for p in shapes.subjects(SH.path, NG.eventType))
    allowed = {str(c).rsplit("/", 1)[1] for c in Collection(shapes, shapes.value(prop, SH["in"]))}
    assert allowed == set(known_event_types())
