"""The action pack in a real browser: JavaScript off and keyboard only up to a download, and axe
on every step, the review and the plan at two widths."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.browser.conftest import run_axe
from tests.browser.helpers import (
    choose,
    focused_text,
    post_form,
    press_button,
    type_date,
    type_into,
)
from tests.conftest import localized
from tests.interview.action.helpers import ANSWERS, COMPLAINT, action_app
from tests.letters.readback import squash


@pytest.fixture(scope="module")
def action_server():
    """The app with the action blueprint (until it is registered in app/blueprints.py)."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, action_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def tab_to_text(page, text: str, limit: int = 300) -> None:
    for _ in range(limit):
        if focused_text(page) == text:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{text} cannot be reached with the keyboard")


def test_flow_without_javascript_keyboard_only(browser, action_server):
    ctx = browser.new_context(java_script_enabled=False, locale="en-US")
    page = ctx.new_page()
    page.goto(action_server + "/en/action")
    tab_to_text(page, "Start")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#step-title").inner_text() == "The letters"
    type_into(page, "pack.erasure", "")
    page.keyboard.press("Space")
    assert page.locator('input[name="pack.erasure"]').is_checked()
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "Your situation"
    type_date(page, "facts_date", "2026-10-01")
    choose(page, "content_type", "sexual_deepfake")
    choose(page, "labelled_as_fake", "no")
    choose(page, "distribution", "public_online")
    choose(page, "threat", "none")
    type_into(page, "victim_age_at_facts", "30")
    for name in ("repeated_acts", "impersonation", "others_joined"):
        choose(page, name, "no")
    choose(page, "author_relationship", "unknown")
    choose(page, "author_age", "unknown")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "Who is writing"
    choose(page, "writer", "victim")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "The platform"
    choose(page, "pack.lang", "en")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "Where the content is"
    choose(page, "pack.has_url", "yes")
    press_button(page, "action", "next")  # the follow-up: the addresses
    assert page.locator("#step-title").inner_text() == "Where the content is"
    type_into(page, "pack.urls", "https://example.org/a")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "Details for your letters"
    type_into(page, "pack.controller_name", "Example Ltd")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "About you"
    type_into(page, "victim.first_name", "Camille")
    type_into(page, "victim.last_name", "Martin")
    press_button(page, "action", "next")
    assert page.locator("#step-title").inner_text() == "Check and download"
    tab_to_text(page, "Download (TXT)")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    text = squash(Path(info.value.path()).read_text(encoding="utf-8"))
    assert squash("Example Ltd") in text and squash("https://example.org/a") in text
    info.value.delete()
    ctx.close()


PAGES = ["letters", "situation", "who", "platform", "content", "details", "you",
         "representative", "review"]


@pytest.mark.parametrize("width", [1280, 375])
def test_axe_on_each_step_review_and_plan(context, action_server, axe_source, width):
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    problems = {}
    page.goto(action_server + localized("/fr/action"))
    problems["start"] = run_axe(page, axe_source)
    for lang in ("en", "fr"):
        for step in PAGES:
            post_form(page, action_server + localized(f"/{lang}/action"),
                      {**ANSWERS, "step": "review", "action": f"goto:{step}"})
            problems[f"{lang}:{step}"] = run_axe(page, axe_source)
            assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, step
        post_form(page, action_server + localized(f"/{lang}/action/plan"), ANSWERS)
        problems[f"{lang}:plan"] = run_axe(page, axe_source)
    post_form(page, action_server + "/en/action",
              {**COMPLAINT, "step": "letters", "action": "next"})  # with errors
    problems["errors"] = run_axe(page, axe_source)
    assert {k: v for k, v in problems.items() if v} == {}
