"""Records become article graphs: stable IRIs, evidence everywhere, claims never facts."""

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.rdf import iris
from kg.rdf.mapping import record_to_dataset, record_to_graph
from kg.rdf.namespaces import EVENT_TYPE, FACTUALITY, GRAPH, ID, NG, SCHEMA, STANCE, VERIFICATION

PUTIN = ID["person/vladimir-putin"]
RUSSIA = ID["place/russia"]
POKROVSK = ID["place/pokrovsk"]


def test_graph_iri_derives_from_the_source(seed_record):
    graph_iri, _ = record_to_graph(seed_record)
    assert graph_iri == GRAPH["article/000_9a0db413bb4ab67c.txt"]
    assert iris.graph_iri("https://example.com/news/a?id=1") == iris.graph_iri("https://example.com/news/a?id=1")
    assert iris.graph_iri("https://example.com/a") != iris.graph_iri("https://example.com/b")
    assert iris.graph_iri("sub/dir/a.txt") != iris.graph_iri("other/dir/a.txt")


def test_entity_iris_are_stable_across_articles(seed_record):
    _, first = record_to_graph(seed_record)
    seed_record["article"]["source"] = "another-article.txt"
    seed_record["people"].reverse()
    _, second = record_to_graph(seed_record)
    people = lambda g: set(g.subjects(RDF.type, NG.Person))  # noqa: E731
    assert PUTIN in people(first) and people(first) == people(second)
    assert iris.person_iri("Valéry  Gerasimov") == iris.person_iri("valery gerasimov")
    assert iris.place_iri("Pokrovsk", 704422) != iris.place_iri("Pokrovsk", 2017824)
    assert iris.place_iri("US") == iris.place_iri("United States")


def test_nodes_are_typed_with_schema_org_and_labelled_with_plain_strings(seed_record):
    _, graph = record_to_graph(seed_record)
    assert (PUTIN, RDF.type, SCHEMA.Person) in graph
    assert (RUSSIA, RDF.type, SCHEMA.Place) in graph
    assert (ID["organization/kremlin"], RDF.type, SCHEMA.Organization) in graph
    assert (ID["article/000_9a0db413bb4ab67c.txt"], RDF.type, SCHEMA.NewsArticle) in graph
    assert set(graph.subjects(RDF.type, SCHEMA.Event)) == set(graph.subjects(RDF.type, NG.Event))
    for subject in set(graph.subjects()):
        assert isinstance(subject, URIRef)
        labels = list(graph.objects(subject, RDFS.label))
        assert len(labels) == 1 and labels[0].language is None, subject
    assert (PUTIN, SKOS.altLabel, Literal("the Russian leader")) in graph


def test_every_entity_event_and_statement_has_evidence(seed_record):
    _, graph = record_to_graph(seed_record)
    for cls in (NG.Person, NG.Organization, NG.Place, NG.Event, NG.Statement, NG.Claim):
        for node in graph.subjects(RDF.type, cls):
            mentions = list(graph.objects(node, NG.evidence))
            assert mentions, node
            text = seed_record["article"]["text"]
            for m in mentions:
                start, end = graph.value(m, NG.start).toPython(), graph.value(m, NG.end).toPython()
                assert text[start:end] == str(graph.value(m, NG.exactText))


def test_a_reported_claim_is_never_written_as_a_fact(seed_record):
    _, graph = record_to_graph(seed_record)
    capture = next(graph.subjects(NG.eventType, EVENT_TYPE.capture))
    # no triple links Russia to Pokrovsk directly
    assert not list(graph.triples((RUSSIA, None, POKROVSK)))
    # the capture is what Russia's claim is about, stated by Russia, unverified, and it is only attributed
    claims = [s for s in graph.subjects(NG.about, capture) if graph.value(s, NG.speaker) == RUSSIA]
    assert len(claims) == 1
    claim = claims[0]
    assert graph.value(claim, NG.cue) == Literal("claim")
    assert graph.value(claim, NG.verificationStatus) == VERIFICATION.unverified
    assert graph.value(capture, NG.factuality) == FACTUALITY.attributed
    # Ukraine's dismissal is about what Russia claimed
    russia_claim = graph.value(claim, NG.states)
    dismissals = [s for s in graph.subjects(NG.about, russia_claim) if graph.value(s, NG.stance) == STANCE.denies]
    assert [graph.value(s, NG.speaker) for s in dismissals] == [ID["place/ukraine"]]


