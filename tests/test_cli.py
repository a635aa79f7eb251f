"""The `kg` command, run as a real child process."""

import copy
import json
import shutil

from support import SEED_RECORD, run_kg

SEED_GRAPH = "https://w3id.org/newsgraph/graph/article/000_9a0db413bb4ab67c.txt"


def ingest_seed(store):
    result = run_kg("ingest", str(SEED_RECORD), store=store)
    assert result.returncode == 0, result.stderr
    return result


def test_ingest_reports_on_stderr_and_keeps_stdout_clean(tmp_path):
    result = ingest_seed(tmp_path / "s")
    assert result.stdout == ""
    assert "1 article(s) stored" in result.stderr and "0 rejected" in result.stderr


def test_a_bad_record_is_rejected_the_others_ingested_and_exit_is_nonzero(tmp_path, seed_record):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_RECORD, folder / "good.json")
    bad = copy.deepcopy(seed_record)
    bad["article"]["source"] = "bad.txt"
    bad["people"][0]["mentions"][0]["text"] = "Pudding"
    (folder / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    (folder / "gold.gold.json").write_text("not even json", encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    result = run_kg("ingest", str(folder), store=tmp_path / "s")
    assert result.returncode == 1
    assert "bad.json" in result.stderr and "does not equal the article text" in result.stderr
    assert "broken.json" in result.stderr and "not a JSON extraction record" in result.stderr
    assert "gold.gold.json" not in result.stderr
    graphs = run_kg("query", "SELECT ?g WHERE { GRAPH ?g {} }", "--format", "csv", store=tmp_path / "s")
    assert graphs.stdout.split() == ["g", SEED_GRAPH]


def test_query_json_prints_exactly_one_sparql_results_document(tmp_path):
    ingest_seed(tmp_path / "s")
    query = "SELECT ?name WHERE { ?p a <http://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name LIMIT 2"
    result = run_kg("query", query, "--format", "json", store=tmp_path / "s")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in document["results"]["bindings"]] == ["Andriy Kovalenko", "Billy Stockwell"]
    ask = run_kg("query", "ASK { ?s ?p ?o }", "--format", "json", store=tmp_path / "s")
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}


def test_query_formats(tmp_path):
    ingest_seed(tmp_path / "s")
    select = 'SELECT ?s WHERE { ?s a <http://schema.org/Organization> ; <http://www.w3.org/2000/01/rdf-schema#label> "Kremlin" }'
    csv = run_kg("query", select, "--format", "csv", store=tmp_path / "s")
    assert csv.stdout.splitlines() == ["s", "https://w3id.org/newsgraph/id/organization/kremlin"]
    tsv = run_kg("query", select, "--format", "tsv", store=tmp_path / "s")
    assert tsv.stdout.splitlines() == ["?s", "<https://w3id.org/newsgraph/id/organization/kremlin>"]
    table = run_kg("query", select, store=tmp_path / "s")
    assert "organization/kremlin" in table.stdout and "(1 row)" in table.stdout
    construct = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t, <http://schema.org/Organization> ; <http://www.w3.org/2000/01/rdf-schema#label> \"Kremlin\" }"
    nt = run_kg("query", construct, "--format", "ntriples", store=tmp_path / "s")
    assert "<https://w3id.org/newsgraph/id/organization/kremlin> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> ." in nt.stdout
    ttl = run_kg("query", construct, store=tmp_path / "s")
    assert "schema:Organization" in ttl.stdout
    wrong = run_kg("query", construct, "--format", "json", store=tmp_path / "s")
    assert wrong.returncode == 1 and "is a graph" in wrong.stderr


def test_query_reads_from_a_file_and_reports_syntax_errors(tmp_path):
    ingest_seed(tmp_path / "s")
    (tmp_path / "q.rq").write_text("ASK { ?s a <http://schema.org/Claim> }", encoding="utf-8")
    assert run_kg("query", f"@{tmp_path / 'q.rq'}", store=tmp_path / "s").stdout.strip() == "true"
    bad = run_kg("query", "SELEC nothing", store=tmp_path / "s")
    assert bad.returncode == 1 and "query failed" in bad.stderr


