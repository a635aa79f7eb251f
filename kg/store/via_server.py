"""Writing through a running `kg serve` that holds the store (only one process may open it read-write)."""

from __future__ import annotations

import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import StoreError

SERVER_FILE = "kg-serve.json"
RUN_DIR = "kg-serve-run"  # inside the store folder: the server's snapshots and sockets
CURRENT_SNAPSHOT = "CURRENT"  # a link to the newest snapshot, which nothing writes to any more
WRITE_PATH = "/internal/graphs"


class ServerStore:
    """The store's writer methods, carried out by the server through its loopback write route."""

    def __init__(self, url: str, token: str, timeout: float = 120.0, store_dir: Path | None = None):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.store_dir = store_dir

    def snapshot(self) -> Path | None:
        """The newest read-only snapshot the server published, safe to open from another process."""
        if self.store_dir is None:
            return None
        try:
            return Path(os.readlink(Path(self.store_dir) / RUN_DIR / CURRENT_SNAPSHOT))
        except OSError:
            return None

    def __repr__(self) -> str:
        return f"ServerStore({self.url!r})"

    def _send(self, method: str, graph_iri: str, body: bytes | None = None) -> int:
        address = f"{self.url}{WRITE_PATH}?{urllib.parse.urlencode({'graph': graph_iri})}"
        headers = {"Authorization": f"Bearer {self.token}"}
        if body is not None:
            headers["Content-Type"] = "application/n-triples"
        request = urllib.request.Request(address, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            if exc.code == 404 and method == "DELETE":
                return 404
            detail = exc.read().decode("utf-8", "replace").strip()
            raise StoreError(f"the server at {self.url} refused to {method} {graph_iri}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"the server at {self.url} did not answer: {exc}") from exc

    def put_article(self, graph_iri: str, ntriples: str) -> None:
        """Replace the article graph GRAPH_IRI by the N-Triples text, atomically, on the server."""
        self._send("PUT", graph_iri, ntriples.encode("utf-8"))

    def delete_article(self, graph_iri: str) -> bool:
        """Remove an article graph on the server; False when there was none."""
        return self._send("DELETE", graph_iri) != 404

    def query(self, sparql: str) -> dict:
        """Run a query on the server; SPARQL JSON results (SELECT, ASK) as a dict."""
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        request = urllib.request.Request(
            f"{self.url}/sparql", data=body,
            headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.load(response)
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"the server at {self.url} could not run the query: {exc}") from exc

    def graphs(self) -> list[str]:
        """The IRIs of every named graph, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")["results"]["bindings"]
        return sorted(row["g"]["value"] for row in rows)

    def flush(self) -> None:
        """Nothing to do: every write is durable when the server has answered it."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _answers(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        connection.request("GET", "/sparql?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def find_server(path: str | os.PathLike) -> ServerStore | None:
    """The running server that holds the store at PATH, or None (a stale kg-serve.json is ignored)."""
    try:
        record = json.loads((Path(path) / SERVER_FILE).read_text(encoding="utf-8"))
        url, token, pid = record["url"], record["token"], int(record["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not _alive(pid) or not _answers(url):
        return None
    return ServerStore(url, token, store_dir=Path(path))
