"""Read-only by default, updates behind a token, SERVICE/LOAD allow-list, and a timeout that stops the work."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from serving import UPDATE_TOKEN

RUNAWAY = """SELECT (COUNT(*) AS ?n) WHERE {
  ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l
}"""


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / 100


def test_updates_are_refused_on_a_read_only_server(server):
    form = server.form([("update", "CLEAR ALL")], headers={"Authorization": "Bearer anything"})
    assert form.status == 403 and "read-only" in form.text
    direct = server.request("POST", "/sparql", "CLEAR ALL", {"Content-Type": "application/sparql-update"})
    assert direct.status == 403 and direct.header("Access-Control-Allow-Origin") == "*"
    assert server.request("POST", "/update", "CLEAR ALL", {"Content-Type": "application/sparql-update"}).status == 403
    assert server.query("ASK { ?s ?p ?o }").json()["boolean"] is True


def test_updates_need_the_bearer_token(writable_server):
    insert = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> "v" } }'
    headers = {"Content-Type": "application/sparql-update"}
    assert writable_server.request("POST", "/sparql", insert, headers).status == 403
    wrong = writable_server.request("POST", "/sparql", insert, {**headers, "Authorization": "Bearer wrong"})
    assert wrong.status == 403
    ok = writable_server.request("POST", "/sparql", insert, {**headers, "Authorization": f"Bearer {UPDATE_TOKEN}"})
    assert ok.status == 204, ok.text
    assert writable_server.query("ASK { <http://example.org/s> ?p 'v' }").json()["boolean"] is True
    bad = writable_server.form([("update", "INSERT DATA { oops }")], headers={"Authorization": f"Bearer {UPDATE_TOKEN}"})
    assert bad.status == 400


def test_service_and_load_to_outside_addresses_are_refused(server, writable_server):
    refused = [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "PREFIX ex: <http://example.org/> SELECT * WHERE { SERVICE SILENT ex:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { VALUES ?e { <http://example.org/sparql> } SERVICE ?e { ?s ?p ?o } }",
        f"SELECT * WHERE {{ SERVICE <{writable_server.url}/sparql> {{ ?s ?p ?o }} }}",
    ]
    for sparql in refused:
        reply = server.query(sparql)
        assert reply.status == 403, sparql
        assert "allow-list" in reply.text
    load = writable_server.form([("update", "LOAD <http://example.org/data.ttl>")],
                                headers={"Authorization": f"Bearer {UPDATE_TOKEN}"})
    assert load.status == 403
    # words that only look like the keywords are not refused
    assert server.query('SELECT ?service WHERE { BIND("SERVICE <http://x>" AS ?service) }').status == 200


def test_allow_listed_service_is_reached(server, writable_server):
    sparql = f"SELECT ?n WHERE {{ SERVICE <{server.url}/sparql> {{ SELECT (COUNT(*) AS ?n) WHERE {{ ?s a ?t }} }} }}"
    reply = writable_server.query(sparql)
    assert reply.status == 200, reply.text
    assert int(reply.json()["results"]["bindings"][0]["n"]["value"]) > 0


def test_runaway_query_is_stopped_and_others_are_still_served(server):
    before = set(server.descendants())
    answers: dict = {}

    def runaway():
        started = time.monotonic()
        answers["reply"] = server.query(RUNAWAY)
        answers["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    busy = [pid for pid in server.descendants() if cpu_seconds([pid]) > 0.1]
    quick = [server.query("ASK { ?s a ?t }") for _ in range(5)]
    assert all(r.status == 200 for r in quick), "other queries must keep being served"
    thread.join(30)
    reply = answers["reply"]
    assert reply.status == 503 and "stopped" in reply.text
    assert answers["seconds"] < 5
    assert reply.header("Access-Control-Allow-Origin") == "*"
    # the process that ran it is gone, and nothing below the server keeps burning CPU
    gone = before - set(server.descendants())
    assert gone, "the query process must have been killed"
    survivors = server.descendants()
    first = cpu_seconds(survivors)
    time.sleep(1.0)
    assert cpu_seconds(survivors) - first < 0.3
    assert busy  # the runaway did burn CPU while it ran
    assert server.query("ASK { ?s a ?t }").status == 200


def _published(store_template: Path, tmp_path: Path):
    """A writable copy of the test store and the writer that published a snapshot of it."""
    import pyoxigraph as ox

    from server.snapshots import SnapshotWriter

    store = ox.Store(str(tmp_path / "store"))
    store.bulk_extend(ox.Store.read_only(str(store_template)).quads_for_pattern(None, None, None, None))
    writer = SnapshotWriter(tmp_path / "run", keep_seconds=60)
    writer.publish(store)
    return store, writer


def test_a_long_query_gives_up_its_slot_so_short_ones_go_on(store_template, tmp_path):
    """With one running slot, a quick query still runs while a long one holds on past SLOW_AFTER."""
    from server.queries import SLOW_AFTER, QueryRunner, QueryTimeout
    from server.snapshots import SnapshotReader

    _published(store_template, tmp_path)
    runner = QueryRunner(SnapshotReader(tmp_path / "run"), timeout=3.0, size=2, running=1)
    outcome: dict = {}

    def long_query():
        try:
            runner.query(RUNAWAY, accept="application/sparql-results+json")
        except QueryTimeout as exc:
            outcome["timeout"] = exc

    thread = threading.Thread(target=long_query)
    thread.start()
    time.sleep(SLOW_AFTER + 0.5)
    reply, body = runner.query("ASK { ?s ?p ?o }", accept="application/sparql-results+json")
    assert thread.is_alive(), "the quick query must not have waited for the long one to end"
    assert reply["status"] == 200 and b"true" in body
    thread.join(10)
    assert "timeout" in outcome


def test_point_lookups_need_no_query_process_and_see_the_latest_snapshot(store_template, tmp_path):
    """A point lookup is answered even while every query process is taken, on the snapshot just published."""
    import pyoxigraph as ox

    from server.queries import QueryRunner
    from server.snapshots import SnapshotReader

    store, writer = _published(store_template, tmp_path)
    runner = QueryRunner(SnapshotReader(tmp_path / "run"), timeout=3.0, size=1)
    taken = runner.idle.get(timeout=30)  # the only query process is busy elsewhere
    subject = ox.NamedNode("http://example.org/new-entity")
    lookup = f"SELECT ?label WHERE {{ <{subject.value}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"
    answers: list = []
    thread = threading.Thread(target=lambda: answers.append(runner.query(lookup, accept="text/csv")), daemon=True)
    thread.start()
    thread.join(20)
    assert not thread.is_alive() and answers[0][1].decode().split() == ["label"]
    store.add(ox.Quad(subject, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Fresh"),
                      ox.NamedNode("http://example.org/graph")))
    writer.publish(store)
    reply, body = runner.query(lookup, accept="text/csv")
    assert reply["status"] == 200 and body.decode().split() == ["label", "Fresh"]
    runner._give_back(taken)
