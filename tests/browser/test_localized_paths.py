"""Addresses in the reader's language, in Chromium, with JavaScript on and off: a former French
address lands on the new one, a form there answers at the new address, and the language switch
goes to the other language's own path."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("javascript", [True, False])
def test_a_former_address_lands_on_the_french_path(browser, live_server, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/fr/help-near-you")
        assert page.url == f"{live_server}/fr/aide-pres-de-chez-vous"
        assert page.locator("h1").count() == 1
        page.fill("#place", "75011")
        with page.expect_navigation():
            page.locator("main form button[type=submit]").first.click()
        assert page.url == f"{live_server}/fr/aide-pres-de-chez-vous"
        assert "Paris" in page.locator("main").inner_text()
        with page.expect_navigation():
            page.locator('.language-switch a[hreflang="en"]').click()
        assert page.url == f"{live_server}/en/help-near-you"
        with page.expect_navigation():
            page.locator('.language-switch a[hreflang="fr"]').click()
        assert page.url == f"{live_server}/fr/aide-pres-de-chez-vous"
    finally:
        context.close()


def test_the_search_box_posts_to_the_french_path(context, live_server):
    page = context.new_page()
    page.goto(f"{live_server}/fr/plateformes")
    page.fill("#search-box-q", "plainte")
    with page.expect_navigation():
        page.press("#search-box-q", "Enter")
    assert page.url == f"{live_server}/fr/recherche"
    assert page.locator(".result-title a").count() > 0


# (former French path, French path, English path, a field of the tool's first form)
TOOLS = [
    ("/fr/qualify", "/fr/ma-situation", "/en/qualify", "#facts_date"),
    ("/fr/complaint", "/fr/plainte", "/en/complaint", "main form"),
    ("/fr/action", "/fr/faire-retirer-un-contenu", "/en/action", "main form"),
    ("/fr/services", "/fr/services-d-aide", "/en/services", "main form"),
]


@pytest.mark.parametrize(("old", "new", "english", "field"), TOOLS, ids=[t[1] for t in TOOLS])
def test_each_tool_has_its_french_address(context, live_server, old, new, english, field):
    """A former address lands on the French one; the menu links there; the language switch goes
    to the English path and back."""
    page = context.new_page()
    page.goto(live_server + old)
    assert page.url == live_server + new
    assert page.locator("h1").count() == 1 and page.locator(field).count() >= 1
    assert page.locator(f'.site-nav a[href="{new}"]').count() + \
        page.locator(f'a[href="{new}"]').count() >= 1, "no link to the tool's French address"
    with page.expect_navigation():
        page.locator('.language-switch a[hreflang="en"]').click()
    assert page.url == live_server + english
    with page.expect_navigation():
        page.locator('.language-switch a[hreflang="fr"]').click()
    assert page.url == live_server + new


def test_the_guided_questions_answer_at_the_french_address(context, live_server):
    """A step posted from /fr/ma-situation is answered there (no redirect, no answer in the URL)."""
    page = context.new_page()
    page.goto(f"{live_server}/fr/ma-situation")
    page.fill("#facts_date", "2025-03-01")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    assert page.url == f"{live_server}/fr/ma-situation"
    assert "2025-03-01" not in page.url and page.locator("h1").count() == 1
