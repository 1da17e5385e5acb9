"""The result of the guided questions in a real browser on a phone (375 px), JavaScript on and
off, for three situations answered as people answer them: a parent for a 14-year-old whose
"nudified" image circulates in a class Snapchat group, an adult man blackmailed over a video
call recorded without his knowledge, an adult woman whose deepfake is posted on X and
Telegram. The page leads with the right steps in order, before the law; its links lead to the
sections they name; axe finds nothing; nothing scrolls sideways."""

from __future__ import annotations

import pytest

from app.interview.qualify.plan import say as plan_say
from tests.browser.conftest import run_axe
from tests.browser.helpers import answer_guided_questions
from tests.conftest import localized
from tests.interview.situations import (
    DEEPFAKE_X_TELEGRAM,
    PARENT_SNAPCHAT,
    WEBCAM_BLACKMAIL,
    form_for,
)

PHONE = {"width": 375, "height": 740}
SITUATIONS = {"parent-snapchat": PARENT_SNAPCHAT, "webcam-blackmail": WEBCAM_BLACKMAIL,
              "deepfake-x-telegram": DEEPFAKE_X_TELEGRAM}


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", SITUATIONS)
def test_result_leads_with_the_steps_on_a_phone(browser, live_server, axe_source, name, lang,
                                                javascript):
    answers, expected = form_for(SITUATIONS[name])
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server + localized(f"/{lang}/qualify"))
    seen = answer_guided_questions(page, answers)
    assert seen[0] == "when" and seen[-1] == "author"
    steps = page.locator("ol.plan-steps > li")
    ids = [steps.nth(i).get_attribute("id") for i in range(steps.count())]
    assert ids == [f"step-{step}" for step in expected]
    # The first step is on the first screen's heels: above the offences, titled as worded.
    first = page.locator("ol.plan-steps > li h3").first
    assert first.inner_text() == plan_say(lang, f"{expected[0]}_title")
    plan_box = page.locator("#plan").bounding_box()
    offences_box = page.locator("#offences").bounding_box()
    assert plan_box["y"] < offences_box["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    if javascript:  # axe runs as a script in the page
        assert not run_axe(page, axe_source)
    # A step's link leads to the section it names (the evidence page for this case).
    link = page.locator("ol.plan-steps > li").first.locator(".step-links a").first
    if link.count():
        href = link.get_attribute("href")
        with page.expect_navigation():
            link.click()
        assert page.url.endswith(href)
        if "#" in href:
            assert page.locator(f"[id='{href.split('#', 1)[1]}']").count() == 1
    context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_3018_is_callable_from_the_parents_first_steps(browser, live_server, lang):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + localized(f"/{lang}/qualify"))
    answer_guided_questions(page, form_for(PARENT_SNAPCHAT)[0])
    step = page.locator("#step-minor_3018")
    assert step.locator("a[href='tel:3018']").count() >= 1  # each mention is tap-to-call
    assert step.locator("a[href='3018']").count() == 0  # the app is named, not a dead link
    box = step.bounding_box()
    assert box is not None and box["width"] <= PHONE["width"]
    context.close()
