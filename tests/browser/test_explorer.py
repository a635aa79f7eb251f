"""The explorer, step by step in headless Chromium: find, see, expand, inspect, claims, evidence, share."""

from __future__ import annotations

import re
import urllib.parse
import urllib.request

from conftest import screenshot, wait_ready
from playwright.sync_api import expect

ID = "https://w3id.org/newsgraph/id/"
PUTIN = ID + "person/vladimir-putin"
POKROVSK = ID + "place/pokrovsk"
SEED_ARTICLE = ID + "article/000_9a0db413bb4ab67c.txt"
CAPTURE_SENTENCE = "Russia claimed on Monday to have captured the eastern Ukrainian city of Pokrovsk"


def node_count(page) -> int:
    return int(re.match(r"(\d+) nodes", page.inner_text("#status")).group(1))


def canvas_nodes(page) -> set[str]:
    return set(page.locator("#node-list button[data-iri]").evaluate_all("(els) => els.map((e) => e.dataset.iri)"))


def panel_title(page):
    return page.locator("#panel h2")


def act(page, locator) -> None:
    """Click something that changes the view, and wait until the view is drawn again."""
    locator.click()
    wait_ready(page)


def select_node(page, iri: str) -> None:
    """Select a node through the list of every node on the canvas (the keyboard's way in)."""
    if page.locator("#node-list[open]").count() == 0:
        page.locator("#node-list summary").click()
    act(page, page.locator(f'#node-list button[data-iri="{iri}"]'))


def focus_url(iri: str) -> str:
    return "/?focus=" + urllib.parse.quote(iri, safe="")


def test_putin_to_pokrovsk_to_the_capture_claim_and_back(open_page, trouble):
    page = open_page("/")
    search = page.locator("input[type=search]").first
    expect(search).to_have_id("search")

    search.press_sequentially("Putin", delay=30)
    first = page.locator("#suggestions li.suggestion").first
    expect(first).to_be_visible(timeout=1000)
    expect(first).to_contain_text("Vladimir Putin")
    assert page.locator("datalist").count() == 0
    screenshot(page, "01-suggestions")

    act(page, first)
    assert urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)["focus"] == [PUTIN]
    expect(panel_title(page)).to_have_text("Vladimir Putin")
    connections = page.locator("#panel .connections")
    expect(connections).to_contain_text("visit by Vladimir Putin")
    expect(connections).to_contain_text("speaker")
    assert {SEED_ARTICLE, ID + "role/vladimir-putin/president/russia"} <= canvas_nodes(page)
    assert node_count(page) >= 6
    screenshot(page, "02-putin")

    act(page, connections.locator(f'button[data-iri="{SEED_ARTICLE}"]'))
    act(page, page.get_by_role("button", name="Expand", exact=True))
    assert POKROVSK in canvas_nodes(page)
    select_node(page, POKROVSK)
    act(page, page.get_by_role("button", name="Expand", exact=True))
    expect(panel_title(page)).to_have_text("Pokrovsk")
    expect(page.locator("#panel .connections")).to_contain_text("capture by Russia of Pokrovsk")
    screenshot(page, "03-pokrovsk-expanded")

    capture = page.locator("#panel .claim").filter(has_text="Russian forces captured Pokrovsk.").filter(has_text="Russia claimed")
    act(page, capture.first.locator("button.open-claim"))
    expect(panel_title(page)).to_have_text("Russian forces captured Pokrovsk.")
    claimant = page.locator("#panel .claim").filter(has_text="states it")
    expect(claimant).to_have_count(1)
    expect(claimant.locator(".speaker")).to_have_text("Russia")
    expect(claimant).to_contain_text("claimed")
    expect(claimant.locator(".badge.verification")).to_have_text("unverified")
    ukraine = page.locator("#panel .claim").filter(has=page.locator(".speaker", has_text=re.compile("^Ukraine$")))
    expect(ukraine).to_contain_text("dismissed")
    expect(ukraine.locator(".badge.stance")).to_have_text(re.compile("denies|disputes"))
    screenshot(page, "04-capture-claim")

    evidence = page.locator("#panel .evidence li").first
    evidence.scroll_into_view_if_needed()
    expect(evidence.locator("mark")).to_have_text(CAPTURE_SENTENCE)
    expect(evidence.locator("blockquote")).to_contain_text("in what would be an important victory")
    expect(evidence.locator(".source")).to_contain_text("CNN, 2025-12-01")
    screenshot(page, "05-evidence")

    shared, before = page.url, canvas_nodes(page)
    again = open_page(shared[shared.index("/?"):])
    expect(panel_title(again)).to_have_text("Russian forces captured Pokrovsk.")
    assert canvas_nodes(again) == before
    assert again.url == shared
    screenshot(again, "06-reloaded")
    assert trouble.errors == [] and trouble.dialogs == []


def test_claims_filter_by_stance_and_verification_and_sort_by_date(open_page):
    page = open_page(focus_url(POKROVSK))
    claims = page.locator("#panel .claims")
    total = claims.locator(".claim").count()
    assert total >= 5
    claims.get_by_label("Verification").select_option("unverified")
    expect(claims.locator(".badge.verification").filter(has_not_text="unverified")).to_have_count(0)
    assert 1 <= claims.locator(".claim").count() < total
    claims.get_by_label("Verification").select_option("")
    claims.get_by_label("Stance").select_option("disputes")
    expect(claims.locator(".badge.stance").filter(has_not_text="disputes")).to_have_count(0)
    claims.get_by_label("Stance").select_option("")
    claims.get_by_label("Sort").select_option("oldest first")
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", " ".join(claims.locator(".claim .source").all_inner_texts()))
    assert dates == sorted(dates)
    screenshot(page, "07-claims-filtered")


