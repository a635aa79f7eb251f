"""Ingestion: records and article files become validated article graphs in the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from rdflib import Graph, URIRef

from kg.errors import ArticleError, NewsgraphError, RecordError, ValidationError
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


def ingest_paths(
    paths: Iterable[Path],
    writer: ArticleWriter,
    *,
    model: str | None = None,
    processes: int = 1,
    progress: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Ingest every record and article under PATHS; one bad input never stops the others."""
    record_files, article_files, rejected = _collect(paths)
    outcomes = [Outcome(source=str(path), error=message) for path, message in rejected]

    def done(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome)

    for path, root in record_files:
        done(_guarded(_source_name(path, root), lambda: store_record(_load(path, root), writer)))
    if article_files:
        for outcome in _ingest_articles(article_files, writer, model=model, processes=processes):
            done(outcome)
    return outcomes


def count_inputs(paths: Iterable[Path]) -> int:
    """How many files ingest_paths will read (for a progress bar)."""
    return sum(len(found) for found in _collect(paths))


def _collect(paths: Iterable[Path]) -> tuple[list, list, list]:
    records, articles, rejected = [], [], []
    for path in map(Path, paths):
        if not path.exists():
            rejected.append((path, f"{path}: no such file or folder"))
            continue
        root = path if path.is_dir() else path.parent
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if is_record_file(file):
                records.append((file, root))
            elif file.suffix.lower() in _article_suffixes() and not file.name.startswith("."):
                articles.append((file, root))
            elif not path.is_dir():
                rejected.append((file, f"{file}: neither an extraction record (.json) nor an article (.txt, .html, .jsonl)"))
    return records, articles, rejected


def _article_suffixes() -> tuple[str, ...]:
    from kg.articles.reader import SUFFIXES

    return SUFFIXES


def _source_name(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def _load(path: Path, root: Path) -> dict[str, Any]:
    record = load_record(path)
    if not record["article"].get("source"):
        record["article"]["source"] = _source_name(path, root)
    return record


def _guarded(source: str, work: Callable[[], Outcome]) -> Outcome:
    try:
        return work()
    except (NewsgraphError, OSError) as exc:
        return Outcome(source=source, error=str(exc))


def _ingest_articles(files: list, writer: ArticleWriter, *, model: str | None, processes: int) -> Iterator[Outcome]:
    from kg.articles.reader import iter_file
    from kg.nlp import extract_many, load_pipeline

    articles = []
    for path, root in files:
        for item in iter_file(path, root):
            if isinstance(item, ArticleError):
                yield Outcome(source=_source_name(path, root), error=str(item))
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


__all__ = ["Outcome", "count_inputs", "ingest_paths", "is_record_file", "store_record", "RecordError"]
