"""The store as an rdflib Dataset, through oxrdflib, for Python users (`kg.open(path)`).

Pitfalls, measured (see docs/python-api.md):
- `Dataset.query` runs on Oxigraph's engine only for a plain string query with no extra keyword;
  a `prepareQuery` result, `base=`, `initNs=` or `use_store_provided=False` silently falls back to
  rdflib's Python engine (thousands of times slower).
- `update` is native only on the Dataset itself, not on `Dataset.graph(x)` nor a plain Graph.
- `add` is one transaction per triple; use `addN` (atomic) for batches. `commit`/`rollback` do nothing.
- `len()` counts every triple (seconds on a million); avoid it on big stores.
- Only one process may open an on-disk store for writing; stop `kg serve` first, or use
  `kg.store.open_store`, which writes through the server.
"""

from __future__ import annotations

import os

from rdflib import Dataset

from kg.rdf.namespaces import PREFIXES
from kg.store import store_path


def open_dataset(path: str | os.PathLike | None = None) -> Dataset:
    """Open the on-disk store at PATH (default: $KG_STORE or ./.kg/store) as an rdflib Dataset."""
    folder = store_path(path)
    folder.mkdir(parents=True, exist_ok=True)
    dataset = Dataset(store="Oxigraph", default_union=True)
    dataset.open(str(folder))
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    return dataset
