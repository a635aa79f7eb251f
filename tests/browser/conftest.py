"""The explorer in real headless Chromium (Debian's, driven by Playwright) against a real `kg serve`.

The store is built once per session: the dev articles through `kg ingest` (when extraction works here),
then the seed's gold record on top of its own article, then an article with an HTML-injection name.
"""

from __future__ import annotations

import copy
import gc
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hostile import hostile_record
from kg.ingest import store_record
from kg.store import OxigraphStore
from serving import Server
from support import ROOT, run_kg

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
DEV_ARTICLES = ROOT / "corpus" / "dev"

if os.environ.get("CI") and not CHROMIUM.exists():  # .ci/run installs it: never pass CI without these tests
    raise RuntimeError("CI needs Debian's chromium at /usr/bin/chromium for the browser tests")
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need `pip install playwright`")
if not CHROMIUM.exists():
    pytest.skip("the browser tests need Debian's chromium at /usr/bin/chromium", allow_module_level=True)


def build_store(folder: Path, seed: dict) -> Path:
    path = folder / "store"
    if DEV_ARTICLES.is_dir():
        run_kg("ingest", str(DEV_ARTICLES), store=path)  # per-article rejections are fine; the rest is stored
    store = OxigraphStore(path)
    store_record(copy.deepcopy(seed), store)
    store_record(hostile_record(seed), store)
    store.flush()
    del store
    gc.collect()  # the embedded store releases its lock only when collected
    return path


@pytest.fixture(scope="session")
def explorer_server(tmp_path_factory, seed_record_data):
    server = Server(build_store(tmp_path_factory.mktemp("explorer"), seed_record_data), "--workers", "1")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Trouble:
    """What a page did that it should not: dialogs opened, console errors, uncaught exceptions."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def watch(self, page) -> None:
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))


@pytest.fixture
def trouble() -> Trouble:
    return Trouble()


@pytest.fixture
def open_page(browser, explorer_server, trouble):
    """open_page(path, width, height) -> a ready explorer page; every page is watched for trouble."""
    contexts = []

    def opener(path: str = "/", width: int = 1280, height: int = 800):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        trouble.watch(page)
        page.goto(explorer_server.url + path)
        wait_ready(page)
        return page

    yield opener
    for context in contexts:
        context.close()


def wait_ready(page) -> None:
    # A readiness wait, not a speed check (bench/explorer.py measures that): on the 139-article dev store
    # a view with the seed article expanded took up to 18 s to lay out on a slow host.
    page.wait_for_selector("body[data-state=ready]", timeout=60_000)


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture(scope="session", autouse=True)
def fresh_screenshots():
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
