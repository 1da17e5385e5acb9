"""Search in a real browser: works with JavaScript off and by keyboard, never puts the query in the
address, and axe finds nothing on the form, a results page and a no-result page at 1280/375 px."""

from __future__ import annotations

import pytest

from tests.browser.conftest import run_axe
from tests.conftest import localized

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}


@pytest.fixture()
def no_js_page(browser, live_server):
    ctx = browser.new_context(java_script_enabled=False)
    yield ctx.new_page()
    ctx.close()


@pytest.mark.parametrize(("lang", "query", "title"), [("fr", "plaite", "Porter plainte"),
                                                      ("en", "sextortion", "Sextortion")])
def test_search_from_the_header_without_javascript(no_js_page, live_server, lang, query, title):
    page = no_js_page
    page.goto(f"{live_server}/{lang}/")
    page.fill("#search-box-q", query)
    with page.expect_navigation():
        page.press("#search-box-q", "Enter")
    assert page.url == live_server + localized(f"/{lang}/search"), \
        "the query never enters the address"
    assert query not in page.title()
    first = page.locator(".result-title a").first
    assert title in first.inner_text()
    assert page.locator(".result-excerpt mark").count() > 0
    with page.expect_navigation():
        first.click()
    assert page.locator("h1").inner_text().startswith(title)


def test_search_page_form_by_keyboard_only(context, live_server):
    page = context.new_page()
    page.goto(f"{live_server}/en/search")
    page.focus("#search-q")
    page.keyboard.type("revenge porn")
    page.keyboard.press("Tab")  # to the button
    assert page.evaluate("document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".result").count() > 0
    assert page.locator("#search-q").input_value() == "revenge porn"


def test_empty_search_shows_the_error_summary(no_js_page, live_server):
    page = no_js_page
    page.goto(f"{live_server}/fr/recherche")
    with page.expect_navigation():
        page.click("main button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    assert page.locator("#search-q").get_attribute("aria-invalid") == "true"


def test_axe_on_search_form_results_and_no_results(context, live_server, axe_source):
    page = context.new_page()
    failures = {}
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for lang, query in (("fr", None), ("en", None), ("fr", "plainte"), ("en", "deepfake"),
                            ("fr", "zzqxwv"), ("en", "")):
            page.goto(live_server + localized(f"/{lang}/search"))
            if query is not None:
                page.fill("#search-q", query)
                with page.expect_navigation():
                    page.click("main button[type=submit]")
            violations = run_axe(page, axe_source)
            if violations:
                failures[f"{width_name} {lang} {query!r}"] = violations
    assert not failures, failures


def test_header_search_box_fits_a_320_px_phone(context, live_server):
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    for url in ("/fr/", "/en/filing-a-complaint"):
        page.goto(live_server + url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 321, url
        box = page.locator("#search-box-q").bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 320


def test_axe_on_pages_with_the_header_search_box(context, live_server, axe_source):
    page = context.new_page()
    failures = {}
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for url in ("/fr/", "/en/filing-a-complaint"):
            page.goto(live_server + url)
            violations = run_axe(page, axe_source)
            if violations:
                failures[f"{width_name} {url}"] = violations
    assert not failures, failures
