"""Running queries in killable child processes, with a timeout that really stops the work."""

from __future__ import annotations

import json
import queue
import select
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.sparql_text import is_point_lookup
from server.executor import handle
from server.framing import read_fd, write_fd
from server.snapshots import SnapshotReader


SLOW_AFTER = 0.5
"""Seconds after which a running query stops counting against the runner's slots."""


class QueryTimeout(Exception):
    """A query ran past its time limit; its process was killed."""


class QueryCrashed(Exception):
    """A query process died before answering."""


class _Slot:
    """One held slot of a semaphore; releasing it twice releases it once."""

    def __init__(self, semaphore: threading.BoundedSemaphore):
        semaphore.acquire()
        self.semaphore, self.held = semaphore, True

    def release(self) -> None:
        if self.held:
            self.held = False
            self.semaphore.release()


class QueryProcess:
    """One `python -m server.executor` child and the pipes to it."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.executor"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        self.fd_in = self.proc.stdin.fileno()
        self.fd_out = self.proc.stdout.fileno()
        self.poller = select.poll()
        self.poller.register(self.fd_out, select.POLLIN | select.POLLHUP)

    def ask(self, header: dict, body: bytes, timeout: float,
            on_slow: Callable[[], None] = lambda: None) -> tuple[dict, bytes]:
        """Send one request and wait at most TIMEOUT seconds for the reply; call ON_SLOW after SLOW_AFTER."""
        try:
            write_fd(self.fd_in, header, body)
        except BrokenPipeError as exc:
            raise QueryCrashed("the query process is gone") from exc
        if not self.poller.poll(min(SLOW_AFTER, timeout) * 1000):
            on_slow()
            if not self.poller.poll(max(0.0, timeout - SLOW_AFTER) * 1000):
                self.kill()
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
        try:
            return read_fd(self.fd_out)
        except EOFError as exc:
            self.kill()
            raise QueryCrashed("the query process died while running the query") from exc

    def kill(self) -> None:
        """End the process at once (its query's CPU work ends with it); safe to call twice."""
        if self.proc.returncode is None:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdin.close()
        self.proc.stdout.close()
        shutil.rmtree(self.run_dir / f"private-{self.proc.pid}", ignore_errors=True)


class LocalReader:
    """This process's own read-only view of the current snapshot, for queries that cannot run away.

    A point lookup costs pyoxigraph a few microseconds; sending it to a query process costs ten times
    that, so it is answered here.
    """

    def __init__(self, snapshots: SnapshotReader):
        self.snapshots = snapshots
        self.lock = threading.Lock()
        self.path: str | None = None
        self.store: ox.Store | None = None

    def ask(self, header: dict, body: bytes) -> tuple[dict, bytes]:
        """Answer one request on the snapshot that is current now."""
        path = self.snapshots.current()
        with self.lock:
            if path != self.path:
                self.store, self.path = ox.Store.read_only(path), path
            store = self.store
        return handle(store, header, body)


class QueryRunner:
    """A pool of query processes for one HTTP worker, one per request thread, replaced when killed.

    At most RUNNING queries run at once; the others wait for a slot. Queries that share the CPU cores
    evict each other's data from the CPU caches (eight at once on two cores cost a third more CPU per
    query than two at a time), so slots are about one per core. A query still running after
    SLOW_AFTER seconds gives its slot up, so that a few long queries never hold up the short ones.

    Processes are started by one long-lived thread: Linux ties a child's parent-death signal to the
    thread that started it, and the server's request threads may come and go.
    """

    def __init__(self, snapshots: SnapshotReader, timeout: float, size: int, running: int | None = None):
        self.snapshots = snapshots
        self.local = LocalReader(snapshots)
        self.timeout = timeout
        self.slots = threading.BoundedSemaphore(running or size)
        self.idle: queue.LifoQueue[QueryProcess] = queue.LifoQueue()
        self.wanted: queue.SimpleQueue[None] = queue.SimpleQueue()
        threading.Thread(target=self._spawn_forever, name="query-process-spawner", daemon=True).start()
        for _ in range(size):
            self.wanted.put(None)

    def _spawn_forever(self) -> None:
        while True:
            self.wanted.get()
            self.idle.put(QueryProcess(self.snapshots.run_dir))

    def _take(self) -> QueryProcess:
        return self.idle.get()

    def _give_back(self, process: QueryProcess) -> None:
        self.idle.put(process)

    def _replace(self) -> None:
        self.wanted.put(None)

    def ask(self, header: dict, body: bytes = b"") -> tuple[dict, bytes]:
        """Run one request in a query process on the current snapshot."""
        slot = _Slot(self.slots)
        header["snapshot"] = self.snapshots.current()
        process = self._take()
        try:
            reply = process.ask(header, body, self.timeout, on_slow=slot.release)
        except BaseException:
            process.kill()
            self._replace()
            raise
        finally:
            slot.release()
        self._give_back(process)
        return reply

    def query(self, sparql: str, **header) -> tuple[dict, bytes]:
        """Run SPARQL (point lookups here, the rest in a query process); HEADER carries accept, default,
        named, rows, html, prefixes."""
        ask = self.local.ask if is_point_lookup(sparql) else self.ask
        return ask({"op": "query", **header}, sparql.encode("utf-8"))

    def rows(self, sparql: str, cap: int, **header) -> dict:
        """At most CAP rows of a SELECT, ASK or CONSTRUCT as JSON; raises on errors."""
        reply, body = self.query(sparql, rows=cap, **header)
        if reply["status"] != 200:
            raise RuntimeError(reply.get("message", "query failed"))
        return json.loads(body)
