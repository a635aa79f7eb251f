"""The query process: runs one request at a time on a read-only store snapshot.

The HTTP side kills this process when a query outlives its timeout: that is the only way to stop
pyoxigraph's work. Run as `python -m server.executor`; messages come on stdin, replies go on stdout.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from pathlib import Path

import pyoxigraph as ox

from server import formats
from server.framing import read_fd, write_fd
from server.process import die_with_parent
from kg.sparql_text import has_dataset_clause


def _dataset(header: dict, sparql: str) -> dict:
    """pyoxigraph's dataset arguments: the protocol's graphs, else FROM, else the union of all graphs."""
    default, named = header.get("default"), header.get("named")
    if default is None and named is None:
        return {} if has_dataset_clause(sparql) else {"use_default_graph_as_union": True}
    return {
        "default_graph": [ox.NamedNode(g) for g in default or []],
        "named_graphs": [ox.NamedNode(g) for g in named or []],
    }


def _kind(result) -> str:
    if isinstance(result, ox.QueryBoolean):
        return formats.BOOLEAN
    if isinstance(result, ox.QuerySolutions):
        return formats.SOLUTIONS
    return formats.GRAPH


def term_json(term) -> dict | None:
    """An RDF term as a small JSON object (the shape of SPARQL JSON results)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value, "datatype": term.datatype.value}
        if term.language:
            out["lang"] = term.language
        return out
    return {"type": "triple", "value": str(term)}


def _rows(result, kind: str, cap: int) -> dict:
    """At most CAP rows of a result as JSON, for the HTML views."""
    if kind == formats.BOOLEAN:
        return {"kind": kind, "value": bool(result)}
    rows, truncated = [], False
    if kind == formats.SOLUTIONS:
        names = [v.value for v in result.variables]
        for solution in result:
            if len(rows) == cap:
                truncated = True
                break
            rows.append([term_json(solution[name]) for name in names])
        return {"kind": kind, "vars": names, "rows": rows, "truncated": truncated}
    for triple in result:
        if len(rows) == cap:
            truncated = True
            break
        rows.append([term_json(triple.subject), term_json(triple.predicate), term_json(triple.object)])
    return {"kind": kind, "vars": ["subject", "predicate", "object"], "rows": rows, "truncated": truncated}


def _serialize(result, kind: str, media: str, prefixes: dict | None) -> bytes:
    if kind == formats.GRAPH:
        return ox.serialize(result, format=formats.rdf_format(media), prefixes=prefixes)
    return result.serialize(format=formats.RESULT_FORMATS[media])


def run_query(store: ox.Store, header: dict, sparql: str) -> tuple[dict, bytes]:
    """Run one query; answer in the negotiated format, or as capped JSON rows for `rows` and HTML."""
    result = store.query(sparql, **_dataset(header, sparql))
    kind = _kind(result)
    if header.get("rows") is not None:
        return {"status": 200, "content_type": "application/json"}, json.dumps(_rows(result, kind, header["rows"])).encode()
    media = formats.negotiate(header.get("accept"), formats.OFFERS[kind], html=header.get("html", False))
    if media is None:
        return _not_acceptable(kind)
    if media == formats.HTML:
        rows = _rows(result, kind, header.get("html_rows", 1000))
        return {"status": 200, "content_type": formats.HTML, "kind": kind}, json.dumps(rows).encode()
    return {"status": 200, "content_type": media, "kind": kind}, _serialize(result, kind, media, header.get("prefixes"))


