"""Helpers for the server tests: a real `kg serve` child process, an HTTP client, the test store."""

from __future__ import annotations

import copy
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from kg.ingest import store_record
from kg.rdf.namespaces import BASE
from kg.store import OxigraphStore
from support import ROOT

HOSTILE_KEY = "test-hostile"
HOSTILE_TEXT = 'Evil <script>alert("x")</script> news: Mayor Jane Doe said the bridge in Pokrovsk was closed & guarded.'
UPDATE_TOKEN = "update-secret"


def hostile_article_ntriples() -> tuple[str, str]:
    """A second article whose text and labels try to inject HTML, with links to Wikidata and GeoNames."""
    start = HOSTILE_TEXT.index("Jane Doe")
    end = start + len("Jane Doe")
    article = f"{BASE}id/article/{HOSTILE_KEY}"
    mention = f"{article}/mention/{start}-{end}"
    person = f"{BASE}id/person/jane-doe"
    ng, schema = f"{BASE}ontology#", "http://schema.org/"
    rdf_type, label = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    lines = [
        f'<{article}> <{rdf_type}> <{ng}NewsArticle> .',
        f'<{article}> <{label}> "Hostile <b>headline</b>" .',
        f'<{article}> <{schema}articleBody> {json.dumps(HOSTILE_TEXT)} .',
        f'<{mention}> <{rdf_type}> <{ng}Mention> .',
        f'<{mention}> <{label}> "Jane Doe" .',
        f'<{mention}> <{ng}start> "{start}"^^<{xsd}nonNegativeInteger> .',
        f'<{mention}> <{ng}end> "{end}"^^<{xsd}nonNegativeInteger> .',
        f'<{mention}> <{ng}exactText> "Jane Doe" .',
        f'<{mention}> <{ng}inArticle> <{article}> .',
        f'<{person}> <{rdf_type}> <{ng}Person> .',
        f'<{person}> <{label}> "Jane <i>Doe</i>" .',
        f'<{person}> <{ng}evidence> <{mention}> .',
        f'<{person}> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q42> .',
        f'<{BASE}id/place/pokrovsk> <http://www.w3.org/2002/07/owl#sameAs> <https://sws.geonames.org/704422/> .',
    ]
    return f"{BASE}graph/article/{HOSTILE_KEY}", "\n".join(lines) + "\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)

    def header(self, name: str) -> str:
        return self.headers.get(name, "")


class Server:
    """A running `kg serve` child process and an HTTP client for it."""

    def __init__(self, store: Path, *options: str):
        self.store = store
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(self.port), *options]
        self.log = open(store.parent / f"serve-{self.port}.log", "w+")
        self.proc = subprocess.Popen(command, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"kg serve exited: {self.log.read()}")
            if (self.store / "kg-serve.json").exists():
                try:
                    if self.get("/sparql?query=ASK%7B%7D").status == 200:
                        return
                except OSError:
                    pass
            time.sleep(0.1)
        raise RuntimeError("kg serve did not come up within 30 s")

    def request(self, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None,
                timeout: float = 20) -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            data = body.encode("utf-8") if isinstance(body, str) else body
            connection.request(method, path, body=data, headers=headers or {})
            response = connection.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            connection.close()

    def get(self, path: str, accept: str | None = None, **kwargs) -> Reply:
        headers = {"Accept": accept} if accept else {}
        return self.request("GET", path, headers=headers, **kwargs)

    def query(self, sparql: str, accept: str = "application/sparql-results+json", **params) -> Reply:
        """GET /sparql?query=..."""
        fields = [("query", sparql)] + [(k.replace("_", "-"), v) for k, vs in params.items() for v in vs]
        return self.get("/sparql?" + urllib.parse.urlencode(fields), accept=accept)

    def form(self, fields: list[tuple[str, str]], accept: str = "application/sparql-results+json",
             path: str = "/sparql", headers: dict | None = None) -> Reply:
        """POST an URL-encoded form."""
        all_headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept, **(headers or {})}
        return self.request("POST", path, urllib.parse.urlencode(fields), all_headers)

    def bindings(self, sparql: str) -> list[dict]:
        reply = self.query(sparql)
        assert reply.status == 200, reply.text
        return reply.json()["results"]["bindings"]

    def descendants(self) -> list[int]:
        """Every process below the server's own (gunicorn workers, query processes, writer)."""
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
        found, todo = [], [self.proc.pid]
        while todo:
            for child in children.get(todo.pop(), []):
                found.append(child)
                todo.append(child)
        return found

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def build_store(folder: Path, record: dict) -> Path:
    """The seed article (through the project's own mapping) and the hostile article, on disk."""
    path = folder / "store"
    store = OxigraphStore(path)
    store_record(copy.deepcopy(record), store)
    store.put_article(*hostile_article_ntriples())
    store.flush()
    del store
    return path
