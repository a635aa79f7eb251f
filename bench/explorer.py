"""Explorer benchmark: the layout time of a 300-node neighbourhood in headless Chromium.

A store is built from the dev articles (`kg ingest corpus/dev`) and the seed's gold record, unless
--store names one; `kg serve` serves it on a free loopback port. The view grows (articles expanded
one by one, then a page more of each) until it shows at least --nodes nodes; that view's address is then
opened --runs times in a fresh page, and the fcose layout time the page measures (performance.now()
around the layout run) is read from the canvas. Writes the "## Explorer" section of docs/performance.md.

    python bench/explorer.py [--nodes 300] [--runs 5] [--store DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
SEED_RECORD = ROOT.parent / "shared" / "seeds" / "000_9a0db413bb4ab67c.record.json"
SCREENSHOT = ROOT / "test-artifacts" / "screenshots" / "bench-explorer.png"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
ARTICLES = "SELECT ?a WHERE { ?a a <https://w3id.org/newsgraph/ontology#NewsArticle> } ORDER BY ?a"


def build_store(folder: Path) -> Path:
    store = folder / "store"
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", "--store", str(store), str(ROOT / "corpus" / "dev")],
                   check=True, cwd=ROOT, capture_output=True)
    if SEED_RECORD.exists():
        subprocess.run([sys.executable, "-m", "kg.cli", "ingest", "--store", str(store), str(SEED_RECORD)],
                       check=True, cwd=ROOT, capture_output=True)
    return store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=2).close()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("kg serve did not come up")


def articles(url: str) -> list[str]:
    request = urllib.request.Request(url + "/sparql?" + urllib.parse.urlencode({"query": ARTICLES}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request) as reply:
        return [row["a"]["value"] for row in json.load(reply)["results"]["bindings"]]


def steps(found: list[str]) -> list[tuple[str, str]]:
    """Ways to grow the view, one at a time: expand each article, then show a page more of each."""
    return [("expand", a) for a in found[1:]] + [("more", a) for _ in range(20) for a in found]


def view(found: list[str], size: int) -> str:
    return "/?" + urllib.parse.urlencode([("focus", found[0])] + steps(found)[:size])


def load(browser, url: str) -> dict:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("body[data-state=ready]", timeout=60_000)
    ready = time.perf_counter() - started
    nodes = int(re.match(r"(\d+) nodes", page.inner_text("#status")).group(1))
    result = {"nodes": nodes, "layout_ms": int(page.get_attribute("#canvas", "data-layout-ms")), "ready_s": ready, "page": page}
    return result


def measure(base: str, target: int, runs: int) -> dict:
    found = articles(base)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        size = 0
        while size < len(steps(found)):
            probe = load(browser, base + view(found, size))
            probe["page"].close()
            if probe["nodes"] >= target:
                break
            size += max(1, (target - probe["nodes"]) // 25)
        address = view(found, size)
        samples = [load(browser, base + address) for _ in range(runs)]
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        samples[-1]["page"].screenshot(path=str(SCREENSHOT))
        browser.close()
    layouts = [s["layout_ms"] for s in samples]
    return {
        "cores": os.cpu_count(), "load": os.getloadavg()[0],
        "nodes": samples[-1]["nodes"], "articles": len(found), "median_ms": statistics.median(layouts),
        "max_ms": max(layouts), "ready_s": statistics.median(s["ready_s"] for s in samples), "runs": runs,
    }


def section(result: dict) -> str:
    cpu = platform.processor() or platform.machine()
    return (
        "## Explorer\n\n"
        f"`python bench/explorer.py` on {cpu} ({result['cores']} cores, load average {result['load']:.1f} at the end; "
        f"Python {platform.python_version()}), Debian's headless Chromium at "
        f"1280x800: a view of {result['nodes']} nodes (dev-set articles and their neighbours, {result['articles']} "
        "articles in the store), "
        f"opened {result['runs']} times in a fresh page.\n\n"
        "| measure | value |\n|---|---|\n"
        f"| fcose layout, median | {result['median_ms']:.0f} ms |\n"
        f"| fcose layout, worst | {result['max_ms']:.0f} ms |\n"
        f"| page load to drawn graph (queries included), median | {result['ready_s']:.2f} s |\n\n"
        "Target: the layout of a 300-node neighbourhood finishes in under 2 s.\n"
    )


def write_section(text: str) -> None:
    """Replace (or add) the Explorer section, leaving every other section as it is."""
    old = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n"
    pattern = re.compile(r"## Explorer\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    DOC.write_text(new, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=300, help="smallest view to measure")
    parser.add_argument("--runs", type=int, default=5, help="fresh page loads to measure")
    parser.add_argument("--store", type=Path, help="an existing store (default: build one from corpus/dev)")
    parser.add_argument("--no-write", action="store_true", help="print the section, leave docs/performance.md alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = args.store or build_store(Path(folder))
        server, base = start_server(store)
        try:
            result = measure(base, args.nodes, args.runs)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=15)
    text = section(result)
    if not args.no_write:
        write_section(text)
    print(text)


if __name__ == "__main__":
    main()
