"""The guided questions in a real browser: JavaScript off and keyboard only, no answer in any
URL of the history, and axe on every step, an error and the result at desktop and phone widths."""

from __future__ import annotations

import pytest

from app.interview.qualify import qualify_flow
from tests.browser.conftest import run_axe, settle
from tests.browser.helpers import PATH
from tests.browser.tools import press
from tests.conftest import localized

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}
def tab_to(page, selector: str, limit: int = 120) -> None:
    for _ in range(limit):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)",
                         selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def answer_with_keyboard(page, name: str, value: str) -> None:
    kind = page.get_attribute(f"[name={name}]:not([type=hidden])", "type")
    if kind == "radio":
        tab_to(page, f"input[name={name}]")
        page.keyboard.press("Space")
        for _ in range(8):
            if page.is_checked(f"#{name}-{value}"):
                return
            page.keyboard.press("ArrowDown")
        raise AssertionError(f"could not choose {value} for {name}")
    tab_to(page, f"#{name}")
    if kind == "date":
        parts = dict(zip(("year", "month", "day"), value.split("-"), strict=True))
        order = page.evaluate("""() => new Intl.DateTimeFormat(navigator.language)
            .formatToParts(new Date(2000, 10, 22)).filter(p => p.type !== 'literal')
            .map(p => p.type)""")  # the date field's segments follow the browser's locale
        page.keyboard.type("".join(parts[segment] for segment in order))
    else:
        page.keyboard.type(value)
    assert page.input_value(f"#{name}") == value


def test_questions_work_with_javascript_off_and_keyboard_only(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    visited = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))
    page.goto(f"{live_server}/en/qualify")
    for step, fields in PATH:
        assert page.get_attribute("input[name=step]", "value") == step
        for name, value in fields:
            answer_with_keyboard(page, name, value)
        tab_to(page, "button[value=next]")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    text = page.inner_text("main")
    assert "What the law says about my situation" in page.inner_text("h1")
    assert text.index("Send no more images") < text.index("Offences what happened")
    assert "227-23" in text and "(article 312-11)" in text
    # Back from the result: change my answers, then Back from step 2 to step 1, all by keyboard.
    tab_to(page, "button[value=restart]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.input_value("#facts_date") == "2025-03-01"
    context.close()
    assert visited and all(url == f"{live_server}/en/qualify" for url in visited), visited


def test_back_keeps_answers_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + localized("/fr/qualify"))
    page.fill("#facts_date", "2024-05-22")
    page.check("#repeated_acts-no")
    page.click("button[value=next]")
    page.click("button[value=next]")  # the age is optional
    page.check("#content_type-deepfake")
    page.click("button[value=back]")
    page.click("button[value=back]")
    assert page.input_value("#facts_date") == "2024-05-22"
    page.click("button[value=next]")
    page.click("button[value=next]")
    assert page.is_checked("#content_type-deepfake")
    page.click("button[value=next]")  # step "origin"
    settle(page)
    page.click("button[value=next]")  # nothing chosen: error summary, focusable link
    settle(page)
    assert page.locator(".error-summary a[href='#labelled_as_fake-yes']").count() == 1
    page.click(".error-summary a")
    assert page.evaluate("location.hash") == "#labelled_as_fake-yes"
    context.close()


@pytest.mark.parametrize("width_name", WIDTHS)
def test_axe_on_every_step_an_error_and_the_result(live_server, context, axe_source,
                                                   width_name):
    width, height = WIDTHS[width_name]
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": height})
    visited = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))
    failures = {}
    for lang in ("fr", "en"):
        page.goto(live_server + localized(f"/{lang}/qualify"))
        for number, (step, fields) in enumerate(PATH, start=1):
            if step == "content":  # an error state first
                page.click("button[value=next]")
                settle(page)
                failures[f"{lang} {step} error"] = run_axe(page, axe_source)
            failures[f"{lang} {number} {step}"] = run_axe(page, axe_source)
            for name, value in fields:
                kind = page.locator(f"[name={name}]:not([type=hidden])").first.get_attribute(
                    "type")
                if kind in ("date", "text"):
                    page.fill(f"#{name}", value)
                else:
                    page.check(f"#{name}-{value}")
            page.click("button[value=next]")
            settle(page)
        assert page.locator("button[value=restart]").count() == 1
        failures[f"{lang} result"] = run_axe(page, axe_source)
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width + 1, f"{lang} result scrolls sideways at {width}px"
    failures = {k: v for k, v in failures.items() if v}
    assert not failures, failures
    assert all("?" not in url and "2025-03-01" not in url for url in visited)


