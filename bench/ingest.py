"""Where ingest time goes, per article: extraction, mapping to RDF, the SHACL gate, the store write.

Run by hand: `python bench/ingest.py [--rounds 3]`. Prints a Markdown table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.articles import Article, iter_articles
from kg.nlp import extract_many, load_pipeline
from kg.rdf.mapping import record_to_graph
from kg.store import OxigraphStore
from kg.validate import check_graph

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds per stage")
    rounds = parser.parse_args().rounds
    articles = [a for a in iter_articles(DEV) if isinstance(a, Article)]
    nlp = load_pipeline()
    list(extract_many(articles[:1], nlp))  # warm up
    stages: dict[str, float] = {}
    best = lambda work: min(timed(work)[0] for _ in range(rounds))  # noqa: E731
    stages["extraction"] = best(lambda: list(extract_many(articles, nlp)))
    records = [r for _, r in extract_many(articles, nlp)]
    stages["mapping to RDF"] = best(lambda: [record_to_graph(r) for r in records])
    graphs = [record_to_graph(r) for r in records]
    stages["SHACL gate"] = best(lambda: [check_graph(g) for _, g in graphs])
    stages["N-Triples + store write"] = best(lambda: _write(graphs))
    triples = sum(len(g) for _, g in graphs) / len(graphs)
    print(f"{len(articles)} dev articles, {triples:.0f} triples each on average, best of {rounds} rounds\n")
    print("| stage | ms per article |\n|---|---|")
    for stage, seconds in stages.items():
        print(f"| {stage} | {seconds / len(articles) * 1000:.0f} |")
    total = sum(stages.values()) / len(articles)
    print(f"| **all** | **{total * 1000:.0f}** ({1 / total:.1f} articles/s) |")


def _write(graphs) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = OxigraphStore(Path(folder) / "store")
        for iri, graph in graphs:
            store.put_article(str(iri), graph.serialize(format="nt"))


if __name__ == "__main__":
    main()
