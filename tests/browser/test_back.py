"""Back works as people expect. With JavaScript the phone's Back inside a tool returns to the
previous step (never "Confirm form resubmission"), the visit stays one history entry plus one
spare of the same address, and Back after the quick exit leaves the site; nothing is stored
(no storage API, no cookie, no history state). Without JavaScript, tool pages say what Back may
show, and the form's own Back button returns a step with every answer kept."""

from __future__ import annotations

import pytest

from tests.browser.conftest import wait_until
from tests.browser.tools import MINOR_WALK, answer, press, step_id, tool_path

LANGS = pytest.mark.parametrize("lang", ["fr", "en"])


def wait_for_step(page, step: str) -> None:
    wait_until(page, "s => { const i = document.querySelector('main form input[name=step]');"
               " return !!i && i.value === s; }", step)


def nothing_stored(page) -> None:
    assert page.evaluate("history.state") is None
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.evaluate("document.cookie") == ""


@LANGS
@pytest.mark.parametrize("width", [375, 1280])
def test_the_phone_s_back_returns_to_the_previous_step(browser, live_server, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    for _step, values in MINOR_WALK[:4]:
        answer(page, values)
        press(page)
    assert step_id(page) == "sharing"
    assert page.evaluate("history.length") <= 3  # about:blank, the visit, one spare entry
    nothing_stored(page)
    page.go_back()
    wait_for_step(page, "origin")
    assert page.locator("#labelled_as_fake-no").is_checked()  # the answer is kept
    page.go_back()
    wait_for_step(page, "content")
    assert page.locator("#content_type-sexual_deepfake").is_checked()
    assert page.title().startswith("Étape 3" if lang == "fr" else "Step 3")
    nothing_stored(page)
    press(page)  # and forward again from there
    assert step_id(page) == "origin"
    context.close()


@LANGS
def test_back_from_the_first_step_and_after_the_exit_leaves_the_site(app, context,
                                                                     live_server, lang):
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    for _step, values in MINOR_WALK[:5]:
        answer(page, values)
        press(page)
    assert step_id(page) == "threat"
    page.locator("[data-quick-exit-link]").click()
    for _ in range(100):  # the exit steps back over the spare entry, then leaves
        if page.url.startswith("https://"):
            break
        page.wait_for_timeout(50)
    assert page.url == app.config["QUICK_EXIT_URL"]
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(live_server), page.url  # Back does not show the site
    # From the first step, Back leaves too (no spare entry there).
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    answer(page, MINOR_WALK[0][1])
    press(page)
    page.go_back()
    wait_for_step(page, "when")
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(live_server), page.url


def test_the_result_page_and_the_review_go_back_a_step(context, live_server):
    page = context.new_page()
    page.goto(live_server + tool_path("en", "qualify"))
    for _step, values in MINOR_WALK:
        answer(page, values)
        press(page)
    assert page.locator("main form input[name=step]").count() == 0  # the result page
    page.go_back()
    wait_for_step(page, "author")
    assert page.locator("#author_relationship-stranger").is_checked()


@LANGS
def test_without_javascript_tool_pages_say_what_back_may_show(browser, live_server, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    note = "bouton Retour du navigateur" if lang == "fr" else "browser's own Back button"
    assert note in page.locator("main").inner_text()
    answer(page, MINOR_WALK[0][1])
    press(page, javascript=False)
    answer(page, MINOR_WALK[1][1])
    press(page, javascript=False)
    answer(page, MINOR_WALK[2][1])
    press(page, javascript=False)
    press(page, "back", javascript=False)
    assert step_id(page) == "content"
    assert page.locator("#content_type-sexual_deepfake").is_checked()
    context.close()
    context = browser.new_context()  # with JavaScript the note is not shown
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    assert note not in page.locator("main").inner_text()
    context.close()
