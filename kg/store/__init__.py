"""Where article graphs are kept: the embedded Oxigraph store, or a running `kg serve` that holds it."""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.oxigraph import OxigraphStore

DEFAULT_STORE = Path(".kg") / "store"


def store_path(path: str | os.PathLike | None = None) -> Path:
    """The store folder: PATH if given, else $KG_STORE, else ./.kg/store."""
    return Path(path or os.environ.get("KG_STORE") or DEFAULT_STORE)


def open_store(path: str | os.PathLike | None = None):
    """The writer for PATH: the running server that holds it, else the embedded store itself."""
    folder = store_path(path)
    try:
        from kg.store.via_server import find_server
    except ImportError:  # the server side is optional while it is being built
        find_server = None
    if find_server is not None:
        server = find_server(folder)
        if server is not None:
            return server
    return OxigraphStore(folder)


__all__ = ["DEFAULT_STORE", "OxigraphStore", "open_store", "store_path"]
