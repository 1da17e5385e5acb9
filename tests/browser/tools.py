"""Helpers for the tools' browser tests: open a tool's first step, walk the guided questions,
read the step count, open a page by POST (as the tools' own forms do)."""

from __future__ import annotations

import re

from tests.browser.conftest import settle, wait_until
from tests.conftest import localized

STEP_COUNT = re.compile(r"(?:Step|Étape) (\d+) (?:of|sur) (\d+)")
# Answers of the guided questions, step by step: (step id, {field: value}); a person of 15.
MINOR_WALK = [("when", {"facts_date": "5 10 2026", "repeated_acts": "no"}),
              ("person", {"victim_age_at_facts": "15"}),
              ("content", {"content_type": "sexual_deepfake"}),
              ("origin", {"labelled_as_fake": "no"}),
              ("sharing", {"distribution": "public_online"}),
              ("threat", {"threat": "none"}),
              ("minor", {"solicited_images_from_minor": "no"}),
              ("author", {"author_relationship": "stranger", "author_age": "adult",
                          "impersonation": "no", "others_joined": "no"})]


def tool_path(lang: str, tool: str) -> str:
    return localized(f"/{lang}/{tool}")


def answer(page, values: dict) -> None:
    """Fill the step's fields as a person would: type text, pick a radio button."""
    for name, value in values.items():
        radio = page.locator(f"input[type=radio][name='{name}'][value='{value}']")
        if radio.count():
            radio.check()
        else:
            page.fill(f"[name='{name}']", value)


def press(page, value: str = "next", javascript: bool = True) -> None:
    """Press a step's button and wait for the next page (in place with JavaScript)."""
    button = page.locator(f"main form button[name=action][value='{value}']").first
    if javascript:
        before = page.evaluate("document.body.innerHTML.length + document.title")
        button.click()
        wait_until(page, "(before) => document.body.innerHTML.length + document.title"
                   " !== before && !!document.querySelector('main h1')", before)
        settle(page)
    else:
        with page.expect_navigation():
            button.click()


def step_count(page) -> tuple[int, int]:
    found = STEP_COUNT.search(page.locator("main .progress").inner_text())
    assert found, page.locator("main").inner_text()[:300]
    return int(found.group(1)), int(found.group(2))


def step_id(page) -> str:
    return page.locator("main form input[name=step]").first.get_attribute("value")


def submit_post(page, url: str, data: dict) -> None:
    """Open `url` by POST with `data` from the page (no answer in a URL), as a plain form."""
    with page.expect_navigation():
        page.evaluate("""([url, data]) => {
            const form = document.createElement('form');
            form.method = 'post'; form.action = url;
            for (const [name, value] of Object.entries(data)) {
                const input = document.createElement('input');
                input.type = 'hidden'; input.name = name; input.value = value;
                form.appendChild(input);
            }
            document.body.appendChild(form); form.submit();
        }""", [url, data])


def first_step(page, base: str, lang: str, tool: str, javascript: bool = True) -> None:
    """A tool's first question: the guided questions start on it; the complaint and the action
    pack start after their Start button."""
    page.goto(base + tool_path(lang, tool))
    if tool != "qualify":
        button = page.locator("main form button.button").first
        if javascript:
            button.click()
            page.wait_for_selector("main form input[name=step]", state="attached")
            settle(page)
        else:
            with page.expect_navigation():
                button.click()
