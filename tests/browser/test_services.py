"""Services pages in a real browser: axe at desktop and phone widths (form, choice, result and
error pages too), and the postcode flow done with the keyboard alone and JavaScript off, the
postcode never appearing in any address the browser visits."""

from __future__ import annotations

import pytest

from tests.browser.conftest import run_axe
from tests.conftest import localized

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}
GET_PAGES = [localized("/fr/services"), "/en/services",
             localized("/fr/services?age=15-17&help=removal"),
             "/en/services?urgent=yes&help=legal", localized("/fr/services?age=oops"),
             "/fr/aide-pres-de-chez-vous", "/en/help-near-you"]
# (language, typed text): a result, a choice list, and an error
POSTED = [("fr", "75011"), ("en", "13001"), ("fr", "01000"), ("en", "st etienne"),
          ("fr", "zzzz"), ("en", "")]


def submit_place(page, base, lang, typed):
    page.goto(base + localized(f"/{lang}/help-near-you"))
    page.fill("#place", typed)
    with page.expect_navigation():
        page.press("#place", "Enter")


def test_axe_finds_no_violation_on_the_services_pages(live_server, context, axe_source):
    page = context.new_page()
    failures = {}
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for url in GET_PAGES:
            page.goto(live_server + url)
            if violations := run_axe(page, axe_source):
                failures[f"{width_name} {url}"] = violations
        for lang, typed in POSTED:
            submit_place(page, live_server, lang, typed)
            if violations := run_axe(page, axe_source):
                failures[f"{width_name} POST {lang} {typed!r}"] = violations
    assert not failures, failures


@pytest.mark.parametrize(("lang", "typed"), POSTED[:4])
def test_answers_reflow_at_320_px(live_server, context, lang, typed):
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    submit_place(page, live_server, lang, typed)
    assert page.evaluate("document.documentElement.scrollWidth") <= 321


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} never received the focus")


def test_postcode_flow_by_keyboard_without_javascript(browser, app, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    visited: list[str] = []
    posted: list[str] = []
    page.on("request", lambda request: visited.append(request.url))
    page.on("request", lambda request: posted.append(request.post_data or ""))
    try:
        page.goto(live_server + localized("/fr/services"))
        tab_to(page, 'a[href="/fr/aide-pres-de-chez-vous"]')
        with page.expect_navigation():
            page.keyboard.press("Enter")
        tab_to(page, "#place")
        page.keyboard.type("01000")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.locator('input[type="radio"][name="commune"]').count() >= 2
        assert page.input_value("#place") == "01000", "the typed text is kept"
        tab_to(page, 'input[type="radio"][name="commune"]')
        page.keyboard.press("Space")
        page.keyboard.press("ArrowDown")
        assert page.is_checked("#commune-01344"), "Saint-Denis-lès-Bourg chosen by keyboard"
        tab_to(page, 'form:has(input[name="step"]) button[type="submit"]')
        with page.expect_navigation():
            page.keyboard.press("Enter")
        main = page.inner_text("main")
        assert "Saint-Denis-lès-Bourg" in main
        assert "Tribunal judiciaire de Bourg-en-Bresse" in main
        assert "Monsieur ou Madame le Procureur de la République" in main
        assert "Conseil départemental d'accès au droit de l'Ain" in main
        visited.append(page.url)
    finally:
        context.close()
    assert any("01000" in body for body in posted), "the postcode went in a POST body"
    assert not [url for url in visited if "01000" in url or "01344" in url], visited


@pytest.mark.parametrize("javascript", [True, False])
def test_directory_filters_stay_out_of_the_address_bar_and_history(browser, live_server,
                                                                   javascript):
    """A filter says something of a situation (a minor, blackmail): it travels in the body."""
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    try:
        page.goto(live_server + localized("/fr/services"))
        page.click("details.filters summary")
        page.select_option("#filter-age", "under-15")
        page.select_option("#filter-help", "removal")
        with page.expect_navigation():
            page.click("details.filters button[type=submit]")
        assert page.url == live_server + localized("/fr/services"), page.url
        assert page.input_value("#filter-age") == "under-15", "the choice is shown again"
        history = page.evaluate("history.length") if javascript else None
    finally:
        context.close()
    assert history is None or history <= 3
