"""A person whose name is an HTML injection is searched, inspected and dereferenced without any script running."""

from __future__ import annotations

from conftest import screenshot, wait_ready
from hostile import HOSTILE_CLAIM, HOSTILE_NAME
from playwright.sync_api import expect


def test_hostile_name_is_shown_as_text_everywhere(open_page, trouble):
    page = open_page("/")
    page.locator("#search").press_sequentially("Mallory", delay=20)
    suggestion = page.locator("#suggestions li.suggestion").first
    expect(suggestion).to_contain_text(HOSTILE_NAME, timeout=3000)
    suggestion.click()
    wait_ready(page)
    expect(page.locator("#panel h2")).to_have_text(HOSTILE_NAME)
    expect(page.locator("#panel .claims")).to_contain_text(HOSTILE_CLAIM)
    expect(page.locator("#panel .evidence mark").first).to_have_text(HOSTILE_NAME)
    expect(page.locator("#node-list")).to_contain_text(HOSTILE_NAME)
    assert page.locator("img").count() == 0
    screenshot(page, "10-hostile-panel")

    with page.expect_navigation():
        page.locator("#panel a.ld-link").click()
    expect(page.locator("h1")).to_have_text(HOSTILE_NAME)
    assert page.locator("img").count() == 0
    page.wait_for_timeout(300)
    screenshot(page, "11-hostile-linked-data")
    assert trouble.dialogs == []
    assert trouble.errors == []