def test_expand_collapse_remove_more_undo(open_page):
    page = open_page(focus_url(PUTIN))
    start = canvas_nodes(page)
    select_node(page, SEED_ARTICLE)
    act(page, page.get_by_role("button", name="Expand", exact=True))
    expanded = canvas_nodes(page)
    assert len(expanded) > len(start)
    more = page.get_by_role("button", name=re.compile(r"Show more \(\d+ more\)"))
    act(page, more)
    assert len(canvas_nodes(page)) > len(expanded)
    act(page, page.get_by_role("button", name="Collapse", exact=True))
    assert canvas_nodes(page) == start
    act(page, page.locator("#undo"))
    assert len(canvas_nodes(page)) > len(expanded)
    act(page, page.get_by_role("button", name="Remove", exact=True))
    assert SEED_ARTICLE not in canvas_nodes(page)
    expect(panel_title(page)).to_have_text("Vladimir Putin")
    act(page, page.locator("#undo"))
    assert SEED_ARTICLE in canvas_nodes(page)
    page.locator("#fit").click()
    screenshot(page, "08-expanded-more")


def test_clicking_a_node_on_the_canvas_opens_it_and_double_clicking_folds_it(open_page):
    page = open_page(focus_url(PUTIN))
    start = canvas_nodes(page)
    box = page.locator("#canvas").bounding_box()
    # cytoscape keeps its instance on the container; the test reads a node's place on the screen from it
    spot = page.evaluate(
        "(iri) => document.getElementById('canvas')._cyreg.cy.getElementById(iri).renderedPosition()", SEED_ARTICLE)
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    wait_ready(page)
    expect(panel_title(page)).to_have_text(SEED_ARTICLE.rsplit("/", 1)[1])
    opened = canvas_nodes(page)
    assert len(opened) > len(start)
    spot = page.evaluate(
        "(iri) => document.getElementById('canvas')._cyreg.cy.getElementById(iri).renderedPosition()", SEED_ARTICLE)
    page.mouse.dblclick(box["x"] + spot["x"], box["y"] + spot["y"])
    wait_ready(page)
    assert canvas_nodes(page) == start


def test_class_and_date_filters_live_in_the_url(open_page):
    page = open_page(focus_url(PUTIN))
    assert any("/statement/" in iri for iri in canvas_nodes(page))
    act(page, page.locator('#legend input[data-class="statement"]'))
    assert not any("/statement/" in iri for iri in canvas_nodes(page))
    assert "hide=statement" in page.url
    page.fill("#date-to", "2025-11-30")
    page.locator("#date-to").dispatch_event("change")
    wait_ready(page)
    assert "to=2025-11-30" in page.url
    assert not any("meeting" in text for text in page.locator("#node-list button").all_inner_texts())
    shared = page.url
    again = open_page(shared[shared.index("/?"):])
    expect(again.locator('#legend input[data-class="statement"]')).not_to_be_checked()
    expect(again.locator("#date-to")).to_have_value("2025-11-30")
    assert canvas_nodes(again) == canvas_nodes(page)


def test_keyboard_only(open_page):
    page = open_page("/")
    page.keyboard.press("/")
    expect(page.locator("#search")).to_be_focused()
    page.keyboard.type("Pokrovsk", delay=20)
    expect(page.locator("#suggestions li.suggestion").first).to_be_visible(timeout=3000)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    wait_ready(page)
    expect(panel_title(page)).to_have_text("Pokrovsk")
    page.locator("#panel .connections button").first.focus()
    page.keyboard.press("Enter")
    wait_ready(page)
    assert panel_title(page).inner_text() != "Pokrovsk"
    expect(panel_title(page)).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#panel') !== null")
    assert page.evaluate("document.activeElement.tagName") in ("BUTTON", "A", "SELECT")

    page.locator("#canvas").focus()
    before = panel_title(page).inner_text()
    page.keyboard.press("ArrowRight")
    wait_ready(page)
    assert panel_title(page).inner_text() != before
    expect(page.locator("#canvas")).to_be_focused()


def test_narrow_window(open_page):
    page = open_page(focus_url(POKROVSK), width=420, height=860)
    expect(page.locator("#search")).to_be_visible()
    expect(panel_title(page)).to_have_text("Pokrovsk")
    assert page.evaluate("document.documentElement.scrollWidth") <= 420
    assert page.locator("#canvas").bounding_box()["height"] > 300
    screenshot(page, "09-narrow")


def test_content_security_policy_forbids_inline_scripts(explorer_server):
    with urllib.request.urlopen(explorer_server.url + "/") as reply:
        policy = reply.headers["Content-Security-Policy"]
        page = reply.read().decode()
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["style-src"]
    assert re.search(r"<script(?![^>]*\bsrc=)", page) is None, "no inline script"
    assert re.search(r"<[^>]+\s(on[a-z]+|style)\s*=", page) is None, "no inline handler or style"
    assert re.search(r'(src|href)="(https?:)?//', page) is None, "nothing from another origin"


def test_other_pages_get_a_policy_and_still_work(open_page, trouble, explorer_server):
    request = urllib.request.Request(explorer_server.url + "/sparql", headers={"Accept": "text/html"})
    with urllib.request.urlopen(request) as reply:
        policy = reply.headers["Content-Security-Policy"]
        page_text = reply.read().decode()
    assert "script-src 'self';" in policy
    assert re.search(r"<script(?![^>]*\b(src=|type=\"application/json\"))", page_text) is None
    page = open_page(focus_url(PUTIN))
    page.goto(explorer_server.url + "/sparql")
    page.select_option("#examples", index=1)
    expect(page.locator("#query")).to_have_value(re.compile("SELECT"))
    assert trouble.errors == []
