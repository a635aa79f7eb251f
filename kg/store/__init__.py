"""Where article graphs are kept: the embedded Oxigraph store, or a running `kg serve` that holds it."""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.oxigraph import OxigraphStore
from kg.store.via_server import find_server

DEFAULT_STORE = Path(".kg") / "store"


def store_path(path: str | os.PathLike | None = None) -> Path:
    """The store folder: PATH if given, else $KG_STORE, else ./.kg/store."""
    return Path(path or os.environ.get("KG_STORE") or DEFAULT_STORE)


def open_store(path: str | os.PathLike | None = None):
    """The writer for PATH: the running server that holds it, else the embedded store itself."""
    folder = store_path(path)
    return find_server(folder) or OxigraphStore(folder)


__all__ = ["DEFAULT_STORE", "OxigraphStore", "open_store", "store_path"]
