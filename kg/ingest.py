"""Ingestion: records and article files become validated article graphs in the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from rdflib import Graph, URIRef

from kg.articles.reader import SUFFIXES, iter_file, source_name
from kg.errors import ArticleError, NewsgraphError, ValidationError
from kg.rdf.mapping import record_to_graph
from kg.record import load_record
from kg.validate import check_graph, format_violations


class ArticleWriter(Protocol):
    def put_article(self, graph_iri: str, ntriples: str) -> None: ...


@dataclass(frozen=True)
class Outcome:
    """What became of one input: its graph and size, or the error that kept it out."""

    source: str
    graph: str | None = None
    triples: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def is_record_file(path: Path) -> bool:
    """An extraction record: *.json, but never a gold file (*.gold.json)."""
    return path.suffix.lower() == ".json" and not path.name.lower().endswith(".gold.json")


def store_record(record: dict[str, Any], writer: ArticleWriter) -> Outcome:
    """Map, validate and write one record; nothing is written when anything fails."""
    graph_iri, graph = record_to_graph(record)
    return store_graph(record["article"].get("url") or record["article"]["source"], graph_iri, graph, writer)


def store_graph(source: str, graph_iri: URIRef, graph: Graph, writer: ArticleWriter) -> Outcome:
    """The validation gate: write GRAPH in place of the article's graph only if it conforms."""
    violations = check_graph(graph)
    if violations:
        raise ValidationError(source, format_violations(violations))
    writer.put_article(str(graph_iri), graph.serialize(format="nt"))
    return Outcome(source=source, graph=str(graph_iri), triples=len(graph))


@dataclass(frozen=True)
class Inputs:
    """What a list of paths holds: records and article files (each with the folder it was found
    under, which names its source), and what cannot be read at all."""

    records: list[tuple[Path, Path]]
    articles: list[tuple[Path, Path]]
    rejected: list[tuple[Path, str]]

    def __len__(self) -> int:
        return len(self.records) + len(self.articles) + len(self.rejected)


def collect_inputs(paths: Iterable[Path]) -> Inputs:
    """Walk PATHS once: files, and folders searched for records and articles (gold files skipped)."""
    inputs = Inputs([], [], [])
    for path in map(Path, paths):
        if not path.exists():
            inputs.rejected.append((path, f"{path}: no such file or folder"))
            continue
        root = path if path.is_dir() else path.parent
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if is_record_file(file):
                inputs.records.append((file, root))
            elif file.suffix.lower() in SUFFIXES and not file.name.startswith("."):
                inputs.articles.append((file, root))
            elif not path.is_dir():
                inputs.rejected.append(
                    (file, f"{file}: neither an extraction record (.json) nor an article (.txt, .html, .jsonl)"))
    return inputs


def ingest_inputs(
    inputs: Inputs,
    writer: ArticleWriter,
    *,
    model: str | None = None,
    processes: int = 1,
    progress: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Ingest every record and article of INPUTS; one bad input never stops the others."""
    outcomes = [Outcome(source=str(path), error=message) for path, message in inputs.rejected]

    def done(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome)

    for path, root in inputs.records:
        source = source_name(path, root)
        done(_guarded(source, lambda: store_record(load_record(path, source), writer)))
    if inputs.articles:
        for outcome in _ingest_articles(inputs.articles, writer, model=model, processes=processes):
            done(outcome)
    return outcomes


def _guarded(source: str, work: Callable[[], Outcome]) -> Outcome:
    try:
        return work()
    except (NewsgraphError, OSError) as exc:
        return Outcome(source=source, error=str(exc))


def _ingest_articles(files: list, writer: ArticleWriter, *, model: str | None, processes: int) -> Iterator[Outcome]:
    from kg.nlp import extract_many, load_pipeline

    articles = []
    for path, root in files:
        for item in iter_file(path, root):
            if isinstance(item, ArticleError):
                yield Outcome(source=source_name(path, root), error=str(item))
            else:
                articles.append(item)
    if not articles:
        return
    nlp = load_pipeline(model) if model else load_pipeline()
    for article, result in extract_many(articles, nlp, n_process=processes):
        if isinstance(result, Exception):
            yield Outcome(source=article.url or article.source, error=str(result))
        else:
            yield _guarded(article.url or article.source, lambda: store_record(result, writer))


__all__ = ["Inputs", "Outcome", "collect_inputs", "ingest_inputs", "is_record_file", "store_graph", "store_record"]
