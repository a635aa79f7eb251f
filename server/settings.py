"""The server's settings, declared once."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.rdf.namespaces import BASE
from kg.store.via_server import RUN_DIR


@dataclass(frozen=True)
class Settings:
    """Everything `kg serve` can be told; every field but the store has a safe default."""

    store: Path
    """Folder of the on-disk Oxigraph store the server holds (read-write, one process only)."""
    host: str = "127.0.0.1"
    """Address to listen on; loopback by default."""
    port: int = 7878
    """TCP port to listen on."""
    query_timeout: float = 30.0
    """Seconds a query may run before its worker process is killed and 503 is answered."""
    html_row_cap: int = 1000
    """Most result rows an HTML view shows (query page, linked-data pages)."""
    updates_enabled: bool = False
    """Whether SPARQL updates are accepted at all (they still need the bearer token)."""
    update_token: str | None = None
    """Bearer token a SPARQL update must carry when updates are enabled."""
    remote_allowlist: tuple[str, ...] = ()
    """IRI prefixes that SERVICE and LOAD may reach; everything else is refused."""
    base_iri: str = BASE
    """The IRI base the project mints under; request paths map to BASE + path."""
    workers: int = 2
    """HTTP worker processes (granian)."""
    threads: int = 4
    """Request threads per worker process; each thread gets its own query process."""
    running_queries: int = 0
    """Queries that run at once in all workers together (0: one per CPU core); more wait their turn,
    except that a query running for over half a second stops counting."""
    write_token: str = field(default="", repr=False)
    """Random per-run token for the internal write route (written to kg-serve.json); set by `kg serve`."""
    writer_socket: str = ""
    """Abstract Unix socket name of the writer process; set by `kg serve`."""

    @property
    def running_per_worker(self) -> int:
        """Each worker's share of running_queries."""
        total = self.running_queries or len(os.sched_getaffinity(0))
        return max(1, -(-total // self.workers))

    @property
    def run_dir(self) -> Path:
        """Where the running server keeps its snapshots and sockets, inside the store folder."""
        return Path(self.store) / RUN_DIR
