"""Events from verbs and nouns, with agent, target and date, linked to the claims reporting them."""

from __future__ import annotations


def test_verb_event_with_agent_target_and_date(record_of):
    record = record_of("Rebel forces captured the town of Goma on Sunday.")
    event = record["events"][0]
    assert (event["type"], event["target"], event["date"]) == ("capture", "Goma", "2025-11-30")


def test_noun_events(record_of):
    record = record_of("A powerful earthquake struck the coast. Talks between Israel and Egypt resumed in Cairo.")
    types = {e["type"]: e for e in record["events"]}
    assert "earthquake" in types and "talks" in types
    assert types["talks"]["agent"] == "Israel"


def test_claimed_event_is_about_of_the_claim(record_of):
    record = record_of("The army claimed that its troops had seized the airport.")
    event = record["events"][0]
    assert event["type"] == "capture"
    assert record["assertions"][0]["about"] == [event["id"]]


def test_repeated_mentions_are_one_event(record_of):
    record = record_of("Voters went to the polls in the election on Sunday. The election was peaceful.")
    assert [e["type"] for e in record["events"]] == ["election"]
