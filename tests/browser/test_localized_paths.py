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
