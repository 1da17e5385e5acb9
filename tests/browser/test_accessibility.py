"""axe-core (WCAG 2.1 A and AA) on every page, both languages, desktop and phone widths."""

from __future__ import annotations

import pytest

from app.config import LANGUAGES
from tests.browser.conftest import run_axe
from tests.conftest import all_page_urls

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}


SHARDS = {"content": 2, "tools": 1}  # the content pages in two tests, so two processes share them
REFLOW_WIDTH = 320


def pages_of(app, lang: str, kind: str) -> list[str]:
    """One language's content pages, or its other pages (tools, directories, platforms)."""
    content = {page.url for page in app.extensions["recours.site"].pages}
    return [url for url in all_page_urls(app) if url.startswith(f"/{lang}/")
            and (url in content) == (kind == "content")]


def too_wide(page) -> tuple[int, list[str]] | None:
    """At a 320 px viewport: the page's width and its widest elements when it scrolls sideways
    (WCAG 1.4.10 reflow), None when it fits."""
    width = page.evaluate("document.documentElement.scrollWidth")
    if width <= REFLOW_WIDTH + 1:
        return None
    culprits = page.evaluate("""() => [...document.querySelectorAll('main *')]
        .filter(e => e.getBoundingClientRect().right > 322 && !e.closest('.table-wrap'))
        .slice(0, 3)
        .map(e => e.tagName + '.' + e.className + ':' + e.textContent.slice(0, 40))""")
    return width, culprits


PARTS = [(kind, shard) for kind, count in SHARDS.items() for shard in range(count)]


@pytest.mark.parametrize(("kind", "shard"), PARTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_on_any_page(app, live_server, context, axe_source, lang, kind,
                                            shard):
    """Each page is loaded once and checked at each width (the viewport is resized in place:
    media queries apply as on a phone), then at 320 px for reflow (no sideways scrolling); one
    test per language and kind of page (the content pages in SHARDS[kind] parts)."""
    page = context.new_page()
    failures, wide = {}, []
    urls = pages_of(app, lang, kind)
    assert len(urls) > 5
    for url in urls[shard::SHARDS[kind]]:
        page.set_viewport_size({"width": WIDTHS["desktop"][0], "height": WIDTHS["desktop"][1]})
        page.goto(live_server + url, wait_until="load")
        for width_name, (width, height) in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": height})
            violations = run_axe(page, axe_source)
            if violations:
                failures[f"{width_name} {url}"] = violations
        page.set_viewport_size({"width": REFLOW_WIDTH, "height": 640})
        if found := too_wide(page):
            wide.append((url, *found))
    assert not failures, failures
    assert not wide, f"scrolls sideways at {REFLOW_WIDTH} px: {wide}"


def test_every_page_is_checked_for_axe_and_reflow(app):
    """The parts of the test above cover every page of the site map, each once."""
    checked = [url for lang in LANGUAGES for kind, count in SHARDS.items()
               for shard in range(count) for url in pages_of(app, lang, kind)[shard::count]]
    assert sorted(checked) == sorted(all_page_urls(app))


def test_axe_really_reports_violations(live_server, context, axe_source):
    """The check can fail: a page with an unlabelled field and poor contrast is caught."""
    page = context.new_page()
    page.goto(live_server + "/fr/", wait_until="load")
    page.evaluate("""() => {
        const input = document.createElement('input'); document.querySelector('main').append(input);
        const p = document.createElement('p'); p.textContent = 'faint';
        p.style.color = '#eee'; document.querySelector('main').append(p); }""")
    ids = {v["id"] for v in run_axe(page, axe_source)}
    assert "label" in ids and "color-contrast" in ids


@pytest.mark.parametrize("url", ["/fr/", "/en/"])
def test_quick_exit_is_visible_without_scrolling_on_a_phone(live_server, context, url):
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 568})
    page.goto(live_server + url)
    box = page.locator("[data-quick-exit-link]").bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 568
    assert box["x"] + box["width"] <= 320
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(100)
    assert page.locator("[data-quick-exit-link]").is_visible()
    box = page.locator("[data-quick-exit-link]").bounding_box()
    assert 0 <= box["y"] <= 568, "the exit stays in view when the page scrolls"
