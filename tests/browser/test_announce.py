"""Steps that announce themselves, as a screen reader meets them: each step's own page title,
focus on the step (with JavaScript), an error summary announced and focused, messages that say
what to do, a download that says it happened under a name in the reader's language, phone
numbers with names, urgent help after the h1, and a tab order that follows the screen."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_until
from tests.browser.tools import MINOR_WALK, answer, first_step, press, submit_post, tool_path
from tests.interview.complaint.answers import ANSWERS

JS = pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
LANGS = pytest.mark.parametrize("lang", ["fr", "en"])
TITLE = {"en": re.compile(r"Step (\d+) of (\d+) – (.+) · Recours"),
         "fr": re.compile(r"Étape (\d+) sur (\d+) – (.+) · Recours")}


@JS
@LANGS
def test_each_step_has_its_own_title_and_takes_the_focus(browser, live_server, lang,
                                                        javascript):
    context = browser.new_context(viewport={"width": 375, "height": 640},
                                  java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    titles = []
    for _step, values in MINOR_WALK[:4]:
        found = TITLE[lang].fullmatch(page.title())
        assert found, page.title()
        assert found.group(3) == page.locator("#step-title").inner_text()
        titles.append(page.title())
        if javascript and titles[1:]:  # moved on in place: focus on the new step's heading
            assert page.evaluate("document.activeElement.id") == "step-title"
        answer(page, values)
        press(page, javascript=javascript)
    assert len(set(titles)) == len(titles)
    context.close()


@JS
@LANGS
def test_an_error_is_announced_focused_and_says_what_to_do(browser, live_server, lang,
                                                          javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "qualify"))
    press(page, javascript=javascript)  # nothing typed
    summary = page.locator("main .error-summary")
    assert summary.get_attribute("role") == "alert"
    message = summary.locator("a[href='#facts_date']").inner_text()
    assert "5 12 2026" in message, message
    assert page.title().startswith("Il y a un problème" if lang == "fr" else "There is a problem")
    if javascript:
        assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    page.fill("#facts_date", "31 2 2026")
    press(page, javascript=javascript)
    assert "5 12 2026" in page.locator("#facts_date-error").inner_text()
    page.fill("#facts_date", "5 10 2026")
    page.check("#repeated_acts-no")
    press(page, javascript=javascript)
    page.locator("#victim_age_at_facts").wait_for()
    press(page, javascript=javascript)  # the age may be left empty
    page.locator("#content_type-deepfake").wait_for()
    press(page, javascript=javascript)  # no choice made
    text = page.locator("#content_type-error").inner_text()
    assert text.startswith("Choisissez" if lang == "fr" else "Choose"), text
    context.close()


@LANGS
def test_a_download_says_it_happened_under_a_name_in_the_reader_s_language(
        context, live_server, lang):
    page = context.new_page()
    page.goto(live_server + tool_path(lang, "complaint"))
    submit_post(page, live_server + tool_path(lang, "complaint"),
                {**ANSWERS, "step": "review", "action": "goto:review"})
    status = page.locator("main [role=status][data-download-status]")
    assert status.inner_text() == ""
    with page.expect_download() as download:
        page.locator("main button[formaction$='/save'], "
                     "main button[formaction$='/enregistrer']").click()
    name = download.value.suggested_filename
    assert name == ("mes-reponses.json" if lang == "fr" else "my-answers.json")
    wait_until(page, "s => document.querySelector(s).textContent.length > 0",
               "main [data-download-status]")
    said = status.inner_text()
    assert name in said and (("Téléchargement" if lang == "fr" else "Download") in said)
    with page.expect_download() as letter:
        page.locator("main button[formaction$='/pdf']").first.click()
    # the French letter, named in the page's language, without the site's name
    letter_name = letter.value.suggested_filename
    assert letter_name == ("plainte-procureur.pdf" if lang == "fr"
                           else "complaint-to-the-prosecutor.pdf")
    wait_until(page, "([s, n]) => document.querySelector(s).textContent.includes(n)",
               ["main [data-download-status]", letter_name])
    assert letter_name in status.inner_text()
    assert page.locator("main h1").count() == 1  # still the review, nothing left behind
    context.close()


@LANGS
def test_urgent_numbers_have_names_and_come_after_the_h1(context, live_server, lang):
    page = context.new_page()
    for url in (f"/{lang}/", tool_path(lang, "qualify")):
        page.goto(live_server + url)
        links = page.locator(".urgent a[href^='tel:'], .urgent a[href^='sms:']")
        assert links.count() >= 5
        for i in range(links.count()):
            link = links.nth(i)
            name = link.get_attribute("aria-label") or ""
            number = link.inner_text()
            verb = ("Appeler le " if lang == "fr" else "Call ") if link.get_attribute(
                "href").startswith("tel:") else ("Envoyer un SMS au " if lang == "fr"
                                                 else "Text ")
            assert name.startswith(verb + number + ", ") and len(name) > len(verb + number) + 4
        after = page.evaluate("""() => !!(document.querySelector('main h1')
            .compareDocumentPosition(document.querySelector('.urgent'))
            & Node.DOCUMENT_POSITION_FOLLOWING)""")
        assert after, url
        headings = page.evaluate("""[...document.querySelectorAll('h1, h2')]
            .filter(h => h.checkVisibility()).map(h => h.tagName)""")
        assert headings[0] == "H1", (url, headings)


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("url", ["/en/", "/fr/deepfake-sexuel-226-8-1"])
def test_tab_order_follows_the_screen(browser, live_server, url, width):
    """The first stops of the Tab key go down the screen (and left to right on a line)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(live_server + url)
    stops = []
    for _ in range(22):
        page.keyboard.press("Tab")
        box = page.evaluate("""() => { const e = document.activeElement;
            if (!e || e === document.body || e.classList.contains('skip-link')) return null;
            const r = e.getBoundingClientRect();
            return [r.top + window.scrollY, r.left, e.outerHTML.slice(0, 60)]; }""")
        if box:
            stops.append(box)
    quick_exit, *rest = stops
    assert "quick-exit-link" in quick_exit[2]
    for before, after in zip(rest, rest[1:], strict=False):
        same_line = abs(after[0] - before[0]) < 12
        assert (after[1] > before[1]) if same_line else (after[0] > before[0]), (before, after)
    context.close()


@pytest.mark.parametrize("tool", ["complaint", "action"])
def test_first_step_after_start_is_announced(context, live_server, tool):
    page = context.new_page()
    first_step(page, live_server, "en", tool)
    assert TITLE["en"].fullmatch(page.title()), page.title()
    assert page.evaluate("document.activeElement.id") == "step-title"
