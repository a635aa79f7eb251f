"""The validation gate: an article graph is checked against the SHACL shapes before it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.resources import shapes_path


@dataclass(frozen=True)
class Violation:
    focus: str
    shape: str
    path: str | None
    value: str | None
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value and self.value != self.focus else ""
        return f"- {self.focus}{where}{value}: {self.message} [shape: {self.shape}]"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def check_graph(graph: Graph) -> list[Violation]:
    """Every violation of the shapes in GRAPH (an in-memory graph, never the store)."""
    conforms, results, _ = shacl_validate(graph, shacl_graph=shapes_graph(), inference="none", advanced=True)
    if conforms:
        return []
    violations = [_violation(results, r) for r in results.subjects(RDF.type, SH.ValidationResult)]
    return sorted(violations, key=lambda v: (v.focus, v.shape, v.message))


def format_violations(violations: list[Violation]) -> str:
    return "\n".join(str(v) for v in violations)


def _violation(results: Graph, result) -> Violation:
    shapes = shapes_graph()
    source = results.value(result, SH.sourceShape)
    node_shape = next(shapes.subjects(SH.property, source), source) if source is not None else None
    shape = shapes.value(node_shape, RDFS.label) or node_shape
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    message = results.value(result, SH.resultMessage) or "does not conform"
    return Violation(
        focus=str(results.value(result, SH.focusNode)),
        shape=str(shape),
        path=_short(path) if isinstance(path, URIRef) else None,
        value=str(value) if value is not None else None,
        message=str(message),
    )


def _short(iri: URIRef) -> str:
    from kg.rdf.namespaces import PREFIXES

    for prefix, namespace in PREFIXES.items():
        if str(iri).startswith(namespace):
            return f"{prefix}:{str(iri)[len(namespace):]}"
    return f"<{iri}>"
