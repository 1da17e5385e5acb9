"""Write my complaint on a 375 px phone, JavaScript on and off: a fact with its web address (a
content item) and a witness typed into the page, the review shows them, the primary download is
the PDF to print and holds both, with the "read before sending" page apart; the other formats
are links that download; nothing overflows the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.tools import submit_post
from tests.interview.complaint.answers import ANSWERS
from tests.letters.readback import docx_text, pdf_pages, squash

URL = "https://www.instagram.com/p/Zx81-montage_partage/?igsh=abc123"
BEFORE = {k: v for k, v in ANSWERS.items()
          if not k.startswith(("facts[", "exhibits[", "witnesses["))}


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def cont(page) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Continuer").click()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_witness_and_a_content_item_on_a_phone(browser, live_server, javascript):
    ctx = browser.new_context(java_script_enabled=javascript, locale="fr-FR",
                              viewport={"width": 375, "height": 740}, is_mobile=True,
                              has_touch=True)
    page = ctx.new_page()
    page.goto(live_server + "/fr/complaint")
    submit_post(page, live_server + "/fr/complaint", {**BEFORE, "step": "author",
                                                    "action": "next"})
    assert page.locator("#step-title").inner_text() == "Ce qui s'est passé, dans l'ordre"
    page.locator('input[name="facts[0].date"]').fill("2026-10-01")
    page.locator('textarea[name="facts[0].description"]').fill("Publication du montage.")
    page.locator('input[name="facts[0].platform"]').fill("Instagram")
    page.locator('textarea[name="facts[0].urls"]').fill(URL)
    assert fits(page)
    cont(page)
    assert page.locator("#step-title").inner_text() == "Les témoins"
    assert fits(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Ajouter un témoin").click()
    page.locator('input[name="witnesses[0].name"]').fill("Paul Durand")
    page.locator('input[name="witnesses[0].contact"]').fill("paul@example.org")
    page.locator('input[name="witnesses[0].saw"]').fill("a reçu le lien dans un groupe")
    assert fits(page)
    cont(page)
    assert page.locator("#step-title").inner_text() == "Le préjudice"
    cont(page)  # harm
    cont(page)  # exhibits: none
    cont(page)  # options: defaults
    assert page.locator("#step-title").inner_text() == "Vérifier et télécharger"
    main = page.locator("main").inner_text()
    assert "Paul Durand" in main and URL in main
    assert fits(page)
    primary = page.get_by_role("button", name="Télécharger la lettre à imprimer (PDF)")
    assert primary.get_attribute("class") == "button"
    with page.expect_download() as info:
        primary.click()
    pages = pdf_pages(Path(info.value.path()).read_bytes())
    info.value.delete()
    letter = squash("\n".join(pages[:-1]))
    for expected in ("Témoins", "Paul Durand (paul@example.org) : a reçu le lien dans un groupe",
                     URL, "pour toute audition", "auprès des plateformes concernées (Instagram)"):
        assert squash(expected) in letter, expected
    assert pages[-1].startswith("À lire avant d'envoyer") and "À lire" not in letter
    with page.expect_download() as info:
        page.get_by_role("button", name="Word (DOCX)").click()
    assert squash("Paul Durand") in squash(docx_text(Path(info.value.path()).read_bytes()))
    info.value.delete()
    ctx.close()
