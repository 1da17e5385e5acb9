"""Issue 13's first situation in a real browser, on a 375 px screen, with JavaScript on and off:
a mother whose 14-year-old daughter's "nudified" image circulates in a class Snapchat group
goes through "Get content removed" from its first page, answering as she would (no web
address, the notice without her name), and downloads every letter of the pack and the French
reading copy of the US request, each read back from the file the browser saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.helpers import fill_shown
from tests.conftest import localized
from tests.interview.action.parent_answers import LETTERS, MOTHER
from tests.letters.readback import squash, text_of

FORMATS = ("pdf", "docx", "odt", "txt")


def title(page) -> str:
    return page.locator("#step-title").inner_text()


def answer_step(page, answers: dict) -> str:
    """Fill the step, press Continue, and again while the step shows a follow-up question."""
    current = title(page)
    for _ in range(3):
        fill_shown(page, answers)
        with page.expect_navigation():
            page.locator('button[name="action"][value="next"]:not([hidden])').click()
        if title(page) != current or page.locator(".error-summary").count():
            break
    return title(page)


@pytest.mark.parametrize("javascript", [False, True])
def test_the_mother_gets_every_letter_at_375px(browser, live_server, javascript):
    ctx = browser.new_context(java_script_enabled=javascript, locale="fr-FR",
                              viewport={"width": 375, "height": 800}, accept_downloads=True)
    page = ctx.new_page()
    page.goto(live_server + localized("/fr/action"))
    with page.expect_navigation():
        page.get_by_role("button", name="Commencer").click()
    seen = [title(page)]
    while title(page) != "Vérifier et télécharger" and len(seen) < 12:
        seen.append(answer_step(page, MOTHER))
        assert not page.locator(".error-summary").count(), (seen, page.inner_text("main"))
        assert page.evaluate("document.documentElement.scrollWidth") <= 376, seen[-1]
    assert seen == ["Les lettres", "Votre situation", "Qui écrit", "La plateforme",
                    "Où se trouve le contenu", "Précisions pour vos lettres", "Votre enfant",
                    "Vous, qui signez les lettres", "Vérifier et télécharger"]
    downloads = [(f"document/{kind}", fmt, LETTERS[kind])
                 for i, kind in enumerate(LETTERS) for fmt in (FORMATS[i % 4],)]
    downloads += [("reading-copy/us-removal-request", fmt, ["Copie de lecture", "ma fille"])
                  for fmt in ("pdf", "odt")]
    for path, fmt, expected in downloads:
        button = page.locator(f'button[formaction="{localized(f"/fr/action/{path}/{fmt}")}"]')
        with page.expect_download() as info:
            button.click()
        text = squash(text_of(fmt, Path(info.value.path()).read_bytes()))
        info.value.delete()
        missing = [w for w in expected if squash(w) not in text]
        assert not missing, (path, fmt, missing)
        if path.endswith("platform-notice"):
            assert "DUPONT" not in text  # sent without a name
    ctx.close()
