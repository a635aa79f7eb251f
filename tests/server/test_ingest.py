"""Writing while `kg serve` holds the store: through the server, atomically, visible right after."""

from __future__ import annotations

import json
import threading

from serving import Server
from kg.store import open_store
from kg.store.via_server import ServerStore, find_server

GRAPH = "https://w3id.org/newsgraph/graph/article/test-ingest"
SUBJECT = "https://w3id.org/newsgraph/id/article/test-ingest"


def article(size: int, version: str) -> str:
    return "".join(f'<{SUBJECT}> <http://example.org/p{i}> "{version}" .\n' for i in range(size))


def test_open_store_finds_the_running_server(server):
    writer = open_store(server.store)
    assert isinstance(writer, ServerStore) and writer.url == server.url


def test_ingest_through_the_server_and_query_right_after(server):
    writer = find_server(server.store)
    writer.put_article(GRAPH, article(50, "one"))
    ask = f'ASK {{ GRAPH <{GRAPH}> {{ <{SUBJECT}> <http://example.org/p49> "one" }} }}'
    assert server.query(ask).json()["boolean"] is True
    assert GRAPH in writer.graphs()
    assert writer.delete_article(GRAPH) is True
    assert server.query(ask).json()["boolean"] is False
    assert writer.delete_article(GRAPH) is False


def test_ingest_the_seed_with_the_kg_pipeline(server, seed_record_data):
    from kg.ingest import store_record

    record = json.loads(json.dumps(seed_record_data))
    record["article"]["source"] = "copy-of-seed.txt"
    record["article"]["id"] = "urn:article:copy-of-seed.txt"
    writer = find_server(server.store)
    before = writer.graphs()
    store_record(record, writer)
    added = set(writer.graphs()) - set(before)
    assert len(added) == 1
    graph = added.pop()
    ask = f"ASK {{ GRAPH <{graph}> {{ ?a a <http://schema.org/NewsArticle> ; <http://schema.org/articleBody> ?b }} }}"
    assert server.query(ask).json()["boolean"] is True
    assert writer.delete_article(graph)


def test_readers_never_see_half_an_article(server):
    writer = find_server(server.store)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
    seen, stop = set(), threading.Event()

    def read():
        while not stop.is_set():
            seen.add(int(server.bindings(count)[0]["n"]["value"]))

    reader = threading.Thread(target=read)
    reader.start()
    for round_ in range(10):
        writer.put_article(GRAPH, article(300 if round_ % 2 else 200, f"v{round_}"))
    stop.set()
    reader.join()
    writer.delete_article(GRAPH)
    assert seen <= {0, 200, 300}


def test_write_route_needs_the_token(server):
    reply = server.request("PUT", f"/internal/graphs?graph={GRAPH}", article(1, "x"),
                           {"Content-Type": "application/n-triples", "Authorization": "Bearer wrong"})
    assert reply.status == 403
    bad = ServerStore(server.url, "wrong")
    try:
        bad.put_article(GRAPH, article(1, "x"))
    except Exception as exc:  # noqa: BLE001 - the message is what matters
        assert "refused" in str(exc)
    else:
        raise AssertionError("a wrong token must be refused")


def test_bad_ntriples_leave_the_old_graph(server):
    writer = find_server(server.store)
    writer.put_article(GRAPH, article(5, "good"))
    try:
        writer.put_article(GRAPH, "<http://broken")
    except Exception as exc:  # noqa: BLE001
        assert "400" in str(exc) or "syntax" in str(exc).lower()
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
    assert server.bindings(count)[0]["n"]["value"] == "5"
    writer.delete_article(GRAPH)


def test_stale_server_file_is_ignored(tmp_path):
    (tmp_path / "kg-serve.json").write_text(json.dumps({"url": "http://127.0.0.1:9", "token": "t", "pid": 999999999}))
    assert find_server(tmp_path) is None


def test_second_server_on_a_held_store_is_refused(server):
    try:
        Server(server.store)
    except RuntimeError as exc:
        assert "already holds" in str(exc)
    else:
        raise AssertionError("two servers must not hold one store")


def test_every_worker_sees_the_latest_write(server):
    writer = find_server(server.store)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
    for size in (3, 4, 5, 6, 7):
        writer.put_article(GRAPH, article(size, "v"))
        seen = {server.bindings(count)[0]["n"]["value"] for _ in range(12)}
        assert seen == {str(size)}
    writer.delete_article(GRAPH)


def test_write_route_rejects_a_graph_name_that_is_no_iri(server):
    writer = find_server(server.store)
    try:
        writer.put_article("http://example.org/g> <x", article(1, "x"))
    except Exception as exc:  # noqa: BLE001
        assert "not an IRI" in str(exc)
    else:
        raise AssertionError("a graph name that is no IRI must be refused")


def test_kg_ingest_and_kg_query_from_the_command_line_while_serving(server, tmp_path, seed_record_data):
    """The real commands, in other processes, while the server holds the store."""
    from support import run_kg

    record = json.loads(json.dumps(seed_record_data))
    record["article"]["source"] = "cli-while-serving.txt"
    path = tmp_path / "cli-while-serving.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    graph = "https://w3id.org/newsgraph/graph/article/cli-while-serving.txt"
    ingested = run_kg("ingest", str(path), store=server.store)
    assert ingested.returncode == 0, ingested.stderr
    ask = f"ASK {{ GRAPH <{graph}> {{ ?a a <http://schema.org/NewsArticle> }} }}"
    assert server.query(ask).json()["boolean"] is True
    listed = run_kg("query", "SELECT ?g WHERE { GRAPH ?g {} }", "--format", "csv", store=server.store)
    assert listed.returncode == 0, listed.stderr
    assert graph in listed.stdout.split()
    deleted = run_kg("delete", "cli-while-serving.txt", store=server.store)
    assert deleted.returncode == 0, deleted.stderr
    assert server.query(ask).json()["boolean"] is False


def test_readers_in_other_processes_get_the_newest_snapshot(server):
    snapshot = find_server(server.store).snapshot()
    assert snapshot is not None and snapshot.is_dir()
    assert snapshot.parent == (server.store / "kg-serve-run").resolve() or snapshot.parent.name == "kg-serve-run"