def test_nested_statement_is_relayed_by_the_outer_speaker(seed_record):
    _, graph = record_to_graph(seed_record)
    gerasimov = ID["person/valery-gerasimov"]
    told = next(s for s in graph.subjects(NG.speaker, gerasimov))
    assert graph.value(told, NG.relayedBy) == ID["person/dmitry-peskov"]
    assert graph.value(told, NG.cue) == Literal("tell")


def test_roles_link_person_title_and_organisation(seed_record):
    _, graph = record_to_graph(seed_record)
    peskov = ID["person/dmitry-peskov"]
    role = graph.value(peskov, NG.holdsRole)
    assert str(graph.value(role, NG.roleTitle)) == "Kremlin spokesperson"
    assert graph.value(role, URIRef("http://www.w3.org/ns/org#organization")) == ID["organization/kremlin"]


def test_outlet_and_authors(seed_record):
    _, graph = record_to_graph(seed_record)
    article = ID["article/000_9a0db413bb4ab67c.txt"]
    assert graph.value(article, SCHEMA.publisher) == ID["organization/cnn"]
    assert (ID["organization/cnn"], RDF.type, NG.Outlet) in graph
    authors = {str(graph.value(a, RDFS.label)) for a in graph.objects(article, SCHEMA.author)}
    assert authors == {"Billy Stockwell", "Darya Tarasova", "Victoria Butenko"}


def test_places_link_to_geonames_with_a_point(seed_record):
    pokrovsk = next(p for p in seed_record["places"] if p["name"] == "Pokrovsk")
    pokrovsk.update(geonames_id=704422, lat=48.28014, lon=37.17706)
    _, graph = record_to_graph(seed_record)
    place = ID["place/pokrovsk-704422"]
    assert (place, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("https://sws.geonames.org/704422/")) in graph
    point = graph.value(place, URIRef("http://www.opengis.net/ont/geosparql#hasGeometry"))
    assert str(graph.value(point, URIRef("http://www.opengis.net/ont/geosparql#asWKT"))) == "POINT(37.17706 48.28014)"


def test_unknown_event_types_fall_back_to_other_and_keep_their_name(seed_record):
    _, graph = record_to_graph(seed_record)
    flag = next(graph.subjects(NG.eventTypeName, Literal("flag raising")), None)
    assert flag is None  # "flag raising" is listed by the ontology
    seed_record["events"][0]["type"] = "coronation"
    _, graph = record_to_graph(seed_record)
    event = next(graph.subjects(NG.eventTypeName, Literal("coronation")))
    assert graph.value(event, NG.eventType) == EVENT_TYPE.other


def test_dataset_holds_one_named_graph(seed_record):
    dataset = record_to_dataset(seed_record)
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {GRAPH["article/000_9a0db413bb4ab67c.txt"]}


def test_a_name_of_the_wrong_class_gets_a_node_of_the_right_one(seed_record):
    """An extractor that calls a role's organisation by a person's name still yields a valid graph."""
    from kg.validate import check_graph

    seed_record["people"][2]["roles"] = [{"title": "envoy", "organization": "Vladimir Putin"}]
    _, graph = record_to_graph(seed_record)
    role = next(r for r in graph.subjects(NG.roleTitle, Literal("envoy")))
    org = graph.value(role, URIRef("http://www.w3.org/ns/org#organization"))
    assert org == ID["organization/vladimir-putin"] and (org, RDF.type, NG.Organization) in graph
    assert check_graph(graph) == []


def test_a_speaker_named_only_indirectly_takes_the_statement_as_evidence(seed_record):
    """"Seoul said" with the country as speaker: the name is nowhere in the text."""
    from kg.validate import check_graph

    seed_record["assertions"][1]["speaker"] = "Republic of Atlantis"
    _, graph = record_to_graph(seed_record)
    atlantis = ID["organization/republic-of-atlantis"]
    [mention] = graph.objects(atlantis, NG.evidence)
    assert str(graph.value(mention, NG.exactText)) == seed_record["assertions"][1]["evidence"]["text"]
    assert check_graph(graph) == []


def test_people_described_but_not_named_are_a_group_of_that_article(seed_record):
    from kg.validate import check_graph

    seed_record["assertions"][1]["speaker"] = "local residents"
    _, first = record_to_graph(seed_record)
    [group] = first.subjects(RDF.type, NG.Group)
    assert str(first.value(group, RDFS.label)) == "local residents" and str(group).startswith(str(ID["article/"]))
    assert (None, NG.speaker, group) in first and check_graph(first) == []
    seed_record["article"]["source"] = "another-article.txt"
    _, second = record_to_graph(seed_record)
    assert set(second.subjects(RDF.type, NG.Group)) != {group}  # another article's residents are other people
