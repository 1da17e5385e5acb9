"""Quick exit, no cookie, no third-party request, everything usable without JavaScript."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.conftest import all_page_urls


def test_exit_button_leaves_and_back_does_not_return(live_server, context, app):
    page = context.new_page()
    page.goto(live_server + "/fr/que-faire")
    page.get_by_role("link", name="Quitter ce site").click()
    page.wait_for_url(app.config["QUICK_EXIT_URL"].split("?")[0] + "**")
    assert page.title() == "Weather"
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(live_server), page.url


def test_shift_three_times_leaves(live_server, context, app):
    page = context.new_page()
    page.goto(live_server + "/en/what-to-do")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(app.config["QUICK_EXIT_URL"].split("?")[0] + "**")
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(live_server)


def test_after_several_pages_back_from_the_exit_leaves_the_site(live_server, context, app):
    """Links inside the site replace the history entry: the visit takes one entry in all."""
    page = context.new_page()
    page.goto(live_server + "/en/")
    entries = page.evaluate("history.length")
    page.locator("main a[href='/en/what-to-do']").first.click()
    page.wait_for_url("**/en/what-to-do")
    page.get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/que-faire")
    assert page.evaluate("history.length") == entries
    page.get_by_role("link", name="Quitter ce site").click()
    page.wait_for_url(app.config["QUICK_EXIT_URL"].split("?")[0] + "**")
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(live_server), page.url


def test_in_page_anchor_and_new_tab_clicks_keep_their_usual_behaviour(live_server, context):
    page = context.new_page()
    page.goto(live_server + "/en/staying-safe")
    page.locator("a[href='#main']").first.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    assert page.url.startswith(live_server + "/en/staying-safe")


def test_two_shift_presses_do_not_leave(live_server, context):
    page = context.new_page()
    page.goto(live_server + "/en/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.startswith(live_server)


def test_exit_is_reachable_by_keyboard_first(live_server, context):
    page = context.new_page()
    page.goto(live_server + "/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit-link')")


def test_skip_link_moves_focus_to_main(live_server, context):
    page = context.new_page()
    page.goto(live_server + "/fr/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_no_cookie_and_no_third_party_request_on_any_page(app, live_server, context):
    hosts = set()
    context.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page = context.new_page()
    for url in all_page_urls(app):
        page.goto(live_server + url, wait_until="networkidle")
        assert page.evaluate("document.cookie") == ""
        assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert context.cookies() == []
    assert hosts == {urlsplit(live_server).netloc}, hosts


@pytest.mark.parametrize("url", ["/fr/", "/en/what-to-do"])
def test_quick_exit_works_without_javascript(browser, live_server, url, app):
    context = browser.new_context(java_script_enabled=False)
    exit_host = app.config["QUICK_EXIT_URL"].split("/")[2]
    context.route(f"https://{exit_host}/**", lambda r: r.fulfill(body="<title>Weather</title>",
                                                                 content_type="text/html"))
    page = context.new_page()
    page.goto(live_server + url)
    page.locator("[data-quick-exit-link]").click()
    page.wait_for_url(f"https://{exit_host}/**")
    context.close()


def test_every_page_works_without_javascript(app, browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for url in all_page_urls(app):
        response = page.goto(live_server + url)
        assert response.status == 200, url
        assert page.locator("h1").count() == 1, url
        assert page.locator("h1").inner_text().strip(), url
    context.close()


def test_print_view_hides_navigation_and_exit(live_server, context):
    page = context.new_page()
    page.goto(live_server + "/fr/que-faire")
    page.emulate_media(media="print")
    assert not page.locator("[data-quick-exit-link]").is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert page.locator("h1").is_visible()