def run_graph(store: ox.Store, header: dict) -> tuple[dict, bytes]:
    """Graph Store Protocol read: one named graph, the default (union) graph, or the whole dataset."""
    graph = header.get("graph")
    if graph is None:
        media = formats.negotiate(header.get("accept"), formats.DATASET_TYPES)
        if media is None:
            return _not_acceptable(formats.DATASET)
        quads = store.quads_for_pattern(None, None, None, None)
        return {"status": 200, "content_type": media}, ox.serialize(quads, format=formats.rdf_format(media))
    media = formats.negotiate(header.get("accept"), formats.GRAPH_TYPES)
    if media is None:
        return _not_acceptable(formats.GRAPH)
    if graph == "default":
        triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }", use_default_graph_as_union=True)
        return {"status": 200, "content_type": media}, triples.serialize(format=formats.rdf_format(media))
    try:
        node = ox.NamedNode(graph)
    except ValueError as exc:
        return {"status": 400, "message": f"not an IRI: {exc}"}, b""
    if not store.contains_named_graph(node):
        return {"status": 404, "message": f"no graph named <{graph}> in this store"}, b""
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, node)]
    return {"status": 200, "content_type": media}, ox.serialize(triples, format=formats.rdf_format(media))


def _not_acceptable(kind: str) -> tuple[dict, bytes]:
    offered = ", ".join(dict.fromkeys(canonical for _, canonical in formats.OFFERS[kind]))
    return {"status": 406, "message": f"none of the requested media types is available for this result; offered: {offered}"}, b""


def handle(store: ox.Store, header: dict, body: bytes) -> tuple[dict, bytes]:
    """One request to one reply; errors become status codes with the engine's message."""
    try:
        if header["op"] == "graph":
            return run_graph(store, header)
        return run_query(store, header, body.decode("utf-8"))
    except SyntaxError as exc:
        return {"status": 400, "message": f"SPARQL syntax error: {exc}"}, b""
    except (OSError, ValueError, RuntimeError) as exc:
        return {"status": 500, "message": f"query failed: {exc}"}, b""


def private_path(snapshot: str, pid: int) -> Path:
    """Where query process PID keeps its own copy of the snapshot."""
    return Path(snapshot).parent / f"private-{pid}"


def _link_or_copy(source: str, target: str) -> None:
    """SST files never change, so they are shared; RocksDB rewrites the rest on opening: copied."""
    if source.endswith(".sst"):
        os.link(source, target)
    else:
        shutil.copy2(source, target)


class Snapshot:
    """The store this process reads: a new snapshot read-only at once, then its own read-write copy.

    Oxigraph runs some queries a third slower on a read-only store; a read-write store needs a copy
    of its own, which between requests costs a few hard links and about 0.1 s.
    """

    def __init__(self) -> None:
        self.path: str | None = None
        self.store: ox.Store | None = None
        self.private = False

    def use(self, path: str) -> ox.Store:
        """The store for a request on snapshot PATH."""
        if path != self.path:
            self.store, self.path = None, None
            self.store, self.path, self.private = ox.Store.read_only(path), path, False
        return self.store

    def settle(self) -> None:
        """Swap the read-only store for a private read-write copy (call between requests)."""
        if self.store is None or self.private:
            return
        target = private_path(self.path, os.getpid())
        self.store = None
        shutil.rmtree(target, ignore_errors=True)
        try:
            shutil.copytree(self.path, target, copy_function=_link_or_copy, ignore=shutil.ignore_patterns("LOCK", "LOG*"))
            self.store = ox.Store(str(target))
        except OSError:
            self.store = ox.Store.read_only(self.path)
        self.private = True

    def close(self) -> None:
        """Drop the store and this process's copy."""
        path, self.store = self.path, None
        if path:
            shutil.rmtree(private_path(path, os.getpid()), ignore_errors=True)


def main() -> None:
    """Serve requests from stdin until it closes."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    fd_in, fd_out = sys.stdin.fileno(), os.dup(sys.stdout.fileno())
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt the replies
    snapshot = Snapshot()
    while True:
        try:
            header, body = read_fd(fd_in)
        except EOFError:
            snapshot.close()
            return
        try:
            store = snapshot.use(header["snapshot"])
        except OSError as exc:
            write_fd(fd_out, {"status": 500, "message": f"cannot open the store snapshot: {exc}"})
            continue
        write_fd(fd_out, *handle(store, header, body))
        snapshot.settle()


if __name__ == "__main__":
    main()
