"""axe-core (WCAG 2.1 A and AA) on every page, both languages, desktop and phone widths."""

from __future__ import annotations

import pytest

from app.config import LANGUAGES
from tests.browser.conftest import run_axe
from tests.conftest import all_page_urls

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}


def pages_of(app, lang: str, kind: str) -> list[str]:
    """One language's content pages, or its other pages (tools, directories, platforms)."""
    content = {page.url for page in app.extensions["recours.site"].pages}
    return [url for url in all_page_urls(app) if url.startswith(f"/{lang}/")
            and (url in content) == (kind == "content")]


@pytest.mark.parametrize("kind", ["content", "tools"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_on_any_page(app, live_server, context, axe_source, lang, kind):
    """Each page is loaded once and checked at each width (the viewport is resized in place:
    media queries apply as on a phone); one test per language and kind of page."""
    page = context.new_page()
    failures = {}
    urls = pages_of(app, lang, kind)
    assert len(urls) > 5
    for url in urls:
        page.set_viewport_size({"width": WIDTHS["desktop"][0], "height": WIDTHS["desktop"][1]})
        page.goto(live_server + url, wait_until="load")
        for width_name, (width, height) in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": height})
            violations = run_axe(page, axe_source)
            if violations:
                failures[f"{width_name} {url}"] = violations
    assert not failures, failures


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


def test_pages_reflow_at_320_px_without_horizontal_scroll(app, live_server, context):
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    wide = []
    for url in all_page_urls(app):
        page.goto(live_server + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 321:
            culprits = page.evaluate("""() => [...document.querySelectorAll('main *')]
                .filter(e => e.getBoundingClientRect().right > 322 && !e.closest('.table-wrap'))
                .slice(0, 3)
                .map(e => e.tagName + '.' + e.className + ':' + e.textContent.slice(0, 40))""")
            wide.append((url, width, culprits))
    assert not wide
