"""newsgraph: news articles in, an attributed-claims knowledge graph out."""

from __future__ import annotations

__version__ = "0.1.0"


def open(path: str | None = None):  # noqa: A001 - the documented entry point is kg.open
    """Open the store at PATH as an rdflib Dataset backed by Oxigraph (see kg.store.dataset)."""
    from kg.store.dataset import open_dataset

    return open_dataset(path)
