"""On a phone's first screen (375 × 640), the home page offers its ways in; offence pages put what
to do before the contents list. With and without JavaScript, in both languages."""

from __future__ import annotations

import pytest

from app.pages.tools import tool_url

FIRST_SCREEN = 640
WAYS_IN = {"fr": ("/fr/que-faire", "Que faire maintenant"),
           "en": ("/en/what-to-do", "What to do now")}


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_home_page_first_screen_offers_the_three_ways_in(browser, live_server, lang, javascript,
                                                         tmp_path):
    context = browser.new_context(viewport={"width": 375, "height": FIRST_SCREEN},
                                  java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{live_server}/{lang}/", wait_until="load")
    what_to_do, name = WAYS_IN[lang]
    for href in (what_to_do, tool_url("qualify", lang), tool_url("complaint", lang)):
        link = page.locator(f"main .start-links a[href='{href}']")
        box = link.bounding_box()
        assert box is not None, href
        assert box["y"] + box["height"] / 2 < FIRST_SCREEN, (href, box)
    assert page.locator("main .start-links a").first.inner_text() == name
    shot = tmp_path / f"home-{lang}-375.png"
    page.screenshot(path=str(shot))  # what the person sees, kept with the test's temporary files
    assert shot.stat().st_size > 0
    context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_home_page_ways_in_lead_to_the_tools(context, live_server, lang):
    page = context.new_page()
    page.goto(f"{live_server}/{lang}/")
    page.locator(f"main .start-links a[href='{tool_url('complaint', lang)}']").click()
    page.wait_for_url(f"**{tool_url('complaint', lang)}")
    assert page.locator("main h1").count() == 1


@pytest.mark.parametrize("url", ["/fr/deepfake-sexuel-226-8-1", "/en/sexual-deepfake-226-8-1"])
def test_offence_page_shows_what_to_do_before_the_contents_list(context, live_server, url):
    page = context.new_page()
    page.set_viewport_size({"width": 375, "height": FIRST_SCREEN})
    page.goto(live_server + url)
    steps = page.locator("main .first-steps").bounding_box()
    contents = page.locator("main nav.toc").bounding_box()
    summary = page.locator("main .summary").bounding_box()
    assert summary["y"] < steps["y"] < contents["y"]

