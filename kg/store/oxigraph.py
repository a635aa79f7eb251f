"""The embedded on-disk Oxigraph store: one named graph per article, union as default graph."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.namespaces import PREFIXES
from kg.sparql_text import has_dataset_clause


class OxigraphStore:
    """Article graphs in a pyoxigraph store; SPARQL always runs on Oxigraph's native engine."""

    def __init__(self, path: Path | str | None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc

    def query(
        self,
        sparql: str,
        default_graph_uris: Iterable[str] | None = None,
        named_graph_uris: Iterable[str] | None = None,
    ):
        """Run SPARQL; with no dataset given here or by FROM, the default graph is the union of all graphs."""
        kwargs: dict = {}
        if default_graph_uris is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph_uris]
        if named_graph_uris is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graph_uris]
        if default_graph_uris is None and named_graph_uris is not None:
            kwargs["default_graph"] = []
        elif default_graph_uris is None and not has_dataset_clause(sparql):
            kwargs["use_default_graph_as_union"] = True  # it would override the query's own FROM
        return self.store.query(sparql, **kwargs)

    def put_article(self, graph_iri: str, ntriples: str) -> None:
        """Replace the article graph GRAPH_IRI by the N-Triples text, as one transaction."""
        self.store.update(replace_graph_update(graph_iri, ntriples))

    def delete_article(self, graph_iri: str) -> bool:
        """Remove an article graph; False when there was none."""
        node = ox.NamedNode(graph_iri)
        if not self.store.contains_named_graph(node):
            return False
        self.store.remove_graph(node)
        return True

    def graphs(self) -> list[str]:
        """The IRIs of every named graph, sorted."""
        return sorted(g.value for g in self.store.named_graphs())

    def export(self, output: IO[bytes], fmt: ox.RdfFormat, graph_iri: str | None = None) -> None:
        """Write the whole dataset (or one graph) to OUTPUT."""
        if graph_iri is None and not fmt.supports_datasets:
            self._export_union(output, fmt)
            return
        from_graph = ox.NamedNode(graph_iri) if graph_iri else None
        self.store.dump(output, fmt, from_graph=from_graph, prefixes=PREFIXES)

    def _export_union(self, output: IO[bytes], fmt: ox.RdfFormat) -> None:
        triples = self.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
        ox.serialize(triples, output, fmt, prefixes=PREFIXES)

    def flush(self) -> None:
        self.store.flush()


def replace_graph_update(graph_iri: str, ntriples: str) -> str:
    """The SPARQL update that drops a graph and inserts its new triples in one operation."""
    return f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}"
