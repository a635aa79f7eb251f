"""Where the ontology and the shapes live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str, checkout_path: str | None = None) -> Path:
    """The wheel carries NAME under kg/_data/; a checkout keeps it at the project's top level."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / (checkout_path or name)):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newsgraph's {name}/ folder is missing from {_PACKAGE}: reinstall the package")


def ontology_path() -> Path:
    """The ontology's Turtle file."""
    return _data_dir("ontology") / "newsgraph.ttl"


def shapes_path() -> Path:
    """The SHACL shapes' Turtle file."""
    return _data_dir("shapes") / "newsgraph-shapes.ttl"


def queries_dir() -> Path:
    """The example (competency) queries, *.rq."""
    return _data_dir("queries", "examples/queries")
