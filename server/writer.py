"""The writer process: the one process that holds the store read-write while `kg serve` runs.

It takes whole article graphs (and, when enabled, SPARQL updates) from the HTTP workers over an
abstract Unix socket, applies each in one transaction, then publishes a fresh snapshot for readers.
Run as `python -m server.writer`; its settings come as one JSON line on stdin.
"""

from __future__ import annotations

import hmac
import json
import signal
import socket
import sys

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store.oxigraph import OxigraphStore
from server.framing import read_fd, write_fd
from server.process import die_with_parent
from server.snapshots import SnapshotWriter

_PRUNE_EVERY = 5.0


def canonical_ntriples(body: bytes, media: str) -> str:
    """The triples of an N-Triples or N-Quads body (graph names dropped), re-serialised as N-Triples."""
    fmt = ox.RdfFormat.N_QUADS if "n-quads" in media else ox.RdfFormat.N_TRIPLES
    triples = []
    for item in ox.parse(body, format=fmt):
        triples.append(item.triple if isinstance(item, ox.Quad) else item)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


class Writer:
    """Applies write requests to the store and publishes snapshots."""

    def __init__(self, store: OxigraphStore, snapshots: SnapshotWriter, token: str):
        self.store = store
        self.snapshots = snapshots
        self.token = token

    def apply(self, header: dict, body: bytes) -> dict:
        """One write request to one reply."""
        if not hmac.compare_digest(str(header.get("token", "")), self.token):
            return {"status": 403, "message": "bad write token"}
        op = header.get("op")
        if op in ("put", "delete"):
            try:
                ox.NamedNode(header.get("graph", ""))
            except ValueError as exc:
                return {"status": 400, "message": f"the graph name is not an IRI: {exc}"}
        try:
            if op == "put":
                self.store.put_article(header["graph"], canonical_ntriples(body, header.get("media", "")))
                reply = {"status": 204}
            elif op == "delete":
                reply = {"status": 204 if self.store.delete_article(header["graph"]) else 404}
            elif op == "update":
                self.store.store.update(body.decode("utf-8"))
                reply = {"status": 204}
            else:
                return {"status": 400, "message": f"unknown write operation {op!r}"}
        except SyntaxError as exc:
            return {"status": 400, "message": f"syntax error: {exc}"}
        except (OSError, ValueError, StoreError) as exc:
            return {"status": 500, "message": f"write failed: {exc}"}
        self.snapshots.publish(self.store.store)
        return reply


def serve(writer: Writer, name: str) -> None:
    """Answer write requests on the abstract socket NAME, one at a time, forever."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind("\0" + name)
    server.listen(64)
    server.settimeout(_PRUNE_EVERY)
    print("ready", flush=True)
    while True:
        try:
            conn, _ = server.accept()
        except TimeoutError:
            writer.snapshots.prune()
            continue
        with conn:
            conn.settimeout(None)
            try:
                header, body = read_fd(conn.fileno())
            except (EOFError, OSError, ValueError):
                continue
            try:
                write_fd(conn.fileno(), writer.apply(header, body))
            except OSError:
                continue


def main() -> None:
    """Open the store, publish the first snapshot, then serve writes until terminated."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    config = json.loads(sys.stdin.readline())
    try:
        store = OxigraphStore(config["store"])
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        sys.exit(2)
    snapshots = SnapshotWriter(config["run_dir"], config["keep_seconds"])
    snapshots.publish(store.store)
    serve(Writer(store, snapshots, config["token"]), config["socket"])


if __name__ == "__main__":
    main()
