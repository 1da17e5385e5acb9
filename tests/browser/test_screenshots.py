"""What a person sees first on a phone (375 × 640), in both languages: the home page, an offence
page, each tool's first step and the result page are photographed (kept only with the test's
temporary files) and the question or the main action lies within the first 640 pixels. On every
offence page (every page that opens with what to do), the way to it is in the first screen,
with and without JavaScript."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.pages.loader import split_front_matter
from tests.browser.tools import MINOR_WALK, answer, first_step, press, tool_path

FIRST_SCREEN = 640
OFFENCE = {"fr": "/fr/deepfake-sexuel-226-8-1", "en": "/en/sexual-deepfake-226-8-1"}
CONTENT = Path(__file__).resolve().parents[2] / "content"


def offence_pages(lang: str) -> list[str]:
    """Every page of the language whose text opens with the first steps (first_steps())."""
    paths = []
    for source in sorted((CONTENT / lang).glob("*.md")):
        text = source.read_text(encoding="utf-8")
        if "{{ first_steps(" in text:
            meta, _body = split_front_matter(source, text)
            paths.append(f"/{lang}/{meta['slug']}")
    return paths


def open_page(page, base: str, lang: str, name: str) -> str:
    """Open the page called `name`; the selector of what must be in the first screen."""
    if name == "home":
        page.goto(f"{base}/{lang}/")
        return "main .start-links a >> nth=2"
    if name == "offence":
        page.goto(base + OFFENCE[lang])
        return "main .first-action a"  # the way to what to do, before the long summary
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


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_offence_page_shows_what_to_do_in_the_first_screen(browser, live_server, tmp_path,
                                                                  lang, javascript):
    paths = offence_pages(lang)
    assert OFFENCE[lang] in paths and len(paths) >= 15
    context = browser.new_context(viewport={"width": 375, "height": FIRST_SCREEN},
                                  java_script_enabled=javascript)
    page = context.new_page()
    wording = "Si cela vous arrive" if lang == "fr" else "If this is happening to you"
    for path in paths:
        page.goto(live_server + path)
        page.evaluate("window.scrollTo(0, 0)")
        action = page.locator("main .first-action a")
        assert action.count() == 1, path
        assert action.inner_text().startswith(wording), path
        box = action.bounding_box()
        shot = tmp_path / f"{path.strip('/').replace('/', '-')}-375.png"
        page.screenshot(path=str(shot))
        assert box is not None and box["y"] >= 0, path
        assert box["y"] + box["height"] <= FIRST_SCREEN, (path, box, str(shot))
        # it leads to the page's own "If this is happening to you", followed by the first steps
        target = action.get_attribute("href")
        assert target.startswith("#"), (path, target)
        heading = page.locator(f"main h2{target}")
        assert heading.inner_text().startswith(wording), path
        assert page.locator(f"main h2{target} ~ .first-steps").count() == 1, path
        action.click()
        page.locator(f"main h2{target} ~ .first-steps").wait_for()
        top = heading.bounding_box()["y"]
        assert 0 <= top < FIRST_SCREEN / 2, (path, top)  # in view, not under the sticky bar
        assert page.locator("[data-quick-exit-link]").bounding_box() is not None
    context.close()