def test_api_page_passes_axe_and_reflows(live_server, context, axe_source):
    page = context.new_page()
    failures = {}
    for width, height in [*WIDTHS.values(), (320, 640)]:
        page.set_viewport_size({"width": width, "height": height})
        for lang in ("fr", "en"):
            page.goto(f"{live_server}/{lang}/api")
            failures[f"{lang} {width}"] = run_axe(page, axe_source)
            assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    assert not {k: v for k, v in failures.items() if v}, failures


# --- only what concerns the person: a real browser at 375 px, JavaScript on and off ----------

MINORS_QUESTIONS = {"victim_birth_date", "solicited_images_from_minor"}
REAL_IMAGE_QUESTIONS = {"how_obtained"}
PATHS = {
    "an adult's sexual deepfake": (
        {"facts_date": "2025-03-01", "repeated_acts": "no", "victim_age_at_facts": "30",
         "content_type": "sexual_deepfake", "labelled_as_fake": "no",
         "distribution": "public_online", "threat": "none", "author_relationship": "stranger",
         "author_age": "adult", "impersonation": "no", "others_joined": "no"},
        REAL_IMAGE_QUESTIONS | MINORS_QUESTIONS, {"labelled_as_fake", "age_shown_in_content"}),
    "an adult's real image, taken at 16": (
        {"facts_date": "2025-03-01", "repeated_acts": "no", "victim_age_at_facts": "20",
         "content_type": "real_intimate", "how_obtained": "recorded_during_exchange",
         "age_shown_in_content": "16", "distribution": "third_party",
         "threat": "money_or_other", "threat_channel": "private_messages",
         "threat_carried_out": "no", "author_relationship": "former_partner",
         "author_age": "adult", "impersonation": "no", "others_joined": "only_received"},
        MINORS_QUESTIONS | {"labelled_as_fake"},
        {"how_obtained", "age_shown_in_content", "threat_channel"}),
}
VISIBLE_FIELDS = """() => [...document.querySelectorAll(
    'main form input:not([type=hidden]), main form select, main form textarea')]
    .filter(e => e.getClientRects().length || e.type === 'radio').map(e => e.name)"""


def answer_shown_questions(page, answers: dict, javascript: bool = True,
                           limit: int = 14) -> set[str]:
    """Answer each page's questions as they come, by mouse and keyboard, until the result."""
    asked: set[str] = set()
    for _ in range(limit):
        if page.locator("input[name=step]").count() == 0:
            return asked
        names = set(page.evaluate(VISIBLE_FIELDS))
        asked |= names
        for name in sorted(names & set(answers)):
            if page.locator(f"#{name}-{answers[name]}").count():
                page.check(f"#{name}-{answers[name]}")
            else:
                page.fill(f"#{name}", answers[name])
        press(page, javascript=javascript)  # with JavaScript the page is replaced in place
    raise AssertionError(f"no result after {limit} pages")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("name", PATHS)
def test_a_path_asks_only_what_concerns_the_person(browser, live_server, name, javascript):
    answers, never, asked_here = PATHS[name]
    context = browser.new_context(java_script_enabled=javascript,
                                  viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server}/en/qualify")
    asked = answer_shown_questions(page, answers, javascript)
    assert not asked & never, asked & never
    assert asked_here <= asked, asked_here - asked
    text = page.inner_text("main")
    assert qualify_flow().text("en")["result"]["offences_title"] in text  # the result
    if "deepfake" in name:
        assert "226-8-1" in text and "227-23" not in text
    else:
        assert "227-23" in text and "Take It Down" in text
        assert "226-1" in text  # recorded during an agreed call: a capture
        assert page.evaluate("document.documentElement.scrollWidth") <= 376
    context.close()
