"""Checking extraction records before they are mapped."""

import pytest

from kg.errors import RecordError
from kg.record import check_record


def test_seed_record_is_valid(seed_record):
    check_record(seed_record)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda r: r["article"].pop("text"), "article.text is required"),
        (lambda r: r["people"][0]["mentions"][0].update(text="Putn"), "does not equal the article text"),
        (lambda r: r["people"][0]["mentions"][0].update(end=10**6), "outside the article text"),
        (lambda r: r["events"][0]["evidence"].update(start=-1), "outside the article text"),
        (lambda r: r["assertions"][0].update(stance="believes"), "stance must be one of"),
        (lambda r: r["assertions"][0].update(date="Monday"), "must be an ISO date"),
        (lambda r: r["article"].update(date="2025-13-01"), "article.date must be an ISO date"),
        (lambda r: r["places"][0].update(kind="planet"), "kind must be one of"),
        (lambda r: r["assertions"][0].update(speaker=""), "needs a speaker"),
        (lambda r: r["assertions"][0].update(verified_by_outlet="no"), "verified_by_outlet must be"),
    ],
)
def test_bad_records_are_rejected_with_the_problem_named(seed_record, change, message):
    change(seed_record)
    with pytest.raises(RecordError, match=message):
        check_record(seed_record, where="seed")


def test_error_names_where_the_record_came_from(seed_record):
    seed_record["assertions"][2]["evidence"]["text"] = "something else"
    with pytest.raises(RecordError, match=r"^seed: assertions\[2\]\.evidence"):
        check_record(seed_record, where="seed")


def test_a_record_that_is_not_an_object_is_rejected_with_a_message():
    from kg.rdf.mapping import record_to_graph

    with pytest.raises(RecordError, match="an extraction record is a JSON object"):
        record_to_graph(["not", "a", "record"])