def test_export_streams_to_stdout_or_a_file(tmp_path):
    ingest_seed(tmp_path / "s")
    nquads = run_kg("export", "--format", "nquads", store=tmp_path / "s")
    lines = nquads.stdout.splitlines()
    assert lines and all(line.endswith(f"<{SEED_GRAPH}> .") for line in lines)
    out = tmp_path / "dump.trig"
    written = run_kg("export", "--format", "trig", "--output", str(out), store=tmp_path / "s")
    assert written.stdout == "" and out.read_text(encoding="utf-8").count(f"<{SEED_GRAPH}>") == 1
    jsonld = run_kg("export", "--format", "jsonld", store=tmp_path / "s")
    assert json.loads(jsonld.stdout)


def test_validate_on_a_store_that_does_not_exist_reports_zero_articles(tmp_path):
    result = run_kg("validate", store=tmp_path / "nothing-here")
    assert result.returncode == 0
    assert "0 article(s) checked" in result.stderr
    assert not (tmp_path / "nothing-here").exists()


def test_validate_checks_every_article_graph(tmp_path):
    ingest_seed(tmp_path / "s")
    result = run_kg("validate", store=tmp_path / "s")
    assert result.returncode == 0 and "1 article(s) checked, 0 not conforming" in result.stderr


def test_validate_finds_a_graph_broken_behind_our_back(tmp_path):
    store = tmp_path / "s"
    ingest_seed(store)
    broken = tmp_path / "broken.nt"
    broken.write_text(
        "<https://w3id.org/newsgraph/id/person/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/newsgraph/ontology#Person> .\n", encoding="utf-8")
    imported = run_kg("import", str(broken), "--graph", "https://w3id.org/newsgraph/graph/article/x.txt", store=store)
    assert imported.returncode == 0, imported.stderr
    result = run_kg("validate", store=store)
    assert result.returncode == 1
    assert "article/x.txt does not conform" in result.stderr
    assert "Every node needs exactly one rdfs:label" in result.stderr


def test_delete_by_source_and_stats(tmp_path):
    store = tmp_path / "s"
    ingest_seed(store)
    stats = json.loads(run_kg("stats", "--json", store=store).stdout)
    assert stats["articles"] == 1 and stats["classes"]["Person"] == 9 and stats["classes"]["Statement"] == 11
    deleted = run_kg("delete", "000_9a0db413bb4ab67c.txt", store=store)
    assert deleted.returncode == 0 and SEED_GRAPH in deleted.stderr
    again = run_kg("delete", "000_9a0db413bb4ab67c.txt", store=store)
    assert again.returncode == 1 and "no article graph" in again.stderr
    assert json.loads(run_kg("stats", "--json", store=store).stdout)["triples"] == 0


def test_store_comes_from_kg_store_when_not_given(tmp_path):
    env = {"KG_STORE": str(tmp_path / "env-store")}
    assert run_kg("ingest", str(SEED_RECORD), env=env).returncode == 0
    assert (tmp_path / "env-store").is_dir()
    assert run_kg("query", "ASK { ?s ?p ?o }", env=env).stdout.strip() == "true"


def test_import_puts_someone_elses_graph_in_a_named_graph(tmp_path):
    data = tmp_path / "theirs.ttl"
    data.write_text('<http://example.org/a> <http://example.org/p> "x" .\n', encoding="utf-8")
    store = tmp_path / "s"
    result = run_kg("import", str(data), "--graph", "http://example.org/g", store=store)
    assert result.returncode == 0, result.stderr
    rows = run_kg("query", "SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }", "--format", "csv", store=store)
    assert rows.stdout.split() == ["o", "x"]


def test_help_documents_exit_codes():
    result = run_kg("--help")
    assert "Exit codes" in result.stdout and "3 the store cannot be opened" in result.stdout
