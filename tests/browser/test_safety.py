"""Quick exit, no cookie, no third-party request, everything usable without JavaScript."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.conftest import all_page_urls, localized


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
    for _ in range(3):  # three quick taps; tried again if a loaded machine spaced them out
        for _ in range(3):
            page.keyboard.press("Shift")
        if not page.url.startswith(live_server):
            break
        page.wait_for_timeout(600)
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


def type_azerty(page, text: str) -> None:
    """Type as on a French AZERTY keyboard: every digit, and "/", needs Shift held down."""
    for char in text:
        if char.isdigit() or char == "/":
            page.keyboard.down("Shift")
            page.keyboard.press(char)  # the character typed, with Shift held (AZERTY)
            page.keyboard.up("Shift")
        else:
            page.keyboard.press(char)


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path, field", [(localized("/fr/qualify"), "#facts_date"),
                                         ("/fr/aide-pres-de-chez-vous", "#place")])
def test_typing_a_date_or_an_address_on_azerty_does_not_leave(browser, live_server, width, path,
                                                              field):
    """A date (05/12/2026) and a postcode typed with Shift held for each digit, as on a French
    keyboard: still on the site, the field still holds what was typed."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(live_server + path)
    page.locator(field).click()
    type_azerty(page, "05/12/2026 75011")
    page.wait_for_timeout(300)
    assert page.url.startswith(live_server + path), page.url
    assert not page.evaluate("document.body.classList.contains('is-exiting')")
    assert page.locator(field).input_value() != ""
    context.close()


def test_shift_taps_with_pauses_like_a_screen_reader_do_not_leave(live_server, context):
    """NVDA pauses and resumes speech with Shift alone: taps with a pause between them (here 0.7 s,
    which three deliberate quick taps never need) do not add up."""
    page = context.new_page()
    page.goto(live_server + "/en/what-to-do")
    for _ in range(6):
        page.keyboard.press("Shift")
        page.wait_for_timeout(700)
    assert page.url.startswith(live_server), page.url


def test_shift_held_down_or_with_another_key_between_does_not_count(live_server, context):
    page = context.new_page()
    page.goto(live_server + "/en/what-to-do")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Control")          # a screen reader's "stop speech" resets the count
    page.keyboard.press("Shift")
    page.keyboard.down("Shift")             # held: not a tap
    page.wait_for_timeout(700)
    page.keyboard.up("Shift")
    page.wait_for_timeout(300)
    assert page.url.startswith(live_server), page.url


def double_tap_announced(page, status) -> bool:
    """Tap Shift twice; under a loaded machine the two taps can reach the page more than half a
    second apart (then the count starts again, as it should), so the pair is tried three times."""
    for _ in range(3):
        page.keyboard.press("Shift")
        page.keyboard.press("Shift")
        if "Maj" in status.inner_text():
            return True
        page.keyboard.press("a")
    return False


def test_second_tap_announces_what_the_third_does(live_server, context):
    page = context.new_page()
    page.goto(live_server + "/fr/")
    status = page.locator("[data-quick-exit] [role=status]")
    page.keyboard.press("Shift")
    assert status.inner_text() == ""
    page.keyboard.press("a")
    assert double_tap_announced(page, status)
    page.keyboard.press("a")
    assert status.inner_text() == ""
    assert page.url.startswith(live_server)


def test_shift_hint_not_offered_on_a_touch_screen(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 740}, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    page.goto(live_server + "/en/")
    assert page.locator("[data-quick-exit-link]").is_visible()
    assert not page.locator(".quick-exit-hint").is_visible()
    context.close()


@pytest.mark.parametrize("js", [True, False])
def test_shift_hint_only_where_the_shortcut_works(browser, live_server, js):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=js)
    page = context.new_page()
    page.goto(live_server + "/fr/")
    assert page.locator(".quick-exit-hint").is_visible() is js
    context.close()


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


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_cookie_and_no_third_party_request_on_any_page(app, live_server, context, lang):
    hosts = set()
    context.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page = context.new_page()
    for url in (url for url in all_page_urls(app) if url.startswith(f"/{lang}/")):
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
