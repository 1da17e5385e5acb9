"""Forms that fit a phone (375 × 640), with JavaScript on and off, in both languages: the
question in the first screen under a compact header (quick exit and urgent help still in view),
one step count for the whole way, dates typed as the hint says, readable reviews, fields
marked optional that are optional, and anchors never hidden under the sticky exit bar."""

from __future__ import annotations

import re

import pytest

from tests.browser.tools import (
    MINOR_WALK,
    answer,
    first_step,
    press,
    step_count,
    step_id,
    submit_post,
    tool_path,
)
from tests.interview.complaint.answers import ANSWERS

PHONE = {"width": 375, "height": 640}
JS = pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
LANGS = pytest.mark.parametrize("lang", ["fr", "en"])


def phone(browser, javascript: bool, width: int = 375):
    return browser.new_context(viewport={**PHONE, "width": width}, java_script_enabled=javascript)


@JS
@LANGS
@pytest.mark.parametrize("tool", ["qualify", "complaint", "action"])
def test_the_first_question_is_in_the_first_screen(browser, live_server, lang, tool,
                                                   javascript):
    context = phone(browser, javascript)
    page = context.new_page()
    first_step(page, live_server, lang, tool, javascript)
    question = page.locator("main form .field legend, main form .field label").first
    box = question.bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"], (tool, box)
    exit_box = page.locator("[data-quick-exit-link]").bounding_box()
    assert exit_box["y"] >= 0 and exit_box["y"] + exit_box["height"] <= PHONE["height"]
    number = page.locator("main .urgent a[href^='tel:']").first.bounding_box()
    assert number and number["y"] + number["height"] <= PHONE["height"], "urgent help in view"
    assert page.locator(".site-header .search-box").count() == 0  # the compact header
    context.close()


@JS
@LANGS
def test_one_step_count_for_the_whole_way(browser, live_server, lang, javascript):
    """A person of 15: the minors' step appears on the way; the total never changes and the
    numbers only go up."""
    context = phone(browser, javascript)
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    counts = []
    for step, values in MINOR_WALK:
        assert step_id(page) == step
        counts.append(step_count(page))
        answer(page, values)
        press(page, javascript=javascript)
    totals = {total for _n, total in counts}
    numbers = [n for n, _total in counts]
    assert len(totals) == 1, counts
    assert numbers == sorted(set(numbers)) and numbers[-1] == totals.pop(), counts
    context.close()


@JS
@LANGS
def test_a_date_is_typed_as_its_hint_says(browser, live_server, lang, javascript):
    """The hint gives the form the field takes (5 12 2026), the same whatever the browser's
    own date picker would show; typed that way on the keyboard, it is accepted."""
    context = phone(browser, javascript)
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    date = page.locator("#facts_date")
    assert date.get_attribute("type") == "text"
    hint = page.locator("#facts_date-hint").inner_text()
    assert "5 12 2026" in hint and "YYYY" not in hint and "AAAA" not in hint
    date.click()
    page.keyboard.type("5 10 2026")
    page.check("#repeated_acts-no")
    press(page, javascript=javascript)
    assert step_id(page) == "person"
    context.close()


def review_page(page, base: str, lang: str, tool: str, data: dict) -> None:
    page.goto(base + tool_path(lang, tool))
    submit_post(page, base + tool_path(lang, tool), {**data, "step": "review",
                                                     "action": "goto:review"})


@JS
@LANGS
def test_the_review_reads_as_people_write(browser, live_server, lang, javascript):
    """Dates in words, a time as a time, boxes left unticked as "No": never an ISO date, a
    "T" between date and time, or a step of boxes "not answered"."""
    context = phone(browser, javascript)
    page = context.new_page()
    answers = {k: v for k, v in ANSWERS.items() if k not in ("reading_copy", "partie_civile")}
    review_page(page, live_server, lang, "complaint", answers)
    text = page.locator("main").inner_text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), re.findall(r".{30}\d{4}-\d{2}-\d{2}.{10}",
                                                                 text)
    assert not re.search(r"\dT\d", text)
    months = {"fr": ["1er octobre 2026", "2 avril 1995", "à 21:14"],
              "en": ["1 October 2026", "2 April 1995", "at 21:14"]}[lang]
    for words in months:
        assert words in text, words
    options = page.locator("main section[aria-labelledby='review-options']")
    assert options.count() == 1
    assert ("Sans réponse" if lang == "fr" else "Not answered") not in options.inner_text()
    assert ("Non" if lang == "fr" else "No") in options.locator("dd").all_inner_texts()
    context.close()


@LANGS
@pytest.mark.parametrize("tool", ["complaint", "action"])
def test_a_field_marked_optional_can_be_left_empty(browser, live_server, lang, tool):
    """On every step of a complete interview, each field whose label says optional is emptied
    and the step sent: no message for that field."""
    from tests.interview.action.helpers import ANSWERS as PACK

    context = phone(browser, False, 1280)
    page = context.new_page()
    data = dict(ANSWERS) if tool == "complaint" else dict(PACK)
    review_page(page, live_server, lang, tool, data)
    word = "(facultatif)" if lang == "fr" else "(optional)"
    changes = page.locator("main form section button[name=action][value^='goto:']")
    targets = [changes.nth(i).get_attribute("value") for i in range(changes.count())]
    assert len(targets) >= 3
    checked = 0
    for target in targets:
        review_page(page, live_server, lang, tool, data)
        with page.expect_navigation():
            page.locator(f"main form button[value='{target}']").first.click()
        labels = page.locator("main form label, main form legend")
        optional = [labels.nth(i) for i in range(labels.count())
                    if word in labels.nth(i).inner_text()]
        names = []
        for label in optional:
            field = label.get_attribute("for")
            control = page.locator(f"[id='{field}']") if field else None
            if control is None or control.get_attribute("type") == "radio":
                continue
            if control.evaluate("e => e.tagName") == "SELECT":
                control.select_option("")
            else:
                control.fill("")
            names.append(field)
        if not names:
            continue
        with page.expect_navigation():
            page.locator("main form .form-actions button[value=next]").click()
        for name in names:
            assert page.locator(f"[id='{name}-error']").count() == 0, (target, name)
        checked += len(names)
    assert checked >= 2
    context.close()


@JS
@pytest.mark.parametrize("url", ["/fr/deepfake-sexuel-226-8-1", "/en/sexual-deepfake-226-8-1"])
def test_anchors_are_not_hidden_under_the_exit_bar(browser, live_server, url, javascript):
    context = phone(browser, javascript)
    page = context.new_page()
    page.goto(live_server + url)
    bar = page.locator("[data-quick-exit]").bounding_box()
    links = page.locator("main nav.toc a[href^='#']")
    assert links.count() >= 2
    for i in (1, links.count() - 1):
        target = links.nth(i).get_attribute("href")[1:]
        links.nth(i).click()
        page.wait_for_timeout(150)
        heading = page.locator(f"[id='{target}']").bounding_box()
        assert heading["y"] >= bar["y"] + bar["height"] - 1, (target, heading, bar)
        page.evaluate("window.scrollTo(0, 0)")
    page.goto(live_server + url)
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.wait_for_timeout(150)
    main = page.locator("main h1").bounding_box()
    assert main["y"] >= bar["y"] + bar["height"] - 1
    context.close()
