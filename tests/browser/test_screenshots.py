"""What a person sees first on a phone (375 × 640), in both languages: the home page, an offence
page, each tool's first step and the result page are photographed (kept only with the test's
temporary files) and the question or the main action lies within the first 640 pixels."""

from __future__ import annotations

import pytest

from tests.browser.tools import MINOR_WALK, answer, first_step, press, tool_path

FIRST_SCREEN = 640
OFFENCE = {"fr": "/fr/deepfake-sexuel-226-8-1", "en": "/en/sexual-deepfake-226-8-1"}


def open_page(page, base: str, lang: str, name: str) -> str:
    """Open the page called `name`; the selector of what must be in the first screen."""
    if name == "home":
        page.goto(f"{base}/{lang}/")
        return "main .start-links a >> nth=2"
    if name == "offence":
        page.goto(base + OFFENCE[lang])
        return "main .summary"  # what the page says: the offence, in one paragraph
    if name == "result":
        page.goto(base + tool_path(lang, "qualify"))
        for _step, values in MINOR_WALK:
            answer(page, values)
            press(page)
        return "main h1"
    first_step(page, base, lang, name)
    return "main form .field legend, main form .field label >> nth=0"


@pytest.mark.parametrize("name", ["home", "offence", "qualify", "complaint", "action",
                                  "result"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_first_screen_on_a_phone(browser, live_server, tmp_path, lang, name):
    context = browser.new_context(viewport={"width": 375, "height": FIRST_SCREEN})
    page = context.new_page()
    selector = open_page(page, live_server, lang, name)
    page.evaluate("window.scrollTo(0, 0)")
    target = page.locator(selector).first
    box = target.bounding_box()
    shot = tmp_path / f"{name}-{lang}-375.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert box is not None, selector
    # the whole of it, or the first lines of a long paragraph
    assert box["y"] >= 0 and box["y"] + min(box["height"], 80) <= FIRST_SCREEN, (
        name, box, str(shot))
    assert page.locator("[data-quick-exit-link]").bounding_box()["y"] < FIRST_SCREEN
    context.close()
