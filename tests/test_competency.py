"""Competency questions (examples/queries/*.rq) against the seed article's graph, with exact answers."""

import pytest

from support import QUERIES

SEED = "https://w3id.org/newsgraph/id/article/000_9a0db413bb4ab67c.txt"


def rows(store, name):
    results = store.query((QUERIES / name).read_text(encoding="utf-8"))
    names = [v.value for v in results.variables]
    return [tuple(s[n].value if s[n] is not None else None for n in names) for s in results]


def test_who_claimed_pokrovsk_was_captured(seed_store):
    assert rows(seed_store, "who-claimed-pokrovsk-captured.rq") == [
        ("Russia", "claim", "2025-12-01", SEED, "2025-12-01"),
        ("Valery Gerasimov", "tell", "2025-11-30", SEED, "2025-12-01"),
    ]


def test_claims_the_outlet_could_not_verify(seed_store):
    assert rows(seed_store, "unverified-claims.rq") == [
        ("Russia", "claim", "Russian forces captured Pokrovsk.", "CNN", SEED),
    ]


def test_who_disputed_russias_claim_and_with_what_words(seed_store):
    assert rows(seed_store, "who-disputed-russias-claim.rq") == [
        ("Andriy Kovalenko", "say", "disputes",
         "He said this was done “exclusively for the Western audience and to raise diplomatic stakes” "
         "amid fresh negotiations on how to end the war in Ukraine."),
        ("Armed Forces of Ukraine", "say", "disputes",
         "Earlier Monday, the Ukrainian Armed Forces said that “despite the difficult situation” in Pokrovsk "
         "and its surrounding areas, Ukrainian troops “continue to hold back the enemy’s offensive.”"),
        ("Ukraine", "dismiss", "denies",
         "Ukraine dismissed what it said were “loud statements” by Moscow aimed at influencing negotiations "
         "on ending the war"),
    ]


def test_everything_dmitry_peskov_said_with_offsets(seed_store, seed_record_data):
    result = rows(seed_store, "peskov-statements.rq")
    assert [(cue, int(start), int(end)) for cue, _, start, end, _ in result] == [
        ("say", 1546, 1760),
        ("according to", 2393, 2535),
    ]
    text = seed_record_data["article"]["text"]
    for _, sentence, start, end, article in result:
        assert text[int(start):int(end)] == sentence and article == SEED


def test_what_happened_on_2025_11_30_and_where(seed_store):
    [(event, kind, agent, where)] = rows(seed_store, "what-happened-on-2025-11-30.rq")
    assert (kind, agent, where) == ("visit", "Vladimir Putin", "military command post")
    assert event.startswith(SEED + "/event/")


def test_people_with_roles_and_organisations(seed_store):
    assert rows(seed_store, "people-roles.rq") == [
        ("Andriy Kovalenko", "head of the Ukrainian Center for Countering Disinformation",
         "Ukrainian Center for Countering Disinformation"),
        ("Dmitry Peskov", "Kremlin spokesperson", "Kremlin"),
        ("Donald Trump", "President", "United States"),
        ("Steve Witkoff", "special envoy", "United States"),
        ("Valery Gerasimov", "Chief of the General Staff", "Russia"),
        ("Vladimir Putin", "President", "Russia"),
    ]


def test_articles_mentioning_both_putin_and_witkoff(seed_store):
    assert rows(seed_store, "articles-mentioning-putin-and-witkoff.rq") == [(SEED, "000_9a0db413bb4ab67c.txt")]


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_every_example_query_parses_and_answers(seed_store, path):
    assert rows(seed_store, path.name), f"{path.name} found nothing in the seed graph"


def test_answers_do_not_repeat_when_several_articles_share_entities(tmp_path, seed_record_data):
    """The union default graph holds shared entities once per article: the queries must not repeat rows."""
    import copy

    from kg.ingest import store_record
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "two")
    for source in ("first.txt", "second.txt"):
        record = copy.deepcopy(seed_record_data)
        record["article"]["source"] = source
        store_record(record, store)
    assert len(rows(store, "people-roles.rq")) == 6
    assert len(rows(store, "what-happened-on-2025-11-30.rq")) == 2  # one visit per article
    assert len(rows(store, "who-disputed-russias-claim.rq")) == 3  # the same words in both copies
