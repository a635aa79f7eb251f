"""Consistent read-only copies of the store (RocksDB checkpoints) that query processes open.

The writer publishes a new snapshot after every write and points the symbolic link CURRENT at it;
readers read the link before each query, so a query sees either the whole of an article graph or none of it.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

from kg.store.via_server import CURRENT_SNAPSHOT as CURRENT


class SnapshotWriter:
    """The writer's side: publish a snapshot, prune the ones no query can still be using."""

    def __init__(self, run_dir: Path, keep_seconds: float):
        self.run_dir = Path(run_dir)
        self.keep_seconds = keep_seconds
        self.generation = 0
        self.retired: list[tuple[float, Path]] = []
        self.current: Path | None = None
        self.run_dir.mkdir(parents=True, exist_ok=True)

    def publish(self, store: ox.Store) -> Path:
        """Checkpoint STORE and make it the snapshot every new query reads."""
        self.generation += 1
        target = self.run_dir / f"snapshot-{self.generation}"
        store.backup(str(target))
        pointer = self.run_dir / f"{CURRENT}.tmp"
        pointer.unlink(missing_ok=True)
        os.symlink(target, pointer)
        os.replace(pointer, self.run_dir / CURRENT)
        if self.current is not None:
            self.retired.append((time.monotonic(), self.current))
        self.current = target
        self.prune()
        return target

    def prune(self) -> None:
        """Delete snapshots retired long enough ago that no running query can still read them."""
        cutoff = time.monotonic() - self.keep_seconds
        while self.retired and self.retired[0][0] < cutoff:
            shutil.rmtree(self.retired.pop(0)[1], ignore_errors=True)


class SnapshotReader:
    """The readers' side: the path of the current snapshot (one readlink per query)."""

    def __init__(self, run_dir: Path):
        self.run_dir = Path(run_dir)
        self.pointer = str(self.run_dir / CURRENT)

    def current(self) -> str:
        """The snapshot a query starting now must read."""
        return os.readlink(self.pointer)
